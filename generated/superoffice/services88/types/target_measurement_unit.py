"""Services88 types: TargetMeasurementUnit.

Used by the Targets agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class TargetMeasurementUnit(enum.Enum):
    """The ``TargetMeasurementUnit`` enumeration."""

    NONE = 0
    AMOUNT = 1
    COUNT = 2
    PROFIT = 3


_TARGET_MEASUREMENT_UNIT_NAMES: dict[TargetMeasurementUnit, str] = {
    TargetMeasurementUnit.NONE: "None",
    TargetMeasurementUnit.AMOUNT: "Amount",
    TargetMeasurementUnit.COUNT: "Count",
    TargetMeasurementUnit.PROFIT: "Profit",
}
_TARGET_MEASUREMENT_UNIT_BY_NAME: dict[str, TargetMeasurementUnit] = {
    "None": TargetMeasurementUnit.NONE,
    "Amount": TargetMeasurementUnit.AMOUNT,
    "Count": TargetMeasurementUnit.COUNT,
    "Profit": TargetMeasurementUnit.PROFIT,
}
_TARGET_MEASUREMENT_UNIT_BY_VALUE: dict[int, TargetMeasurementUnit] = {
    member.value: member for member in TargetMeasurementUnit
}


def decode_xml_target_measurement_unit(element: Element) -> TargetMeasurementUnit | str:
    return enum_from_text(element.text or "", _TARGET_MEASUREMENT_UNIT_BY_NAME)


def encode_xml_target_measurement_unit(
    parent: Element, tag: str, value: TargetMeasurementUnit | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _TARGET_MEASUREMENT_UNIT_NAMES)


def decode_json_target_measurement_unit(data: Any, path: str) -> TargetMeasurementUnit | str:
    return json_enum(
        data, path, _TARGET_MEASUREMENT_UNIT_BY_NAME, _TARGET_MEASUREMENT_UNIT_BY_VALUE
    )


def encode_json_target_measurement_unit(value: TargetMeasurementUnit | str) -> str:
    return enum_to_text(value, _TARGET_MEASUREMENT_UNIT_NAMES)


TARGET_MEASUREMENT_UNIT_CODEC = Codec(
    decode_xml_target_measurement_unit,
    encode_xml_target_measurement_unit,
    decode_json_target_measurement_unit,
    encode_json_target_measurement_unit,
)
