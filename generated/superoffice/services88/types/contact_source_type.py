"""Services88 types: ContactSourceType.

Used by the Contact agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class ContactSourceType(enum.Flag, boundary=enum.KEEP):
    """The ``ContactSourceType`` flags."""

    HISTORY = 1
    DIARY = 2
    FAVORITES = 4
    UNDEFINED_VALUE_8 = 8


_CONTACT_SOURCE_TYPE_NAMES: dict[ContactSourceType, str] = {
    ContactSourceType.HISTORY: "History",
    ContactSourceType.DIARY: "Diary",
    ContactSourceType.FAVORITES: "Favorites",
    ContactSourceType.UNDEFINED_VALUE_8: "UndefinedValue8",
}
_CONTACT_SOURCE_TYPE_BY_NAME: dict[str, ContactSourceType] = {
    "History": ContactSourceType.HISTORY,
    "Diary": ContactSourceType.DIARY,
    "Favorites": ContactSourceType.FAVORITES,
    "UndefinedValue8": ContactSourceType.UNDEFINED_VALUE_8,
}
_CONTACT_SOURCE_TYPE_NONE = ContactSourceType(0)
_CONTACT_SOURCE_TYPE_SEEN: dict[str, ContactSourceType | str] = {}


def decode_xml_contact_source_type(element: Element) -> ContactSourceType | str:
    return flags_from_xml(
        element.text or "",
        _CONTACT_SOURCE_TYPE_BY_NAME,
        _CONTACT_SOURCE_TYPE_NONE,
        _CONTACT_SOURCE_TYPE_SEEN,
    )


def encode_xml_contact_source_type(
    parent: Element, tag: str, value: ContactSourceType | str
) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _CONTACT_SOURCE_TYPE_NAMES, " ")


def decode_json_contact_source_type(data: Any, path: str) -> ContactSourceType | str:
    return json_flags(
        data,
        path,
        _CONTACT_SOURCE_TYPE_BY_NAME,
        _CONTACT_SOURCE_TYPE_NONE,
        _CONTACT_SOURCE_TYPE_SEEN,
    )


def encode_json_contact_source_type(value: ContactSourceType | str) -> str | int:
    return flags_to_json(value, _CONTACT_SOURCE_TYPE_NAMES)


CONTACT_SOURCE_TYPE_CODEC = Codec(
    decode_xml_contact_source_type,
    encode_xml_contact_source_type,
    decode_json_contact_source_type,
    encode_json_contact_source_type,
)
