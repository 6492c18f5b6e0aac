"""Services88 types: WorkflowNotifySMSType.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WorkflowNotifySMSType(enum.Enum):
    """The ``WorkflowNotifySMSType`` enumeration."""

    OUR_CONTACT = 0
    OUR_SERVICE_CONTACT = 1
    SPECIFIC_PHONE_NUMBERS = 2


_WORKFLOW_NOTIFY_SMS_TYPE_NAMES: dict[WorkflowNotifySMSType, str] = {
    WorkflowNotifySMSType.OUR_CONTACT: "OurContact",
    WorkflowNotifySMSType.OUR_SERVICE_CONTACT: "OurServiceContact",
    WorkflowNotifySMSType.SPECIFIC_PHONE_NUMBERS: "SpecificPhoneNumbers",
}
_WORKFLOW_NOTIFY_SMS_TYPE_BY_NAME: dict[str, WorkflowNotifySMSType] = {
    "OurContact": WorkflowNotifySMSType.OUR_CONTACT,
    "OurServiceContact": WorkflowNotifySMSType.OUR_SERVICE_CONTACT,
    "SpecificPhoneNumbers": WorkflowNotifySMSType.SPECIFIC_PHONE_NUMBERS,
}
_WORKFLOW_NOTIFY_SMS_TYPE_BY_VALUE: dict[int, WorkflowNotifySMSType] = {
    member.value: member for member in WorkflowNotifySMSType
}


def decode_xml_workflow_notify_sms_type(element: Element) -> WorkflowNotifySMSType | str:
    return enum_from_text(element.text or "", _WORKFLOW_NOTIFY_SMS_TYPE_BY_NAME)


def encode_xml_workflow_notify_sms_type(
    parent: Element, tag: str, value: WorkflowNotifySMSType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _WORKFLOW_NOTIFY_SMS_TYPE_NAMES)


def decode_json_workflow_notify_sms_type(data: Any, path: str) -> WorkflowNotifySMSType | str:
    return json_enum(
        data, path, _WORKFLOW_NOTIFY_SMS_TYPE_BY_NAME, _WORKFLOW_NOTIFY_SMS_TYPE_BY_VALUE
    )


def encode_json_workflow_notify_sms_type(value: WorkflowNotifySMSType | str) -> str:
    return enum_to_text(value, _WORKFLOW_NOTIFY_SMS_TYPE_NAMES)


WORKFLOW_NOTIFY_SMS_TYPE_CODEC = Codec(
    decode_xml_workflow_notify_sms_type,
    encode_xml_workflow_notify_sms_type,
    decode_json_workflow_notify_sms_type,
    encode_json_workflow_notify_sms_type,
)
