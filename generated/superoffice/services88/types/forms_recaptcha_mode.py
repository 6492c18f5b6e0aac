"""Services88 types: FormsRecaptchaMode.

Used by the Marketing agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class FormsRecaptchaMode(enum.Enum):
    """The ``FormsRecaptchaMode`` enumeration."""

    NOT_AVAILABLE = 0
    GLOBAL_KEYS_EXIST = 1
    KEYS_NEEDED = 2


_FORMS_RECAPTCHA_MODE_NAMES: dict[FormsRecaptchaMode, str] = {
    FormsRecaptchaMode.NOT_AVAILABLE: "NotAvailable",
    FormsRecaptchaMode.GLOBAL_KEYS_EXIST: "GlobalKeysExist",
    FormsRecaptchaMode.KEYS_NEEDED: "KeysNeeded",
}
_FORMS_RECAPTCHA_MODE_BY_NAME: dict[str, FormsRecaptchaMode] = {
    "NotAvailable": FormsRecaptchaMode.NOT_AVAILABLE,
    "GlobalKeysExist": FormsRecaptchaMode.GLOBAL_KEYS_EXIST,
    "KeysNeeded": FormsRecaptchaMode.KEYS_NEEDED,
}
_FORMS_RECAPTCHA_MODE_BY_VALUE: dict[int, FormsRecaptchaMode] = {
    member.value: member for member in FormsRecaptchaMode
}


def decode_xml_forms_recaptcha_mode(element: Element) -> FormsRecaptchaMode | str:
    return enum_from_text(element.text or "", _FORMS_RECAPTCHA_MODE_BY_NAME)


def encode_xml_forms_recaptcha_mode(
    parent: Element, tag: str, value: FormsRecaptchaMode | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _FORMS_RECAPTCHA_MODE_NAMES)


def decode_json_forms_recaptcha_mode(data: Any, path: str) -> FormsRecaptchaMode | str:
    return json_enum(data, path, _FORMS_RECAPTCHA_MODE_BY_NAME, _FORMS_RECAPTCHA_MODE_BY_VALUE)


def encode_json_forms_recaptcha_mode(value: FormsRecaptchaMode | str) -> str:
    return enum_to_text(value, _FORMS_RECAPTCHA_MODE_NAMES)


FORMS_RECAPTCHA_MODE_CODEC = Codec(
    decode_xml_forms_recaptcha_mode,
    encode_xml_forms_recaptcha_mode,
    decode_json_forms_recaptcha_mode,
    encode_json_forms_recaptcha_mode,
)
