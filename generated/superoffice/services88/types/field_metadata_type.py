"""Services88 types: FieldMetadataType.

Used by the ErpSync, Quote agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class FieldMetadataType(enum.Enum):
    """The ``FieldMetadataType`` enumeration."""

    CHECKBOX = 0
    TEXT = 1
    PASSWORD = 2
    INTEGER = 3
    DOUBLE = 4
    LIST = 5
    DATE = 6
    LABEL = 99


_FIELD_METADATA_TYPE_NAMES: dict[FieldMetadataType, str] = {
    FieldMetadataType.CHECKBOX: "Checkbox",
    FieldMetadataType.TEXT: "Text",
    FieldMetadataType.PASSWORD: "Password",
    FieldMetadataType.INTEGER: "Integer",
    FieldMetadataType.DOUBLE: "Double",
    FieldMetadataType.LIST: "List",
    FieldMetadataType.DATE: "Date",
    FieldMetadataType.LABEL: "Label",
}
_FIELD_METADATA_TYPE_BY_NAME: dict[str, FieldMetadataType] = {
    "Checkbox": FieldMetadataType.CHECKBOX,
    "Text": FieldMetadataType.TEXT,
    "Password": FieldMetadataType.PASSWORD,
    "Integer": FieldMetadataType.INTEGER,
    "Double": FieldMetadataType.DOUBLE,
    "List": FieldMetadataType.LIST,
    "Date": FieldMetadataType.DATE,
    "Label": FieldMetadataType.LABEL,
}
_FIELD_METADATA_TYPE_BY_VALUE: dict[int, FieldMetadataType] = {
    member.value: member for member in FieldMetadataType
}


def decode_xml_field_metadata_type(element: Element) -> FieldMetadataType | str:
    return enum_from_text(element.text or "", _FIELD_METADATA_TYPE_BY_NAME)


def encode_xml_field_metadata_type(
    parent: Element, tag: str, value: FieldMetadataType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _FIELD_METADATA_TYPE_NAMES)


def decode_json_field_metadata_type(data: Any, path: str) -> FieldMetadataType | str:
    return json_enum(data, path, _FIELD_METADATA_TYPE_BY_NAME, _FIELD_METADATA_TYPE_BY_VALUE)


def encode_json_field_metadata_type(value: FieldMetadataType | str) -> str:
    return enum_to_text(value, _FIELD_METADATA_TYPE_NAMES)


FIELD_METADATA_TYPE_CODEC = Codec(
    decode_xml_field_metadata_type,
    encode_xml_field_metadata_type,
    decode_json_field_metadata_type,
    encode_json_field_metadata_type,
)
