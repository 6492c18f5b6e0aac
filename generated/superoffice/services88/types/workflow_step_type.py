"""Services88 types: WorkflowStepType.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WorkflowStepType(enum.Enum):
    """The ``WorkflowStepType`` enumeration."""

    NONE = 0
    SEND_EMAIL = 1
    SEND_SMS = 2
    WAIT_FOR_TIME = 3
    WAIT_FOR_ACTION = 4
    SPLIT = 5
    UPDATE_PARTICIPANT = 6
    ADD_TO_LIST = 7
    REMOVE_FROM_LIST = 8
    CREATE_REQUEST = 9
    CREATE_FOLLOW_UP = 10
    CREATE_SALE = 11
    NOTIFY_BY_EMAIL = 12
    NOTIFY_BY_SMS = 13
    RUN_SCRIPT = 14
    DISTRIBUTE_TO_OWNER = 15


_WORKFLOW_STEP_TYPE_NAMES: dict[WorkflowStepType, str] = {
    WorkflowStepType.NONE: "None",
    WorkflowStepType.SEND_EMAIL: "SendEmail",
    WorkflowStepType.SEND_SMS: "SendSMS",
    WorkflowStepType.WAIT_FOR_TIME: "WaitForTime",
    WorkflowStepType.WAIT_FOR_ACTION: "WaitForAction",
    WorkflowStepType.SPLIT: "Split",
    WorkflowStepType.UPDATE_PARTICIPANT: "UpdateParticipant",
    WorkflowStepType.ADD_TO_LIST: "AddToList",
    WorkflowStepType.REMOVE_FROM_LIST: "RemoveFromList",
    WorkflowStepType.CREATE_REQUEST: "CreateRequest",
    WorkflowStepType.CREATE_FOLLOW_UP: "CreateFollowUp",
    WorkflowStepType.CREATE_SALE: "CreateSale",
    WorkflowStepType.NOTIFY_BY_EMAIL: "NotifyByEmail",
    WorkflowStepType.NOTIFY_BY_SMS: "NotifyBySMS",
    WorkflowStepType.RUN_SCRIPT: "RunScript",
    WorkflowStepType.DISTRIBUTE_TO_OWNER: "DistributeToOwner",
}
_WORKFLOW_STEP_TYPE_BY_NAME: dict[str, WorkflowStepType] = {
    "None": WorkflowStepType.NONE,
    "SendEmail": WorkflowStepType.SEND_EMAIL,
    "SendSMS": WorkflowStepType.SEND_SMS,
    "WaitForTime": WorkflowStepType.WAIT_FOR_TIME,
    "WaitForAction": WorkflowStepType.WAIT_FOR_ACTION,
    "Split": WorkflowStepType.SPLIT,
    "UpdateParticipant": WorkflowStepType.UPDATE_PARTICIPANT,
    "AddToList": WorkflowStepType.ADD_TO_LIST,
    "RemoveFromList": WorkflowStepType.REMOVE_FROM_LIST,
    "CreateRequest": WorkflowStepType.CREATE_REQUEST,
    "CreateFollowUp": WorkflowStepType.CREATE_FOLLOW_UP,
    "CreateSale": WorkflowStepType.CREATE_SALE,
    "NotifyByEmail": WorkflowStepType.NOTIFY_BY_EMAIL,
    "NotifyBySMS": WorkflowStepType.NOTIFY_BY_SMS,
    "RunScript": WorkflowStepType.RUN_SCRIPT,
    "DistributeToOwner": WorkflowStepType.DISTRIBUTE_TO_OWNER,
}
_WORKFLOW_STEP_TYPE_BY_VALUE: dict[int, WorkflowStepType] = {
    member.value: member for member in WorkflowStepType
}


def decode_xml_workflow_step_type(element: Element) -> WorkflowStepType | str:
    return enum_from_text(element.text or "", _WORKFLOW_STEP_TYPE_BY_NAME)


def encode_xml_workflow_step_type(
    parent: Element, tag: str, value: WorkflowStepType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _WORKFLOW_STEP_TYPE_NAMES)


def decode_json_workflow_step_type(data: Any, path: str) -> WorkflowStepType | str:
    return json_enum(data, path, _WORKFLOW_STEP_TYPE_BY_NAME, _WORKFLOW_STEP_TYPE_BY_VALUE)


def encode_json_workflow_step_type(value: WorkflowStepType | str) -> str:
    return enum_to_text(value, _WORKFLOW_STEP_TYPE_NAMES)


WORKFLOW_STEP_TYPE_CODEC = Codec(
    decode_xml_workflow_step_type,
    encode_xml_workflow_step_type,
    decode_json_workflow_step_type,
    encode_json_workflow_step_type,
)
