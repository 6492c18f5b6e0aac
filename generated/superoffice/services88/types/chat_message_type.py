"""Services88 types: ChatMessageType.

Used by the Chat agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ChatMessageType(enum.Enum):
    """The ``ChatMessageType`` enumeration."""

    INVALID = 0
    TO_CUSTOMER = 1
    TO_USER = 2
    SPECIAL = 3


_CHAT_MESSAGE_TYPE_NAMES: dict[ChatMessageType, str] = {
    ChatMessageType.INVALID: "Invalid",
    ChatMessageType.TO_CUSTOMER: "ToCustomer",
    ChatMessageType.TO_USER: "ToUser",
    ChatMessageType.SPECIAL: "Special",
}
_CHAT_MESSAGE_TYPE_BY_NAME: dict[str, ChatMessageType] = {
    "Invalid": ChatMessageType.INVALID,
    "ToCustomer": ChatMessageType.TO_CUSTOMER,
    "ToUser": ChatMessageType.TO_USER,
    "Special": ChatMessageType.SPECIAL,
}
_CHAT_MESSAGE_TYPE_BY_VALUE: dict[int, ChatMessageType] = {
    member.value: member for member in ChatMessageType
}


def decode_xml_chat_message_type(element: Element) -> ChatMessageType | str:
    return enum_from_text(element.text or "", _CHAT_MESSAGE_TYPE_BY_NAME)


def encode_xml_chat_message_type(parent: Element, tag: str, value: ChatMessageType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _CHAT_MESSAGE_TYPE_NAMES)


def decode_json_chat_message_type(data: Any, path: str) -> ChatMessageType | str:
    return json_enum(data, path, _CHAT_MESSAGE_TYPE_BY_NAME, _CHAT_MESSAGE_TYPE_BY_VALUE)


def encode_json_chat_message_type(value: ChatMessageType | str) -> str:
    return enum_to_text(value, _CHAT_MESSAGE_TYPE_NAMES)


CHAT_MESSAGE_TYPE_CODEC = Codec(
    decode_xml_chat_message_type,
    encode_xml_chat_message_type,
    decode_json_chat_message_type,
    encode_json_chat_message_type,
)
