"""Services88 types: PreferenceLevel.

Used by the CustomerService, Pocket, Preference agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class PreferenceLevel(enum.Enum):
    """The ``PreferenceLevel`` enumeration."""

    UNDEFINED = 0
    HARD_DEFAULT = 1
    SYSTEM_WIDE = 2
    DATABASE = 3
    GROUP = 4
    INDIVIDUAL = 5
    PC = 6


_PREFERENCE_LEVEL_NAMES: dict[PreferenceLevel, str] = {
    PreferenceLevel.UNDEFINED: "Undefined",
    PreferenceLevel.HARD_DEFAULT: "HardDefault",
    PreferenceLevel.SYSTEM_WIDE: "SystemWide",
    PreferenceLevel.DATABASE: "Database",
    PreferenceLevel.GROUP: "Group",
    PreferenceLevel.INDIVIDUAL: "Individual",
    PreferenceLevel.PC: "PC",
}
_PREFERENCE_LEVEL_BY_NAME: dict[str, PreferenceLevel] = {
    "Undefined": PreferenceLevel.UNDEFINED,
    "HardDefault": PreferenceLevel.HARD_DEFAULT,
    "SystemWide": PreferenceLevel.SYSTEM_WIDE,
    "Database": PreferenceLevel.DATABASE,
    "Group": PreferenceLevel.GROUP,
    "Individual": PreferenceLevel.INDIVIDUAL,
    "PC": PreferenceLevel.PC,
}
_PREFERENCE_LEVEL_BY_VALUE: dict[int, PreferenceLevel] = {
    member.value: member for member in PreferenceLevel
}


def decode_xml_preference_level(element: Element) -> PreferenceLevel | str:
    return enum_from_text(element.text or "", _PREFERENCE_LEVEL_BY_NAME)


def encode_xml_preference_level(parent: Element, tag: str, value: PreferenceLevel | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _PREFERENCE_LEVEL_NAMES)


def decode_json_preference_level(data: Any, path: str) -> PreferenceLevel | str:
    return json_enum(data, path, _PREFERENCE_LEVEL_BY_NAME, _PREFERENCE_LEVEL_BY_VALUE)


def encode_json_preference_level(value: PreferenceLevel | str) -> str:
    return enum_to_text(value, _PREFERENCE_LEVEL_NAMES)


PREFERENCE_LEVEL_CODEC = Codec(
    decode_xml_preference_level,
    encode_xml_preference_level,
    decode_json_preference_level,
    encode_json_preference_level,
)
