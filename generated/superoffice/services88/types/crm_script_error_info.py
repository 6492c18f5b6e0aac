"""Services88 types: CRMScriptErrorInfo.

Used by the CRMScript agent.
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

_CHARACTER_POSITION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CharacterPosition"
_CRM_SCRIPT_ERROR_INFO = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CRMScriptErrorInfo"
)
_ERROR_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErrorMessage"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_INCLUDE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IncludeId"
_LINE_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LineNumber"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class CRMScriptErrorInfo(Carrier):
    """Object containing error information for a CRMScript

    Carrier object for CRMScriptErrorInfo. Services for the CRMScriptErrorInfo Carrier is
    available from the CRMScript Agent.
    """

    error_message: str | None | Unset = UNSET
    """Descriptive message of the script failed"""
    include_id: str | None | Unset = UNSET
    """The includeId of the source where the error occured"""
    line_number: int | Unset = UNSET
    """The line number where the error occured"""
    character_position: int | Unset = UNSET
    """The character position on the ErrorLine, if available"""

    def to_xml(self) -> Element:
        return encode_xml_crm_script_error_info(None, _CRM_SCRIPT_ERROR_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CRMScriptErrorInfo:
        return record_from_xml(decode_xml_crm_script_error_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_crm_script_error_info(self)

    @classmethod
    def from_json(cls, data: Any) -> CRMScriptErrorInfo:
        return record_from_json(decode_json_crm_script_error_info, data)


_CRM_SCRIPT_ERROR_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ErrorMessage",
        "IncludeId",
        "LineNumber",
        "CharacterPosition",
    )
)


def decode_xml_crm_script_error_info(element: Element) -> CRMScriptErrorInfo:
    value = CRMScriptErrorInfo()
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
        elif tag == _ERROR_MESSAGE:
            value.error_message = child.text or empty_or_nil(child)
        elif tag == _INCLUDE_ID:
            value.include_id = child.text or empty_or_nil(child)
        elif tag == _LINE_NUMBER:
            value.line_number = read_int(child)
        elif tag == _CHARACTER_POSITION:
            value.character_position = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_crm_script_error_info(
    parent: Element | None, tag: str, value: CRMScriptErrorInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ERROR_MESSAGE, value.error_message, write_str)
    put(element, _INCLUDE_ID, value.include_id, write_str)
    put(element, _LINE_NUMBER, value.line_number, write_int)
    put(element, _CHARACTER_POSITION, value.character_position, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_crm_script_error_info(data: Any, path: str) -> CRMScriptErrorInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CRMScriptErrorInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.error_message = take_str_nillable(data, "ErrorMessage", path)
    value.include_id = take_str_nillable(data, "IncludeId", path)
    value.line_number = take_int(data, "LineNumber", path)
    value.character_position = take_int(data, "CharacterPosition", path)
    value.extra = (
        None
        if _CRM_SCRIPT_ERROR_INFO_KEYS.issuperset(data)
        else json_extra(data, _CRM_SCRIPT_ERROR_INFO_KEYS)
    )
    return value


def encode_json_crm_script_error_info(value: CRMScriptErrorInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ErrorMessage", value.error_message, json_write_str)
    put_json(result, "IncludeId", value.include_id, json_write_str)
    put_json(result, "LineNumber", value.line_number, json_write_int)
    put_json(result, "CharacterPosition", value.character_position, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CRM_SCRIPT_ERROR_INFO_CODEC = Codec(
    decode_xml_crm_script_error_info,
    encode_xml_crm_script_error_info,
    decode_json_crm_script_error_info,
    encode_json_crm_script_error_info,
)
