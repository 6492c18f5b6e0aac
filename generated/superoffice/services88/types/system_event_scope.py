"""Services88 types: SystemEventScope.

Used by the Configuration agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class SystemEventScope(enum.Enum):
    """The ``SystemEventScope`` enumeration."""

    UNDEFINED = 0
    SYSTEM_WIDE = 1
    DATABASE = 2
    GROUP = 3
    USER = 4


_SYSTEM_EVENT_SCOPE_NAMES: dict[SystemEventScope, str] = {
    SystemEventScope.UNDEFINED: "Undefined",
    SystemEventScope.SYSTEM_WIDE: "SystemWide",
    SystemEventScope.DATABASE: "Database",
    SystemEventScope.GROUP: "Group",
    SystemEventScope.USER: "User",
}
_SYSTEM_EVENT_SCOPE_BY_NAME: dict[str, SystemEventScope] = {
    "Undefined": SystemEventScope.UNDEFINED,
    "SystemWide": SystemEventScope.SYSTEM_WIDE,
    "Database": SystemEventScope.DATABASE,
    "Group": SystemEventScope.GROUP,
    "User": SystemEventScope.USER,
}
_SYSTEM_EVENT_SCOPE_BY_VALUE: dict[int, SystemEventScope] = {
    member.value: member for member in SystemEventScope
}


def decode_xml_system_event_scope(element: Element) -> SystemEventScope | str:
    return enum_from_text(element.text or "", _SYSTEM_EVENT_SCOPE_BY_NAME)


def encode_xml_system_event_scope(
    parent: Element, tag: str, value: SystemEventScope | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _SYSTEM_EVENT_SCOPE_NAMES)


def decode_json_system_event_scope(data: Any, path: str) -> SystemEventScope | str:
    return json_enum(data, path, _SYSTEM_EVENT_SCOPE_BY_NAME, _SYSTEM_EVENT_SCOPE_BY_VALUE)


def encode_json_system_event_scope(value: SystemEventScope | str) -> str:
    return enum_to_text(value, _SYSTEM_EVENT_SCOPE_NAMES)


SYSTEM_EVENT_SCOPE_CODEC = Codec(
    decode_xml_system_event_scope,
    encode_xml_system_event_scope,
    decode_json_system_event_scope,
    encode_json_system_event_scope,
)
