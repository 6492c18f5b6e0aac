"""Services88 types: MessageHeaderStdItem.

Used by the Ticket agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class MessageHeaderStdItem(enum.Enum):
    """The ``MessageHeaderStdItem`` enumeration."""

    NONE = 0
    FORWARD = 1
    UNNAMED_ATTACHMENT_BLOCKED = 2
    NO_AUTO_REPLY = 3
    SENT_AUTO_REPLY_TO_CUSTOMERS_A = 4
    SENT_AUTO_REPLY_TO_CUSTOMERS_B = 5
    CUSTOMER_READ_FAQ = 6
    REPLY_TEMPLATE = 7


_MESSAGE_HEADER_STD_ITEM_NAMES: dict[MessageHeaderStdItem, str] = {
    MessageHeaderStdItem.NONE: "None",
    MessageHeaderStdItem.FORWARD: "Forward",
    MessageHeaderStdItem.UNNAMED_ATTACHMENT_BLOCKED: "UnnamedAttachmentBlocked",
    MessageHeaderStdItem.NO_AUTO_REPLY: "NoAutoReply",
    MessageHeaderStdItem.SENT_AUTO_REPLY_TO_CUSTOMERS_A: "SentAutoReplyToCustomersA",
    MessageHeaderStdItem.SENT_AUTO_REPLY_TO_CUSTOMERS_B: "SentAutoReplyToCustomersB",
    MessageHeaderStdItem.CUSTOMER_READ_FAQ: "CustomerReadFAQ",
    MessageHeaderStdItem.REPLY_TEMPLATE: "ReplyTemplate",
}
_MESSAGE_HEADER_STD_ITEM_BY_NAME: dict[str, MessageHeaderStdItem] = {
    "None": MessageHeaderStdItem.NONE,
    "Forward": MessageHeaderStdItem.FORWARD,
    "UnnamedAttachmentBlocked": MessageHeaderStdItem.UNNAMED_ATTACHMENT_BLOCKED,
    "NoAutoReply": MessageHeaderStdItem.NO_AUTO_REPLY,
    "SentAutoReplyToCustomersA": MessageHeaderStdItem.SENT_AUTO_REPLY_TO_CUSTOMERS_A,
    "SentAutoReplyToCustomersB": MessageHeaderStdItem.SENT_AUTO_REPLY_TO_CUSTOMERS_B,
    "CustomerReadFAQ": MessageHeaderStdItem.CUSTOMER_READ_FAQ,
    "ReplyTemplate": MessageHeaderStdItem.REPLY_TEMPLATE,
}
_MESSAGE_HEADER_STD_ITEM_BY_VALUE: dict[int, MessageHeaderStdItem] = {
    member.value: member for member in MessageHeaderStdItem
}


def decode_xml_message_header_std_item(element: Element) -> MessageHeaderStdItem | str:
    return enum_from_text(element.text or "", _MESSAGE_HEADER_STD_ITEM_BY_NAME)


def encode_xml_message_header_std_item(
    parent: Element, tag: str, value: MessageHeaderStdItem | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _MESSAGE_HEADER_STD_ITEM_NAMES)


def decode_json_message_header_std_item(data: Any, path: str) -> MessageHeaderStdItem | str:
    return json_enum(
        data, path, _MESSAGE_HEADER_STD_ITEM_BY_NAME, _MESSAGE_HEADER_STD_ITEM_BY_VALUE
    )


def encode_json_message_header_std_item(value: MessageHeaderStdItem | str) -> str:
    return enum_to_text(value, _MESSAGE_HEADER_STD_ITEM_NAMES)


MESSAGE_HEADER_STD_ITEM_CODEC = Codec(
    decode_xml_message_header_std_item,
    encode_xml_message_header_std_item,
    decode_json_message_header_std_item,
    encode_json_message_header_std_item,
)
