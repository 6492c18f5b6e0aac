"""Services86 types: ETableRight.

Used by the ErpSync agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class ETableRight(enum.Flag, boundary=enum.KEEP):
    """The ``ETableRight`` flags."""

    SELECT = 1
    UPDATE = 2
    INSERT = 4
    DELETE = 8
    FILTERING = 16
    RESTRICTED_UPDATE = 32


_E_TABLE_RIGHT_NAMES: dict[ETableRight, str] = {
    ETableRight.SELECT: "Select",
    ETableRight.UPDATE: "Update",
    ETableRight.INSERT: "Insert",
    ETableRight.DELETE: "Delete",
    ETableRight.FILTERING: "Filtering",
    ETableRight.RESTRICTED_UPDATE: "RestrictedUpdate",
}
_E_TABLE_RIGHT_BY_NAME: dict[str, ETableRight] = {
    "Select": ETableRight.SELECT,
    "Update": ETableRight.UPDATE,
    "Insert": ETableRight.INSERT,
    "Delete": ETableRight.DELETE,
    "Filtering": ETableRight.FILTERING,
    "RestrictedUpdate": ETableRight.RESTRICTED_UPDATE,
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
