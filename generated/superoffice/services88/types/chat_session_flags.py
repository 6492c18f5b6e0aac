"""Services88 types: ChatSessionFlags.

Used by the Chat agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class ChatSessionFlags(enum.Flag, boundary=enum.KEEP):
    """The ``ChatSessionFlags`` flags."""

    USER_IS_TYPING = 1


_CHAT_SESSION_FLAGS_NAMES: dict[ChatSessionFlags, str] = {
    ChatSessionFlags.USER_IS_TYPING: "UserIsTyping",
}
_CHAT_SESSION_FLAGS_BY_NAME: dict[str, ChatSessionFlags] = {
    "UserIsTyping": ChatSessionFlags.USER_IS_TYPING,
}
_CHAT_SESSION_FLAGS_NONE = ChatSessionFlags(0)
_CHAT_SESSION_FLAGS_SEEN: dict[str, ChatSessionFlags | str] = {}


def decode_xml_chat_session_flags(element: Element) -> ChatSessionFlags | str:
    return flags_from_xml(
        element.text or "",
        _CHAT_SESSION_FLAGS_BY_NAME,
        _CHAT_SESSION_FLAGS_NONE,
        _CHAT_SESSION_FLAGS_SEEN,
    )


def encode_xml_chat_session_flags(
    parent: Element, tag: str, value: ChatSessionFlags | str
) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _CHAT_SESSION_FLAGS_NAMES, " ")


def decode_json_chat_session_flags(data: Any, path: str) -> ChatSessionFlags | str:
    return json_flags(
        data, path, _CHAT_SESSION_FLAGS_BY_NAME, _CHAT_SESSION_FLAGS_NONE, _CHAT_SESSION_FLAGS_SEEN
    )


def encode_json_chat_session_flags(value: ChatSessionFlags | str) -> str | int:
    return flags_to_json(value, _CHAT_SESSION_FLAGS_NAMES)


CHAT_SESSION_FLAGS_CODEC = Codec(
    decode_xml_chat_session_flags,
    encode_xml_chat_session_flags,
    decode_json_chat_session_flags,
    encode_json_chat_session_flags,
)
