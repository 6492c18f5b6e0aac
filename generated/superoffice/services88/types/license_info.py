"""Services88 types: LicenseInfo.

Used by the License, SoPrincipal agents.
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
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_datetime,
    write_int,
    write_str,
)
from .module_license import (
    ModuleLicense,
    decode_json_list_of_module_license,
    decode_xml_list_of_module_license,
    encode_json_list_of_module_license,
    encode_xml_list_of_module_license,
)
from .signed_public_key import (
    SignedPublicKey,
    decode_json_signed_public_key,
    decode_xml_signed_public_key,
    encode_json_signed_public_key,
    encode_xml_signed_public_key,
)

_ADMIN_WARNING_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AdminWarningDate"
_COMPANY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CompanyName"
_DEPLOYMENT_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DeploymentType"
_EXPIRY_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExpiryDate"
_EXTRA_FLAGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraFlags"
_GRACE_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GraceDate"
_LICENSE_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LicenseInfo"
_LICENSE_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LicenseUrl"
_LICENSE_VERSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LicenseVersion"
_MAINTENANCE_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MaintenanceDate"
_MODULE_LICENSES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ModuleLicenses"
_NEXT_CHECK_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NextCheckDate"
_OWNER_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnerDescription"
_OWNER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnerName"
_PRODUCT_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProductDescription"
_PRODUCT_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProductType"
_PUBLIC_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublicKey"
_SERIAL_NR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SerialNr"
_SIGNATURE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Signature"


@dataclasses.dataclass(kw_only=True, repr=False)
class LicenseInfo(Record):
    """The ``LicenseInfo`` record."""

    company_name: str | None | Unset = UNSET
    serial_nr: str | None | Unset = UNSET
    owner_name: str | None | Unset = UNSET
    owner_description: str | None | Unset = UNSET
    next_check_date: datetime.datetime | Unset = UNSET
    maintenance_date: datetime.datetime | Unset = UNSET
    admin_warning_date: datetime.datetime | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    grace_date: datetime.datetime | Unset = UNSET
    extra_flags: int | Unset = UNSET
    license_url: str | None | Unset = UNSET
    license_version: str | None | Unset = UNSET
    deployment_type: int | Unset = UNSET
    product_type: str | None | Unset = UNSET
    product_description: str | None | Unset = UNSET
    module_licenses: list[ModuleLicense | None] | None | Unset = UNSET
    public_key: SignedPublicKey | None | Unset = UNSET
    signature: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_license_info(None, _LICENSE_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> LicenseInfo:
        return record_from_xml(decode_xml_license_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_license_info(self)

    @classmethod
    def from_json(cls, data: Any) -> LicenseInfo:
        return record_from_json(decode_json_license_info, data)


_LICENSE_INFO_KEYS = frozenset(
    (
        "CompanyName",
        "SerialNr",
        "OwnerName",
        "OwnerDescription",
        "NextCheckDate",
        "MaintenanceDate",
        "AdminWarningDate",
        "ExpiryDate",
        "GraceDate",
        "ExtraFlags",
        "LicenseUrl",
        "LicenseVersion",
        "DeploymentType",
        "ProductType",
        "ProductDescription",
        "ModuleLicenses",
        "PublicKey",
        "Signature",
    )
)


def decode_xml_license_info(element: Element) -> LicenseInfo:
    value = LicenseInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _COMPANY_NAME:
            value.company_name = child.text or empty_or_nil(child)
        elif tag == _SERIAL_NR:
            value.serial_nr = child.text or empty_or_nil(child)
        elif tag == _OWNER_NAME:
            value.owner_name = child.text or empty_or_nil(child)
        elif tag == _OWNER_DESCRIPTION:
            value.owner_description = child.text or empty_or_nil(child)
        elif tag == _NEXT_CHECK_DATE:
            value.next_check_date = read_datetime(child)
        elif tag == _MAINTENANCE_DATE:
            value.maintenance_date = read_datetime(child)
        elif tag == _ADMIN_WARNING_DATE:
            value.admin_warning_date = read_datetime(child)
        elif tag == _EXPIRY_DATE:
            value.expiry_date = read_datetime(child)
        elif tag == _GRACE_DATE:
            value.grace_date = read_datetime(child)
        elif tag == _EXTRA_FLAGS:
            value.extra_flags = read_int(child)
        elif tag == _LICENSE_URL:
            value.license_url = child.text or empty_or_nil(child)
        elif tag == _LICENSE_VERSION:
            value.license_version = child.text or empty_or_nil(child)
        elif tag == _DEPLOYMENT_TYPE:
            value.deployment_type = read_int(child)
        elif tag == _PRODUCT_TYPE:
            value.product_type = child.text or empty_or_nil(child)
        elif tag == _PRODUCT_DESCRIPTION:
            value.product_description = child.text or empty_or_nil(child)
        elif tag == _MODULE_LICENSES:
            value.module_licenses = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_module_license(child)
            )
        elif tag == _PUBLIC_KEY:
            value.public_key = (
                None if child.get(XSI_NIL) in NIL else decode_xml_signed_public_key(child)
            )
        elif tag == _SIGNATURE:
            value.signature = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_license_info(parent: Element | None, tag: str, value: LicenseInfo) -> Element:
    element = new_child(parent, tag)
    put(element, _COMPANY_NAME, value.company_name, write_str)
    put(element, _SERIAL_NR, value.serial_nr, write_str)
    put(element, _OWNER_NAME, value.owner_name, write_str)
    put(element, _OWNER_DESCRIPTION, value.owner_description, write_str)
    put(element, _NEXT_CHECK_DATE, value.next_check_date, write_datetime)
    put(element, _MAINTENANCE_DATE, value.maintenance_date, write_datetime)
    put(element, _ADMIN_WARNING_DATE, value.admin_warning_date, write_datetime)
    put(element, _EXPIRY_DATE, value.expiry_date, write_datetime)
    put(element, _GRACE_DATE, value.grace_date, write_datetime)
    put(element, _EXTRA_FLAGS, value.extra_flags, write_int)
    put(element, _LICENSE_URL, value.license_url, write_str)
    put(element, _LICENSE_VERSION, value.license_version, write_str)
    put(element, _DEPLOYMENT_TYPE, value.deployment_type, write_int)
    put(element, _PRODUCT_TYPE, value.product_type, write_str)
    put(element, _PRODUCT_DESCRIPTION, value.product_description, write_str)
    put(element, _MODULE_LICENSES, value.module_licenses, encode_xml_list_of_module_license)
    put(element, _PUBLIC_KEY, value.public_key, encode_xml_signed_public_key)
    put(element, _SIGNATURE, value.signature, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_license_info(data: Any, path: str) -> LicenseInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(LicenseInfo)
    value.company_name = take_str_nillable(data, "CompanyName", path)
    value.serial_nr = take_str_nillable(data, "SerialNr", path)
    value.owner_name = take_str_nillable(data, "OwnerName", path)
    value.owner_description = take_str_nillable(data, "OwnerDescription", path)
    value.next_check_date = take(data, "NextCheckDate", path, json_datetime)
    value.maintenance_date = take(data, "MaintenanceDate", path, json_datetime)
    value.admin_warning_date = take(data, "AdminWarningDate", path, json_datetime)
    value.expiry_date = take(data, "ExpiryDate", path, json_datetime)
    value.grace_date = take(data, "GraceDate", path, json_datetime)
    value.extra_flags = take_int(data, "ExtraFlags", path)
    value.license_url = take_str_nillable(data, "LicenseUrl", path)
    value.license_version = take_str_nillable(data, "LicenseVersion", path)
    value.deployment_type = take_int(data, "DeploymentType", path)
    value.product_type = take_str_nillable(data, "ProductType", path)
    value.product_description = take_str_nillable(data, "ProductDescription", path)
    value.module_licenses = take_nillable(
        data, "ModuleLicenses", path, decode_json_list_of_module_license
    )
    value.public_key = take_nillable(data, "PublicKey", path, decode_json_signed_public_key)
    value.signature = take_str_nillable(data, "Signature", path)
    value.extra = (
        None if _LICENSE_INFO_KEYS.issuperset(data) else json_extra(data, _LICENSE_INFO_KEYS)
    )
    return value


def encode_json_license_info(value: LicenseInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "CompanyName", value.company_name, json_write_str)
    put_json(result, "SerialNr", value.serial_nr, json_write_str)
    put_json(result, "OwnerName", value.owner_name, json_write_str)
    put_json(result, "OwnerDescription", value.owner_description, json_write_str)
    put_json(result, "NextCheckDate", value.next_check_date, json_write_datetime)
    put_json(result, "MaintenanceDate", value.maintenance_date, json_write_datetime)
    put_json(result, "AdminWarningDate", value.admin_warning_date, json_write_datetime)
    put_json(result, "ExpiryDate", value.expiry_date, json_write_datetime)
    put_json(result, "GraceDate", value.grace_date, json_write_datetime)
    put_json(result, "ExtraFlags", value.extra_flags, json_write_int)
    put_json(result, "LicenseUrl", value.license_url, json_write_str)
    put_json(result, "LicenseVersion", value.license_version, json_write_str)
    put_json(result, "DeploymentType", value.deployment_type, json_write_int)
    put_json(result, "ProductType", value.product_type, json_write_str)
    put_json(result, "ProductDescription", value.product_description, json_write_str)
    put_json(result, "ModuleLicenses", value.module_licenses, encode_json_list_of_module_license)
    put_json(result, "PublicKey", value.public_key, encode_json_signed_public_key)
    put_json(result, "Signature", value.signature, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


LICENSE_INFO_CODEC = Codec(
    decode_xml_license_info,
    encode_xml_license_info,
    decode_json_license_info,
    encode_json_license_info,
)
