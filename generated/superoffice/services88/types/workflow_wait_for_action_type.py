"""Services88 types: WorkflowWaitForActionType.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WorkflowWaitForActionType(enum.Enum):
    """The ``WorkflowWaitForActionType`` enumeration."""

    NONE = 0
    LINK_CLICKED = 1
    FORM_SUBMITTED = 2


_WORKFLOW_WAIT_FOR_ACTION_TYPE_NAMES: dict[WorkflowWaitForActionType, str] = {
    WorkflowWaitForActionType.NONE: "None",
    WorkflowWaitForActionType.LINK_CLICKED: "LinkClicked",
    WorkflowWaitForActionType.FORM_SUBMITTED: "FormSubmitted",
}
_WORKFLOW_WAIT_FOR_ACTION_TYPE_BY_NAME: dict[str, WorkflowWaitForActionType] = {
    "None": WorkflowWaitForActionType.NONE,
    "LinkClicked": WorkflowWaitForActionType.LINK_CLICKED,
    "FormSubmitted": WorkflowWaitForActionType.FORM_SUBMITTED,
}
_WORKFLOW_WAIT_FOR_ACTION_TYPE_BY_VALUE: dict[int, WorkflowWaitForActionType] = {
    member.value: member for member in WorkflowWaitForActionType
}


def decode_xml_workflow_wait_for_action_type(element: Element) -> WorkflowWaitForActionType | str:
    return enum_from_text(element.text or "", _WORKFLOW_WAIT_FOR_ACTION_TYPE_BY_NAME)


def encode_xml_workflow_wait_for_action_type(
    parent: Element, tag: str, value: WorkflowWaitForActionType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _WORKFLOW_WAIT_FOR_ACTION_TYPE_NAMES)


def decode_json_workflow_wait_for_action_type(
    data: Any, path: str
) -> WorkflowWaitForActionType | str:
    return json_enum(
        data, path, _WORKFLOW_WAIT_FOR_ACTION_TYPE_BY_NAME, _WORKFLOW_WAIT_FOR_ACTION_TYPE_BY_VALUE
    )


def encode_json_workflow_wait_for_action_type(value: WorkflowWaitForActionType | str) -> str:
    return enum_to_text(value, _WORKFLOW_WAIT_FOR_ACTION_TYPE_NAMES)


WORKFLOW_WAIT_FOR_ACTION_TYPE_CODEC = Codec(
    decode_xml_workflow_wait_for_action_type,
    encode_xml_workflow_wait_for_action_type,
    decode_json_workflow_wait_for_action_type,
    encode_json_workflow_wait_for_action_type,
)
