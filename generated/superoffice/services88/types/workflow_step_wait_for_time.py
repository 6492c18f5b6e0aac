"""Services88 types: WorkflowStepWaitForTime.

Used by the Workflow agent.
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
    take_str_nillable,
    write_int,
    write_str,
)
from .workflow_step_base import WorkflowStepBase
from .workflow_step_type import (
    decode_json_workflow_step_type,
    decode_xml_workflow_step_type,
    encode_json_workflow_step_type,
    encode_xml_workflow_step_type,
)
from .workflow_time_wait_algorithm import (
    WorkflowTimeWaitAlgorithm,
    decode_json_workflow_time_wait_algorithm,
    decode_xml_workflow_time_wait_algorithm,
    encode_json_workflow_time_wait_algorithm,
    encode_xml_workflow_time_wait_algorithm,
)
from .workflow_time_wait_interval_type import (
    WorkflowTimeWaitIntervalType,
    decode_json_workflow_time_wait_interval_type,
    decode_xml_workflow_time_wait_interval_type,
    encode_json_workflow_time_wait_interval_type,
    encode_xml_workflow_time_wait_interval_type,
)

_INTERVAL_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IntervalType"
_NUM_INTERVALS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumIntervals"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_STEP_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StepType"
_TIME_WAIT_ALGORITHM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeWaitAlgorithm"
_UNTIL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Until"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"
_WORKFLOW_STEP_WAIT_FOR_TIME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepWaitForTime"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowStepWaitForTime(WorkflowStepBase):
    """The ``WorkflowStepWaitForTime`` record."""

    time_wait_algorithm: WorkflowTimeWaitAlgorithm | str | Unset = UNSET
    num_intervals: int | Unset = UNSET
    interval_type: WorkflowTimeWaitIntervalType | str | Unset = UNSET
    until: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_workflow_step_wait_for_time(None, _WORKFLOW_STEP_WAIT_FOR_TIME, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowStepWaitForTime:
        return record_from_xml(decode_xml_workflow_step_wait_for_time, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_step_wait_for_time(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowStepWaitForTime:
        return record_from_json(decode_json_workflow_step_wait_for_time, data)


_WORKFLOW_STEP_WAIT_FOR_TIME_KEYS = frozenset(
    (
        "WorkflowStepId",
        "WorkflowId",
        "StepType",
        "Rank",
        "TimeWaitAlgorithm",
        "NumIntervals",
        "IntervalType",
        "Until",
    )
)


def decode_xml_workflow_step_wait_for_time(element: Element) -> WorkflowStepWaitForTime:
    value = WorkflowStepWaitForTime()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _WORKFLOW_STEP_ID:
            value.workflow_step_id = read_int(child)
        elif tag == _WORKFLOW_ID:
            value.workflow_id = read_int(child)
        elif tag == _STEP_TYPE:
            value.step_type = decode_xml_workflow_step_type(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _TIME_WAIT_ALGORITHM:
            value.time_wait_algorithm = decode_xml_workflow_time_wait_algorithm(child)
        elif tag == _NUM_INTERVALS:
            value.num_intervals = read_int(child)
        elif tag == _INTERVAL_TYPE:
            value.interval_type = decode_xml_workflow_time_wait_interval_type(child)
        elif tag == _UNTIL:
            value.until = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_step_wait_for_time(
    parent: Element | None, tag: str, value: WorkflowStepWaitForTime
) -> Element:
    element = new_child(parent, tag)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _STEP_TYPE, value.step_type, encode_xml_workflow_step_type)
    put(element, _RANK, value.rank, write_int)
    put(
        element,
        _TIME_WAIT_ALGORITHM,
        value.time_wait_algorithm,
        encode_xml_workflow_time_wait_algorithm,
    )
    put(element, _NUM_INTERVALS, value.num_intervals, write_int)
    put(element, _INTERVAL_TYPE, value.interval_type, encode_xml_workflow_time_wait_interval_type)
    put(element, _UNTIL, value.until, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_step_wait_for_time(data: Any, path: str) -> WorkflowStepWaitForTime:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowStepWaitForTime)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.step_type = take(data, "StepType", path, decode_json_workflow_step_type)
    value.rank = take_int(data, "Rank", path)
    value.time_wait_algorithm = take(
        data, "TimeWaitAlgorithm", path, decode_json_workflow_time_wait_algorithm
    )
    value.num_intervals = take_int(data, "NumIntervals", path)
    value.interval_type = take(
        data, "IntervalType", path, decode_json_workflow_time_wait_interval_type
    )
    value.until = take_str_nillable(data, "Until", path)
    value.extra = (
        None
        if _WORKFLOW_STEP_WAIT_FOR_TIME_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_STEP_WAIT_FOR_TIME_KEYS)
    )
    return value


def encode_json_workflow_step_wait_for_time(value: WorkflowStepWaitForTime) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "StepType", value.step_type, encode_json_workflow_step_type)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(
        result,
        "TimeWaitAlgorithm",
        value.time_wait_algorithm,
        encode_json_workflow_time_wait_algorithm,
    )
    put_json(result, "NumIntervals", value.num_intervals, json_write_int)
    put_json(
        result, "IntervalType", value.interval_type, encode_json_workflow_time_wait_interval_type
    )
    put_json(result, "Until", value.until, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_STEP_WAIT_FOR_TIME_CODEC = Codec(
    decode_xml_workflow_step_wait_for_time,
    encode_xml_workflow_step_wait_for_time,
    decode_json_workflow_step_wait_for_time,
    encode_json_workflow_step_wait_for_time,
)
