"""Services88 types: MessageHeaderStdItemCol.

Used by the Ticket agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class MessageHeaderStdItemCol(enum.Enum):
    """The ``MessageHeaderStdItemCol`` enumeration."""

    NONE = 0
    NAME_ = 1
    VALUE_ = 2


_MESSAGE_HEADER_STD_ITEM_COL_NAMES: dict[MessageHeaderStdItemCol, str] = {
    MessageHeaderStdItemCol.NONE: "None",
    MessageHeaderStdItemCol.NAME_: "Name",
    MessageHeaderStdItemCol.VALUE_: "Value",
}
_MESSAGE_HEADER_STD_ITEM_COL_BY_NAME: dict[str, MessageHeaderStdItemCol] = {
    "None": MessageHeaderStdItemCol.NONE,
    "Name": MessageHeaderStdItemCol.NAME_,
    "Value": MessageHeaderStdItemCol.VALUE_,
}
_MESSAGE_HEADER_STD_ITEM_COL_BY_VALUE: dict[int, MessageHeaderStdItemCol] = {
    member.value: member for member in MessageHeaderStdItemCol
}


def decode_xml_message_header_std_item_col(element: Element) -> MessageHeaderStdItemCol | str:
    return enum_from_text(element.text or "", _MESSAGE_HEADER_STD_ITEM_COL_BY_NAME)


def encode_xml_message_header_std_item_col(
    parent: Element, tag: str, value: MessageHeaderStdItemCol | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _MESSAGE_HEADER_STD_ITEM_COL_NAMES)


def decode_json_message_header_std_item_col(data: Any, path: str) -> MessageHeaderStdItemCol | str:
    return json_enum(
        data, path, _MESSAGE_HEADER_STD_ITEM_COL_BY_NAME, _MESSAGE_HEADER_STD_ITEM_COL_BY_VALUE
    )


def encode_json_message_header_std_item_col(value: MessageHeaderStdItemCol | str) -> str:
    return enum_to_text(value, _MESSAGE_HEADER_STD_ITEM_COL_NAMES)


MESSAGE_HEADER_STD_ITEM_COL_CODEC = Codec(
    decode_xml_message_header_std_item_col,
    encode_xml_message_header_std_item_col,
    decode_json_message_header_std_item_col,
    encode_json_message_header_std_item_col,
)
