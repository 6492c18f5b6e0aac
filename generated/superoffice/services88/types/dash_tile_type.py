"""Services88 types: DashTileType.

Used by the Dash agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class DashTileType(enum.Enum):
    """The ``DashTileType`` enumeration."""

    NONE = 0
    PIE = 1
    LIST = 2
    BIG_NUM = 3
    BAR = 4
    LINE = 5
    AREA = 6
    COLUMN = 7
    COMBINED_BAR_LINE = 8
    COMBINED_COLUMN_LINE = 9
    WEB_PANEL = 10
    HTML = 11
    GAUGE = 12
    FUNNEL = 13


_DASH_TILE_TYPE_NAMES: dict[DashTileType, str] = {
    DashTileType.NONE: "None",
    DashTileType.PIE: "Pie",
    DashTileType.LIST: "List",
    DashTileType.BIG_NUM: "BigNum",
    DashTileType.BAR: "Bar",
    DashTileType.LINE: "Line",
    DashTileType.AREA: "Area",
    DashTileType.COLUMN: "Column",
    DashTileType.COMBINED_BAR_LINE: "CombinedBarLine",
    DashTileType.COMBINED_COLUMN_LINE: "CombinedColumnLine",
    DashTileType.WEB_PANEL: "WebPanel",
    DashTileType.HTML: "HTML",
    DashTileType.GAUGE: "Gauge",
    DashTileType.FUNNEL: "Funnel",
}
_DASH_TILE_TYPE_BY_NAME: dict[str, DashTileType] = {
    "None": DashTileType.NONE,
    "Pie": DashTileType.PIE,
    "List": DashTileType.LIST,
    "BigNum": DashTileType.BIG_NUM,
    "Bar": DashTileType.BAR,
    "Line": DashTileType.LINE,
    "Area": DashTileType.AREA,
    "Column": DashTileType.COLUMN,
    "CombinedBarLine": DashTileType.COMBINED_BAR_LINE,
    "CombinedColumnLine": DashTileType.COMBINED_COLUMN_LINE,
    "WebPanel": DashTileType.WEB_PANEL,
    "HTML": DashTileType.HTML,
    "Gauge": DashTileType.GAUGE,
    "Funnel": DashTileType.FUNNEL,
}
_DASH_TILE_TYPE_BY_VALUE: dict[int, DashTileType] = {
    member.value: member for member in DashTileType
}


def decode_xml_dash_tile_type(element: Element) -> DashTileType | str:
    return enum_from_text(element.text or "", _DASH_TILE_TYPE_BY_NAME)


def encode_xml_dash_tile_type(parent: Element, tag: str, value: DashTileType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _DASH_TILE_TYPE_NAMES)


def decode_json_dash_tile_type(data: Any, path: str) -> DashTileType | str:
    return json_enum(data, path, _DASH_TILE_TYPE_BY_NAME, _DASH_TILE_TYPE_BY_VALUE)


def encode_json_dash_tile_type(value: DashTileType | str) -> str:
    return enum_to_text(value, _DASH_TILE_TYPE_NAMES)


DASH_TILE_TYPE_CODEC = Codec(
    decode_xml_dash_tile_type,
    encode_xml_dash_tile_type,
    decode_json_dash_tile_type,
    encode_json_dash_tile_type,
)
