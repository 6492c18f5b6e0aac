"""Services88 types: ChatMessageSpecialType.

Used by the Chat agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ChatMessageSpecialType(enum.Enum):
    """The ``ChatMessageSpecialType`` enumeration."""

    NONE = 0
    WELCOME = 1
    URL = 2
    BLOCK = 3
    NEW_SESSION = 5
    TRANSFERED_SESSION = 6
    ERROR = 7
    SESSION_DELETED = 8
    FAQ_SUCCESS_QUESTION = 9
    CLOSED_BY_USER = 10
    CLOSED_BY_CUSTOMER = 11
    CLOSED_BY_IDLE = 12
    TRANSFER_REJECTED = 13
    REOPENED_BY_CUSTOMER = 14
    CLICKED_OPTION = 15
    BOT_MESSAGE = 16
    OPTIONS = 17
    ILLEGAL_FILE_TYPE = 18


_CHAT_MESSAGE_SPECIAL_TYPE_NAMES: dict[ChatMessageSpecialType, str] = {
    ChatMessageSpecialType.NONE: "None",
    ChatMessageSpecialType.WELCOME: "Welcome",
    ChatMessageSpecialType.URL: "Url",
    ChatMessageSpecialType.BLOCK: "Block",
    ChatMessageSpecialType.NEW_SESSION: "NewSession",
    ChatMessageSpecialType.TRANSFERED_SESSION: "TransferedSession",
    ChatMessageSpecialType.ERROR: "Error",
    ChatMessageSpecialType.SESSION_DELETED: "SessionDeleted",
    ChatMessageSpecialType.FAQ_SUCCESS_QUESTION: "FaqSuccessQuestion",
    ChatMessageSpecialType.CLOSED_BY_USER: "ClosedByUser",
    ChatMessageSpecialType.CLOSED_BY_CUSTOMER: "ClosedByCustomer",
    ChatMessageSpecialType.CLOSED_BY_IDLE: "ClosedByIdle",
    ChatMessageSpecialType.TRANSFER_REJECTED: "TransferRejected",
    ChatMessageSpecialType.REOPENED_BY_CUSTOMER: "ReopenedByCustomer",
    ChatMessageSpecialType.CLICKED_OPTION: "ClickedOption",
    ChatMessageSpecialType.BOT_MESSAGE: "BotMessage",
    ChatMessageSpecialType.OPTIONS: "Options",
    ChatMessageSpecialType.ILLEGAL_FILE_TYPE: "IllegalFileType",
}
_CHAT_MESSAGE_SPECIAL_TYPE_BY_NAME: dict[str, ChatMessageSpecialType] = {
    "None": ChatMessageSpecialType.NONE,
    "Welcome": ChatMessageSpecialType.WELCOME,
    "Url": ChatMessageSpecialType.URL,
    "Block": ChatMessageSpecialType.BLOCK,
    "NewSession": ChatMessageSpecialType.NEW_SESSION,
    "TransferedSession": ChatMessageSpecialType.TRANSFERED_SESSION,
    "Error": ChatMessageSpecialType.ERROR,
    "SessionDeleted": ChatMessageSpecialType.SESSION_DELETED,
    "FaqSuccessQuestion": ChatMessageSpecialType.FAQ_SUCCESS_QUESTION,
    "ClosedByUser": ChatMessageSpecialType.CLOSED_BY_USER,
    "ClosedByCustomer": ChatMessageSpecialType.CLOSED_BY_CUSTOMER,
    "ClosedByIdle": ChatMessageSpecialType.CLOSED_BY_IDLE,
    "TransferRejected": ChatMessageSpecialType.TRANSFER_REJECTED,
    "ReopenedByCustomer": ChatMessageSpecialType.REOPENED_BY_CUSTOMER,
    "ClickedOption": ChatMessageSpecialType.CLICKED_OPTION,
    "BotMessage": ChatMessageSpecialType.BOT_MESSAGE,
    "Options": ChatMessageSpecialType.OPTIONS,
    "IllegalFileType": ChatMessageSpecialType.ILLEGAL_FILE_TYPE,
}
_CHAT_MESSAGE_SPECIAL_TYPE_BY_VALUE: dict[int, ChatMessageSpecialType] = {
    member.value: member for member in ChatMessageSpecialType
}


def decode_xml_chat_message_special_type(element: Element) -> ChatMessageSpecialType | str:
    return enum_from_text(element.text or "", _CHAT_MESSAGE_SPECIAL_TYPE_BY_NAME)


def encode_xml_chat_message_special_type(
    parent: Element, tag: str, value: ChatMessageSpecialType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _CHAT_MESSAGE_SPECIAL_TYPE_NAMES)


def decode_json_chat_message_special_type(data: Any, path: str) -> ChatMessageSpecialType | str:
    return json_enum(
        data, path, _CHAT_MESSAGE_SPECIAL_TYPE_BY_NAME, _CHAT_MESSAGE_SPECIAL_TYPE_BY_VALUE
    )


def encode_json_chat_message_special_type(value: ChatMessageSpecialType | str) -> str:
    return enum_to_text(value, _CHAT_MESSAGE_SPECIAL_TYPE_NAMES)


CHAT_MESSAGE_SPECIAL_TYPE_CODEC = Codec(
    decode_xml_chat_message_special_type,
    encode_xml_chat_message_special_type,
    decode_json_chat_message_special_type,
    encode_json_chat_message_special_type,
)
