"""Services88 types: TicketStatusTimeCounter.

Used by the List, Ticket agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TicketStatusTimeCounter(enum.Enum):
    """The ``TicketStatusTimeCounter`` enumeration."""

    NONE = 0
    INTERNALLY = 1
    EXTERNALLY = 2
    QUEUE = 3


_TICKET_STATUS_TIME_COUNTER_NAMES: dict[TicketStatusTimeCounter, str] = {
    TicketStatusTimeCounter.NONE: "None",
    TicketStatusTimeCounter.INTERNALLY: "Internally",
    TicketStatusTimeCounter.EXTERNALLY: "Externally",
    TicketStatusTimeCounter.QUEUE: "Queue",
}
_TICKET_STATUS_TIME_COUNTER_BY_NAME: dict[str, TicketStatusTimeCounter] = {
    "None": TicketStatusTimeCounter.NONE,
    "Internally": TicketStatusTimeCounter.INTERNALLY,
    "Externally": TicketStatusTimeCounter.EXTERNALLY,
    "Queue": TicketStatusTimeCounter.QUEUE,
}
_TICKET_STATUS_TIME_COUNTER_BY_VALUE: dict[int, TicketStatusTimeCounter] = {
    member.value: member for member in TicketStatusTimeCounter
}


def decode_xml_ticket_status_time_counter(element: Element) -> TicketStatusTimeCounter | str:
    return enum_from_text(element.text or "", _TICKET_STATUS_TIME_COUNTER_BY_NAME)


def encode_xml_ticket_status_time_counter(
    parent: Element, tag: str, value: TicketStatusTimeCounter | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TICKET_STATUS_TIME_COUNTER_NAMES)


def decode_json_ticket_status_time_counter(data: Any, path: str) -> TicketStatusTimeCounter | str:
    return json_enum(
        data, path, _TICKET_STATUS_TIME_COUNTER_BY_NAME, _TICKET_STATUS_TIME_COUNTER_BY_VALUE
    )


def encode_json_ticket_status_time_counter(value: TicketStatusTimeCounter | str) -> str:
    return enum_to_text(value, _TICKET_STATUS_TIME_COUNTER_NAMES)


TICKET_STATUS_TIME_COUNTER_CODEC = Codec(
    decode_xml_ticket_status_time_counter,
    encode_xml_ticket_status_time_counter,
    decode_json_ticket_status_time_counter,
    encode_json_ticket_status_time_counter,
)
