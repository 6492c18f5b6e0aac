"""Services88 types: ImportEntityType.

Used by the Import agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class ImportEntityType(enum.Flag, boundary=enum.KEEP):
    """The ``ImportEntityType`` flags."""

    PERSON = 1
    CONTACT = 2
    PRODUCT = 4


_IMPORT_ENTITY_TYPE_NAMES: dict[ImportEntityType, str] = {
    ImportEntityType.PERSON: "Person",
    ImportEntityType.CONTACT: "Contact",
    ImportEntityType.PRODUCT: "Product",
}
_IMPORT_ENTITY_TYPE_BY_NAME: dict[str, ImportEntityType] = {
    "Person": ImportEntityType.PERSON,
    "Contact": ImportEntityType.CONTACT,
    "Product": ImportEntityType.PRODUCT,
}
_IMPORT_ENTITY_TYPE_NONE = ImportEntityType(0)
_IMPORT_ENTITY_TYPE_SEEN: dict[str, ImportEntityType | str] = {}


def decode_xml_import_entity_type(element: Element) -> ImportEntityType | str:
    return flags_from_xml(
        element.text or "",
        _IMPORT_ENTITY_TYPE_BY_NAME,
        _IMPORT_ENTITY_TYPE_NONE,
        _IMPORT_ENTITY_TYPE_SEEN,
    )


def encode_xml_import_entity_type(
    parent: Element, tag: str, value: ImportEntityType | str
) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _IMPORT_ENTITY_TYPE_NAMES, " ")


def decode_json_import_entity_type(data: Any, path: str) -> ImportEntityType | str:
    return json_flags(
        data, path, _IMPORT_ENTITY_TYPE_BY_NAME, _IMPORT_ENTITY_TYPE_NONE, _IMPORT_ENTITY_TYPE_SEEN
    )


def encode_json_import_entity_type(value: ImportEntityType | str) -> str | int:
    return flags_to_json(value, _IMPORT_ENTITY_TYPE_NAMES)


IMPORT_ENTITY_TYPE_CODEC = Codec(
    decode_xml_import_entity_type,
    encode_xml_import_entity_type,
    decode_json_import_entity_type,
    encode_json_import_entity_type,
)
