"""Services88 types: WorkflowSplitOptionType.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WorkflowSplitOptionType(enum.Enum):
    """The ``WorkflowSplitOptionType`` enumeration."""

    NONE = 0
    PERSON_DATA = 1
    FORM_SUBMISSION = 2
    LINK_CLICKED = 3
    PROJECT_MEMBERSHIP = 4
    SELECTION_MEMBERSHIP = 5
    FORM_DATA = 6


_WORKFLOW_SPLIT_OPTION_TYPE_NAMES: dict[WorkflowSplitOptionType, str] = {
    WorkflowSplitOptionType.NONE: "None",
    WorkflowSplitOptionType.PERSON_DATA: "PersonData",
    WorkflowSplitOptionType.FORM_SUBMISSION: "FormSubmission",
    WorkflowSplitOptionType.LINK_CLICKED: "LinkClicked",
    WorkflowSplitOptionType.PROJECT_MEMBERSHIP: "ProjectMembership",
    WorkflowSplitOptionType.SELECTION_MEMBERSHIP: "SelectionMembership",
    WorkflowSplitOptionType.FORM_DATA: "FormData",
}
_WORKFLOW_SPLIT_OPTION_TYPE_BY_NAME: dict[str, WorkflowSplitOptionType] = {
    "None": WorkflowSplitOptionType.NONE,
    "PersonData": WorkflowSplitOptionType.PERSON_DATA,
    "FormSubmission": WorkflowSplitOptionType.FORM_SUBMISSION,
    "LinkClicked": WorkflowSplitOptionType.LINK_CLICKED,
    "ProjectMembership": WorkflowSplitOptionType.PROJECT_MEMBERSHIP,
    "SelectionMembership": WorkflowSplitOptionType.SELECTION_MEMBERSHIP,
    "FormData": WorkflowSplitOptionType.FORM_DATA,
}
_WORKFLOW_SPLIT_OPTION_TYPE_BY_VALUE: dict[int, WorkflowSplitOptionType] = {
    member.value: member for member in WorkflowSplitOptionType
}


def decode_xml_workflow_split_option_type(element: Element) -> WorkflowSplitOptionType | str:
    return enum_from_text(element.text or "", _WORKFLOW_SPLIT_OPTION_TYPE_BY_NAME)


def encode_xml_workflow_split_option_type(
    parent: Element, tag: str, value: WorkflowSplitOptionType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _WORKFLOW_SPLIT_OPTION_TYPE_NAMES)


def decode_json_workflow_split_option_type(data: Any, path: str) -> WorkflowSplitOptionType | str:
    return json_enum(
        data, path, _WORKFLOW_SPLIT_OPTION_TYPE_BY_NAME, _WORKFLOW_SPLIT_OPTION_TYPE_BY_VALUE
    )


def encode_json_workflow_split_option_type(value: WorkflowSplitOptionType | str) -> str:
    return enum_to_text(value, _WORKFLOW_SPLIT_OPTION_TYPE_NAMES)


WORKFLOW_SPLIT_OPTION_TYPE_CODEC = Codec(
    decode_xml_workflow_split_option_type,
    encode_xml_workflow_split_option_type,
    decode_json_workflow_split_option_type,
    encode_json_workflow_split_option_type,
)
