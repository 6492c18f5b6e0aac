"""Services88 types: DashTileEntityType.

Used by the Dash agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class DashTileEntityType(enum.Enum):
    """The ``DashTileEntityType`` enumeration."""

    NONE = 0
    CONTACT = 1
    SALE = 2
    PROJECT = 3
    APPOINTMENT = 4
    PERSON = 5


_DASH_TILE_ENTITY_TYPE_NAMES: dict[DashTileEntityType, str] = {
    DashTileEntityType.NONE: "None",
    DashTileEntityType.CONTACT: "Contact",
    DashTileEntityType.SALE: "Sale",
    DashTileEntityType.PROJECT: "Project",
    DashTileEntityType.APPOINTMENT: "Appointment",
    DashTileEntityType.PERSON: "Person",
}
_DASH_TILE_ENTITY_TYPE_BY_NAME: dict[str, DashTileEntityType] = {
    "None": DashTileEntityType.NONE,
    "Contact": DashTileEntityType.CONTACT,
    "Sale": DashTileEntityType.SALE,
    "Project": DashTileEntityType.PROJECT,
    "Appointment": DashTileEntityType.APPOINTMENT,
    "Person": DashTileEntityType.PERSON,
}
_DASH_TILE_ENTITY_TYPE_BY_VALUE: dict[int, DashTileEntityType] = {
    member.value: member for member in DashTileEntityType
}


def decode_xml_dash_tile_entity_type(element: Element) -> DashTileEntityType | str:
    return enum_from_text(element.text or "", _DASH_TILE_ENTITY_TYPE_BY_NAME)


def encode_xml_dash_tile_entity_type(
    parent: Element, tag: str, value: DashTileEntityType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _DASH_TILE_ENTITY_TYPE_NAMES)


def decode_json_dash_tile_entity_type(data: Any, path: str) -> DashTileEntityType | str:
    return json_enum(data, path, _DASH_TILE_ENTITY_TYPE_BY_NAME, _DASH_TILE_ENTITY_TYPE_BY_VALUE)


def encode_json_dash_tile_entity_type(value: DashTileEntityType | str) -> str:
    return enum_to_text(value, _DASH_TILE_ENTITY_TYPE_NAMES)


DASH_TILE_ENTITY_TYPE_CODEC = Codec(
    decode_xml_dash_tile_entity_type,
    encode_xml_dash_tile_entity_type,
    decode_json_dash_tile_entity_type,
    encode_json_dash_tile_entity_type,
)
