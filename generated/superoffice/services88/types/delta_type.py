"""Services88 types: ArrayOfDeltaType, DeltaType.

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

_DELTA_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DeltaType"


class DeltaType(enum.Enum):
    """The ``DeltaType`` enumeration."""

    UNKNOWN = 0
    SYSTEM = 1
    WEB_PANEL = 2
    CUSTOM_FIELDS = 3
    CUSTOMIZED = 4
    CUSTOM_OBJECT_ARCHIVE_PANEL = 5


_DELTA_TYPE_NAMES: dict[DeltaType, str] = {
    DeltaType.UNKNOWN: "Unknown",
    DeltaType.SYSTEM: "System",
    DeltaType.WEB_PANEL: "WebPanel",
    DeltaType.CUSTOM_FIELDS: "CustomFields",
    DeltaType.CUSTOMIZED: "Customized",
    DeltaType.CUSTOM_OBJECT_ARCHIVE_PANEL: "CustomObjectArchivePanel",
}
_DELTA_TYPE_BY_NAME: dict[str, DeltaType] = {
    "Unknown": DeltaType.UNKNOWN,
    "System": DeltaType.SYSTEM,
    "WebPanel": DeltaType.WEB_PANEL,
    "CustomFields": DeltaType.CUSTOM_FIELDS,
    "Customized": DeltaType.CUSTOMIZED,
    "CustomObjectArchivePanel": DeltaType.CUSTOM_OBJECT_ARCHIVE_PANEL,
}
_DELTA_TYPE_BY_VALUE: dict[int, DeltaType] = {member.value: member for member in DeltaType}


def decode_xml_delta_type(element: Element) -> DeltaType | str:
    return enum_from_text(element.text or "", _DELTA_TYPE_BY_NAME)


def encode_xml_delta_type(parent: Element, tag: str, value: DeltaType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _DELTA_TYPE_NAMES)


def decode_json_delta_type(data: Any, path: str) -> DeltaType | str:
    return json_enum(data, path, _DELTA_TYPE_BY_NAME, _DELTA_TYPE_BY_VALUE)


def encode_json_delta_type(value: DeltaType | str) -> str:
    return enum_to_text(value, _DELTA_TYPE_NAMES)


DELTA_TYPE_CODEC = Codec(
    decode_xml_delta_type, encode_xml_delta_type, decode_json_delta_type, encode_json_delta_type
)


def decode_xml_list_of_delta_type(element: Element) -> list[DeltaType | str]:
    """``ArrayOfDeltaType``: a list of ``DeltaType`` elements."""
    return [decode_xml_delta_type(child) for child in element if child.tag == _DELTA_TYPE]


def encode_xml_list_of_delta_type(
    parent: Element | None, tag: str, value: list[DeltaType | str]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DELTA_TYPE, item, encode_xml_delta_type)
    return element


def decode_json_list_of_delta_type(data: Any, path: str) -> list[DeltaType | str]:
    return json_items(data, path, decode_json_delta_type)


def encode_json_list_of_delta_type(value: list[DeltaType | str]) -> list[Any]:
    return [encode_json_delta_type(item) for item in value]


LIST_OF_DELTA_TYPE_CODEC = Codec(
    decode_xml_list_of_delta_type,
    encode_xml_list_of_delta_type,
    decode_json_list_of_delta_type,
    encode_json_list_of_delta_type,
)
