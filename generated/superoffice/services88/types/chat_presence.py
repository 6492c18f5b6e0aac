"""Services88 types: ArrayOfChatPresence, ChatPresence.

Used by the Chat agent.
"""

from __future__ import annotations

import dataclasses
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
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_int import (
    decode_json_list_of_int,
    decode_xml_list_of_int,
    encode_json_list_of_int,
    encode_xml_list_of_int,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CHAT_PRESENCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatPresence"
_CHAT_TOPICS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatTopics"
_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_ONGOING_CHATS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OngoingChats"
_PRESENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Present"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_USER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserId"


@dataclasses.dataclass(kw_only=True, repr=False)
class ChatPresence(Carrier):
    """Represents presence information for a chat user, bundled with some other useful information

    Carrier object for ChatPresence. Services for the ChatPresence Carrier is available from the
    Chat Agent.
    """

    user_id: int | Unset = UNSET
    """The id for the chat user"""
    display_name: str | None | Unset = UNSET
    """The display name of the chat user"""
    ongoing_chats: int | Unset = UNSET
    """The number of ongoing chats this users has now"""
    present: bool | Unset = UNSET
    """Indicates if the user has the chat presence turned on or off"""
    chat_topics: list[int] | None | Unset = UNSET
    """An array of ids with chat topics that this user is a member of"""

    def to_xml(self) -> Element:
        return encode_xml_chat_presence(None, _CHAT_PRESENCE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ChatPresence:
        return record_from_xml(decode_xml_chat_presence, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_chat_presence(self)

    @classmethod
    def from_json(cls, data: Any) -> ChatPresence:
        return record_from_json(decode_json_chat_presence, data)


_CHAT_PRESENCE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "UserId",
        "DisplayName",
        "OngoingChats",
        "Present",
        "ChatTopics",
    )
)


def decode_xml_chat_presence(element: Element) -> ChatPresence:
    value = ChatPresence()
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
        elif tag == _USER_ID:
            value.user_id = read_int(child)
        elif tag == _DISPLAY_NAME:
            value.display_name = child.text or empty_or_nil(child)
        elif tag == _ONGOING_CHATS:
            value.ongoing_chats = read_int(child)
        elif tag == _PRESENT:
            value.present = read_bool(child)
        elif tag == _CHAT_TOPICS:
            value.chat_topics = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_chat_presence(parent: Element | None, tag: str, value: ChatPresence) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _USER_ID, value.user_id, write_int)
    put(element, _DISPLAY_NAME, value.display_name, write_str)
    put(element, _ONGOING_CHATS, value.ongoing_chats, write_int)
    put(element, _PRESENT, value.present, write_bool)
    put(element, _CHAT_TOPICS, value.chat_topics, encode_xml_list_of_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_chat_presence(data: Any, path: str) -> ChatPresence:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ChatPresence)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.user_id = take_int(data, "UserId", path)
    value.display_name = take_str_nillable(data, "DisplayName", path)
    value.ongoing_chats = take_int(data, "OngoingChats", path)
    value.present = take_bool(data, "Present", path)
    value.chat_topics = take_nillable(data, "ChatTopics", path, decode_json_list_of_int)
    value.extra = (
        None if _CHAT_PRESENCE_KEYS.issuperset(data) else json_extra(data, _CHAT_PRESENCE_KEYS)
    )
    return value


def encode_json_chat_presence(value: ChatPresence) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "UserId", value.user_id, json_write_int)
    put_json(result, "DisplayName", value.display_name, json_write_str)
    put_json(result, "OngoingChats", value.ongoing_chats, json_write_int)
    put_json(result, "Present", value.present, json_write_bool)
    put_json(result, "ChatTopics", value.chat_topics, encode_json_list_of_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CHAT_PRESENCE_CODEC = Codec(
    decode_xml_chat_presence,
    encode_xml_chat_presence,
    decode_json_chat_presence,
    encode_json_chat_presence,
)


def decode_xml_list_of_chat_presence(element: Element) -> list[ChatPresence | None]:
    """``ArrayOfChatPresence``: a list of ``ChatPresence`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_chat_presence(child))
        for child in element
        if child.tag == _CHAT_PRESENCE
    ]


def encode_xml_list_of_chat_presence(
    parent: Element | None, tag: str, value: list[ChatPresence | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CHAT_PRESENCE, item, encode_xml_chat_presence)
    return element


def decode_json_list_of_chat_presence(data: Any, path: str) -> list[ChatPresence | None]:
    return json_items_nillable(data, path, decode_json_chat_presence)


def encode_json_list_of_chat_presence(value: list[ChatPresence | None]) -> list[Any]:
    return [(None if item is None else encode_json_chat_presence(item)) for item in value]


LIST_OF_CHAT_PRESENCE_CODEC = Codec(
    decode_xml_list_of_chat_presence,
    encode_xml_list_of_chat_presence,
    decode_json_list_of_chat_presence,
    encode_json_list_of_chat_presence,
)
