"""Services88 types: WorkflowTriggerType.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WorkflowTriggerType(enum.Enum):
    """The ``WorkflowTriggerType`` enumeration."""

    NONE = 0
    PERSON_CREATED = 1
    PERSON_UPDATED = 2
    ADDED_TO_PROJECT = 3
    CREATED_REQUEST = 4
    LINK_CLICKED = 5
    ADDED_TO_SELECTION = 6
    FORM_SUBMITTED = 7
    ADDED_MESSAGE = 8
    STARTED_CHAT = 9
    ORDER_PLACED = 10
    SALE_CREATED = 11
    SALE_SOLD = 12
    SALE_LOST = 13


_WORKFLOW_TRIGGER_TYPE_NAMES: dict[WorkflowTriggerType, str] = {
    WorkflowTriggerType.NONE: "None",
    WorkflowTriggerType.PERSON_CREATED: "PersonCreated",
    WorkflowTriggerType.PERSON_UPDATED: "PersonUpdated",
    WorkflowTriggerType.ADDED_TO_PROJECT: "AddedToProject",
    WorkflowTriggerType.CREATED_REQUEST: "CreatedRequest",
    WorkflowTriggerType.LINK_CLICKED: "LinkClicked",
    WorkflowTriggerType.ADDED_TO_SELECTION: "AddedToSelection",
    WorkflowTriggerType.FORM_SUBMITTED: "FormSubmitted",
    WorkflowTriggerType.ADDED_MESSAGE: "AddedMessage",
    WorkflowTriggerType.STARTED_CHAT: "StartedChat",
    WorkflowTriggerType.ORDER_PLACED: "OrderPlaced",
    WorkflowTriggerType.SALE_CREATED: "SaleCreated",
    WorkflowTriggerType.SALE_SOLD: "SaleSold",
    WorkflowTriggerType.SALE_LOST: "SaleLost",
}
_WORKFLOW_TRIGGER_TYPE_BY_NAME: dict[str, WorkflowTriggerType] = {
    "None": WorkflowTriggerType.NONE,
    "PersonCreated": WorkflowTriggerType.PERSON_CREATED,
    "PersonUpdated": WorkflowTriggerType.PERSON_UPDATED,
    "AddedToProject": WorkflowTriggerType.ADDED_TO_PROJECT,
    "CreatedRequest": WorkflowTriggerType.CREATED_REQUEST,
    "LinkClicked": WorkflowTriggerType.LINK_CLICKED,
    "AddedToSelection": WorkflowTriggerType.ADDED_TO_SELECTION,
    "FormSubmitted": WorkflowTriggerType.FORM_SUBMITTED,
    "AddedMessage": WorkflowTriggerType.ADDED_MESSAGE,
    "StartedChat": WorkflowTriggerType.STARTED_CHAT,
    "OrderPlaced": WorkflowTriggerType.ORDER_PLACED,
    "SaleCreated": WorkflowTriggerType.SALE_CREATED,
    "SaleSold": WorkflowTriggerType.SALE_SOLD,
    "SaleLost": WorkflowTriggerType.SALE_LOST,
}
_WORKFLOW_TRIGGER_TYPE_BY_VALUE: dict[int, WorkflowTriggerType] = {
    member.value: member for member in WorkflowTriggerType
}


def decode_xml_workflow_trigger_type(element: Element) -> WorkflowTriggerType | str:
    return enum_from_text(element.text or "", _WORKFLOW_TRIGGER_TYPE_BY_NAME)


def encode_xml_workflow_trigger_type(
    parent: Element, tag: str, value: WorkflowTriggerType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _WORKFLOW_TRIGGER_TYPE_NAMES)


def decode_json_workflow_trigger_type(data: Any, path: str) -> WorkflowTriggerType | str:
    return json_enum(data, path, _WORKFLOW_TRIGGER_TYPE_BY_NAME, _WORKFLOW_TRIGGER_TYPE_BY_VALUE)


def encode_json_workflow_trigger_type(value: WorkflowTriggerType | str) -> str:
    return enum_to_text(value, _WORKFLOW_TRIGGER_TYPE_NAMES)


WORKFLOW_TRIGGER_TYPE_CODEC = Codec(
    decode_xml_workflow_trigger_type,
    encode_xml_workflow_trigger_type,
    decode_json_workflow_trigger_type,
    encode_json_workflow_trigger_type,
)
