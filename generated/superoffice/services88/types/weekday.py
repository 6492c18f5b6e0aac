"""Services88 types: Weekday.

Used by 5 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class Weekday(enum.Flag, boundary=enum.KEEP):
    """The ``Weekday`` flags."""

    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 4
    THURSDAY = 8
    FRIDAY = 16
    SATURDAY = 32
    SUNDAY = 64


_WEEKDAY_NAMES: dict[Weekday, str] = {
    Weekday.MONDAY: "Monday",
    Weekday.TUESDAY: "Tuesday",
    Weekday.WEDNESDAY: "Wednesday",
    Weekday.THURSDAY: "Thursday",
    Weekday.FRIDAY: "Friday",
    Weekday.SATURDAY: "Saturday",
    Weekday.SUNDAY: "Sunday",
}
_WEEKDAY_BY_NAME: dict[str, Weekday] = {
    "Monday": Weekday.MONDAY,
    "Tuesday": Weekday.TUESDAY,
    "Wednesday": Weekday.WEDNESDAY,
    "Thursday": Weekday.THURSDAY,
    "Friday": Weekday.FRIDAY,
    "Saturday": Weekday.SATURDAY,
    "Sunday": Weekday.SUNDAY,
}
_WEEKDAY_NONE = Weekday(0)
_WEEKDAY_SEEN: dict[str, Weekday | str] = {}


def decode_xml_weekday(element: Element) -> Weekday | str:
    return flags_from_xml(element.text or "", _WEEKDAY_BY_NAME, _WEEKDAY_NONE, _WEEKDAY_SEEN)


def encode_xml_weekday(parent: Element, tag: str, value: Weekday | str) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _WEEKDAY_NAMES, " ")


def decode_json_weekday(data: Any, path: str) -> Weekday | str:
    return json_flags(data, path, _WEEKDAY_BY_NAME, _WEEKDAY_NONE, _WEEKDAY_SEEN)


def encode_json_weekday(value: Weekday | str) -> str | int:
    return flags_to_json(value, _WEEKDAY_NAMES)


WEEKDAY_CODEC = Codec(
    decode_xml_weekday, encode_xml_weekday, decode_json_weekday, encode_json_weekday
)
