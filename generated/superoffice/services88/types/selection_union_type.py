"""Services88 types: SelectionUnionType.

Used by the Selection agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class SelectionUnionType(enum.Enum):
    """The ``SelectionUnionType`` enumeration."""

    UNKNOWN = 0
    SUBTRACT_RIGHT_FROM_LEFT = 1
    SUBTRACT_LEFT_FROM_RIGHT = 2
    INTERSECT = 3
    XOR = 4
    UNION = 5


_SELECTION_UNION_TYPE_NAMES: dict[SelectionUnionType, str] = {
    SelectionUnionType.UNKNOWN: "Unknown",
    SelectionUnionType.SUBTRACT_RIGHT_FROM_LEFT: "SubtractRightFromLeft",
    SelectionUnionType.SUBTRACT_LEFT_FROM_RIGHT: "SubtractLeftFromRight",
    SelectionUnionType.INTERSECT: "Intersect",
    SelectionUnionType.XOR: "XOR",
    SelectionUnionType.UNION: "Union",
}
_SELECTION_UNION_TYPE_BY_NAME: dict[str, SelectionUnionType] = {
    "Unknown": SelectionUnionType.UNKNOWN,
    "SubtractRightFromLeft": SelectionUnionType.SUBTRACT_RIGHT_FROM_LEFT,
    "SubtractLeftFromRight": SelectionUnionType.SUBTRACT_LEFT_FROM_RIGHT,
    "Intersect": SelectionUnionType.INTERSECT,
    "XOR": SelectionUnionType.XOR,
    "Union": SelectionUnionType.UNION,
}
_SELECTION_UNION_TYPE_BY_VALUE: dict[int, SelectionUnionType] = {
    member.value: member for member in SelectionUnionType
}


def decode_xml_selection_union_type(element: Element) -> SelectionUnionType | str:
    return enum_from_text(element.text or "", _SELECTION_UNION_TYPE_BY_NAME)


def encode_xml_selection_union_type(
    parent: Element, tag: str, value: SelectionUnionType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _SELECTION_UNION_TYPE_NAMES)


def decode_json_selection_union_type(data: Any, path: str) -> SelectionUnionType | str:
    return json_enum(data, path, _SELECTION_UNION_TYPE_BY_NAME, _SELECTION_UNION_TYPE_BY_VALUE)


def encode_json_selection_union_type(value: SelectionUnionType | str) -> str:
    return enum_to_text(value, _SELECTION_UNION_TYPE_NAMES)


SELECTION_UNION_TYPE_CODEC = Codec(
    decode_xml_selection_union_type,
    encode_xml_selection_union_type,
    decode_json_selection_union_type,
    encode_json_selection_union_type,
)
