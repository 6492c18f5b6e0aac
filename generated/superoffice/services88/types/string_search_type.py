"""Services88 types: StringSearchType.

Used by the PhoneList agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class StringSearchType(enum.Enum):
    """The ``StringSearchType`` enumeration."""

    EXACT = 0
    BEGINS_WITH = 1
    ENDS_WITH = 2
    CONTAINS = 3


_STRING_SEARCH_TYPE_NAMES: dict[StringSearchType, str] = {
    StringSearchType.EXACT: "Exact",
    StringSearchType.BEGINS_WITH: "BeginsWith",
    StringSearchType.ENDS_WITH: "EndsWith",
    StringSearchType.CONTAINS: "Contains",
}
_STRING_SEARCH_TYPE_BY_NAME: dict[str, StringSearchType] = {
    "Exact": StringSearchType.EXACT,
    "BeginsWith": StringSearchType.BEGINS_WITH,
    "EndsWith": StringSearchType.ENDS_WITH,
    "Contains": StringSearchType.CONTAINS,
}
_STRING_SEARCH_TYPE_BY_VALUE: dict[int, StringSearchType] = {
    member.value: member for member in StringSearchType
}


def decode_xml_string_search_type(element: Element) -> StringSearchType | str:
    return enum_from_text(element.text or "", _STRING_SEARCH_TYPE_BY_NAME)


def encode_xml_string_search_type(
    parent: Element, tag: str, value: StringSearchType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _STRING_SEARCH_TYPE_NAMES)


def decode_json_string_search_type(data: Any, path: str) -> StringSearchType | str:
    return json_enum(data, path, _STRING_SEARCH_TYPE_BY_NAME, _STRING_SEARCH_TYPE_BY_VALUE)


def encode_json_string_search_type(value: StringSearchType | str) -> str:
    return enum_to_text(value, _STRING_SEARCH_TYPE_NAMES)


STRING_SEARCH_TYPE_CODEC = Codec(
    decode_xml_string_search_type,
    encode_xml_string_search_type,
    decode_json_string_search_type,
    encode_json_string_search_type,
)
