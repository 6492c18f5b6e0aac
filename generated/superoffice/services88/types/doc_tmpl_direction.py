"""Services88 types: DocTmplDirection.

Used by the Document, EMail, List agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class DocTmplDirection(enum.Enum):
    """The ``DocTmplDirection`` enumeration."""

    UNKNOWN = 0
    INCOMING = 1
    OUTGOING = 2
    SAINT_ALL = 3


_DOC_TMPL_DIRECTION_NAMES: dict[DocTmplDirection, str] = {
    DocTmplDirection.UNKNOWN: "Unknown",
    DocTmplDirection.INCOMING: "Incoming",
    DocTmplDirection.OUTGOING: "Outgoing",
    DocTmplDirection.SAINT_ALL: "SaintAll",
}
_DOC_TMPL_DIRECTION_BY_NAME: dict[str, DocTmplDirection] = {
    "Unknown": DocTmplDirection.UNKNOWN,
    "Incoming": DocTmplDirection.INCOMING,
    "Outgoing": DocTmplDirection.OUTGOING,
    "SaintAll": DocTmplDirection.SAINT_ALL,
}
_DOC_TMPL_DIRECTION_BY_VALUE: dict[int, DocTmplDirection] = {
    member.value: member for member in DocTmplDirection
}


def decode_xml_doc_tmpl_direction(element: Element) -> DocTmplDirection | str:
    return enum_from_text(element.text or "", _DOC_TMPL_DIRECTION_BY_NAME)


def encode_xml_doc_tmpl_direction(
    parent: Element, tag: str, value: DocTmplDirection | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _DOC_TMPL_DIRECTION_NAMES)


def decode_json_doc_tmpl_direction(data: Any, path: str) -> DocTmplDirection | str:
    return json_enum(data, path, _DOC_TMPL_DIRECTION_BY_NAME, _DOC_TMPL_DIRECTION_BY_VALUE)


def encode_json_doc_tmpl_direction(value: DocTmplDirection | str) -> str:
    return enum_to_text(value, _DOC_TMPL_DIRECTION_NAMES)


DOC_TMPL_DIRECTION_CODEC = Codec(
    decode_xml_doc_tmpl_direction,
    encode_xml_doc_tmpl_direction,
    decode_json_doc_tmpl_direction,
    encode_json_doc_tmpl_direction,
)
