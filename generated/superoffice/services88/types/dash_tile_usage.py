"""Services88 types: DashTileUsage.

Used by the Dash agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, flags_from_xml, flags_to_json, flags_to_text, json_flags


class DashTileUsage(enum.Flag, boundary=enum.KEEP):
    """The ``DashTileUsage`` flags."""

    DASHBOARD = 1
    SELECTION = 2


_DASH_TILE_USAGE_NAMES: dict[DashTileUsage, str] = {
    DashTileUsage.DASHBOARD: "Dashboard",
    DashTileUsage.SELECTION: "Selection",
}
_DASH_TILE_USAGE_BY_NAME: dict[str, DashTileUsage] = {
    "Dashboard": DashTileUsage.DASHBOARD,
    "Selection": DashTileUsage.SELECTION,
}
_DASH_TILE_USAGE_NONE = DashTileUsage(0)
_DASH_TILE_USAGE_SEEN: dict[str, DashTileUsage | str] = {}


def decode_xml_dash_tile_usage(element: Element) -> DashTileUsage | str:
    return flags_from_xml(
        element.text or "", _DASH_TILE_USAGE_BY_NAME, _DASH_TILE_USAGE_NONE, _DASH_TILE_USAGE_SEEN
    )


def encode_xml_dash_tile_usage(parent: Element, tag: str, value: DashTileUsage | str) -> None:
    etree.SubElement(parent, tag).text = flags_to_text(value, _DASH_TILE_USAGE_NAMES, " ")


def decode_json_dash_tile_usage(data: Any, path: str) -> DashTileUsage | str:
    return json_flags(
        data, path, _DASH_TILE_USAGE_BY_NAME, _DASH_TILE_USAGE_NONE, _DASH_TILE_USAGE_SEEN
    )


def encode_json_dash_tile_usage(value: DashTileUsage | str) -> str | int:
    return flags_to_json(value, _DASH_TILE_USAGE_NAMES)


DASH_TILE_USAGE_CODEC = Codec(
    decode_xml_dash_tile_usage,
    encode_xml_dash_tile_usage,
    decode_json_dash_tile_usage,
    encode_json_dash_tile_usage,
)
