"""Services88 types: TicketMessageCategory.

Used by the Ticket agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TicketMessageCategory(enum.Enum):
    """The ``TicketMessageCategory`` enumeration."""

    MESSAGE = 0
    BOUNCE = 1
    OUTBOX_FAILED = 2


_TICKET_MESSAGE_CATEGORY_NAMES: dict[TicketMessageCategory, str] = {
    TicketMessageCategory.MESSAGE: "Message",
    TicketMessageCategory.BOUNCE: "Bounce",
    TicketMessageCategory.OUTBOX_FAILED: "OutboxFailed",
}
_TICKET_MESSAGE_CATEGORY_BY_NAME: dict[str, TicketMessageCategory] = {
    "Message": TicketMessageCategory.MESSAGE,
    "Bounce": TicketMessageCategory.BOUNCE,
    "OutboxFailed": TicketMessageCategory.OUTBOX_FAILED,
}
_TICKET_MESSAGE_CATEGORY_BY_VALUE: dict[int, TicketMessageCategory] = {
    member.value: member for member in TicketMessageCategory
}


def decode_xml_ticket_message_category(element: Element) -> TicketMessageCategory | str:
    return enum_from_text(element.text or "", _TICKET_MESSAGE_CATEGORY_BY_NAME)


def encode_xml_ticket_message_category(
    parent: Element, tag: str, value: TicketMessageCategory | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TICKET_MESSAGE_CATEGORY_NAMES)


def decode_json_ticket_message_category(data: Any, path: str) -> TicketMessageCategory | str:
    return json_enum(
        data, path, _TICKET_MESSAGE_CATEGORY_BY_NAME, _TICKET_MESSAGE_CATEGORY_BY_VALUE
    )


def encode_json_ticket_message_category(value: TicketMessageCategory | str) -> str:
    return enum_to_text(value, _TICKET_MESSAGE_CATEGORY_NAMES)


TICKET_MESSAGE_CATEGORY_CODEC = Codec(
    decode_xml_ticket_message_category,
    encode_xml_ticket_message_category,
    decode_json_ticket_message_category,
    encode_json_ticket_message_category,
)
