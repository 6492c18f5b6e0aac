"""Services88 types: TicketSecurityLevel.

Used by the Chat, Ticket agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TicketSecurityLevel(enum.Enum):
    """The ``TicketSecurityLevel`` enumeration."""

    UNKNOWN = 0
    INTERNAL = 1
    EXTERNAL = 2


_TICKET_SECURITY_LEVEL_NAMES: dict[TicketSecurityLevel, str] = {
    TicketSecurityLevel.UNKNOWN: "Unknown",
    TicketSecurityLevel.INTERNAL: "Internal",
    TicketSecurityLevel.EXTERNAL: "External",
}
_TICKET_SECURITY_LEVEL_BY_NAME: dict[str, TicketSecurityLevel] = {
    "Unknown": TicketSecurityLevel.UNKNOWN,
    "Internal": TicketSecurityLevel.INTERNAL,
    "External": TicketSecurityLevel.EXTERNAL,
}
_TICKET_SECURITY_LEVEL_BY_VALUE: dict[int, TicketSecurityLevel] = {
    member.value: member for member in TicketSecurityLevel
}


def decode_xml_ticket_security_level(element: Element) -> TicketSecurityLevel | str:
    return enum_from_text(element.text or "", _TICKET_SECURITY_LEVEL_BY_NAME)


def encode_xml_ticket_security_level(
    parent: Element, tag: str, value: TicketSecurityLevel | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TICKET_SECURITY_LEVEL_NAMES)


def decode_json_ticket_security_level(data: Any, path: str) -> TicketSecurityLevel | str:
    return json_enum(data, path, _TICKET_SECURITY_LEVEL_BY_NAME, _TICKET_SECURITY_LEVEL_BY_VALUE)


def encode_json_ticket_security_level(value: TicketSecurityLevel | str) -> str:
    return enum_to_text(value, _TICKET_SECURITY_LEVEL_NAMES)


TICKET_SECURITY_LEVEL_CODEC = Codec(
    decode_xml_ticket_security_level,
    encode_xml_ticket_security_level,
    decode_json_ticket_security_level,
    encode_json_ticket_security_level,
)
