"""Services88 types: SaleStatus.

Used by 12 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class SaleStatus(enum.Enum):
    """The ``SaleStatus`` enumeration."""

    UNKNOWN = 0
    OPEN = 1
    SOLD = 2
    LOST = 3
    STALLED = 4
    SAINT_ALL = 1000


_SALE_STATUS_NAMES: dict[SaleStatus, str] = {
    SaleStatus.UNKNOWN: "Unknown",
    SaleStatus.OPEN: "Open",
    SaleStatus.SOLD: "Sold",
    SaleStatus.LOST: "Lost",
    SaleStatus.STALLED: "Stalled",
    SaleStatus.SAINT_ALL: "SaintAll",
}
_SALE_STATUS_BY_NAME: dict[str, SaleStatus] = {
    "Unknown": SaleStatus.UNKNOWN,
    "Open": SaleStatus.OPEN,
    "Sold": SaleStatus.SOLD,
    "Lost": SaleStatus.LOST,
    "Stalled": SaleStatus.STALLED,
    "SaintAll": SaleStatus.SAINT_ALL,
}
_SALE_STATUS_BY_VALUE: dict[int, SaleStatus] = {member.value: member for member in SaleStatus}


def decode_xml_sale_status(element: Element) -> SaleStatus | str:
    return enum_from_text(element.text or "", _SALE_STATUS_BY_NAME)


def encode_xml_sale_status(parent: Element, tag: str, value: SaleStatus | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _SALE_STATUS_NAMES)


def decode_json_sale_status(data: Any, path: str) -> SaleStatus | str:
    return json_enum(data, path, _SALE_STATUS_BY_NAME, _SALE_STATUS_BY_VALUE)


def encode_json_sale_status(value: SaleStatus | str) -> str:
    return enum_to_text(value, _SALE_STATUS_NAMES)


SALE_STATUS_CODEC = Codec(
    decode_xml_sale_status,
    encode_xml_sale_status,
    decode_json_sale_status,
    encode_json_sale_status,
)
