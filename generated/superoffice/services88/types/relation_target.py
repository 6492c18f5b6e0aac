"""Services88 types: RelationTarget.

Used by the List agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class RelationTarget(enum.Enum):
    """The ``RelationTarget`` enumeration."""

    NONE = 0
    CONTACT = 1
    PERSON = 2
    BOTH = 3


_RELATION_TARGET_NAMES: dict[RelationTarget, str] = {
    RelationTarget.NONE: "None",
    RelationTarget.CONTACT: "Contact",
    RelationTarget.PERSON: "Person",
    RelationTarget.BOTH: "Both",
}
_RELATION_TARGET_BY_NAME: dict[str, RelationTarget] = {
    "None": RelationTarget.NONE,
    "Contact": RelationTarget.CONTACT,
    "Person": RelationTarget.PERSON,
    "Both": RelationTarget.BOTH,
}
_RELATION_TARGET_BY_VALUE: dict[int, RelationTarget] = {
    member.value: member for member in RelationTarget
}


def decode_xml_relation_target(element: Element) -> RelationTarget | str:
    return enum_from_text(element.text or "", _RELATION_TARGET_BY_NAME)


def encode_xml_relation_target(parent: Element, tag: str, value: RelationTarget | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _RELATION_TARGET_NAMES)


def decode_json_relation_target(data: Any, path: str) -> RelationTarget | str:
    return json_enum(data, path, _RELATION_TARGET_BY_NAME, _RELATION_TARGET_BY_VALUE)


def encode_json_relation_target(value: RelationTarget | str) -> str:
    return enum_to_text(value, _RELATION_TARGET_NAMES)


RELATION_TARGET_CODEC = Codec(
    decode_xml_relation_target,
    encode_xml_relation_target,
    decode_json_relation_target,
    encode_json_relation_target,
)
