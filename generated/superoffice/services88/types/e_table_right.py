"""Services88 types: ArrayOfETableRight, ETableRight.

Used by 52 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import (
    Codec,
    Element,
    flags_from_xml,
    flags_to_json,
    flags_to_text,
    json_flags,
    json_items,
    new_child,
    put,
)

_E_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ETableRight"


class ETableRight(enum.Flag, boundary=enum.KEEP):
    """The ``ETableRight`` flags."""

    SELECT = 1
    UPDATE = 2
    INSERT = 4
    DELETE = 8
    FILTERING = 16
    RESTRICTED_UPDATE = 32
    UNUSED_1 = 64
    UNINITIALIZED = 128
    R = 1
    F = 16


_E_TABLE_RIGHT_NAMES: dict[ETableRight, str] = {
    ETableRight.SELECT: "Select",
    ETableRight.UPDATE: "Update",
    ETableRight.INSERT: "Insert",
    ETableRight.DELETE: "Delete",
    ETableRight.FILTERING: "Filtering",
    ETableRight.RESTRICTED_UPDATE: "RestrictedUpdate",
    ETableRight.UNUSED_1: "Unused1",
    ETableRight.UNINITIALIZED: "Uninitialized",
}
_E_TABLE_RIGHT_BY_NAME: dict[str, ETableRight] = {
    "Select": ETableRight.SELECT,
    "Update": ETableRight.UPDATE,
    "Insert": ETableRight.INSERT,
    "Delete": ETableRight.DELETE,
    "Filtering": ETableRight.FILTERING,
    "RestrictedUpdate": ETableRight.RESTRICTED_UPDATE,
    "Unused1": ETableRight.UNUSED_1,
    "Uninitialized": ETableRight.UNINITIALIZED,
    "R": ETableRight.R,
    "F": ETableRight.F,
}
_E_TABLE_RIGHT_NONE = ETableRight(0)
_E_TABLE_RIGHT_SEEN: dict[str, ETableRight | str] = {}


def decode_xml_e_table_right(element: Element) -> ETableRight | str:
    return flags_from_xml(
        element.text or "", _E_TABLE_RIGHT_BY_NAME, _E_TABLE_RIGHT_NONE, _E_TABLE_RIGHT_SEEN
    )


def encode_xml_e_table_right(parent: Element, tag: str, value: ETableRight | str) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _E_TABLE_RIGHT_NAMES, " ")


def decode_json_e_table_right(data: Any, path: str) -> ETableRight | str:
    return json_flags(data, path, _E_TABLE_RIGHT_BY_NAME, _E_TABLE_RIGHT_NONE, _E_TABLE_RIGHT_SEEN)


def encode_json_e_table_right(value: ETableRight | str) -> str | int:
    return flags_to_json(value, _E_TABLE_RIGHT_NAMES)


E_TABLE_RIGHT_CODEC = Codec(
    decode_xml_e_table_right,
    encode_xml_e_table_right,
    decode_json_e_table_right,
    encode_json_e_table_right,
)


def decode_xml_list_of_e_table_right(element: Element) -> list[ETableRight | str]:
    """``ArrayOfETableRight``: a list of ``ETableRight`` elements."""
    return [decode_xml_e_table_right(child) for child in element if child.tag == _E_TABLE_RIGHT]


def encode_xml_list_of_e_table_right(
    parent: Element | None, tag: str, value: list[ETableRight | str]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _E_TABLE_RIGHT, item, encode_xml_e_table_right)
    return element


def decode_json_list_of_e_table_right(data: Any, path: str) -> list[ETableRight | str]:
    return json_items(data, path, decode_json_e_table_right)


def encode_json_list_of_e_table_right(value: list[ETableRight | str]) -> list[Any]:
    return [encode_json_e_table_right(item) for item in value]


LIST_OF_E_TABLE_RIGHT_CODEC = Codec(
    decode_xml_list_of_e_table_right,
    encode_xml_list_of_e_table_right,
    decode_json_list_of_e_table_right,
    encode_json_list_of_e_table_right,
)
