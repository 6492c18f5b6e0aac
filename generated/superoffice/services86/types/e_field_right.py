"""Services86 types: EFieldRight.

Used by the ErpSync agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class EFieldRight(enum.Flag, boundary=enum.KEEP):
    """The ``EFieldRight`` flags."""

    READ = 1
    WRITE = 2
    UNUSED_1 = 4
    UNUSED_2 = 8
    UNUSED_3 = 16
    UNUSED_4 = 32
    UI_HINT_MANDATORY = 64
    UI_HINT_READ_ONLY = 128
    UNDEFINED_VALUE_256 = 256


_E_FIELD_RIGHT_NAMES: dict[EFieldRight, str] = {
    EFieldRight.READ: "Read",
    EFieldRight.WRITE: "Write",
    EFieldRight.UNUSED_1: "Unused1",
    EFieldRight.UNUSED_2: "Unused2",
    EFieldRight.UNUSED_3: "Unused3",
    EFieldRight.UNUSED_4: "Unused4",
    EFieldRight.UI_HINT_MANDATORY: "UIHintMandatory",
    EFieldRight.UI_HINT_READ_ONLY: "UIHintReadOnly",
    EFieldRight.UNDEFINED_VALUE_256: "UndefinedValue256",
}
_E_FIELD_RIGHT_BY_NAME: dict[str, EFieldRight] = {
    "Read": EFieldRight.READ,
    "Write": EFieldRight.WRITE,
    "Unused1": EFieldRight.UNUSED_1,
    "Unused2": EFieldRight.UNUSED_2,
    "Unused3": EFieldRight.UNUSED_3,
    "Unused4": EFieldRight.UNUSED_4,
    "UIHintMandatory": EFieldRight.UI_HINT_MANDATORY,
    "UIHintReadOnly": EFieldRight.UI_HINT_READ_ONLY,
    "UndefinedValue256": EFieldRight.UNDEFINED_VALUE_256,
}
_E_FIELD_RIGHT_NONE = EFieldRight(0)
_E_FIELD_RIGHT_SEEN: dict[str, EFieldRight | str] = {}


def decode_xml_e_field_right(element: Element) -> EFieldRight | str:
    return flags_from_xml(
        element.text or "", _E_FIELD_RIGHT_BY_NAME, _E_FIELD_RIGHT_NONE, _E_FIELD_RIGHT_SEEN
    )


def encode_xml_e_field_right(parent: Element, tag: str, value: EFieldRight | str) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _E_FIELD_RIGHT_NAMES, " ")


def decode_json_e_field_right(data: Any, path: str) -> EFieldRight | str:
    return json_flags(data, path, _E_FIELD_RIGHT_BY_NAME, _E_FIELD_RIGHT_NONE, _E_FIELD_RIGHT_SEEN)


def encode_json_e_field_right(value: EFieldRight | str) -> str | int:
    return flags_to_json(value, _E_FIELD_RIGHT_NAMES)


E_FIELD_RIGHT_CODEC = Codec(
    decode_xml_e_field_right,
    encode_xml_e_field_right,
    decode_json_e_field_right,
    encode_json_e_field_right,
)
