"""Services88 types: TaskDirection.

Used by 4 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TaskDirection(enum.Enum):
    """The ``TaskDirection`` enumeration."""

    UNKNOWN = 0
    INCOMING = 1
    OUTGOING = 2
    SAINT_ALL = 3


_TASK_DIRECTION_NAMES: dict[TaskDirection, str] = {
    TaskDirection.UNKNOWN: "Unknown",
    TaskDirection.INCOMING: "Incoming",
    TaskDirection.OUTGOING: "Outgoing",
    TaskDirection.SAINT_ALL: "SaintAll",
}
_TASK_DIRECTION_BY_NAME: dict[str, TaskDirection] = {
    "Unknown": TaskDirection.UNKNOWN,
    "Incoming": TaskDirection.INCOMING,
    "Outgoing": TaskDirection.OUTGOING,
    "SaintAll": TaskDirection.SAINT_ALL,
}
_TASK_DIRECTION_BY_VALUE: dict[int, TaskDirection] = {
    member.value: member for member in TaskDirection
}


def decode_xml_task_direction(element: Element) -> TaskDirection | str:
    return enum_from_text(element.text or "", _TASK_DIRECTION_BY_NAME)


def encode_xml_task_direction(parent: Element, tag: str, value: TaskDirection | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TASK_DIRECTION_NAMES)


def decode_json_task_direction(data: Any, path: str) -> TaskDirection | str:
    return json_enum(data, path, _TASK_DIRECTION_BY_NAME, _TASK_DIRECTION_BY_VALUE)


def encode_json_task_direction(value: TaskDirection | str) -> str:
    return enum_to_text(value, _TASK_DIRECTION_NAMES)


TASK_DIRECTION_CODEC = Codec(
    decode_xml_task_direction,
    encode_xml_task_direction,
    decode_json_task_direction,
    encode_json_task_direction,
)
