"""Services88 types: AppointmentPrivate.

Used by 6 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class AppointmentPrivate(enum.Enum):
    """The ``AppointmentPrivate`` enumeration."""

    PUBLIC = 0
    PRIVATE_USER = 1
    PRIVATE_GROUP = 2


_APPOINTMENT_PRIVATE_NAMES: dict[AppointmentPrivate, str] = {
    AppointmentPrivate.PUBLIC: "Public",
    AppointmentPrivate.PRIVATE_USER: "PrivateUser",
    AppointmentPrivate.PRIVATE_GROUP: "PrivateGroup",
}
_APPOINTMENT_PRIVATE_BY_NAME: dict[str, AppointmentPrivate] = {
    "Public": AppointmentPrivate.PUBLIC,
    "PrivateUser": AppointmentPrivate.PRIVATE_USER,
    "PrivateGroup": AppointmentPrivate.PRIVATE_GROUP,
}
_APPOINTMENT_PRIVATE_BY_VALUE: dict[int, AppointmentPrivate] = {
    member.value: member for member in AppointmentPrivate
}


def decode_xml_appointment_private(element: Element) -> AppointmentPrivate | str:
    return enum_from_text(element.text or "", _APPOINTMENT_PRIVATE_BY_NAME)


def encode_xml_appointment_private(
    parent: Element, tag: str, value: AppointmentPrivate | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _APPOINTMENT_PRIVATE_NAMES)


def decode_json_appointment_private(data: Any, path: str) -> AppointmentPrivate | str:
    return json_enum(data, path, _APPOINTMENT_PRIVATE_BY_NAME, _APPOINTMENT_PRIVATE_BY_VALUE)


def encode_json_appointment_private(value: AppointmentPrivate | str) -> str:
    return enum_to_text(value, _APPOINTMENT_PRIVATE_NAMES)


APPOINTMENT_PRIVATE_CODEC = Codec(
    decode_xml_appointment_private,
    encode_xml_appointment_private,
    decode_json_appointment_private,
    encode_json_appointment_private,
)
