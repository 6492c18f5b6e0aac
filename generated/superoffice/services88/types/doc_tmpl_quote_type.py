"""Services88 types: DocTmplQuoteType.

Used by the Document, EMail, List agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class DocTmplQuoteType(enum.Enum):
    """The ``DocTmplQuoteType`` enumeration."""

    NONE = 0
    MAIL_BODY = 1
    MAIN_DOCUMENT = 2
    QUOTE_LINES = 3
    CONFIRMATION_MAIL_BODY = 4
    CONFIRMATION_LINES = 5


_DOC_TMPL_QUOTE_TYPE_NAMES: dict[DocTmplQuoteType, str] = {
    DocTmplQuoteType.NONE: "None",
    DocTmplQuoteType.MAIL_BODY: "MailBody",
    DocTmplQuoteType.MAIN_DOCUMENT: "MainDocument",
    DocTmplQuoteType.QUOTE_LINES: "QuoteLines",
    DocTmplQuoteType.CONFIRMATION_MAIL_BODY: "ConfirmationMailBody",
    DocTmplQuoteType.CONFIRMATION_LINES: "ConfirmationLines",
}
_DOC_TMPL_QUOTE_TYPE_BY_NAME: dict[str, DocTmplQuoteType] = {
    "None": DocTmplQuoteType.NONE,
    "MailBody": DocTmplQuoteType.MAIL_BODY,
    "MainDocument": DocTmplQuoteType.MAIN_DOCUMENT,
    "QuoteLines": DocTmplQuoteType.QUOTE_LINES,
    "ConfirmationMailBody": DocTmplQuoteType.CONFIRMATION_MAIL_BODY,
    "ConfirmationLines": DocTmplQuoteType.CONFIRMATION_LINES,
}
_DOC_TMPL_QUOTE_TYPE_BY_VALUE: dict[int, DocTmplQuoteType] = {
    member.value: member for member in DocTmplQuoteType
}


def decode_xml_doc_tmpl_quote_type(element: Element) -> DocTmplQuoteType | str:
    return enum_from_text(element.text or "", _DOC_TMPL_QUOTE_TYPE_BY_NAME)


def encode_xml_doc_tmpl_quote_type(
    parent: Element, tag: str, value: DocTmplQuoteType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _DOC_TMPL_QUOTE_TYPE_NAMES)


def decode_json_doc_tmpl_quote_type(data: Any, path: str) -> DocTmplQuoteType | str:
    return json_enum(data, path, _DOC_TMPL_QUOTE_TYPE_BY_NAME, _DOC_TMPL_QUOTE_TYPE_BY_VALUE)


def encode_json_doc_tmpl_quote_type(value: DocTmplQuoteType | str) -> str:
    return enum_to_text(value, _DOC_TMPL_QUOTE_TYPE_NAMES)


DOC_TMPL_QUOTE_TYPE_CODEC = Codec(
    decode_xml_doc_tmpl_quote_type,
    encode_xml_doc_tmpl_quote_type,
    decode_json_doc_tmpl_quote_type,
    encode_json_doc_tmpl_quote_type,
)
