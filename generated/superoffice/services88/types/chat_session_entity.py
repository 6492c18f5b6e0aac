"""Services88 types: ArrayOfChatSessionEntity, ChatSessionEntity.

Used by the Chat agent.
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
from .carrier import Carrier
from .chat_session_flags import (
    ChatSessionFlags,
    decode_json_chat_session_flags,
    decode_xml_chat_session_flags,
    encode_json_chat_session_flags,
    encode_xml_chat_session_flags,
)
from .chat_session_status import (
    ChatSessionStatus,
    decode_json_chat_session_status,
    decode_xml_chat_session_status,
    encode_json_chat_session_status,
    encode_xml_chat_session_status,
)
from .contact import (
    Contact,
    decode_json_contact,
    decode_xml_contact,
    encode_json_contact,
    encode_xml_contact,
)
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
from .project import (
    Project,
    decode_json_project,
    decode_xml_project,
    encode_json_project,
    encode_xml_project,
)
from .sale import Sale, decode_json_sale, decode_xml_sale, encode_json_sale, encode_xml_sale
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

_ALERT_LEVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AlertLevel"
_CHATBOT_IS_ACTIVE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatbotIsActive"
_CHAT_SESSION_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatSessionEntity"
_CHAT_SESSION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatSessionId"
_CONTACT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Contact"
_CUSTOMER_ALIAS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomerAlias"
_CUSTOMER_COMPANY_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomerCompanyName"
)
_CUSTOMER_CONSENTED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomerConsented"
_CUSTOMER_EMAIL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomerEmail"
_CUSTOMER_HOST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomerHost"
_CUSTOMER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomerName"
_CUSTOMER_PHONE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomerPhone"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FIRST_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirstMessage"
_FLAGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Flags"
_INITIAL_QUEUE_POS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InitialQueuePos"
_LAST_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastMessage"
_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Person"
_PROJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Project"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_RATING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rating"
_SALE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Sale"
_SESSION_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SessionKey"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Ticket"
_TOPIC_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TopicId"
_TRANSFER_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TransferTo"
_USER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}User"
_WHEN_ENDED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WhenEnded"
_WHEN_FETCHED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WhenFetched"
_WHEN_IDLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WhenIdle"
_WHEN_REQUESTED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WhenRequested"
_WHEN_STARTED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WhenStarted"


@dataclasses.dataclass(kw_only=True, repr=False)
class ChatSessionEntity(Carrier):
    """Chat sessions belong to a chat topic, and contain messages to/from users

    Carrier object for ChatSessionEntity. Services for the ChatSessionEntity Carrier is
    available from the Chat Agent.
    """

    chat_session_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    topic_id: int | Unset = UNSET
    """The reference to the associated chat topic."""
    user: Associate | None | Unset = UNSET
    """User agent handling this session"""
    person: Person | None | Unset = UNSET
    """Customer person in this session - could be empty if we don't know exactly."""
    customer_alias: str | None | Unset = UNSET
    """The alias for the customer."""
    customer_host: str | None | Unset = UNSET
    """The hostname or IP address for the customer."""
    customer_name: str | None | Unset = UNSET
    """The name of customer, if provided"""
    customer_email: str | None | Unset = UNSET
    """The email address of the customer, if provided"""
    customer_phone: str | None | Unset = UNSET
    """The phone number of the customer, if provided"""
    customer_consented: bool | Unset = UNSET
    """The customer consented when starting the session"""
    customer_company_name: str | None | Unset = UNSET
    """The name of the customers company, if provided"""
    status: ChatSessionStatus | str | Unset = UNSET
    """Enum indicating the status for the session (pending, active, closed, etc)."""
    first_message: str | None | Unset = UNSET
    """A copy of the first message in the chat session"""
    last_message: str | None | Unset = UNSET
    """A copy of the last message in the chat session"""
    when_requested: datetime.datetime | Unset = UNSET
    """When the session was requested by the customer."""
    when_started: datetime.datetime | Unset = UNSET
    """When the session was accepted by a user."""
    when_ended: datetime.datetime | Unset = UNSET
    """When the session was ended."""
    when_idle: datetime.datetime | Unset = UNSET
    """The last time anyone sent a message for this session."""
    when_fetched: datetime.datetime | Unset = UNSET
    """The last time the customer&amp;apos;s client refetched the data. Used to detect
    &amp;apos;dead&amp;apos; session.
    """
    session_key: str | None | Unset = UNSET
    """Key used to authenticate the session."""
    initial_queue_pos: int | Unset = UNSET
    """The initial queue pos (i.e. the number of pending sessions + 1) when the session was
    requested.
    """
    alert_level: int | Unset = UNSET
    """The alert level for this chat session."""
    rank: int | Unset = UNSET
    """Lowest possible unique number for active sessions for user. User for color index. Starting
    at 1.
    """
    flags: ChatSessionFlags | str | Unset = UNSET
    """Various flags for the chat session"""
    contact: Contact | None | Unset = UNSET
    """Contact this session is connected to - could be empty if we don't know exactly."""
    project: Project | None | Unset = UNSET
    """Project the session is connectedto - could be empty if we don't know exactly."""
    sale: Sale | None | Unset = UNSET
    """Sale the session is connected to - could be empty if we don't know exactly."""
    ticket: Ticket | None | Unset = UNSET
    """Ticket the session is connected to - could be empty if we don't know exactly."""
    transfer_to: Associate | None | Unset = UNSET
    """User agent that has a pending transfer of the chat session"""
    chatbot_is_active: bool | Unset = UNSET
    """Indicates that a chatbot is active on the session. This will cause bot triggers to fire. Set
    to 0 when bot hands off to user.
    """
    rating: int | Unset = UNSET
    """Rating of this chat conversation given by the customer"""

    def to_xml(self) -> Element:
        return encode_xml_chat_session_entity(None, _CHAT_SESSION_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ChatSessionEntity:
        return record_from_xml(decode_xml_chat_session_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_chat_session_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> ChatSessionEntity:
        return record_from_json(decode_json_chat_session_entity, data)


_CHAT_SESSION_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ChatSessionId",
        "TopicId",
        "User",
        "Person",
        "CustomerAlias",
        "CustomerHost",
        "CustomerName",
        "CustomerEmail",
        "CustomerPhone",
        "CustomerConsented",
        "CustomerCompanyName",
        "Status",
        "FirstMessage",
        "LastMessage",
        "WhenRequested",
        "WhenStarted",
        "WhenEnded",
        "WhenIdle",
        "WhenFetched",
        "SessionKey",
        "InitialQueuePos",
        "AlertLevel",
        "Rank",
        "Flags",
        "Contact",
        "Project",
        "Sale",
        "Ticket",
        "TransferTo",
        "ChatbotIsActive",
        "Rating",
    )
)


