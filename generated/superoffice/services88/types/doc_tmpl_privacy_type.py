"""Services88 types: DocTmplPrivacyType.

Used by the List agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class DocTmplPrivacyType(enum.Enum):
    """The ``DocTmplPrivacyType`` enumeration."""

    NONE = 0
    PERSON_REGISTERED = 1


_DOC_TMPL_PRIVACY_TYPE_NAMES: dict[DocTmplPrivacyType, str] = {
    DocTmplPrivacyType.NONE: "None",
    DocTmplPrivacyType.PERSON_REGISTERED: "PersonRegistered",
}
_DOC_TMPL_PRIVACY_TYPE_BY_NAME: dict[str, DocTmplPrivacyType] = {
    "None": DocTmplPrivacyType.NONE,
    "PersonRegistered": DocTmplPrivacyType.PERSON_REGISTERED,
}
_DOC_TMPL_PRIVACY_TYPE_BY_VALUE: dict[int, DocTmplPrivacyType] = {
    member.value: member for member in DocTmplPrivacyType
}


def decode_xml_doc_tmpl_privacy_type(element: Element) -> DocTmplPrivacyType | str:
    return enum_from_text(element.text or "", _DOC_TMPL_PRIVACY_TYPE_BY_NAME)


def encode_xml_doc_tmpl_privacy_type(
    parent: Element, tag: str, value: DocTmplPrivacyType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _DOC_TMPL_PRIVACY_TYPE_NAMES)


def decode_json_doc_tmpl_privacy_type(data: Any, path: str) -> DocTmplPrivacyType | str:
    return json_enum(data, path, _DOC_TMPL_PRIVACY_TYPE_BY_NAME, _DOC_TMPL_PRIVACY_TYPE_BY_VALUE)


def encode_json_doc_tmpl_privacy_type(value: DocTmplPrivacyType | str) -> str:
    return enum_to_text(value, _DOC_TMPL_PRIVACY_TYPE_NAMES)


DOC_TMPL_PRIVACY_TYPE_CODEC = Codec(
    decode_xml_doc_tmpl_privacy_type,
    encode_xml_doc_tmpl_privacy_type,
    decode_json_doc_tmpl_privacy_type,
    encode_json_doc_tmpl_privacy_type,
)
