"""Services88 types: TaskType.

Used by 7 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TaskType(enum.Enum):
    """The ``TaskType`` enumeration."""

    UNKNOWN = 0
    APPOINTMENT = 1
    DOCUMENT = 2
    EMAIL = 3
    FAX = 4
    PHONE = 5
    TO_DO = 6
    MAIL_MERGE_DRAFT = 7
    MAIL_MERGE_FINAL = 8
    REPORT = 9
    SAINT_ALL = 10


_TASK_TYPE_NAMES: dict[TaskType, str] = {
    TaskType.UNKNOWN: "Unknown",
    TaskType.APPOINTMENT: "Appointment",
    TaskType.DOCUMENT: "Document",
    TaskType.EMAIL: "Email",
    TaskType.FAX: "Fax",
    TaskType.PHONE: "Phone",
    TaskType.TO_DO: "ToDo",
    TaskType.MAIL_MERGE_DRAFT: "MailMergeDraft",
    TaskType.MAIL_MERGE_FINAL: "MailMergeFinal",
    TaskType.REPORT: "Report",
    TaskType.SAINT_ALL: "SaintAll",
}
_TASK_TYPE_BY_NAME: dict[str, TaskType] = {
    "Unknown": TaskType.UNKNOWN,
    "Appointment": TaskType.APPOINTMENT,
    "Document": TaskType.DOCUMENT,
    "Email": TaskType.EMAIL,
    "Fax": TaskType.FAX,
    "Phone": TaskType.PHONE,
    "ToDo": TaskType.TO_DO,
    "MailMergeDraft": TaskType.MAIL_MERGE_DRAFT,
    "MailMergeFinal": TaskType.MAIL_MERGE_FINAL,
    "Report": TaskType.REPORT,
    "SaintAll": TaskType.SAINT_ALL,
}
_TASK_TYPE_BY_VALUE: dict[int, TaskType] = {member.value: member for member in TaskType}


def decode_xml_task_type(element: Element) -> TaskType | str:
    return enum_from_text(element.text or "", _TASK_TYPE_BY_NAME)


def encode_xml_task_type(parent: Element, tag: str, value: TaskType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TASK_TYPE_NAMES)


def decode_json_task_type(data: Any, path: str) -> TaskType | str:
    return json_enum(data, path, _TASK_TYPE_BY_NAME, _TASK_TYPE_BY_VALUE)


def encode_json_task_type(value: TaskType | str) -> str:
    return enum_to_text(value, _TASK_TYPE_NAMES)


TASK_TYPE_CODEC = Codec(
    decode_xml_task_type, encode_xml_task_type, decode_json_task_type, encode_json_task_type
)
