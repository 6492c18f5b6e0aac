"""Services88 types: RecipientType.

Used by the Ticket agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class RecipientType(enum.Enum):
    """The ``RecipientType`` enumeration."""

    TO = 0
    CC = 1
    BCC = 3
    SMS = 4


_RECIPIENT_TYPE_NAMES: dict[RecipientType, str] = {
    RecipientType.TO: "To",
    RecipientType.CC: "CC",
    RecipientType.BCC: "BCC",
    RecipientType.SMS: "Sms",
}
_RECIPIENT_TYPE_BY_NAME: dict[str, RecipientType] = {
    "To": RecipientType.TO,
    "CC": RecipientType.CC,
    "BCC": RecipientType.BCC,
    "Sms": RecipientType.SMS,
}
_RECIPIENT_TYPE_BY_VALUE: dict[int, RecipientType] = {
    member.value: member for member in RecipientType
}


def decode_xml_recipient_type(element: Element) -> RecipientType | str:
    return enum_from_text(element.text or "", _RECIPIENT_TYPE_BY_NAME)


def encode_xml_recipient_type(parent: Element, tag: str, value: RecipientType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _RECIPIENT_TYPE_NAMES)


def decode_json_recipient_type(data: Any, path: str) -> RecipientType | str:
    return json_enum(data, path, _RECIPIENT_TYPE_BY_NAME, _RECIPIENT_TYPE_BY_VALUE)


def encode_json_recipient_type(value: RecipientType | str) -> str:
    return enum_to_text(value, _RECIPIENT_TYPE_NAMES)


RECIPIENT_TYPE_CODEC = Codec(
    decode_xml_recipient_type,
    encode_xml_recipient_type,
    decode_json_recipient_type,
    encode_json_recipient_type,
)
