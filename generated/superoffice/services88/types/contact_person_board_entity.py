"""Services88 types: ContactPersonBoardEntity.

Used by the Selection agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ContactPersonBoardEntity(enum.Enum):
    """The ``ContactPersonBoardEntity`` enumeration."""

    CONTACT = 0
    PERSON = 1


_CONTACT_PERSON_BOARD_ENTITY_NAMES: dict[ContactPersonBoardEntity, str] = {
    ContactPersonBoardEntity.CONTACT: "Contact",
    ContactPersonBoardEntity.PERSON: "Person",
}
_CONTACT_PERSON_BOARD_ENTITY_BY_NAME: dict[str, ContactPersonBoardEntity] = {
    "Contact": ContactPersonBoardEntity.CONTACT,
    "Person": ContactPersonBoardEntity.PERSON,
}
_CONTACT_PERSON_BOARD_ENTITY_BY_VALUE: dict[int, ContactPersonBoardEntity] = {
    member.value: member for member in ContactPersonBoardEntity
}


def decode_xml_contact_person_board_entity(element: Element) -> ContactPersonBoardEntity | str:
    return enum_from_text(element.text or "", _CONTACT_PERSON_BOARD_ENTITY_BY_NAME)


def encode_xml_contact_person_board_entity(
    parent: Element, tag: str, value: ContactPersonBoardEntity | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _CONTACT_PERSON_BOARD_ENTITY_NAMES)


def decode_json_contact_person_board_entity(
    data: Any, path: str
) -> ContactPersonBoardEntity | str:
    return json_enum(
        data, path, _CONTACT_PERSON_BOARD_ENTITY_BY_NAME, _CONTACT_PERSON_BOARD_ENTITY_BY_VALUE
    )


def encode_json_contact_person_board_entity(value: ContactPersonBoardEntity | str) -> str:
    return enum_to_text(value, _CONTACT_PERSON_BOARD_ENTITY_NAMES)


CONTACT_PERSON_BOARD_ENTITY_CODEC = Codec(
    decode_xml_contact_person_board_entity,
    encode_xml_contact_person_board_entity,
    decode_json_contact_person_board_entity,
    encode_json_contact_person_board_entity,
)
