"""Services88 types: FreeTextOperator.

Used by the FreeText agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class FreeTextOperator(enum.Enum):
    """The ``FreeTextOperator`` enumeration."""

    CONTAINS = 1
    STARTS_WITH = 2
    EXACT_MATCH = 3


_FREE_TEXT_OPERATOR_NAMES: dict[FreeTextOperator, str] = {
    FreeTextOperator.CONTAINS: "Contains",
    FreeTextOperator.STARTS_WITH: "StartsWith",
    FreeTextOperator.EXACT_MATCH: "ExactMatch",
}
_FREE_TEXT_OPERATOR_BY_NAME: dict[str, FreeTextOperator] = {
    "Contains": FreeTextOperator.CONTAINS,
    "StartsWith": FreeTextOperator.STARTS_WITH,
    "ExactMatch": FreeTextOperator.EXACT_MATCH,
}
_FREE_TEXT_OPERATOR_BY_VALUE: dict[int, FreeTextOperator] = {
    member.value: member for member in FreeTextOperator
}


def decode_xml_free_text_operator(element: Element) -> FreeTextOperator | str:
    return enum_from_text(element.text or "", _FREE_TEXT_OPERATOR_BY_NAME)


def encode_xml_free_text_operator(
    parent: Element, tag: str, value: FreeTextOperator | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _FREE_TEXT_OPERATOR_NAMES)


def decode_json_free_text_operator(data: Any, path: str) -> FreeTextOperator | str:
    return json_enum(data, path, _FREE_TEXT_OPERATOR_BY_NAME, _FREE_TEXT_OPERATOR_BY_VALUE)


def encode_json_free_text_operator(value: FreeTextOperator | str) -> str:
    return enum_to_text(value, _FREE_TEXT_OPERATOR_NAMES)


FREE_TEXT_OPERATOR_CODEC = Codec(
    decode_xml_free_text_operator,
    encode_xml_free_text_operator,
    decode_json_free_text_operator,
    encode_json_free_text_operator,
)
