"""Services88 types: ArrayOfBatchTaskInfo, BatchTaskInfo.

Used by the Batch, FreeText, Saint agents.
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
    json_items_nillable,
    json_object,
    json_short,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_int,
    read_short,
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
    write_short,
    write_str,
)
from .batch_task_cancellation_behaviour import (
    BatchTaskCancellationBehaviour,
    decode_json_batch_task_cancellation_behaviour,
    decode_xml_batch_task_cancellation_behaviour,
    encode_json_batch_task_cancellation_behaviour,
    encode_xml_batch_task_cancellation_behaviour,
)
from .batch_task_state import (
    BatchTaskState,
    decode_json_batch_task_state,
    decode_xml_batch_task_state,
    encode_json_batch_task_state,
    encode_xml_batch_task_state,
)
from .carrier import Carrier
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

_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_BATCH_TASK_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BatchTaskInfo"
_CANCELLATION_BEHAVIOUR = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CancellationBehaviour"
)
_CONTEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Context"
_CREATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Created"
_DATABASE_SERIAL_NUMBER = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DatabaseSerialNumber"
)
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_DETAILS_RECORD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DetailsRecord"
_DETAILS_TABLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DetailsTable"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FILE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FileName"
_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_IS_INTERNAL_TASK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsInternalTask"
_IS_SYSTEM_TASK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsSystemTask"
_LAST_STARTED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastStarted"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PARAMETER_OBJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ParameterObject"
_PROGRESS_DESCRIPTION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProgressDescription"
)
_PROGRESS_PERCENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProgressPercent"
_REQUEST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Request"
_RESPONSE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Response"
_RESULT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Result"
_START_COUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StartCount"
_STATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}State"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class BatchTaskInfo(Carrier):
    """BatchTaskInfo contains information about one batch task.

    Carrier object for BatchTaskInfo. Services for the BatchTaskInfo Carrier is available from
    the Batch Agent.
    """

    id: int | Unset = UNSET
    """Id of the task."""
    name: str | None | Unset = UNSET
    """Name of the task."""
    associate_id: int | Unset = UNSET
    """Task owner. If it is a System task, AssociateId = 0."""
    details_table: int | Unset = UNSET
    """Id of table with more information about the task."""
    details_record: int | Unset = UNSET
    """Record Id of a row in the DetailsTable containing more info about the task."""
    is_system_task: bool | Unset = UNSET
    """If IsSystemTask is true, the task is not initiated by an associate."""
    is_internal_task: bool | Unset = UNSET
    """If IsInternalTask is true, this task will not add a trace to the database."""
    parameter_object: dict[str, str | None] | None | Unset = UNSET
    """ParameterObject will be serialized to a binary blob and saved in the BinaryObject table. The
    link to the BinaryObject will be set using DetailsTable and DetailsRecord.
    """
    last_started: datetime.datetime | Unset = UNSET
    """When was the task last started."""
    created: datetime.datetime | Unset = UNSET
    """Task creation time."""
    start_count: int | Unset = UNSET
    """Maps to the startcount field in the batchtask table."""
    database_serial_number: str | None | Unset = UNSET
    """Serial number of the database the task is to run on."""
    context: str | None | Unset = UNSET
    """Context for the executing task."""
    result: str | None | Unset = UNSET
    """Maps to the result field in the batchtask table."""
    state: BatchTaskState | str | Unset = UNSET
    """BatchTaskState of the task."""
    description: str | None | Unset = UNSET
    """Description of the task."""
    response: str | None | Unset = UNSET
    """Maps to the response field in the batchtask table."""
    request: str | None | Unset = UNSET
    """Maps to the request field in the batchtask table."""
    progress_description: str | None | Unset = UNSET
    """Descriptive text for the current stage"""
    progress_percent: int | Unset = UNSET
    """Task progress, in percent of estimated total"""
    file_name: str | None | Unset = UNSET
    """The filename related to the batchtask."""
    cancellation_behaviour: BatchTaskCancellationBehaviour | str | Unset = UNSET
    """Indicate if the task can be stopped."""

    def to_xml(self) -> Element:
        return encode_xml_batch_task_info(None, _BATCH_TASK_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> BatchTaskInfo:
        return record_from_xml(decode_xml_batch_task_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_batch_task_info(self)

    @classmethod
    def from_json(cls, data: Any) -> BatchTaskInfo:
        return record_from_json(decode_json_batch_task_info, data)


_BATCH_TASK_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Id",
        "Name",
        "AssociateId",
        "DetailsTable",
        "DetailsRecord",
        "IsSystemTask",
        "IsInternalTask",
        "ParameterObject",
        "LastStarted",
        "Created",
        "StartCount",
        "DatabaseSerialNumber",
        "Context",
        "Result",
        "State",
        "Description",
        "Response",
        "Request",
        "ProgressDescription",
        "ProgressPercent",
        "FileName",
        "CancellationBehaviour",
    )
)


def decode_xml_batch_task_info(element: Element) -> BatchTaskInfo:
    value = BatchTaskInfo()
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
        elif tag == _ID:
            value.id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _DETAILS_TABLE:
            value.details_table = read_short(child)
        elif tag == _DETAILS_RECORD:
            value.details_record = read_int(child)
        elif tag == _IS_SYSTEM_TASK:
            value.is_system_task = read_bool(child)
        elif tag == _IS_INTERNAL_TASK:
            value.is_internal_task = read_bool(child)
        elif tag == _PARAMETER_OBJECT:
            value.parameter_object = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _LAST_STARTED:
            value.last_started = read_datetime(child)
        elif tag == _CREATED:
            value.created = read_datetime(child)
        elif tag == _START_COUNT:
            value.start_count = read_int(child)
        elif tag == _DATABASE_SERIAL_NUMBER:
            value.database_serial_number = child.text or empty_or_nil(child)
        elif tag == _CONTEXT:
            value.context = child.text or empty_or_nil(child)
        elif tag == _RESULT:
            value.result = child.text or empty_or_nil(child)
        elif tag == _STATE:
            value.state = decode_xml_batch_task_state(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _RESPONSE:
            value.response = child.text or empty_or_nil(child)
        elif tag == _REQUEST:
            value.request = child.text or empty_or_nil(child)
        elif tag == _PROGRESS_DESCRIPTION:
            value.progress_description = child.text or empty_or_nil(child)
        elif tag == _PROGRESS_PERCENT:
            value.progress_percent = read_short(child)
        elif tag == _FILE_NAME:
            value.file_name = child.text or empty_or_nil(child)
        elif tag == _CANCELLATION_BEHAVIOUR:
            value.cancellation_behaviour = decode_xml_batch_task_cancellation_behaviour(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_batch_task_info(parent: Element | None, tag: str, value: BatchTaskInfo) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ID, value.id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _DETAILS_TABLE, value.details_table, write_short)
    put(element, _DETAILS_RECORD, value.details_record, write_int)
    put(element, _IS_SYSTEM_TASK, value.is_system_task, write_bool)
    put(element, _IS_INTERNAL_TASK, value.is_internal_task, write_bool)
    put(element, _PARAMETER_OBJECT, value.parameter_object, encode_xml_string_dictionary)
    put(element, _LAST_STARTED, value.last_started, write_datetime)
    put(element, _CREATED, value.created, write_datetime)
    put(element, _START_COUNT, value.start_count, write_int)
    put(element, _DATABASE_SERIAL_NUMBER, value.database_serial_number, write_str)
    put(element, _CONTEXT, value.context, write_str)
    put(element, _RESULT, value.result, write_str)
    put(element, _STATE, value.state, encode_xml_batch_task_state)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _RESPONSE, value.response, write_str)
    put(element, _REQUEST, value.request, write_str)
    put(element, _PROGRESS_DESCRIPTION, value.progress_description, write_str)
    put(element, _PROGRESS_PERCENT, value.progress_percent, write_short)
    put(element, _FILE_NAME, value.file_name, write_str)
    put(
        element,
        _CANCELLATION_BEHAVIOUR,
        value.cancellation_behaviour,
        encode_xml_batch_task_cancellation_behaviour,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_batch_task_info(data: Any, path: str) -> BatchTaskInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(BatchTaskInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.id = take_int(data, "Id", path)
    value.name = take_str_nillable(data, "Name", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.details_table = take(data, "DetailsTable", path, json_short)
    value.details_record = take_int(data, "DetailsRecord", path)
    value.is_system_task = take_bool(data, "IsSystemTask", path)
    value.is_internal_task = take_bool(data, "IsInternalTask", path)
    value.parameter_object = take_nillable(
        data, "ParameterObject", path, decode_json_string_dictionary
    )
    value.last_started = take(data, "LastStarted", path, json_datetime)
    value.created = take(data, "Created", path, json_datetime)
    value.start_count = take_int(data, "StartCount", path)
    value.database_serial_number = take_str_nillable(data, "DatabaseSerialNumber", path)
    value.context = take_str_nillable(data, "Context", path)
    value.result = take_str_nillable(data, "Result", path)
    value.state = take(data, "State", path, decode_json_batch_task_state)
    value.description = take_str_nillable(data, "Description", path)
    value.response = take_str_nillable(data, "Response", path)
    value.request = take_str_nillable(data, "Request", path)
    value.progress_description = take_str_nillable(data, "ProgressDescription", path)
    value.progress_percent = take(data, "ProgressPercent", path, json_short)
    value.file_name = take_str_nillable(data, "FileName", path)
    value.cancellation_behaviour = take(
        data, "CancellationBehaviour", path, decode_json_batch_task_cancellation_behaviour
    )
    value.extra = (
        None if _BATCH_TASK_INFO_KEYS.issuperset(data) else json_extra(data, _BATCH_TASK_INFO_KEYS)
    )
    return value


def encode_json_batch_task_info(value: BatchTaskInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Id", value.id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "DetailsTable", value.details_table, json_write_short)
    put_json(result, "DetailsRecord", value.details_record, json_write_int)
    put_json(result, "IsSystemTask", value.is_system_task, json_write_bool)
    put_json(result, "IsInternalTask", value.is_internal_task, json_write_bool)
    put_json(result, "ParameterObject", value.parameter_object, encode_json_string_dictionary)
    put_json(result, "LastStarted", value.last_started, json_write_datetime)
    put_json(result, "Created", value.created, json_write_datetime)
    put_json(result, "StartCount", value.start_count, json_write_int)
    put_json(result, "DatabaseSerialNumber", value.database_serial_number, json_write_str)
    put_json(result, "Context", value.context, json_write_str)
    put_json(result, "Result", value.result, json_write_str)
    put_json(result, "State", value.state, encode_json_batch_task_state)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Response", value.response, json_write_str)
    put_json(result, "Request", value.request, json_write_str)
    put_json(result, "ProgressDescription", value.progress_description, json_write_str)
    put_json(result, "ProgressPercent", value.progress_percent, json_write_short)
    put_json(result, "FileName", value.file_name, json_write_str)
    put_json(
        result,
        "CancellationBehaviour",
        value.cancellation_behaviour,
        encode_json_batch_task_cancellation_behaviour,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


BATCH_TASK_INFO_CODEC = Codec(
    decode_xml_batch_task_info,
    encode_xml_batch_task_info,
    decode_json_batch_task_info,
    encode_json_batch_task_info,
)


def decode_xml_list_of_batch_task_info(element: Element) -> list[BatchTaskInfo | None]:
    """``ArrayOfBatchTaskInfo``: a list of ``BatchTaskInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_batch_task_info(child))
        for child in element
        if child.tag == _BATCH_TASK_INFO
    ]


def encode_xml_list_of_batch_task_info(
    parent: Element | None, tag: str, value: list[BatchTaskInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _BATCH_TASK_INFO, item, encode_xml_batch_task_info)
    return element


def decode_json_list_of_batch_task_info(data: Any, path: str) -> list[BatchTaskInfo | None]:
    return json_items_nillable(data, path, decode_json_batch_task_info)


def encode_json_list_of_batch_task_info(value: list[BatchTaskInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_batch_task_info(item)) for item in value]


LIST_OF_BATCH_TASK_INFO_CODEC = Codec(
    decode_xml_list_of_batch_task_info,
    encode_xml_list_of_batch_task_info,
    decode_json_list_of_batch_task_info,
    encode_json_list_of_batch_task_info,
)
