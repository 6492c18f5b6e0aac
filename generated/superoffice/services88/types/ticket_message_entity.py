"""Services88 types: ArrayOfTicketMessageEntity, TicketMessageEntity.

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
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
)
from .attachment_entity import (
    AttachmentEntity,
    decode_json_list_of_attachment_entity,
    decode_xml_list_of_attachment_entity,
    encode_json_list_of_attachment_entity,
    encode_xml_list_of_attachment_entity,
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
from .person import (
    Person,
    decode_json_person,
    decode_xml_person,
    encode_json_person,
    encode_xml_person,
)
from .string_dictionary import (
    decode_json_string_dictionary,
    decode_xml_string_dictionary,
    encode_json_string_dictionary,
    encode_xml_string_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .ticket import (
    Ticket,
    decode_json_ticket,
    decode_xml_ticket,
    encode_json_ticket,
    encode_xml_ticket,
)
from .ticket_message_category import (
    TicketMessageCategory,
    decode_json_ticket_message_category,
    decode_xml_ticket_message_category,
    encode_json_ticket_message_category,
    encode_xml_ticket_message_category,
)
from .ticket_message_header import (
    TicketMessageHeader,
    decode_json_list_of_ticket_message_header,
    decode_xml_list_of_ticket_message_header,
    encode_json_list_of_ticket_message_header,
    encode_xml_list_of_ticket_message_header,
)
from .ticket_message_type import (
    TicketMessageType,
    decode_json_ticket_message_type,
    decode_xml_ticket_message_type,
    encode_json_ticket_message_type,
    encode_xml_ticket_message_type,
)
from .ticket_security_level import (
    TicketSecurityLevel,
    decode_json_ticket_security_level,
    decode_xml_ticket_security_level,
    encode_json_ticket_security_level,
    encode_xml_ticket_security_level,
)

_ATTACHMENTS_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AttachmentsInfo"
_AUTHOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Author"
_BADGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Badge"
_BODY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Body"
_CREATED_AT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedAt"
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CUSTOM_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomFields"
_DEBUG_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DebugInfo"
_EJ_MESSAGE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EjMessageId"
_EMAIL_HEADER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailHeader"
_EXTRA_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraFields"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HTML_BODY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HtmlBody"
_IMPORTANT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Important"
_LANGUAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Language"
_MAIL_SORTER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MailSorter"
_MESSAGE_CATEGORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MessageCategory"
_MESSAGE_HEADERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MessageHeaders"
_MESSAGE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MessageId"
_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Person"
_SEARCH_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SearchTitle"
_SENTIMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Sentiment"
_SENTIMENT_CONFIDENCE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SentimentConfidence"
)
_SLEVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Slevel"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Ticket"
_TICKET_MESSAGE_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketMessageEntity"
)
_TIME_SPENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeSpent"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"


@dataclasses.dataclass(kw_only=True, repr=False)
class TicketMessageEntity(Carrier):
    """The ticket messages are e-mails, SMS or other messages attached to a ticket (aka request).

    Carrier object for TicketMessageEntity. Services for the TicketMessageEntity Carrier is
    available from the Ticket Agent.
    """

    ej_message_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    ticket: Ticket | None | Unset = UNSET
    """The connected ticket"""
    created_at: datetime.datetime | Unset = UNSET
    """When the message was posted."""
    created_by: Associate | None | Unset = UNSET
    """The associate who created this ticket message"""
    author: str | None | Unset = UNSET
    """A string representing the author of the message. Could be a user&amp;apos;s name, or a
    persons email address.
    """
    slevel: TicketSecurityLevel | str | Unset = UNSET
    """The securitylevel of the message."""
    type: TicketMessageType | str | Unset = UNSET
    """The type of the message (plaintext/html)."""
    message_id: str | None | Unset = UNSET
    """The Message-Id header value from the email. Used for threading, i.e. connecting messages to
    existing tickets.
    """
    time_spent: int | Unset = UNSET
    """The time spent (minutes) for this message."""
    body: str | None | Unset = UNSET
    """The textbody for the message."""
    html_body: str | None | Unset = UNSET
    """The html body for the message (if any)."""
    email_header: str | None | Unset = UNSET
    """The email header is saved in this field as raw text"""
    debug_info: str | None | Unset = UNSET
    """The debug info for the message."""
    mail_sorter: str | None | Unset = UNSET
    """The name of the mail sorter used when the email was imported. Note: We must use name instead
    of id since the id&amp;apos;s change every time one changes the mail sorter. :-0
    """
    message_category: TicketMessageCategory | str | Unset = UNSET
    """Defines what kind of message this is."""
    person: Person | None | Unset = UNSET
    """If this is an incoming message, this will contain the person

    Use MDO List name "person_new" to get list items.
    """
    search_title: str | None | Unset = UNSET
    """A copy of the title of the ticket, for search optimisation and simpler reporting."""
    message_headers: list[TicketMessageHeader | None] | None | Unset = UNSET
    """Contains the message headers, like To, Cc, Bcc information, or custom headers"""
    important: bool | Unset = UNSET
    """If this message is important or not."""
    language: str | None | Unset = UNSET
    """The language this message is in, based on some kind of analysis"""
    sentiment: int | Unset = UNSET
    """Sentiment index, 100 = completely happy; -100 = suicidally unhappy; 0 = no idea"""
    sentiment_confidence: int | Unset = UNSET
    """Confidence of sentiment index, 0 = no idea, 100 = completely sure"""
    badge: BadgeType | str | Unset = UNSET
    """Badge to explicitly determine how a message was generated"""
    attachments_info: list[AttachmentEntity | None] | None | Unset = UNSET
    """Message attachments information"""
    extra_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.TicketMessageEntity.CustomFields} instead. Extra
    fields added to the carrier. This could be data from Plug-ins, the foreign key system,
    external applications, etc.
    """
    custom_fields: dict[str, str | None] | None | Unset = UNSET
    """Udef + Extra fields added to the carrier. Extra fields as defined by changes to database
    schema + user-defined fields as defined by admin. Custom fields combines user defined fields
    and extra fields into one bucket. The individual
    {SuperOffice.CRM.Services.TicketMessageEntity.ExtraFields} and UserDefinedFields properties
    are deprecated in favor of this combined collection.
    """

    def to_xml(self) -> Element:
        return encode_xml_ticket_message_entity(None, _TICKET_MESSAGE_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TicketMessageEntity:
        return record_from_xml(decode_xml_ticket_message_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ticket_message_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> TicketMessageEntity:
        return record_from_json(decode_json_ticket_message_entity, data)


_TICKET_MESSAGE_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "EjMessageId",
        "Ticket",
        "CreatedAt",
        "CreatedBy",
        "Author",
        "Slevel",
        "Type",
        "MessageId",
        "TimeSpent",
        "Body",
        "HtmlBody",
        "EmailHeader",
        "DebugInfo",
        "MailSorter",
        "MessageCategory",
        "Person",
        "SearchTitle",
        "MessageHeaders",
        "Important",
        "Language",
        "Sentiment",
        "SentimentConfidence",
        "Badge",
        "AttachmentsInfo",
        "ExtraFields",
        "CustomFields",
    )
)


