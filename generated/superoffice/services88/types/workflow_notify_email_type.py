"""Services88 types: WorkflowNotifyEmailType.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WorkflowNotifyEmailType(enum.Enum):
    """The ``WorkflowNotifyEmailType`` enumeration."""

    OUR_CONTACT = 0
    OUR_SERVICE_CONTACT = 1
    SPECIFIC_EMAIL_ADDRESS = 2


_WORKFLOW_NOTIFY_EMAIL_TYPE_NAMES: dict[WorkflowNotifyEmailType, str] = {
    WorkflowNotifyEmailType.OUR_CONTACT: "OurContact",
    WorkflowNotifyEmailType.OUR_SERVICE_CONTACT: "OurServiceContact",
    WorkflowNotifyEmailType.SPECIFIC_EMAIL_ADDRESS: "SpecificEmailAddress",
}
_WORKFLOW_NOTIFY_EMAIL_TYPE_BY_NAME: dict[str, WorkflowNotifyEmailType] = {
    "OurContact": WorkflowNotifyEmailType.OUR_CONTACT,
    "OurServiceContact": WorkflowNotifyEmailType.OUR_SERVICE_CONTACT,
    "SpecificEmailAddress": WorkflowNotifyEmailType.SPECIFIC_EMAIL_ADDRESS,
}
_WORKFLOW_NOTIFY_EMAIL_TYPE_BY_VALUE: dict[int, WorkflowNotifyEmailType] = {
    member.value: member for member in WorkflowNotifyEmailType
}


def decode_xml_workflow_notify_email_type(element: Element) -> WorkflowNotifyEmailType | str:
    return enum_from_text(element.text or "", _WORKFLOW_NOTIFY_EMAIL_TYPE_BY_NAME)


def encode_xml_workflow_notify_email_type(
    parent: Element, tag: str, value: WorkflowNotifyEmailType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _WORKFLOW_NOTIFY_EMAIL_TYPE_NAMES)


def decode_json_workflow_notify_email_type(data: Any, path: str) -> WorkflowNotifyEmailType | str:
    return json_enum(
        data, path, _WORKFLOW_NOTIFY_EMAIL_TYPE_BY_NAME, _WORKFLOW_NOTIFY_EMAIL_TYPE_BY_VALUE
    )


def encode_json_workflow_notify_email_type(value: WorkflowNotifyEmailType | str) -> str:
    return enum_to_text(value, _WORKFLOW_NOTIFY_EMAIL_TYPE_NAMES)


WORKFLOW_NOTIFY_EMAIL_TYPE_CODEC = Codec(
    decode_xml_workflow_notify_email_type,
    encode_xml_workflow_notify_email_type,
    decode_json_workflow_notify_email_type,
    encode_json_workflow_notify_email_type,
)
