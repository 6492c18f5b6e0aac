"""Services88 types: WorkflowEventType.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WorkflowEventType(enum.Enum):
    """The ``WorkflowEventType`` enumeration."""

    NONE = 0
    RUN = 1
    PERSON_CREATED = 1001
    PERSON_UPDATED = 1002
    ADDED_TO_PROJECT = 1003
    CREATED_REQUEST = 1004
    LINK_CLICKED = 1005
    ADDED_TO_SELECTION = 1006
    FORM_SUBMITTED = 1007
    ADDED_MESSAGE = 1008
    STARTED_CHAT = 1009
    ORDER_PLACED = 1010
    SALE_CREATED = 1011
    SALE_SOLD = 1012
    SALE_LOST = 1013


_WORKFLOW_EVENT_TYPE_NAMES: dict[WorkflowEventType, str] = {
    WorkflowEventType.NONE: "None",
    WorkflowEventType.RUN: "Run",
    WorkflowEventType.PERSON_CREATED: "PersonCreated",
    WorkflowEventType.PERSON_UPDATED: "PersonUpdated",
    WorkflowEventType.ADDED_TO_PROJECT: "AddedToProject",
    WorkflowEventType.CREATED_REQUEST: "CreatedRequest",
    WorkflowEventType.LINK_CLICKED: "LinkClicked",
    WorkflowEventType.ADDED_TO_SELECTION: "AddedToSelection",
    WorkflowEventType.FORM_SUBMITTED: "FormSubmitted",
    WorkflowEventType.ADDED_MESSAGE: "AddedMessage",
    WorkflowEventType.STARTED_CHAT: "StartedChat",
    WorkflowEventType.ORDER_PLACED: "OrderPlaced",
    WorkflowEventType.SALE_CREATED: "SaleCreated",
    WorkflowEventType.SALE_SOLD: "SaleSold",
    WorkflowEventType.SALE_LOST: "SaleLost",
}
_WORKFLOW_EVENT_TYPE_BY_NAME: dict[str, WorkflowEventType] = {
    "None": WorkflowEventType.NONE,
    "Run": WorkflowEventType.RUN,
    "PersonCreated": WorkflowEventType.PERSON_CREATED,
    "PersonUpdated": WorkflowEventType.PERSON_UPDATED,
    "AddedToProject": WorkflowEventType.ADDED_TO_PROJECT,
    "CreatedRequest": WorkflowEventType.CREATED_REQUEST,
    "LinkClicked": WorkflowEventType.LINK_CLICKED,
    "AddedToSelection": WorkflowEventType.ADDED_TO_SELECTION,
    "FormSubmitted": WorkflowEventType.FORM_SUBMITTED,
    "AddedMessage": WorkflowEventType.ADDED_MESSAGE,
    "StartedChat": WorkflowEventType.STARTED_CHAT,
    "OrderPlaced": WorkflowEventType.ORDER_PLACED,
    "SaleCreated": WorkflowEventType.SALE_CREATED,
    "SaleSold": WorkflowEventType.SALE_SOLD,
    "SaleLost": WorkflowEventType.SALE_LOST,
}
_WORKFLOW_EVENT_TYPE_BY_VALUE: dict[int, WorkflowEventType] = {
    member.value: member for member in WorkflowEventType
}


def decode_xml_workflow_event_type(element: Element) -> WorkflowEventType | str:
    return enum_from_text(element.text or "", _WORKFLOW_EVENT_TYPE_BY_NAME)


def encode_xml_workflow_event_type(
    parent: Element, tag: str, value: WorkflowEventType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _WORKFLOW_EVENT_TYPE_NAMES)


def decode_json_workflow_event_type(data: Any, path: str) -> WorkflowEventType | str:
    return json_enum(data, path, _WORKFLOW_EVENT_TYPE_BY_NAME, _WORKFLOW_EVENT_TYPE_BY_VALUE)


def encode_json_workflow_event_type(value: WorkflowEventType | str) -> str:
    return enum_to_text(value, _WORKFLOW_EVENT_TYPE_NAMES)


WORKFLOW_EVENT_TYPE_CODEC = Codec(
    decode_xml_workflow_event_type,
    encode_xml_workflow_event_type,
    decode_json_workflow_event_type,
    encode_json_workflow_event_type,
)
