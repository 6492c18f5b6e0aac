"""Services88 types: TargetPeriodType.

Used by the Targets agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TargetPeriodType(enum.Enum):
    """The ``TargetPeriodType`` enumeration."""

    NONE = 0
    YEAR = 1
    HALF_YEAR = 2
    QUARTER = 3
    MONTH = 4


_TARGET_PERIOD_TYPE_NAMES: dict[TargetPeriodType, str] = {
    TargetPeriodType.NONE: "None",
    TargetPeriodType.YEAR: "Year",
    TargetPeriodType.HALF_YEAR: "HalfYear",
    TargetPeriodType.QUARTER: "Quarter",
    TargetPeriodType.MONTH: "Month",
}
_TARGET_PERIOD_TYPE_BY_NAME: dict[str, TargetPeriodType] = {
    "None": TargetPeriodType.NONE,
    "Year": TargetPeriodType.YEAR,
    "HalfYear": TargetPeriodType.HALF_YEAR,
    "Quarter": TargetPeriodType.QUARTER,
    "Month": TargetPeriodType.MONTH,
}
_TARGET_PERIOD_TYPE_BY_VALUE: dict[int, TargetPeriodType] = {
    member.value: member for member in TargetPeriodType
}


def decode_xml_target_period_type(element: Element) -> TargetPeriodType | str:
    return enum_from_text(element.text or "", _TARGET_PERIOD_TYPE_BY_NAME)


def encode_xml_target_period_type(
    parent: Element, tag: str, value: TargetPeriodType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TARGET_PERIOD_TYPE_NAMES)


def decode_json_target_period_type(data: Any, path: str) -> TargetPeriodType | str:
    return json_enum(data, path, _TARGET_PERIOD_TYPE_BY_NAME, _TARGET_PERIOD_TYPE_BY_VALUE)


def encode_json_target_period_type(value: TargetPeriodType | str) -> str:
    return enum_to_text(value, _TARGET_PERIOD_TYPE_NAMES)


TARGET_PERIOD_TYPE_CODEC = Codec(
    decode_xml_target_period_type,
    encode_xml_target_period_type,
    decode_json_target_period_type,
    encode_json_target_period_type,
)
