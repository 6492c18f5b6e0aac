"""Services88 types: ShipmentAddrStatus.

Used by the Marketing agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ShipmentAddrStatus(enum.Enum):
    """The ``ShipmentAddrStatus`` enumeration."""

    UNKNOWN = 0
    READY = 1
    DUPLICATE = 2
    BLOCKED = 3
    SENT = 4
    BOUNCED = 5
    OPENED = 6
    CLICKED = 7
    SOFT_BOUNCED = 8
    NO_SUBSCRIPTION = 9
    COMPLAINED = 10
    TOO_MANY_BOUNCES = 11
    TEST_MAIL = 12


_SHIPMENT_ADDR_STATUS_NAMES: dict[ShipmentAddrStatus, str] = {
    ShipmentAddrStatus.UNKNOWN: "Unknown",
    ShipmentAddrStatus.READY: "Ready",
    ShipmentAddrStatus.DUPLICATE: "Duplicate",
    ShipmentAddrStatus.BLOCKED: "Blocked",
    ShipmentAddrStatus.SENT: "Sent",
    ShipmentAddrStatus.BOUNCED: "Bounced",
    ShipmentAddrStatus.OPENED: "Opened",
    ShipmentAddrStatus.CLICKED: "Clicked",
    ShipmentAddrStatus.SOFT_BOUNCED: "SoftBounced",
    ShipmentAddrStatus.NO_SUBSCRIPTION: "NoSubscription",
    ShipmentAddrStatus.COMPLAINED: "Complained",
    ShipmentAddrStatus.TOO_MANY_BOUNCES: "TooManyBounces",
    ShipmentAddrStatus.TEST_MAIL: "TestMail",
}
_SHIPMENT_ADDR_STATUS_BY_NAME: dict[str, ShipmentAddrStatus] = {
    "Unknown": ShipmentAddrStatus.UNKNOWN,
    "Ready": ShipmentAddrStatus.READY,
    "Duplicate": ShipmentAddrStatus.DUPLICATE,
    "Blocked": ShipmentAddrStatus.BLOCKED,
    "Sent": ShipmentAddrStatus.SENT,
    "Bounced": ShipmentAddrStatus.BOUNCED,
    "Opened": ShipmentAddrStatus.OPENED,
    "Clicked": ShipmentAddrStatus.CLICKED,
    "SoftBounced": ShipmentAddrStatus.SOFT_BOUNCED,
    "NoSubscription": ShipmentAddrStatus.NO_SUBSCRIPTION,
    "Complained": ShipmentAddrStatus.COMPLAINED,
    "TooManyBounces": ShipmentAddrStatus.TOO_MANY_BOUNCES,
    "TestMail": ShipmentAddrStatus.TEST_MAIL,
}
_SHIPMENT_ADDR_STATUS_BY_VALUE: dict[int, ShipmentAddrStatus] = {
    member.value: member for member in ShipmentAddrStatus
}


def decode_xml_shipment_addr_status(element: Element) -> ShipmentAddrStatus | str:
    return enum_from_text(element.text or "", _SHIPMENT_ADDR_STATUS_BY_NAME)


def encode_xml_shipment_addr_status(
    parent: Element, tag: str, value: ShipmentAddrStatus | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _SHIPMENT_ADDR_STATUS_NAMES)


def decode_json_shipment_addr_status(data: Any, path: str) -> ShipmentAddrStatus | str:
    return json_enum(data, path, _SHIPMENT_ADDR_STATUS_BY_NAME, _SHIPMENT_ADDR_STATUS_BY_VALUE)


def encode_json_shipment_addr_status(value: ShipmentAddrStatus | str) -> str:
    return enum_to_text(value, _SHIPMENT_ADDR_STATUS_NAMES)


SHIPMENT_ADDR_STATUS_CODEC = Codec(
    decode_xml_shipment_addr_status,
    encode_xml_shipment_addr_status,
    decode_json_shipment_addr_status,
    encode_json_shipment_addr_status,
)
