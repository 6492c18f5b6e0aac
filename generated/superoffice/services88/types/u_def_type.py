"""Services88 types: UDefType.

Used by the UserDefinedFieldInfo agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class UDefType(enum.Enum):
    """The ``UDefType`` enumeration."""

    INVALID = 0
    CONTACT = 7
    PERSON = 8
    PROJECT = 9
    SALE = 10
    TEMP = 11
    APPOINTMENT = 12
    DOCUMENT = 13
    NONE = 14


_U_DEF_TYPE_NAMES: dict[UDefType, str] = {
    UDefType.INVALID: "Invalid",
    UDefType.CONTACT: "Contact",
    UDefType.PERSON: "Person",
    UDefType.PROJECT: "Project",
    UDefType.SALE: "Sale",
    UDefType.TEMP: "Temp",
    UDefType.APPOINTMENT: "Appointment",
    UDefType.DOCUMENT: "Document",
    UDefType.NONE: "None",
}
_U_DEF_TYPE_BY_NAME: dict[str, UDefType] = {
    "Invalid": UDefType.INVALID,
    "Contact": UDefType.CONTACT,
    "Person": UDefType.PERSON,
    "Project": UDefType.PROJECT,
    "Sale": UDefType.SALE,
    "Temp": UDefType.TEMP,
    "Appointment": UDefType.APPOINTMENT,
    "Document": UDefType.DOCUMENT,
    "None": UDefType.NONE,
}
_U_DEF_TYPE_BY_VALUE: dict[int, UDefType] = {member.value: member for member in UDefType}


def decode_xml_u_def_type(element: Element) -> UDefType | str:
    return enum_from_text(element.text or "", _U_DEF_TYPE_BY_NAME)


def encode_xml_u_def_type(parent: Element, tag: str, value: UDefType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _U_DEF_TYPE_NAMES)


def decode_json_u_def_type(data: Any, path: str) -> UDefType | str:
    return json_enum(data, path, _U_DEF_TYPE_BY_NAME, _U_DEF_TYPE_BY_VALUE)


def encode_json_u_def_type(value: UDefType | str) -> str:
    return enum_to_text(value, _U_DEF_TYPE_NAMES)


U_DEF_TYPE_CODEC = Codec(
    decode_xml_u_def_type, encode_xml_u_def_type, decode_json_u_def_type, encode_json_u_def_type
)
