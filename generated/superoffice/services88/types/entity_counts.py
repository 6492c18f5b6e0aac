"""Services88 types: ArrayOfEntityCounts, EntityCounts.

Used by the Diagnostics agent.
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

_ENTITY_COUNTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntityCounts"
_ENTITY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntityName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_RECORDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Records"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class EntityCounts(Carrier):
    """Carrier object for EntityCounts. Services for the EntityCounts Carrier is available from the
    Diagnostics Agent.
    """

    entity_name: str | None | Unset = UNSET
    """The entity measured by this tile"""
    records: int | Unset = UNSET
    """Number of entities (EntityName) an associate has created"""

    def to_xml(self) -> Element:
        return encode_xml_entity_counts(None, _ENTITY_COUNTS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> EntityCounts:
        return record_from_xml(decode_xml_entity_counts, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_entity_counts(self)

    @classmethod
    def from_json(cls, data: Any) -> EntityCounts:
        return record_from_json(decode_json_entity_counts, data)


_ENTITY_COUNTS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "EntityName",
        "Records",
    )
)


def decode_xml_entity_counts(element: Element) -> EntityCounts:
    value = EntityCounts()
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
        elif tag == _ENTITY_NAME:
            value.entity_name = child.text or empty_or_nil(child)
        elif tag == _RECORDS:
            value.records = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_entity_counts(parent: Element | None, tag: str, value: EntityCounts) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ENTITY_NAME, value.entity_name, write_str)
    put(element, _RECORDS, value.records, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_entity_counts(data: Any, path: str) -> EntityCounts:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(EntityCounts)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.entity_name = take_str_nillable(data, "EntityName", path)
    value.records = take_int(data, "Records", path)
    value.extra = (
        None if _ENTITY_COUNTS_KEYS.issuperset(data) else json_extra(data, _ENTITY_COUNTS_KEYS)
    )
    return value


def encode_json_entity_counts(value: EntityCounts) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "EntityName", value.entity_name, json_write_str)
    put_json(result, "Records", value.records, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ENTITY_COUNTS_CODEC = Codec(
    decode_xml_entity_counts,
    encode_xml_entity_counts,
    decode_json_entity_counts,
    encode_json_entity_counts,
)


def decode_xml_list_of_entity_counts(element: Element) -> list[EntityCounts | None]:
    """``ArrayOfEntityCounts``: a list of ``EntityCounts`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_entity_counts(child))
        for child in element
        if child.tag == _ENTITY_COUNTS
    ]


def encode_xml_list_of_entity_counts(
    parent: Element | None, tag: str, value: list[EntityCounts | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ENTITY_COUNTS, item, encode_xml_entity_counts)
    return element


def decode_json_list_of_entity_counts(data: Any, path: str) -> list[EntityCounts | None]:
    return json_items_nillable(data, path, decode_json_entity_counts)


def encode_json_list_of_entity_counts(value: list[EntityCounts | None]) -> list[Any]:
    return [(None if item is None else encode_json_entity_counts(item)) for item in value]


LIST_OF_ENTITY_COUNTS_CODEC = Codec(
    decode_xml_list_of_entity_counts,
    encode_xml_list_of_entity_counts,
    decode_json_list_of_entity_counts,
    encode_json_list_of_entity_counts,
)
