"""Services88 types: DurationUnit.

Used by the List agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class DurationUnit(enum.Enum):
    """The ``DurationUnit`` enumeration."""

    UNKNOWN = 0
    SECOND = 1
    MINUTE = 2
    HOUR = 3
    DAY = 4
    WEEK = 5
    MONTH = 6
    QUARTER = 7
    HALF_YEAR = 8
    YEAR = 9
    DECADE = 10
    CENTURY = 11
    MILLENIUM = 12


_DURATION_UNIT_NAMES: dict[DurationUnit, str] = {
    DurationUnit.UNKNOWN: "Unknown",
    DurationUnit.SECOND: "Second",
    DurationUnit.MINUTE: "Minute",
    DurationUnit.HOUR: "Hour",
    DurationUnit.DAY: "Day",
    DurationUnit.WEEK: "Week",
    DurationUnit.MONTH: "Month",
    DurationUnit.QUARTER: "Quarter",
    DurationUnit.HALF_YEAR: "HalfYear",
    DurationUnit.YEAR: "Year",
    DurationUnit.DECADE: "Decade",
    DurationUnit.CENTURY: "Century",
    DurationUnit.MILLENIUM: "Millenium",
}
_DURATION_UNIT_BY_NAME: dict[str, DurationUnit] = {
    "Unknown": DurationUnit.UNKNOWN,
    "Second": DurationUnit.SECOND,
    "Minute": DurationUnit.MINUTE,
    "Hour": DurationUnit.HOUR,
    "Day": DurationUnit.DAY,
    "Week": DurationUnit.WEEK,
    "Month": DurationUnit.MONTH,
    "Quarter": DurationUnit.QUARTER,
    "HalfYear": DurationUnit.HALF_YEAR,
    "Year": DurationUnit.YEAR,
    "Decade": DurationUnit.DECADE,
    "Century": DurationUnit.CENTURY,
    "Millenium": DurationUnit.MILLENIUM,
}
_DURATION_UNIT_BY_VALUE: dict[int, DurationUnit] = {
    member.value: member for member in DurationUnit
}


def decode_xml_duration_unit(element: Element) -> DurationUnit | str:
    return enum_from_text(element.text or "", _DURATION_UNIT_BY_NAME)


def encode_xml_duration_unit(parent: Element, tag: str, value: DurationUnit | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _DURATION_UNIT_NAMES)


def decode_json_duration_unit(data: Any, path: str) -> DurationUnit | str:
    return json_enum(data, path, _DURATION_UNIT_BY_NAME, _DURATION_UNIT_BY_VALUE)


def encode_json_duration_unit(value: DurationUnit | str) -> str:
    return enum_to_text(value, _DURATION_UNIT_NAMES)


DURATION_UNIT_CODEC = Codec(
    decode_xml_duration_unit,
    encode_xml_duration_unit,
    decode_json_duration_unit,
    encode_json_duration_unit,
)
