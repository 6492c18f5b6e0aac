"""Services88 types: ArrayOfArrayOfLocalizedField, ArrayOfLocalizedField, LocalizedField.

Used by 10 agents.
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

_ADDRESS_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AddressType"
_ARRAY_OF_LOCALIZED_FIELD = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArrayOfLocalizedField"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_LABEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Label"
_LOCALIZED_FIELD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LocalizedField"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"
_VALUE_LENGTH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ValueLength"


@dataclasses.dataclass(kw_only=True, repr=False)
class LocalizedField(Carrier):
    """LocalizedField is used to store localized information such as formatted address data, a
    formatted phone number, etc.

    Carrier object for LocalizedField.
    """

    name: str | None | Unset = UNSET
    """Name of the value field"""
    value: str | None | Unset = UNSET
    """The field's value"""
    tooltip: str | None | Unset = UNSET
    """The tooltip"""
    label: str | None | Unset = UNSET
    """The label of the field"""
    value_length: int | Unset = UNSET
    """Database length of the value"""
    address_type: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_localized_field(None, _LOCALIZED_FIELD, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> LocalizedField:
        return record_from_xml(decode_xml_localized_field, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_localized_field(self)

    @classmethod
    def from_json(cls, data: Any) -> LocalizedField:
        return record_from_json(decode_json_localized_field, data)


_LOCALIZED_FIELD_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "Value",
        "Tooltip",
        "Label",
        "ValueLength",
        "AddressType",
    )
)


def decode_xml_localized_field(element: Element) -> LocalizedField:
    value = LocalizedField()
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
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _VALUE:
            value.value = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _LABEL:
            value.label = child.text or empty_or_nil(child)
        elif tag == _VALUE_LENGTH:
            value.value_length = read_int(child)
        elif tag == _ADDRESS_TYPE:
            value.address_type = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_localized_field(parent: Element | None, tag: str, value: LocalizedField) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(element, _VALUE, value.value, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _LABEL, value.label, write_str)
    put(element, _VALUE_LENGTH, value.value_length, write_int)
    put(element, _ADDRESS_TYPE, value.address_type, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_localized_field(data: Any, path: str) -> LocalizedField:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(LocalizedField)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.value = take_str_nillable(data, "Value", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.label = take_str_nillable(data, "Label", path)
    value.value_length = take_int(data, "ValueLength", path)
    value.address_type = take_str_nillable(data, "AddressType", path)
    value.extra = (
        None if _LOCALIZED_FIELD_KEYS.issuperset(data) else json_extra(data, _LOCALIZED_FIELD_KEYS)
    )
    return value


def encode_json_localized_field(value: LocalizedField) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Value", value.value, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Label", value.label, json_write_str)
    put_json(result, "ValueLength", value.value_length, json_write_int)
    put_json(result, "AddressType", value.address_type, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


LOCALIZED_FIELD_CODEC = Codec(
    decode_xml_localized_field,
    encode_xml_localized_field,
    decode_json_localized_field,
    encode_json_localized_field,
)


def decode_xml_list_of_list_of_localized_field(
    element: Element,
) -> list[list[LocalizedField | None] | None]:
    """``ArrayOfArrayOfLocalizedField``: a list of ``ArrayOfLocalizedField`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_list_of_localized_field(child))
        for child in element
        if child.tag == _ARRAY_OF_LOCALIZED_FIELD
    ]


def encode_xml_list_of_list_of_localized_field(
    parent: Element | None, tag: str, value: list[list[LocalizedField | None] | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ARRAY_OF_LOCALIZED_FIELD, item, encode_xml_list_of_localized_field)
    return element


def decode_json_list_of_list_of_localized_field(
    data: Any, path: str
) -> list[list[LocalizedField | None] | None]:
    return json_items_nillable(data, path, decode_json_list_of_localized_field)


def encode_json_list_of_list_of_localized_field(
    value: list[list[LocalizedField | None] | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_list_of_localized_field(item)) for item in value
    ]


LIST_OF_LIST_OF_LOCALIZED_FIELD_CODEC = Codec(
    decode_xml_list_of_list_of_localized_field,
    encode_xml_list_of_list_of_localized_field,
    decode_json_list_of_list_of_localized_field,
    encode_json_list_of_list_of_localized_field,
)


def decode_xml_list_of_localized_field(element: Element) -> list[LocalizedField | None]:
    """``ArrayOfLocalizedField``: a list of ``LocalizedField`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_localized_field(child))
        for child in element
        if child.tag == _LOCALIZED_FIELD
    ]


def encode_xml_list_of_localized_field(
    parent: Element | None, tag: str, value: list[LocalizedField | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _LOCALIZED_FIELD, item, encode_xml_localized_field)
    return element


def decode_json_list_of_localized_field(data: Any, path: str) -> list[LocalizedField | None]:
    return json_items_nillable(data, path, decode_json_localized_field)


def encode_json_list_of_localized_field(value: list[LocalizedField | None]) -> list[Any]:
    return [(None if item is None else encode_json_localized_field(item)) for item in value]


LIST_OF_LOCALIZED_FIELD_CODEC = Codec(
    decode_xml_list_of_localized_field,
    encode_xml_list_of_localized_field,
    decode_json_list_of_localized_field,
    encode_json_list_of_localized_field,
)
