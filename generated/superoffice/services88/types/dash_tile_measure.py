"""Services88 types: DashTileMeasure.

Used by the Dash agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class DashTileMeasure(enum.Enum):
    """The ``DashTileMeasure`` enumeration."""

    NONE = 0
    COUNT_ALL = 1
    SUM = 2
    AVERAGE = 3
    MAX = 4
    MIN = 5
    COUNT = 6


_DASH_TILE_MEASURE_NAMES: dict[DashTileMeasure, str] = {
    DashTileMeasure.NONE: "None",
    DashTileMeasure.COUNT_ALL: "CountAll",
    DashTileMeasure.SUM: "Sum",
    DashTileMeasure.AVERAGE: "Average",
    DashTileMeasure.MAX: "Max",
    DashTileMeasure.MIN: "Min",
    DashTileMeasure.COUNT: "Count",
}
_DASH_TILE_MEASURE_BY_NAME: dict[str, DashTileMeasure] = {
    "None": DashTileMeasure.NONE,
    "CountAll": DashTileMeasure.COUNT_ALL,
    "Sum": DashTileMeasure.SUM,
    "Average": DashTileMeasure.AVERAGE,
    "Max": DashTileMeasure.MAX,
    "Min": DashTileMeasure.MIN,
    "Count": DashTileMeasure.COUNT,
}
_DASH_TILE_MEASURE_BY_VALUE: dict[int, DashTileMeasure] = {
    member.value: member for member in DashTileMeasure
}


def decode_xml_dash_tile_measure(element: Element) -> DashTileMeasure | str:
    return enum_from_text(element.text or "", _DASH_TILE_MEASURE_BY_NAME)


def encode_xml_dash_tile_measure(parent: Element, tag: str, value: DashTileMeasure | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _DASH_TILE_MEASURE_NAMES)


def decode_json_dash_tile_measure(data: Any, path: str) -> DashTileMeasure | str:
    return json_enum(data, path, _DASH_TILE_MEASURE_BY_NAME, _DASH_TILE_MEASURE_BY_VALUE)


def encode_json_dash_tile_measure(value: DashTileMeasure | str) -> str:
    return enum_to_text(value, _DASH_TILE_MEASURE_NAMES)


DASH_TILE_MEASURE_CODEC = Codec(
    decode_xml_dash_tile_measure,
    encode_xml_dash_tile_measure,
    decode_json_dash_tile_measure,
    encode_json_dash_tile_measure,
)
