"""Services88 types: ImportAction.

Used by the Import agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class ImportAction(enum.Flag, boundary=enum.KEEP):
    """The ``ImportAction`` flags."""

    PERSON_ADDED = 1
    PERSON_UPDATED = 2
    PERSON_NO_CHANGE = 4
    CONTACT_ADDED = 8
    CONTACT_UPDATED = 16
    CONTACT_NO_CHANGE = 32
    PRODUCT_ADDED = 64
    PRODUCT_UPDATED = 128
    PRODUCT_NO_CHANGE = 256
    OBS = 512
    OBS_ERP_DUPLICATE = 1024


_IMPORT_ACTION_NAMES: dict[ImportAction, str] = {
    ImportAction.PERSON_ADDED: "PersonAdded",
    ImportAction.PERSON_UPDATED: "PersonUpdated",
    ImportAction.PERSON_NO_CHANGE: "PersonNoChange",
    ImportAction.CONTACT_ADDED: "ContactAdded",
    ImportAction.CONTACT_UPDATED: "ContactUpdated",
    ImportAction.CONTACT_NO_CHANGE: "ContactNoChange",
    ImportAction.PRODUCT_ADDED: "ProductAdded",
    ImportAction.PRODUCT_UPDATED: "ProductUpdated",
    ImportAction.PRODUCT_NO_CHANGE: "ProductNoChange",
    ImportAction.OBS: "Obs",
    ImportAction.OBS_ERP_DUPLICATE: "ObsERPDuplicate",
}
_IMPORT_ACTION_BY_NAME: dict[str, ImportAction] = {
    "PersonAdded": ImportAction.PERSON_ADDED,
    "PersonUpdated": ImportAction.PERSON_UPDATED,
    "PersonNoChange": ImportAction.PERSON_NO_CHANGE,
    "ContactAdded": ImportAction.CONTACT_ADDED,
    "ContactUpdated": ImportAction.CONTACT_UPDATED,
    "ContactNoChange": ImportAction.CONTACT_NO_CHANGE,
    "ProductAdded": ImportAction.PRODUCT_ADDED,
    "ProductUpdated": ImportAction.PRODUCT_UPDATED,
    "ProductNoChange": ImportAction.PRODUCT_NO_CHANGE,
    "Obs": ImportAction.OBS,
    "ObsERPDuplicate": ImportAction.OBS_ERP_DUPLICATE,
}
_IMPORT_ACTION_NONE = ImportAction(0)
_IMPORT_ACTION_SEEN: dict[str, ImportAction | str] = {}


def decode_xml_import_action(element: Element) -> ImportAction | str:
    return flags_from_xml(
        element.text or "", _IMPORT_ACTION_BY_NAME, _IMPORT_ACTION_NONE, _IMPORT_ACTION_SEEN
    )


def encode_xml_import_action(parent: Element, tag: str, value: ImportAction | str) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _IMPORT_ACTION_NAMES, " ")


def decode_json_import_action(data: Any, path: str) -> ImportAction | str:
    return json_flags(data, path, _IMPORT_ACTION_BY_NAME, _IMPORT_ACTION_NONE, _IMPORT_ACTION_SEEN)


def encode_json_import_action(value: ImportAction | str) -> str | int:
    return flags_to_json(value, _IMPORT_ACTION_NAMES)


IMPORT_ACTION_CODEC = Codec(
    decode_xml_import_action,
    encode_xml_import_action,
    decode_json_import_action,
    encode_json_import_action,
)
