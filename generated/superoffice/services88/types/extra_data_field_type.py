"""Services88 types: ExtraDataFieldType.

Used by the Quote agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ExtraDataFieldType(enum.Enum):
    """The ``ExtraDataFieldType`` enumeration."""

    STRING = 0
    URL = 1
    IMAGE = 2


_EXTRA_DATA_FIELD_TYPE_NAMES: dict[ExtraDataFieldType, str] = {
    ExtraDataFieldType.STRING: "String",
    ExtraDataFieldType.URL: "Url",
    ExtraDataFieldType.IMAGE: "Image",
}
_EXTRA_DATA_FIELD_TYPE_BY_NAME: dict[str, ExtraDataFieldType] = {
    "String": ExtraDataFieldType.STRING,
    "Url": ExtraDataFieldType.URL,
    "Image": ExtraDataFieldType.IMAGE,
}
_EXTRA_DATA_FIELD_TYPE_BY_VALUE: dict[int, ExtraDataFieldType] = {
    member.value: member for member in ExtraDataFieldType
}


def decode_xml_extra_data_field_type(element: Element) -> ExtraDataFieldType | str:
    return enum_from_text(element.text or "", _EXTRA_DATA_FIELD_TYPE_BY_NAME)


def encode_xml_extra_data_field_type(
    parent: Element, tag: str, value: ExtraDataFieldType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _EXTRA_DATA_FIELD_TYPE_NAMES)


def decode_json_extra_data_field_type(data: Any, path: str) -> ExtraDataFieldType | str:
    return json_enum(data, path, _EXTRA_DATA_FIELD_TYPE_BY_NAME, _EXTRA_DATA_FIELD_TYPE_BY_VALUE)


def encode_json_extra_data_field_type(value: ExtraDataFieldType | str) -> str:
    return enum_to_text(value, _EXTRA_DATA_FIELD_TYPE_NAMES)


EXTRA_DATA_FIELD_TYPE_CODEC = Codec(
    decode_xml_extra_data_field_type,
    encode_xml_extra_data_field_type,
    decode_json_extra_data_field_type,
    encode_json_extra_data_field_type,
)
