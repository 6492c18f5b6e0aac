"""Services88 types: OrderBySortType.

Used by the Archive, Find agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class OrderBySortType(enum.Enum):
    """The ``OrderBySortType`` enumeration."""

    ASC = 0
    DESC = 1


_ORDER_BY_SORT_TYPE_NAMES: dict[OrderBySortType, str] = {
    OrderBySortType.ASC: "ASC",
    OrderBySortType.DESC: "DESC",
}
_ORDER_BY_SORT_TYPE_BY_NAME: dict[str, OrderBySortType] = {
    "ASC": OrderBySortType.ASC,
    "DESC": OrderBySortType.DESC,
}
_ORDER_BY_SORT_TYPE_BY_VALUE: dict[int, OrderBySortType] = {
    member.value: member for member in OrderBySortType
}


def decode_xml_order_by_sort_type(element: Element) -> OrderBySortType | str:
    return enum_from_text(element.text or "", _ORDER_BY_SORT_TYPE_BY_NAME)


def encode_xml_order_by_sort_type(parent: Element, tag: str, value: OrderBySortType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _ORDER_BY_SORT_TYPE_NAMES)


def decode_json_order_by_sort_type(data: Any, path: str) -> OrderBySortType | str:
    return json_enum(data, path, _ORDER_BY_SORT_TYPE_BY_NAME, _ORDER_BY_SORT_TYPE_BY_VALUE)


def encode_json_order_by_sort_type(value: OrderBySortType | str) -> str:
    return enum_to_text(value, _ORDER_BY_SORT_TYPE_NAMES)


ORDER_BY_SORT_TYPE_CODEC = Codec(
    decode_xml_order_by_sort_type,
    encode_xml_order_by_sort_type,
    decode_json_order_by_sort_type,
    encode_json_order_by_sort_type,
)
