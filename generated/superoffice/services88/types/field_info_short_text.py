"""Services88 types: FieldInfoShortText.

Used by the UserDefinedFieldInfo agent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    UNSET,
    Codec,
    Element,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_object,
    json_short,
    json_write_bool,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_str_nillable,
    write_bool,
    write_int,
    write_short,
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
_FIELD_INFO_SHORT_TEXT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldInfoShortText"
)
_FIELD_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldName"
_FIELD_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldType"
_FORMAT_MASK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormatMask"
_HIDE_FIELD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HideField"
_HIDE_LABEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HideLabel"
_IS_DISPLAY_FIELD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsDisplayField"
_IS_EXTERNAL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsExternal"
_IS_HTML = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsHtml"
_IS_INDEXED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsIndexed"
_IS_MANDATORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsMandatory"
_IS_READ_ONLY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsReadOnly"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_SHORT_LABEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShortLabel"
_TEMPLATE_VARIABLE_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TemplateVariableName"
)
_TEXT_LENGTH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TextLength"


@dataclasses.dataclass(kw_only=True, repr=False)
class FieldInfoShortText(FieldInfoBase):
    """The ``FieldInfoShortText`` record."""

    default_value: str | None | Unset = UNSET
    text_length: int | Unset = UNSET
    format_mask: str | None | Unset = UNSET
    is_html: bool | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_field_info_short_text(None, _FIELD_INFO_SHORT_TEXT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> FieldInfoShortText:
        return record_from_xml(decode_xml_field_info_short_text, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_field_info_short_text(self)

    @classmethod
    def from_json(cls, data: Any) -> FieldInfoShortText:
        return record_from_json(decode_json_field_info_short_text, data)


_FIELD_INFO_SHORT_TEXT_KEYS = frozenset(
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
        "TextLength",
        "FormatMask",
        "IsHtml",
    )
)


def decode_xml_field_info_short_text(element: Element) -> FieldInfoShortText:
    value = FieldInfoShortText()
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
            value.default_value = child.text or empty_or_nil(child)
        elif tag == _TEXT_LENGTH:
            value.text_length = read_short(child)
        elif tag == _FORMAT_MASK:
            value.format_mask = child.text or empty_or_nil(child)
        elif tag == _IS_HTML:
            value.is_html = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_field_info_short_text(
    parent: Element | None, tag: str, value: FieldInfoShortText
) -> Element:
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
    put(element, _DEFAULT_VALUE, value.default_value, write_str)
    put(element, _TEXT_LENGTH, value.text_length, write_short)
    put(element, _FORMAT_MASK, value.format_mask, write_str)
    put(element, _IS_HTML, value.is_html, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_field_info_short_text(data: Any, path: str) -> FieldInfoShortText:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(FieldInfoShortText)
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
    value.default_value = take_str_nillable(data, "DefaultValue", path)
    value.text_length = take(data, "TextLength", path, json_short)
    value.format_mask = take_str_nillable(data, "FormatMask", path)
    value.is_html = take_bool(data, "IsHtml", path)
    value.extra = (
        None
        if _FIELD_INFO_SHORT_TEXT_KEYS.issuperset(data)
        else json_extra(data, _FIELD_INFO_SHORT_TEXT_KEYS)
    )
    return value


def encode_json_field_info_short_text(value: FieldInfoShortText) -> dict[str, Any]:
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
    put_json(result, "DefaultValue", value.default_value, json_write_str)
    put_json(result, "TextLength", value.text_length, json_write_short)
    put_json(result, "FormatMask", value.format_mask, json_write_str)
    put_json(result, "IsHtml", value.is_html, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


FIELD_INFO_SHORT_TEXT_CODEC = Codec(
    decode_xml_field_info_short_text,
    encode_xml_field_info_short_text,
    decode_json_field_info_short_text,
    encode_json_field_info_short_text,
)
