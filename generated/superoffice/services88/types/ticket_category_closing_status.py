"""Services88 types: TicketCategoryClosingStatus.

Used by the List, Ticket agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TicketCategoryClosingStatus(enum.Enum):
    """The ``TicketCategoryClosingStatus`` enumeration."""

    USER_DEFINED = 0
    ACTIVE = 1
    CLOSED = 2
    POSTPONED = 3


_TICKET_CATEGORY_CLOSING_STATUS_NAMES: dict[TicketCategoryClosingStatus, str] = {
    TicketCategoryClosingStatus.USER_DEFINED: "UserDefined",
    TicketCategoryClosingStatus.ACTIVE: "Active",
    TicketCategoryClosingStatus.CLOSED: "Closed",
    TicketCategoryClosingStatus.POSTPONED: "Postponed",
}
_TICKET_CATEGORY_CLOSING_STATUS_BY_NAME: dict[str, TicketCategoryClosingStatus] = {
    "UserDefined": TicketCategoryClosingStatus.USER_DEFINED,
    "Active": TicketCategoryClosingStatus.ACTIVE,
    "Closed": TicketCategoryClosingStatus.CLOSED,
    "Postponed": TicketCategoryClosingStatus.POSTPONED,
}
_TICKET_CATEGORY_CLOSING_STATUS_BY_VALUE: dict[int, TicketCategoryClosingStatus] = {
    member.value: member for member in TicketCategoryClosingStatus
}


def decode_xml_ticket_category_closing_status(
    element: Element,
) -> TicketCategoryClosingStatus | str:
    return enum_from_text(element.text or "", _TICKET_CATEGORY_CLOSING_STATUS_BY_NAME)


def encode_xml_ticket_category_closing_status(
    parent: Element, tag: str, value: TicketCategoryClosingStatus | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TICKET_CATEGORY_CLOSING_STATUS_NAMES)


def decode_json_ticket_category_closing_status(
    data: Any, path: str
) -> TicketCategoryClosingStatus | str:
    return json_enum(
        data,
        path,
        _TICKET_CATEGORY_CLOSING_STATUS_BY_NAME,
        _TICKET_CATEGORY_CLOSING_STATUS_BY_VALUE,
    )


def encode_json_ticket_category_closing_status(value: TicketCategoryClosingStatus | str) -> str:
    return enum_to_text(value, _TICKET_CATEGORY_CLOSING_STATUS_NAMES)


TICKET_CATEGORY_CLOSING_STATUS_CODEC = Codec(
    decode_xml_ticket_category_closing_status,
    encode_xml_ticket_category_closing_status,
    decode_json_ticket_category_closing_status,
    encode_json_ticket_category_closing_status,
)
