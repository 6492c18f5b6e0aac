"""Services88 types: RecurrencePattern.

Used by 6 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class RecurrencePattern(enum.Enum):
    """The ``RecurrencePattern`` enumeration."""

    UNKNOWN = 0
    DAILY = 1
    WEEKLY = 2
    MONTHLY = 3
    YEARLY = 4
    CUSTOM = 5


_RECURRENCE_PATTERN_NAMES: dict[RecurrencePattern, str] = {
    RecurrencePattern.UNKNOWN: "Unknown",
    RecurrencePattern.DAILY: "Daily",
    RecurrencePattern.WEEKLY: "Weekly",
    RecurrencePattern.MONTHLY: "Monthly",
    RecurrencePattern.YEARLY: "Yearly",
    RecurrencePattern.CUSTOM: "Custom",
}
_RECURRENCE_PATTERN_BY_NAME: dict[str, RecurrencePattern] = {
    "Unknown": RecurrencePattern.UNKNOWN,
    "Daily": RecurrencePattern.DAILY,
    "Weekly": RecurrencePattern.WEEKLY,
    "Monthly": RecurrencePattern.MONTHLY,
    "Yearly": RecurrencePattern.YEARLY,
    "Custom": RecurrencePattern.CUSTOM,
}
_RECURRENCE_PATTERN_BY_VALUE: dict[int, RecurrencePattern] = {
    member.value: member for member in RecurrencePattern
}


def decode_xml_recurrence_pattern(element: Element) -> RecurrencePattern | str:
    return enum_from_text(element.text or "", _RECURRENCE_PATTERN_BY_NAME)


def encode_xml_recurrence_pattern(
    parent: Element, tag: str, value: RecurrencePattern | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _RECURRENCE_PATTERN_NAMES)


def decode_json_recurrence_pattern(data: Any, path: str) -> RecurrencePattern | str:
    return json_enum(data, path, _RECURRENCE_PATTERN_BY_NAME, _RECURRENCE_PATTERN_BY_VALUE)


def encode_json_recurrence_pattern(value: RecurrencePattern | str) -> str:
    return enum_to_text(value, _RECURRENCE_PATTERN_NAMES)


RECURRENCE_PATTERN_CODEC = Codec(
    decode_xml_recurrence_pattern,
    encode_xml_recurrence_pattern,
    decode_json_recurrence_pattern,
    encode_json_recurrence_pattern,
)