def decode_xml_ticket_message_entity(element: Element) -> TicketMessageEntity:
    value = TicketMessageEntity()
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
        elif tag == _EJ_MESSAGE_ID:
            value.ej_message_id = read_int(child)
        elif tag == _TICKET:
            value.ticket = None if child.get(XSI_NIL) in NIL else decode_xml_ticket(child)
        elif tag == _CREATED_AT:
            value.created_at = read_datetime(child)
        elif tag == _CREATED_BY:
            value.created_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _AUTHOR:
            value.author = child.text or empty_or_nil(child)
        elif tag == _SLEVEL:
            value.slevel = decode_xml_ticket_security_level(child)
        elif tag == _TYPE:
            value.type = decode_xml_ticket_message_type(child)
        elif tag == _MESSAGE_ID:
            value.message_id = child.text or empty_or_nil(child)
        elif tag == _TIME_SPENT:
            value.time_spent = read_int(child)
        elif tag == _BODY:
            value.body = child.text or empty_or_nil(child)
        elif tag == _HTML_BODY:
            value.html_body = child.text or empty_or_nil(child)
        elif tag == _EMAIL_HEADER:
            value.email_header = child.text or empty_or_nil(child)
        elif tag == _DEBUG_INFO:
            value.debug_info = child.text or empty_or_nil(child)
        elif tag == _MAIL_SORTER:
            value.mail_sorter = child.text or empty_or_nil(child)
        elif tag == _MESSAGE_CATEGORY:
            value.message_category = decode_xml_ticket_message_category(child)
        elif tag == _PERSON:
            value.person = None if child.get(XSI_NIL) in NIL else decode_xml_person(child)
        elif tag == _SEARCH_TITLE:
            value.search_title = child.text or empty_or_nil(child)
        elif tag == _MESSAGE_HEADERS:
            value.message_headers = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_ticket_message_header(child)
            )
        elif tag == _IMPORTANT:
            value.important = read_bool(child)
        elif tag == _LANGUAGE:
            value.language = child.text or empty_or_nil(child)
        elif tag == _SENTIMENT:
            value.sentiment = read_int(child)
        elif tag == _SENTIMENT_CONFIDENCE:
            value.sentiment_confidence = read_int(child)
        elif tag == _BADGE:
            value.badge = decode_xml_badge_type(child)
        elif tag == _ATTACHMENTS_INFO:
            value.attachments_info = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_attachment_entity(child)
            )
        elif tag == _EXTRA_FIELDS:
            value.extra_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _CUSTOM_FIELDS:
            value.custom_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ticket_message_entity(
    parent: Element | None, tag: str, value: TicketMessageEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _EJ_MESSAGE_ID, value.ej_message_id, write_int)
    put(element, _TICKET, value.ticket, encode_xml_ticket)
    put(element, _CREATED_AT, value.created_at, write_datetime)
    put(element, _CREATED_BY, value.created_by, encode_xml_associate)
    put(element, _AUTHOR, value.author, write_str)
    put(element, _SLEVEL, value.slevel, encode_xml_ticket_security_level)
    put(element, _TYPE, value.type, encode_xml_ticket_message_type)
    put(element, _MESSAGE_ID, value.message_id, write_str)
    put(element, _TIME_SPENT, value.time_spent, write_int)
    put(element, _BODY, value.body, write_str)
    put(element, _HTML_BODY, value.html_body, write_str)
    put(element, _EMAIL_HEADER, value.email_header, write_str)
    put(element, _DEBUG_INFO, value.debug_info, write_str)
    put(element, _MAIL_SORTER, value.mail_sorter, write_str)
    put(element, _MESSAGE_CATEGORY, value.message_category, encode_xml_ticket_message_category)
    put(element, _PERSON, value.person, encode_xml_person)
    put(element, _SEARCH_TITLE, value.search_title, write_str)
    put(element, _MESSAGE_HEADERS, value.message_headers, encode_xml_list_of_ticket_message_header)
    put(element, _IMPORTANT, value.important, write_bool)
    put(element, _LANGUAGE, value.language, write_str)
    put(element, _SENTIMENT, value.sentiment, write_int)
    put(element, _SENTIMENT_CONFIDENCE, value.sentiment_confidence, write_int)
    put(element, _BADGE, value.badge, encode_xml_badge_type)
    put(element, _ATTACHMENTS_INFO, value.attachments_info, encode_xml_list_of_attachment_entity)
    put(element, _EXTRA_FIELDS, value.extra_fields, encode_xml_string_dictionary)
    put(element, _CUSTOM_FIELDS, value.custom_fields, encode_xml_string_dictionary)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ticket_message_entity(data: Any, path: str) -> TicketMessageEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TicketMessageEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.ej_message_id = take_int(data, "EjMessageId", path)
    value.ticket = take_nillable(data, "Ticket", path, decode_json_ticket)
    value.created_at = take(data, "CreatedAt", path, json_datetime)
    value.created_by = take_nillable(data, "CreatedBy", path, decode_json_associate)
    value.author = take_str_nillable(data, "Author", path)
    value.slevel = take(data, "Slevel", path, decode_json_ticket_security_level)
    value.type = take(data, "Type", path, decode_json_ticket_message_type)
    value.message_id = take_str_nillable(data, "MessageId", path)
    value.time_spent = take_int(data, "TimeSpent", path)
    value.body = take_str_nillable(data, "Body", path)
    value.html_body = take_str_nillable(data, "HtmlBody", path)
    value.email_header = take_str_nillable(data, "EmailHeader", path)
    value.debug_info = take_str_nillable(data, "DebugInfo", path)
    value.mail_sorter = take_str_nillable(data, "MailSorter", path)
    value.message_category = take(
        data, "MessageCategory", path, decode_json_ticket_message_category
    )
    value.person = take_nillable(data, "Person", path, decode_json_person)
    value.search_title = take_str_nillable(data, "SearchTitle", path)
    value.message_headers = take_nillable(
        data, "MessageHeaders", path, decode_json_list_of_ticket_message_header
    )
    value.important = take_bool(data, "Important", path)
    value.language = take_str_nillable(data, "Language", path)
    value.sentiment = take_int(data, "Sentiment", path)
    value.sentiment_confidence = take_int(data, "SentimentConfidence", path)
    value.badge = take(data, "Badge", path, decode_json_badge_type)
    value.attachments_info = take_nillable(
        data, "AttachmentsInfo", path, decode_json_list_of_attachment_entity
    )
    value.extra_fields = take_nillable(data, "ExtraFields", path, decode_json_string_dictionary)
    value.custom_fields = take_nillable(data, "CustomFields", path, decode_json_string_dictionary)
    value.extra = (
        None
        if _TICKET_MESSAGE_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _TICKET_MESSAGE_ENTITY_KEYS)
    )
    return value


