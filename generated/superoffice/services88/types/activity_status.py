"""Services88 types: ActivityStatus.

Used by 12 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ActivityStatus(enum.Enum):
    """The ``ActivityStatus`` enumeration."""

    UNKNOWN = 0
    NOT_STARTED = 1
    STARTED = 2
    COMPLETED = 3


_ACTIVITY_STATUS_NAMES: dict[ActivityStatus, str] = {
    ActivityStatus.UNKNOWN: "Unknown",
    ActivityStatus.NOT_STARTED: "NotStarted",
    ActivityStatus.STARTED: "Started",
    ActivityStatus.COMPLETED: "Completed",
}
_ACTIVITY_STATUS_BY_NAME: dict[str, ActivityStatus] = {
    "Unknown": ActivityStatus.UNKNOWN,
    "NotStarted": ActivityStatus.NOT_STARTED,
    "Started": ActivityStatus.STARTED,
    "Completed": ActivityStatus.COMPLETED,
}
_ACTIVITY_STATUS_BY_VALUE: dict[int, ActivityStatus] = {
    member.value: member for member in ActivityStatus
}


def decode_xml_activity_status(element: Element) -> ActivityStatus | str:
    return enum_from_text(element.text or "", _ACTIVITY_STATUS_BY_NAME)


def encode_xml_activity_status(parent: Element, tag: str, value: ActivityStatus | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _ACTIVITY_STATUS_NAMES)


def decode_json_activity_status(data: Any, path: str) -> ActivityStatus | str:
    return json_enum(data, path, _ACTIVITY_STATUS_BY_NAME, _ACTIVITY_STATUS_BY_VALUE)


def encode_json_activity_status(value: ActivityStatus | str) -> str:
    return enum_to_text(value, _ACTIVITY_STATUS_NAMES)


ACTIVITY_STATUS_CODEC = Codec(
    decode_xml_activity_status,
    encode_xml_activity_status,
    decode_json_activity_status,
    encode_json_activity_status,
)
