"""Services88 types: NotifyType.

Used by the Ticket agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class NotifyType(enum.Flag, boundary=enum.KEEP):
    """The ``NotifyType`` flags."""

    NEW_TICKET = 1
    NEW_TICKET_MESSAGE = 2
    TICKET_ESCALATED = 4
    TICKET_ACTIVATED = 8
    CHAT_ALERT = 16
    ACTIVE_TICKETS = 32
    TICKET_TAKE_OVER = 64
    CHAT_MESSAGE_ALERT = 128
    CHAT_SESSION_TRANSFERED = 256
    HOTLIST = 512
    CUSTOM = 1024
    CONTACT_ASSIGNMENT = 2048
    UNDEFINED_VALUE_4096 = 4096


_NOTIFY_TYPE_NAMES: dict[NotifyType, str] = {
    NotifyType.NEW_TICKET: "NewTicket",
    NotifyType.NEW_TICKET_MESSAGE: "NewTicketMessage",
    NotifyType.TICKET_ESCALATED: "TicketEscalated",
    NotifyType.TICKET_ACTIVATED: "TicketActivated",
    NotifyType.CHAT_ALERT: "ChatAlert",
    NotifyType.ACTIVE_TICKETS: "ActiveTickets",
    NotifyType.TICKET_TAKE_OVER: "TicketTakeOver",
    NotifyType.CHAT_MESSAGE_ALERT: "ChatMessageAlert",
    NotifyType.CHAT_SESSION_TRANSFERED: "ChatSessionTransfered",
    NotifyType.HOTLIST: "Hotlist",
    NotifyType.CUSTOM: "Custom",
    NotifyType.CONTACT_ASSIGNMENT: "ContactAssignment",
    NotifyType.UNDEFINED_VALUE_4096: "UndefinedValue4096",
}
_NOTIFY_TYPE_BY_NAME: dict[str, NotifyType] = {
    "NewTicket": NotifyType.NEW_TICKET,
    "NewTicketMessage": NotifyType.NEW_TICKET_MESSAGE,
    "TicketEscalated": NotifyType.TICKET_ESCALATED,
    "TicketActivated": NotifyType.TICKET_ACTIVATED,
    "ChatAlert": NotifyType.CHAT_ALERT,
    "ActiveTickets": NotifyType.ACTIVE_TICKETS,
    "TicketTakeOver": NotifyType.TICKET_TAKE_OVER,
    "ChatMessageAlert": NotifyType.CHAT_MESSAGE_ALERT,
    "ChatSessionTransfered": NotifyType.CHAT_SESSION_TRANSFERED,
    "Hotlist": NotifyType.HOTLIST,
    "Custom": NotifyType.CUSTOM,
    "ContactAssignment": NotifyType.CONTACT_ASSIGNMENT,
    "UndefinedValue4096": NotifyType.UNDEFINED_VALUE_4096,
}
_NOTIFY_TYPE_NONE = NotifyType(0)
_NOTIFY_TYPE_SEEN: dict[str, NotifyType | str] = {}


def decode_xml_notify_type(element: Element) -> NotifyType | str:
    return flags_from_xml(
        element.text or "", _NOTIFY_TYPE_BY_NAME, _NOTIFY_TYPE_NONE, _NOTIFY_TYPE_SEEN
    )


def encode_xml_notify_type(parent: Element, tag: str, value: NotifyType | str) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _NOTIFY_TYPE_NAMES, " ")


def decode_json_notify_type(data: Any, path: str) -> NotifyType | str:
    return json_flags(data, path, _NOTIFY_TYPE_BY_NAME, _NOTIFY_TYPE_NONE, _NOTIFY_TYPE_SEEN)


def encode_json_notify_type(value: NotifyType | str) -> str | int:
    return flags_to_json(value, _NOTIFY_TYPE_NAMES)


NOTIFY_TYPE_CODEC = Codec(
    decode_xml_notify_type,
    encode_xml_notify_type,
    decode_json_notify_type,
    encode_json_notify_type,
)
