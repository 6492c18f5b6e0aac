"""Services88 types: TicketPriorityEscalateAction.

Used by the Ticket agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TicketPriorityEscalateAction(enum.Enum):
    """The ``TicketPriorityEscalateAction`` enumeration."""

    ACTION_READ = 0
    ACTION_CHANGED_OWNER = 1
    ACTION_NEW_INFO = 2
    ACTION_CLOSED = 3
    ACTION_CHANGED_PRIORITY = 4
    ACTION_NEW = 5


_TICKET_PRIORITY_ESCALATE_ACTION_NAMES: dict[TicketPriorityEscalateAction, str] = {
    TicketPriorityEscalateAction.ACTION_READ: "ActionRead",
    TicketPriorityEscalateAction.ACTION_CHANGED_OWNER: "ActionChangedOwner",
    TicketPriorityEscalateAction.ACTION_NEW_INFO: "ActionNewInfo",
    TicketPriorityEscalateAction.ACTION_CLOSED: "ActionClosed",
    TicketPriorityEscalateAction.ACTION_CHANGED_PRIORITY: "ActionChangedPriority",
    TicketPriorityEscalateAction.ACTION_NEW: "ActionNew",
}
_TICKET_PRIORITY_ESCALATE_ACTION_BY_NAME: dict[str, TicketPriorityEscalateAction] = {
    "ActionRead": TicketPriorityEscalateAction.ACTION_READ,
    "ActionChangedOwner": TicketPriorityEscalateAction.ACTION_CHANGED_OWNER,
    "ActionNewInfo": TicketPriorityEscalateAction.ACTION_NEW_INFO,
    "ActionClosed": TicketPriorityEscalateAction.ACTION_CLOSED,
    "ActionChangedPriority": TicketPriorityEscalateAction.ACTION_CHANGED_PRIORITY,
    "ActionNew": TicketPriorityEscalateAction.ACTION_NEW,
}
_TICKET_PRIORITY_ESCALATE_ACTION_BY_VALUE: dict[int, TicketPriorityEscalateAction] = {
    member.value: member for member in TicketPriorityEscalateAction
}


def decode_xml_ticket_priority_escalate_action(
    element: Element,
) -> TicketPriorityEscalateAction | str:
    return enum_from_text(element.text or "", _TICKET_PRIORITY_ESCALATE_ACTION_BY_NAME)


def encode_xml_ticket_priority_escalate_action(
    parent: Element, tag: str, value: TicketPriorityEscalateAction | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(
        value, _TICKET_PRIORITY_ESCALATE_ACTION_NAMES
    )


def decode_json_ticket_priority_escalate_action(
    data: Any, path: str
) -> TicketPriorityEscalateAction | str:
    return json_enum(
        data,
        path,
        _TICKET_PRIORITY_ESCALATE_ACTION_BY_NAME,
        _TICKET_PRIORITY_ESCALATE_ACTION_BY_VALUE,
    )


def encode_json_ticket_priority_escalate_action(value: TicketPriorityEscalateAction | str) -> str:
    return enum_to_text(value, _TICKET_PRIORITY_ESCALATE_ACTION_NAMES)


TICKET_PRIORITY_ESCALATE_ACTION_CODEC = Codec(
    decode_xml_ticket_priority_escalate_action,
    encode_xml_ticket_priority_escalate_action,
    decode_json_ticket_priority_escalate_action,
    encode_json_ticket_priority_escalate_action,
)
