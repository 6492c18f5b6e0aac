"""Services88 types: WorkflowActionType.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WorkflowActionType(enum.Enum):
    """The ``WorkflowActionType`` enumeration."""

    NONE = 0
    FIRST_AVAILABLE = 1
    FIRST_AVAILABLE_AFTER = 2
    TODAY = 3
    AFTER = 4
    ESTIMATED = 5


_WORKFLOW_ACTION_TYPE_NAMES: dict[WorkflowActionType, str] = {
    WorkflowActionType.NONE: "None",
    WorkflowActionType.FIRST_AVAILABLE: "FirstAvailable",
    WorkflowActionType.FIRST_AVAILABLE_AFTER: "FirstAvailableAfter",
    WorkflowActionType.TODAY: "Today",
    WorkflowActionType.AFTER: "After",
    WorkflowActionType.ESTIMATED: "Estimated",
}
_WORKFLOW_ACTION_TYPE_BY_NAME: dict[str, WorkflowActionType] = {
    "None": WorkflowActionType.NONE,
    "FirstAvailable": WorkflowActionType.FIRST_AVAILABLE,
    "FirstAvailableAfter": WorkflowActionType.FIRST_AVAILABLE_AFTER,
    "Today": WorkflowActionType.TODAY,
    "After": WorkflowActionType.AFTER,
    "Estimated": WorkflowActionType.ESTIMATED,
}
_WORKFLOW_ACTION_TYPE_BY_VALUE: dict[int, WorkflowActionType] = {
    member.value: member for member in WorkflowActionType
}


def decode_xml_workflow_action_type(element: Element) -> WorkflowActionType | str:
    return enum_from_text(element.text or "", _WORKFLOW_ACTION_TYPE_BY_NAME)


def encode_xml_workflow_action_type(
    parent: Element, tag: str, value: WorkflowActionType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _WORKFLOW_ACTION_TYPE_NAMES)


def decode_json_workflow_action_type(data: Any, path: str) -> WorkflowActionType | str:
    return json_enum(data, path, _WORKFLOW_ACTION_TYPE_BY_NAME, _WORKFLOW_ACTION_TYPE_BY_VALUE)


def encode_json_workflow_action_type(value: WorkflowActionType | str) -> str:
    return enum_to_text(value, _WORKFLOW_ACTION_TYPE_NAMES)


WORKFLOW_ACTION_TYPE_CODEC = Codec(
    decode_xml_workflow_action_type,
    encode_xml_workflow_action_type,
    decode_json_workflow_action_type,
    encode_json_workflow_action_type,
)
