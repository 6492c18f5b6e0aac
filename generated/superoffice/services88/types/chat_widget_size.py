"""Services88 types: ChatWidgetSize.

Used by the Chat agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ChatWidgetSize(enum.Enum):
    """The ``ChatWidgetSize`` enumeration."""

    NORMAL = 0
    LARGE = 1


_CHAT_WIDGET_SIZE_NAMES: dict[ChatWidgetSize, str] = {
    ChatWidgetSize.NORMAL: "Normal",
    ChatWidgetSize.LARGE: "Large",
}
_CHAT_WIDGET_SIZE_BY_NAME: dict[str, ChatWidgetSize] = {
    "Normal": ChatWidgetSize.NORMAL,
    "Large": ChatWidgetSize.LARGE,
}
_CHAT_WIDGET_SIZE_BY_VALUE: dict[int, ChatWidgetSize] = {
    member.value: member for member in ChatWidgetSize
}


def decode_xml_chat_widget_size(element: Element) -> ChatWidgetSize | str:
    return enum_from_text(element.text or "", _CHAT_WIDGET_SIZE_BY_NAME)


def encode_xml_chat_widget_size(parent: Element, tag: str, value: ChatWidgetSize | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _CHAT_WIDGET_SIZE_NAMES)


def decode_json_chat_widget_size(data: Any, path: str) -> ChatWidgetSize | str:
    return json_enum(data, path, _CHAT_WIDGET_SIZE_BY_NAME, _CHAT_WIDGET_SIZE_BY_VALUE)


def encode_json_chat_widget_size(value: ChatWidgetSize | str) -> str:
    return enum_to_text(value, _CHAT_WIDGET_SIZE_NAMES)


CHAT_WIDGET_SIZE_CODEC = Codec(
    decode_xml_chat_widget_size,
    encode_xml_chat_widget_size,
    decode_json_chat_widget_size,
    encode_json_chat_widget_size,
)
