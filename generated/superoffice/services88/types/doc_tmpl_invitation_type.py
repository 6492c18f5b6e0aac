"""Services88 types: DocTmplInvitationType.

Used by the List agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class DocTmplInvitationType(enum.Enum):
    """The ``DocTmplInvitationType`` enumeration."""

    NONE = 0
    NEW = 1
    CHANGED = 2
    CANCELLED = 3


_DOC_TMPL_INVITATION_TYPE_NAMES: dict[DocTmplInvitationType, str] = {
    DocTmplInvitationType.NONE: "None",
    DocTmplInvitationType.NEW: "New",
    DocTmplInvitationType.CHANGED: "Changed",
    DocTmplInvitationType.CANCELLED: "Cancelled",
}
_DOC_TMPL_INVITATION_TYPE_BY_NAME: dict[str, DocTmplInvitationType] = {
    "None": DocTmplInvitationType.NONE,
    "New": DocTmplInvitationType.NEW,
    "Changed": DocTmplInvitationType.CHANGED,
    "Cancelled": DocTmplInvitationType.CANCELLED,
}
_DOC_TMPL_INVITATION_TYPE_BY_VALUE: dict[int, DocTmplInvitationType] = {
    member.value: member for member in DocTmplInvitationType
}


def decode_xml_doc_tmpl_invitation_type(element: Element) -> DocTmplInvitationType | str:
    return enum_from_text(element.text or "", _DOC_TMPL_INVITATION_TYPE_BY_NAME)


def encode_xml_doc_tmpl_invitation_type(
    parent: Element, tag: str, value: DocTmplInvitationType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _DOC_TMPL_INVITATION_TYPE_NAMES)


def decode_json_doc_tmpl_invitation_type(data: Any, path: str) -> DocTmplInvitationType | str:
    return json_enum(
        data, path, _DOC_TMPL_INVITATION_TYPE_BY_NAME, _DOC_TMPL_INVITATION_TYPE_BY_VALUE
    )


def encode_json_doc_tmpl_invitation_type(value: DocTmplInvitationType | str) -> str:
    return enum_to_text(value, _DOC_TMPL_INVITATION_TYPE_NAMES)


DOC_TMPL_INVITATION_TYPE_CODEC = Codec(
    decode_xml_doc_tmpl_invitation_type,
    encode_xml_doc_tmpl_invitation_type,
    decode_json_doc_tmpl_invitation_type,
    encode_json_doc_tmpl_invitation_type,
)
