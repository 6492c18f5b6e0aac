"""Services88 types: EmailFromType.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class EmailFromType(enum.Enum):
    """The ``EmailFromType`` enumeration."""

    FROM_ONLY_SPECIFIED = 0
    FROM_SALES_CONTACT = 1
    FROM_SUPPORT_CONTACT = 2


_EMAIL_FROM_TYPE_NAMES: dict[EmailFromType, str] = {
    EmailFromType.FROM_ONLY_SPECIFIED: "FromOnlySpecified",
    EmailFromType.FROM_SALES_CONTACT: "FromSalesContact",
    EmailFromType.FROM_SUPPORT_CONTACT: "FromSupportContact",
}
_EMAIL_FROM_TYPE_BY_NAME: dict[str, EmailFromType] = {
    "FromOnlySpecified": EmailFromType.FROM_ONLY_SPECIFIED,
    "FromSalesContact": EmailFromType.FROM_SALES_CONTACT,
    "FromSupportContact": EmailFromType.FROM_SUPPORT_CONTACT,
}
_EMAIL_FROM_TYPE_BY_VALUE: dict[int, EmailFromType] = {
    member.value: member for member in EmailFromType
}


def decode_xml_email_from_type(element: Element) -> EmailFromType | str:
    return enum_from_text(element.text or "", _EMAIL_FROM_TYPE_BY_NAME)


def encode_xml_email_from_type(parent: Element, tag: str, value: EmailFromType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _EMAIL_FROM_TYPE_NAMES)


def decode_json_email_from_type(data: Any, path: str) -> EmailFromType | str:
    return json_enum(data, path, _EMAIL_FROM_TYPE_BY_NAME, _EMAIL_FROM_TYPE_BY_VALUE)


def encode_json_email_from_type(value: EmailFromType | str) -> str:
    return enum_to_text(value, _EMAIL_FROM_TYPE_NAMES)


EMAIL_FROM_TYPE_CODEC = Codec(
    decode_xml_email_from_type,
    encode_xml_email_from_type,
    decode_json_email_from_type,
    encode_json_email_from_type,
)
