"""Services88 types: TicketPriorityEscalateEvent.

Used by the List, Ticket agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TicketPriorityEscalateEvent(enum.Enum):
    """The ``TicketPriorityEscalateEvent`` enumeration."""

    NONE = -1
    STOP = 0
    CONTINUE = 1
    RESTART = 2


_TICKET_PRIORITY_ESCALATE_EVENT_NAMES: dict[TicketPriorityEscalateEvent, str] = {
    TicketPriorityEscalateEvent.NONE: "None",
    TicketPriorityEscalateEvent.STOP: "Stop",
    TicketPriorityEscalateEvent.CONTINUE: "Continue",
    TicketPriorityEscalateEvent.RESTART: "Restart",
}
_TICKET_PRIORITY_ESCALATE_EVENT_BY_NAME: dict[str, TicketPriorityEscalateEvent] = {
    "None": TicketPriorityEscalateEvent.NONE,
    "Stop": TicketPriorityEscalateEvent.STOP,
    "Continue": TicketPriorityEscalateEvent.CONTINUE,
    "Restart": TicketPriorityEscalateEvent.RESTART,
}
_TICKET_PRIORITY_ESCALATE_EVENT_BY_VALUE: dict[int, TicketPriorityEscalateEvent] = {
    member.value: member for member in TicketPriorityEscalateEvent
}


def decode_xml_ticket_priority_escalate_event(
    element: Element,
) -> TicketPriorityEscalateEvent | str:
    return enum_from_text(element.text or "", _TICKET_PRIORITY_ESCALATE_EVENT_BY_NAME)


def encode_xml_ticket_priority_escalate_event(
    parent: Element, tag: str, value: TicketPriorityEscalateEvent | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TICKET_PRIORITY_ESCALATE_EVENT_NAMES)


def decode_json_ticket_priority_escalate_event(
    data: Any, path: str
) -> TicketPriorityEscalateEvent | str:
    return json_enum(
        data,
        path,
        _TICKET_PRIORITY_ESCALATE_EVENT_BY_NAME,
        _TICKET_PRIORITY_ESCALATE_EVENT_BY_VALUE,
    )


def encode_json_ticket_priority_escalate_event(value: TicketPriorityEscalateEvent | str) -> str:
    return enum_to_text(value, _TICKET_PRIORITY_ESCALATE_EVENT_NAMES)


TICKET_PRIORITY_ESCALATE_EVENT_CODEC = Codec(
    decode_xml_ticket_priority_escalate_event,
    encode_xml_ticket_priority_escalate_event,
    decode_json_ticket_priority_escalate_event,
    encode_json_ticket_priority_escalate_event,
)
