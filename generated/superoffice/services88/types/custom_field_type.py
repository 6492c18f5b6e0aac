"""Services88 types: CustomFieldType.

Used by the UserDefinedFieldInfo agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class CustomFieldType(enum.Enum):
    """The ``CustomFieldType`` enumeration."""

    UNKNOWN = 0
    INTEGER = 1
    SHORT_TEXT = 2
    LONG_TEXT = 3
    DATE = 4
    BLOB = 5
    CHECKBOX = 6
    MDO_LIST = 7
    DECIMAL = 8
    DATE_TIME = 9
    TIME = 10
    TIME_SPAN = 11
    RELATION_TO = 12
    ATTACHMENT = 13
    DYNAMIC_LINK = 14
    LIST_TEXT = 15


_CUSTOM_FIELD_TYPE_NAMES: dict[CustomFieldType, str] = {
    CustomFieldType.UNKNOWN: "Unknown",
    CustomFieldType.INTEGER: "Integer",
    CustomFieldType.SHORT_TEXT: "ShortText",
    CustomFieldType.LONG_TEXT: "LongText",
    CustomFieldType.DATE: "Date",
    CustomFieldType.BLOB: "Blob",
    CustomFieldType.CHECKBOX: "Checkbox",
    CustomFieldType.MDO_LIST: "MdoList",
    CustomFieldType.DECIMAL: "Decimal",
    CustomFieldType.DATE_TIME: "DateTime",
    CustomFieldType.TIME: "Time",
    CustomFieldType.TIME_SPAN: "TimeSpan",
    CustomFieldType.RELATION_TO: "RelationTo",
    CustomFieldType.ATTACHMENT: "Attachment",
    CustomFieldType.DYNAMIC_LINK: "DynamicLink",
    CustomFieldType.LIST_TEXT: "ListText",
}
_CUSTOM_FIELD_TYPE_BY_NAME: dict[str, CustomFieldType] = {
    "Unknown": CustomFieldType.UNKNOWN,
    "Integer": CustomFieldType.INTEGER,
    "ShortText": CustomFieldType.SHORT_TEXT,
    "LongText": CustomFieldType.LONG_TEXT,
    "Date": CustomFieldType.DATE,
    "Blob": CustomFieldType.BLOB,
    "Checkbox": CustomFieldType.CHECKBOX,
    "MdoList": CustomFieldType.MDO_LIST,
    "Decimal": CustomFieldType.DECIMAL,
    "DateTime": CustomFieldType.DATE_TIME,
    "Time": CustomFieldType.TIME,
    "TimeSpan": CustomFieldType.TIME_SPAN,
    "RelationTo": CustomFieldType.RELATION_TO,
    "Attachment": CustomFieldType.ATTACHMENT,
    "DynamicLink": CustomFieldType.DYNAMIC_LINK,
    "ListText": CustomFieldType.LIST_TEXT,
}
_CUSTOM_FIELD_TYPE_BY_VALUE: dict[int, CustomFieldType] = {
    member.value: member for member in CustomFieldType
}


def decode_xml_custom_field_type(element: Element) -> CustomFieldType | str:
    return enum_from_text(element.text or "", _CUSTOM_FIELD_TYPE_BY_NAME)


def encode_xml_custom_field_type(parent: Element, tag: str, value: CustomFieldType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _CUSTOM_FIELD_TYPE_NAMES)


def decode_json_custom_field_type(data: Any, path: str) -> CustomFieldType | str:
    return json_enum(data, path, _CUSTOM_FIELD_TYPE_BY_NAME, _CUSTOM_FIELD_TYPE_BY_VALUE)


def encode_json_custom_field_type(value: CustomFieldType | str) -> str:
    return enum_to_text(value, _CUSTOM_FIELD_TYPE_NAMES)


CUSTOM_FIELD_TYPE_CODEC = Codec(
    decode_xml_custom_field_type,
    encode_xml_custom_field_type,
    decode_json_custom_field_type,
    encode_json_custom_field_type,
)
