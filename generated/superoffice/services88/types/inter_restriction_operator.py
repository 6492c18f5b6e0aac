"""Services88 types: InterRestrictionOperator.

Used by 8 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class InterRestrictionOperator(enum.Enum):
    """The ``InterRestrictionOperator`` enumeration."""

    NONE = 0
    AND = 1
    OR = 2


_INTER_RESTRICTION_OPERATOR_NAMES: dict[InterRestrictionOperator, str] = {
    InterRestrictionOperator.NONE: "None",
    InterRestrictionOperator.AND: "And",
    InterRestrictionOperator.OR: "Or",
}
_INTER_RESTRICTION_OPERATOR_BY_NAME: dict[str, InterRestrictionOperator] = {
    "None": InterRestrictionOperator.NONE,
    "And": InterRestrictionOperator.AND,
    "Or": InterRestrictionOperator.OR,
}
_INTER_RESTRICTION_OPERATOR_BY_VALUE: dict[int, InterRestrictionOperator] = {
    member.value: member for member in InterRestrictionOperator
}


def decode_xml_inter_restriction_operator(element: Element) -> InterRestrictionOperator | str:
    return enum_from_text(element.text or "", _INTER_RESTRICTION_OPERATOR_BY_NAME)


def encode_xml_inter_restriction_operator(
    parent: Element, tag: str, value: InterRestrictionOperator | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _INTER_RESTRICTION_OPERATOR_NAMES)


def decode_json_inter_restriction_operator(data: Any, path: str) -> InterRestrictionOperator | str:
    return json_enum(
        data, path, _INTER_RESTRICTION_OPERATOR_BY_NAME, _INTER_RESTRICTION_OPERATOR_BY_VALUE
    )


def encode_json_inter_restriction_operator(value: InterRestrictionOperator | str) -> str:
    return enum_to_text(value, _INTER_RESTRICTION_OPERATOR_NAMES)


INTER_RESTRICTION_OPERATOR_CODEC = Codec(
    decode_xml_inter_restriction_operator,
    encode_xml_inter_restriction_operator,
    decode_json_inter_restriction_operator,
    encode_json_inter_restriction_operator,
)
