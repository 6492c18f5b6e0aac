"""Services88 types: BadgeType.

Used by the Ticket agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class BadgeType(enum.Enum):
    """The ``BadgeType`` enumeration."""

    UNKNOWN = 0
    REPLY = 1
    FORWARD = 2
    COMMENT = 3
    INCOMING = 4
    OUTGOING = 5


_BADGE_TYPE_NAMES: dict[BadgeType, str] = {
    BadgeType.UNKNOWN: "Unknown",
    BadgeType.REPLY: "Reply",
    BadgeType.FORWARD: "Forward",
    BadgeType.COMMENT: "Comment",
    BadgeType.INCOMING: "Incoming",
    BadgeType.OUTGOING: "Outgoing",
}
_BADGE_TYPE_BY_NAME: dict[str, BadgeType] = {
    "Unknown": BadgeType.UNKNOWN,
    "Reply": BadgeType.REPLY,
    "Forward": BadgeType.FORWARD,
    "Comment": BadgeType.COMMENT,
    "Incoming": BadgeType.INCOMING,
    "Outgoing": BadgeType.OUTGOING,
}
_BADGE_TYPE_BY_VALUE: dict[int, BadgeType] = {member.value: member for member in BadgeType}


def decode_xml_badge_type(element: Element) -> BadgeType | str:
    return enum_from_text(element.text or "", _BADGE_TYPE_BY_NAME)


def encode_xml_badge_type(parent: Element, tag: str, value: BadgeType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _BADGE_TYPE_NAMES)


def decode_json_badge_type(data: Any, path: str) -> BadgeType | str:
    return json_enum(data, path, _BADGE_TYPE_BY_NAME, _BADGE_TYPE_BY_VALUE)


def encode_json_badge_type(value: BadgeType | str) -> str:
    return enum_to_text(value, _BADGE_TYPE_NAMES)


BADGE_TYPE_CODEC = Codec(
    decode_xml_badge_type, encode_xml_badge_type, decode_json_badge_type, encode_json_badge_type
)
