"""Services88 types: ArrayOfExtendedModuleLicense, ExtendedModuleLicense.

Used by the License agent.
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
    json_extra,
    json_items_nillable,
    json_object,
    json_write_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_int,
    take_nillable,
    write_int,
)
from .module_license import (
    ModuleLicense,
    decode_json_module_license,
    decode_xml_module_license,
    encode_json_module_license,
    encode_xml_module_license,
)

_CURRENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Current"
_EXTENDED_MODULE_LICENSE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtendedModuleLicense"
)
_NEW = "{http://www.superoffice.net/ws/crm/NetServer/Services88}New"
_NUMBER_OF_LICENSES_ADDED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumberOfLicensesAdded"
)
_NUMBER_OF_LICENSES_FREE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumberOfLicensesFree"
)
_NUMBER_OF_LICENSES_IN_USE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumberOfLicensesInUse"
)
_NUMBER_OF_LICENSES_NEW_FREE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumberOfLicensesNewFree"
)
_NUMBER_OF_LICENSES_NEW_TOTAL = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumberOfLicensesNewTotal"
)
_NUMBER_OF_LICENSES_TOTAL = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumberOfLicensesTotal"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class ExtendedModuleLicense(Record):
    """The ``ExtendedModuleLicense`` record."""

    new: ModuleLicense | None | Unset = UNSET
    current: ModuleLicense | None | Unset = UNSET
    number_of_licenses_in_use: int | Unset = UNSET
    number_of_licenses_free: int | Unset = UNSET
    number_of_licenses_added: int | Unset = UNSET
    number_of_licenses_new_total: int | Unset = UNSET
    number_of_licenses_new_free: int | Unset = UNSET
    number_of_licenses_total: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_extended_module_license(None, _EXTENDED_MODULE_LICENSE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ExtendedModuleLicense:
        return record_from_xml(decode_xml_extended_module_license, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_extended_module_license(self)

    @classmethod
    def from_json(cls, data: Any) -> ExtendedModuleLicense:
        return record_from_json(decode_json_extended_module_license, data)


_EXTENDED_MODULE_LICENSE_KEYS = frozenset(
    (
        "New",
        "Current",
        "NumberOfLicensesInUse",
        "NumberOfLicensesFree",
        "NumberOfLicensesAdded",
        "NumberOfLicensesNewTotal",
        "NumberOfLicensesNewFree",
        "NumberOfLicensesTotal",
    )
)


def decode_xml_extended_module_license(element: Element) -> ExtendedModuleLicense:
    value = ExtendedModuleLicense()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _NEW:
            value.new = None if child.get(XSI_NIL) in NIL else decode_xml_module_license(child)
        elif tag == _CURRENT:
            value.current = None if child.get(XSI_NIL) in NIL else decode_xml_module_license(child)
        elif tag == _NUMBER_OF_LICENSES_IN_USE:
            value.number_of_licenses_in_use = read_int(child)
        elif tag == _NUMBER_OF_LICENSES_FREE:
            value.number_of_licenses_free = read_int(child)
        elif tag == _NUMBER_OF_LICENSES_ADDED:
            value.number_of_licenses_added = read_int(child)
        elif tag == _NUMBER_OF_LICENSES_NEW_TOTAL:
            value.number_of_licenses_new_total = read_int(child)
        elif tag == _NUMBER_OF_LICENSES_NEW_FREE:
            value.number_of_licenses_new_free = read_int(child)
        elif tag == _NUMBER_OF_LICENSES_TOTAL:
            value.number_of_licenses_total = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_extended_module_license(
    parent: Element | None, tag: str, value: ExtendedModuleLicense
) -> Element:
    element = new_child(parent, tag)
    put(element, _NEW, value.new, encode_xml_module_license)
    put(element, _CURRENT, value.current, encode_xml_module_license)
    put(element, _NUMBER_OF_LICENSES_IN_USE, value.number_of_licenses_in_use, write_int)
    put(element, _NUMBER_OF_LICENSES_FREE, value.number_of_licenses_free, write_int)
    put(element, _NUMBER_OF_LICENSES_ADDED, value.number_of_licenses_added, write_int)
    put(element, _NUMBER_OF_LICENSES_NEW_TOTAL, value.number_of_licenses_new_total, write_int)
    put(element, _NUMBER_OF_LICENSES_NEW_FREE, value.number_of_licenses_new_free, write_int)
    put(element, _NUMBER_OF_LICENSES_TOTAL, value.number_of_licenses_total, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_extended_module_license(data: Any, path: str) -> ExtendedModuleLicense:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ExtendedModuleLicense)
    value.new = take_nillable(data, "New", path, decode_json_module_license)
    value.current = take_nillable(data, "Current", path, decode_json_module_license)
    value.number_of_licenses_in_use = take_int(data, "NumberOfLicensesInUse", path)
    value.number_of_licenses_free = take_int(data, "NumberOfLicensesFree", path)
    value.number_of_licenses_added = take_int(data, "NumberOfLicensesAdded", path)
    value.number_of_licenses_new_total = take_int(data, "NumberOfLicensesNewTotal", path)
    value.number_of_licenses_new_free = take_int(data, "NumberOfLicensesNewFree", path)
    value.number_of_licenses_total = take_int(data, "NumberOfLicensesTotal", path)
    value.extra = (
        None
        if _EXTENDED_MODULE_LICENSE_KEYS.issuperset(data)
        else json_extra(data, _EXTENDED_MODULE_LICENSE_KEYS)
    )
    return value


def encode_json_extended_module_license(value: ExtendedModuleLicense) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "New", value.new, encode_json_module_license)
    put_json(result, "Current", value.current, encode_json_module_license)
    put_json(result, "NumberOfLicensesInUse", value.number_of_licenses_in_use, json_write_int)
    put_json(result, "NumberOfLicensesFree", value.number_of_licenses_free, json_write_int)
    put_json(result, "NumberOfLicensesAdded", value.number_of_licenses_added, json_write_int)
    put_json(
        result, "NumberOfLicensesNewTotal", value.number_of_licenses_new_total, json_write_int
    )
    put_json(result, "NumberOfLicensesNewFree", value.number_of_licenses_new_free, json_write_int)
    put_json(result, "NumberOfLicensesTotal", value.number_of_licenses_total, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


EXTENDED_MODULE_LICENSE_CODEC = Codec(
    decode_xml_extended_module_license,
    encode_xml_extended_module_license,
    decode_json_extended_module_license,
    encode_json_extended_module_license,
)


def decode_xml_list_of_extended_module_license(
    element: Element,
) -> list[ExtendedModuleLicense | None]:
    """``ArrayOfExtendedModuleLicense``: a list of ``ExtendedModuleLicense`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_extended_module_license(child))
        for child in element
        if child.tag == _EXTENDED_MODULE_LICENSE
    ]


def encode_xml_list_of_extended_module_license(
    parent: Element | None, tag: str, value: list[ExtendedModuleLicense | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _EXTENDED_MODULE_LICENSE, item, encode_xml_extended_module_license)
    return element


def decode_json_list_of_extended_module_license(
    data: Any, path: str
) -> list[ExtendedModuleLicense | None]:
    return json_items_nillable(data, path, decode_json_extended_module_license)


def encode_json_list_of_extended_module_license(
    value: list[ExtendedModuleLicense | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_extended_module_license(item)) for item in value
    ]


LIST_OF_EXTENDED_MODULE_LICENSE_CODEC = Codec(
    decode_xml_list_of_extended_module_license,
    encode_xml_list_of_extended_module_license,
    decode_json_list_of_extended_module_license,
    encode_json_list_of_extended_module_license,
)
