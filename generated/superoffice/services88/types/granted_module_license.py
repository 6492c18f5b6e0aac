"""Services88 types: ArrayOfGrantedModuleLicense, GrantedModuleLicense.

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
    json_items_nillable,
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
from .license_type import (
    LicenseType,
    decode_json_license_type,
    decode_xml_license_type,
    encode_json_license_type,
    encode_xml_license_type,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_EXPIRY_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExpiryDate"
_EXTRA_FLAGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraFlags"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_GRANTED_MODULE_LICENSE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}GrantedModuleLicense"
)
_IS_HIDDEN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsHidden"
_IS_UNRESTRICTED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsUnrestricted"
_LICENSE_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LicenseNumber"
_LICENSE_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LicenseType"
_MODULE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ModuleId"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_OWNER_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnerDescription"
_OWNER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnerId"
_OWNER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnerName"
_SORT_ORDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SortOrder"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_VERSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Version"


@dataclasses.dataclass(kw_only=True, repr=False)
class GrantedModuleLicense(Carrier):
    """The ``GrantedModuleLicense`` record."""

    owner_id: int | Unset = UNSET
    owner_name: str | None | Unset = UNSET
    owner_description: str | None | Unset = UNSET
    module_id: int | Unset = UNSET
    name: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    version: str | None | Unset = UNSET
    license_type: LicenseType | str | Unset = UNSET
    extra_flags: int | Unset = UNSET
    sort_order: int | Unset = UNSET
    license_number: int | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    is_unrestricted: bool | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_granted_module_license(None, _GRANTED_MODULE_LICENSE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> GrantedModuleLicense:
        return record_from_xml(decode_xml_granted_module_license, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_granted_module_license(self)

    @classmethod
    def from_json(cls, data: Any) -> GrantedModuleLicense:
        return record_from_json(decode_json_granted_module_license, data)


_GRANTED_MODULE_LICENSE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "OwnerId",
        "OwnerName",
        "OwnerDescription",
        "ModuleId",
        "Name",
        "Description",
        "Version",
        "LicenseType",
        "ExtraFlags",
        "SortOrder",
        "LicenseNumber",
        "IsHidden",
        "IsUnrestricted",
        "ExpiryDate",
    )
)


def decode_xml_granted_module_license(element: Element) -> GrantedModuleLicense:
    value = GrantedModuleLicense()
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
        elif tag == _OWNER_ID:
            value.owner_id = read_int(child)
        elif tag == _OWNER_NAME:
            value.owner_name = child.text or empty_or_nil(child)
        elif tag == _OWNER_DESCRIPTION:
            value.owner_description = child.text or empty_or_nil(child)
        elif tag == _MODULE_ID:
            value.module_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _VERSION:
            value.version = child.text or empty_or_nil(child)
        elif tag == _LICENSE_TYPE:
            value.license_type = decode_xml_license_type(child)
        elif tag == _EXTRA_FLAGS:
            value.extra_flags = read_int(child)
        elif tag == _SORT_ORDER:
            value.sort_order = read_int(child)
        elif tag == _LICENSE_NUMBER:
            value.license_number = read_int(child)
        elif tag == _IS_HIDDEN:
            value.is_hidden = read_bool(child)
        elif tag == _IS_UNRESTRICTED:
            value.is_unrestricted = read_bool(child)
        elif tag == _EXPIRY_DATE:
            value.expiry_date = read_datetime(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_granted_module_license(
    parent: Element | None, tag: str, value: GrantedModuleLicense
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _OWNER_ID, value.owner_id, write_int)
    put(element, _OWNER_NAME, value.owner_name, write_str)
    put(element, _OWNER_DESCRIPTION, value.owner_description, write_str)
    put(element, _MODULE_ID, value.module_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _VERSION, value.version, write_str)
    put(element, _LICENSE_TYPE, value.license_type, encode_xml_license_type)
    put(element, _EXTRA_FLAGS, value.extra_flags, write_int)
    put(element, _SORT_ORDER, value.sort_order, write_int)
    put(element, _LICENSE_NUMBER, value.license_number, write_int)
    put(element, _IS_HIDDEN, value.is_hidden, write_bool)
    put(element, _IS_UNRESTRICTED, value.is_unrestricted, write_bool)
    put(element, _EXPIRY_DATE, value.expiry_date, write_datetime)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_granted_module_license(data: Any, path: str) -> GrantedModuleLicense:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(GrantedModuleLicense)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.owner_id = take_int(data, "OwnerId", path)
    value.owner_name = take_str_nillable(data, "OwnerName", path)
    value.owner_description = take_str_nillable(data, "OwnerDescription", path)
    value.module_id = take_int(data, "ModuleId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.version = take_str_nillable(data, "Version", path)
    value.license_type = take(data, "LicenseType", path, decode_json_license_type)
    value.extra_flags = take_int(data, "ExtraFlags", path)
    value.sort_order = take_int(data, "SortOrder", path)
    value.license_number = take_int(data, "LicenseNumber", path)
    value.is_hidden = take_bool(data, "IsHidden", path)
    value.is_unrestricted = take_bool(data, "IsUnrestricted", path)
    value.expiry_date = take(data, "ExpiryDate", path, json_datetime)
    value.extra = (
        None
        if _GRANTED_MODULE_LICENSE_KEYS.issuperset(data)
        else json_extra(data, _GRANTED_MODULE_LICENSE_KEYS)
    )
    return value


def encode_json_granted_module_license(value: GrantedModuleLicense) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "OwnerId", value.owner_id, json_write_int)
    put_json(result, "OwnerName", value.owner_name, json_write_str)
    put_json(result, "OwnerDescription", value.owner_description, json_write_str)
    put_json(result, "ModuleId", value.module_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Version", value.version, json_write_str)
    put_json(result, "LicenseType", value.license_type, encode_json_license_type)
    put_json(result, "ExtraFlags", value.extra_flags, json_write_int)
    put_json(result, "SortOrder", value.sort_order, json_write_int)
    put_json(result, "LicenseNumber", value.license_number, json_write_int)
    put_json(result, "IsHidden", value.is_hidden, json_write_bool)
    put_json(result, "IsUnrestricted", value.is_unrestricted, json_write_bool)
    put_json(result, "ExpiryDate", value.expiry_date, json_write_datetime)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


GRANTED_MODULE_LICENSE_CODEC = Codec(
    decode_xml_granted_module_license,
    encode_xml_granted_module_license,
    decode_json_granted_module_license,
    encode_json_granted_module_license,
)


def decode_xml_list_of_granted_module_license(
    element: Element,
) -> list[GrantedModuleLicense | None]:
    """``ArrayOfGrantedModuleLicense``: a list of ``GrantedModuleLicense`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_granted_module_license(child))
        for child in element
        if child.tag == _GRANTED_MODULE_LICENSE
    ]


def encode_xml_list_of_granted_module_license(
    parent: Element | None, tag: str, value: list[GrantedModuleLicense | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _GRANTED_MODULE_LICENSE, item, encode_xml_granted_module_license)
    return element


def decode_json_list_of_granted_module_license(
    data: Any, path: str
) -> list[GrantedModuleLicense | None]:
    return json_items_nillable(data, path, decode_json_granted_module_license)


def encode_json_list_of_granted_module_license(
    value: list[GrantedModuleLicense | None],
) -> list[Any]:
    return [(None if item is None else encode_json_granted_module_license(item)) for item in value]


LIST_OF_GRANTED_MODULE_LICENSE_CODEC = Codec(
    decode_xml_list_of_granted_module_license,
    encode_xml_list_of_granted_module_license,
    decode_json_list_of_granted_module_license,
    encode_json_list_of_granted_module_license,
)
