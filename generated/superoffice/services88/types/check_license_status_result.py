"""Services88 types: CheckLicenseStatusResult.

Used by the License agent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    UNSET,
    Codec,
    Element,
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_object,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_str_nillable,
    write_str,
)
from .license_status import (
    LicenseStatus,
    decode_json_license_status,
    decode_xml_license_status,
    encode_json_license_status,
    encode_xml_license_status,
)

_CHECK_LICENSE_STATUS_RESULT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CheckLicenseStatusResult"
)
_LICENSE_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LicenseStatus"
_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Message"
_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Url"


@dataclasses.dataclass(kw_only=True, repr=False)
class CheckLicenseStatusResult(Record):
    """The ``CheckLicenseStatusResult`` record."""

    license_status: LicenseStatus | str | Unset = UNSET
    message: str | None | Unset = UNSET
    url: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_check_license_status_result(None, _CHECK_LICENSE_STATUS_RESULT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CheckLicenseStatusResult:
        return record_from_xml(decode_xml_check_license_status_result, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_check_license_status_result(self)

    @classmethod
    def from_json(cls, data: Any) -> CheckLicenseStatusResult:
        return record_from_json(decode_json_check_license_status_result, data)


_CHECK_LICENSE_STATUS_RESULT_KEYS = frozenset(
    (
        "LicenseStatus",
        "Message",
        "Url",
    )
)


def decode_xml_check_license_status_result(element: Element) -> CheckLicenseStatusResult:
    value = CheckLicenseStatusResult()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _LICENSE_STATUS:
            value.license_status = decode_xml_license_status(child)
        elif tag == _MESSAGE:
            value.message = child.text or empty_or_nil(child)
        elif tag == _URL:
            value.url = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_check_license_status_result(
    parent: Element | None, tag: str, value: CheckLicenseStatusResult
) -> Element:
    element = new_child(parent, tag)
    put(element, _LICENSE_STATUS, value.license_status, encode_xml_license_status)
    put(element, _MESSAGE, value.message, write_str)
    put(element, _URL, value.url, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_check_license_status_result(data: Any, path: str) -> CheckLicenseStatusResult:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CheckLicenseStatusResult)
    value.license_status = take(data, "LicenseStatus", path, decode_json_license_status)
    value.message = take_str_nillable(data, "Message", path)
    value.url = take_str_nillable(data, "Url", path)
    value.extra = (
        None
        if _CHECK_LICENSE_STATUS_RESULT_KEYS.issuperset(data)
        else json_extra(data, _CHECK_LICENSE_STATUS_RESULT_KEYS)
    )
    return value


def encode_json_check_license_status_result(value: CheckLicenseStatusResult) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "LicenseStatus", value.license_status, encode_json_license_status)
    put_json(result, "Message", value.message, json_write_str)
    put_json(result, "Url", value.url, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CHECK_LICENSE_STATUS_RESULT_CODEC = Codec(
    decode_xml_check_license_status_result,
    encode_xml_check_license_status_result,
    decode_json_check_license_status_result,
    encode_json_check_license_status_result,
)
