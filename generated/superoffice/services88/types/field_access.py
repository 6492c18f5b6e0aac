"""Services88 types: FieldAccess.

Used by the ErpSync, Quote agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class FieldAccess(enum.Enum):
    """The ``FieldAccess`` enumeration."""

    NORMAL = 0
    MANDATORY = 1
    READ_ONLY = 2


_FIELD_ACCESS_NAMES: dict[FieldAccess, str] = {
    FieldAccess.NORMAL: "Normal",
    FieldAccess.MANDATORY: "Mandatory",
    FieldAccess.READ_ONLY: "ReadOnly",
}
_FIELD_ACCESS_BY_NAME: dict[str, FieldAccess] = {
    "Normal": FieldAccess.NORMAL,
    "Mandatory": FieldAccess.MANDATORY,
    "ReadOnly": FieldAccess.READ_ONLY,
}
_FIELD_ACCESS_BY_VALUE: dict[int, FieldAccess] = {member.value: member for member in FieldAccess}


def decode_xml_field_access(element: Element) -> FieldAccess | str:
    return enum_from_text(element.text or "", _FIELD_ACCESS_BY_NAME)


def encode_xml_field_access(parent: Element, tag: str, value: FieldAccess | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _FIELD_ACCESS_NAMES)


def decode_json_field_access(data: Any, path: str) -> FieldAccess | str:
    return json_enum(data, path, _FIELD_ACCESS_BY_NAME, _FIELD_ACCESS_BY_VALUE)


def encode_json_field_access(value: FieldAccess | str) -> str:
    return enum_to_text(value, _FIELD_ACCESS_NAMES)


FIELD_ACCESS_CODEC = Codec(
    decode_xml_field_access,
    encode_xml_field_access,
    decode_json_field_access,
    encode_json_field_access,
)
