"""Services88 types: DashTileCurrencyMode.

Used by the Dash agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class DashTileCurrencyMode(enum.Enum):
    """The ``DashTileCurrencyMode`` enumeration."""

    NONE = 0
    BASE = 1
    OWN = 2
    SPECIFIED = 3


_DASH_TILE_CURRENCY_MODE_NAMES: dict[DashTileCurrencyMode, str] = {
    DashTileCurrencyMode.NONE: "None",
    DashTileCurrencyMode.BASE: "Base",
    DashTileCurrencyMode.OWN: "Own",
    DashTileCurrencyMode.SPECIFIED: "Specified",
}
_DASH_TILE_CURRENCY_MODE_BY_NAME: dict[str, DashTileCurrencyMode] = {
    "None": DashTileCurrencyMode.NONE,
    "Base": DashTileCurrencyMode.BASE,
    "Own": DashTileCurrencyMode.OWN,
    "Specified": DashTileCurrencyMode.SPECIFIED,
}
_DASH_TILE_CURRENCY_MODE_BY_VALUE: dict[int, DashTileCurrencyMode] = {
    member.value: member for member in DashTileCurrencyMode
}


def decode_xml_dash_tile_currency_mode(element: Element) -> DashTileCurrencyMode | str:
    return enum_from_text(element.text or "", _DASH_TILE_CURRENCY_MODE_BY_NAME)


def encode_xml_dash_tile_currency_mode(
    parent: Element, tag: str, value: DashTileCurrencyMode | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _DASH_TILE_CURRENCY_MODE_NAMES)


def decode_json_dash_tile_currency_mode(data: Any, path: str) -> DashTileCurrencyMode | str:
    return json_enum(
        data, path, _DASH_TILE_CURRENCY_MODE_BY_NAME, _DASH_TILE_CURRENCY_MODE_BY_VALUE
    )


def encode_json_dash_tile_currency_mode(value: DashTileCurrencyMode | str) -> str:
    return enum_to_text(value, _DASH_TILE_CURRENCY_MODE_NAMES)


DASH_TILE_CURRENCY_MODE_CODEC = Codec(
    decode_xml_dash_tile_currency_mode,
    encode_xml_dash_tile_currency_mode,
    decode_json_dash_tile_currency_mode,
    encode_json_dash_tile_currency_mode,
)
