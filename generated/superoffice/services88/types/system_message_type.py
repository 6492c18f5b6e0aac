"""Services88 types: SystemMessageType.

Used by the Diagnostics agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class SystemMessageType(enum.Flag, boundary=enum.KEEP):
    """The ``SystemMessageType`` flags."""

    INFO = 1
    WARNING = 2
    UNDEFINED_VALUE_4 = 4


_SYSTEM_MESSAGE_TYPE_NAMES: dict[SystemMessageType, str] = {
    SystemMessageType.INFO: "Info",
    SystemMessageType.WARNING: "Warning",
    SystemMessageType.UNDEFINED_VALUE_4: "UndefinedValue4",
}
_SYSTEM_MESSAGE_TYPE_BY_NAME: dict[str, SystemMessageType] = {
    "Info": SystemMessageType.INFO,
    "Warning": SystemMessageType.WARNING,
    "UndefinedValue4": SystemMessageType.UNDEFINED_VALUE_4,
}
_SYSTEM_MESSAGE_TYPE_NONE = SystemMessageType(0)
_SYSTEM_MESSAGE_TYPE_SEEN: dict[str, SystemMessageType | str] = {}


def decode_xml_system_message_type(element: Element) -> SystemMessageType | str:
    return flags_from_xml(
        element.text or "",
        _SYSTEM_MESSAGE_TYPE_BY_NAME,
        _SYSTEM_MESSAGE_TYPE_NONE,
        _SYSTEM_MESSAGE_TYPE_SEEN,
    )


def encode_xml_system_message_type(
    parent: Element, tag: str, value: SystemMessageType | str
) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _SYSTEM_MESSAGE_TYPE_NAMES, " ")


def decode_json_system_message_type(data: Any, path: str) -> SystemMessageType | str:
    return json_flags(
        data,
        path,
        _SYSTEM_MESSAGE_TYPE_BY_NAME,
        _SYSTEM_MESSAGE_TYPE_NONE,
        _SYSTEM_MESSAGE_TYPE_SEEN,
    )


def encode_json_system_message_type(value: SystemMessageType | str) -> str | int:
    return flags_to_json(value, _SYSTEM_MESSAGE_TYPE_NAMES)


SYSTEM_MESSAGE_TYPE_CODEC = Codec(
    decode_xml_system_message_type,
    encode_xml_system_message_type,
    decode_json_system_message_type,
    encode_json_system_message_type,
)
