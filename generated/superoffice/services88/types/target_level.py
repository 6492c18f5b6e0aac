"""Services88 types: TargetLevel.

Used by the Targets agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TargetLevel(enum.Enum):
    """The ``TargetLevel`` enumeration."""

    NONE = 0
    GLOBAL = 1
    COMPANY = 2
    USER_GROUP = 3
    ASSOCIATE = 4


_TARGET_LEVEL_NAMES: dict[TargetLevel, str] = {
    TargetLevel.NONE: "None",
    TargetLevel.GLOBAL: "Global",
    TargetLevel.COMPANY: "Company",
    TargetLevel.USER_GROUP: "UserGroup",
    TargetLevel.ASSOCIATE: "Associate",
}
_TARGET_LEVEL_BY_NAME: dict[str, TargetLevel] = {
    "None": TargetLevel.NONE,
    "Global": TargetLevel.GLOBAL,
    "Company": TargetLevel.COMPANY,
    "UserGroup": TargetLevel.USER_GROUP,
    "Associate": TargetLevel.ASSOCIATE,
}
_TARGET_LEVEL_BY_VALUE: dict[int, TargetLevel] = {member.value: member for member in TargetLevel}


def decode_xml_target_level(element: Element) -> TargetLevel | str:
    return enum_from_text(element.text or "", _TARGET_LEVEL_BY_NAME)


def encode_xml_target_level(parent: Element, tag: str, value: TargetLevel | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TARGET_LEVEL_NAMES)


def decode_json_target_level(data: Any, path: str) -> TargetLevel | str:
    return json_enum(data, path, _TARGET_LEVEL_BY_NAME, _TARGET_LEVEL_BY_VALUE)


def encode_json_target_level(value: TargetLevel | str) -> str:
    return enum_to_text(value, _TARGET_LEVEL_NAMES)


TARGET_LEVEL_CODEC = Codec(
    decode_xml_target_level,
    encode_xml_target_level,
    decode_json_target_level,
    encode_json_target_level,
)
