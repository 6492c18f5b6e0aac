"""Services88 types: TargetEntityType.

Used by the Targets agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TargetEntityType(enum.Enum):
    """The ``TargetEntityType`` enumeration."""

    NONE = 0
    SALE = 1


_TARGET_ENTITY_TYPE_NAMES: dict[TargetEntityType, str] = {
    TargetEntityType.NONE: "None",
    TargetEntityType.SALE: "Sale",
}
_TARGET_ENTITY_TYPE_BY_NAME: dict[str, TargetEntityType] = {
    "None": TargetEntityType.NONE,
    "Sale": TargetEntityType.SALE,
}
_TARGET_ENTITY_TYPE_BY_VALUE: dict[int, TargetEntityType] = {
    member.value: member for member in TargetEntityType
}


def decode_xml_target_entity_type(element: Element) -> TargetEntityType | str:
    return enum_from_text(element.text or "", _TARGET_ENTITY_TYPE_BY_NAME)


def encode_xml_target_entity_type(
    parent: Element, tag: str, value: TargetEntityType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TARGET_ENTITY_TYPE_NAMES)


def decode_json_target_entity_type(data: Any, path: str) -> TargetEntityType | str:
    return json_enum(data, path, _TARGET_ENTITY_TYPE_BY_NAME, _TARGET_ENTITY_TYPE_BY_VALUE)


def encode_json_target_entity_type(value: TargetEntityType | str) -> str:
    return enum_to_text(value, _TARGET_ENTITY_TYPE_NAMES)


TARGET_ENTITY_TYPE_CODEC = Codec(
    decode_xml_target_entity_type,
    encode_xml_target_entity_type,
    decode_json_target_entity_type,
    encode_json_target_entity_type,
)
