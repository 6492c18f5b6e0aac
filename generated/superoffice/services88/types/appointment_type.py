"""Services88 types: AppointmentType.

Used by 7 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class AppointmentType(enum.Enum):
    """The ``AppointmentType`` enumeration."""

    UNKNOWN = 0
    IN_DIARY = 1
    IN_CHECKLIST = 2
    NOTE = 3
    DOCUMENT = 4
    SAVED_REPORT = 5
    BOOKING_FOR_DIARY = 6
    BOOKING_FOR_CHECKLIST = 7
    MERGE_DRAFT = 8
    MERGE_FINAL = 9


_APPOINTMENT_TYPE_NAMES: dict[AppointmentType, str] = {
    AppointmentType.UNKNOWN: "Unknown",
    AppointmentType.IN_DIARY: "inDiary",
    AppointmentType.IN_CHECKLIST: "inChecklist",
    AppointmentType.NOTE: "Note",
    AppointmentType.DOCUMENT: "Document",
    AppointmentType.SAVED_REPORT: "SavedReport",
    AppointmentType.BOOKING_FOR_DIARY: "BookingForDiary",
    AppointmentType.BOOKING_FOR_CHECKLIST: "BookingForChecklist",
    AppointmentType.MERGE_DRAFT: "MergeDraft",
    AppointmentType.MERGE_FINAL: "MergeFinal",
}
_APPOINTMENT_TYPE_BY_NAME: dict[str, AppointmentType] = {
    "Unknown": AppointmentType.UNKNOWN,
    "inDiary": AppointmentType.IN_DIARY,
    "inChecklist": AppointmentType.IN_CHECKLIST,
    "Note": AppointmentType.NOTE,
    "Document": AppointmentType.DOCUMENT,
    "SavedReport": AppointmentType.SAVED_REPORT,
    "BookingForDiary": AppointmentType.BOOKING_FOR_DIARY,
    "BookingForChecklist": AppointmentType.BOOKING_FOR_CHECKLIST,
    "MergeDraft": AppointmentType.MERGE_DRAFT,
    "MergeFinal": AppointmentType.MERGE_FINAL,
}
_APPOINTMENT_TYPE_BY_VALUE: dict[int, AppointmentType] = {
    member.value: member for member in AppointmentType
}


def decode_xml_appointment_type(element: Element) -> AppointmentType | str:
    return enum_from_text(element.text or "", _APPOINTMENT_TYPE_BY_NAME)


def encode_xml_appointment_type(parent: Element, tag: str, value: AppointmentType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _APPOINTMENT_TYPE_NAMES)


def decode_json_appointment_type(data: Any, path: str) -> AppointmentType | str:
    return json_enum(data, path, _APPOINTMENT_TYPE_BY_NAME, _APPOINTMENT_TYPE_BY_VALUE)


def encode_json_appointment_type(value: AppointmentType | str) -> str:
    return enum_to_text(value, _APPOINTMENT_TYPE_NAMES)


APPOINTMENT_TYPE_CODEC = Codec(
    decode_xml_appointment_type,
    encode_xml_appointment_type,
    decode_json_appointment_type,
    encode_json_appointment_type,
)
