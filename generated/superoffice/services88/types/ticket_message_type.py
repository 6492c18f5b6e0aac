"""Services88 types: TicketMessageType.

Used by the Ticket agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TicketMessageType(enum.Enum):
    """The ``TicketMessageType`` enumeration."""

    UNKNOWN = 0
    PLAIN = 1
    HTML = 2


_TICKET_MESSAGE_TYPE_NAMES: dict[TicketMessageType, str] = {
    TicketMessageType.UNKNOWN: "Unknown",
    TicketMessageType.PLAIN: "Plain",
    TicketMessageType.HTML: "Html",
}
_TICKET_MESSAGE_TYPE_BY_NAME: dict[str, TicketMessageType] = {
    "Unknown": TicketMessageType.UNKNOWN,
    "Plain": TicketMessageType.PLAIN,
    "Html": TicketMessageType.HTML,
}
_TICKET_MESSAGE_TYPE_BY_VALUE: dict[int, TicketMessageType] = {
    member.value: member for member in TicketMessageType
}


def decode_xml_ticket_message_type(element: Element) -> TicketMessageType | str:
    return enum_from_text(element.text or "", _TICKET_MESSAGE_TYPE_BY_NAME)


def encode_xml_ticket_message_type(
    parent: Element, tag: str, value: TicketMessageType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TICKET_MESSAGE_TYPE_NAMES)


def decode_json_ticket_message_type(data: Any, path: str) -> TicketMessageType | str:
    return json_enum(data, path, _TICKET_MESSAGE_TYPE_BY_NAME, _TICKET_MESSAGE_TYPE_BY_VALUE)


def encode_json_ticket_message_type(value: TicketMessageType | str) -> str:
    return enum_to_text(value, _TICKET_MESSAGE_TYPE_NAMES)


TICKET_MESSAGE_TYPE_CODEC = Codec(
    decode_xml_ticket_message_type,
    encode_xml_ticket_message_type,
    decode_json_ticket_message_type,
    encode_json_ticket_message_type,
)
