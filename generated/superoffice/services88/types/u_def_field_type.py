"""Services88 types: UDefFieldType.

Used by the UserDefinedFieldInfo agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class UDefFieldType(enum.Enum):
    """The ``UDefFieldType`` enumeration."""

    NUMBER = 1
    SHORT_TEXT = 2
    LONG_TEXT = 3
    DATE = 4
    UNLIMITED_DATE = 5
    CHECKBOX = 6
    LIST = 7
    DECIMAL = 8


_U_DEF_FIELD_TYPE_NAMES: dict[UDefFieldType, str] = {
    UDefFieldType.NUMBER: "Number",
    UDefFieldType.SHORT_TEXT: "ShortText",
    UDefFieldType.LONG_TEXT: "LongText",
    UDefFieldType.DATE: "Date",
    UDefFieldType.UNLIMITED_DATE: "UnlimitedDate",
    UDefFieldType.CHECKBOX: "Checkbox",
    UDefFieldType.LIST: "List",
    UDefFieldType.DECIMAL: "Decimal",
}
_U_DEF_FIELD_TYPE_BY_NAME: dict[str, UDefFieldType] = {
    "Number": UDefFieldType.NUMBER,
    "ShortText": UDefFieldType.SHORT_TEXT,
    "LongText": UDefFieldType.LONG_TEXT,
    "Date": UDefFieldType.DATE,
    "UnlimitedDate": UDefFieldType.UNLIMITED_DATE,
    "Checkbox": UDefFieldType.CHECKBOX,
    "List": UDefFieldType.LIST,
    "Decimal": UDefFieldType.DECIMAL,
}
_U_DEF_FIELD_TYPE_BY_VALUE: dict[int, UDefFieldType] = {
    member.value: member for member in UDefFieldType
}


def decode_xml_u_def_field_type(element: Element) -> UDefFieldType | str:
    return enum_from_text(element.text or "", _U_DEF_FIELD_TYPE_BY_NAME)


def encode_xml_u_def_field_type(parent: Element, tag: str, value: UDefFieldType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _U_DEF_FIELD_TYPE_NAMES)


def decode_json_u_def_field_type(data: Any, path: str) -> UDefFieldType | str:
    return json_enum(data, path, _U_DEF_FIELD_TYPE_BY_NAME, _U_DEF_FIELD_TYPE_BY_VALUE)


def encode_json_u_def_field_type(value: UDefFieldType | str) -> str:
    return enum_to_text(value, _U_DEF_FIELD_TYPE_NAMES)


U_DEF_FIELD_TYPE_CODEC = Codec(
    decode_xml_u_def_field_type,
    encode_xml_u_def_field_type,
    decode_json_u_def_field_type,
    encode_json_u_def_field_type,
)
