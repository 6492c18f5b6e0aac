"""Services88 types: RecurrenceMonthlyPattern.

Used by 4 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class RecurrenceMonthlyPattern(enum.Enum):
    """The ``RecurrenceMonthlyPattern`` enumeration."""

    UNKNOWN = 0
    DAY_OF_MONTH = 4
    WEEKDAY_OF_MONTH = 5


_RECURRENCE_MONTHLY_PATTERN_NAMES: dict[RecurrenceMonthlyPattern, str] = {
    RecurrenceMonthlyPattern.UNKNOWN: "Unknown",
    RecurrenceMonthlyPattern.DAY_OF_MONTH: "DayOfMonth",
    RecurrenceMonthlyPattern.WEEKDAY_OF_MONTH: "WeekdayOfMonth",
}
_RECURRENCE_MONTHLY_PATTERN_BY_NAME: dict[str, RecurrenceMonthlyPattern] = {
    "Unknown": RecurrenceMonthlyPattern.UNKNOWN,
    "DayOfMonth": RecurrenceMonthlyPattern.DAY_OF_MONTH,
    "WeekdayOfMonth": RecurrenceMonthlyPattern.WEEKDAY_OF_MONTH,
}
_RECURRENCE_MONTHLY_PATTERN_BY_VALUE: dict[int, RecurrenceMonthlyPattern] = {
    member.value: member for member in RecurrenceMonthlyPattern
}


def decode_xml_recurrence_monthly_pattern(element: Element) -> RecurrenceMonthlyPattern | str:
    return enum_from_text(element.text or "", _RECURRENCE_MONTHLY_PATTERN_BY_NAME)


def encode_xml_recurrence_monthly_pattern(
    parent: Element, tag: str, value: RecurrenceMonthlyPattern | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _RECURRENCE_MONTHLY_PATTERN_NAMES)


def decode_json_recurrence_monthly_pattern(data: Any, path: str) -> RecurrenceMonthlyPattern | str:
    return json_enum(
        data, path, _RECURRENCE_MONTHLY_PATTERN_BY_NAME, _RECURRENCE_MONTHLY_PATTERN_BY_VALUE
    )


def encode_json_recurrence_monthly_pattern(value: RecurrenceMonthlyPattern | str) -> str:
    return enum_to_text(value, _RECURRENCE_MONTHLY_PATTERN_NAMES)


RECURRENCE_MONTHLY_PATTERN_CODEC = Codec(
    decode_xml_recurrence_monthly_pattern,
    encode_xml_recurrence_monthly_pattern,
    decode_json_recurrence_monthly_pattern,
    encode_json_recurrence_monthly_pattern,
)
