"""Services88 types: TicketPriorityStatus.

Used by the List, Ticket agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TicketPriorityStatus(enum.Enum):
    """The ``TicketPriorityStatus`` enumeration."""

    UNKNOWN = 0
    NORMAL = 1
    DELETED = 2


_TICKET_PRIORITY_STATUS_NAMES: dict[TicketPriorityStatus, str] = {
    TicketPriorityStatus.UNKNOWN: "Unknown",
    TicketPriorityStatus.NORMAL: "Normal",
    TicketPriorityStatus.DELETED: "Deleted",
}
_TICKET_PRIORITY_STATUS_BY_NAME: dict[str, TicketPriorityStatus] = {
    "Unknown": TicketPriorityStatus.UNKNOWN,
    "Normal": TicketPriorityStatus.NORMAL,
    "Deleted": TicketPriorityStatus.DELETED,
}
_TICKET_PRIORITY_STATUS_BY_VALUE: dict[int, TicketPriorityStatus] = {
    member.value: member for member in TicketPriorityStatus
}


def decode_xml_ticket_priority_status(element: Element) -> TicketPriorityStatus | str:
    return enum_from_text(element.text or "", _TICKET_PRIORITY_STATUS_BY_NAME)


def encode_xml_ticket_priority_status(
    parent: Element, tag: str, value: TicketPriorityStatus | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TICKET_PRIORITY_STATUS_NAMES)


def decode_json_ticket_priority_status(data: Any, path: str) -> TicketPriorityStatus | str:
    return json_enum(data, path, _TICKET_PRIORITY_STATUS_BY_NAME, _TICKET_PRIORITY_STATUS_BY_VALUE)


def encode_json_ticket_priority_status(value: TicketPriorityStatus | str) -> str:
    return enum_to_text(value, _TICKET_PRIORITY_STATUS_NAMES)


TICKET_PRIORITY_STATUS_CODEC = Codec(
    decode_xml_ticket_priority_status,
    encode_xml_ticket_priority_status,
    decode_json_ticket_priority_status,
    encode_json_ticket_priority_status,
)
