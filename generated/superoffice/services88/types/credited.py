"""Services88 types: ArrayOfCredited, Credited.

Used by the List, Sale agents.
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

_CREDITED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Credited"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class Credited(Carrier):
    """Carrier object for Credited. Services for the Credited Carrier is available from the List
    Agent.
    """

    id: int | Unset = UNSET
    """The List Item Id"""
    value: str | None | Unset = UNSET
    """The List Item Value"""
    tooltip: str | None | Unset = UNSET
    """The List Item Tooltip"""

    def to_xml(self) -> Element:
        return encode_xml_credited(None, _CREDITED, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Credited:
        return record_from_xml(decode_xml_credited, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_credited(self)

    @classmethod
    def from_json(cls, data: Any) -> Credited:
        return record_from_json(decode_json_credited, data)


_CREDITED_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Id",
        "Value",
        "Tooltip",
    )
)


def decode_xml_credited(element: Element) -> Credited:
    value = Credited()
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


def encode_xml_credited(parent: Element | None, tag: str, value: Credited) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ID, value.id, write_int)
    put(element, _VALUE, value.value, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_credited(data: Any, path: str) -> Credited:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Credited)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.id = take_int(data, "Id", path)
    value.value = take_str_nillable(data, "Value", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.extra = None if _CREDITED_KEYS.issuperset(data) else json_extra(data, _CREDITED_KEYS)
    return value


def encode_json_credited(value: Credited) -> dict[str, Any]:
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


CREDITED_CODEC = Codec(
    decode_xml_credited, encode_xml_credited, decode_json_credited, encode_json_credited
)


def decode_xml_list_of_credited(element: Element) -> list[Credited | None]:
    """``ArrayOfCredited``: a list of ``Credited`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_credited(child))
        for child in element
        if child.tag == _CREDITED
    ]


def encode_xml_list_of_credited(
    parent: Element | None, tag: str, value: list[Credited | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CREDITED, item, encode_xml_credited)
    return element


def decode_json_list_of_credited(data: Any, path: str) -> list[Credited | None]:
    return json_items_nillable(data, path, decode_json_credited)


def encode_json_list_of_credited(value: list[Credited | None]) -> list[Any]:
    return [(None if item is None else encode_json_credited(item)) for item in value]


LIST_OF_CREDITED_CODEC = Codec(
    decode_xml_list_of_credited,
    encode_xml_list_of_credited,
    decode_json_list_of_credited,
    encode_json_list_of_credited,
)
