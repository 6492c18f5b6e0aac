"""Services88 types: ShipmentStatus.

Used by the Marketing agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ShipmentStatus(enum.Enum):
    """The ``ShipmentStatus`` enumeration."""

    NONE = 0
    OK = 1
    CANCELED = 2
    WAITING = 3
    STARTED = 4
    STATUS_FAILED = 5
    RETRY = 6
    POPULATING = 7
    DELETED = 8
    AWAIT_POPULATE = 9
    POPULATING_ONLY = 10
    POPULATE_ABORTED = 11
    POPULATE_ERROR = 12
    TOO_MANY_RECIPIENTS = 13


_SHIPMENT_STATUS_NAMES: dict[ShipmentStatus, str] = {
    ShipmentStatus.NONE: "None",
    ShipmentStatus.OK: "Ok",
    ShipmentStatus.CANCELED: "Canceled",
    ShipmentStatus.WAITING: "Waiting",
    ShipmentStatus.STARTED: "Started",
    ShipmentStatus.STATUS_FAILED: "StatusFailed",
    ShipmentStatus.RETRY: "Retry",
    ShipmentStatus.POPULATING: "Populating",
    ShipmentStatus.DELETED: "Deleted",
    ShipmentStatus.AWAIT_POPULATE: "AwaitPopulate",
    ShipmentStatus.POPULATING_ONLY: "PopulatingOnly",
    ShipmentStatus.POPULATE_ABORTED: "PopulateAborted",
    ShipmentStatus.POPULATE_ERROR: "PopulateError",
    ShipmentStatus.TOO_MANY_RECIPIENTS: "TooManyRecipients",
}
_SHIPMENT_STATUS_BY_NAME: dict[str, ShipmentStatus] = {
    "None": ShipmentStatus.NONE,
    "Ok": ShipmentStatus.OK,
    "Canceled": ShipmentStatus.CANCELED,
    "Waiting": ShipmentStatus.WAITING,
    "Started": ShipmentStatus.STARTED,
    "StatusFailed": ShipmentStatus.STATUS_FAILED,
    "Retry": ShipmentStatus.RETRY,
    "Populating": ShipmentStatus.POPULATING,
    "Deleted": ShipmentStatus.DELETED,
    "AwaitPopulate": ShipmentStatus.AWAIT_POPULATE,
    "PopulatingOnly": ShipmentStatus.POPULATING_ONLY,
    "PopulateAborted": ShipmentStatus.POPULATE_ABORTED,
    "PopulateError": ShipmentStatus.POPULATE_ERROR,
    "TooManyRecipients": ShipmentStatus.TOO_MANY_RECIPIENTS,
}
_SHIPMENT_STATUS_BY_VALUE: dict[int, ShipmentStatus] = {
    member.value: member for member in ShipmentStatus
}


def decode_xml_shipment_status(element: Element) -> ShipmentStatus | str:
    return enum_from_text(element.text or "", _SHIPMENT_STATUS_BY_NAME)


def encode_xml_shipment_status(parent: Element, tag: str, value: ShipmentStatus | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _SHIPMENT_STATUS_NAMES)


def decode_json_shipment_status(data: Any, path: str) -> ShipmentStatus | str:
    return json_enum(data, path, _SHIPMENT_STATUS_BY_NAME, _SHIPMENT_STATUS_BY_VALUE)


def encode_json_shipment_status(value: ShipmentStatus | str) -> str:
    return enum_to_text(value, _SHIPMENT_STATUS_NAMES)


SHIPMENT_STATUS_CODEC = Codec(
    decode_xml_shipment_status,
    encode_xml_shipment_status,
    decode_json_shipment_status,
    encode_json_shipment_status,
)
