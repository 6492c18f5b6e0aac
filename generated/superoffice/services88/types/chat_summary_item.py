"""Services88 types: ArrayOfChatSummaryItem, ChatSummaryItem.

Used by the Contact, Person agents.
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
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_str_nillable,
    write_datetime,
    write_int,
    write_str,
)

_CHAT_SESSION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatSessionId"
_CHAT_SUMMARY_ITEM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatSummaryItem"
_COMPANY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CompanyName"
_FIRST_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirstMessage"
_LAST_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastMessage"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_WHEN_ENDED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WhenEnded"
_WHEN_REQUESTED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WhenRequested"


@dataclasses.dataclass(kw_only=True, repr=False)
class ChatSummaryItem(Record):
    """Chat session summary: id, title, created date

    Carrier object for ChatSummaryItem. Services for the ChatSummaryItem Carrier is available
    from the Chat Agent.
    """

    chat_session_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    name: str | None | Unset = UNSET
    """The name of customer, if provided"""
    company_name: str | None | Unset = UNSET
    """The name of the customers company, if provided"""
    first_message: str | None | Unset = UNSET
    """A copy of the first message in the chat session"""
    last_message: str | None | Unset = UNSET
    """A copy of the last message in the chat session"""
    when_requested: datetime.datetime | Unset = UNSET
    """When the session was requested by the customer."""
    when_ended: datetime.datetime | Unset = UNSET
    """When the session was ended."""

    def to_xml(self) -> Element:
        return encode_xml_chat_summary_item(None, _CHAT_SUMMARY_ITEM, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ChatSummaryItem:
        return record_from_xml(decode_xml_chat_summary_item, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_chat_summary_item(self)

    @classmethod
    def from_json(cls, data: Any) -> ChatSummaryItem:
        return record_from_json(decode_json_chat_summary_item, data)


_CHAT_SUMMARY_ITEM_KEYS = frozenset(
    (
        "ChatSessionId",
        "Name",
        "CompanyName",
        "FirstMessage",
        "LastMessage",
        "WhenRequested",
        "WhenEnded",
    )
)


def decode_xml_chat_summary_item(element: Element) -> ChatSummaryItem:
    value = ChatSummaryItem()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _CHAT_SESSION_ID:
            value.chat_session_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _COMPANY_NAME:
            value.company_name = child.text or empty_or_nil(child)
        elif tag == _FIRST_MESSAGE:
            value.first_message = child.text or empty_or_nil(child)
        elif tag == _LAST_MESSAGE:
            value.last_message = child.text or empty_or_nil(child)
        elif tag == _WHEN_REQUESTED:
            value.when_requested = read_datetime(child)
        elif tag == _WHEN_ENDED:
            value.when_ended = read_datetime(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_chat_summary_item(
    parent: Element | None, tag: str, value: ChatSummaryItem
) -> Element:
    element = new_child(parent, tag)
    put(element, _CHAT_SESSION_ID, value.chat_session_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _COMPANY_NAME, value.company_name, write_str)
    put(element, _FIRST_MESSAGE, value.first_message, write_str)
    put(element, _LAST_MESSAGE, value.last_message, write_str)
    put(element, _WHEN_REQUESTED, value.when_requested, write_datetime)
    put(element, _WHEN_ENDED, value.when_ended, write_datetime)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_chat_summary_item(data: Any, path: str) -> ChatSummaryItem:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ChatSummaryItem)
    value.chat_session_id = take_int(data, "ChatSessionId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.company_name = take_str_nillable(data, "CompanyName", path)
    value.first_message = take_str_nillable(data, "FirstMessage", path)
    value.last_message = take_str_nillable(data, "LastMessage", path)
    value.when_requested = take(data, "WhenRequested", path, json_datetime)
    value.when_ended = take(data, "WhenEnded", path, json_datetime)
    value.extra = (
        None
        if _CHAT_SUMMARY_ITEM_KEYS.issuperset(data)
        else json_extra(data, _CHAT_SUMMARY_ITEM_KEYS)
    )
    return value


def encode_json_chat_summary_item(value: ChatSummaryItem) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "ChatSessionId", value.chat_session_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "CompanyName", value.company_name, json_write_str)
    put_json(result, "FirstMessage", value.first_message, json_write_str)
    put_json(result, "LastMessage", value.last_message, json_write_str)
    put_json(result, "WhenRequested", value.when_requested, json_write_datetime)
    put_json(result, "WhenEnded", value.when_ended, json_write_datetime)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CHAT_SUMMARY_ITEM_CODEC = Codec(
    decode_xml_chat_summary_item,
    encode_xml_chat_summary_item,
    decode_json_chat_summary_item,
    encode_json_chat_summary_item,
)


def decode_xml_list_of_chat_summary_item(element: Element) -> list[ChatSummaryItem | None]:
    """``ArrayOfChatSummaryItem``: a list of ``ChatSummaryItem`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_chat_summary_item(child))
        for child in element
        if child.tag == _CHAT_SUMMARY_ITEM
    ]


def encode_xml_list_of_chat_summary_item(
    parent: Element | None, tag: str, value: list[ChatSummaryItem | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CHAT_SUMMARY_ITEM, item, encode_xml_chat_summary_item)
    return element


def decode_json_list_of_chat_summary_item(data: Any, path: str) -> list[ChatSummaryItem | None]:
    return json_items_nillable(data, path, decode_json_chat_summary_item)


def encode_json_list_of_chat_summary_item(value: list[ChatSummaryItem | None]) -> list[Any]:
    return [(None if item is None else encode_json_chat_summary_item(item)) for item in value]


LIST_OF_CHAT_SUMMARY_ITEM_CODEC = Codec(
    decode_xml_list_of_chat_summary_item,
    encode_xml_list_of_chat_summary_item,
    decode_json_list_of_chat_summary_item,
    encode_json_list_of_chat_summary_item,
)
