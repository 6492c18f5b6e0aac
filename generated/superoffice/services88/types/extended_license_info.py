"""Services88 types: ArrayOfExtendedLicenseInfo, ExtendedLicenseInfo.

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
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_datetime,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_datetime,
    write_str,
)
from .extended_module_license import (
    ExtendedModuleLicense,
    decode_json_list_of_extended_module_license,
    decode_xml_list_of_extended_module_license,
    encode_json_list_of_extended_module_license,
    encode_xml_list_of_extended_module_license,
)
from .license_info import (
    LicenseInfo,
    decode_json_license_info,
    decode_xml_license_info,
    encode_json_license_info,
    encode_xml_license_info,
)

_ACCUMULATED_NEXT_CHECK_DATE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AccumulatedNextCheckDate"
)
_CAN_BE_ACTIVATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CanBeActivated"
_CURRENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Current"
_EXTENDED_LICENSE_INFO = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtendedLicenseInfo"
)
_EXTENDED_MODULE_LICENSES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtendedModuleLicenses"
)
_NEW = "{http://www.superoffice.net/ws/crm/NetServer/Services88}New"
_REASON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Reason"


@dataclasses.dataclass(kw_only=True, repr=False)
class ExtendedLicenseInfo(Record):
    """The ``ExtendedLicenseInfo`` record."""

    reason: str | None | Unset = UNSET
    can_be_activated: bool | Unset = UNSET
    new: LicenseInfo | None | Unset = UNSET
    current: LicenseInfo | None | Unset = UNSET
    extended_module_licenses: list[ExtendedModuleLicense | None] | None | Unset = UNSET
    accumulated_next_check_date: datetime.datetime | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_extended_license_info(None, _EXTENDED_LICENSE_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ExtendedLicenseInfo:
        return record_from_xml(decode_xml_extended_license_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_extended_license_info(self)

    @classmethod
    def from_json(cls, data: Any) -> ExtendedLicenseInfo:
        return record_from_json(decode_json_extended_license_info, data)


_EXTENDED_LICENSE_INFO_KEYS = frozenset(
    (
        "Reason",
        "CanBeActivated",
        "New",
        "Current",
        "ExtendedModuleLicenses",
        "AccumulatedNextCheckDate",
    )
)


def decode_xml_extended_license_info(element: Element) -> ExtendedLicenseInfo:
    value = ExtendedLicenseInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _REASON:
            value.reason = child.text or empty_or_nil(child)
        elif tag == _CAN_BE_ACTIVATED:
            value.can_be_activated = read_bool(child)
        elif tag == _NEW:
            value.new = None if child.get(XSI_NIL) in NIL else decode_xml_license_info(child)
        elif tag == _CURRENT:
            value.current = None if child.get(XSI_NIL) in NIL else decode_xml_license_info(child)
        elif tag == _EXTENDED_MODULE_LICENSES:
            value.extended_module_licenses = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_extended_module_license(child)
            )
        elif tag == _ACCUMULATED_NEXT_CHECK_DATE:
            value.accumulated_next_check_date = read_datetime(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_extended_license_info(
    parent: Element | None, tag: str, value: ExtendedLicenseInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _REASON, value.reason, write_str)
    put(element, _CAN_BE_ACTIVATED, value.can_be_activated, write_bool)
    put(element, _NEW, value.new, encode_xml_license_info)
    put(element, _CURRENT, value.current, encode_xml_license_info)
    put(
        element,
        _EXTENDED_MODULE_LICENSES,
        value.extended_module_licenses,
        encode_xml_list_of_extended_module_license,
    )
    put(element, _ACCUMULATED_NEXT_CHECK_DATE, value.accumulated_next_check_date, write_datetime)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_extended_license_info(data: Any, path: str) -> ExtendedLicenseInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ExtendedLicenseInfo)
    value.reason = take_str_nillable(data, "Reason", path)
    value.can_be_activated = take_bool(data, "CanBeActivated", path)
    value.new = take_nillable(data, "New", path, decode_json_license_info)
    value.current = take_nillable(data, "Current", path, decode_json_license_info)
    value.extended_module_licenses = take_nillable(
        data, "ExtendedModuleLicenses", path, decode_json_list_of_extended_module_license
    )
    value.accumulated_next_check_date = take(data, "AccumulatedNextCheckDate", path, json_datetime)
    value.extra = (
        None
        if _EXTENDED_LICENSE_INFO_KEYS.issuperset(data)
        else json_extra(data, _EXTENDED_LICENSE_INFO_KEYS)
    )
    return value


def encode_json_extended_license_info(value: ExtendedLicenseInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Reason", value.reason, json_write_str)
    put_json(result, "CanBeActivated", value.can_be_activated, json_write_bool)
    put_json(result, "New", value.new, encode_json_license_info)
    put_json(result, "Current", value.current, encode_json_license_info)
    put_json(
        result,
        "ExtendedModuleLicenses",
        value.extended_module_licenses,
        encode_json_list_of_extended_module_license,
    )
    put_json(
        result, "AccumulatedNextCheckDate", value.accumulated_next_check_date, json_write_datetime
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


EXTENDED_LICENSE_INFO_CODEC = Codec(
    decode_xml_extended_license_info,
    encode_xml_extended_license_info,
    decode_json_extended_license_info,
    encode_json_extended_license_info,
)


def decode_xml_list_of_extended_license_info(element: Element) -> list[ExtendedLicenseInfo | None]:
    """``ArrayOfExtendedLicenseInfo``: a list of ``ExtendedLicenseInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_extended_license_info(child))
        for child in element
        if child.tag == _EXTENDED_LICENSE_INFO
    ]


def encode_xml_list_of_extended_license_info(
    parent: Element | None, tag: str, value: list[ExtendedLicenseInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _EXTENDED_LICENSE_INFO, item, encode_xml_extended_license_info)
    return element


def decode_json_list_of_extended_license_info(
    data: Any, path: str
) -> list[ExtendedLicenseInfo | None]:
    return json_items_nillable(data, path, decode_json_extended_license_info)


def encode_json_list_of_extended_license_info(
    value: list[ExtendedLicenseInfo | None],
) -> list[Any]:
    return [(None if item is None else encode_json_extended_license_info(item)) for item in value]


LIST_OF_EXTENDED_LICENSE_INFO_CODEC = Codec(
    decode_xml_list_of_extended_license_info,
    encode_xml_list_of_extended_license_info,
    decode_json_list_of_extended_license_info,
    encode_json_list_of_extended_license_info,
)
