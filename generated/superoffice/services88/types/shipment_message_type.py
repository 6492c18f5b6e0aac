"""Services88 types: ShipmentMessageType.

Used by the Marketing agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class ShipmentMessageType(enum.Flag, boundary=enum.KEEP):
    """The ``ShipmentMessageType`` flags."""

    PLAIN = 1
    HTML = 2
    SOURCE_VIEW = 4
    SMS = 8
    DOCUMENT = 16


_SHIPMENT_MESSAGE_TYPE_NAMES: dict[ShipmentMessageType, str] = {
    ShipmentMessageType.PLAIN: "Plain",
    ShipmentMessageType.HTML: "Html",
    ShipmentMessageType.SOURCE_VIEW: "SourceView",
    ShipmentMessageType.SMS: "Sms",
    ShipmentMessageType.DOCUMENT: "Document",
}
_SHIPMENT_MESSAGE_TYPE_BY_NAME: dict[str, ShipmentMessageType] = {
    "Plain": ShipmentMessageType.PLAIN,
    "Html": ShipmentMessageType.HTML,
    "SourceView": ShipmentMessageType.SOURCE_VIEW,
    "Sms": ShipmentMessageType.SMS,
    "Document": ShipmentMessageType.DOCUMENT,
}
_SHIPMENT_MESSAGE_TYPE_NONE = ShipmentMessageType(0)
_SHIPMENT_MESSAGE_TYPE_SEEN: dict[str, ShipmentMessageType | str] = {}


def decode_xml_shipment_message_type(element: Element) -> ShipmentMessageType | str:
    return flags_from_xml(
        element.text or "",
        _SHIPMENT_MESSAGE_TYPE_BY_NAME,
        _SHIPMENT_MESSAGE_TYPE_NONE,
        _SHIPMENT_MESSAGE_TYPE_SEEN,
    )


def encode_xml_shipment_message_type(
    parent: Element, tag: str, value: ShipmentMessageType | str
) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _SHIPMENT_MESSAGE_TYPE_NAMES, " ")


def decode_json_shipment_message_type(data: Any, path: str) -> ShipmentMessageType | str:
    return json_flags(
        data,
        path,
        _SHIPMENT_MESSAGE_TYPE_BY_NAME,
        _SHIPMENT_MESSAGE_TYPE_NONE,
        _SHIPMENT_MESSAGE_TYPE_SEEN,
    )


def encode_json_shipment_message_type(value: ShipmentMessageType | str) -> str | int:
    return flags_to_json(value, _SHIPMENT_MESSAGE_TYPE_NAMES)


SHIPMENT_MESSAGE_TYPE_CODEC = Codec(
    decode_xml_shipment_message_type,
    encode_xml_shipment_message_type,
    decode_json_shipment_message_type,
    encode_json_shipment_message_type,
)
