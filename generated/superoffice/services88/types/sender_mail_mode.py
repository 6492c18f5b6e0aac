"""Services88 types: SenderMailMode.

Used by the List agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class SenderMailMode(enum.Enum):
    """The ``SenderMailMode`` enumeration."""

    USE_DEFAULT_SENDER = 0
    USE_OUR_CONTACT = 1
    USE_SUPPORT_CONTACT = 2
    USE_LOGGED_IN_USER = 3


_SENDER_MAIL_MODE_NAMES: dict[SenderMailMode, str] = {
    SenderMailMode.USE_DEFAULT_SENDER: "UseDefaultSender",
    SenderMailMode.USE_OUR_CONTACT: "UseOurContact",
    SenderMailMode.USE_SUPPORT_CONTACT: "UseSupportContact",
    SenderMailMode.USE_LOGGED_IN_USER: "UseLoggedInUser",
}
_SENDER_MAIL_MODE_BY_NAME: dict[str, SenderMailMode] = {
    "UseDefaultSender": SenderMailMode.USE_DEFAULT_SENDER,
    "UseOurContact": SenderMailMode.USE_OUR_CONTACT,
    "UseSupportContact": SenderMailMode.USE_SUPPORT_CONTACT,
    "UseLoggedInUser": SenderMailMode.USE_LOGGED_IN_USER,
}
_SENDER_MAIL_MODE_BY_VALUE: dict[int, SenderMailMode] = {
    member.value: member for member in SenderMailMode
}


def decode_xml_sender_mail_mode(element: Element) -> SenderMailMode | str:
    return enum_from_text(element.text or "", _SENDER_MAIL_MODE_BY_NAME)


def encode_xml_sender_mail_mode(parent: Element, tag: str, value: SenderMailMode | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _SENDER_MAIL_MODE_NAMES)


def decode_json_sender_mail_mode(data: Any, path: str) -> SenderMailMode | str:
    return json_enum(data, path, _SENDER_MAIL_MODE_BY_NAME, _SENDER_MAIL_MODE_BY_VALUE)


def encode_json_sender_mail_mode(value: SenderMailMode | str) -> str:
    return enum_to_text(value, _SENDER_MAIL_MODE_NAMES)


SENDER_MAIL_MODE_CODEC = Codec(
    decode_xml_sender_mail_mode,
    encode_xml_sender_mail_mode,
    decode_json_sender_mail_mode,
    encode_json_sender_mail_mode,
)
