"""Services88 types: DocumentLockSemantics.

Used by the Document, EMail agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class DocumentLockSemantics(enum.Enum):
    """The ``DocumentLockSemantics`` enumeration."""

    NONE = 0
    LOCKING = 1
    VERSIONING = 2


_DOCUMENT_LOCK_SEMANTICS_NAMES: dict[DocumentLockSemantics, str] = {
    DocumentLockSemantics.NONE: "None",
    DocumentLockSemantics.LOCKING: "Locking",
    DocumentLockSemantics.VERSIONING: "Versioning",
}
_DOCUMENT_LOCK_SEMANTICS_BY_NAME: dict[str, DocumentLockSemantics] = {
    "None": DocumentLockSemantics.NONE,
    "Locking": DocumentLockSemantics.LOCKING,
    "Versioning": DocumentLockSemantics.VERSIONING,
}
_DOCUMENT_LOCK_SEMANTICS_BY_VALUE: dict[int, DocumentLockSemantics] = {
    member.value: member for member in DocumentLockSemantics
}


def decode_xml_document_lock_semantics(element: Element) -> DocumentLockSemantics | str:
    return enum_from_text(element.text or "", _DOCUMENT_LOCK_SEMANTICS_BY_NAME)


def encode_xml_document_lock_semantics(
    parent: Element, tag: str, value: DocumentLockSemantics | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _DOCUMENT_LOCK_SEMANTICS_NAMES)


def decode_json_document_lock_semantics(data: Any, path: str) -> DocumentLockSemantics | str:
    return json_enum(
        data, path, _DOCUMENT_LOCK_SEMANTICS_BY_NAME, _DOCUMENT_LOCK_SEMANTICS_BY_VALUE
    )


def encode_json_document_lock_semantics(value: DocumentLockSemantics | str) -> str:
    return enum_to_text(value, _DOCUMENT_LOCK_SEMANTICS_NAMES)


DOCUMENT_LOCK_SEMANTICS_CODEC = Codec(
    decode_xml_document_lock_semantics,
    encode_xml_document_lock_semantics,
    decode_json_document_lock_semantics,
    encode_json_document_lock_semantics,
)
