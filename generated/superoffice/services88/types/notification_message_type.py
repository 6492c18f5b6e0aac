"""Services88 types: NotificationMessageType.

Used by the Pocket agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class NotificationMessageType(enum.Enum):
    """The ``NotificationMessageType`` enumeration."""

    MESSAGE = 0
    IMPORTANT_MESSAGE = 1
    REMOTE_ACTION = 2
    YES_NO_QUESTION = 3
    SHOW_WEB_PAGE = 4


_NOTIFICATION_MESSAGE_TYPE_NAMES: dict[NotificationMessageType, str] = {
    NotificationMessageType.MESSAGE: "Message",
    NotificationMessageType.IMPORTANT_MESSAGE: "ImportantMessage",
    NotificationMessageType.REMOTE_ACTION: "RemoteAction",
    NotificationMessageType.YES_NO_QUESTION: "YesNoQuestion",
    NotificationMessageType.SHOW_WEB_PAGE: "ShowWebPage",
}
_NOTIFICATION_MESSAGE_TYPE_BY_NAME: dict[str, NotificationMessageType] = {
    "Message": NotificationMessageType.MESSAGE,
    "ImportantMessage": NotificationMessageType.IMPORTANT_MESSAGE,
    "RemoteAction": NotificationMessageType.REMOTE_ACTION,
    "YesNoQuestion": NotificationMessageType.YES_NO_QUESTION,
    "ShowWebPage": NotificationMessageType.SHOW_WEB_PAGE,
}
_NOTIFICATION_MESSAGE_TYPE_BY_VALUE: dict[int, NotificationMessageType] = {
    member.value: member for member in NotificationMessageType
}


def decode_xml_notification_message_type(element: Element) -> NotificationMessageType | str:
    return enum_from_text(element.text or "", _NOTIFICATION_MESSAGE_TYPE_BY_NAME)


def encode_xml_notification_message_type(
    parent: Element, tag: str, value: NotificationMessageType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _NOTIFICATION_MESSAGE_TYPE_NAMES)


def decode_json_notification_message_type(data: Any, path: str) -> NotificationMessageType | str:
    return json_enum(
        data, path, _NOTIFICATION_MESSAGE_TYPE_BY_NAME, _NOTIFICATION_MESSAGE_TYPE_BY_VALUE
    )


def encode_json_notification_message_type(value: NotificationMessageType | str) -> str:
    return enum_to_text(value, _NOTIFICATION_MESSAGE_TYPE_NAMES)


NOTIFICATION_MESSAGE_TYPE_CODEC = Codec(
    decode_xml_notification_message_type,
    encode_xml_notification_message_type,
    decode_json_notification_message_type,
    encode_json_notification_message_type,
)
