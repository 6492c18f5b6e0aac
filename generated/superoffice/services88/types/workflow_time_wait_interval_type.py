"""Services88 types: WorkflowTimeWaitIntervalType.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WorkflowTimeWaitIntervalType(enum.Enum):
    """The ``WorkflowTimeWaitIntervalType`` enumeration."""

    NONE = 0
    SECONDS = 1
    MINUTES = 2
    HOURS = 3
    WORKING_DAYS = 4
    DAYS = 5
    WEEKS = 6


_WORKFLOW_TIME_WAIT_INTERVAL_TYPE_NAMES: dict[WorkflowTimeWaitIntervalType, str] = {
    WorkflowTimeWaitIntervalType.NONE: "None",
    WorkflowTimeWaitIntervalType.SECONDS: "Seconds",
    WorkflowTimeWaitIntervalType.MINUTES: "Minutes",
    WorkflowTimeWaitIntervalType.HOURS: "Hours",
    WorkflowTimeWaitIntervalType.WORKING_DAYS: "WorkingDays",
    WorkflowTimeWaitIntervalType.DAYS: "Days",
    WorkflowTimeWaitIntervalType.WEEKS: "Weeks",
}
_WORKFLOW_TIME_WAIT_INTERVAL_TYPE_BY_NAME: dict[str, WorkflowTimeWaitIntervalType] = {
    "None": WorkflowTimeWaitIntervalType.NONE,
    "Seconds": WorkflowTimeWaitIntervalType.SECONDS,
    "Minutes": WorkflowTimeWaitIntervalType.MINUTES,
    "Hours": WorkflowTimeWaitIntervalType.HOURS,
    "WorkingDays": WorkflowTimeWaitIntervalType.WORKING_DAYS,
    "Days": WorkflowTimeWaitIntervalType.DAYS,
    "Weeks": WorkflowTimeWaitIntervalType.WEEKS,
}
_WORKFLOW_TIME_WAIT_INTERVAL_TYPE_BY_VALUE: dict[int, WorkflowTimeWaitIntervalType] = {
    member.value: member for member in WorkflowTimeWaitIntervalType
}


def decode_xml_workflow_time_wait_interval_type(
    element: Element,
) -> WorkflowTimeWaitIntervalType | str:
    return enum_from_text(element.text or "", _WORKFLOW_TIME_WAIT_INTERVAL_TYPE_BY_NAME)


def encode_xml_workflow_time_wait_interval_type(
    parent: Element, tag: str, value: WorkflowTimeWaitIntervalType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(
        value, _WORKFLOW_TIME_WAIT_INTERVAL_TYPE_NAMES
    )


def decode_json_workflow_time_wait_interval_type(
    data: Any, path: str
) -> WorkflowTimeWaitIntervalType | str:
    return json_enum(
        data,
        path,
        _WORKFLOW_TIME_WAIT_INTERVAL_TYPE_BY_NAME,
        _WORKFLOW_TIME_WAIT_INTERVAL_TYPE_BY_VALUE,
    )


def encode_json_workflow_time_wait_interval_type(value: WorkflowTimeWaitIntervalType | str) -> str:
    return enum_to_text(value, _WORKFLOW_TIME_WAIT_INTERVAL_TYPE_NAMES)


WORKFLOW_TIME_WAIT_INTERVAL_TYPE_CODEC = Codec(
    decode_xml_workflow_time_wait_interval_type,
    encode_xml_workflow_time_wait_interval_type,
    decode_json_workflow_time_wait_interval_type,
    encode_json_workflow_time_wait_interval_type,
)
