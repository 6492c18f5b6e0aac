"""Services88 types: TicketPriorityFlags.

Used by the List, Ticket agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class TicketPriorityFlags(enum.Flag, boundary=enum.KEEP):
    """The ``TicketPriorityFlags`` flags."""

    EXTERNAL = 1
    DEFAULT = 2
    ALERT_SCHEDULE = 4


_TICKET_PRIORITY_FLAGS_NAMES: dict[TicketPriorityFlags, str] = {
    TicketPriorityFlags.EXTERNAL: "External",
    TicketPriorityFlags.DEFAULT: "Default",
    TicketPriorityFlags.ALERT_SCHEDULE: "AlertSchedule",
}
_TICKET_PRIORITY_FLAGS_BY_NAME: dict[str, TicketPriorityFlags] = {
    "External": TicketPriorityFlags.EXTERNAL,
    "Default": TicketPriorityFlags.DEFAULT,
    "AlertSchedule": TicketPriorityFlags.ALERT_SCHEDULE,
}
_TICKET_PRIORITY_FLAGS_NONE = TicketPriorityFlags(0)
_TICKET_PRIORITY_FLAGS_SEEN: dict[str, TicketPriorityFlags | str] = {}


def decode_xml_ticket_priority_flags(element: Element) -> TicketPriorityFlags | str:
    return flags_from_xml(
        element.text or "",
        _TICKET_PRIORITY_FLAGS_BY_NAME,
        _TICKET_PRIORITY_FLAGS_NONE,
        _TICKET_PRIORITY_FLAGS_SEEN,
    )


def encode_xml_ticket_priority_flags(
    parent: Element, tag: str, value: TicketPriorityFlags | str
) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _TICKET_PRIORITY_FLAGS_NAMES, " ")


def decode_json_ticket_priority_flags(data: Any, path: str) -> TicketPriorityFlags | str:
    return json_flags(
        data,
        path,
        _TICKET_PRIORITY_FLAGS_BY_NAME,
        _TICKET_PRIORITY_FLAGS_NONE,
        _TICKET_PRIORITY_FLAGS_SEEN,
    )


def encode_json_ticket_priority_flags(value: TicketPriorityFlags | str) -> str | int:
    return flags_to_json(value, _TICKET_PRIORITY_FLAGS_NAMES)


TICKET_PRIORITY_FLAGS_CODEC = Codec(
    decode_xml_ticket_priority_flags,
    encode_xml_ticket_priority_flags,
    decode_json_ticket_priority_flags,
    encode_json_ticket_priority_flags,
)
