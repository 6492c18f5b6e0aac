"""Services88 types: CRMScriptTraceRun.

Used by the CRMScript agent.
"""

from __future__ import annotations

import dataclasses
import datetime
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
    take_nillable,
    take_str_nillable,
    write_bool,
    write_datetime,
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

_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_CRM_SCRIPT_TRACE_RUN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CRMScriptTraceRun"
_ENDED_AT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EndedAt"
_EXECUTION_TIME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExecutionTime"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FILE_SIZE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FileSize"
_FORCE_SAVE_TRACE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ForceSaveTrace"
_FRAMES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Frames"
_NUM_FRAMES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumFrames"
_PEAK_MEMORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PeakMemory"
_STARTED_AT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StartedAt"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_USER_EXECUTION_TIME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserExecutionTime"


@dataclasses.dataclass(kw_only=True, repr=False)
class CRMScriptTraceRun(Carrier):
    """Object for returning Trace run result from a CRMScript

    Carrier object for CRMScriptTraceRun. Services for the CRMScriptTraceRun Carrier is
    available from the CRMScript Agent.
    """

    started_at: datetime.datetime | Unset = UNSET
    """When the trace was started"""
    ended_at: datetime.datetime | Unset = UNSET
    """When the trace was ended"""
    execution_time: int | Unset = UNSET
    """Real seconds spent executing"""
    user_execution_time: int | Unset = UNSET
    """CPU seconds spent executing"""
    peak_memory: int | Unset = UNSET
    """The maximum amount of used memory during execution (in kB)"""
    num_frames: int | Unset = UNSET
    """The number of frames saved"""
    file_size: int | Unset = UNSET
    """The size of the trace file"""
    associate_id: int | Unset = UNSET
    """Associate who the script was executed as"""
    status: str | None | Unset = UNSET
    """The status of the script, or exception if it fails"""
    frames: str | None | Unset = UNSET
    """The frames of the the trace"""
    force_save_trace: bool | Unset = UNSET
    """This trace should be saved even if script_trace.exception_only is true."""

    def to_xml(self) -> Element:
        return encode_xml_crm_script_trace_run(None, _CRM_SCRIPT_TRACE_RUN, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CRMScriptTraceRun:
        return record_from_xml(decode_xml_crm_script_trace_run, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_crm_script_trace_run(self)

    @classmethod
    def from_json(cls, data: Any) -> CRMScriptTraceRun:
        return record_from_json(decode_json_crm_script_trace_run, data)


_CRM_SCRIPT_TRACE_RUN_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "StartedAt",
        "EndedAt",
        "ExecutionTime",
        "UserExecutionTime",
        "PeakMemory",
        "NumFrames",
        "FileSize",
        "AssociateId",
        "Status",
        "Frames",
        "ForceSaveTrace",
    )
)


def decode_xml_crm_script_trace_run(element: Element) -> CRMScriptTraceRun:
    value = CRMScriptTraceRun()
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
        elif tag == _STARTED_AT:
            value.started_at = read_datetime(child)
        elif tag == _ENDED_AT:
            value.ended_at = read_datetime(child)
        elif tag == _EXECUTION_TIME:
            value.execution_time = read_int(child)
        elif tag == _USER_EXECUTION_TIME:
            value.user_execution_time = read_int(child)
        elif tag == _PEAK_MEMORY:
            value.peak_memory = read_int(child)
        elif tag == _NUM_FRAMES:
            value.num_frames = read_int(child)
        elif tag == _FILE_SIZE:
            value.file_size = read_int(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _STATUS:
            value.status = child.text or empty_or_nil(child)
        elif tag == _FRAMES:
            value.frames = child.text or empty_or_nil(child)
        elif tag == _FORCE_SAVE_TRACE:
            value.force_save_trace = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_crm_script_trace_run(
    parent: Element | None, tag: str, value: CRMScriptTraceRun
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _STARTED_AT, value.started_at, write_datetime)
    put(element, _ENDED_AT, value.ended_at, write_datetime)
    put(element, _EXECUTION_TIME, value.execution_time, write_int)
    put(element, _USER_EXECUTION_TIME, value.user_execution_time, write_int)
    put(element, _PEAK_MEMORY, value.peak_memory, write_int)
    put(element, _NUM_FRAMES, value.num_frames, write_int)
    put(element, _FILE_SIZE, value.file_size, write_int)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _STATUS, value.status, write_str)
    put(element, _FRAMES, value.frames, write_str)
    put(element, _FORCE_SAVE_TRACE, value.force_save_trace, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_crm_script_trace_run(data: Any, path: str) -> CRMScriptTraceRun:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CRMScriptTraceRun)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.started_at = take(data, "StartedAt", path, json_datetime)
    value.ended_at = take(data, "EndedAt", path, json_datetime)
    value.execution_time = take_int(data, "ExecutionTime", path)
    value.user_execution_time = take_int(data, "UserExecutionTime", path)
    value.peak_memory = take_int(data, "PeakMemory", path)
    value.num_frames = take_int(data, "NumFrames", path)
    value.file_size = take_int(data, "FileSize", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.status = take_str_nillable(data, "Status", path)
    value.frames = take_str_nillable(data, "Frames", path)
    value.force_save_trace = take_bool(data, "ForceSaveTrace", path)
    value.extra = (
        None
        if _CRM_SCRIPT_TRACE_RUN_KEYS.issuperset(data)
        else json_extra(data, _CRM_SCRIPT_TRACE_RUN_KEYS)
    )
    return value


def encode_json_crm_script_trace_run(value: CRMScriptTraceRun) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "StartedAt", value.started_at, json_write_datetime)
    put_json(result, "EndedAt", value.ended_at, json_write_datetime)
    put_json(result, "ExecutionTime", value.execution_time, json_write_int)
    put_json(result, "UserExecutionTime", value.user_execution_time, json_write_int)
    put_json(result, "PeakMemory", value.peak_memory, json_write_int)
    put_json(result, "NumFrames", value.num_frames, json_write_int)
    put_json(result, "FileSize", value.file_size, json_write_int)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "Status", value.status, json_write_str)
    put_json(result, "Frames", value.frames, json_write_str)
    put_json(result, "ForceSaveTrace", value.force_save_trace, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CRM_SCRIPT_TRACE_RUN_CODEC = Codec(
    decode_xml_crm_script_trace_run,
    encode_xml_crm_script_trace_run,
    decode_json_crm_script_trace_run,
    encode_json_crm_script_trace_run,
)
