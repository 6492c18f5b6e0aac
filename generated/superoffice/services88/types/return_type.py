"""Services88 types: ReturnType.

Used by the Document agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ReturnType(enum.Enum):
    """The ``ReturnType`` enumeration."""

    NONE = 0
    MESSAGE = 1
    SO_PROTOCOL = 2
    CUSTOM_GUI = 3
    OTHER = 4
    URL = 5


_RETURN_TYPE_NAMES: dict[ReturnType, str] = {
    ReturnType.NONE: "None",
    ReturnType.MESSAGE: "Message",
    ReturnType.SO_PROTOCOL: "SoProtocol",
    ReturnType.CUSTOM_GUI: "CustomGui",
    ReturnType.OTHER: "Other",
    ReturnType.URL: "URL",
}
_RETURN_TYPE_BY_NAME: dict[str, ReturnType] = {
    "None": ReturnType.NONE,
    "Message": ReturnType.MESSAGE,
    "SoProtocol": ReturnType.SO_PROTOCOL,
    "CustomGui": ReturnType.CUSTOM_GUI,
    "Other": ReturnType.OTHER,
    "URL": ReturnType.URL,
}
_RETURN_TYPE_BY_VALUE: dict[int, ReturnType] = {member.value: member for member in ReturnType}


def decode_xml_return_type(element: Element) -> ReturnType | str:
    return enum_from_text(element.text or "", _RETURN_TYPE_BY_NAME)


def encode_xml_return_type(parent: Element, tag: str, value: ReturnType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _RETURN_TYPE_NAMES)


def decode_json_return_type(data: Any, path: str) -> ReturnType | str:
    return json_enum(data, path, _RETURN_TYPE_BY_NAME, _RETURN_TYPE_BY_VALUE)


def encode_json_return_type(value: ReturnType | str) -> str:
    return enum_to_text(value, _RETURN_TYPE_NAMES)


RETURN_TYPE_CODEC = Codec(
    decode_xml_return_type,
    encode_xml_return_type,
    decode_json_return_type,
    encode_json_return_type,
)
