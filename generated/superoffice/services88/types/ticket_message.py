"""Services88 types: ArrayOfTicketMessage, TicketMessage.

Used by the Ticket agent.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

from ...runtime import (
    NIL,
    UNSET,
    XSI_NIL,
    Codec,
    Element,
    Unset,
    blank,
    empty_or_nil,
    json_datetime,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_datetime,
    write_int,
    write_str,
)
from .badge_type import (
    BadgeType,
    decode_json_badge_type,
    decode_xml_badge_type,
    encode_json_badge_type,
    encode_xml_badge_type,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .ticket_message_header import (
    TicketMessageHeader,
    decode_json_list_of_ticket_message_header,
    decode_xml_list_of_ticket_message_header,
    encode_json_list_of_ticket_message_header,
    encode_xml_list_of_ticket_message_header,
)
from .ticket_security_level import (
    TicketSecurityLevel,
    decode_json_ticket_security_level,
    decode_xml_ticket_security_level,
    encode_json_ticket_security_level,
    encode_xml_ticket_security_level,
)

_AUTHOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Author"
_BADGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Badge"
_CHANGED_AT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangedAt"
_CONTACT_DEPARTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactDepartment"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_CREATED_AT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedAt"
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_EMAIL_HEADER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailHeader"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IMPORTANT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Important"
_LANGUAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Language"
_MESSAGE_HEADERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MessageHeaders"
_NUM_ATTACHMENTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumAttachments"
_PERSON_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonFullName"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_SENTIMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Sentiment"
_SENTIMENT_CONFIDENCE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SentimentConfidence"
)
_SLEVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Slevel"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketMessage"
_TICKET_MESSAGE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketMessageId"


@dataclasses.dataclass(kw_only=True, repr=False)
class TicketMessage(Carrier):
    """The TicketMessage carrier is used for representing a service ticket message

    Carrier object for TicketMessage. Services for the TicketMessage Carrier is available from
    the Ticket Agent.
    """

    ticket_message_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    created_at: datetime.datetime | Unset = UNSET
    """When the message was posted."""
    slevel: TicketSecurityLevel | str | Unset = UNSET
    """The securitylevel of the message."""
    important: bool | Unset = UNSET
    """If this message is important or not."""
    author: str | None | Unset = UNSET
    """A string representing the author of the message. Could be a user&amp;apos;s name, or a
    persons email address.
    """
    person_id: int | Unset = UNSET
    """Primary key"""
    person_full_name: str | None | Unset = UNSET
    """Get the persons full name (internal name used in clients for employees)."""
    contact_id: int | Unset = UNSET
    """Primary key"""
    contact_name: str | None | Unset = UNSET
    """Contact name"""
    contact_department: str | None | Unset = UNSET
    """Department"""
    num_attachments: int | Unset = UNSET
    """Number of attachments in the message"""
    email_header: str | None | Unset = UNSET
    """The email header is saved in this field as raw text"""
    message_headers: list[TicketMessageHeader | None] | None | Unset = UNSET
    """Contains the message headers, like To, Cc, Bcc information, or custom headers"""
    language: str | None | Unset = UNSET
    """The language this message is in, based on some kind of analysis"""
    sentiment: int | Unset = UNSET
    """Sentiment index, 100 = completely happy; -100 = suicidally unhappy; 0 = no idea"""
    sentiment_confidence: int | Unset = UNSET
    """Confidence of sentiment index, 0 = no idea, 100 = completely sure"""
    created_by: int | Unset = UNSET
    """The id of the user who posted the message. The value 1 (system user) for externally posted
    messages.
    """
    changed_at: datetime.datetime | Unset = UNSET
    """When the message was changed."""
    badge: BadgeType | str | Unset = UNSET
    """Badge to explicitly determine how a message was generated"""

    def to_xml(self) -> Element:
        return encode_xml_ticket_message(None, _TICKET_MESSAGE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TicketMessage:
        return record_from_xml(decode_xml_ticket_message, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ticket_message(self)

    @classmethod
    def from_json(cls, data: Any) -> TicketMessage:
        return record_from_json(decode_json_ticket_message, data)


_TICKET_MESSAGE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TicketMessageId",
        "CreatedAt",
        "Slevel",
        "Important",
        "Author",
        "PersonId",
        "PersonFullName",
        "ContactId",
        "ContactName",
        "ContactDepartment",
        "NumAttachments",
        "EmailHeader",
        "MessageHeaders",
        "Language",
        "Sentiment",
        "SentimentConfidence",
        "CreatedBy",
        "ChangedAt",
        "Badge",
    )
)


def decode_xml_ticket_message(element: Element) -> TicketMessage:
    value = TicketMessage()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TABLE_RIGHT:
            value.table_right = (
                None if child.get(XSI_NIL) in NIL else decode_xml_table_right(child)
            )
        elif tag == _FIELD_PROPERTIES:
            value.field_properties = (
                None if child.get(XSI_NIL) in NIL else decode_xml_field_property_dictionary(child)
            )
        elif tag == _TICKET_MESSAGE_ID:
            value.ticket_message_id = read_int(child)
        elif tag == _CREATED_AT:
            value.created_at = read_datetime(child)
        elif tag == _SLEVEL:
            value.slevel = decode_xml_ticket_security_level(child)
        elif tag == _IMPORTANT:
            value.important = read_bool(child)
        elif tag == _AUTHOR:
            value.author = child.text or empty_or_nil(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _PERSON_FULL_NAME:
            value.person_full_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_DEPARTMENT:
            value.contact_department = child.text or empty_or_nil(child)
        elif tag == _NUM_ATTACHMENTS:
            value.num_attachments = read_int(child)
        elif tag == _EMAIL_HEADER:
            value.email_header = child.text or empty_or_nil(child)
        elif tag == _MESSAGE_HEADERS:
            value.message_headers = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_ticket_message_header(child)
            )
        elif tag == _LANGUAGE:
            value.language = child.text or empty_or_nil(child)
        elif tag == _SENTIMENT:
            value.sentiment = read_int(child)
        elif tag == _SENTIMENT_CONFIDENCE:
            value.sentiment_confidence = read_int(child)
        elif tag == _CREATED_BY:
            value.created_by = read_int(child)
        elif tag == _CHANGED_AT:
            value.changed_at = read_datetime(child)
        elif tag == _BADGE:
            value.badge = decode_xml_badge_type(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ticket_message(parent: Element | None, tag: str, value: TicketMessage) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TICKET_MESSAGE_ID, value.ticket_message_id, write_int)
    put(element, _CREATED_AT, value.created_at, write_datetime)
    put(element, _SLEVEL, value.slevel, encode_xml_ticket_security_level)
    put(element, _IMPORTANT, value.important, write_bool)
    put(element, _AUTHOR, value.author, write_str)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _PERSON_FULL_NAME, value.person_full_name, write_str)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    put(element, _CONTACT_DEPARTMENT, value.contact_department, write_str)
    put(element, _NUM_ATTACHMENTS, value.num_attachments, write_int)
    put(element, _EMAIL_HEADER, value.email_header, write_str)
    put(element, _MESSAGE_HEADERS, value.message_headers, encode_xml_list_of_ticket_message_header)
    put(element, _LANGUAGE, value.language, write_str)
    put(element, _SENTIMENT, value.sentiment, write_int)
    put(element, _SENTIMENT_CONFIDENCE, value.sentiment_confidence, write_int)
    put(element, _CREATED_BY, value.created_by, write_int)
    put(element, _CHANGED_AT, value.changed_at, write_datetime)
    put(element, _BADGE, value.badge, encode_xml_badge_type)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ticket_message(data: Any, path: str) -> TicketMessage:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TicketMessage)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.ticket_message_id = take_int(data, "TicketMessageId", path)
    value.created_at = take(data, "CreatedAt", path, json_datetime)
    value.slevel = take(data, "Slevel", path, decode_json_ticket_security_level)
    value.important = take_bool(data, "Important", path)
    value.author = take_str_nillable(data, "Author", path)
    value.person_id = take_int(data, "PersonId", path)
    value.person_full_name = take_str_nillable(data, "PersonFullName", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.contact_department = take_str_nillable(data, "ContactDepartment", path)
    value.num_attachments = take_int(data, "NumAttachments", path)
    value.email_header = take_str_nillable(data, "EmailHeader", path)
    value.message_headers = take_nillable(
        data, "MessageHeaders", path, decode_json_list_of_ticket_message_header
    )
    value.language = take_str_nillable(data, "Language", path)
    value.sentiment = take_int(data, "Sentiment", path)
    value.sentiment_confidence = take_int(data, "SentimentConfidence", path)
    value.created_by = take_int(data, "CreatedBy", path)
    value.changed_at = take(data, "ChangedAt", path, json_datetime)
    value.badge = take(data, "Badge", path, decode_json_badge_type)
    value.extra = (
        None if _TICKET_MESSAGE_KEYS.issuperset(data) else json_extra(data, _TICKET_MESSAGE_KEYS)
    )
    return value


def encode_json_ticket_message(value: TicketMessage) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TicketMessageId", value.ticket_message_id, json_write_int)
    put_json(result, "CreatedAt", value.created_at, json_write_datetime)
    put_json(result, "Slevel", value.slevel, encode_json_ticket_security_level)
    put_json(result, "Important", value.important, json_write_bool)
    put_json(result, "Author", value.author, json_write_str)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "PersonFullName", value.person_full_name, json_write_str)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "ContactName", value.contact_name, json_write_str)
    put_json(result, "ContactDepartment", value.contact_department, json_write_str)
    put_json(result, "NumAttachments", value.num_attachments, json_write_int)
    put_json(result, "EmailHeader", value.email_header, json_write_str)
    put_json(
        result, "MessageHeaders", value.message_headers, encode_json_list_of_ticket_message_header
    )
    put_json(result, "Language", value.language, json_write_str)
    put_json(result, "Sentiment", value.sentiment, json_write_int)
    put_json(result, "SentimentConfidence", value.sentiment_confidence, json_write_int)
    put_json(result, "CreatedBy", value.created_by, json_write_int)
    put_json(result, "ChangedAt", value.changed_at, json_write_datetime)
    put_json(result, "Badge", value.badge, encode_json_badge_type)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TICKET_MESSAGE_CODEC = Codec(
    decode_xml_ticket_message,
    encode_xml_ticket_message,
    decode_json_ticket_message,
    encode_json_ticket_message,
)


def decode_xml_list_of_ticket_message(element: Element) -> list[TicketMessage | None]:
    """``ArrayOfTicketMessage``: a list of ``TicketMessage`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_ticket_message(child))
        for child in element
        if child.tag == _TICKET_MESSAGE
    ]


def encode_xml_list_of_ticket_message(
    parent: Element | None, tag: str, value: list[TicketMessage | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TICKET_MESSAGE, item, encode_xml_ticket_message)
    return element


def decode_json_list_of_ticket_message(data: Any, path: str) -> list[TicketMessage | None]:
    return json_items_nillable(data, path, decode_json_ticket_message)


def encode_json_list_of_ticket_message(value: list[TicketMessage | None]) -> list[Any]:
    return [(None if item is None else encode_json_ticket_message(item)) for item in value]


LIST_OF_TICKET_MESSAGE_CODEC = Codec(
    decode_xml_list_of_ticket_message,
    encode_xml_list_of_ticket_message,
    decode_json_list_of_ticket_message,
    encode_json_list_of_ticket_message,
)
