"""Services88 types: ArrayOfChatSession, ChatSession.

Used by the CustomerService agent.
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
    json_extra,
    json_items_nillable,
    json_object,
    json_write_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_int,
    take_nillable,
    write_int,
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

_CHAT_SESSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatSession"
_CHAT_SESSION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatSessionId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ChatSession(Carrier):
    """The ``ChatSession`` record."""

    chat_session_id: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_chat_session(None, _CHAT_SESSION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ChatSession:
        return record_from_xml(decode_xml_chat_session, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_chat_session(self)

    @classmethod
    def from_json(cls, data: Any) -> ChatSession:
        return record_from_json(decode_json_chat_session, data)


_CHAT_SESSION_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ChatSessionId",
    )
)


def decode_xml_chat_session(element: Element) -> ChatSession:
    value = ChatSession()
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
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_chat_session(parent: Element | None, tag: str, value: ChatSession) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CHAT_SESSION_ID, value.chat_session_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_chat_session(data: Any, path: str) -> ChatSession:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ChatSession)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.chat_session_id = take_int(data, "ChatSessionId", path)
    value.extra = (
        None if _CHAT_SESSION_KEYS.issuperset(data) else json_extra(data, _CHAT_SESSION_KEYS)
    )
    return value


def encode_json_chat_session(value: ChatSession) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ChatSessionId", value.chat_session_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CHAT_SESSION_CODEC = Codec(
    decode_xml_chat_session,
    encode_xml_chat_session,
    decode_json_chat_session,
    encode_json_chat_session,
)


def decode_xml_list_of_chat_session(element: Element) -> list[ChatSession | None]:
    """``ArrayOfChatSession``: a list of ``ChatSession`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_chat_session(child))
        for child in element
        if child.tag == _CHAT_SESSION
    ]


def encode_xml_list_of_chat_session(
    parent: Element | None, tag: str, value: list[ChatSession | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CHAT_SESSION, item, encode_xml_chat_session)
    return element


def decode_json_list_of_chat_session(data: Any, path: str) -> list[ChatSession | None]:
    return json_items_nillable(data, path, decode_json_chat_session)


def encode_json_list_of_chat_session(value: list[ChatSession | None]) -> list[Any]:
    return [(None if item is None else encode_json_chat_session(item)) for item in value]


LIST_OF_CHAT_SESSION_CODEC = Codec(
    decode_xml_list_of_chat_session,
    encode_xml_list_of_chat_session,
    decode_json_list_of_chat_session,
    encode_json_list_of_chat_session,
)
