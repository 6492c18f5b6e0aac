"""Services88 types: ExternalUserInfoModification.

Used by the User agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class ExternalUserInfoModification(enum.Flag, boundary=enum.KEEP):
    """The ``ExternalUserInfoModification`` flags."""

    USER_NAME = 1
    PASSWORD = 2
    ROLE = 4
    ACTIVE = 8
    UNDEFINED_VALUE_16 = 16


_EXTERNAL_USER_INFO_MODIFICATION_NAMES: dict[ExternalUserInfoModification, str] = {
    ExternalUserInfoModification.USER_NAME: "UserName",
    ExternalUserInfoModification.PASSWORD: "Password",
    ExternalUserInfoModification.ROLE: "Role",
    ExternalUserInfoModification.ACTIVE: "Active",
    ExternalUserInfoModification.UNDEFINED_VALUE_16: "UndefinedValue16",
}
_EXTERNAL_USER_INFO_MODIFICATION_BY_NAME: dict[str, ExternalUserInfoModification] = {
    "UserName": ExternalUserInfoModification.USER_NAME,
    "Password": ExternalUserInfoModification.PASSWORD,
    "Role": ExternalUserInfoModification.ROLE,
    "Active": ExternalUserInfoModification.ACTIVE,
    "UndefinedValue16": ExternalUserInfoModification.UNDEFINED_VALUE_16,
}
_EXTERNAL_USER_INFO_MODIFICATION_NONE = ExternalUserInfoModification(0)
_EXTERNAL_USER_INFO_MODIFICATION_SEEN: dict[str, ExternalUserInfoModification | str] = {}


def decode_xml_external_user_info_modification(
    element: Element,
) -> ExternalUserInfoModification | str:
    return flags_from_xml(
        element.text or "",
        _EXTERNAL_USER_INFO_MODIFICATION_BY_NAME,
        _EXTERNAL_USER_INFO_MODIFICATION_NONE,
        _EXTERNAL_USER_INFO_MODIFICATION_SEEN,
    )


def encode_xml_external_user_info_modification(
    parent: Element, tag: str, value: ExternalUserInfoModification | str
) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(
        value, _EXTERNAL_USER_INFO_MODIFICATION_NAMES, " "
    )


def decode_json_external_user_info_modification(
    data: Any, path: str
) -> ExternalUserInfoModification | str:
    return json_flags(
        data,
        path,
        _EXTERNAL_USER_INFO_MODIFICATION_BY_NAME,
        _EXTERNAL_USER_INFO_MODIFICATION_NONE,
        _EXTERNAL_USER_INFO_MODIFICATION_SEEN,
    )


def encode_json_external_user_info_modification(
    value: ExternalUserInfoModification | str,
) -> str | int:
    return flags_to_json(value, _EXTERNAL_USER_INFO_MODIFICATION_NAMES)


EXTERNAL_USER_INFO_MODIFICATION_CODEC = Codec(
    decode_xml_external_user_info_modification,
    encode_xml_external_user_info_modification,
    decode_json_external_user_info_modification,
    encode_json_external_user_info_modification,
)
