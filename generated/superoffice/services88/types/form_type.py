"""Services88 types: FormType.

Used by the Marketing agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class FormType(enum.Enum):
    """The ``FormType`` enumeration."""

    NORMAL = 0
    TEMPLATE = 1


_FORM_TYPE_NAMES: dict[FormType, str] = {
    FormType.NORMAL: "Normal",
    FormType.TEMPLATE: "Template",
}
_FORM_TYPE_BY_NAME: dict[str, FormType] = {
    "Normal": FormType.NORMAL,
    "Template": FormType.TEMPLATE,
}
_FORM_TYPE_BY_VALUE: dict[int, FormType] = {member.value: member for member in FormType}


def decode_xml_form_type(element: Element) -> FormType | str:
    return enum_from_text(element.text or "", _FORM_TYPE_BY_NAME)


def encode_xml_form_type(parent: Element, tag: str, value: FormType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _FORM_TYPE_NAMES)


def decode_json_form_type(data: Any, path: str) -> FormType | str:
    return json_enum(data, path, _FORM_TYPE_BY_NAME, _FORM_TYPE_BY_VALUE)


def encode_json_form_type(value: FormType | str) -> str:
    return enum_to_text(value, _FORM_TYPE_NAMES)


FORM_TYPE_CODEC = Codec(
    decode_xml_form_type, encode_xml_form_type, decode_json_form_type, encode_json_form_type
)
