"""Services88 types: ChatSessionStatus.

Used by the Chat agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ChatSessionStatus(enum.Enum):
    """The ``ChatSessionStatus`` enumeration."""

    INVALID = 0
    PRE_CHAT_FORM = 1
    FAQ = 2
    OFFLINE_FORM = 3
    IN_QUEUE = 4
    CUSTOMER_LAST = 5
    USER_LAST = 6
    FINISHED = 7
    DELETED = 8
    CLOSED = 9
    REQUEST_POSTED = 10
    CLOSED_FROM_QUEUE = 11


_CHAT_SESSION_STATUS_NAMES: dict[ChatSessionStatus, str] = {
    ChatSessionStatus.INVALID: "Invalid",
    ChatSessionStatus.PRE_CHAT_FORM: "PreChatForm",
    ChatSessionStatus.FAQ: "Faq",
    ChatSessionStatus.OFFLINE_FORM: "OfflineForm",
    ChatSessionStatus.IN_QUEUE: "InQueue",
    ChatSessionStatus.CUSTOMER_LAST: "CustomerLast",
    ChatSessionStatus.USER_LAST: "UserLast",
    ChatSessionStatus.FINISHED: "Finished",
    ChatSessionStatus.DELETED: "Deleted",
    ChatSessionStatus.CLOSED: "Closed",
    ChatSessionStatus.REQUEST_POSTED: "RequestPosted",
    ChatSessionStatus.CLOSED_FROM_QUEUE: "ClosedFromQueue",
}
_CHAT_SESSION_STATUS_BY_NAME: dict[str, ChatSessionStatus] = {
    "Invalid": ChatSessionStatus.INVALID,
    "PreChatForm": ChatSessionStatus.PRE_CHAT_FORM,
    "Faq": ChatSessionStatus.FAQ,
    "OfflineForm": ChatSessionStatus.OFFLINE_FORM,
    "InQueue": ChatSessionStatus.IN_QUEUE,
    "CustomerLast": ChatSessionStatus.CUSTOMER_LAST,
    "UserLast": ChatSessionStatus.USER_LAST,
    "Finished": ChatSessionStatus.FINISHED,
    "Deleted": ChatSessionStatus.DELETED,
    "Closed": ChatSessionStatus.CLOSED,
    "RequestPosted": ChatSessionStatus.REQUEST_POSTED,
    "ClosedFromQueue": ChatSessionStatus.CLOSED_FROM_QUEUE,
}
_CHAT_SESSION_STATUS_BY_VALUE: dict[int, ChatSessionStatus] = {
    member.value: member for member in ChatSessionStatus
}


def decode_xml_chat_session_status(element: Element) -> ChatSessionStatus | str:
    return enum_from_text(element.text or "", _CHAT_SESSION_STATUS_BY_NAME)


def encode_xml_chat_session_status(
    parent: Element, tag: str, value: ChatSessionStatus | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _CHAT_SESSION_STATUS_NAMES)


def decode_json_chat_session_status(data: Any, path: str) -> ChatSessionStatus | str:
    return json_enum(data, path, _CHAT_SESSION_STATUS_BY_NAME, _CHAT_SESSION_STATUS_BY_VALUE)


def encode_json_chat_session_status(value: ChatSessionStatus | str) -> str:
    return enum_to_text(value, _CHAT_SESSION_STATUS_NAMES)


CHAT_SESSION_STATUS_CODEC = Codec(
    decode_xml_chat_session_status,
    encode_xml_chat_session_status,
    decode_json_chat_session_status,
    encode_json_chat_session_status,
)
