"""Services88 types: ArrayOfMrMrs, MrMrs.

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
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_int,
    take_nillable,
    take_str_nillable,
    write_int,
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
_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_MR_MRS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MrMrs"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class MrMrs(Carrier):
    """Carrier object for MrMrs. Services for the MrMrs Carrier is available from the List Agent."""

    id: int | Unset = UNSET
    """The List Item Id"""
    value: str | None | Unset = UNSET
    """The List Item Value"""
    tooltip: str | None | Unset = UNSET
    """The List Item Tooltip"""

    def to_xml(self) -> Element:
        return encode_xml_mr_mrs(None, _MR_MRS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> MrMrs:
        return record_from_xml(decode_xml_mr_mrs, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_mr_mrs(self)

    @classmethod
    def from_json(cls, data: Any) -> MrMrs:
        return record_from_json(decode_json_mr_mrs, data)


_MR_MRS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Id",
        "Value",
        "Tooltip",
    )
)


def decode_xml_mr_mrs(element: Element) -> MrMrs:
    value = MrMrs()
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
        elif tag == _ID:
            value.id = read_int(child)
        elif tag == _VALUE:
            value.value = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_mr_mrs(parent: Element | None, tag: str, value: MrMrs) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ID, value.id, write_int)
    put(element, _VALUE, value.value, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_mr_mrs(data: Any, path: str) -> MrMrs:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(MrMrs)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.id = take_int(data, "Id", path)
    value.value = take_str_nillable(data, "Value", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.extra = None if _MR_MRS_KEYS.issuperset(data) else json_extra(data, _MR_MRS_KEYS)
    return value


def encode_json_mr_mrs(value: MrMrs) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Id", value.id, json_write_int)
    put_json(result, "Value", value.value, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


MR_MRS_CODEC = Codec(decode_xml_mr_mrs, encode_xml_mr_mrs, decode_json_mr_mrs, encode_json_mr_mrs)


def decode_xml_list_of_mr_mrs(element: Element) -> list[MrMrs | None]:
    """``ArrayOfMrMrs``: a list of ``MrMrs`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_mr_mrs(child))
        for child in element
        if child.tag == _MR_MRS
    ]


def encode_xml_list_of_mr_mrs(
    parent: Element | None, tag: str, value: list[MrMrs | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _MR_MRS, item, encode_xml_mr_mrs)
    return element


def decode_json_list_of_mr_mrs(data: Any, path: str) -> list[MrMrs | None]:
    return json_items_nillable(data, path, decode_json_mr_mrs)


def encode_json_list_of_mr_mrs(value: list[MrMrs | None]) -> list[Any]:
    return [(None if item is None else encode_json_mr_mrs(item)) for item in value]


LIST_OF_MR_MRS_CODEC = Codec(
    decode_xml_list_of_mr_mrs,
    encode_xml_list_of_mr_mrs,
    decode_json_list_of_mr_mrs,
    encode_json_list_of_mr_mrs,
)
