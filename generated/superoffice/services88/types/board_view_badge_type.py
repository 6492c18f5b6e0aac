"""Services88 types: BoardViewBadgeType.

Used by the Selection agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class BoardViewBadgeType(enum.Enum):
    """The ``BoardViewBadgeType`` enumeration."""

    NONE = 0
    DAYS_SINCE_REGISTERED = 1
    DAYS_IN_STAGE = 2


_BOARD_VIEW_BADGE_TYPE_NAMES: dict[BoardViewBadgeType, str] = {
    BoardViewBadgeType.NONE: "None",
    BoardViewBadgeType.DAYS_SINCE_REGISTERED: "DaysSinceRegistered",
    BoardViewBadgeType.DAYS_IN_STAGE: "DaysInStage",
}
_BOARD_VIEW_BADGE_TYPE_BY_NAME: dict[str, BoardViewBadgeType] = {
    "None": BoardViewBadgeType.NONE,
    "DaysSinceRegistered": BoardViewBadgeType.DAYS_SINCE_REGISTERED,
    "DaysInStage": BoardViewBadgeType.DAYS_IN_STAGE,
}
_BOARD_VIEW_BADGE_TYPE_BY_VALUE: dict[int, BoardViewBadgeType] = {
    member.value: member for member in BoardViewBadgeType
}


def decode_xml_board_view_badge_type(element: Element) -> BoardViewBadgeType | str:
    return enum_from_text(element.text or "", _BOARD_VIEW_BADGE_TYPE_BY_NAME)


def encode_xml_board_view_badge_type(
    parent: Element, tag: str, value: BoardViewBadgeType | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _BOARD_VIEW_BADGE_TYPE_NAMES)


def decode_json_board_view_badge_type(data: Any, path: str) -> BoardViewBadgeType | str:
    return json_enum(data, path, _BOARD_VIEW_BADGE_TYPE_BY_NAME, _BOARD_VIEW_BADGE_TYPE_BY_VALUE)


def encode_json_board_view_badge_type(value: BoardViewBadgeType | str) -> str:
    return enum_to_text(value, _BOARD_VIEW_BADGE_TYPE_NAMES)


BOARD_VIEW_BADGE_TYPE_CODEC = Codec(
    decode_xml_board_view_badge_type,
    encode_xml_board_view_badge_type,
    decode_json_board_view_badge_type,
    encode_json_board_view_badge_type,
)
