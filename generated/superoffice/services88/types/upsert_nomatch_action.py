"""Services88 types: UpsertNomatchAction.

Used by the DatabaseTable agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class UpsertNomatchAction(enum.Enum):
    """The ``UpsertNomatchAction`` enumeration."""

    NO_CHANGE = 0
    ZERO_COLUMNS = 1
    DELETE_ROW = 2


_UPSERT_NOMATCH_ACTION_NAMES: dict[UpsertNomatchAction, str] = {
    UpsertNomatchAction.NO_CHANGE: "NoChange",
    UpsertNomatchAction.ZERO_COLUMNS: "ZeroColumns",
    UpsertNomatchAction.DELETE_ROW: "DeleteRow",
}
_UPSERT_NOMATCH_ACTION_BY_NAME: dict[str, UpsertNomatchAction] = {
    "NoChange": UpsertNomatchAction.NO_CHANGE,
    "ZeroColumns": UpsertNomatchAction.ZERO_COLUMNS,
    "DeleteRow": UpsertNomatchAction.DELETE_ROW,
}
_UPSERT_NOMATCH_ACTION_BY_VALUE: dict[int, UpsertNomatchAction] = {
    member.value: member for member in UpsertNomatchAction
}


def decode_xml_upsert_nomatch_action(element: Element) -> UpsertNomatchAction | str:
    return enum_from_text(element.text or "", _UPSERT_NOMATCH_ACTION_BY_NAME)


def encode_xml_upsert_nomatch_action(
    parent: Element, tag: str, value: UpsertNomatchAction | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _UPSERT_NOMATCH_ACTION_NAMES)


def decode_json_upsert_nomatch_action(data: Any, path: str) -> UpsertNomatchAction | str:
    return json_enum(data, path, _UPSERT_NOMATCH_ACTION_BY_NAME, _UPSERT_NOMATCH_ACTION_BY_VALUE)


def encode_json_upsert_nomatch_action(value: UpsertNomatchAction | str) -> str:
    return enum_to_text(value, _UPSERT_NOMATCH_ACTION_NAMES)


UPSERT_NOMATCH_ACTION_CODEC = Codec(
    decode_xml_upsert_nomatch_action,
    encode_xml_upsert_nomatch_action,
    decode_json_upsert_nomatch_action,
    encode_json_upsert_nomatch_action,
)
