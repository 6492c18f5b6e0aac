"""Services88 types: ConfigType.

Used by the CustomerService agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ConfigType(enum.Enum):
    """The ``ConfigType`` enumeration."""

    STYLE = 0
    OPTIONS = 1


_CONFIG_TYPE_NAMES: dict[ConfigType, str] = {
    ConfigType.STYLE: "Style",
    ConfigType.OPTIONS: "Options",
}
_CONFIG_TYPE_BY_NAME: dict[str, ConfigType] = {
    "Style": ConfigType.STYLE,
    "Options": ConfigType.OPTIONS,
}
_CONFIG_TYPE_BY_VALUE: dict[int, ConfigType] = {member.value: member for member in ConfigType}


def decode_xml_config_type(element: Element) -> ConfigType | str:
    return enum_from_text(element.text or "", _CONFIG_TYPE_BY_NAME)


def encode_xml_config_type(parent: Element, tag: str, value: ConfigType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _CONFIG_TYPE_NAMES)


def decode_json_config_type(data: Any, path: str) -> ConfigType | str:
    return json_enum(data, path, _CONFIG_TYPE_BY_NAME, _CONFIG_TYPE_BY_VALUE)


def encode_json_config_type(value: ConfigType | str) -> str:
    return enum_to_text(value, _CONFIG_TYPE_NAMES)


CONFIG_TYPE_CODEC = Codec(
    decode_xml_config_type,
    encode_xml_config_type,
    decode_json_config_type,
    encode_json_config_type,
)
