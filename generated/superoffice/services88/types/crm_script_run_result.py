"""Services88 types: CRMScriptRunResult.

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
from .crm_script_trace_run import (
    CRMScriptTraceRun,
    decode_json_crm_script_trace_run,
    decode_xml_crm_script_trace_run,
    encode_json_crm_script_trace_run,
    encode_xml_crm_script_trace_run,
)
from .event_data import (
    EventData,
    decode_json_event_data,
    decode_xml_event_data,
    encode_json_event_data,
    encode_xml_event_data,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .string_dictionary import (
    decode_json_string_dictionary,
    decode_xml_string_dictionary,
    encode_json_string_dictionary,
    encode_xml_string_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CRM_SCRIPT_RUN_RESULT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CRMScriptRunResult"
)
_ERROR_INFORMATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErrorInformation"
_EVENTDATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Eventdata"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HEADERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Headers"
_OUTPUT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Output"
_PARAMETERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Parameters"
_STATUS_CODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StatusCode"
_STATUS_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StatusMessage"
_SUCCESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Success"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TRACE_RUN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TraceRun"


@dataclasses.dataclass(kw_only=True, repr=False)
class CRMScriptRunResult(Carrier):
    """Object for returning result from a CRMScript

    Carrier object for CRMScriptRunResult. Services for the CRMScriptRunResult Carrier is
    available from the CRMScript Agent.
    """

    output: str | None | Unset = UNSET
    """The output from the script, normally from a print or printLine statement"""
    parameters: dict[str, str | None] | None | Unset = UNSET
    """The parameters/variables that might have been modified by the script"""
    trace_run: CRMScriptTraceRun | None | Unset = UNSET
    """Contains the trace information from the script execution"""
    eventdata: EventData | None | Unset = UNSET
    """The EventData instance after script execution with output values"""
    success: bool | Unset = UNSET
    """Indicates if the script was executed successfully, or if it failed. In case of failing, the
    error members will contain more information
    """
    error_information: CRMScriptErrorInfo | None | Unset = UNSET
    """Contains error information if the execution failed"""
    status_code: int | Unset = UNSET
    """The status code which is available to be returned from Typescript scripts"""
    status_message: str | None | Unset = UNSET
    """An additional status message that can be sent along with the status code"""
    headers: dict[str, str | None] | None | Unset = UNSET
    """Optional result headers for context that supports it"""

    def to_xml(self) -> Element:
        return encode_xml_crm_script_run_result(None, _CRM_SCRIPT_RUN_RESULT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CRMScriptRunResult:
        return record_from_xml(decode_xml_crm_script_run_result, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_crm_script_run_result(self)

    @classmethod
    def from_json(cls, data: Any) -> CRMScriptRunResult:
        return record_from_json(decode_json_crm_script_run_result, data)


_CRM_SCRIPT_RUN_RESULT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Output",
        "Parameters",
        "TraceRun",
        "Eventdata",
        "Success",
        "ErrorInformation",
        "StatusCode",
        "StatusMessage",
        "Headers",
    )
)


def decode_xml_crm_script_run_result(element: Element) -> CRMScriptRunResult:
    value = CRMScriptRunResult()
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
        elif tag == _OUTPUT:
            value.output = child.text or empty_or_nil(child)
        elif tag == _PARAMETERS:
            value.parameters = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _TRACE_RUN:
            value.trace_run = (
                None if child.get(XSI_NIL) in NIL else decode_xml_crm_script_trace_run(child)
            )
        elif tag == _EVENTDATA:
            value.eventdata = None if child.get(XSI_NIL) in NIL else decode_xml_event_data(child)
        elif tag == _SUCCESS:
            value.success = read_bool(child)
        elif tag == _ERROR_INFORMATION:
            value.error_information = (
                None if child.get(XSI_NIL) in NIL else decode_xml_crm_script_error_info(child)
            )
        elif tag == _STATUS_CODE:
            value.status_code = read_int(child)
        elif tag == _STATUS_MESSAGE:
            value.status_message = child.text or empty_or_nil(child)
        elif tag == _HEADERS:
            value.headers = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_crm_script_run_result(
    parent: Element | None, tag: str, value: CRMScriptRunResult
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _OUTPUT, value.output, write_str)
    put(element, _PARAMETERS, value.parameters, encode_xml_string_dictionary)
    put(element, _TRACE_RUN, value.trace_run, encode_xml_crm_script_trace_run)
    put(element, _EVENTDATA, value.eventdata, encode_xml_event_data)
    put(element, _SUCCESS, value.success, write_bool)
    put(element, _ERROR_INFORMATION, value.error_information, encode_xml_crm_script_error_info)
    put(element, _STATUS_CODE, value.status_code, write_int)
    put(element, _STATUS_MESSAGE, value.status_message, write_str)
    put(element, _HEADERS, value.headers, encode_xml_string_dictionary)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_crm_script_run_result(data: Any, path: str) -> CRMScriptRunResult:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CRMScriptRunResult)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.output = take_str_nillable(data, "Output", path)
    value.parameters = take_nillable(data, "Parameters", path, decode_json_string_dictionary)
    value.trace_run = take_nillable(data, "TraceRun", path, decode_json_crm_script_trace_run)
    value.eventdata = take_nillable(data, "Eventdata", path, decode_json_event_data)
    value.success = take_bool(data, "Success", path)
    value.error_information = take_nillable(
        data, "ErrorInformation", path, decode_json_crm_script_error_info
    )
    value.status_code = take_int(data, "StatusCode", path)
    value.status_message = take_str_nillable(data, "StatusMessage", path)
    value.headers = take_nillable(data, "Headers", path, decode_json_string_dictionary)
    value.extra = (
        None
        if _CRM_SCRIPT_RUN_RESULT_KEYS.issuperset(data)
        else json_extra(data, _CRM_SCRIPT_RUN_RESULT_KEYS)
    )
    return value


def encode_json_crm_script_run_result(value: CRMScriptRunResult) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Output", value.output, json_write_str)
    put_json(result, "Parameters", value.parameters, encode_json_string_dictionary)
    put_json(result, "TraceRun", value.trace_run, encode_json_crm_script_trace_run)
    put_json(result, "Eventdata", value.eventdata, encode_json_event_data)
    put_json(result, "Success", value.success, json_write_bool)
    put_json(
        result, "ErrorInformation", value.error_information, encode_json_crm_script_error_info
    )
    put_json(result, "StatusCode", value.status_code, json_write_int)
    put_json(result, "StatusMessage", value.status_message, json_write_str)
    put_json(result, "Headers", value.headers, encode_json_string_dictionary)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CRM_SCRIPT_RUN_RESULT_CODEC = Codec(
    decode_xml_crm_script_run_result,
    encode_xml_crm_script_run_result,
    decode_json_crm_script_run_result,
    encode_json_crm_script_run_result,
)
