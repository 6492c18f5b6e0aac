"""Services88 types: ArrayOfEntityElement, EntityElement.

Used by 5 agents.
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

_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_ENTITY_ELEMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntityElement"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_STRIPPED_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StrippedValue"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class EntityElement(Carrier):
    """Generic carrier object for entity elements such as Phone, EntityElement, Url. These elements
    do not have id and rank. These values are changed on each save, and should not be depended
    on. When used in a list or array the rank is the ascending list order.

    Carrier object for EntityElement.
    """

    value: str | None | Unset = UNSET
    """The Element FullName. This is a value that is intended to be shown to the user."""
    stripped_value: str | None | Unset = UNSET
    """The Element FullName. This is a value that can be parsed and used by systems."""
    description: str | None | Unset = UNSET
    """The Element Description"""

    def to_xml(self) -> Element:
        return encode_xml_entity_element(None, _ENTITY_ELEMENT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> EntityElement:
        return record_from_xml(decode_xml_entity_element, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_entity_element(self)

    @classmethod
    def from_json(cls, data: Any) -> EntityElement:
        return record_from_json(decode_json_entity_element, data)


_ENTITY_ELEMENT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Value",
        "StrippedValue",
        "Description",
    )
)


def decode_xml_entity_element(element: Element) -> EntityElement:
    value = EntityElement()
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
        elif tag == _STRIPPED_VALUE:
            value.stripped_value = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_entity_element(parent: Element | None, tag: str, value: EntityElement) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _VALUE, value.value, write_str)
    put(element, _STRIPPED_VALUE, value.stripped_value, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_entity_element(data: Any, path: str) -> EntityElement:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(EntityElement)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.value = take_str_nillable(data, "Value", path)
    value.stripped_value = take_str_nillable(data, "StrippedValue", path)
    value.description = take_str_nillable(data, "Description", path)
    value.extra = (
        None if _ENTITY_ELEMENT_KEYS.issuperset(data) else json_extra(data, _ENTITY_ELEMENT_KEYS)
    )
    return value


def encode_json_entity_element(value: EntityElement) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Value", value.value, json_write_str)
    put_json(result, "StrippedValue", value.stripped_value, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ENTITY_ELEMENT_CODEC = Codec(
    decode_xml_entity_element,
    encode_xml_entity_element,
    decode_json_entity_element,
    encode_json_entity_element,
)


def decode_xml_list_of_entity_element(element: Element) -> list[EntityElement | None]:
    """``ArrayOfEntityElement``: a list of ``EntityElement`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_entity_element(child))
        for child in element
        if child.tag == _ENTITY_ELEMENT
    ]


def encode_xml_list_of_entity_element(
    parent: Element | None, tag: str, value: list[EntityElement | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ENTITY_ELEMENT, item, encode_xml_entity_element)
    return element


def decode_json_list_of_entity_element(data: Any, path: str) -> list[EntityElement | None]:
    return json_items_nillable(data, path, decode_json_entity_element)


def encode_json_list_of_entity_element(value: list[EntityElement | None]) -> list[Any]:
    return [(None if item is None else encode_json_entity_element(item)) for item in value]


LIST_OF_ENTITY_ELEMENT_CODEC = Codec(
    decode_xml_list_of_entity_element,
    encode_xml_list_of_entity_element,
    decode_json_list_of_entity_element,
    encode_json_list_of_entity_element,
)
