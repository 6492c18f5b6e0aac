"""Services88 types: AppointmentCautionWarning.

Used by 6 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class AppointmentCautionWarning(enum.Enum):
    """The ``AppointmentCautionWarning`` enumeration."""

    OK = 0
    NOT_IN_SYNC = 1
    NOT_NOTIFIED_BY_EMAIL = 2
    RECURRENCE_PATTERN_NOT_SUPPORTED = 3
    INCOMING_RECURRENCE_CHANGE_NOT_SUPPORTED = 4
    EXTERNAL_PARTICIPANTS_DATE_TIME_MISMATCH = 5


_APPOINTMENT_CAUTION_WARNING_NAMES: dict[AppointmentCautionWarning, str] = {
    AppointmentCautionWarning.OK: "OK",
    AppointmentCautionWarning.NOT_IN_SYNC: "NotInSync",
    AppointmentCautionWarning.NOT_NOTIFIED_BY_EMAIL: "NotNotifiedByEmail",
    AppointmentCautionWarning.RECURRENCE_PATTERN_NOT_SUPPORTED: "RecurrencePatternNotSupported",
    AppointmentCautionWarning.INCOMING_RECURRENCE_CHANGE_NOT_SUPPORTED: "IncomingRecurrenceChangeNotSupported",
    AppointmentCautionWarning.EXTERNAL_PARTICIPANTS_DATE_TIME_MISMATCH: "ExternalParticipantsDateTimeMismatch",
}
_APPOINTMENT_CAUTION_WARNING_BY_NAME: dict[str, AppointmentCautionWarning] = {
    "OK": AppointmentCautionWarning.OK,
    "NotInSync": AppointmentCautionWarning.NOT_IN_SYNC,
    "NotNotifiedByEmail": AppointmentCautionWarning.NOT_NOTIFIED_BY_EMAIL,
    "RecurrencePatternNotSupported": AppointmentCautionWarning.RECURRENCE_PATTERN_NOT_SUPPORTED,
    "IncomingRecurrenceChangeNotSupported": AppointmentCautionWarning.INCOMING_RECURRENCE_CHANGE_NOT_SUPPORTED,
    "ExternalParticipantsDateTimeMismatch": AppointmentCautionWarning.EXTERNAL_PARTICIPANTS_DATE_TIME_MISMATCH,
}
_APPOINTMENT_CAUTION_WARNING_BY_VALUE: dict[int, AppointmentCautionWarning] = {
    member.value: member for member in AppointmentCautionWarning
}


def decode_xml_appointment_caution_warning(element: Element) -> AppointmentCautionWarning | str:
    return enum_from_text(element.text or "", _APPOINTMENT_CAUTION_WARNING_BY_NAME)


def encode_xml_appointment_caution_warning(
    parent: Element, tag: str, value: AppointmentCautionWarning | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _APPOINTMENT_CAUTION_WARNING_NAMES)


def decode_json_appointment_caution_warning(
    data: Any, path: str
) -> AppointmentCautionWarning | str:
    return json_enum(
        data, path, _APPOINTMENT_CAUTION_WARNING_BY_NAME, _APPOINTMENT_CAUTION_WARNING_BY_VALUE
    )


def encode_json_appointment_caution_warning(value: AppointmentCautionWarning | str) -> str:
    return enum_to_text(value, _APPOINTMENT_CAUTION_WARNING_NAMES)


APPOINTMENT_CAUTION_WARNING_CODEC = Codec(
    decode_xml_appointment_caution_warning,
    encode_xml_appointment_caution_warning,
    decode_json_appointment_caution_warning,
    encode_json_appointment_caution_warning,
)
