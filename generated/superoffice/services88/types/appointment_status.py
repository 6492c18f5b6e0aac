"""Services88 types: AppointmentStatus.

Used by the Appointment agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class AppointmentStatus(enum.Enum):
    """The ``AppointmentStatus`` enumeration."""

    UNKNOWN_OR_POST_IT = 0
    NOT_STARTED = 1
    STARTED = 2
    COMPLETED = 3
    HIDDEN = 4
    BOOKING = 5
    BOOKING_MOVED = 6
    BOOKING_SEEN = 7
    BOOKING_MOVED_SEEN = 8
    BOOKING_DECLINED = 9
    BOOKING_DELETED = 10
    ASSIGNMENT = 11
    ASSIGNMENT_SEEN = 12
    ASSIGNMENT_DECLINED = 13


_APPOINTMENT_STATUS_NAMES: dict[AppointmentStatus, str] = {
    AppointmentStatus.UNKNOWN_OR_POST_IT: "UnknownOrPostIt",
    AppointmentStatus.NOT_STARTED: "NotStarted",
    AppointmentStatus.STARTED: "Started",
    AppointmentStatus.COMPLETED: "Completed",
    AppointmentStatus.HIDDEN: "Hidden",
    AppointmentStatus.BOOKING: "Booking",
    AppointmentStatus.BOOKING_MOVED: "BookingMoved",
    AppointmentStatus.BOOKING_SEEN: "BookingSeen",
    AppointmentStatus.BOOKING_MOVED_SEEN: "BookingMovedSeen",
    AppointmentStatus.BOOKING_DECLINED: "BookingDeclined",
    AppointmentStatus.BOOKING_DELETED: "BookingDeleted",
    AppointmentStatus.ASSIGNMENT: "Assignment",
    AppointmentStatus.ASSIGNMENT_SEEN: "AssignmentSeen",
    AppointmentStatus.ASSIGNMENT_DECLINED: "AssignmentDeclined",
}
_APPOINTMENT_STATUS_BY_NAME: dict[str, AppointmentStatus] = {
    "UnknownOrPostIt": AppointmentStatus.UNKNOWN_OR_POST_IT,
    "NotStarted": AppointmentStatus.NOT_STARTED,
    "Started": AppointmentStatus.STARTED,
    "Completed": AppointmentStatus.COMPLETED,
    "Hidden": AppointmentStatus.HIDDEN,
    "Booking": AppointmentStatus.BOOKING,
    "BookingMoved": AppointmentStatus.BOOKING_MOVED,
    "BookingSeen": AppointmentStatus.BOOKING_SEEN,
    "BookingMovedSeen": AppointmentStatus.BOOKING_MOVED_SEEN,
    "BookingDeclined": AppointmentStatus.BOOKING_DECLINED,
    "BookingDeleted": AppointmentStatus.BOOKING_DELETED,
    "Assignment": AppointmentStatus.ASSIGNMENT,
    "AssignmentSeen": AppointmentStatus.ASSIGNMENT_SEEN,
    "AssignmentDeclined": AppointmentStatus.ASSIGNMENT_DECLINED,
}
_APPOINTMENT_STATUS_BY_VALUE: dict[int, AppointmentStatus] = {
    member.value: member for member in AppointmentStatus
}


def decode_xml_appointment_status(element: Element) -> AppointmentStatus | str:
    return enum_from_text(element.text or "", _APPOINTMENT_STATUS_BY_NAME)


def encode_xml_appointment_status(
    parent: Element, tag: str, value: AppointmentStatus | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _APPOINTMENT_STATUS_NAMES)


def decode_json_appointment_status(data: Any, path: str) -> AppointmentStatus | str:
    return json_enum(data, path, _APPOINTMENT_STATUS_BY_NAME, _APPOINTMENT_STATUS_BY_VALUE)


def encode_json_appointment_status(value: AppointmentStatus | str) -> str:
    return enum_to_text(value, _APPOINTMENT_STATUS_NAMES)


APPOINTMENT_STATUS_CODEC = Codec(
    decode_xml_appointment_status,
    encode_xml_appointment_status,
    decode_json_appointment_status,
    encode_json_appointment_status,
)
