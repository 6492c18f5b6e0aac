"""Services88 types: QuoteVersionState.

Used by the Quote agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class QuoteVersionState(enum.Enum):
    """The ``QuoteVersionState`` enumeration."""

    UNKNOWN = 0
    DRAFT = 1
    DRAFT_NOT_CALCULATED = 2
    DRAFT_NEEDS_APPROVAL = 3
    DRAFT_APPROVED = 4
    DRAFT_NOT_APPROVED = 5
    SENT = 6
    ARCHIVED = 7
    LOST = 8
    SOLD = 9


_QUOTE_VERSION_STATE_NAMES: dict[QuoteVersionState, str] = {
    QuoteVersionState.UNKNOWN: "Unknown",
    QuoteVersionState.DRAFT: "Draft",
    QuoteVersionState.DRAFT_NOT_CALCULATED: "DraftNotCalculated",
    QuoteVersionState.DRAFT_NEEDS_APPROVAL: "DraftNeedsApproval",
    QuoteVersionState.DRAFT_APPROVED: "DraftApproved",
    QuoteVersionState.DRAFT_NOT_APPROVED: "DraftNotApproved",
    QuoteVersionState.SENT: "Sent",
    QuoteVersionState.ARCHIVED: "Archived",
    QuoteVersionState.LOST: "Lost",
    QuoteVersionState.SOLD: "Sold",
}
_QUOTE_VERSION_STATE_BY_NAME: dict[str, QuoteVersionState] = {
    "Unknown": QuoteVersionState.UNKNOWN,
    "Draft": QuoteVersionState.DRAFT,
    "DraftNotCalculated": QuoteVersionState.DRAFT_NOT_CALCULATED,
    "DraftNeedsApproval": QuoteVersionState.DRAFT_NEEDS_APPROVAL,
    "DraftApproved": QuoteVersionState.DRAFT_APPROVED,
    "DraftNotApproved": QuoteVersionState.DRAFT_NOT_APPROVED,
    "Sent": QuoteVersionState.SENT,
    "Archived": QuoteVersionState.ARCHIVED,
    "Lost": QuoteVersionState.LOST,
    "Sold": QuoteVersionState.SOLD,
}
_QUOTE_VERSION_STATE_BY_VALUE: dict[int, QuoteVersionState] = {
    member.value: member for member in QuoteVersionState
}


def decode_xml_quote_version_state(element: Element) -> QuoteVersionState | str:
    return enum_from_text(element.text or "", _QUOTE_VERSION_STATE_BY_NAME)


def encode_xml_quote_version_state(
    parent: Element, tag: str, value: QuoteVersionState | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _QUOTE_VERSION_STATE_NAMES)


def decode_json_quote_version_state(data: Any, path: str) -> QuoteVersionState | str:
    return json_enum(data, path, _QUOTE_VERSION_STATE_BY_NAME, _QUOTE_VERSION_STATE_BY_VALUE)


def encode_json_quote_version_state(value: QuoteVersionState | str) -> str:
    return enum_to_text(value, _QUOTE_VERSION_STATE_NAMES)


QUOTE_VERSION_STATE_CODEC = Codec(
    decode_xml_quote_version_state,
    encode_xml_quote_version_state,
    decode_json_quote_version_state,
    encode_json_quote_version_state,
)
