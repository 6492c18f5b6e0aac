"""Services88 types: ArrayOfChangePasswordType, ChangePasswordType.

Used by the User agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import (
    Codec,
    Element,
    enum_from_text,
    enum_to_text,
    json_enum,
    json_items,
    new_child,
    put,
)

_CHANGE_PASSWORD_TYPE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangePasswordType"
)


class ChangePasswordType(enum.Enum):
    """The ``ChangePasswordType`` enumeration."""

    EMAIL = 0
    PASSWORD = 1


_CHANGE_PASSWORD_TYPE_NAMES: dict[ChangePasswordType, str] = {
    ChangePasswordType.EMAIL: "Email",
    ChangePasswordType.PASSWORD: "Password",
}
_CHANGE_PASSWORD_TYPE_BY_NAME: dict[str, ChangePasswordType] = {
    "Email": ChangePasswordType.EMAIL,
    "Password": ChangePasswordType.PASSWORD,
}
_CHANGE_PASSWORD_TYPE_BY_VALUE: dict[int, ChangePasswordType] = {
    member.value: member for member in ChangePasswordType
}


def decode_xml_change_password_type(element: Element) -> ChangePasswordType | str:
    return enum_from_text(element.text or "", _CHANGE_PASSWORD_TYPE_BY_NAME)


def encode_xml_change_password_type(
    parent: Element, tag: str, value: ChangePasswordType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _CHANGE_PASSWORD_TYPE_NAMES)


def decode_json_change_password_type(data: Any, path: str) -> ChangePasswordType | str:
    return json_enum(data, path, _CHANGE_PASSWORD_TYPE_BY_NAME, _CHANGE_PASSWORD_TYPE_BY_VALUE)


def encode_json_change_password_type(value: ChangePasswordType | str) -> str:
    return enum_to_text(value, _CHANGE_PASSWORD_TYPE_NAMES)


CHANGE_PASSWORD_TYPE_CODEC = Codec(
    decode_xml_change_password_type,
    encode_xml_change_password_type,
    decode_json_change_password_type,
    encode_json_change_password_type,
)


def decode_xml_list_of_change_password_type(element: Element) -> list[ChangePasswordType | str]:
    """``ArrayOfChangePasswordType``: a list of ``ChangePasswordType`` elements."""
    return [
        decode_xml_change_password_type(child)
        for child in element
        if child.tag == _CHANGE_PASSWORD_TYPE
    ]


def encode_xml_list_of_change_password_type(
    parent: Element | None, tag: str, value: list[ChangePasswordType | str]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CHANGE_PASSWORD_TYPE, item, encode_xml_change_password_type)
    return element


def decode_json_list_of_change_password_type(
    data: Any, path: str
) -> list[ChangePasswordType | str]:
    return json_items(data, path, decode_json_change_password_type)


def encode_json_list_of_change_password_type(value: list[ChangePasswordType | str]) -> list[Any]:
    return [encode_json_change_password_type(item) for item in value]


LIST_OF_CHANGE_PASSWORD_TYPE_CODEC = Codec(
    decode_xml_list_of_change_password_type,
    encode_xml_list_of_change_password_type,
    decode_json_list_of_change_password_type,
    encode_json_list_of_change_password_type,
)
