"""Services88 types: UserType.

Used by 23 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class UserType(enum.Enum):
    """The ``UserType`` enumeration."""

    UNKNOWN = 0
    INTERNAL_ASSOCIATE = 1
    RESOURCE_ASSOCIATE = 2
    EXTERNAL_ASSOCIATE = 3
    ANONYMOUS_ASSOCIATE = 4
    SYSTEM_ASSOCIATE = 5


_USER_TYPE_NAMES: dict[UserType, str] = {
    UserType.UNKNOWN: "Unknown",
    UserType.INTERNAL_ASSOCIATE: "InternalAssociate",
    UserType.RESOURCE_ASSOCIATE: "ResourceAssociate",
    UserType.EXTERNAL_ASSOCIATE: "ExternalAssociate",
    UserType.ANONYMOUS_ASSOCIATE: "AnonymousAssociate",
    UserType.SYSTEM_ASSOCIATE: "SystemAssociate",
}
_USER_TYPE_BY_NAME: dict[str, UserType] = {
    "Unknown": UserType.UNKNOWN,
    "InternalAssociate": UserType.INTERNAL_ASSOCIATE,
    "ResourceAssociate": UserType.RESOURCE_ASSOCIATE,
    "ExternalAssociate": UserType.EXTERNAL_ASSOCIATE,
    "AnonymousAssociate": UserType.ANONYMOUS_ASSOCIATE,
    "SystemAssociate": UserType.SYSTEM_ASSOCIATE,
}
_USER_TYPE_BY_VALUE: dict[int, UserType] = {member.value: member for member in UserType}


def decode_xml_user_type(element: Element) -> UserType | str:
    return enum_from_text(element.text or "", _USER_TYPE_BY_NAME)


def encode_xml_user_type(parent: Element, tag: str, value: UserType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _USER_TYPE_NAMES)


def decode_json_user_type(data: Any, path: str) -> UserType | str:
    return json_enum(data, path, _USER_TYPE_BY_NAME, _USER_TYPE_BY_VALUE)


def encode_json_user_type(value: UserType | str) -> str:
    return enum_to_text(value, _USER_TYPE_NAMES)


USER_TYPE_CODEC = Codec(
    decode_xml_user_type, encode_xml_user_type, decode_json_user_type, encode_json_user_type
)
