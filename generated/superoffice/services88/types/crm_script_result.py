"""Services88 types: CRMScriptResult.

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
    json_write_bool,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
)
from .carrier import Carrier
from .crm_script_error_info import (
    CRMScriptErrorInfo,
    decode_json_crm_script_error_info,
    decode_xml_crm_script_error_info,
    encode_json_crm_script_error_info,
    encode_xml_crm_script_error_info,
)
from .crm_script_source_map import (
    CRMScriptSourceMap,
    decode_json_list_of_crm_script_source_map,
    decode_xml_list_of_crm_script_source_map,
    encode_json_list_of_crm_script_source_map,
    encode_xml_list_of_crm_script_source_map,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_int import (
    decode_json_list_of_int,
    decode_xml_list_of_int,
    encode_json_list_of_int,
    encode_xml_list_of_int,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CRM_SCRIPT_RESULT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CRMScriptResult"
_ERROR_INFORMATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErrorInformation"
_ERROR_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErrorMessage"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_INCLUDES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Includes"
_LINE_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LineNumber"
_SOURCE_MAPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SourceMaps"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TRANSPILED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Transpiled"
_VALID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Valid"


@dataclasses.dataclass(kw_only=True, repr=False)
class CRMScriptResult(Carrier):
    """Object for returning information when validating a CRMScript

    Carrier object for CRMScriptResult. Services for the CRMScriptResult Carrier is available
    from the CRMScript Agent.
    """

    valid: bool | Unset = UNSET
    """True if the CRMScript was successfully validated. If false, see the error message for
    details
    """
    error_message: str | None | Unset = UNSET
    """Deprecated, see ErrorInformation instead. Contains the error message for a non-valide
    CRMScript
    """
    line_number: int | Unset = UNSET
    """Deprecated, see ErrorInformation instead. The line number containing the incorrect syntax,
    if available
    """
    error_information: CRMScriptErrorInfo | None | Unset = UNSET
    """Contains error information if the validation failed"""
    transpiled: str | None | Unset = UNSET
    """This will contain transpiled code. In case of Typescript, this will then contain the
    executable JavaScript
    """
    includes: list[int] | None | Unset = UNSET
    """The unique ids of all depencies of this script (all resolved includes)"""
    source_maps: list[CRMScriptSourceMap | None] | None | Unset = UNSET
    """Array of source maps showing where in the original code a specific line originated from"""

    def to_xml(self) -> Element:
        return encode_xml_crm_script_result(None, _CRM_SCRIPT_RESULT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CRMScriptResult:
        return record_from_xml(decode_xml_crm_script_result, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_crm_script_result(self)

    @classmethod
    def from_json(cls, data: Any) -> CRMScriptResult:
        return record_from_json(decode_json_crm_script_result, data)


_CRM_SCRIPT_RESULT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Valid",
        "ErrorMessage",
        "LineNumber",
        "ErrorInformation",
        "Transpiled",
        "Includes",
        "SourceMaps",
    )
)


def decode_xml_crm_script_result(element: Element) -> CRMScriptResult:
    value = CRMScriptResult()
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
        elif tag == _VALID:
            value.valid = read_bool(child)
        elif tag == _ERROR_MESSAGE:
            value.error_message = child.text or empty_or_nil(child)
        elif tag == _LINE_NUMBER:
            value.line_number = read_int(child)
        elif tag == _ERROR_INFORMATION:
            value.error_information = (
                None if child.get(XSI_NIL) in NIL else decode_xml_crm_script_error_info(child)
            )
        elif tag == _TRANSPILED:
            value.transpiled = child.text or empty_or_nil(child)
        elif tag == _INCLUDES:
            value.includes = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
        elif tag == _SOURCE_MAPS:
            value.source_maps = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_crm_script_source_map(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_crm_script_result(
    parent: Element | None, tag: str, value: CRMScriptResult
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _VALID, value.valid, write_bool)
    put(element, _ERROR_MESSAGE, value.error_message, write_str)
    put(element, _LINE_NUMBER, value.line_number, write_int)
    put(element, _ERROR_INFORMATION, value.error_information, encode_xml_crm_script_error_info)
    put(element, _TRANSPILED, value.transpiled, write_str)
    put(element, _INCLUDES, value.includes, encode_xml_list_of_int)
    put(element, _SOURCE_MAPS, value.source_maps, encode_xml_list_of_crm_script_source_map)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_crm_script_result(data: Any, path: str) -> CRMScriptResult:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CRMScriptResult)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.valid = take_bool(data, "Valid", path)
    value.error_message = take_str_nillable(data, "ErrorMessage", path)
    value.line_number = take_int(data, "LineNumber", path)
    value.error_information = take_nillable(
        data, "ErrorInformation", path, decode_json_crm_script_error_info
    )
    value.transpiled = take_str_nillable(data, "Transpiled", path)
    value.includes = take_nillable(data, "Includes", path, decode_json_list_of_int)
    value.source_maps = take_nillable(
        data, "SourceMaps", path, decode_json_list_of_crm_script_source_map
    )
    value.extra = (
        None
        if _CRM_SCRIPT_RESULT_KEYS.issuperset(data)
        else json_extra(data, _CRM_SCRIPT_RESULT_KEYS)
    )
    return value


def encode_json_crm_script_result(value: CRMScriptResult) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Valid", value.valid, json_write_bool)
    put_json(result, "ErrorMessage", value.error_message, json_write_str)
    put_json(result, "LineNumber", value.line_number, json_write_int)
    put_json(
        result, "ErrorInformation", value.error_information, encode_json_crm_script_error_info
    )
    put_json(result, "Transpiled", value.transpiled, json_write_str)
    put_json(result, "Includes", value.includes, encode_json_list_of_int)
    put_json(result, "SourceMaps", value.source_maps, encode_json_list_of_crm_script_source_map)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CRM_SCRIPT_RESULT_CODEC = Codec(
    decode_xml_crm_script_result,
    encode_xml_crm_script_result,
    decode_json_crm_script_result,
    encode_json_crm_script_result,
)
