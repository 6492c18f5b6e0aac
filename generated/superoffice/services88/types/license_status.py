"""Services88 types: LicenseStatus.

Used by the License agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class LicenseStatus(enum.Enum):
    """The ``LicenseStatus`` enumeration."""

    OK = 0
    NEW_LICENSE_AVAILABLE = 1
    NEW_COMPANY_NAME_AVAILABLE = 2
    NEW_SERIAL_AVAILABLE = 3
    USE_CUSTOM_MESSAGE = 4
    USE_CUSTOM_MESSAGE_AND_URL = 5
    PROBLEM_WITH_LICENSE = 100
    UNKNOWN_ERROR = 5000


_LICENSE_STATUS_NAMES: dict[LicenseStatus, str] = {
    LicenseStatus.OK: "Ok",
    LicenseStatus.NEW_LICENSE_AVAILABLE: "NewLicenseAvailable",
    LicenseStatus.NEW_COMPANY_NAME_AVAILABLE: "NewCompanyNameAvailable",
    LicenseStatus.NEW_SERIAL_AVAILABLE: "NewSerialAvailable",
    LicenseStatus.USE_CUSTOM_MESSAGE: "UseCustomMessage",
    LicenseStatus.USE_CUSTOM_MESSAGE_AND_URL: "UseCustomMessageAndUrl",
    LicenseStatus.PROBLEM_WITH_LICENSE: "ProblemWithLicense",
    LicenseStatus.UNKNOWN_ERROR: "UnknownError",
}
_LICENSE_STATUS_BY_NAME: dict[str, LicenseStatus] = {
    "Ok": LicenseStatus.OK,
    "NewLicenseAvailable": LicenseStatus.NEW_LICENSE_AVAILABLE,
    "NewCompanyNameAvailable": LicenseStatus.NEW_COMPANY_NAME_AVAILABLE,
    "NewSerialAvailable": LicenseStatus.NEW_SERIAL_AVAILABLE,
    "UseCustomMessage": LicenseStatus.USE_CUSTOM_MESSAGE,
    "UseCustomMessageAndUrl": LicenseStatus.USE_CUSTOM_MESSAGE_AND_URL,
    "ProblemWithLicense": LicenseStatus.PROBLEM_WITH_LICENSE,
    "UnknownError": LicenseStatus.UNKNOWN_ERROR,
}
_LICENSE_STATUS_BY_VALUE: dict[int, LicenseStatus] = {
    member.value: member for member in LicenseStatus
}


def decode_xml_license_status(element: Element) -> LicenseStatus | str:
    return enum_from_text(element.text or "", _LICENSE_STATUS_BY_NAME)


def encode_xml_license_status(parent: Element, tag: str, value: LicenseStatus | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _LICENSE_STATUS_NAMES)


def decode_json_license_status(data: Any, path: str) -> LicenseStatus | str:
    return json_enum(data, path, _LICENSE_STATUS_BY_NAME, _LICENSE_STATUS_BY_VALUE)


def encode_json_license_status(value: LicenseStatus | str) -> str:
    return enum_to_text(value, _LICENSE_STATUS_NAMES)


LICENSE_STATUS_CODEC = Codec(
    decode_xml_license_status,
    encode_xml_license_status,
    decode_json_license_status,
    encode_json_license_status,
)
