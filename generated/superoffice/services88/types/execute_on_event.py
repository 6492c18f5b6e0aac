"""Services88 types: ExecuteOnEvent.

Used by the List agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class ExecuteOnEvent(enum.Enum):
    """The ``ExecuteOnEvent`` enumeration."""

    NEVER = 0
    LOGON = 1
    LOGOFF = 2
    LOCAL_UPDATE = 3
    WAIT = 16384


_EXECUTE_ON_EVENT_NAMES: dict[ExecuteOnEvent, str] = {
    ExecuteOnEvent.NEVER: "Never",
    ExecuteOnEvent.LOGON: "Logon",
    ExecuteOnEvent.LOGOFF: "Logoff",
    ExecuteOnEvent.LOCAL_UPDATE: "LocalUpdate",
    ExecuteOnEvent.WAIT: "Wait",
}
_EXECUTE_ON_EVENT_BY_NAME: dict[str, ExecuteOnEvent] = {
    "Never": ExecuteOnEvent.NEVER,
    "Logon": ExecuteOnEvent.LOGON,
    "Logoff": ExecuteOnEvent.LOGOFF,
    "LocalUpdate": ExecuteOnEvent.LOCAL_UPDATE,
    "Wait": ExecuteOnEvent.WAIT,
}
_EXECUTE_ON_EVENT_BY_VALUE: dict[int, ExecuteOnEvent] = {
    member.value: member for member in ExecuteOnEvent
}


def decode_xml_execute_on_event(element: Element) -> ExecuteOnEvent | str:
    return enum_from_text(element.text or "", _EXECUTE_ON_EVENT_BY_NAME)


def encode_xml_execute_on_event(parent: Element, tag: str, value: ExecuteOnEvent | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _EXECUTE_ON_EVENT_NAMES)


def decode_json_execute_on_event(data: Any, path: str) -> ExecuteOnEvent | str:
    return json_enum(data, path, _EXECUTE_ON_EVENT_BY_NAME, _EXECUTE_ON_EVENT_BY_VALUE)


def encode_json_execute_on_event(value: ExecuteOnEvent | str) -> str:
    return enum_to_text(value, _EXECUTE_ON_EVENT_NAMES)


EXECUTE_ON_EVENT_CODEC = Codec(
    decode_xml_execute_on_event,
    encode_xml_execute_on_event,
    decode_json_execute_on_event,
    encode_json_execute_on_event,
)
