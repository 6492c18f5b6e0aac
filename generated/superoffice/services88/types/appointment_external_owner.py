"""Services88 types: AppointmentExternalOwner.

Used by 6 agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class AppointmentExternalOwner(enum.Enum):
    """The ``AppointmentExternalOwner`` enumeration."""

    NONE = 0
    OTHER = 1
    OUTLOOK = 2
    GOOGLE = 3


_APPOINTMENT_EXTERNAL_OWNER_NAMES: dict[AppointmentExternalOwner, str] = {
    AppointmentExternalOwner.NONE: "None",
    AppointmentExternalOwner.OTHER: "Other",
    AppointmentExternalOwner.OUTLOOK: "Outlook",
    AppointmentExternalOwner.GOOGLE: "Google",
}
_APPOINTMENT_EXTERNAL_OWNER_BY_NAME: dict[str, AppointmentExternalOwner] = {
    "None": AppointmentExternalOwner.NONE,
    "Other": AppointmentExternalOwner.OTHER,
    "Outlook": AppointmentExternalOwner.OUTLOOK,
    "Google": AppointmentExternalOwner.GOOGLE,
}
_APPOINTMENT_EXTERNAL_OWNER_BY_VALUE: dict[int, AppointmentExternalOwner] = {
    member.value: member for member in AppointmentExternalOwner
}


def decode_xml_appointment_external_owner(element: Element) -> AppointmentExternalOwner | str:
    return enum_from_text(element.text or "", _APPOINTMENT_EXTERNAL_OWNER_BY_NAME)


def encode_xml_appointment_external_owner(
    parent: Element, tag: str, value: AppointmentExternalOwner | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _APPOINTMENT_EXTERNAL_OWNER_NAMES)


def decode_json_appointment_external_owner(data: Any, path: str) -> AppointmentExternalOwner | str:
    return json_enum(
        data, path, _APPOINTMENT_EXTERNAL_OWNER_BY_NAME, _APPOINTMENT_EXTERNAL_OWNER_BY_VALUE
    )


def encode_json_appointment_external_owner(value: AppointmentExternalOwner | str) -> str:
    return enum_to_text(value, _APPOINTMENT_EXTERNAL_OWNER_NAMES)


APPOINTMENT_EXTERNAL_OWNER_CODEC = Codec(
    decode_xml_appointment_external_owner,
    encode_xml_appointment_external_owner,
    decode_json_appointment_external_owner,
    encode_json_appointment_external_owner,
)
