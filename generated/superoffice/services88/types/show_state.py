"""Services88 types: ShowState.

Used by the List agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class ShowState(enum.Flag, boundary=enum.KEEP):
    """The ``ShowState`` flags."""

    MAXIMIZED = 1
    DEFAULT = 2
    UNDEFINED_VALUE_4 = 4
    UNDEFINED_VALUE_8 = 8
    UNDEFINED_VALUE_16 = 16
    UNDEFINED_VALUE_32 = 32
    UNDEFINED_VALUE_64 = 64
    UNDEFINED_VALUE_128 = 128
    TOOL_BAR = 256
    ADDRESS_BAR = 512
    STATUS_BAR = 1024
    MENU_BAR = 2048


_SHOW_STATE_NAMES: dict[ShowState, str] = {
    ShowState.MAXIMIZED: "Maximized",
    ShowState.DEFAULT: "Default",
    ShowState.UNDEFINED_VALUE_4: "UndefinedValue4",
    ShowState.UNDEFINED_VALUE_8: "UndefinedValue8",
    ShowState.UNDEFINED_VALUE_16: "UndefinedValue16",
    ShowState.UNDEFINED_VALUE_32: "UndefinedValue32",
    ShowState.UNDEFINED_VALUE_64: "UndefinedValue64",
    ShowState.UNDEFINED_VALUE_128: "UndefinedValue128",
    ShowState.TOOL_BAR: "ToolBar",
    ShowState.ADDRESS_BAR: "AddressBar",
    ShowState.STATUS_BAR: "StatusBar",
    ShowState.MENU_BAR: "MenuBar",
}
_SHOW_STATE_BY_NAME: dict[str, ShowState] = {
    "Maximized": ShowState.MAXIMIZED,
    "Default": ShowState.DEFAULT,
    "UndefinedValue4": ShowState.UNDEFINED_VALUE_4,
    "UndefinedValue8": ShowState.UNDEFINED_VALUE_8,
    "UndefinedValue16": ShowState.UNDEFINED_VALUE_16,
    "UndefinedValue32": ShowState.UNDEFINED_VALUE_32,
    "UndefinedValue64": ShowState.UNDEFINED_VALUE_64,
    "UndefinedValue128": ShowState.UNDEFINED_VALUE_128,
    "ToolBar": ShowState.TOOL_BAR,
    "AddressBar": ShowState.ADDRESS_BAR,
    "StatusBar": ShowState.STATUS_BAR,
    "MenuBar": ShowState.MENU_BAR,
}
_SHOW_STATE_NONE = ShowState(0)
_SHOW_STATE_SEEN: dict[str, ShowState | str] = {}


def decode_xml_show_state(element: Element) -> ShowState | str:
    return flags_from_xml(
        element.text or "", _SHOW_STATE_BY_NAME, _SHOW_STATE_NONE, _SHOW_STATE_SEEN
    )


def encode_xml_show_state(parent: Element, tag: str, value: ShowState | str) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _SHOW_STATE_NAMES, " ")


def decode_json_show_state(data: Any, path: str) -> ShowState | str:
    return json_flags(data, path, _SHOW_STATE_BY_NAME, _SHOW_STATE_NONE, _SHOW_STATE_SEEN)


def encode_json_show_state(value: ShowState | str) -> str | int:
    return flags_to_json(value, _SHOW_STATE_NAMES)


SHOW_STATE_CODEC = Codec(
    decode_xml_show_state, encode_xml_show_state, decode_json_show_state, encode_json_show_state
)
