"""Services88 types: LicenseType.

Used by the License, SoPrincipal agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class LicenseType(enum.Enum):
    """The ``LicenseType`` enumeration."""

    UNKNOWN = 0
    SITE_LICENSE = 1
    SATELLITE_LICENSE = 2
    USER_LICENSE = 3


_LICENSE_TYPE_NAMES: dict[LicenseType, str] = {
    LicenseType.UNKNOWN: "Unknown",
    LicenseType.SITE_LICENSE: "SiteLicense",
    LicenseType.SATELLITE_LICENSE: "SatelliteLicense",
    LicenseType.USER_LICENSE: "UserLicense",
}
_LICENSE_TYPE_BY_NAME: dict[str, LicenseType] = {
    "Unknown": LicenseType.UNKNOWN,
    "SiteLicense": LicenseType.SITE_LICENSE,
    "SatelliteLicense": LicenseType.SATELLITE_LICENSE,
    "UserLicense": LicenseType.USER_LICENSE,
}
_LICENSE_TYPE_BY_VALUE: dict[int, LicenseType] = {member.value: member for member in LicenseType}


def decode_xml_license_type(element: Element) -> LicenseType | str:
    return enum_from_text(element.text or "", _LICENSE_TYPE_BY_NAME)


def encode_xml_license_type(parent: Element, tag: str, value: LicenseType | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _LICENSE_TYPE_NAMES)


def decode_json_license_type(data: Any, path: str) -> LicenseType | str:
    return json_enum(data, path, _LICENSE_TYPE_BY_NAME, _LICENSE_TYPE_BY_VALUE)


def encode_json_license_type(value: LicenseType | str) -> str:
    return enum_to_text(value, _LICENSE_TYPE_NAMES)


LICENSE_TYPE_CODEC = Codec(
    decode_xml_license_type,
    encode_xml_license_type,
    decode_json_license_type,
    encode_json_license_type,
)
