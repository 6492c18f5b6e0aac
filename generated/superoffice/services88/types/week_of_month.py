"""Services88 types: WeekOfMonth.

Used by 4 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WeekOfMonth(enum.Enum):
    """The ``WeekOfMonth`` enumeration."""

    UNKNOWN = 0
    FIRST = 1
    SECOND = 2
    THIRD = 3
    FOURTH = 4
    LAST = 5


_WEEK_OF_MONTH_NAMES: dict[WeekOfMonth, str] = {
    WeekOfMonth.UNKNOWN: "Unknown",
    WeekOfMonth.FIRST: "First",
    WeekOfMonth.SECOND: "Second",
    WeekOfMonth.THIRD: "Third",
    WeekOfMonth.FOURTH: "Fourth",
    WeekOfMonth.LAST: "Last",
}
_WEEK_OF_MONTH_BY_NAME: dict[str, WeekOfMonth] = {
    "Unknown": WeekOfMonth.UNKNOWN,
    "First": WeekOfMonth.FIRST,
    "Second": WeekOfMonth.SECOND,
    "Third": WeekOfMonth.THIRD,
    "Fourth": WeekOfMonth.FOURTH,
    "Last": WeekOfMonth.LAST,
}
_WEEK_OF_MONTH_BY_VALUE: dict[int, WeekOfMonth] = {member.value: member for member in WeekOfMonth}


def decode_xml_week_of_month(element: Element) -> WeekOfMonth | str:
    return enum_from_text(element.text or "", _WEEK_OF_MONTH_BY_NAME)


def encode_xml_week_of_month(parent: Element, tag: str, value: WeekOfMonth | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _WEEK_OF_MONTH_NAMES)


def decode_json_week_of_month(data: Any, path: str) -> WeekOfMonth | str:
    return json_enum(data, path, _WEEK_OF_MONTH_BY_NAME, _WEEK_OF_MONTH_BY_VALUE)


def encode_json_week_of_month(value: WeekOfMonth | str) -> str:
    return enum_to_text(value, _WEEK_OF_MONTH_NAMES)


WEEK_OF_MONTH_CODEC = Codec(
    decode_xml_week_of_month,
    encode_xml_week_of_month,
    decode_json_week_of_month,
    encode_json_week_of_month,
)
