"""Services88 types: LogEvent.

Used by the Targets agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class LogEvent(enum.Enum):
    """The ``LogEvent`` enumeration."""

    NONE = 0
    CREATE = 1
    EDIT = 2
    DELETE = 3
    LOCK = 4
    UNLOCK = 5


_LOG_EVENT_NAMES: dict[LogEvent, str] = {
    LogEvent.NONE: "None",
    LogEvent.CREATE: "Create",
    LogEvent.EDIT: "Edit",
    LogEvent.DELETE: "Delete",
    LogEvent.LOCK: "Lock",
    LogEvent.UNLOCK: "Unlock",
}
_LOG_EVENT_BY_NAME: dict[str, LogEvent] = {
    "None": LogEvent.NONE,
    "Create": LogEvent.CREATE,
    "Edit": LogEvent.EDIT,
    "Delete": LogEvent.DELETE,
    "Lock": LogEvent.LOCK,
    "Unlock": LogEvent.UNLOCK,
}
_LOG_EVENT_BY_VALUE: dict[int, LogEvent] = {member.value: member for member in LogEvent}


def decode_xml_log_event(element: Element) -> LogEvent | str:
    return enum_from_text(element.text or "", _LOG_EVENT_BY_NAME)


def encode_xml_log_event(parent: Element, tag: str, value: LogEvent | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _LOG_EVENT_NAMES)


def decode_json_log_event(data: Any, path: str) -> LogEvent | str:
    return json_enum(data, path, _LOG_EVENT_BY_NAME, _LOG_EVENT_BY_VALUE)


def encode_json_log_event(value: LogEvent | str) -> str:
    return enum_to_text(value, _LOG_EVENT_NAMES)


LOG_EVENT_CODEC = Codec(
    decode_xml_log_event, encode_xml_log_event, decode_json_log_event, encode_json_log_event
)
