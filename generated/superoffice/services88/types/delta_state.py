"""Services88 types: ArrayOfDeltaState, DeltaState.

Used by the Configuration agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import (
    Codec,
    Element,
    enum_from_text,
    enum_to_text,
    json_enum,
    json_items,
    new_child,
    put,
)

_DELTA_STATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DeltaState"


class DeltaState(enum.Enum):
    """The ``DeltaState`` enumeration."""

    UNKNOWN = 0
    DRAFT = 1
    PUBLISHED = 2


_DELTA_STATE_NAMES: dict[DeltaState, str] = {
    DeltaState.UNKNOWN: "Unknown",
    DeltaState.DRAFT: "Draft",
    DeltaState.PUBLISHED: "Published",
}
_DELTA_STATE_BY_NAME: dict[str, DeltaState] = {
    "Unknown": DeltaState.UNKNOWN,
    "Draft": DeltaState.DRAFT,
    "Published": DeltaState.PUBLISHED,
}
_DELTA_STATE_BY_VALUE: dict[int, DeltaState] = {member.value: member for member in DeltaState}


def decode_xml_delta_state(element: Element) -> DeltaState | str:
    return enum_from_text(element.text or "", _DELTA_STATE_BY_NAME)


def encode_xml_delta_state(parent: Element, tag: str, value: DeltaState | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _DELTA_STATE_NAMES)


def decode_json_delta_state(data: Any, path: str) -> DeltaState | str:
    return json_enum(data, path, _DELTA_STATE_BY_NAME, _DELTA_STATE_BY_VALUE)


def encode_json_delta_state(value: DeltaState | str) -> str:
    return enum_to_text(value, _DELTA_STATE_NAMES)


DELTA_STATE_CODEC = Codec(
    decode_xml_delta_state,
    encode_xml_delta_state,
    decode_json_delta_state,
    encode_json_delta_state,
)


def decode_xml_list_of_delta_state(element: Element) -> list[DeltaState | str]:
    """``ArrayOfDeltaState``: a list of ``DeltaState`` elements."""
    return [decode_xml_delta_state(child) for child in element if child.tag == _DELTA_STATE]


def encode_xml_list_of_delta_state(
    parent: Element | None, tag: str, value: list[DeltaState | str]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DELTA_STATE, item, encode_xml_delta_state)
    return element


def decode_json_list_of_delta_state(data: Any, path: str) -> list[DeltaState | str]:
    return json_items(data, path, decode_json_delta_state)


def encode_json_list_of_delta_state(value: list[DeltaState | str]) -> list[Any]:
    return [encode_json_delta_state(item) for item in value]


LIST_OF_DELTA_STATE_CODEC = Codec(
    decode_xml_list_of_delta_state,
    encode_xml_list_of_delta_state,
    decode_json_list_of_delta_state,
    encode_json_list_of_delta_state,
)
