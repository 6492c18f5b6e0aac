"""Services88 types: ArrayOfChatMessage, ChatMessage.

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
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_datetime,
    json_extra,
    json_items_nillable,
    json_object,
    json_short,
    json_write_datetime,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_str_nillable,
    write_datetime,
    write_int,
    write_short,
    write_str,
)
from .chat_message_special_type import (
    ChatMessageSpecialType,
    decode_json_chat_message_special_type,
    decode_xml_chat_message_special_type,
    encode_json_chat_message_special_type,
    encode_xml_chat_message_special_type,
)
from .chat_message_type import (
    ChatMessageType,
    decode_json_chat_message_type,
    decode_xml_chat_message_type,
    encode_json_chat_message_type,
    encode_xml_chat_message_type,
)

_AUTHOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Author"
_CHAT_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatMessage"
_CHAT_MESSAGE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatMessageId"
_CHAT_SESSION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatSessionId"
_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Message"
_READ_BY_CUSTOMER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReadByCustomer"
_SPECIAL_PARAM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SpecialParam"
_SPECIAL_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SpecialType"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_WHEN_POSTED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WhenPosted"


@dataclasses.dataclass(kw_only=True, repr=False)
class ChatMessage(Record):
    """A message in a chat session

    Carrier object for ChatMessage. Services for the ChatMessage Carrier is available from the
    Chat Agent.
    """

    chat_message_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    chat_session_id: int | Unset = UNSET
    """The reference to the associated chat session."""
    type: ChatMessageType | str | Unset = UNSET
    """The type of the message."""
    message: str | None | Unset = UNSET
    """The message."""
    author: str | None | Unset = UNSET
    """The author of the message."""
    read_by_customer: int | Unset = UNSET
    """Whether the message has been read by the customer or not."""
    special_type: ChatMessageSpecialType | str | Unset = UNSET
    """Enum indicating if it is a special message, such as an URL redirection, etc."""
    special_param: str | None | Unset = UNSET
    """Special parameter for the special_type."""
    when_posted: datetime.datetime | Unset = UNSET
    """When the message was posted (UTC timestamp)."""

    def to_xml(self) -> Element:
        return encode_xml_chat_message(None, _CHAT_MESSAGE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ChatMessage:
        return record_from_xml(decode_xml_chat_message, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_chat_message(self)

    @classmethod
    def from_json(cls, data: Any) -> ChatMessage:
        return record_from_json(decode_json_chat_message, data)


_CHAT_MESSAGE_KEYS = frozenset(
    (
        "ChatMessageId",
        "ChatSessionId",
        "Type",
        "Message",
        "Author",
        "ReadByCustomer",
        "SpecialType",
        "SpecialParam",
        "WhenPosted",
    )
)


def decode_xml_chat_message(element: Element) -> ChatMessage:
    value = ChatMessage()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _CHAT_MESSAGE_ID:
            value.chat_message_id = read_int(child)
        elif tag == _CHAT_SESSION_ID:
            value.chat_session_id = read_int(child)
        elif tag == _TYPE:
            value.type = decode_xml_chat_message_type(child)
        elif tag == _MESSAGE:
            value.message = child.text or empty_or_nil(child)
        elif tag == _AUTHOR:
            value.author = child.text or empty_or_nil(child)
        elif tag == _READ_BY_CUSTOMER:
            value.read_by_customer = read_short(child)
        elif tag == _SPECIAL_TYPE:
            value.special_type = decode_xml_chat_message_special_type(child)
        elif tag == _SPECIAL_PARAM:
            value.special_param = child.text or empty_or_nil(child)
        elif tag == _WHEN_POSTED:
            value.when_posted = read_datetime(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_chat_message(parent: Element | None, tag: str, value: ChatMessage) -> Element:
    element = new_child(parent, tag)
    put(element, _CHAT_MESSAGE_ID, value.chat_message_id, write_int)
    put(element, _CHAT_SESSION_ID, value.chat_session_id, write_int)
    put(element, _TYPE, value.type, encode_xml_chat_message_type)
    put(element, _MESSAGE, value.message, write_str)
    put(element, _AUTHOR, value.author, write_str)
    put(element, _READ_BY_CUSTOMER, value.read_by_customer, write_short)
    put(element, _SPECIAL_TYPE, value.special_type, encode_xml_chat_message_special_type)
    put(element, _SPECIAL_PARAM, value.special_param, write_str)
    put(element, _WHEN_POSTED, value.when_posted, write_datetime)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_chat_message(data: Any, path: str) -> ChatMessage:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ChatMessage)
    value.chat_message_id = take_int(data, "ChatMessageId", path)
    value.chat_session_id = take_int(data, "ChatSessionId", path)
    value.type = take(data, "Type", path, decode_json_chat_message_type)
    value.message = take_str_nillable(data, "Message", path)
    value.author = take_str_nillable(data, "Author", path)
    value.read_by_customer = take(data, "ReadByCustomer", path, json_short)
    value.special_type = take(data, "SpecialType", path, decode_json_chat_message_special_type)
    value.special_param = take_str_nillable(data, "SpecialParam", path)
    value.when_posted = take(data, "WhenPosted", path, json_datetime)
    value.extra = (
        None if _CHAT_MESSAGE_KEYS.issuperset(data) else json_extra(data, _CHAT_MESSAGE_KEYS)
    )
    return value


def encode_json_chat_message(value: ChatMessage) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "ChatMessageId", value.chat_message_id, json_write_int)
    put_json(result, "ChatSessionId", value.chat_session_id, json_write_int)
    put_json(result, "Type", value.type, encode_json_chat_message_type)
    put_json(result, "Message", value.message, json_write_str)
    put_json(result, "Author", value.author, json_write_str)
    put_json(result, "ReadByCustomer", value.read_by_customer, json_write_short)
    put_json(result, "SpecialType", value.special_type, encode_json_chat_message_special_type)
    put_json(result, "SpecialParam", value.special_param, json_write_str)
    put_json(result, "WhenPosted", value.when_posted, json_write_datetime)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CHAT_MESSAGE_CODEC = Codec(
    decode_xml_chat_message,
    encode_xml_chat_message,
    decode_json_chat_message,
    encode_json_chat_message,
)


def decode_xml_list_of_chat_message(element: Element) -> list[ChatMessage | None]:
    """``ArrayOfChatMessage``: a list of ``ChatMessage`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_chat_message(child))
        for child in element
        if child.tag == _CHAT_MESSAGE
    ]


def encode_xml_list_of_chat_message(
    parent: Element | None, tag: str, value: list[ChatMessage | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CHAT_MESSAGE, item, encode_xml_chat_message)
    return element


def decode_json_list_of_chat_message(data: Any, path: str) -> list[ChatMessage | None]:
    return json_items_nillable(data, path, decode_json_chat_message)


def encode_json_list_of_chat_message(value: list[ChatMessage | None]) -> list[Any]:
    return [(None if item is None else encode_json_chat_message(item)) for item in value]


LIST_OF_CHAT_MESSAGE_CODEC = Codec(
    decode_xml_list_of_chat_message,
    encode_xml_list_of_chat_message,
    decode_json_list_of_chat_message,
    encode_json_list_of_chat_message,
)
