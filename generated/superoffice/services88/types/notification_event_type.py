"""Services88 types: NotificationEventType.

Used by the Pocket agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class NotificationEventType(enum.Enum):
    """The ``NotificationEventType`` enumeration."""

    UNKNOWN = 0
    NEW_TICKET = 1
    APPOINTMENT_INVITATION = 2
    APPOINTMENT_MOVED = 3
    APPOINTMENT_CANCELLED = 4
    NEW_TICKET_MESSAGE = 5
    TICKET_ACTIVATED = 6
    TICKET_ESCALATED = 7
    QUOTE_APPROVAL_REQUEST = 8
    QUOTE_APPROVAL_APPROVED = 9
    QUOTE_APPROVAL_DENIED = 10
    APPOINTMENT_DECLINED = 11


_NOTIFICATION_EVENT_TYPE_NAMES: dict[NotificationEventType, str] = {
    NotificationEventType.UNKNOWN: "Unknown",
    NotificationEventType.NEW_TICKET: "NewTicket",
    NotificationEventType.APPOINTMENT_INVITATION: "AppointmentInvitation",
    NotificationEventType.APPOINTMENT_MOVED: "AppointmentMoved",
    NotificationEventType.APPOINTMENT_CANCELLED: "AppointmentCancelled",
    NotificationEventType.NEW_TICKET_MESSAGE: "NewTicketMessage",
    NotificationEventType.TICKET_ACTIVATED: "TicketActivated",
    NotificationEventType.TICKET_ESCALATED: "TicketEscalated",
    NotificationEventType.QUOTE_APPROVAL_REQUEST: "QuoteApprovalRequest",
    NotificationEventType.QUOTE_APPROVAL_APPROVED: "QuoteApprovalApproved",
    NotificationEventType.QUOTE_APPROVAL_DENIED: "QuoteApprovalDenied",
    NotificationEventType.APPOINTMENT_DECLINED: "AppointmentDeclined",
}
_NOTIFICATION_EVENT_TYPE_BY_NAME: dict[str, NotificationEventType] = {
    "Unknown": NotificationEventType.UNKNOWN,
    "NewTicket": NotificationEventType.NEW_TICKET,
    "AppointmentInvitation": NotificationEventType.APPOINTMENT_INVITATION,
    "AppointmentMoved": NotificationEventType.APPOINTMENT_MOVED,
    "AppointmentCancelled": NotificationEventType.APPOINTMENT_CANCELLED,
    "NewTicketMessage": NotificationEventType.NEW_TICKET_MESSAGE,
    "TicketActivated": NotificationEventType.TICKET_ACTIVATED,
    "TicketEscalated": NotificationEventType.TICKET_ESCALATED,
    "QuoteApprovalRequest": NotificationEventType.QUOTE_APPROVAL_REQUEST,
    "QuoteApprovalApproved": NotificationEventType.QUOTE_APPROVAL_APPROVED,
    "QuoteApprovalDenied": NotificationEventType.QUOTE_APPROVAL_DENIED,
    "AppointmentDeclined": NotificationEventType.APPOINTMENT_DECLINED,
}
_NOTIFICATION_EVENT_TYPE_BY_VALUE: dict[int, NotificationEventType] = {
    member.value: member for member in NotificationEventType
}


def decode_xml_notification_event_type(element: Element) -> NotificationEventType | str:
    return enum_from_text(element.text or "", _NOTIFICATION_EVENT_TYPE_BY_NAME)


def encode_xml_notification_event_type(
    parent: Element, tag: str, value: NotificationEventType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _NOTIFICATION_EVENT_TYPE_NAMES)


def decode_json_notification_event_type(data: Any, path: str) -> NotificationEventType | str:
    return json_enum(
        data, path, _NOTIFICATION_EVENT_TYPE_BY_NAME, _NOTIFICATION_EVENT_TYPE_BY_VALUE
    )


def encode_json_notification_event_type(value: NotificationEventType | str) -> str:
    return enum_to_text(value, _NOTIFICATION_EVENT_TYPE_NAMES)


NOTIFICATION_EVENT_TYPE_CODEC = Codec(
    decode_xml_notification_event_type,
    encode_xml_notification_event_type,
    decode_json_notification_event_type,
    encode_json_notification_event_type,
)
