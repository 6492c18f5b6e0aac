"""Services88 types: QuoteStatus.

Used by the ErpSync, Quote agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class QuoteStatus(enum.Enum):
    """The ``QuoteStatus`` enumeration."""

    OK = 0
    OK_WITH_INFO = 1
    WARNING = 2
    ERROR = 3


_QUOTE_STATUS_NAMES: dict[QuoteStatus, str] = {
    QuoteStatus.OK: "Ok",
    QuoteStatus.OK_WITH_INFO: "OkWithInfo",
    QuoteStatus.WARNING: "Warning",
    QuoteStatus.ERROR: "Error",
}
_QUOTE_STATUS_BY_NAME: dict[str, QuoteStatus] = {
    "Ok": QuoteStatus.OK,
    "OkWithInfo": QuoteStatus.OK_WITH_INFO,
    "Warning": QuoteStatus.WARNING,
    "Error": QuoteStatus.ERROR,
}
_QUOTE_STATUS_BY_VALUE: dict[int, QuoteStatus] = {member.value: member for member in QuoteStatus}


def decode_xml_quote_status(element: Element) -> QuoteStatus | str:
    return enum_from_text(element.text or "", _QUOTE_STATUS_BY_NAME)


def encode_xml_quote_status(parent: Element, tag: str, value: QuoteStatus | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _QUOTE_STATUS_NAMES)


def decode_json_quote_status(data: Any, path: str) -> QuoteStatus | str:
    return json_enum(data, path, _QUOTE_STATUS_BY_NAME, _QUOTE_STATUS_BY_VALUE)


def encode_json_quote_status(value: QuoteStatus | str) -> str:
    return enum_to_text(value, _QUOTE_STATUS_NAMES)


QUOTE_STATUS_CODEC = Codec(
    decode_xml_quote_status,
    encode_xml_quote_status,
    decode_json_quote_status,
    encode_json_quote_status,
)