def decode_xml_chat_session_entity(element: Element) -> ChatSessionEntity:
    value = ChatSessionEntity()
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
        elif tag == _CHAT_SESSION_ID:
            value.chat_session_id = read_int(child)
        elif tag == _TOPIC_ID:
            value.topic_id = read_int(child)
        elif tag == _USER:
            value.user = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _PERSON:
            value.person = None if child.get(XSI_NIL) in NIL else decode_xml_person(child)
        elif tag == _CUSTOMER_ALIAS:
            value.customer_alias = child.text or empty_or_nil(child)
        elif tag == _CUSTOMER_HOST:
            value.customer_host = child.text or empty_or_nil(child)
        elif tag == _CUSTOMER_NAME:
            value.customer_name = child.text or empty_or_nil(child)
        elif tag == _CUSTOMER_EMAIL:
            value.customer_email = child.text or empty_or_nil(child)
        elif tag == _CUSTOMER_PHONE:
            value.customer_phone = child.text or empty_or_nil(child)
        elif tag == _CUSTOMER_CONSENTED:
            value.customer_consented = read_bool(child)
        elif tag == _CUSTOMER_COMPANY_NAME:
            value.customer_company_name = child.text or empty_or_nil(child)
        elif tag == _STATUS:
            value.status = decode_xml_chat_session_status(child)
        elif tag == _FIRST_MESSAGE:
            value.first_message = child.text or empty_or_nil(child)
        elif tag == _LAST_MESSAGE:
            value.last_message = child.text or empty_or_nil(child)
        elif tag == _WHEN_REQUESTED:
            value.when_requested = read_datetime(child)
        elif tag == _WHEN_STARTED:
            value.when_started = read_datetime(child)
        elif tag == _WHEN_ENDED:
            value.when_ended = read_datetime(child)
        elif tag == _WHEN_IDLE:
            value.when_idle = read_datetime(child)
        elif tag == _WHEN_FETCHED:
            value.when_fetched = read_datetime(child)
        elif tag == _SESSION_KEY:
            value.session_key = child.text or empty_or_nil(child)
        elif tag == _INITIAL_QUEUE_POS:
            value.initial_queue_pos = read_int(child)
        elif tag == _ALERT_LEVEL:
            value.alert_level = read_int(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _FLAGS:
            value.flags = decode_xml_chat_session_flags(child)
        elif tag == _CONTACT:
            value.contact = None if child.get(XSI_NIL) in NIL else decode_xml_contact(child)
        elif tag == _PROJECT:
            value.project = None if child.get(XSI_NIL) in NIL else decode_xml_project(child)
        elif tag == _SALE:
            value.sale = None if child.get(XSI_NIL) in NIL else decode_xml_sale(child)
        elif tag == _TICKET:
            value.ticket = None if child.get(XSI_NIL) in NIL else decode_xml_ticket(child)
        elif tag == _TRANSFER_TO:
            value.transfer_to = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _CHATBOT_IS_ACTIVE:
            value.chatbot_is_active = read_bool(child)
        elif tag == _RATING:
            value.rating = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_chat_session_entity(
    parent: Element | None, tag: str, value: ChatSessionEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CHAT_SESSION_ID, value.chat_session_id, write_int)
    put(element, _TOPIC_ID, value.topic_id, write_int)
    put(element, _USER, value.user, encode_xml_associate)
    put(element, _PERSON, value.person, encode_xml_person)
    put(element, _CUSTOMER_ALIAS, value.customer_alias, write_str)
    put(element, _CUSTOMER_HOST, value.customer_host, write_str)
    put(element, _CUSTOMER_NAME, value.customer_name, write_str)
    put(element, _CUSTOMER_EMAIL, value.customer_email, write_str)
    put(element, _CUSTOMER_PHONE, value.customer_phone, write_str)
    put(element, _CUSTOMER_CONSENTED, value.customer_consented, write_bool)
    put(element, _CUSTOMER_COMPANY_NAME, value.customer_company_name, write_str)
    put(element, _STATUS, value.status, encode_xml_chat_session_status)
    put(element, _FIRST_MESSAGE, value.first_message, write_str)
    put(element, _LAST_MESSAGE, value.last_message, write_str)
    put(element, _WHEN_REQUESTED, value.when_requested, write_datetime)
    put(element, _WHEN_STARTED, value.when_started, write_datetime)
    put(element, _WHEN_ENDED, value.when_ended, write_datetime)
    put(element, _WHEN_IDLE, value.when_idle, write_datetime)
    put(element, _WHEN_FETCHED, value.when_fetched, write_datetime)
    put(element, _SESSION_KEY, value.session_key, write_str)
    put(element, _INITIAL_QUEUE_POS, value.initial_queue_pos, write_int)
    put(element, _ALERT_LEVEL, value.alert_level, write_int)
    put(element, _RANK, value.rank, write_int)
    put(element, _FLAGS, value.flags, encode_xml_chat_session_flags)
    put(element, _CONTACT, value.contact, encode_xml_contact)
    put(element, _PROJECT, value.project, encode_xml_project)
    put(element, _SALE, value.sale, encode_xml_sale)
    put(element, _TICKET, value.ticket, encode_xml_ticket)
    put(element, _TRANSFER_TO, value.transfer_to, encode_xml_associate)
    put(element, _CHATBOT_IS_ACTIVE, value.chatbot_is_active, write_bool)
    put(element, _RATING, value.rating, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_chat_session_entity(data: Any, path: str) -> ChatSessionEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ChatSessionEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.chat_session_id = take_int(data, "ChatSessionId", path)
    value.topic_id = take_int(data, "TopicId", path)
    value.user = take_nillable(data, "User", path, decode_json_associate)
    value.person = take_nillable(data, "Person", path, decode_json_person)
    value.customer_alias = take_str_nillable(data, "CustomerAlias", path)
    value.customer_host = take_str_nillable(data, "CustomerHost", path)
    value.customer_name = take_str_nillable(data, "CustomerName", path)
    value.customer_email = take_str_nillable(data, "CustomerEmail", path)
    value.customer_phone = take_str_nillable(data, "CustomerPhone", path)
    value.customer_consented = take_bool(data, "CustomerConsented", path)
    value.customer_company_name = take_str_nillable(data, "CustomerCompanyName", path)
    value.status = take(data, "Status", path, decode_json_chat_session_status)
    value.first_message = take_str_nillable(data, "FirstMessage", path)
    value.last_message = take_str_nillable(data, "LastMessage", path)
    value.when_requested = take(data, "WhenRequested", path, json_datetime)
    value.when_started = take(data, "WhenStarted", path, json_datetime)
    value.when_ended = take(data, "WhenEnded", path, json_datetime)
    value.when_idle = take(data, "WhenIdle", path, json_datetime)
    value.when_fetched = take(data, "WhenFetched", path, json_datetime)
    value.session_key = take_str_nillable(data, "SessionKey", path)
    value.initial_queue_pos = take_int(data, "InitialQueuePos", path)
    value.alert_level = take_int(data, "AlertLevel", path)
    value.rank = take_int(data, "Rank", path)
    value.flags = take(data, "Flags", path, decode_json_chat_session_flags)
    value.contact = take_nillable(data, "Contact", path, decode_json_contact)
    value.project = take_nillable(data, "Project", path, decode_json_project)
    value.sale = take_nillable(data, "Sale", path, decode_json_sale)
    value.ticket = take_nillable(data, "Ticket", path, decode_json_ticket)
    value.transfer_to = take_nillable(data, "TransferTo", path, decode_json_associate)
    value.chatbot_is_active = take_bool(data, "ChatbotIsActive", path)
    value.rating = take_int(data, "Rating", path)
    value.extra = (
        None
        if _CHAT_SESSION_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _CHAT_SESSION_ENTITY_KEYS)
    )
    return value


def encode_json_chat_session_entity(value: ChatSessionEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ChatSessionId", value.chat_session_id, json_write_int)
    put_json(result, "TopicId", value.topic_id, json_write_int)
    put_json(result, "User", value.user, encode_json_associate)
    put_json(result, "Person", value.person, encode_json_person)
    put_json(result, "CustomerAlias", value.customer_alias, json_write_str)
    put_json(result, "CustomerHost", value.customer_host, json_write_str)
    put_json(result, "CustomerName", value.customer_name, json_write_str)
    put_json(result, "CustomerEmail", value.customer_email, json_write_str)
    put_json(result, "CustomerPhone", value.customer_phone, json_write_str)
    put_json(result, "CustomerConsented", value.customer_consented, json_write_bool)
    put_json(result, "CustomerCompanyName", value.customer_company_name, json_write_str)
    put_json(result, "Status", value.status, encode_json_chat_session_status)
    put_json(result, "FirstMessage", value.first_message, json_write_str)
    put_json(result, "LastMessage", value.last_message, json_write_str)
    put_json(result, "WhenRequested", value.when_requested, json_write_datetime)
    put_json(result, "WhenStarted", value.when_started, json_write_datetime)
    put_json(result, "WhenEnded", value.when_ended, json_write_datetime)
    put_json(result, "WhenIdle", value.when_idle, json_write_datetime)
    put_json(result, "WhenFetched", value.when_fetched, json_write_datetime)
    put_json(result, "SessionKey", value.session_key, json_write_str)
    put_json(result, "InitialQueuePos", value.initial_queue_pos, json_write_int)
    put_json(result, "AlertLevel", value.alert_level, json_write_int)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "Flags", value.flags, encode_json_chat_session_flags)
    put_json(result, "Contact", value.contact, encode_json_contact)
    put_json(result, "Project", value.project, encode_json_project)
    put_json(result, "Sale", value.sale, encode_json_sale)
    put_json(result, "Ticket", value.ticket, encode_json_ticket)
    put_json(result, "TransferTo", value.transfer_to, encode_json_associate)
    put_json(result, "ChatbotIsActive", value.chatbot_is_active, json_write_bool)
    put_json(result, "Rating", value.rating, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CHAT_SESSION_ENTITY_CODEC = Codec(
    decode_xml_chat_session_entity,
    encode_xml_chat_session_entity,
    decode_json_chat_session_entity,
    encode_json_chat_session_entity,
)


def decode_xml_list_of_chat_session_entity(element: Element) -> list[ChatSessionEntity | None]:
    """``ArrayOfChatSessionEntity``: a list of ``ChatSessionEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_chat_session_entity(child))
        for child in element
        if child.tag == _CHAT_SESSION_ENTITY
    ]


def encode_xml_list_of_chat_session_entity(
    parent: Element | None, tag: str, value: list[ChatSessionEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CHAT_SESSION_ENTITY, item, encode_xml_chat_session_entity)
    return element


def decode_json_list_of_chat_session_entity(
    data: Any, path: str
) -> list[ChatSessionEntity | None]:
    return json_items_nillable(data, path, decode_json_chat_session_entity)


def encode_json_list_of_chat_session_entity(value: list[ChatSessionEntity | None]) -> list[Any]:
    return [(None if item is None else encode_json_chat_session_entity(item)) for item in value]


LIST_OF_CHAT_SESSION_ENTITY_CODEC = Codec(
    decode_xml_list_of_chat_session_entity,
    encode_xml_list_of_chat_session_entity,
    decode_json_list_of_chat_session_entity,
    encode_json_list_of_chat_session_entity,
)
