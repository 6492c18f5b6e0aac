"""Services88 types: ContactAction.

Used by the Contact agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class ContactAction(enum.Flag, boundary=enum.KEEP):
    """The ``ContactAction`` flags."""

    CREATED = 1
    UPDATED = 2
    NEW_ACTIVITY = 4
    ACTIVITY_COMPLETED = 8
    PERSON_ADDED = 16
    PERSON_UPDATED = 32
    DOCUMENT_ADDED = 64
    UNDEFINED_VALUE_128 = 128


_CONTACT_ACTION_NAMES: dict[ContactAction, str] = {
    ContactAction.CREATED: "Created",
    ContactAction.UPDATED: "Updated",
    ContactAction.NEW_ACTIVITY: "NewActivity",
    ContactAction.ACTIVITY_COMPLETED: "ActivityCompleted",
    ContactAction.PERSON_ADDED: "PersonAdded",
    ContactAction.PERSON_UPDATED: "PersonUpdated",
    ContactAction.DOCUMENT_ADDED: "DocumentAdded",
    ContactAction.UNDEFINED_VALUE_128: "UndefinedValue128",
}
_CONTACT_ACTION_BY_NAME: dict[str, ContactAction] = {
    "Created": ContactAction.CREATED,
    "Updated": ContactAction.UPDATED,
    "NewActivity": ContactAction.NEW_ACTIVITY,
    "ActivityCompleted": ContactAction.ACTIVITY_COMPLETED,
    "PersonAdded": ContactAction.PERSON_ADDED,
    "PersonUpdated": ContactAction.PERSON_UPDATED,
    "DocumentAdded": ContactAction.DOCUMENT_ADDED,
    "UndefinedValue128": ContactAction.UNDEFINED_VALUE_128,
}
_CONTACT_ACTION_NONE = ContactAction(0)
_CONTACT_ACTION_SEEN: dict[str, ContactAction | str] = {}


def decode_xml_contact_action(element: Element) -> ContactAction | str:
    return flags_from_xml(
        element.text or "", _CONTACT_ACTION_BY_NAME, _CONTACT_ACTION_NONE, _CONTACT_ACTION_SEEN
    )


def encode_xml_contact_action(parent: Element, tag: str, value: ContactAction | str) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _CONTACT_ACTION_NAMES, " ")


def decode_json_contact_action(data: Any, path: str) -> ContactAction | str:
    return json_flags(
        data, path, _CONTACT_ACTION_BY_NAME, _CONTACT_ACTION_NONE, _CONTACT_ACTION_SEEN
    )


def encode_json_contact_action(value: ContactAction | str) -> str | int:
    return flags_to_json(value, _CONTACT_ACTION_NAMES)


CONTACT_ACTION_CODEC = Codec(
    decode_xml_contact_action,
    encode_xml_contact_action,
    decode_json_contact_action,
    encode_json_contact_action,
)
