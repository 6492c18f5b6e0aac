"""Services88 types: RagType.

Used by the AI agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class RagType(enum.Enum):
    """The ``RagType`` enumeration."""

    NONE = 0
    TICKET = 1
    WEBPAGE = 2
    DOCUMENT = 3
    FAQ = 4
    PRODUCT = 5
    WEBSITE = 6


_RAG_TYPE_NAMES: dict[RagType, str] = {
    RagType.NONE: "None",
    RagType.TICKET: "Ticket",
    RagType.WEBPAGE: "Webpage",
    RagType.DOCUMENT: "Document",
    RagType.FAQ: "FAQ",
    RagType.PRODUCT: "Product",
    RagType.WEBSITE: "Website",
}
_RAG_TYPE_BY_NAME: dict[str, RagType] = {
    "None": RagType.NONE,
    "Ticket": RagType.TICKET,
    "Webpage": RagType.WEBPAGE,
    "Document": RagType.DOCUMENT,
    "FAQ": RagType.FAQ,
    "Product": RagType.PRODUCT,
    "Website": RagType.WEBSITE,
}
_RAG_TYPE_BY_VALUE: dict[int, RagType] = {member.value: member for member in RagType}


def decode_xml_rag_type(element: Element) -> RagType | str:
    return enum_from_text(element.text or "", _RAG_TYPE_BY_NAME)


def encode_xml_rag_type(parent: Element, tag: str, value: RagType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _RAG_TYPE_NAMES)


def decode_json_rag_type(data: Any, path: str) -> RagType | str:
    return json_enum(data, path, _RAG_TYPE_BY_NAME, _RAG_TYPE_BY_VALUE)


def encode_json_rag_type(value: RagType | str) -> str:
    return enum_to_text(value, _RAG_TYPE_NAMES)


RAG_TYPE_CODEC = Codec(
    decode_xml_rag_type, encode_xml_rag_type, decode_json_rag_type, encode_json_rag_type
)
