"""Services88 types: PublishType.

Used by the Project agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class PublishType(enum.Enum):
    """The ``PublishType`` enumeration."""

    UNDEFINED = 0
    EXTERNAL = 1


_PUBLISH_TYPE_NAMES: dict[PublishType, str] = {
    PublishType.UNDEFINED: "Undefined",
    PublishType.EXTERNAL: "External",
}
_PUBLISH_TYPE_BY_NAME: dict[str, PublishType] = {
    "Undefined": PublishType.UNDEFINED,
    "External": PublishType.EXTERNAL,
}
_PUBLISH_TYPE_BY_VALUE: dict[int, PublishType] = {member.value: member for member in PublishType}


def decode_xml_publish_type(element: Element) -> PublishType | str:
    return enum_from_text(element.text or "", _PUBLISH_TYPE_BY_NAME)


def encode_xml_publish_type(parent: Element, tag: str, value: PublishType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _PUBLISH_TYPE_NAMES)


def decode_json_publish_type(data: Any, path: str) -> PublishType | str:
    return json_enum(data, path, _PUBLISH_TYPE_BY_NAME, _PUBLISH_TYPE_BY_VALUE)


def encode_json_publish_type(value: PublishType | str) -> str:
    return enum_to_text(value, _PUBLISH_TYPE_NAMES)


PUBLISH_TYPE_CODEC = Codec(
    decode_xml_publish_type,
    encode_xml_publish_type,
    decode_json_publish_type,
    encode_json_publish_type,
)
