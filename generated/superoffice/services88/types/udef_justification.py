"""Services88 types: UdefJustification.

Used by the UserDefinedFieldInfo agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class UdefJustification(enum.Enum):
    """The ``UdefJustification`` enumeration."""

    DEFAULT = 0
    LEFT = 1
    CENTER = 2
    RIGHT = 3


_UDEF_JUSTIFICATION_NAMES: dict[UdefJustification, str] = {
    UdefJustification.DEFAULT: "Default",
    UdefJustification.LEFT: "Left",
    UdefJustification.CENTER: "Center",
    UdefJustification.RIGHT: "Right",
}
_UDEF_JUSTIFICATION_BY_NAME: dict[str, UdefJustification] = {
    "Default": UdefJustification.DEFAULT,
    "Left": UdefJustification.LEFT,
    "Center": UdefJustification.CENTER,
    "Right": UdefJustification.RIGHT,
}
_UDEF_JUSTIFICATION_BY_VALUE: dict[int, UdefJustification] = {
    member.value: member for member in UdefJustification
}


def decode_xml_udef_justification(element: Element) -> UdefJustification | str:
    return enum_from_text(element.text or "", _UDEF_JUSTIFICATION_BY_NAME)


def encode_xml_udef_justification(
    parent: Element, tag: str, value: UdefJustification | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _UDEF_JUSTIFICATION_NAMES)


def decode_json_udef_justification(data: Any, path: str) -> UdefJustification | str:
    return json_enum(data, path, _UDEF_JUSTIFICATION_BY_NAME, _UDEF_JUSTIFICATION_BY_VALUE)


def encode_json_udef_justification(value: UdefJustification | str) -> str:
    return enum_to_text(value, _UDEF_JUSTIFICATION_NAMES)


UDEF_JUSTIFICATION_CODEC = Codec(
    decode_xml_udef_justification,
    encode_xml_udef_justification,
    decode_json_udef_justification,
    encode_json_udef_justification,
)
