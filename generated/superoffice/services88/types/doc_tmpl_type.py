"""Services88 types: DocTmplType.

Used by the Document, EMail, List agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class DocTmplType(enum.Enum):
    """The ``DocTmplType`` enumeration."""

    UNKNOWN = 0
    APPOINTMENT = 1
    DOCUMENT = 2
    EMAIL = 3
    FAX = 4
    PHONE = 5
    TODO = 6
    MERGE_DRAFT = 7
    MERGE_FINAL = 8
    SAVED_REPORT = 9


_DOC_TMPL_TYPE_NAMES: dict[DocTmplType, str] = {
    DocTmplType.UNKNOWN: "Unknown",
    DocTmplType.APPOINTMENT: "Appointment",
    DocTmplType.DOCUMENT: "Document",
    DocTmplType.EMAIL: "Email",
    DocTmplType.FAX: "Fax",
    DocTmplType.PHONE: "Phone",
    DocTmplType.TODO: "Todo",
    DocTmplType.MERGE_DRAFT: "MergeDraft",
    DocTmplType.MERGE_FINAL: "MergeFinal",
    DocTmplType.SAVED_REPORT: "SavedReport",
}
_DOC_TMPL_TYPE_BY_NAME: dict[str, DocTmplType] = {
    "Unknown": DocTmplType.UNKNOWN,
    "Appointment": DocTmplType.APPOINTMENT,
    "Document": DocTmplType.DOCUMENT,
    "Email": DocTmplType.EMAIL,
    "Fax": DocTmplType.FAX,
    "Phone": DocTmplType.PHONE,
    "Todo": DocTmplType.TODO,
    "MergeDraft": DocTmplType.MERGE_DRAFT,
    "MergeFinal": DocTmplType.MERGE_FINAL,
    "SavedReport": DocTmplType.SAVED_REPORT,
}
_DOC_TMPL_TYPE_BY_VALUE: dict[int, DocTmplType] = {member.value: member for member in DocTmplType}


def decode_xml_doc_tmpl_type(element: Element) -> DocTmplType | str:
    return enum_from_text(element.text or "", _DOC_TMPL_TYPE_BY_NAME)


def encode_xml_doc_tmpl_type(parent: Element, tag: str, value: DocTmplType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _DOC_TMPL_TYPE_NAMES)


def decode_json_doc_tmpl_type(data: Any, path: str) -> DocTmplType | str:
    return json_enum(data, path, _DOC_TMPL_TYPE_BY_NAME, _DOC_TMPL_TYPE_BY_VALUE)


def encode_json_doc_tmpl_type(value: DocTmplType | str) -> str:
    return enum_to_text(value, _DOC_TMPL_TYPE_NAMES)


DOC_TMPL_TYPE_CODEC = Codec(
    decode_xml_doc_tmpl_type,
    encode_xml_doc_tmpl_type,
    decode_json_doc_tmpl_type,
    encode_json_doc_tmpl_type,
)
