"""Services88 types: WidgetTheme.

Used by the Chat agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WidgetTheme(enum.Enum):
    """The ``WidgetTheme`` enumeration."""

    CLASSIC = 0
    MODERN = 1


_WIDGET_THEME_NAMES: dict[WidgetTheme, str] = {
    WidgetTheme.CLASSIC: "Classic",
    WidgetTheme.MODERN: "Modern",
}
_WIDGET_THEME_BY_NAME: dict[str, WidgetTheme] = {
    "Classic": WidgetTheme.CLASSIC,
    "Modern": WidgetTheme.MODERN,
}
_WIDGET_THEME_BY_VALUE: dict[int, WidgetTheme] = {member.value: member for member in WidgetTheme}


def decode_xml_widget_theme(element: Element) -> WidgetTheme | str:
    return enum_from_text(element.text or "", _WIDGET_THEME_BY_NAME)


def encode_xml_widget_theme(parent: Element, tag: str, value: WidgetTheme | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _WIDGET_THEME_NAMES)


def decode_json_widget_theme(data: Any, path: str) -> WidgetTheme | str:
    return json_enum(data, path, _WIDGET_THEME_BY_NAME, _WIDGET_THEME_BY_VALUE)


def encode_json_widget_theme(value: WidgetTheme | str) -> str:
    return enum_to_text(value, _WIDGET_THEME_NAMES)


WIDGET_THEME_CODEC = Codec(
    decode_xml_widget_theme,
    encode_xml_widget_theme,
    decode_json_widget_theme,
    encode_json_widget_theme,
)
