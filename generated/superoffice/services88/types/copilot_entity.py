"""Services88 types: CopilotEntity.

Used by the AI agent.
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
from .copilot_data_source_entity import (
    CopilotDataSourceEntity,
    decode_json_list_of_copilot_data_source_entity,
    decode_xml_list_of_copilot_data_source_entity,
    encode_json_list_of_copilot_data_source_entity,
    encode_xml_list_of_copilot_data_source_entity,
)
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

_COPILOT_DATA_SOURCES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CopilotDataSources"
)
_COPILOT_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CopilotEntity"
_COPILOT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CopilotId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class CopilotEntity(Carrier):
    """The ``CopilotEntity`` record."""

    copilot_id: int | Unset = UNSET
    name: str | None | Unset = UNSET
    copilot_data_sources: list[CopilotDataSourceEntity | None] | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_copilot_entity(None, _COPILOT_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CopilotEntity:
        return record_from_xml(decode_xml_copilot_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_copilot_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> CopilotEntity:
        return record_from_json(decode_json_copilot_entity, data)


_COPILOT_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "CopilotId",
        "Name",
        "CopilotDataSources",
    )
)


def decode_xml_copilot_entity(element: Element) -> CopilotEntity:
    value = CopilotEntity()
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
        elif tag == _COPILOT_ID:
            value.copilot_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _COPILOT_DATA_SOURCES:
            value.copilot_data_sources = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_copilot_data_source_entity(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_copilot_entity(parent: Element | None, tag: str, value: CopilotEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _COPILOT_ID, value.copilot_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(
        element,
        _COPILOT_DATA_SOURCES,
        value.copilot_data_sources,
        encode_xml_list_of_copilot_data_source_entity,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_copilot_entity(data: Any, path: str) -> CopilotEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CopilotEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.copilot_id = take_int(data, "CopilotId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.copilot_data_sources = take_nillable(
        data, "CopilotDataSources", path, decode_json_list_of_copilot_data_source_entity
    )
    value.extra = (
        None if _COPILOT_ENTITY_KEYS.issuperset(data) else json_extra(data, _COPILOT_ENTITY_KEYS)
    )
    return value


def encode_json_copilot_entity(value: CopilotEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "CopilotId", value.copilot_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(
        result,
        "CopilotDataSources",
        value.copilot_data_sources,
        encode_json_list_of_copilot_data_source_entity,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


COPILOT_ENTITY_CODEC = Codec(
    decode_xml_copilot_entity,
    encode_xml_copilot_entity,
    decode_json_copilot_entity,
    encode_json_copilot_entity,
)
