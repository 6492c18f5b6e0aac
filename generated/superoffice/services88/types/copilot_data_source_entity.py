"""Services88 types: ArrayOfCopilotDataSourceEntity, CopilotDataSourceEntity.

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
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_int,
    write_str,
)
from .carrier import Carrier
from .copilot_data_source_setting import (
    CopilotDataSourceSetting,
    decode_json_list_of_copilot_data_source_setting,
    decode_xml_list_of_copilot_data_source_setting,
    encode_json_list_of_copilot_data_source_setting,
    encode_xml_list_of_copilot_data_source_setting,
)
from .copilot_data_source_type import (
    CopilotDataSourceType,
    decode_json_copilot_data_source_type,
    decode_xml_copilot_data_source_type,
    encode_json_copilot_data_source_type,
    encode_xml_copilot_data_source_type,
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

_COPILOT_DATA_SOURCE_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CopilotDataSourceEntity"
)
_COPILOT_DATA_SOURCE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CopilotDataSourceId"
)
_COPILOT_DATA_SOURCE_TYPE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CopilotDataSourceType"
)
_COPILOT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CopilotId"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_SETTINGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Settings"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class CopilotDataSourceEntity(Carrier):
    """The ``CopilotDataSourceEntity`` record."""

    copilot_data_source_id: int | Unset = UNSET
    copilot_data_source_type: CopilotDataSourceType | str | Unset = UNSET
    copilot_id: int | Unset = UNSET
    description: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    settings: list[CopilotDataSourceSetting | None] | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_copilot_data_source_entity(None, _COPILOT_DATA_SOURCE_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CopilotDataSourceEntity:
        return record_from_xml(decode_xml_copilot_data_source_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_copilot_data_source_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> CopilotDataSourceEntity:
        return record_from_json(decode_json_copilot_data_source_entity, data)


_COPILOT_DATA_SOURCE_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "CopilotDataSourceId",
        "CopilotDataSourceType",
        "CopilotId",
        "Description",
        "Name",
        "Settings",
    )
)


def decode_xml_copilot_data_source_entity(element: Element) -> CopilotDataSourceEntity:
    value = CopilotDataSourceEntity()
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
        elif tag == _COPILOT_DATA_SOURCE_ID:
            value.copilot_data_source_id = read_int(child)
        elif tag == _COPILOT_DATA_SOURCE_TYPE:
            value.copilot_data_source_type = decode_xml_copilot_data_source_type(child)
        elif tag == _COPILOT_ID:
            value.copilot_id = read_int(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _SETTINGS:
            value.settings = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_copilot_data_source_setting(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_copilot_data_source_entity(
    parent: Element | None, tag: str, value: CopilotDataSourceEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _COPILOT_DATA_SOURCE_ID, value.copilot_data_source_id, write_int)
    put(
        element,
        _COPILOT_DATA_SOURCE_TYPE,
        value.copilot_data_source_type,
        encode_xml_copilot_data_source_type,
    )
    put(element, _COPILOT_ID, value.copilot_id, write_int)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _NAME, value.name, write_str)
    put(element, _SETTINGS, value.settings, encode_xml_list_of_copilot_data_source_setting)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_copilot_data_source_entity(data: Any, path: str) -> CopilotDataSourceEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CopilotDataSourceEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.copilot_data_source_id = take_int(data, "CopilotDataSourceId", path)
    value.copilot_data_source_type = take(
        data, "CopilotDataSourceType", path, decode_json_copilot_data_source_type
    )
    value.copilot_id = take_int(data, "CopilotId", path)
    value.description = take_str_nillable(data, "Description", path)
    value.name = take_str_nillable(data, "Name", path)
    value.settings = take_nillable(
        data, "Settings", path, decode_json_list_of_copilot_data_source_setting
    )
    value.extra = (
        None
        if _COPILOT_DATA_SOURCE_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _COPILOT_DATA_SOURCE_ENTITY_KEYS)
    )
    return value


def encode_json_copilot_data_source_entity(value: CopilotDataSourceEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "CopilotDataSourceId", value.copilot_data_source_id, json_write_int)
    put_json(
        result,
        "CopilotDataSourceType",
        value.copilot_data_source_type,
        encode_json_copilot_data_source_type,
    )
    put_json(result, "CopilotId", value.copilot_id, json_write_int)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Settings", value.settings, encode_json_list_of_copilot_data_source_setting)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


COPILOT_DATA_SOURCE_ENTITY_CODEC = Codec(
    decode_xml_copilot_data_source_entity,
    encode_xml_copilot_data_source_entity,
    decode_json_copilot_data_source_entity,
    encode_json_copilot_data_source_entity,
)


def decode_xml_list_of_copilot_data_source_entity(
    element: Element,
) -> list[CopilotDataSourceEntity | None]:
    """``ArrayOfCopilotDataSourceEntity``: a list of ``CopilotDataSourceEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_copilot_data_source_entity(child))
        for child in element
        if child.tag == _COPILOT_DATA_SOURCE_ENTITY
    ]


def encode_xml_list_of_copilot_data_source_entity(
    parent: Element | None, tag: str, value: list[CopilotDataSourceEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _COPILOT_DATA_SOURCE_ENTITY, item, encode_xml_copilot_data_source_entity)
    return element


def decode_json_list_of_copilot_data_source_entity(
    data: Any, path: str
) -> list[CopilotDataSourceEntity | None]:
    return json_items_nillable(data, path, decode_json_copilot_data_source_entity)


def encode_json_list_of_copilot_data_source_entity(
    value: list[CopilotDataSourceEntity | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_copilot_data_source_entity(item)) for item in value
    ]


LIST_OF_COPILOT_DATA_SOURCE_ENTITY_CODEC = Codec(
    decode_xml_list_of_copilot_data_source_entity,
    encode_xml_list_of_copilot_data_source_entity,
    decode_json_list_of_copilot_data_source_entity,
    encode_json_list_of_copilot_data_source_entity,
)
