"""Services88 types: Visibility.

Used by 7 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class Visibility(enum.Enum):
    """The ``Visibility`` enumeration."""

    ALL = 0
    ASSOCIATE = 1
    GROUP = 2


_VISIBILITY_NAMES: dict[Visibility, str] = {
    Visibility.ALL: "All",
    Visibility.ASSOCIATE: "Associate",
    Visibility.GROUP: "Group",
}
_VISIBILITY_BY_NAME: dict[str, Visibility] = {
    "All": Visibility.ALL,
    "Associate": Visibility.ASSOCIATE,
    "Group": Visibility.GROUP,
}
_VISIBILITY_BY_VALUE: dict[int, Visibility] = {member.value: member for member in Visibility}


def decode_xml_visibility(element: Element) -> Visibility | str:
    return enum_from_text(element.text or "", _VISIBILITY_BY_NAME)


def encode_xml_visibility(parent: Element, tag: str, value: Visibility | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _VISIBILITY_NAMES)


def decode_json_visibility(data: Any, path: str) -> Visibility | str:
    return json_enum(data, path, _VISIBILITY_BY_NAME, _VISIBILITY_BY_VALUE)


def encode_json_visibility(value: Visibility | str) -> str:
    return enum_to_text(value, _VISIBILITY_NAMES)


VISIBILITY_CODEC = Codec(
    decode_xml_visibility, encode_xml_visibility, decode_json_visibility, encode_json_visibility
)
