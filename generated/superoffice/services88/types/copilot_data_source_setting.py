"""Services88 types: ArrayOfCopilotDataSourceSetting, CopilotDataSourceSetting.

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

_COPILOT_DATA_SOURCE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CopilotDataSourceId"
)
_COPILOT_DATA_SOURCE_SETTING = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CopilotDataSourceSetting"
)
_COPILOT_DATA_SOURCE_SETTING_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CopilotDataSourceSettingId"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class CopilotDataSourceSetting(Carrier):
    """The ``CopilotDataSourceSetting`` record."""

    copilot_data_source_setting_id: int | Unset = UNSET
    copilot_data_source_id: int | Unset = UNSET
    key: str | None | Unset = UNSET
    value: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_copilot_data_source_setting(None, _COPILOT_DATA_SOURCE_SETTING, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CopilotDataSourceSetting:
        return record_from_xml(decode_xml_copilot_data_source_setting, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_copilot_data_source_setting(self)

    @classmethod
    def from_json(cls, data: Any) -> CopilotDataSourceSetting:
        return record_from_json(decode_json_copilot_data_source_setting, data)


_COPILOT_DATA_SOURCE_SETTING_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "CopilotDataSourceSettingId",
        "CopilotDataSourceId",
        "Key",
        "Value",
    )
)


def decode_xml_copilot_data_source_setting(element: Element) -> CopilotDataSourceSetting:
    value = CopilotDataSourceSetting()
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
        elif tag == _COPILOT_DATA_SOURCE_SETTING_ID:
            value.copilot_data_source_setting_id = read_int(child)
        elif tag == _COPILOT_DATA_SOURCE_ID:
            value.copilot_data_source_id = read_int(child)
        elif tag == _KEY:
            value.key = child.text or empty_or_nil(child)
        elif tag == _VALUE:
            value.value = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_copilot_data_source_setting(
    parent: Element | None, tag: str, value: CopilotDataSourceSetting
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _COPILOT_DATA_SOURCE_SETTING_ID, value.copilot_data_source_setting_id, write_int)
    put(element, _COPILOT_DATA_SOURCE_ID, value.copilot_data_source_id, write_int)
    put(element, _KEY, value.key, write_str)
    put(element, _VALUE, value.value, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_copilot_data_source_setting(data: Any, path: str) -> CopilotDataSourceSetting:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CopilotDataSourceSetting)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.copilot_data_source_setting_id = take_int(data, "CopilotDataSourceSettingId", path)
    value.copilot_data_source_id = take_int(data, "CopilotDataSourceId", path)
    value.key = take_str_nillable(data, "Key", path)
    value.value = take_str_nillable(data, "Value", path)
    value.extra = (
        None
        if _COPILOT_DATA_SOURCE_SETTING_KEYS.issuperset(data)
        else json_extra(data, _COPILOT_DATA_SOURCE_SETTING_KEYS)
    )
    return value


def encode_json_copilot_data_source_setting(value: CopilotDataSourceSetting) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(
        result, "CopilotDataSourceSettingId", value.copilot_data_source_setting_id, json_write_int
    )
    put_json(result, "CopilotDataSourceId", value.copilot_data_source_id, json_write_int)
    put_json(result, "Key", value.key, json_write_str)
    put_json(result, "Value", value.value, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


COPILOT_DATA_SOURCE_SETTING_CODEC = Codec(
    decode_xml_copilot_data_source_setting,
    encode_xml_copilot_data_source_setting,
    decode_json_copilot_data_source_setting,
    encode_json_copilot_data_source_setting,
)


def decode_xml_list_of_copilot_data_source_setting(
    element: Element,
) -> list[CopilotDataSourceSetting | None]:
    """``ArrayOfCopilotDataSourceSetting``: a list of ``CopilotDataSourceSetting`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_copilot_data_source_setting(child))
        for child in element
        if child.tag == _COPILOT_DATA_SOURCE_SETTING
    ]


def encode_xml_list_of_copilot_data_source_setting(
    parent: Element | None, tag: str, value: list[CopilotDataSourceSetting | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _COPILOT_DATA_SOURCE_SETTING, item, encode_xml_copilot_data_source_setting)
    return element


def decode_json_list_of_copilot_data_source_setting(
    data: Any, path: str
) -> list[CopilotDataSourceSetting | None]:
    return json_items_nillable(data, path, decode_json_copilot_data_source_setting)


def encode_json_list_of_copilot_data_source_setting(
    value: list[CopilotDataSourceSetting | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_copilot_data_source_setting(item)) for item in value
    ]


LIST_OF_COPILOT_DATA_SOURCE_SETTING_CODEC = Codec(
    decode_xml_list_of_copilot_data_source_setting,
    encode_xml_list_of_copilot_data_source_setting,
    decode_json_list_of_copilot_data_source_setting,
    encode_json_list_of_copilot_data_source_setting,
)
