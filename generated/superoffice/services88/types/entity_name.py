"""Services88 types: ArrayOfEntityName, EntityName.

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

_ENTITY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntityName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableDescription"
_TABLE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableName"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class EntityName(Carrier):
    """Carrier object for EntityName. Services for the EntityName Carrier is available from the
    User Agent.
    """

    table_name: str | None | Unset = UNSET
    """The name of the table in the database"""
    table_description: str | None | Unset = UNSET
    """Name to be used in GUI, preferable a resource string"""

    def to_xml(self) -> Element:
        return encode_xml_entity_name(None, _ENTITY_NAME, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> EntityName:
        return record_from_xml(decode_xml_entity_name, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_entity_name(self)

    @classmethod
    def from_json(cls, data: Any) -> EntityName:
        return record_from_json(decode_json_entity_name, data)


_ENTITY_NAME_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TableName",
        "TableDescription",
    )
)


def decode_xml_entity_name(element: Element) -> EntityName:
    value = EntityName()
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
        elif tag == _TABLE_NAME:
            value.table_name = child.text or empty_or_nil(child)
        elif tag == _TABLE_DESCRIPTION:
            value.table_description = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_entity_name(parent: Element | None, tag: str, value: EntityName) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TABLE_NAME, value.table_name, write_str)
    put(element, _TABLE_DESCRIPTION, value.table_description, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_entity_name(data: Any, path: str) -> EntityName:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(EntityName)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.table_name = take_str_nillable(data, "TableName", path)
    value.table_description = take_str_nillable(data, "TableDescription", path)
    value.extra = (
        None if _ENTITY_NAME_KEYS.issuperset(data) else json_extra(data, _ENTITY_NAME_KEYS)
    )
    return value


def encode_json_entity_name(value: EntityName) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TableName", value.table_name, json_write_str)
    put_json(result, "TableDescription", value.table_description, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ENTITY_NAME_CODEC = Codec(
    decode_xml_entity_name,
    encode_xml_entity_name,
    decode_json_entity_name,
    encode_json_entity_name,
)


def decode_xml_list_of_entity_name(element: Element) -> list[EntityName | None]:
    """``ArrayOfEntityName``: a list of ``EntityName`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_entity_name(child))
        for child in element
        if child.tag == _ENTITY_NAME
    ]


def encode_xml_list_of_entity_name(
    parent: Element | None, tag: str, value: list[EntityName | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ENTITY_NAME, item, encode_xml_entity_name)
    return element


def decode_json_list_of_entity_name(data: Any, path: str) -> list[EntityName | None]:
    return json_items_nillable(data, path, decode_json_entity_name)


def encode_json_list_of_entity_name(value: list[EntityName | None]) -> list[Any]:
    return [(None if item is None else encode_json_entity_name(item)) for item in value]


LIST_OF_ENTITY_NAME_CODEC = Codec(
    decode_xml_list_of_entity_name,
    encode_xml_list_of_entity_name,
    decode_json_list_of_entity_name,
    encode_json_list_of_entity_name,
)
