"""Services88 types: UserAndInstallationLicenceStatus.

Used by the License agent.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

from ...runtime import (
    NIL,
    UNSET,
    XSI_NIL,
    Codec,
    Element,
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_datetime,
    json_extra,
    json_object,
    json_write_datetime,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    take_str_nillable,
    write_datetime,
    write_str,
)
from .list_of_str import (
    decode_json_list_of_str,
    decode_xml_list_of_str,
    encode_json_list_of_str,
    encode_xml_list_of_str,
)

_ADMIN_WARNING_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AdminWarningDate"
_COMPANY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CompanyName"
_EXPIRY_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExpiryDate"
_GRACE_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GraceDate"
_SERIAL_NR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SerialNr"
_USER_AND_INSTALLATION_LICENCE_STATUS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserAndInstallationLicenceStatus"
)
_USER_LICENSES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserLicenses"


@dataclasses.dataclass(kw_only=True, repr=False)
class UserAndInstallationLicenceStatus(Record):
    """Result of GetUserAndInstallationLicenceStatus

    Carrier object for UserAndInstallationLicenceStatus. Services for the
    UserAndInstallationLicenceStatus Carrier is available from the License Agent.
    """

    admin_warning_date: datetime.datetime | Unset = UNSET
    """Installations license admin warning date"""
    expiry_date: datetime.datetime | Unset = UNSET
    """Installations license expiry date"""
    grace_date: datetime.datetime | Unset = UNSET
    """Installations license grace date"""
    company_name: str | None | Unset = UNSET
    """Database company name"""
    serial_nr: str | None | Unset = UNSET
    """Database serial number"""
    user_licenses: list[str | None] | None | Unset = UNSET
    """The users module licenses names"""

    def to_xml(self) -> Element:
        return encode_xml_user_and_installation_licence_status(
            None, _USER_AND_INSTALLATION_LICENCE_STATUS, self
        )

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> UserAndInstallationLicenceStatus:
        return record_from_xml(decode_xml_user_and_installation_licence_status, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_user_and_installation_licence_status(self)

    @classmethod
    def from_json(cls, data: Any) -> UserAndInstallationLicenceStatus:
        return record_from_json(decode_json_user_and_installation_licence_status, data)


_USER_AND_INSTALLATION_LICENCE_STATUS_KEYS = frozenset(
    (
        "AdminWarningDate",
        "ExpiryDate",
        "GraceDate",
        "CompanyName",
        "SerialNr",
        "UserLicenses",
    )
)


def decode_xml_user_and_installation_licence_status(
    element: Element,
) -> UserAndInstallationLicenceStatus:
    value = UserAndInstallationLicenceStatus()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _ADMIN_WARNING_DATE:
            value.admin_warning_date = read_datetime(child)
        elif tag == _EXPIRY_DATE:
            value.expiry_date = read_datetime(child)
        elif tag == _GRACE_DATE:
            value.grace_date = read_datetime(child)
        elif tag == _COMPANY_NAME:
            value.company_name = child.text or empty_or_nil(child)
        elif tag == _SERIAL_NR:
            value.serial_nr = child.text or empty_or_nil(child)
        elif tag == _USER_LICENSES:
            value.user_licenses = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_user_and_installation_licence_status(
    parent: Element | None, tag: str, value: UserAndInstallationLicenceStatus
) -> Element:
    element = new_child(parent, tag)
    put(element, _ADMIN_WARNING_DATE, value.admin_warning_date, write_datetime)
    put(element, _EXPIRY_DATE, value.expiry_date, write_datetime)
    put(element, _GRACE_DATE, value.grace_date, write_datetime)
    put(element, _COMPANY_NAME, value.company_name, write_str)
    put(element, _SERIAL_NR, value.serial_nr, write_str)
    put(element, _USER_LICENSES, value.user_licenses, encode_xml_list_of_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_user_and_installation_licence_status(
    data: Any, path: str
) -> UserAndInstallationLicenceStatus:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(UserAndInstallationLicenceStatus)
    value.admin_warning_date = take(data, "AdminWarningDate", path, json_datetime)
    value.expiry_date = take(data, "ExpiryDate", path, json_datetime)
    value.grace_date = take(data, "GraceDate", path, json_datetime)
    value.company_name = take_str_nillable(data, "CompanyName", path)
    value.serial_nr = take_str_nillable(data, "SerialNr", path)
    value.user_licenses = take_nillable(data, "UserLicenses", path, decode_json_list_of_str)
    value.extra = (
        None
        if _USER_AND_INSTALLATION_LICENCE_STATUS_KEYS.issuperset(data)
        else json_extra(data, _USER_AND_INSTALLATION_LICENCE_STATUS_KEYS)
    )
    return value


def encode_json_user_and_installation_licence_status(
    value: UserAndInstallationLicenceStatus,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "AdminWarningDate", value.admin_warning_date, json_write_datetime)
    put_json(result, "ExpiryDate", value.expiry_date, json_write_datetime)
    put_json(result, "GraceDate", value.grace_date, json_write_datetime)
    put_json(result, "CompanyName", value.company_name, json_write_str)
    put_json(result, "SerialNr", value.serial_nr, json_write_str)
    put_json(result, "UserLicenses", value.user_licenses, encode_json_list_of_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


USER_AND_INSTALLATION_LICENCE_STATUS_CODEC = Codec(
    decode_xml_user_and_installation_licence_status,
    encode_xml_user_and_installation_licence_status,
    decode_json_user_and_installation_licence_status,
    encode_json_user_and_installation_licence_status,
)
