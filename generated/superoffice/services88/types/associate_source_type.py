"""Services88 types: AssociateSourceType.

Used by the Person agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class AssociateSourceType(enum.Flag, boundary=enum.KEEP):
    """The ``AssociateSourceType`` flags."""

    HISTORY = 1
    DIARY_VIEW_LIST = 2
    DEPARTMENT = 4
    UNDEFINED_VALUE_8 = 8


_ASSOCIATE_SOURCE_TYPE_NAMES: dict[AssociateSourceType, str] = {
    AssociateSourceType.HISTORY: "History",
    AssociateSourceType.DIARY_VIEW_LIST: "DiaryViewList",
    AssociateSourceType.DEPARTMENT: "Department",
    AssociateSourceType.UNDEFINED_VALUE_8: "UndefinedValue8",
}
_ASSOCIATE_SOURCE_TYPE_BY_NAME: dict[str, AssociateSourceType] = {
    "History": AssociateSourceType.HISTORY,
    "DiaryViewList": AssociateSourceType.DIARY_VIEW_LIST,
    "Department": AssociateSourceType.DEPARTMENT,
    "UndefinedValue8": AssociateSourceType.UNDEFINED_VALUE_8,
}
_ASSOCIATE_SOURCE_TYPE_NONE = AssociateSourceType(0)
_ASSOCIATE_SOURCE_TYPE_SEEN: dict[str, AssociateSourceType | str] = {}


def decode_xml_associate_source_type(element: Element) -> AssociateSourceType | str:
    return flags_from_xml(
        element.text or "",
        _ASSOCIATE_SOURCE_TYPE_BY_NAME,
        _ASSOCIATE_SOURCE_TYPE_NONE,
        _ASSOCIATE_SOURCE_TYPE_SEEN,
    )


def encode_xml_associate_source_type(
    parent: Element, tag: str, value: AssociateSourceType | str
) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _ASSOCIATE_SOURCE_TYPE_NAMES, " ")


def decode_json_associate_source_type(data: Any, path: str) -> AssociateSourceType | str:
    return json_flags(
        data,
        path,
        _ASSOCIATE_SOURCE_TYPE_BY_NAME,
        _ASSOCIATE_SOURCE_TYPE_NONE,
        _ASSOCIATE_SOURCE_TYPE_SEEN,
    )


def encode_json_associate_source_type(value: AssociateSourceType | str) -> str | int:
    return flags_to_json(value, _ASSOCIATE_SOURCE_TYPE_NAMES)


ASSOCIATE_SOURCE_TYPE_CODEC = Codec(
    decode_xml_associate_source_type,
    encode_xml_associate_source_type,
    decode_json_associate_source_type,
    encode_json_associate_source_type,
)
