"""Services88 types: AddressType.

Used by 10 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class AddressType(enum.Enum):
    """The ``AddressType`` enumeration."""

    UNKNOWN = 0
    CONTACT_POSTAL_ADDRESS = 1
    CONTACT_STREET_ADDRESS = 2
    PERSON_PRIVATE_ADDRESS = 16387
    QUOTE_BILLING_ADDRESS = 8196
    QUOTE_SHIPPING_ADDRESS = 8197


_ADDRESS_TYPE_NAMES: dict[AddressType, str] = {
    AddressType.UNKNOWN: "Unknown",
    AddressType.CONTACT_POSTAL_ADDRESS: "ContactPostalAddress",
    AddressType.CONTACT_STREET_ADDRESS: "ContactStreetAddress",
    AddressType.PERSON_PRIVATE_ADDRESS: "PersonPrivateAddress",
    AddressType.QUOTE_BILLING_ADDRESS: "QuoteBillingAddress",
    AddressType.QUOTE_SHIPPING_ADDRESS: "QuoteShippingAddress",
}
_ADDRESS_TYPE_BY_NAME: dict[str, AddressType] = {
    "Unknown": AddressType.UNKNOWN,
    "ContactPostalAddress": AddressType.CONTACT_POSTAL_ADDRESS,
    "ContactStreetAddress": AddressType.CONTACT_STREET_ADDRESS,
    "PersonPrivateAddress": AddressType.PERSON_PRIVATE_ADDRESS,
    "QuoteBillingAddress": AddressType.QUOTE_BILLING_ADDRESS,
    "QuoteShippingAddress": AddressType.QUOTE_SHIPPING_ADDRESS,
}
_ADDRESS_TYPE_BY_VALUE: dict[int, AddressType] = {member.value: member for member in AddressType}


def decode_xml_address_type(element: Element) -> AddressType | str:
    return enum_from_text(element.text or "", _ADDRESS_TYPE_BY_NAME)


def encode_xml_address_type(parent: Element, tag: str, value: AddressType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _ADDRESS_TYPE_NAMES)


def decode_json_address_type(data: Any, path: str) -> AddressType | str:
    return json_enum(data, path, _ADDRESS_TYPE_BY_NAME, _ADDRESS_TYPE_BY_VALUE)


def encode_json_address_type(value: AddressType | str) -> str:
    return enum_to_text(value, _ADDRESS_TYPE_NAMES)


ADDRESS_TYPE_CODEC = Codec(
    decode_xml_address_type,
    encode_xml_address_type,
    decode_json_address_type,
    encode_json_address_type,
)
