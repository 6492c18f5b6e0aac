"""Services88 types: EMailFlags.

Used by the Appointment, EMail agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class EMailFlags(enum.Flag, boundary=enum.KEEP):
    """The ``EMailFlags`` flags."""

    SEEN = 1
    DELETED = 2
    RECENT = 4
    FLAGGED = 8
    DRAFT = 16
    ANSWERED = 32


_E_MAIL_FLAGS_NAMES: dict[EMailFlags, str] = {
    EMailFlags.SEEN: "Seen",
    EMailFlags.DELETED: "Deleted",
    EMailFlags.RECENT: "Recent",
    EMailFlags.FLAGGED: "Flagged",
    EMailFlags.DRAFT: "Draft",
    EMailFlags.ANSWERED: "Answered",
}
_E_MAIL_FLAGS_BY_NAME: dict[str, EMailFlags] = {
    "Seen": EMailFlags.SEEN,
    "Deleted": EMailFlags.DELETED,
    "Recent": EMailFlags.RECENT,
    "Flagged": EMailFlags.FLAGGED,
    "Draft": EMailFlags.DRAFT,
    "Answered": EMailFlags.ANSWERED,
}
_E_MAIL_FLAGS_NONE = EMailFlags(0)
_E_MAIL_FLAGS_SEEN: dict[str, EMailFlags | str] = {}


def decode_xml_e_mail_flags(element: Element) -> EMailFlags | str:
    return flags_from_xml(
        element.text or "", _E_MAIL_FLAGS_BY_NAME, _E_MAIL_FLAGS_NONE, _E_MAIL_FLAGS_SEEN
    )


def encode_xml_e_mail_flags(parent: Element, tag: str, value: EMailFlags | str) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _E_MAIL_FLAGS_NAMES, " ")


def decode_json_e_mail_flags(data: Any, path: str) -> EMailFlags | str:
    return json_flags(data, path, _E_MAIL_FLAGS_BY_NAME, _E_MAIL_FLAGS_NONE, _E_MAIL_FLAGS_SEEN)


def encode_json_e_mail_flags(value: EMailFlags | str) -> str | int:
    return flags_to_json(value, _E_MAIL_FLAGS_NAMES)


E_MAIL_FLAGS_CODEC = Codec(
    decode_xml_e_mail_flags,
    encode_xml_e_mail_flags,
    decode_json_e_mail_flags,
    encode_json_e_mail_flags,
)
