"""Services88 types: MessageActionType.

Used by the Ticket agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class MessageActionType(enum.Enum):
    """The ``MessageActionType`` enumeration."""

    NONE = 0
    REPLY = 1
    REPLY_ALL = 2
    FORWARD = 3
    INTERNAL_COMMENT = 4


_MESSAGE_ACTION_TYPE_NAMES: dict[MessageActionType, str] = {
    MessageActionType.NONE: "None",
    MessageActionType.REPLY: "Reply",
    MessageActionType.REPLY_ALL: "ReplyAll",
    MessageActionType.FORWARD: "Forward",
    MessageActionType.INTERNAL_COMMENT: "InternalComment",
}
_MESSAGE_ACTION_TYPE_BY_NAME: dict[str, MessageActionType] = {
    "None": MessageActionType.NONE,
    "Reply": MessageActionType.REPLY,
    "ReplyAll": MessageActionType.REPLY_ALL,
    "Forward": MessageActionType.FORWARD,
    "InternalComment": MessageActionType.INTERNAL_COMMENT,
}
_MESSAGE_ACTION_TYPE_BY_VALUE: dict[int, MessageActionType] = {
    member.value: member for member in MessageActionType
}


def decode_xml_message_action_type(element: Element) -> MessageActionType | str:
    return enum_from_text(element.text or "", _MESSAGE_ACTION_TYPE_BY_NAME)


def encode_xml_message_action_type(
    parent: Element, tag: str, value: MessageActionType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _MESSAGE_ACTION_TYPE_NAMES)


def decode_json_message_action_type(data: Any, path: str) -> MessageActionType | str:
    return json_enum(data, path, _MESSAGE_ACTION_TYPE_BY_NAME, _MESSAGE_ACTION_TYPE_BY_VALUE)


def encode_json_message_action_type(value: MessageActionType | str) -> str:
    return enum_to_text(value, _MESSAGE_ACTION_TYPE_NAMES)


MESSAGE_ACTION_TYPE_CODEC = Codec(
    decode_xml_message_action_type,
    encode_xml_message_action_type,
    decode_json_message_action_type,
    encode_json_message_action_type,
)
