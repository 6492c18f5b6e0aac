"""Services88 types: SoSystemInfoCarrier.

Used by the SoPrincipal agent.
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
    Unset,
    blank,
    empty_or_nil,
    json_datetime,
    json_extra,
    json_object,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_datetime,
    write_int,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .license_info import (
    LicenseInfo,
    decode_json_license_info,
    decode_xml_license_info,
    encode_json_license_info,
    encode_xml_license_info,
)
from .net_server_build_type import (
    NetServerBuildType,
    decode_json_net_server_build_type,
    decode_xml_net_server_build_type,
    encode_json_net_server_build_type,
    encode_xml_net_server_build_type,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ACCUMULATED_NEXT_CHECK_DATE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AccumulatedNextCheckDate"
)
_ASSEMBLY_VERSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssemblyVersion"
_BRANCH_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BranchName"
_BUILD_LABEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BuildLabel"
_BUILD_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BuildType"
_COMPANY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CompanyId"
_COMPANY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CompanyName"
_DATABASE_MINOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DatabaseMinor"
_DATABASE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DatabaseName"
_DATABASE_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DatabaseType"
_DATABASE_VERSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DatabaseVersion"
_DAYS_UNTIL_NET_SERVER_EXPIRY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DaysUntilNetServerExpiry"
)
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FILE_VERSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FileVersion"
_IS_ON_TRAVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsOnTravel"
_IS_SATELLITE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsSatellite"
_IS_UNICODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsUnicode"
_LICENSE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}License"
_SO_SYSTEM_INFO_CARRIER = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SoSystemInfoCarrier"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_WARNING_ENGLISH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WarningEnglish"
_WARNING_RESOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WarningResource"


@dataclasses.dataclass(kw_only=True, repr=False)
class SoSystemInfoCarrier(Carrier):
    """The ``SoSystemInfoCarrier`` record."""

    license: LicenseInfo | None | Unset = UNSET
    warning_english: str | None | Unset = UNSET
    warning_resource: str | None | Unset = UNSET
    branch_name: str | None | Unset = UNSET
    build_label: str | None | Unset = UNSET
    assembly_version: str | None | Unset = UNSET
    accumulated_next_check_date: datetime.datetime | Unset = UNSET
    file_version: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    days_until_net_server_expiry: int | Unset = UNSET
    build_type: NetServerBuildType | str | Unset = UNSET
    database_version: int | Unset = UNSET
    is_unicode: bool | Unset = UNSET
    company_name: str | None | Unset = UNSET
    company_id: int | Unset = UNSET
    database_type: str | None | Unset = UNSET
    database_minor: str | None | Unset = UNSET
    database_name: str | None | Unset = UNSET
    is_on_travel: bool | Unset = UNSET
    is_satellite: bool | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_so_system_info_carrier(None, _SO_SYSTEM_INFO_CARRIER, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SoSystemInfoCarrier:
        return record_from_xml(decode_xml_so_system_info_carrier, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_so_system_info_carrier(self)

    @classmethod
    def from_json(cls, data: Any) -> SoSystemInfoCarrier:
        return record_from_json(decode_json_so_system_info_carrier, data)


_SO_SYSTEM_INFO_CARRIER_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "License",
        "WarningEnglish",
        "WarningResource",
        "BranchName",
        "BuildLabel",
        "AssemblyVersion",
        "AccumulatedNextCheckDate",
        "FileVersion",
        "Description",
        "DaysUntilNetServerExpiry",
        "BuildType",
        "DatabaseVersion",
        "IsUnicode",
        "CompanyName",
        "CompanyId",
        "DatabaseType",
        "DatabaseMinor",
        "DatabaseName",
        "IsOnTravel",
        "IsSatellite",
    )
)


def decode_xml_so_system_info_carrier(element: Element) -> SoSystemInfoCarrier:
    value = SoSystemInfoCarrier()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TABLE_RIGHT:
            value.table_right = (
                None if child.get(XSI_NIL) in NIL else decode_xml_table_right(child)
            )
        elif tag == _FIELD_PROPERTIES:
            value.field_properties = (
                None if child.get(XSI_NIL) in NIL else decode_xml_field_property_dictionary(child)
            )
        elif tag == _LICENSE:
            value.license = None if child.get(XSI_NIL) in NIL else decode_xml_license_info(child)
        elif tag == _WARNING_ENGLISH:
            value.warning_english = child.text or empty_or_nil(child)
        elif tag == _WARNING_RESOURCE:
            value.warning_resource = child.text or empty_or_nil(child)
        elif tag == _BRANCH_NAME:
            value.branch_name = child.text or empty_or_nil(child)
        elif tag == _BUILD_LABEL:
            value.build_label = child.text or empty_or_nil(child)
        elif tag == _ASSEMBLY_VERSION:
            value.assembly_version = child.text or empty_or_nil(child)
        elif tag == _ACCUMULATED_NEXT_CHECK_DATE:
            value.accumulated_next_check_date = read_datetime(child)
        elif tag == _FILE_VERSION:
            value.file_version = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _DAYS_UNTIL_NET_SERVER_EXPIRY:
            value.days_until_net_server_expiry = read_int(child)
        elif tag == _BUILD_TYPE:
            value.build_type = decode_xml_net_server_build_type(child)
        elif tag == _DATABASE_VERSION:
            value.database_version = read_int(child)
        elif tag == _IS_UNICODE:
            value.is_unicode = read_bool(child)
        elif tag == _COMPANY_NAME:
            value.company_name = child.text or empty_or_nil(child)
        elif tag == _COMPANY_ID:
            value.company_id = read_int(child)
        elif tag == _DATABASE_TYPE:
            value.database_type = child.text or empty_or_nil(child)
        elif tag == _DATABASE_MINOR:
            value.database_minor = child.text or empty_or_nil(child)
        elif tag == _DATABASE_NAME:
            value.database_name = child.text or empty_or_nil(child)
        elif tag == _IS_ON_TRAVEL:
            value.is_on_travel = read_bool(child)
        elif tag == _IS_SATELLITE:
            value.is_satellite = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_so_system_info_carrier(
    parent: Element | None, tag: str, value: SoSystemInfoCarrier
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _LICENSE, value.license, encode_xml_license_info)
    put(element, _WARNING_ENGLISH, value.warning_english, write_str)
    put(element, _WARNING_RESOURCE, value.warning_resource, write_str)
    put(element, _BRANCH_NAME, value.branch_name, write_str)
    put(element, _BUILD_LABEL, value.build_label, write_str)
    put(element, _ASSEMBLY_VERSION, value.assembly_version, write_str)
    put(element, _ACCUMULATED_NEXT_CHECK_DATE, value.accumulated_next_check_date, write_datetime)
    put(element, _FILE_VERSION, value.file_version, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _DAYS_UNTIL_NET_SERVER_EXPIRY, value.days_until_net_server_expiry, write_int)
    put(element, _BUILD_TYPE, value.build_type, encode_xml_net_server_build_type)
    put(element, _DATABASE_VERSION, value.database_version, write_int)
    put(element, _IS_UNICODE, value.is_unicode, write_bool)
    put(element, _COMPANY_NAME, value.company_name, write_str)
    put(element, _COMPANY_ID, value.company_id, write_int)
    put(element, _DATABASE_TYPE, value.database_type, write_str)
    put(element, _DATABASE_MINOR, value.database_minor, write_str)
    put(element, _DATABASE_NAME, value.database_name, write_str)
    put(element, _IS_ON_TRAVEL, value.is_on_travel, write_bool)
    put(element, _IS_SATELLITE, value.is_satellite, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_so_system_info_carrier(data: Any, path: str) -> SoSystemInfoCarrier:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SoSystemInfoCarrier)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.license = take_nillable(data, "License", path, decode_json_license_info)
    value.warning_english = take_str_nillable(data, "WarningEnglish", path)
    value.warning_resource = take_str_nillable(data, "WarningResource", path)
    value.branch_name = take_str_nillable(data, "BranchName", path)
    value.build_label = take_str_nillable(data, "BuildLabel", path)
    value.assembly_version = take_str_nillable(data, "AssemblyVersion", path)
    value.accumulated_next_check_date = take(data, "AccumulatedNextCheckDate", path, json_datetime)
    value.file_version = take_str_nillable(data, "FileVersion", path)
    value.description = take_str_nillable(data, "Description", path)
    value.days_until_net_server_expiry = take_int(data, "DaysUntilNetServerExpiry", path)
    value.build_type = take(data, "BuildType", path, decode_json_net_server_build_type)
    value.database_version = take_int(data, "DatabaseVersion", path)
    value.is_unicode = take_bool(data, "IsUnicode", path)
    value.company_name = take_str_nillable(data, "CompanyName", path)
    value.company_id = take_int(data, "CompanyId", path)
    value.database_type = take_str_nillable(data, "DatabaseType", path)
    value.database_minor = take_str_nillable(data, "DatabaseMinor", path)
    value.database_name = take_str_nillable(data, "DatabaseName", path)
    value.is_on_travel = take_bool(data, "IsOnTravel", path)
    value.is_satellite = take_bool(data, "IsSatellite", path)
    value.extra = (
        None
        if _SO_SYSTEM_INFO_CARRIER_KEYS.issuperset(data)
        else json_extra(data, _SO_SYSTEM_INFO_CARRIER_KEYS)
    )
    return value


def encode_json_so_system_info_carrier(value: SoSystemInfoCarrier) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "License", value.license, encode_json_license_info)
    put_json(result, "WarningEnglish", value.warning_english, json_write_str)
    put_json(result, "WarningResource", value.warning_resource, json_write_str)
    put_json(result, "BranchName", value.branch_name, json_write_str)
    put_json(result, "BuildLabel", value.build_label, json_write_str)
    put_json(result, "AssemblyVersion", value.assembly_version, json_write_str)
    put_json(
        result, "AccumulatedNextCheckDate", value.accumulated_next_check_date, json_write_datetime
    )
    put_json(result, "FileVersion", value.file_version, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(
        result, "DaysUntilNetServerExpiry", value.days_until_net_server_expiry, json_write_int
    )
    put_json(result, "BuildType", value.build_type, encode_json_net_server_build_type)
    put_json(result, "DatabaseVersion", value.database_version, json_write_int)
    put_json(result, "IsUnicode", value.is_unicode, json_write_bool)
    put_json(result, "CompanyName", value.company_name, json_write_str)
    put_json(result, "CompanyId", value.company_id, json_write_int)
    put_json(result, "DatabaseType", value.database_type, json_write_str)
    put_json(result, "DatabaseMinor", value.database_minor, json_write_str)
    put_json(result, "DatabaseName", value.database_name, json_write_str)
    put_json(result, "IsOnTravel", value.is_on_travel, json_write_bool)
    put_json(result, "IsSatellite", value.is_satellite, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SO_SYSTEM_INFO_CARRIER_CODEC = Codec(
    decode_xml_so_system_info_carrier,
    encode_xml_so_system_info_carrier,
    decode_json_so_system_info_carrier,
    encode_json_so_system_info_carrier,
)
