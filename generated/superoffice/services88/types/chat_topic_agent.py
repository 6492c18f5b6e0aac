"""Services88 types: ArrayOfChatTopicAgent, ChatTopicAgent.

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
    Record,
    Unset,
    blank,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_int,
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
    write_bool,
    write_int,
)
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
)

_CAN_LISTEN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CanListen"
_CAN_MANAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CanManage"
_CAN_NOTIFY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CanNotify"
_CAN_RESPOND = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CanRespond"
_CHAT_TOPIC_AGENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatTopicAgent"
_TOPIC_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TopicId"
_USER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}User"


@dataclasses.dataclass(kw_only=True, repr=False)
class ChatTopicAgent(Record):
    """User agents within a chat topic. Which users are assigned and what roles they have within
    the chat topic.

    Carrier object for ChatTopicAgent. Services for the ChatTopicAgent Carrier is available from
    the Chat Agent.
    """

    topic_id: int | Unset = UNSET
    """The reference to the associated chat topic."""
    user: Associate | None | Unset = UNSET
    """The associate that is the user agent."""
    can_listen: bool | Unset = UNSET
    """True of a user can listen in on this topic"""
    can_respond: bool | Unset = UNSET
    """True if the user can respond to chats in this topic"""
    can_manage: bool | Unset = UNSET
    """True if the user is a manager for this topic"""
    can_notify: bool | Unset = UNSET
    """True if the user should receive notifications for this topic"""

    def to_xml(self) -> Element:
        return encode_xml_chat_topic_agent(None, _CHAT_TOPIC_AGENT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ChatTopicAgent:
        return record_from_xml(decode_xml_chat_topic_agent, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_chat_topic_agent(self)

    @classmethod
    def from_json(cls, data: Any) -> ChatTopicAgent:
        return record_from_json(decode_json_chat_topic_agent, data)


_CHAT_TOPIC_AGENT_KEYS = frozenset(
    (
        "TopicId",
        "User",
        "CanListen",
        "CanRespond",
        "CanManage",
        "CanNotify",
    )
)


def decode_xml_chat_topic_agent(element: Element) -> ChatTopicAgent:
    value = ChatTopicAgent()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TOPIC_ID:
            value.topic_id = read_int(child)
        elif tag == _USER:
            value.user = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _CAN_LISTEN:
            value.can_listen = read_bool(child)
        elif tag == _CAN_RESPOND:
            value.can_respond = read_bool(child)
        elif tag == _CAN_MANAGE:
            value.can_manage = read_bool(child)
        elif tag == _CAN_NOTIFY:
            value.can_notify = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_chat_topic_agent(
    parent: Element | None, tag: str, value: ChatTopicAgent
) -> Element:
    element = new_child(parent, tag)
    put(element, _TOPIC_ID, value.topic_id, write_int)
    put(element, _USER, value.user, encode_xml_associate)
    put(element, _CAN_LISTEN, value.can_listen, write_bool)
    put(element, _CAN_RESPOND, value.can_respond, write_bool)
    put(element, _CAN_MANAGE, value.can_manage, write_bool)
    put(element, _CAN_NOTIFY, value.can_notify, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_chat_topic_agent(data: Any, path: str) -> ChatTopicAgent:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ChatTopicAgent)
    value.topic_id = take_int(data, "TopicId", path)
    value.user = take_nillable(data, "User", path, decode_json_associate)
    value.can_listen = take_bool(data, "CanListen", path)
    value.can_respond = take_bool(data, "CanRespond", path)
    value.can_manage = take_bool(data, "CanManage", path)
    value.can_notify = take_bool(data, "CanNotify", path)
    value.extra = (
        None
        if _CHAT_TOPIC_AGENT_KEYS.issuperset(data)
        else json_extra(data, _CHAT_TOPIC_AGENT_KEYS)
    )
    return value


def encode_json_chat_topic_agent(value: ChatTopicAgent) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TopicId", value.topic_id, json_write_int)
    put_json(result, "User", value.user, encode_json_associate)
    put_json(result, "CanListen", value.can_listen, json_write_bool)
    put_json(result, "CanRespond", value.can_respond, json_write_bool)
    put_json(result, "CanManage", value.can_manage, json_write_bool)
    put_json(result, "CanNotify", value.can_notify, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CHAT_TOPIC_AGENT_CODEC = Codec(
    decode_xml_chat_topic_agent,
    encode_xml_chat_topic_agent,
    decode_json_chat_topic_agent,
    encode_json_chat_topic_agent,
)


def decode_xml_list_of_chat_topic_agent(element: Element) -> list[ChatTopicAgent | None]:
    """``ArrayOfChatTopicAgent``: a list of ``ChatTopicAgent`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_chat_topic_agent(child))
        for child in element
        if child.tag == _CHAT_TOPIC_AGENT
    ]


def encode_xml_list_of_chat_topic_agent(
    parent: Element | None, tag: str, value: list[ChatTopicAgent | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CHAT_TOPIC_AGENT, item, encode_xml_chat_topic_agent)
    return element


def decode_json_list_of_chat_topic_agent(data: Any, path: str) -> list[ChatTopicAgent | None]:
    return json_items_nillable(data, path, decode_json_chat_topic_agent)


def encode_json_list_of_chat_topic_agent(value: list[ChatTopicAgent | None]) -> list[Any]:
    return [(None if item is None else encode_json_chat_topic_agent(item)) for item in value]


LIST_OF_CHAT_TOPIC_AGENT_CODEC = Codec(
    decode_xml_list_of_chat_topic_agent,
    encode_xml_list_of_chat_topic_agent,
    decode_json_list_of_chat_topic_agent,
    encode_json_list_of_chat_topic_agent,
)
