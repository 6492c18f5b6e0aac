"""Services88 types: TicketReadStatus.

Used by the Chat, Ticket agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TicketReadStatus(enum.Enum):
    """The ``TicketReadStatus`` enumeration."""

    UNKNOWN = 0
    GREEN = 1
    YELLOW = 2
    RED = 3


_TICKET_READ_STATUS_NAMES: dict[TicketReadStatus, str] = {
    TicketReadStatus.UNKNOWN: "Unknown",
    TicketReadStatus.GREEN: "Green",
    TicketReadStatus.YELLOW: "Yellow",
    TicketReadStatus.RED: "Red",
}
_TICKET_READ_STATUS_BY_NAME: dict[str, TicketReadStatus] = {
    "Unknown": TicketReadStatus.UNKNOWN,
    "Green": TicketReadStatus.GREEN,
    "Yellow": TicketReadStatus.YELLOW,
    "Red": TicketReadStatus.RED,
}
_TICKET_READ_STATUS_BY_VALUE: dict[int, TicketReadStatus] = {
    member.value: member for member in TicketReadStatus
}


def decode_xml_ticket_read_status(element: Element) -> TicketReadStatus | str:
    return enum_from_text(element.text or "", _TICKET_READ_STATUS_BY_NAME)


def encode_xml_ticket_read_status(
    parent: Element, tag: str, value: TicketReadStatus | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TICKET_READ_STATUS_NAMES)


def decode_json_ticket_read_status(data: Any, path: str) -> TicketReadStatus | str:
    return json_enum(data, path, _TICKET_READ_STATUS_BY_NAME, _TICKET_READ_STATUS_BY_VALUE)


def encode_json_ticket_read_status(value: TicketReadStatus | str) -> str:
    return enum_to_text(value, _TICKET_READ_STATUS_NAMES)


TICKET_READ_STATUS_CODEC = Codec(
    decode_xml_ticket_read_status,
    encode_xml_ticket_read_status,
    decode_json_ticket_read_status,
    encode_json_ticket_read_status,
)
