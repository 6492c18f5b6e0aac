"""Services88 types: RoleType.

Used by the SoPrincipal, User agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class RoleType(enum.Enum):
    """The ``RoleType`` enumeration."""

    EMPLOYEE = 0
    EXTERNAL_USER = 1
    ANONYMOUS = 2
    SYSTEM = 3


_ROLE_TYPE_NAMES: dict[RoleType, str] = {
    RoleType.EMPLOYEE: "Employee",
    RoleType.EXTERNAL_USER: "ExternalUser",
    RoleType.ANONYMOUS: "Anonymous",
    RoleType.SYSTEM: "System",
}
_ROLE_TYPE_BY_NAME: dict[str, RoleType] = {
    "Employee": RoleType.EMPLOYEE,
    "ExternalUser": RoleType.EXTERNAL_USER,
    "Anonymous": RoleType.ANONYMOUS,
    "System": RoleType.SYSTEM,
}
_ROLE_TYPE_BY_VALUE: dict[int, RoleType] = {member.value: member for member in RoleType}


def decode_xml_role_type(element: Element) -> RoleType | str:
    return enum_from_text(element.text or "", _ROLE_TYPE_BY_NAME)


def encode_xml_role_type(parent: Element, tag: str, value: RoleType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _ROLE_TYPE_NAMES)


def decode_json_role_type(data: Any, path: str) -> RoleType | str:
    return json_enum(data, path, _ROLE_TYPE_BY_NAME, _ROLE_TYPE_BY_VALUE)


def encode_json_role_type(value: RoleType | str) -> str:
    return enum_to_text(value, _ROLE_TYPE_NAMES)


ROLE_TYPE_CODEC = Codec(
    decode_xml_role_type, encode_xml_role_type, decode_json_role_type, encode_json_role_type
)
