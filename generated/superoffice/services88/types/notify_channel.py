"""Services88 types: NotifyChannel.

Used by the Ticket agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class NotifyChannel(enum.Enum):
    """The ``NotifyChannel`` enumeration."""

    UNKNOWN = 0
    POP_UP = 1
    EMAIL = 2
    SMS = 3


_NOTIFY_CHANNEL_NAMES: dict[NotifyChannel, str] = {
    NotifyChannel.UNKNOWN: "Unknown",
    NotifyChannel.POP_UP: "PopUp",
    NotifyChannel.EMAIL: "Email",
    NotifyChannel.SMS: "Sms",
}
_NOTIFY_CHANNEL_BY_NAME: dict[str, NotifyChannel] = {
    "Unknown": NotifyChannel.UNKNOWN,
    "PopUp": NotifyChannel.POP_UP,
    "Email": NotifyChannel.EMAIL,
    "Sms": NotifyChannel.SMS,
}
_NOTIFY_CHANNEL_BY_VALUE: dict[int, NotifyChannel] = {
    member.value: member for member in NotifyChannel
}


def decode_xml_notify_channel(element: Element) -> NotifyChannel | str:
    return enum_from_text(element.text or "", _NOTIFY_CHANNEL_BY_NAME)


def encode_xml_notify_channel(parent: Element, tag: str, value: NotifyChannel | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _NOTIFY_CHANNEL_NAMES)


def decode_json_notify_channel(data: Any, path: str) -> NotifyChannel | str:
    return json_enum(data, path, _NOTIFY_CHANNEL_BY_NAME, _NOTIFY_CHANNEL_BY_VALUE)


def encode_json_notify_channel(value: NotifyChannel | str) -> str:
    return enum_to_text(value, _NOTIFY_CHANNEL_NAMES)


NOTIFY_CHANNEL_CODEC = Codec(
    decode_xml_notify_channel,
    encode_xml_notify_channel,
    decode_json_notify_channel,
    encode_json_notify_channel,
)
