"""Services88 types: UpsertRowActionStatus.

Used by the DatabaseTable agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class UpsertRowActionStatus(enum.Enum):
    """The ``UpsertRowActionStatus`` enumeration."""

    INSERTED = 1
    UPDATED = 2
    NO_UPDATE_NEEDED = 3
    DELETED = 4
    COLUMNS_ZEROED = 5


_UPSERT_ROW_ACTION_STATUS_NAMES: dict[UpsertRowActionStatus, str] = {
    UpsertRowActionStatus.INSERTED: "Inserted",
    UpsertRowActionStatus.UPDATED: "Updated",
    UpsertRowActionStatus.NO_UPDATE_NEEDED: "NoUpdateNeeded",
    UpsertRowActionStatus.DELETED: "Deleted",
    UpsertRowActionStatus.COLUMNS_ZEROED: "ColumnsZeroed",
}
_UPSERT_ROW_ACTION_STATUS_BY_NAME: dict[str, UpsertRowActionStatus] = {
    "Inserted": UpsertRowActionStatus.INSERTED,
    "Updated": UpsertRowActionStatus.UPDATED,
    "NoUpdateNeeded": UpsertRowActionStatus.NO_UPDATE_NEEDED,
    "Deleted": UpsertRowActionStatus.DELETED,
    "ColumnsZeroed": UpsertRowActionStatus.COLUMNS_ZEROED,
}
_UPSERT_ROW_ACTION_STATUS_BY_VALUE: dict[int, UpsertRowActionStatus] = {
    member.value: member for member in UpsertRowActionStatus
}


def decode_xml_upsert_row_action_status(element: Element) -> UpsertRowActionStatus | str:
    return enum_from_text(element.text or "", _UPSERT_ROW_ACTION_STATUS_BY_NAME)


def encode_xml_upsert_row_action_status(
    parent: Element, tag: str, value: UpsertRowActionStatus | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _UPSERT_ROW_ACTION_STATUS_NAMES)


def decode_json_upsert_row_action_status(data: Any, path: str) -> UpsertRowActionStatus | str:
    return json_enum(
        data, path, _UPSERT_ROW_ACTION_STATUS_BY_NAME, _UPSERT_ROW_ACTION_STATUS_BY_VALUE
    )


def encode_json_upsert_row_action_status(value: UpsertRowActionStatus | str) -> str:
    return enum_to_text(value, _UPSERT_ROW_ACTION_STATUS_NAMES)


UPSERT_ROW_ACTION_STATUS_CODEC = Codec(
    decode_xml_upsert_row_action_status,
    encode_xml_upsert_row_action_status,
    decode_json_upsert_row_action_status,
    encode_json_upsert_row_action_status,
)
