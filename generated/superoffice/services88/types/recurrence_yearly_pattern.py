"""Services88 types: RecurrenceYearlyPattern.

Used by 4 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class RecurrenceYearlyPattern(enum.Enum):
    """The ``RecurrenceYearlyPattern`` enumeration."""

    UNKNOWN = 0
    DAY_OF_MONTH = 6
    WEEKDAY_OF_MONTH = 7


_RECURRENCE_YEARLY_PATTERN_NAMES: dict[RecurrenceYearlyPattern, str] = {
    RecurrenceYearlyPattern.UNKNOWN: "Unknown",
    RecurrenceYearlyPattern.DAY_OF_MONTH: "DayOfMonth",
    RecurrenceYearlyPattern.WEEKDAY_OF_MONTH: "WeekdayOfMonth",
}
_RECURRENCE_YEARLY_PATTERN_BY_NAME: dict[str, RecurrenceYearlyPattern] = {
    "Unknown": RecurrenceYearlyPattern.UNKNOWN,
    "DayOfMonth": RecurrenceYearlyPattern.DAY_OF_MONTH,
    "WeekdayOfMonth": RecurrenceYearlyPattern.WEEKDAY_OF_MONTH,
}
_RECURRENCE_YEARLY_PATTERN_BY_VALUE: dict[int, RecurrenceYearlyPattern] = {
    member.value: member for member in RecurrenceYearlyPattern
}


def decode_xml_recurrence_yearly_pattern(element: Element) -> RecurrenceYearlyPattern | str:
    return enum_from_text(element.text or "", _RECURRENCE_YEARLY_PATTERN_BY_NAME)


def encode_xml_recurrence_yearly_pattern(
    parent: Element, tag: str, value: RecurrenceYearlyPattern | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _RECURRENCE_YEARLY_PATTERN_NAMES)


def decode_json_recurrence_yearly_pattern(data: Any, path: str) -> RecurrenceYearlyPattern | str:
    return json_enum(
        data, path, _RECURRENCE_YEARLY_PATTERN_BY_NAME, _RECURRENCE_YEARLY_PATTERN_BY_VALUE
    )


def encode_json_recurrence_yearly_pattern(value: RecurrenceYearlyPattern | str) -> str:
    return enum_to_text(value, _RECURRENCE_YEARLY_PATTERN_NAMES)


RECURRENCE_YEARLY_PATTERN_CODEC = Codec(
    decode_xml_recurrence_yearly_pattern,
    encode_xml_recurrence_yearly_pattern,
    decode_json_recurrence_yearly_pattern,
    encode_json_recurrence_yearly_pattern,
)
