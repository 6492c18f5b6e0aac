"""Services88 types: AssignmentStatus.

Used by 6 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class AssignmentStatus(enum.Enum):
    """The ``AssignmentStatus`` enumeration."""

    UNKNOWN = 0
    NONE = 1
    ASSIGNING = 11
    SEEN = 12
    DECLINED = 13


_ASSIGNMENT_STATUS_NAMES: dict[AssignmentStatus, str] = {
    AssignmentStatus.UNKNOWN: "Unknown",
    AssignmentStatus.NONE: "None",
    AssignmentStatus.ASSIGNING: "Assigning",
    AssignmentStatus.SEEN: "Seen",
    AssignmentStatus.DECLINED: "Declined",
}
_ASSIGNMENT_STATUS_BY_NAME: dict[str, AssignmentStatus] = {
    "Unknown": AssignmentStatus.UNKNOWN,
    "None": AssignmentStatus.NONE,
    "Assigning": AssignmentStatus.ASSIGNING,
    "Seen": AssignmentStatus.SEEN,
    "Declined": AssignmentStatus.DECLINED,
}
_ASSIGNMENT_STATUS_BY_VALUE: dict[int, AssignmentStatus] = {
    member.value: member for member in AssignmentStatus
}


def decode_xml_assignment_status(element: Element) -> AssignmentStatus | str:
    return enum_from_text(element.text or "", _ASSIGNMENT_STATUS_BY_NAME)


def encode_xml_assignment_status(parent: Element, tag: str, value: AssignmentStatus | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _ASSIGNMENT_STATUS_NAMES)


def decode_json_assignment_status(data: Any, path: str) -> AssignmentStatus | str:
    return json_enum(data, path, _ASSIGNMENT_STATUS_BY_NAME, _ASSIGNMENT_STATUS_BY_VALUE)


def encode_json_assignment_status(value: AssignmentStatus | str) -> str:
    return enum_to_text(value, _ASSIGNMENT_STATUS_NAMES)


ASSIGNMENT_STATUS_CODEC = Codec(
    decode_xml_assignment_status,
    encode_xml_assignment_status,
    decode_json_assignment_status,
    encode_json_assignment_status,
)
