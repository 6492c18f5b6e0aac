"""Services88 types: CalReplyStatus.

Used by the Appointment, EMail agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class CalReplyStatus(enum.Enum):
    """The ``CalReplyStatus`` enumeration."""

    UNKNOWN = 0
    ACCEPTED = 1
    DECLINED = 2
    TENTATIVE = 3


_CAL_REPLY_STATUS_NAMES: dict[CalReplyStatus, str] = {
    CalReplyStatus.UNKNOWN: "Unknown",
    CalReplyStatus.ACCEPTED: "Accepted",
    CalReplyStatus.DECLINED: "Declined",
    CalReplyStatus.TENTATIVE: "Tentative",
}
_CAL_REPLY_STATUS_BY_NAME: dict[str, CalReplyStatus] = {
    "Unknown": CalReplyStatus.UNKNOWN,
    "Accepted": CalReplyStatus.ACCEPTED,
    "Declined": CalReplyStatus.DECLINED,
    "Tentative": CalReplyStatus.TENTATIVE,
}
_CAL_REPLY_STATUS_BY_VALUE: dict[int, CalReplyStatus] = {
    member.value: member for member in CalReplyStatus
}


def decode_xml_cal_reply_status(element: Element) -> CalReplyStatus | str:
    return enum_from_text(element.text or "", _CAL_REPLY_STATUS_BY_NAME)


def encode_xml_cal_reply_status(parent: Element, tag: str, value: CalReplyStatus | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _CAL_REPLY_STATUS_NAMES)


def decode_json_cal_reply_status(data: Any, path: str) -> CalReplyStatus | str:
    return json_enum(data, path, _CAL_REPLY_STATUS_BY_NAME, _CAL_REPLY_STATUS_BY_VALUE)


def encode_json_cal_reply_status(value: CalReplyStatus | str) -> str:
    return enum_to_text(value, _CAL_REPLY_STATUS_NAMES)


CAL_REPLY_STATUS_CODEC = Codec(
    decode_xml_cal_reply_status,
    encode_xml_cal_reply_status,
    decode_json_cal_reply_status,
    encode_json_cal_reply_status,
)
