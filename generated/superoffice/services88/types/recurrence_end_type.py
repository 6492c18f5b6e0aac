"""Services88 types: RecurrenceEndType.

Used by 4 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class RecurrenceEndType(enum.Enum):
    """The ``RecurrenceEndType`` enumeration."""

    UNKNOWN = 0
    END_DATE = 1
    COUNTER = 2


_RECURRENCE_END_TYPE_NAMES: dict[RecurrenceEndType, str] = {
    RecurrenceEndType.UNKNOWN: "Unknown",
    RecurrenceEndType.END_DATE: "EndDate",
    RecurrenceEndType.COUNTER: "Counter",
}
_RECURRENCE_END_TYPE_BY_NAME: dict[str, RecurrenceEndType] = {
    "Unknown": RecurrenceEndType.UNKNOWN,
    "EndDate": RecurrenceEndType.END_DATE,
    "Counter": RecurrenceEndType.COUNTER,
}
_RECURRENCE_END_TYPE_BY_VALUE: dict[int, RecurrenceEndType] = {
    member.value: member for member in RecurrenceEndType
}


def decode_xml_recurrence_end_type(element: Element) -> RecurrenceEndType | str:
    return enum_from_text(element.text or "", _RECURRENCE_END_TYPE_BY_NAME)


def encode_xml_recurrence_end_type(
    parent: Element, tag: str, value: RecurrenceEndType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _RECURRENCE_END_TYPE_NAMES)


def decode_json_recurrence_end_type(data: Any, path: str) -> RecurrenceEndType | str:
    return json_enum(data, path, _RECURRENCE_END_TYPE_BY_NAME, _RECURRENCE_END_TYPE_BY_VALUE)


def encode_json_recurrence_end_type(value: RecurrenceEndType | str) -> str:
    return enum_to_text(value, _RECURRENCE_END_TYPE_NAMES)


RECURRENCE_END_TYPE_CODEC = Codec(
    decode_xml_recurrence_end_type,
    encode_xml_recurrence_end_type,
    decode_json_recurrence_end_type,
    encode_json_recurrence_end_type,
)
