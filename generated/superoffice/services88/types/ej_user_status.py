"""Services88 types: EjUserStatus.

Used by the SoPrincipal, User agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class EjUserStatus(enum.Enum):
    """The ``EjUserStatus`` enumeration."""

    STATUS_NONE = 0
    STATUS_NORMAL = 1
    STATUS_NOT_AVAILABLE = 2
    STATUS_DELETED = 3
    STATUS_READ_ONLY = 4
    STATUS_SPM = 5
    STATUS_SYSTEM = 127


_EJ_USER_STATUS_NAMES: dict[EjUserStatus, str] = {
    EjUserStatus.STATUS_NONE: "StatusNone",
    EjUserStatus.STATUS_NORMAL: "StatusNormal",
    EjUserStatus.STATUS_NOT_AVAILABLE: "StatusNotAvailable",
    EjUserStatus.STATUS_DELETED: "StatusDeleted",
    EjUserStatus.STATUS_READ_ONLY: "StatusReadOnly",
    EjUserStatus.STATUS_SPM: "StatusSpm",
    EjUserStatus.STATUS_SYSTEM: "StatusSystem",
}
_EJ_USER_STATUS_BY_NAME: dict[str, EjUserStatus] = {
    "StatusNone": EjUserStatus.STATUS_NONE,
    "StatusNormal": EjUserStatus.STATUS_NORMAL,
    "StatusNotAvailable": EjUserStatus.STATUS_NOT_AVAILABLE,
    "StatusDeleted": EjUserStatus.STATUS_DELETED,
    "StatusReadOnly": EjUserStatus.STATUS_READ_ONLY,
    "StatusSpm": EjUserStatus.STATUS_SPM,
    "StatusSystem": EjUserStatus.STATUS_SYSTEM,
}
_EJ_USER_STATUS_BY_VALUE: dict[int, EjUserStatus] = {
    member.value: member for member in EjUserStatus
}


def decode_xml_ej_user_status(element: Element) -> EjUserStatus | str:
    return enum_from_text(element.text or "", _EJ_USER_STATUS_BY_NAME)


def encode_xml_ej_user_status(parent: Element, tag: str, value: EjUserStatus | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _EJ_USER_STATUS_NAMES)


def decode_json_ej_user_status(data: Any, path: str) -> EjUserStatus | str:
    return json_enum(data, path, _EJ_USER_STATUS_BY_NAME, _EJ_USER_STATUS_BY_VALUE)


def encode_json_ej_user_status(value: EjUserStatus | str) -> str:
    return enum_to_text(value, _EJ_USER_STATUS_NAMES)


EJ_USER_STATUS_CODEC = Codec(
    decode_xml_ej_user_status,
    encode_xml_ej_user_status,
    decode_json_ej_user_status,
    encode_json_ej_user_status,
)