def encode_json_ticket_message_entity(value: TicketMessageEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "EjMessageId", value.ej_message_id, json_write_int)
    put_json(result, "Ticket", value.ticket, encode_json_ticket)
    put_json(result, "CreatedAt", value.created_at, json_write_datetime)
    put_json(result, "CreatedBy", value.created_by, encode_json_associate)
    put_json(result, "Author", value.author, json_write_str)
    put_json(result, "Slevel", value.slevel, encode_json_ticket_security_level)
    put_json(result, "Type", value.type, encode_json_ticket_message_type)
    put_json(result, "MessageId", value.message_id, json_write_str)
    put_json(result, "TimeSpent", value.time_spent, json_write_int)
    put_json(result, "Body", value.body, json_write_str)
    put_json(result, "HtmlBody", value.html_body, json_write_str)
    put_json(result, "EmailHeader", value.email_header, json_write_str)
    put_json(result, "DebugInfo", value.debug_info, json_write_str)
    put_json(result, "MailSorter", value.mail_sorter, json_write_str)
    put_json(
        result, "MessageCategory", value.message_category, encode_json_ticket_message_category
    )
    put_json(result, "Person", value.person, encode_json_person)
    put_json(result, "SearchTitle", value.search_title, json_write_str)
    put_json(
        result, "MessageHeaders", value.message_headers, encode_json_list_of_ticket_message_header
    )
    put_json(result, "Important", value.important, json_write_bool)
    put_json(result, "Language", value.language, json_write_str)
    put_json(result, "Sentiment", value.sentiment, json_write_int)
    put_json(result, "SentimentConfidence", value.sentiment_confidence, json_write_int)
    put_json(result, "Badge", value.badge, encode_json_badge_type)
    put_json(
        result, "AttachmentsInfo", value.attachments_info, encode_json_list_of_attachment_entity
    )
    put_json(result, "ExtraFields", value.extra_fields, encode_json_string_dictionary)
    put_json(result, "CustomFields", value.custom_fields, encode_json_string_dictionary)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TICKET_MESSAGE_ENTITY_CODEC = Codec(
    decode_xml_ticket_message_entity,
    encode_xml_ticket_message_entity,
    decode_json_ticket_message_entity,
    encode_json_ticket_message_entity,
)


def decode_xml_list_of_ticket_message_entity(element: Element) -> list[TicketMessageEntity | None]:
    """``ArrayOfTicketMessageEntity``: a list of ``TicketMessageEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_ticket_message_entity(child))
        for child in element
        if child.tag == _TICKET_MESSAGE_ENTITY
    ]


def encode_xml_list_of_ticket_message_entity(
    parent: Element | None, tag: str, value: list[TicketMessageEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TICKET_MESSAGE_ENTITY, item, encode_xml_ticket_message_entity)
    return element


def decode_json_list_of_ticket_message_entity(
    data: Any, path: str
) -> list[TicketMessageEntity | None]:
    return json_items_nillable(data, path, decode_json_ticket_message_entity)


def encode_json_list_of_ticket_message_entity(
    value: list[TicketMessageEntity | None],
) -> list[Any]:
    return [(None if item is None else encode_json_ticket_message_entity(item)) for item in value]


LIST_OF_TICKET_MESSAGE_ENTITY_CODEC = Codec(
    decode_xml_list_of_ticket_message_entity,
    encode_xml_list_of_ticket_message_entity,
    decode_json_list_of_ticket_message_entity,
    encode_json_list_of_ticket_message_entity,
)
