"""Services88 types: FieldInfoTime.

Used by the UserDefinedFieldInfo agent.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

from ...runtime import (
    UNSET,
    Codec,
    Element,
    Unset,
    blank,
    empty_or_nil,
    json_datetime,
    json_extra,
    json_object,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_str_nillable,
    write_bool,
    write_datetime,
    write_int,
    write_str,
)
from .custom_field_type import (
    decode_json_custom_field_type,
    decode_xml_custom_field_type,
    encode_json_custom_field_type,
    encode_xml_custom_field_type,
)
from .field_info_base import FieldInfoBase

_DEFAULT_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultValue"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayName"
_FIELD_INFO_TIME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldInfoTime"
_FIELD_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldName"
_FIELD_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldType"
_HIDE_FIELD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HideField"
_HIDE_LABEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HideLabel"
_IS_DEFAULT_NOW = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsDefaultNow"
_IS_DISPLAY_FIELD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsDisplayField"
_IS_EXTERNAL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsExternal"
_IS_INDEXED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsIndexed"
_IS_MANDATORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsMandatory"
_IS_READ_ONLY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsReadOnly"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_SHORT_LABEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShortLabel"
_TEMPLATE_VARIABLE_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TemplateVariableName"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class FieldInfoTime(FieldInfoBase):
    """The ``FieldInfoTime`` record."""

    default_value: datetime.datetime | Unset = UNSET
    is_default_now: bool | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_field_info_time(None, _FIELD_INFO_TIME, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> FieldInfoTime:
        return record_from_xml(decode_xml_field_info_time, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_field_info_time(self)

    @classmethod
    def from_json(cls, data: Any) -> FieldInfoTime:
        return record_from_json(decode_json_field_info_time, data)


_FIELD_INFO_TIME_KEYS = frozenset(
    (
        "FieldType",
        "FieldName",
        "DisplayName",
        "Description",
        "ShortLabel",
        "HideLabel",
        "HideField",
        "IsIndexed",
        "IsMandatory",
        "IsReadOnly",
        "IsExternal",
        "IsDisplayField",
        "Rank",
        "TemplateVariableName",
        "DefaultValue",
        "IsDefaultNow",
    )
)


def decode_xml_field_info_time(element: Element) -> FieldInfoTime:
    value = FieldInfoTime()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _FIELD_TYPE:
            value.field_type = decode_xml_custom_field_type(child)
        elif tag == _FIELD_NAME:
            value.field_name = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_NAME:
            value.display_name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _SHORT_LABEL:
            value.short_label = child.text or empty_or_nil(child)
        elif tag == _HIDE_LABEL:
            value.hide_label = read_bool(child)
        elif tag == _HIDE_FIELD:
            value.hide_field = read_bool(child)
        elif tag == _IS_INDEXED:
            value.is_indexed = read_bool(child)
        elif tag == _IS_MANDATORY:
            value.is_mandatory = read_bool(child)
        elif tag == _IS_READ_ONLY:
            value.is_read_only = read_bool(child)
        elif tag == _IS_EXTERNAL:
            value.is_external = read_bool(child)
        elif tag == _IS_DISPLAY_FIELD:
            value.is_display_field = read_bool(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _TEMPLATE_VARIABLE_NAME:
            value.template_variable_name = child.text or empty_or_nil(child)
        elif tag == _DEFAULT_VALUE:
            value.default_value = read_datetime(child)
        elif tag == _IS_DEFAULT_NOW:
            value.is_default_now = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_field_info_time(parent: Element | None, tag: str, value: FieldInfoTime) -> Element:
    element = new_child(parent, tag)
    put(element, _FIELD_TYPE, value.field_type, encode_xml_custom_field_type)
    put(element, _FIELD_NAME, value.field_name, write_str)
    put(element, _DISPLAY_NAME, value.display_name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _SHORT_LABEL, value.short_label, write_str)
    put(element, _HIDE_LABEL, value.hide_label, write_bool)
    put(element, _HIDE_FIELD, value.hide_field, write_bool)
    put(element, _IS_INDEXED, value.is_indexed, write_bool)
    put(element, _IS_MANDATORY, value.is_mandatory, write_bool)
    put(element, _IS_READ_ONLY, value.is_read_only, write_bool)
    put(element, _IS_EXTERNAL, value.is_external, write_bool)
    put(element, _IS_DISPLAY_FIELD, value.is_display_field, write_bool)
    put(element, _RANK, value.rank, write_int)
    put(element, _TEMPLATE_VARIABLE_NAME, value.template_variable_name, write_str)
    put(element, _DEFAULT_VALUE, value.default_value, write_datetime)
    put(element, _IS_DEFAULT_NOW, value.is_default_now, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_field_info_time(data: Any, path: str) -> FieldInfoTime:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(FieldInfoTime)
    value.field_type = take(data, "FieldType", path, decode_json_custom_field_type)
    value.field_name = take_str_nillable(data, "FieldName", path)
    value.display_name = take_str_nillable(data, "DisplayName", path)
    value.description = take_str_nillable(data, "Description", path)
    value.short_label = take_str_nillable(data, "ShortLabel", path)
    value.hide_label = take_bool(data, "HideLabel", path)
    value.hide_field = take_bool(data, "HideField", path)
    value.is_indexed = take_bool(data, "IsIndexed", path)
    value.is_mandatory = take_bool(data, "IsMandatory", path)
    value.is_read_only = take_bool(data, "IsReadOnly", path)
    value.is_external = take_bool(data, "IsExternal", path)
    value.is_display_field = take_bool(data, "IsDisplayField", path)
    value.rank = take_int(data, "Rank", path)
    value.template_variable_name = take_str_nillable(data, "TemplateVariableName", path)
    value.default_value = take(data, "DefaultValue", path, json_datetime)
    value.is_default_now = take_bool(data, "IsDefaultNow", path)
    value.extra = (
        None if _FIELD_INFO_TIME_KEYS.issuperset(data) else json_extra(data, _FIELD_INFO_TIME_KEYS)
    )
    return value


def encode_json_field_info_time(value: FieldInfoTime) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "FieldType", value.field_type, encode_json_custom_field_type)
    put_json(result, "FieldName", value.field_name, json_write_str)
    put_json(result, "DisplayName", value.display_name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "ShortLabel", value.short_label, json_write_str)
    put_json(result, "HideLabel", value.hide_label, json_write_bool)
    put_json(result, "HideField", value.hide_field, json_write_bool)
    put_json(result, "IsIndexed", value.is_indexed, json_write_bool)
    put_json(result, "IsMandatory", value.is_mandatory, json_write_bool)
    put_json(result, "IsReadOnly", value.is_read_only, json_write_bool)
    put_json(result, "IsExternal", value.is_external, json_write_bool)
    put_json(result, "IsDisplayField", value.is_display_field, json_write_bool)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "TemplateVariableName", value.template_variable_name, json_write_str)
    put_json(result, "DefaultValue", value.default_value, json_write_datetime)
    put_json(result, "IsDefaultNow", value.is_default_now, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


FIELD_INFO_TIME_CODEC = Codec(
    decode_xml_field_info_time,
    encode_xml_field_info_time,
    decode_json_field_info_time,
    encode_json_field_info_time,
)
