"""Services88 types: SelectionType.

Used by the Selection agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class SelectionType(enum.Enum):
    """The ``SelectionType`` enumeration."""

    STATIC = 0
    DYNAMIC = 1
    COMBINED = 2


_SELECTION_TYPE_NAMES: dict[SelectionType, str] = {
    SelectionType.STATIC: "Static",
    SelectionType.DYNAMIC: "Dynamic",
    SelectionType.COMBINED: "Combined",
}
_SELECTION_TYPE_BY_NAME: dict[str, SelectionType] = {
    "Static": SelectionType.STATIC,
    "Dynamic": SelectionType.DYNAMIC,
    "Combined": SelectionType.COMBINED,
}
_SELECTION_TYPE_BY_VALUE: dict[int, SelectionType] = {
    member.value: member for member in SelectionType
}


def decode_xml_selection_type(element: Element) -> SelectionType | str:
    return enum_from_text(element.text or "", _SELECTION_TYPE_BY_NAME)


def encode_xml_selection_type(parent: Element, tag: str, value: SelectionType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _SELECTION_TYPE_NAMES)


def decode_json_selection_type(data: Any, path: str) -> SelectionType | str:
    return json_enum(data, path, _SELECTION_TYPE_BY_NAME, _SELECTION_TYPE_BY_VALUE)


def encode_json_selection_type(value: SelectionType | str) -> str:
    return enum_to_text(value, _SELECTION_TYPE_NAMES)


SELECTION_TYPE_CODEC = Codec(
    decode_xml_selection_type,
    encode_xml_selection_type,
    decode_json_selection_type,
    encode_json_selection_type,
)
