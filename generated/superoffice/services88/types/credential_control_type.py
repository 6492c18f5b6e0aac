"""Services88 types: CredentialControlType.

Used by the User agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class CredentialControlType(enum.Enum):
    """The ``CredentialControlType`` enumeration."""

    STATIC = 0
    EDIT = 1
    PASSWORD = 2
    LINK = 3
    HIDDEN = 4


_CREDENTIAL_CONTROL_TYPE_NAMES: dict[CredentialControlType, str] = {
    CredentialControlType.STATIC: "Static",
    CredentialControlType.EDIT: "Edit",
    CredentialControlType.PASSWORD: "Password",
    CredentialControlType.LINK: "Link",
    CredentialControlType.HIDDEN: "Hidden",
}
_CREDENTIAL_CONTROL_TYPE_BY_NAME: dict[str, CredentialControlType] = {
    "Static": CredentialControlType.STATIC,
    "Edit": CredentialControlType.EDIT,
    "Password": CredentialControlType.PASSWORD,
    "Link": CredentialControlType.LINK,
    "Hidden": CredentialControlType.HIDDEN,
}
_CREDENTIAL_CONTROL_TYPE_BY_VALUE: dict[int, CredentialControlType] = {
    member.value: member for member in CredentialControlType
}


def decode_xml_credential_control_type(element: Element) -> CredentialControlType | str:
    return enum_from_text(element.text or "", _CREDENTIAL_CONTROL_TYPE_BY_NAME)


def encode_xml_credential_control_type(
    parent: Element, tag: str, value: CredentialControlType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _CREDENTIAL_CONTROL_TYPE_NAMES)


def decode_json_credential_control_type(data: Any, path: str) -> CredentialControlType | str:
    return json_enum(
        data, path, _CREDENTIAL_CONTROL_TYPE_BY_NAME, _CREDENTIAL_CONTROL_TYPE_BY_VALUE
    )


def encode_json_credential_control_type(value: CredentialControlType | str) -> str:
    return enum_to_text(value, _CREDENTIAL_CONTROL_TYPE_NAMES)


CREDENTIAL_CONTROL_TYPE_CODEC = Codec(
    decode_xml_credential_control_type,
    encode_xml_credential_control_type,
    decode_json_credential_control_type,
    encode_json_credential_control_type,
)
