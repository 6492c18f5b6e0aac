"""Services88 types: ArrayOfModuleLicense, ModuleLicense.

Used by the License, SoPrincipal agents.
"""

from __future__ import annotations

import dataclasses
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
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
)
from .license_type import (
    LicenseType,
    decode_json_license_type,
    decode_xml_license_type,
    encode_json_license_type,
    encode_xml_license_type,
)
from .user_type import (
    UserType,
    decode_json_user_type,
    decode_xml_user_type,
    encode_json_user_type,
    encode_xml_user_type,
)

_ALLOWED_USER_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AllowedUserType"
_EXTRA_FLAGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraFlags"
_EXTRA_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraInfo"
_IS_HIDDEN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsHidden"
_LICENSE_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LicenseType"
_MODULE_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ModuleDescription"
_MODULE_LICENSE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ModuleLicense"
_MODULE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ModuleName"
_MODULE_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ModuleTooltip"
_MODULE_VERSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ModuleVersion"
_NUMBER_OF_LICENSES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumberOfLicenses"
_OWNER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnerName"
_PREREQUISITE_MODULE_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PrerequisiteModuleName"
)
_SIGNATURE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Signature"
_SORT_ORDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SortOrder"
_UNRESTRICTED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Unrestricted"


@dataclasses.dataclass(kw_only=True, repr=False)
class ModuleLicense(Record):
    """The ``ModuleLicense`` record."""

    owner_name: str | None | Unset = UNSET
    module_name: str | None | Unset = UNSET
    module_description: str | None | Unset = UNSET
    module_tooltip: str | None | Unset = UNSET
    module_version: str | None | Unset = UNSET
    license_type: LicenseType | str | Unset = UNSET
    unrestricted: bool | Unset = UNSET
    allowed_user_type: UserType | str | Unset = UNSET
    number_of_licenses: int | Unset = UNSET
    extra_flags: int | Unset = UNSET
    extra_info: str | None | Unset = UNSET
    sort_order: int | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    prerequisite_module_name: str | None | Unset = UNSET
    signature: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_module_license(None, _MODULE_LICENSE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ModuleLicense:
        return record_from_xml(decode_xml_module_license, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_module_license(self)

    @classmethod
    def from_json(cls, data: Any) -> ModuleLicense:
        return record_from_json(decode_json_module_license, data)


_MODULE_LICENSE_KEYS = frozenset(
    (
        "OwnerName",
        "ModuleName",
        "ModuleDescription",
        "ModuleTooltip",
        "ModuleVersion",
        "LicenseType",
        "Unrestricted",
        "AllowedUserType",
        "NumberOfLicenses",
        "ExtraFlags",
        "ExtraInfo",
        "SortOrder",
        "IsHidden",
        "PrerequisiteModuleName",
        "Signature",
    )
)


def decode_xml_module_license(element: Element) -> ModuleLicense:
    value = ModuleLicense()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _OWNER_NAME:
            value.owner_name = child.text or empty_or_nil(child)
        elif tag == _MODULE_NAME:
            value.module_name = child.text or empty_or_nil(child)
        elif tag == _MODULE_DESCRIPTION:
            value.module_description = child.text or empty_or_nil(child)
        elif tag == _MODULE_TOOLTIP:
            value.module_tooltip = child.text or empty_or_nil(child)
        elif tag == _MODULE_VERSION:
            value.module_version = child.text or empty_or_nil(child)
        elif tag == _LICENSE_TYPE:
            value.license_type = decode_xml_license_type(child)
        elif tag == _UNRESTRICTED:
            value.unrestricted = read_bool(child)
        elif tag == _ALLOWED_USER_TYPE:
            value.allowed_user_type = decode_xml_user_type(child)
        elif tag == _NUMBER_OF_LICENSES:
            value.number_of_licenses = read_int(child)
        elif tag == _EXTRA_FLAGS:
            value.extra_flags = read_int(child)
        elif tag == _EXTRA_INFO:
            value.extra_info = child.text or empty_or_nil(child)
        elif tag == _SORT_ORDER:
            value.sort_order = read_int(child)
        elif tag == _IS_HIDDEN:
            value.is_hidden = read_bool(child)
        elif tag == _PREREQUISITE_MODULE_NAME:
            value.prerequisite_module_name = child.text or empty_or_nil(child)
        elif tag == _SIGNATURE:
            value.signature = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_module_license(parent: Element | None, tag: str, value: ModuleLicense) -> Element:
    element = new_child(parent, tag)
    put(element, _OWNER_NAME, value.owner_name, write_str)
    put(element, _MODULE_NAME, value.module_name, write_str)
    put(element, _MODULE_DESCRIPTION, value.module_description, write_str)
    put(element, _MODULE_TOOLTIP, value.module_tooltip, write_str)
    put(element, _MODULE_VERSION, value.module_version, write_str)
    put(element, _LICENSE_TYPE, value.license_type, encode_xml_license_type)
    put(element, _UNRESTRICTED, value.unrestricted, write_bool)
    put(element, _ALLOWED_USER_TYPE, value.allowed_user_type, encode_xml_user_type)
    put(element, _NUMBER_OF_LICENSES, value.number_of_licenses, write_int)
    put(element, _EXTRA_FLAGS, value.extra_flags, write_int)
    put(element, _EXTRA_INFO, value.extra_info, write_str)
    put(element, _SORT_ORDER, value.sort_order, write_int)
    put(element, _IS_HIDDEN, value.is_hidden, write_bool)
    put(element, _PREREQUISITE_MODULE_NAME, value.prerequisite_module_name, write_str)
    put(element, _SIGNATURE, value.signature, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_module_license(data: Any, path: str) -> ModuleLicense:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ModuleLicense)
    value.owner_name = take_str_nillable(data, "OwnerName", path)
    value.module_name = take_str_nillable(data, "ModuleName", path)
    value.module_description = take_str_nillable(data, "ModuleDescription", path)
    value.module_tooltip = take_str_nillable(data, "ModuleTooltip", path)
    value.module_version = take_str_nillable(data, "ModuleVersion", path)
    value.license_type = take(data, "LicenseType", path, decode_json_license_type)
    value.unrestricted = take_bool(data, "Unrestricted", path)
    value.allowed_user_type = take(data, "AllowedUserType", path, decode_json_user_type)
    value.number_of_licenses = take_int(data, "NumberOfLicenses", path)
    value.extra_flags = take_int(data, "ExtraFlags", path)
    value.extra_info = take_str_nillable(data, "ExtraInfo", path)
    value.sort_order = take_int(data, "SortOrder", path)
    value.is_hidden = take_bool(data, "IsHidden", path)
    value.prerequisite_module_name = take_str_nillable(data, "PrerequisiteModuleName", path)
    value.signature = take_str_nillable(data, "Signature", path)
    value.extra = (
        None if _MODULE_LICENSE_KEYS.issuperset(data) else json_extra(data, _MODULE_LICENSE_KEYS)
    )
    return value


def encode_json_module_license(value: ModuleLicense) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "OwnerName", value.owner_name, json_write_str)
    put_json(result, "ModuleName", value.module_name, json_write_str)
    put_json(result, "ModuleDescription", value.module_description, json_write_str)
    put_json(result, "ModuleTooltip", value.module_tooltip, json_write_str)
    put_json(result, "ModuleVersion", value.module_version, json_write_str)
    put_json(result, "LicenseType", value.license_type, encode_json_license_type)
    put_json(result, "Unrestricted", value.unrestricted, json_write_bool)
    put_json(result, "AllowedUserType", value.allowed_user_type, encode_json_user_type)
    put_json(result, "NumberOfLicenses", value.number_of_licenses, json_write_int)
    put_json(result, "ExtraFlags", value.extra_flags, json_write_int)
    put_json(result, "ExtraInfo", value.extra_info, json_write_str)
    put_json(result, "SortOrder", value.sort_order, json_write_int)
    put_json(result, "IsHidden", value.is_hidden, json_write_bool)
    put_json(result, "PrerequisiteModuleName", value.prerequisite_module_name, json_write_str)
    put_json(result, "Signature", value.signature, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


MODULE_LICENSE_CODEC = Codec(
    decode_xml_module_license,
    encode_xml_module_license,
    decode_json_module_license,
    encode_json_module_license,
)


def decode_xml_list_of_module_license(element: Element) -> list[ModuleLicense | None]:
    """``ArrayOfModuleLicense``: a list of ``ModuleLicense`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_module_license(child))
        for child in element
        if child.tag == _MODULE_LICENSE
    ]


def encode_xml_list_of_module_license(
    parent: Element | None, tag: str, value: list[ModuleLicense | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _MODULE_LICENSE, item, encode_xml_module_license)
    return element


def decode_json_list_of_module_license(data: Any, path: str) -> list[ModuleLicense | None]:
    return json_items_nillable(data, path, decode_json_module_license)


def encode_json_list_of_module_license(value: list[ModuleLicense | None]) -> list[Any]:
    return [(None if item is None else encode_json_module_license(item)) for item in value]


LIST_OF_MODULE_LICENSE_CODEC = Codec(
    decode_xml_list_of_module_license,
    encode_xml_list_of_module_license,
    decode_json_list_of_module_license,
    encode_json_list_of_module_license,
)
