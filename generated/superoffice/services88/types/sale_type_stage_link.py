"""Services88 types: SaleTypeStageLink.

Used by the Appointment, Document agents.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    NIL,
    UNSET,
    XSI_NIL,
    Codec,
    Element,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_object,
    json_short,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_int,
    write_short,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PROBABILITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Probability"
_PROB_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProbId"
_PROB_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProbName"
_PROB_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProbTooltip"
_SALE_TYPE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleTypeId"
_SALE_TYPE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleTypeName"
_SALE_TYPE_STAGE_LINK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleTypeStageLink"
_SALE_TYPE_STAGE_LINK_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleTypeStageLinkId"
)
_SALE_TYPE_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleTypeTooltip"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class SaleTypeStageLink(Carrier):
    """Carrier object for SaleTypeStageLink."""

    sale_type_stage_link_id: int | Unset = UNSET
    """Primary key"""
    sale_type_id: int | Unset = UNSET
    """Primary key"""
    sale_type_name: str | None | Unset = UNSET
    """The list item"""
    sale_type_tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    prob_id: int | Unset = UNSET
    """Primary key"""
    prob_name: str | None | Unset = UNSET
    """The list item"""
    prob_tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    probability: int | Unset = UNSET
    """The numeric probability of the sale"""

    def to_xml(self) -> Element:
        return encode_xml_sale_type_stage_link(None, _SALE_TYPE_STAGE_LINK, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SaleTypeStageLink:
        return record_from_xml(decode_xml_sale_type_stage_link, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_sale_type_stage_link(self)

    @classmethod
    def from_json(cls, data: Any) -> SaleTypeStageLink:
        return record_from_json(decode_json_sale_type_stage_link, data)


_SALE_TYPE_STAGE_LINK_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "SaleTypeStageLinkId",
        "SaleTypeId",
        "SaleTypeName",
        "SaleTypeTooltip",
        "ProbId",
        "ProbName",
        "ProbTooltip",
        "Probability",
    )
)


def decode_xml_sale_type_stage_link(element: Element) -> SaleTypeStageLink:
    value = SaleTypeStageLink()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TABLE_RIGHT:
            value.table_right = (
                None if child.get(XSI_NIL) in NIL else decode_xml_table_right(child)
            )
        elif tag == _FIELD_PROPERTIES:
            value.field_properties = (
                None if child.get(XSI_NIL) in NIL else decode_xml_field_property_dictionary(child)
            )
        elif tag == _SALE_TYPE_STAGE_LINK_ID:
            value.sale_type_stage_link_id = read_int(child)
        elif tag == _SALE_TYPE_ID:
            value.sale_type_id = read_int(child)
        elif tag == _SALE_TYPE_NAME:
            value.sale_type_name = child.text or empty_or_nil(child)
        elif tag == _SALE_TYPE_TOOLTIP:
            value.sale_type_tooltip = child.text or empty_or_nil(child)
        elif tag == _PROB_ID:
            value.prob_id = read_int(child)
        elif tag == _PROB_NAME:
            value.prob_name = child.text or empty_or_nil(child)
        elif tag == _PROB_TOOLTIP:
            value.prob_tooltip = child.text or empty_or_nil(child)
        elif tag == _PROBABILITY:
            value.probability = read_short(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_sale_type_stage_link(
    parent: Element | None, tag: str, value: SaleTypeStageLink
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SALE_TYPE_STAGE_LINK_ID, value.sale_type_stage_link_id, write_int)
    put(element, _SALE_TYPE_ID, value.sale_type_id, write_int)
    put(element, _SALE_TYPE_NAME, value.sale_type_name, write_str)
    put(element, _SALE_TYPE_TOOLTIP, value.sale_type_tooltip, write_str)
    put(element, _PROB_ID, value.prob_id, write_int)
    put(element, _PROB_NAME, value.prob_name, write_str)
    put(element, _PROB_TOOLTIP, value.prob_tooltip, write_str)
    put(element, _PROBABILITY, value.probability, write_short)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_sale_type_stage_link(data: Any, path: str) -> SaleTypeStageLink:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SaleTypeStageLink)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.sale_type_stage_link_id = take_int(data, "SaleTypeStageLinkId", path)
    value.sale_type_id = take_int(data, "SaleTypeId", path)
    value.sale_type_name = take_str_nillable(data, "SaleTypeName", path)
    value.sale_type_tooltip = take_str_nillable(data, "SaleTypeTooltip", path)
    value.prob_id = take_int(data, "ProbId", path)
    value.prob_name = take_str_nillable(data, "ProbName", path)
    value.prob_tooltip = take_str_nillable(data, "ProbTooltip", path)
    value.probability = take(data, "Probability", path, json_short)
    value.extra = (
        None
        if _SALE_TYPE_STAGE_LINK_KEYS.issuperset(data)
        else json_extra(data, _SALE_TYPE_STAGE_LINK_KEYS)
    )
    return value


def encode_json_sale_type_stage_link(value: SaleTypeStageLink) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "SaleTypeStageLinkId", value.sale_type_stage_link_id, json_write_int)
    put_json(result, "SaleTypeId", value.sale_type_id, json_write_int)
    put_json(result, "SaleTypeName", value.sale_type_name, json_write_str)
    put_json(result, "SaleTypeTooltip", value.sale_type_tooltip, json_write_str)
    put_json(result, "ProbId", value.prob_id, json_write_int)
    put_json(result, "ProbName", value.prob_name, json_write_str)
    put_json(result, "ProbTooltip", value.prob_tooltip, json_write_str)
    put_json(result, "Probability", value.probability, json_write_short)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SALE_TYPE_STAGE_LINK_CODEC = Codec(
    decode_xml_sale_type_stage_link,
    encode_xml_sale_type_stage_link,
    decode_json_sale_type_stage_link,
    encode_json_sale_type_stage_link,
)
