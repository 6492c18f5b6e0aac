"""Services88 types: TicketBaseStatus.

Used by the Chat, List, Ticket agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TicketBaseStatus(enum.Enum):
    """The ``TicketBaseStatus`` enumeration."""

    UNKNOWN = 0
    ACTIVE = 1
    CLOSED = 2
    POSTPONED = 3
    DELETED = 4
    MERGED = 5
    POSTPONED_SPECIFIC = 1001
    POSTPONED_1_HOUR = 1002
    POSTPONED_2_HOURS = 1003
    POSTPONED_3_HOURS = 1004
    POSTPONED_4_HOURS = 1005
    POSTPONED_DAY = 1006
    POSTPONED_WEEK = 1007
    POSTPONED_MONTH = 1008


_TICKET_BASE_STATUS_NAMES: dict[TicketBaseStatus, str] = {
    TicketBaseStatus.UNKNOWN: "Unknown",
    TicketBaseStatus.ACTIVE: "Active",
    TicketBaseStatus.CLOSED: "Closed",
    TicketBaseStatus.POSTPONED: "Postponed",
    TicketBaseStatus.DELETED: "Deleted",
    TicketBaseStatus.MERGED: "Merged",
    TicketBaseStatus.POSTPONED_SPECIFIC: "PostponedSpecific",
    TicketBaseStatus.POSTPONED_1_HOUR: "Postponed1Hour",
    TicketBaseStatus.POSTPONED_2_HOURS: "Postponed2Hours",
    TicketBaseStatus.POSTPONED_3_HOURS: "Postponed3Hours",
    TicketBaseStatus.POSTPONED_4_HOURS: "Postponed4Hours",
    TicketBaseStatus.POSTPONED_DAY: "PostponedDay",
    TicketBaseStatus.POSTPONED_WEEK: "PostponedWeek",
    TicketBaseStatus.POSTPONED_MONTH: "PostponedMonth",
}
_TICKET_BASE_STATUS_BY_NAME: dict[str, TicketBaseStatus] = {
    "Unknown": TicketBaseStatus.UNKNOWN,
    "Active": TicketBaseStatus.ACTIVE,
    "Closed": TicketBaseStatus.CLOSED,
    "Postponed": TicketBaseStatus.POSTPONED,
    "Deleted": TicketBaseStatus.DELETED,
    "Merged": TicketBaseStatus.MERGED,
    "PostponedSpecific": TicketBaseStatus.POSTPONED_SPECIFIC,
    "Postponed1Hour": TicketBaseStatus.POSTPONED_1_HOUR,
    "Postponed2Hours": TicketBaseStatus.POSTPONED_2_HOURS,
    "Postponed3Hours": TicketBaseStatus.POSTPONED_3_HOURS,
    "Postponed4Hours": TicketBaseStatus.POSTPONED_4_HOURS,
    "PostponedDay": TicketBaseStatus.POSTPONED_DAY,
    "PostponedWeek": TicketBaseStatus.POSTPONED_WEEK,
    "PostponedMonth": TicketBaseStatus.POSTPONED_MONTH,
}
_TICKET_BASE_STATUS_BY_VALUE: dict[int, TicketBaseStatus] = {
    member.value: member for member in TicketBaseStatus
}


def decode_xml_ticket_base_status(element: Element) -> TicketBaseStatus | str:
    return enum_from_text(element.text or "", _TICKET_BASE_STATUS_BY_NAME)


def encode_xml_ticket_base_status(
    parent: Element, tag: str, value: TicketBaseStatus | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TICKET_BASE_STATUS_NAMES)


def decode_json_ticket_base_status(data: Any, path: str) -> TicketBaseStatus | str:
    return json_enum(data, path, _TICKET_BASE_STATUS_BY_NAME, _TICKET_BASE_STATUS_BY_VALUE)


def encode_json_ticket_base_status(value: TicketBaseStatus | str) -> str:
    return enum_to_text(value, _TICKET_BASE_STATUS_NAMES)


TICKET_BASE_STATUS_CODEC = Codec(
    decode_xml_ticket_base_status,
    encode_xml_ticket_base_status,
    decode_json_ticket_base_status,
    encode_json_ticket_base_status,
)
