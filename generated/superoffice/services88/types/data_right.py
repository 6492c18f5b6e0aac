"""Services88 types: ArrayOfArrayOfDataRight, ArrayOfDataRight, DataRight.

Used by the User agent.
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
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
    take_str_nillable,
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

_ARRAY_OF_DATA_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArrayOfDataRight"
_DATA_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DataRight"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class DataRight(Carrier):
    """Carrier object for DataRight. Services for the DataRight Carrier is available from the User
    Agent.
    """

    value: str | None | Unset = UNSET
    description: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_data_right(None, _DATA_RIGHT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DataRight:
        return record_from_xml(decode_xml_data_right, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_data_right(self)

    @classmethod
    def from_json(cls, data: Any) -> DataRight:
        return record_from_json(decode_json_data_right, data)


_DATA_RIGHT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Value",
        "Description",
    )
)


def decode_xml_data_right(element: Element) -> DataRight:
    value = DataRight()
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
        elif tag == _VALUE:
            value.value = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_data_right(parent: Element | None, tag: str, value: DataRight) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _VALUE, value.value, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_data_right(data: Any, path: str) -> DataRight:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DataRight)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.value = take_str_nillable(data, "Value", path)
    value.description = take_str_nillable(data, "Description", path)
    value.extra = None if _DATA_RIGHT_KEYS.issuperset(data) else json_extra(data, _DATA_RIGHT_KEYS)
    return value


def encode_json_data_right(value: DataRight) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Value", value.value, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DATA_RIGHT_CODEC = Codec(
    decode_xml_data_right, encode_xml_data_right, decode_json_data_right, encode_json_data_right
)


def decode_xml_list_of_list_of_data_right(element: Element) -> list[list[DataRight | None] | None]:
    """``ArrayOfArrayOfDataRight``: a list of ``ArrayOfDataRight`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_list_of_data_right(child))
        for child in element
        if child.tag == _ARRAY_OF_DATA_RIGHT
    ]


def encode_xml_list_of_list_of_data_right(
    parent: Element | None, tag: str, value: list[list[DataRight | None] | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ARRAY_OF_DATA_RIGHT, item, encode_xml_list_of_data_right)
    return element


def decode_json_list_of_list_of_data_right(
    data: Any, path: str
) -> list[list[DataRight | None] | None]:
    return json_items_nillable(data, path, decode_json_list_of_data_right)


def encode_json_list_of_list_of_data_right(
    value: list[list[DataRight | None] | None],
) -> list[Any]:
    return [(None if item is None else encode_json_list_of_data_right(item)) for item in value]


LIST_OF_LIST_OF_DATA_RIGHT_CODEC = Codec(
    decode_xml_list_of_list_of_data_right,
    encode_xml_list_of_list_of_data_right,
    decode_json_list_of_list_of_data_right,
    encode_json_list_of_list_of_data_right,
)


def decode_xml_list_of_data_right(element: Element) -> list[DataRight | None]:
    """``ArrayOfDataRight``: a list of ``DataRight`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_data_right(child))
        for child in element
        if child.tag == _DATA_RIGHT
    ]


def encode_xml_list_of_data_right(
    parent: Element | None, tag: str, value: list[DataRight | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DATA_RIGHT, item, encode_xml_data_right)
    return element


def decode_json_list_of_data_right(data: Any, path: str) -> list[DataRight | None]:
    return json_items_nillable(data, path, decode_json_data_right)


def encode_json_list_of_data_right(value: list[DataRight | None]) -> list[Any]:
    return [(None if item is None else encode_json_data_right(item)) for item in value]


LIST_OF_DATA_RIGHT_CODEC = Codec(
    decode_xml_list_of_data_right,
    encode_xml_list_of_data_right,
    decode_json_list_of_data_right,
    encode_json_list_of_data_right,
)
