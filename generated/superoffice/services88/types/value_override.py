"""Services88 types: ValueOverride.

Used by the Quote agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ValueOverride(enum.Enum):
    """The ``ValueOverride`` enumeration."""

    NONE = 0
    TOTAL = 1
    DISCOUNT_PERCENT = 2
    DISCOUNT_AMOUNT = 3
    EARNING_PERCENT = 4
    EARNING_AMOUNT = 5


_VALUE_OVERRIDE_NAMES: dict[ValueOverride, str] = {
    ValueOverride.NONE: "None",
    ValueOverride.TOTAL: "Total",
    ValueOverride.DISCOUNT_PERCENT: "DiscountPercent",
    ValueOverride.DISCOUNT_AMOUNT: "DiscountAmount",
    ValueOverride.EARNING_PERCENT: "EarningPercent",
    ValueOverride.EARNING_AMOUNT: "EarningAmount",
}
_VALUE_OVERRIDE_BY_NAME: dict[str, ValueOverride] = {
    "None": ValueOverride.NONE,
    "Total": ValueOverride.TOTAL,
    "DiscountPercent": ValueOverride.DISCOUNT_PERCENT,
    "DiscountAmount": ValueOverride.DISCOUNT_AMOUNT,
    "EarningPercent": ValueOverride.EARNING_PERCENT,
    "EarningAmount": ValueOverride.EARNING_AMOUNT,
}
_VALUE_OVERRIDE_BY_VALUE: dict[int, ValueOverride] = {
    member.value: member for member in ValueOverride
}


def decode_xml_value_override(element: Element) -> ValueOverride | str:
    return enum_from_text(element.text or "", _VALUE_OVERRIDE_BY_NAME)


def encode_xml_value_override(parent: Element, tag: str, value: ValueOverride | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _VALUE_OVERRIDE_NAMES)


def decode_json_value_override(data: Any, path: str) -> ValueOverride | str:
    return json_enum(data, path, _VALUE_OVERRIDE_BY_NAME, _VALUE_OVERRIDE_BY_VALUE)


def encode_json_value_override(value: ValueOverride | str) -> str:
    return enum_to_text(value, _VALUE_OVERRIDE_NAMES)


VALUE_OVERRIDE_CODEC = Codec(
    decode_xml_value_override,
    encode_xml_value_override,
    decode_json_value_override,
    encode_json_value_override,
)
