"""Services88 types: ArrayOfSaleStageEntity, SaleStageEntity.

Used by the List agent.
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
    json_items_nillable,
    json_object,
    json_short,
    json_write_bool,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
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

_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PROBABILITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Probability"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_SALE_STAGE_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleStageEntity"
_SALE_STAGE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleStageId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class SaleStageEntity(Carrier):
    """This entity represents a sale stage with a default percentage rating.

    Carrier object for SaleStageEntity. Services for the SaleStageEntity Carrier is available
    from the List Agent.
    """

    sale_stage_id: int | Unset = UNSET
    """Primary key"""
    value: str | None | Unset = UNSET
    """The sale stage"""
    tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    probability: int | Unset = UNSET
    """The numeric probability of the sale"""
    deleted: bool | Unset = UNSET
    """If true, the Sale stage is deleted"""
    rank: int | Unset = UNSET
    """Rank order"""

    def to_xml(self) -> Element:
        return encode_xml_sale_stage_entity(None, _SALE_STAGE_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SaleStageEntity:
        return record_from_xml(decode_xml_sale_stage_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_sale_stage_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> SaleStageEntity:
        return record_from_json(decode_json_sale_stage_entity, data)


_SALE_STAGE_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "SaleStageId",
        "Value",
        "Tooltip",
        "Probability",
        "Deleted",
        "Rank",
    )
)


def decode_xml_sale_stage_entity(element: Element) -> SaleStageEntity:
    value = SaleStageEntity()
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
        elif tag == _SALE_STAGE_ID:
            value.sale_stage_id = read_int(child)
        elif tag == _VALUE:
            value.value = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _PROBABILITY:
            value.probability = read_short(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_sale_stage_entity(
    parent: Element | None, tag: str, value: SaleStageEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SALE_STAGE_ID, value.sale_stage_id, write_int)
    put(element, _VALUE, value.value, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _PROBABILITY, value.probability, write_short)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _RANK, value.rank, write_short)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_sale_stage_entity(data: Any, path: str) -> SaleStageEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SaleStageEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.sale_stage_id = take_int(data, "SaleStageId", path)
    value.value = take_str_nillable(data, "Value", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.probability = take(data, "Probability", path, json_short)
    value.deleted = take_bool(data, "Deleted", path)
    value.rank = take(data, "Rank", path, json_short)
    value.extra = (
        None
        if _SALE_STAGE_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _SALE_STAGE_ENTITY_KEYS)
    )
    return value


def encode_json_sale_stage_entity(value: SaleStageEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "SaleStageId", value.sale_stage_id, json_write_int)
    put_json(result, "Value", value.value, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Probability", value.probability, json_write_short)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "Rank", value.rank, json_write_short)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SALE_STAGE_ENTITY_CODEC = Codec(
    decode_xml_sale_stage_entity,
    encode_xml_sale_stage_entity,
    decode_json_sale_stage_entity,
    encode_json_sale_stage_entity,
)


def decode_xml_list_of_sale_stage_entity(element: Element) -> list[SaleStageEntity | None]:
    """``ArrayOfSaleStageEntity``: a list of ``SaleStageEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_sale_stage_entity(child))
        for child in element
        if child.tag == _SALE_STAGE_ENTITY
    ]


def encode_xml_list_of_sale_stage_entity(
    parent: Element | None, tag: str, value: list[SaleStageEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _SALE_STAGE_ENTITY, item, encode_xml_sale_stage_entity)
    return element


def decode_json_list_of_sale_stage_entity(data: Any, path: str) -> list[SaleStageEntity | None]:
    return json_items_nillable(data, path, decode_json_sale_stage_entity)


def encode_json_list_of_sale_stage_entity(value: list[SaleStageEntity | None]) -> list[Any]:
    return [(None if item is None else encode_json_sale_stage_entity(item)) for item in value]


LIST_OF_SALE_STAGE_ENTITY_CODEC = Codec(
    decode_xml_list_of_sale_stage_entity,
    encode_xml_list_of_sale_stage_entity,
    decode_json_list_of_sale_stage_entity,
    encode_json_list_of_sale_stage_entity,
)
