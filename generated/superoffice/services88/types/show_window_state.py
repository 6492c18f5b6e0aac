"""Services88 types: ShowWindowState.

Used by the Configuration agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ShowWindowState(enum.Enum):
    """The ``ShowWindowState`` enumeration."""

    NORMAL = 0
    MAXIMIZED = 1
    MINIMIZED = 2


_SHOW_WINDOW_STATE_NAMES: dict[ShowWindowState, str] = {
    ShowWindowState.NORMAL: "Normal",
    ShowWindowState.MAXIMIZED: "Maximized",
    ShowWindowState.MINIMIZED: "Minimized",
}
_SHOW_WINDOW_STATE_BY_NAME: dict[str, ShowWindowState] = {
    "Normal": ShowWindowState.NORMAL,
    "Maximized": ShowWindowState.MAXIMIZED,
    "Minimized": ShowWindowState.MINIMIZED,
}
_SHOW_WINDOW_STATE_BY_VALUE: dict[int, ShowWindowState] = {
    member.value: member for member in ShowWindowState
}


def decode_xml_show_window_state(element: Element) -> ShowWindowState | str:
    return enum_from_text(element.text or "", _SHOW_WINDOW_STATE_BY_NAME)


def encode_xml_show_window_state(parent: Element, tag: str, value: ShowWindowState | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _SHOW_WINDOW_STATE_NAMES)


def decode_json_show_window_state(data: Any, path: str) -> ShowWindowState | str:
    return json_enum(data, path, _SHOW_WINDOW_STATE_BY_NAME, _SHOW_WINDOW_STATE_BY_VALUE)


def encode_json_show_window_state(value: ShowWindowState | str) -> str:
    return enum_to_text(value, _SHOW_WINDOW_STATE_NAMES)


SHOW_WINDOW_STATE_CODEC = Codec(
    decode_xml_show_window_state,
    encode_xml_show_window_state,
    decode_json_show_window_state,
    encode_json_show_window_state,
)
