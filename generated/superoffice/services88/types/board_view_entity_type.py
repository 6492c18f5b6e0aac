"""Services88 types: BoardViewEntityType.

Used by the Selection agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class BoardViewEntityType(enum.Enum):
    """The ``BoardViewEntityType`` enumeration."""

    NONE = 0
    SALE = 1
    PROJECT = 2
    CONTACT_PERSON = 3


_BOARD_VIEW_ENTITY_TYPE_NAMES: dict[BoardViewEntityType, str] = {
    BoardViewEntityType.NONE: "None",
    BoardViewEntityType.SALE: "Sale",
    BoardViewEntityType.PROJECT: "Project",
    BoardViewEntityType.CONTACT_PERSON: "ContactPerson",
}
_BOARD_VIEW_ENTITY_TYPE_BY_NAME: dict[str, BoardViewEntityType] = {
    "None": BoardViewEntityType.NONE,
    "Sale": BoardViewEntityType.SALE,
    "Project": BoardViewEntityType.PROJECT,
    "ContactPerson": BoardViewEntityType.CONTACT_PERSON,
}
_BOARD_VIEW_ENTITY_TYPE_BY_VALUE: dict[int, BoardViewEntityType] = {
    member.value: member for member in BoardViewEntityType
}


def decode_xml_board_view_entity_type(element: Element) -> BoardViewEntityType | str:
    return enum_from_text(element.text or "", _BOARD_VIEW_ENTITY_TYPE_BY_NAME)


def encode_xml_board_view_entity_type(
    parent: Element, tag: str, value: BoardViewEntityType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _BOARD_VIEW_ENTITY_TYPE_NAMES)


def decode_json_board_view_entity_type(data: Any, path: str) -> BoardViewEntityType | str:
    return json_enum(data, path, _BOARD_VIEW_ENTITY_TYPE_BY_NAME, _BOARD_VIEW_ENTITY_TYPE_BY_VALUE)


def encode_json_board_view_entity_type(value: BoardViewEntityType | str) -> str:
    return enum_to_text(value, _BOARD_VIEW_ENTITY_TYPE_NAMES)


BOARD_VIEW_ENTITY_TYPE_CODEC = Codec(
    decode_xml_board_view_entity_type,
    encode_xml_board_view_entity_type,
    decode_json_board_view_entity_type,
    encode_json_board_view_entity_type,
)
