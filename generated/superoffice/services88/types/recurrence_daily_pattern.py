"""Services88 types: RecurrenceDailyPattern.

Used by 4 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class RecurrenceDailyPattern(enum.Enum):
    """The ``RecurrenceDailyPattern`` enumeration."""

    UNKNOWN = 0
    EVERY_WORKDAY = 1
    EVERY_WEEKDAY = 2
    EVERY_CYCLIC_DAY = 3


_RECURRENCE_DAILY_PATTERN_NAMES: dict[RecurrenceDailyPattern, str] = {
    RecurrenceDailyPattern.UNKNOWN: "Unknown",
    RecurrenceDailyPattern.EVERY_WORKDAY: "EveryWorkday",
    RecurrenceDailyPattern.EVERY_WEEKDAY: "EveryWeekday",
    RecurrenceDailyPattern.EVERY_CYCLIC_DAY: "EveryCyclicDay",
}
_RECURRENCE_DAILY_PATTERN_BY_NAME: dict[str, RecurrenceDailyPattern] = {
    "Unknown": RecurrenceDailyPattern.UNKNOWN,
    "EveryWorkday": RecurrenceDailyPattern.EVERY_WORKDAY,
    "EveryWeekday": RecurrenceDailyPattern.EVERY_WEEKDAY,
    "EveryCyclicDay": RecurrenceDailyPattern.EVERY_CYCLIC_DAY,
}
_RECURRENCE_DAILY_PATTERN_BY_VALUE: dict[int, RecurrenceDailyPattern] = {
    member.value: member for member in RecurrenceDailyPattern
}


def decode_xml_recurrence_daily_pattern(element: Element) -> RecurrenceDailyPattern | str:
    return enum_from_text(element.text or "", _RECURRENCE_DAILY_PATTERN_BY_NAME)


def encode_xml_recurrence_daily_pattern(
    parent: Element, tag: str, value: RecurrenceDailyPattern | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _RECURRENCE_DAILY_PATTERN_NAMES)


def decode_json_recurrence_daily_pattern(data: Any, path: str) -> RecurrenceDailyPattern | str:
    return json_enum(
        data, path, _RECURRENCE_DAILY_PATTERN_BY_NAME, _RECURRENCE_DAILY_PATTERN_BY_VALUE
    )


def encode_json_recurrence_daily_pattern(value: RecurrenceDailyPattern | str) -> str:
    return enum_to_text(value, _RECURRENCE_DAILY_PATTERN_NAMES)


RECURRENCE_DAILY_PATTERN_CODEC = Codec(
    decode_xml_recurrence_daily_pattern,
    encode_xml_recurrence_daily_pattern,
    decode_json_recurrence_daily_pattern,
    encode_json_recurrence_daily_pattern,
)
