"""Services88 types: FreeBusy.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class FreeBusy(enum.Enum):
    """The ``FreeBusy`` enumeration."""

    BUSY = 0
    FREE = 1


_FREE_BUSY_NAMES: dict[FreeBusy, str] = {
    FreeBusy.BUSY: "Busy",
    FreeBusy.FREE: "Free",
}
_FREE_BUSY_BY_NAME: dict[str, FreeBusy] = {
    "Busy": FreeBusy.BUSY,
    "Free": FreeBusy.FREE,
}
_FREE_BUSY_BY_VALUE: dict[int, FreeBusy] = {member.value: member for member in FreeBusy}


def decode_xml_free_busy(element: Element) -> FreeBusy | str:
    return enum_from_text(element.text or "", _FREE_BUSY_BY_NAME)


def encode_xml_free_busy(parent: Element, tag: str, value: FreeBusy | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _FREE_BUSY_NAMES)


def decode_json_free_busy(data: Any, path: str) -> FreeBusy | str:
    return json_enum(data, path, _FREE_BUSY_BY_NAME, _FREE_BUSY_BY_VALUE)


def encode_json_free_busy(value: FreeBusy | str) -> str:
    return enum_to_text(value, _FREE_BUSY_NAMES)


FREE_BUSY_CODEC = Codec(
    decode_xml_free_busy, encode_xml_free_busy, decode_json_free_busy, encode_json_free_busy
)
