"""Services88 types: RecurrenceUpdateMode.

Used by the Appointment agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class RecurrenceUpdateMode(enum.Enum):
    """The ``RecurrenceUpdateMode`` enumeration."""

    UNKNOWN = 0
    ONLY_THIS = 1
    THIS_AND_FORWARD = 2
    STOP_RECURRENCE = 9


_RECURRENCE_UPDATE_MODE_NAMES: dict[RecurrenceUpdateMode, str] = {
    RecurrenceUpdateMode.UNKNOWN: "Unknown",
    RecurrenceUpdateMode.ONLY_THIS: "OnlyThis",
    RecurrenceUpdateMode.THIS_AND_FORWARD: "ThisAndForward",
    RecurrenceUpdateMode.STOP_RECURRENCE: "StopRecurrence",
}
_RECURRENCE_UPDATE_MODE_BY_NAME: dict[str, RecurrenceUpdateMode] = {
    "Unknown": RecurrenceUpdateMode.UNKNOWN,
    "OnlyThis": RecurrenceUpdateMode.ONLY_THIS,
    "ThisAndForward": RecurrenceUpdateMode.THIS_AND_FORWARD,
    "StopRecurrence": RecurrenceUpdateMode.STOP_RECURRENCE,
}
_RECURRENCE_UPDATE_MODE_BY_VALUE: dict[int, RecurrenceUpdateMode] = {
    member.value: member for member in RecurrenceUpdateMode
}


def decode_xml_recurrence_update_mode(element: Element) -> RecurrenceUpdateMode | str:
    return enum_from_text(element.text or "", _RECURRENCE_UPDATE_MODE_BY_NAME)


def encode_xml_recurrence_update_mode(
    parent: Element, tag: str, value: RecurrenceUpdateMode | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _RECURRENCE_UPDATE_MODE_NAMES)


def decode_json_recurrence_update_mode(data: Any, path: str) -> RecurrenceUpdateMode | str:
    return json_enum(data, path, _RECURRENCE_UPDATE_MODE_BY_NAME, _RECURRENCE_UPDATE_MODE_BY_VALUE)


def encode_json_recurrence_update_mode(value: RecurrenceUpdateMode | str) -> str:
    return enum_to_text(value, _RECURRENCE_UPDATE_MODE_NAMES)


RECURRENCE_UPDATE_MODE_CODEC = Codec(
    decode_xml_recurrence_update_mode,
    encode_xml_recurrence_update_mode,
    decode_json_recurrence_update_mode,
    encode_json_recurrence_update_mode,
)
