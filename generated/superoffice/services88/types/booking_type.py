"""Services88 types: BookingType.

Used by 6 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class BookingType(enum.Enum):
    """The ``BookingType`` enumeration."""

    UNKNOWN = 0
    NONE = 1
    OWNER = 2
    PARTICIPANT = 3


_BOOKING_TYPE_NAMES: dict[BookingType, str] = {
    BookingType.UNKNOWN: "Unknown",
    BookingType.NONE: "None",
    BookingType.OWNER: "Owner",
    BookingType.PARTICIPANT: "Participant",
}
_BOOKING_TYPE_BY_NAME: dict[str, BookingType] = {
    "Unknown": BookingType.UNKNOWN,
    "None": BookingType.NONE,
    "Owner": BookingType.OWNER,
    "Participant": BookingType.PARTICIPANT,
}
_BOOKING_TYPE_BY_VALUE: dict[int, BookingType] = {member.value: member for member in BookingType}


def decode_xml_booking_type(element: Element) -> BookingType | str:
    return enum_from_text(element.text or "", _BOOKING_TYPE_BY_NAME)


def encode_xml_booking_type(parent: Element, tag: str, value: BookingType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _BOOKING_TYPE_NAMES)


def decode_json_booking_type(data: Any, path: str) -> BookingType | str:
    return json_enum(data, path, _BOOKING_TYPE_BY_NAME, _BOOKING_TYPE_BY_VALUE)


def encode_json_booking_type(value: BookingType | str) -> str:
    return enum_to_text(value, _BOOKING_TYPE_NAMES)


BOOKING_TYPE_CODEC = Codec(
    decode_xml_booking_type,
    encode_xml_booking_type,
    decode_json_booking_type,
    encode_json_booking_type,
)
