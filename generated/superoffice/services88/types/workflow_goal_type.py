"""Services88 types: WorkflowGoalType.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WorkflowGoalType(enum.Enum):
    """The ``WorkflowGoalType`` enumeration."""

    NONE = 0
    PERSON_UPDATED = 1
    SALE_CREATED_ON_PERSON = 2
    SALE_CREATED_ON_COMPANY = 3
    APPOINTMENT_CREATED = 4
    ADDED_TO_PROJECT = 5
    ADDED_TO_SELECTION = 6
    FORM_SUBMITTED = 7
    HAD_CHAT = 8
    LINK_CLICKED = 9
    REQUEST_CREATED = 10


_WORKFLOW_GOAL_TYPE_NAMES: dict[WorkflowGoalType, str] = {
    WorkflowGoalType.NONE: "None",
    WorkflowGoalType.PERSON_UPDATED: "PersonUpdated",
    WorkflowGoalType.SALE_CREATED_ON_PERSON: "SaleCreatedOnPerson",
    WorkflowGoalType.SALE_CREATED_ON_COMPANY: "SaleCreatedOnCompany",
    WorkflowGoalType.APPOINTMENT_CREATED: "AppointmentCreated",
    WorkflowGoalType.ADDED_TO_PROJECT: "AddedToProject",
    WorkflowGoalType.ADDED_TO_SELECTION: "AddedToSelection",
    WorkflowGoalType.FORM_SUBMITTED: "FormSubmitted",
    WorkflowGoalType.HAD_CHAT: "HadChat",
    WorkflowGoalType.LINK_CLICKED: "LinkClicked",
    WorkflowGoalType.REQUEST_CREATED: "RequestCreated",
}
_WORKFLOW_GOAL_TYPE_BY_NAME: dict[str, WorkflowGoalType] = {
    "None": WorkflowGoalType.NONE,
    "PersonUpdated": WorkflowGoalType.PERSON_UPDATED,
    "SaleCreatedOnPerson": WorkflowGoalType.SALE_CREATED_ON_PERSON,
    "SaleCreatedOnCompany": WorkflowGoalType.SALE_CREATED_ON_COMPANY,
    "AppointmentCreated": WorkflowGoalType.APPOINTMENT_CREATED,
    "AddedToProject": WorkflowGoalType.ADDED_TO_PROJECT,
    "AddedToSelection": WorkflowGoalType.ADDED_TO_SELECTION,
    "FormSubmitted": WorkflowGoalType.FORM_SUBMITTED,
    "HadChat": WorkflowGoalType.HAD_CHAT,
    "LinkClicked": WorkflowGoalType.LINK_CLICKED,
    "RequestCreated": WorkflowGoalType.REQUEST_CREATED,
}
_WORKFLOW_GOAL_TYPE_BY_VALUE: dict[int, WorkflowGoalType] = {
    member.value: member for member in WorkflowGoalType
}


def decode_xml_workflow_goal_type(element: Element) -> WorkflowGoalType | str:
    return enum_from_text(element.text or "", _WORKFLOW_GOAL_TYPE_BY_NAME)


def encode_xml_workflow_goal_type(
    parent: Element, tag: str, value: WorkflowGoalType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _WORKFLOW_GOAL_TYPE_NAMES)


def decode_json_workflow_goal_type(data: Any, path: str) -> WorkflowGoalType | str:
    return json_enum(data, path, _WORKFLOW_GOAL_TYPE_BY_NAME, _WORKFLOW_GOAL_TYPE_BY_VALUE)


def encode_json_workflow_goal_type(value: WorkflowGoalType | str) -> str:
    return enum_to_text(value, _WORKFLOW_GOAL_TYPE_NAMES)


WORKFLOW_GOAL_TYPE_CODEC = Codec(
    decode_xml_workflow_goal_type,
    encode_xml_workflow_goal_type,
    decode_json_workflow_goal_type,
    encode_json_workflow_goal_type,
)
