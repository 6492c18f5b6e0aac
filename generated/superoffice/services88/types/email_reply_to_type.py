"""Services88 types: EmailReplyToType.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class EmailReplyToType(enum.Enum):
    """The ``EmailReplyToType`` enumeration."""

    REPLY_TO_ONLY_SPECIFIED = 0
    REPLY_TO_SALES_CONTACT = 1
    REPLY_TO_SUPPORT_CONTACT = 2
    REPLY_TO_EMPTY = 3


_EMAIL_REPLY_TO_TYPE_NAMES: dict[EmailReplyToType, str] = {
    EmailReplyToType.REPLY_TO_ONLY_SPECIFIED: "ReplyToOnlySpecified",
    EmailReplyToType.REPLY_TO_SALES_CONTACT: "ReplyToSalesContact",
    EmailReplyToType.REPLY_TO_SUPPORT_CONTACT: "ReplyToSupportContact",
    EmailReplyToType.REPLY_TO_EMPTY: "ReplyToEmpty",
}
_EMAIL_REPLY_TO_TYPE_BY_NAME: dict[str, EmailReplyToType] = {
    "ReplyToOnlySpecified": EmailReplyToType.REPLY_TO_ONLY_SPECIFIED,
    "ReplyToSalesContact": EmailReplyToType.REPLY_TO_SALES_CONTACT,
    "ReplyToSupportContact": EmailReplyToType.REPLY_TO_SUPPORT_CONTACT,
    "ReplyToEmpty": EmailReplyToType.REPLY_TO_EMPTY,
}
_EMAIL_REPLY_TO_TYPE_BY_VALUE: dict[int, EmailReplyToType] = {
    member.value: member for member in EmailReplyToType
}


def decode_xml_email_reply_to_type(element: Element) -> EmailReplyToType | str:
    return enum_from_text(element.text or "", _EMAIL_REPLY_TO_TYPE_BY_NAME)


def encode_xml_email_reply_to_type(
    parent: Element, tag: str, value: EmailReplyToType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _EMAIL_REPLY_TO_TYPE_NAMES)


def decode_json_email_reply_to_type(data: Any, path: str) -> EmailReplyToType | str:
    return json_enum(data, path, _EMAIL_REPLY_TO_TYPE_BY_NAME, _EMAIL_REPLY_TO_TYPE_BY_VALUE)


def encode_json_email_reply_to_type(value: EmailReplyToType | str) -> str:
    return enum_to_text(value, _EMAIL_REPLY_TO_TYPE_NAMES)


EMAIL_REPLY_TO_TYPE_CODEC = Codec(
    decode_xml_email_reply_to_type,
    encode_xml_email_reply_to_type,
    decode_json_email_reply_to_type,
    encode_json_email_reply_to_type,
)
