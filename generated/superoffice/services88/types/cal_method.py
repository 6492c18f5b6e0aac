"""Services88 types: CalMethod.

Used by the Appointment, EMail agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class CalMethod(enum.Enum):
    """The ``CalMethod`` enumeration."""

    UNKNOWN = 0
    ADD = 1
    CANCEL = 2
    COUNTER = 3
    DECLINE_COUNTER = 4
    PUBLISH = 5
    REFRESH = 6
    REPLY = 7
    REQUEST = 8


_CAL_METHOD_NAMES: dict[CalMethod, str] = {
    CalMethod.UNKNOWN: "Unknown",
    CalMethod.ADD: "Add",
    CalMethod.CANCEL: "Cancel",
    CalMethod.COUNTER: "Counter",
    CalMethod.DECLINE_COUNTER: "DeclineCounter",
    CalMethod.PUBLISH: "Publish",
    CalMethod.REFRESH: "Refresh",
    CalMethod.REPLY: "Reply",
    CalMethod.REQUEST: "Request",
}
_CAL_METHOD_BY_NAME: dict[str, CalMethod] = {
    "Unknown": CalMethod.UNKNOWN,
    "Add": CalMethod.ADD,
    "Cancel": CalMethod.CANCEL,
    "Counter": CalMethod.COUNTER,
    "DeclineCounter": CalMethod.DECLINE_COUNTER,
    "Publish": CalMethod.PUBLISH,
    "Refresh": CalMethod.REFRESH,
    "Reply": CalMethod.REPLY,
    "Request": CalMethod.REQUEST,
}
_CAL_METHOD_BY_VALUE: dict[int, CalMethod] = {member.value: member for member in CalMethod}


def decode_xml_cal_method(element: Element) -> CalMethod | str:
    return enum_from_text(element.text or "", _CAL_METHOD_BY_NAME)


def encode_xml_cal_method(parent: Element, tag: str, value: CalMethod | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _CAL_METHOD_NAMES)


def decode_json_cal_method(data: Any, path: str) -> CalMethod | str:
    return json_enum(data, path, _CAL_METHOD_BY_NAME, _CAL_METHOD_BY_VALUE)


def encode_json_cal_method(value: CalMethod | str) -> str:
    return enum_to_text(value, _CAL_METHOD_NAMES)


CAL_METHOD_CODEC = Codec(
    decode_xml_cal_method, encode_xml_cal_method, decode_json_cal_method, encode_json_cal_method
)
