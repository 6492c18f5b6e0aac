"""Services88 types: ColorIndex.

Used by 4 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ColorIndex(enum.Enum):
    """The ``ColorIndex`` enumeration."""

    LIGHT_BLUE = 0
    DARK_BLUE = 1
    LIGHT_GRAY = 2
    DARK_GRAY = 3
    LIGHT_GREEN = 4
    DARK_GREEN = 5
    LIGHT_YELLOW = 6
    DARK_YELLOW = 7
    LIGHT_RED = 8
    DARK_RED = 9
    BLUE_ALT_1 = 10
    BLUE_ALT_2 = 11
    BLUE_ALT_3 = 12
    GRAY_ALT_1 = 13
    GRAY_ALT_2 = 14
    GRAY_ALT_3 = 15
    GREEN_ALT_1 = 16
    GREEN_ALT_2 = 17
    GREEN_ALT_3 = 18
    YELLOW_ALT_1 = 19
    YELLOW_ALT_2 = 20
    YELLOW_ALT_3 = 21
    RED_ALT_1 = 22
    RED_ALT_2 = 23
    RED_ALT_3 = 24


_COLOR_INDEX_NAMES: dict[ColorIndex, str] = {
    ColorIndex.LIGHT_BLUE: "LightBlue",
    ColorIndex.DARK_BLUE: "DarkBlue",
    ColorIndex.LIGHT_GRAY: "LightGray",
    ColorIndex.DARK_GRAY: "DarkGray",
    ColorIndex.LIGHT_GREEN: "LightGreen",
    ColorIndex.DARK_GREEN: "DarkGreen",
    ColorIndex.LIGHT_YELLOW: "LightYellow",
    ColorIndex.DARK_YELLOW: "DarkYellow",
    ColorIndex.LIGHT_RED: "LightRed",
    ColorIndex.DARK_RED: "DarkRed",
    ColorIndex.BLUE_ALT_1: "BlueAlt1",
    ColorIndex.BLUE_ALT_2: "BlueAlt2",
    ColorIndex.BLUE_ALT_3: "BlueAlt3",
    ColorIndex.GRAY_ALT_1: "GrayAlt1",
    ColorIndex.GRAY_ALT_2: "GrayAlt2",
    ColorIndex.GRAY_ALT_3: "GrayAlt3",
    ColorIndex.GREEN_ALT_1: "GreenAlt1",
    ColorIndex.GREEN_ALT_2: "GreenAlt2",
    ColorIndex.GREEN_ALT_3: "GreenAlt3",
    ColorIndex.YELLOW_ALT_1: "YellowAlt1",
    ColorIndex.YELLOW_ALT_2: "YellowAlt2",
    ColorIndex.YELLOW_ALT_3: "YellowAlt3",
    ColorIndex.RED_ALT_1: "RedAlt1",
    ColorIndex.RED_ALT_2: "RedAlt2",
    ColorIndex.RED_ALT_3: "RedAlt3",
}
_COLOR_INDEX_BY_NAME: dict[str, ColorIndex] = {
    "LightBlue": ColorIndex.LIGHT_BLUE,
    "DarkBlue": ColorIndex.DARK_BLUE,
    "LightGray": ColorIndex.LIGHT_GRAY,
    "DarkGray": ColorIndex.DARK_GRAY,
    "LightGreen": ColorIndex.LIGHT_GREEN,
    "DarkGreen": ColorIndex.DARK_GREEN,
    "LightYellow": ColorIndex.LIGHT_YELLOW,
    "DarkYellow": ColorIndex.DARK_YELLOW,
    "LightRed": ColorIndex.LIGHT_RED,
    "DarkRed": ColorIndex.DARK_RED,
    "BlueAlt1": ColorIndex.BLUE_ALT_1,
    "BlueAlt2": ColorIndex.BLUE_ALT_2,
    "BlueAlt3": ColorIndex.BLUE_ALT_3,
    "GrayAlt1": ColorIndex.GRAY_ALT_1,
    "GrayAlt2": ColorIndex.GRAY_ALT_2,
    "GrayAlt3": ColorIndex.GRAY_ALT_3,
    "GreenAlt1": ColorIndex.GREEN_ALT_1,
    "GreenAlt2": ColorIndex.GREEN_ALT_2,
    "GreenAlt3": ColorIndex.GREEN_ALT_3,
    "YellowAlt1": ColorIndex.YELLOW_ALT_1,
    "YellowAlt2": ColorIndex.YELLOW_ALT_2,
    "YellowAlt3": ColorIndex.YELLOW_ALT_3,
    "RedAlt1": ColorIndex.RED_ALT_1,
    "RedAlt2": ColorIndex.RED_ALT_2,
    "RedAlt3": ColorIndex.RED_ALT_3,
}
_COLOR_INDEX_BY_VALUE: dict[int, ColorIndex] = {member.value: member for member in ColorIndex}


def decode_xml_color_index(element: Element) -> ColorIndex | str:
    return enum_from_text(element.text or "", _COLOR_INDEX_BY_NAME)


def encode_xml_color_index(parent: Element, tag: str, value: ColorIndex | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _COLOR_INDEX_NAMES)


def decode_json_color_index(data: Any, path: str) -> ColorIndex | str:
    return json_enum(data, path, _COLOR_INDEX_BY_NAME, _COLOR_INDEX_BY_VALUE)


def encode_json_color_index(value: ColorIndex | str) -> str:
    return enum_to_text(value, _COLOR_INDEX_NAMES)


COLOR_INDEX_CODEC = Codec(
    decode_xml_color_index,
    encode_xml_color_index,
    decode_json_color_index,
    encode_json_color_index,
)
