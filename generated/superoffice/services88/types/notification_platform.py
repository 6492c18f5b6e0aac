"""Services88 types: NotificationPlatform.

Used by the Pocket agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class NotificationPlatform(enum.Enum):
    """The ``NotificationPlatform`` enumeration."""

    APPLE = 0
    GOOGLE = 1
    MICROSOFT = 2
    APPLE_DEVELOPER = 3
    APPLE_AD_HOC = 4
    GOOGLE_DEVELOPER = 5


_NOTIFICATION_PLATFORM_NAMES: dict[NotificationPlatform, str] = {
    NotificationPlatform.APPLE: "Apple",
    NotificationPlatform.GOOGLE: "Google",
    NotificationPlatform.MICROSOFT: "Microsoft",
    NotificationPlatform.APPLE_DEVELOPER: "AppleDeveloper",
    NotificationPlatform.APPLE_AD_HOC: "AppleAdHoc",
    NotificationPlatform.GOOGLE_DEVELOPER: "GoogleDeveloper",
}
_NOTIFICATION_PLATFORM_BY_NAME: dict[str, NotificationPlatform] = {
    "Apple": NotificationPlatform.APPLE,
    "Google": NotificationPlatform.GOOGLE,
    "Microsoft": NotificationPlatform.MICROSOFT,
    "AppleDeveloper": NotificationPlatform.APPLE_DEVELOPER,
    "AppleAdHoc": NotificationPlatform.APPLE_AD_HOC,
    "GoogleDeveloper": NotificationPlatform.GOOGLE_DEVELOPER,
}
_NOTIFICATION_PLATFORM_BY_VALUE: dict[int, NotificationPlatform] = {
    member.value: member for member in NotificationPlatform
}


def decode_xml_notification_platform(element: Element) -> NotificationPlatform | str:
    return enum_from_text(element.text or "", _NOTIFICATION_PLATFORM_BY_NAME)


def encode_xml_notification_platform(
    parent: Element, tag: str, value: NotificationPlatform | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _NOTIFICATION_PLATFORM_NAMES)


def decode_json_notification_platform(data: Any, path: str) -> NotificationPlatform | str:
    return json_enum(data, path, _NOTIFICATION_PLATFORM_BY_NAME, _NOTIFICATION_PLATFORM_BY_VALUE)


def encode_json_notification_platform(value: NotificationPlatform | str) -> str:
    return enum_to_text(value, _NOTIFICATION_PLATFORM_NAMES)


NOTIFICATION_PLATFORM_CODEC = Codec(
    decode_xml_notification_platform,
    encode_xml_notification_platform,
    decode_json_notification_platform,
    encode_json_notification_platform,
)
