"""Services88 types: EMailPriority.

Used by the Appointment, EMail agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class EMailPriority(enum.Enum):
    """The ``EMailPriority`` enumeration."""

    NO_PRIORITY = 0
    HIGHEST = 1
    HIGH = 2
    NORMAL = 3
    LOW = 4
    LOWEST = 5


_E_MAIL_PRIORITY_NAMES: dict[EMailPriority, str] = {
    EMailPriority.NO_PRIORITY: "NoPriority",
    EMailPriority.HIGHEST: "Highest",
    EMailPriority.HIGH: "High",
    EMailPriority.NORMAL: "Normal",
    EMailPriority.LOW: "Low",
    EMailPriority.LOWEST: "Lowest",
}
_E_MAIL_PRIORITY_BY_NAME: dict[str, EMailPriority] = {
    "NoPriority": EMailPriority.NO_PRIORITY,
    "Highest": EMailPriority.HIGHEST,
    "High": EMailPriority.HIGH,
    "Normal": EMailPriority.NORMAL,
    "Low": EMailPriority.LOW,
    "Lowest": EMailPriority.LOWEST,
}
_E_MAIL_PRIORITY_BY_VALUE: dict[int, EMailPriority] = {
    member.value: member for member in EMailPriority
}


def decode_xml_e_mail_priority(element: Element) -> EMailPriority | str:
    return enum_from_text(element.text or "", _E_MAIL_PRIORITY_BY_NAME)


def encode_xml_e_mail_priority(parent: Element, tag: str, value: EMailPriority | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _E_MAIL_PRIORITY_NAMES)


def decode_json_e_mail_priority(data: Any, path: str) -> EMailPriority | str:
    return json_enum(data, path, _E_MAIL_PRIORITY_BY_NAME, _E_MAIL_PRIORITY_BY_VALUE)


def encode_json_e_mail_priority(value: EMailPriority | str) -> str:
    return enum_to_text(value, _E_MAIL_PRIORITY_NAMES)


E_MAIL_PRIORITY_CODEC = Codec(
    decode_xml_e_mail_priority,
    encode_xml_e_mail_priority,
    decode_json_e_mail_priority,
    encode_json_e_mail_priority,
)
