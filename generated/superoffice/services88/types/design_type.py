"""Services88 types: DesignType.

Used by the Marketing agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class DesignType(enum.Enum):
    """The ``DesignType`` enumeration."""

    UNKNOWN = 0
    SO_EDITOR = 1
    UNLAYER = 2


_DESIGN_TYPE_NAMES: dict[DesignType, str] = {
    DesignType.UNKNOWN: "Unknown",
    DesignType.SO_EDITOR: "SOEditor",
    DesignType.UNLAYER: "Unlayer",
}
_DESIGN_TYPE_BY_NAME: dict[str, DesignType] = {
    "Unknown": DesignType.UNKNOWN,
    "SOEditor": DesignType.SO_EDITOR,
    "Unlayer": DesignType.UNLAYER,
}
_DESIGN_TYPE_BY_VALUE: dict[int, DesignType] = {member.value: member for member in DesignType}


def decode_xml_design_type(element: Element) -> DesignType | str:
    return enum_from_text(element.text or "", _DESIGN_TYPE_BY_NAME)


def encode_xml_design_type(parent: Element, tag: str, value: DesignType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _DESIGN_TYPE_NAMES)


def decode_json_design_type(data: Any, path: str) -> DesignType | str:
    return json_enum(data, path, _DESIGN_TYPE_BY_NAME, _DESIGN_TYPE_BY_VALUE)


def encode_json_design_type(value: DesignType | str) -> str:
    return enum_to_text(value, _DESIGN_TYPE_NAMES)


DESIGN_TYPE_CODEC = Codec(
    decode_xml_design_type,
    encode_xml_design_type,
    decode_json_design_type,
    encode_json_design_type,
)
