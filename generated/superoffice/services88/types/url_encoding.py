"""Services88 types: UrlEncoding.

Used by the List, Pocket agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class UrlEncoding(enum.Enum):
    """The ``UrlEncoding`` enumeration."""

    UNKNOWN = 0
    NONE = 1
    ANSI = 2
    UNICODE = 3


_URL_ENCODING_NAMES: dict[UrlEncoding, str] = {
    UrlEncoding.UNKNOWN: "Unknown",
    UrlEncoding.NONE: "None",
    UrlEncoding.ANSI: "ANSI",
    UrlEncoding.UNICODE: "Unicode",
}
_URL_ENCODING_BY_NAME: dict[str, UrlEncoding] = {
    "Unknown": UrlEncoding.UNKNOWN,
    "None": UrlEncoding.NONE,
    "ANSI": UrlEncoding.ANSI,
    "Unicode": UrlEncoding.UNICODE,
}
_URL_ENCODING_BY_VALUE: dict[int, UrlEncoding] = {member.value: member for member in UrlEncoding}


def decode_xml_url_encoding(element: Element) -> UrlEncoding | str:
    return enum_from_text(element.text or "", _URL_ENCODING_BY_NAME)


def encode_xml_url_encoding(parent: Element, tag: str, value: UrlEncoding | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _URL_ENCODING_NAMES)


def decode_json_url_encoding(data: Any, path: str) -> UrlEncoding | str:
    return json_enum(data, path, _URL_ENCODING_BY_NAME, _URL_ENCODING_BY_VALUE)


def encode_json_url_encoding(value: UrlEncoding | str) -> str:
    return enum_to_text(value, _URL_ENCODING_NAMES)


URL_ENCODING_CODEC = Codec(
    decode_xml_url_encoding,
    encode_xml_url_encoding,
    decode_json_url_encoding,
    encode_json_url_encoding,
)
