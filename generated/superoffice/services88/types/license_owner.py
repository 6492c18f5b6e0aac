"""Services88 types: ArrayOfLicenseOwner, LicenseOwner.

Used by the License, User agents.
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
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_items_nillable,
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
    take_nillable,
    take_str_nillable,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .module_license_link import (
    ModuleLicenseLink,
    decode_json_list_of_module_license_link,
    decode_xml_list_of_module_license_link,
    encode_json_list_of_module_license_link,
    encode_xml_list_of_module_license_link,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_LICENSE_OWNER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LicenseOwner"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RESTRICTED_MODULE_LICENSES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RestrictedModuleLicenses"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UNRESTRICTED_MODULE_LICENSES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UnrestrictedModuleLicenses"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class LicenseOwner(Carrier):
    """Carrier object for LicenseOwner. Services for the LicenseOwner Carrier is available from the
    License Agent.
    """

    name: str | None | Unset = UNSET
    """The name of the license owner"""
    description: str | None | Unset = UNSET
    restricted_module_licenses: list[ModuleLicenseLink | None] | None | Unset = UNSET
    unrestricted_module_licenses: list[ModuleLicenseLink | None] | None | Unset = UNSET
    """The unrestricted module licenses that this license owner"""

    def to_xml(self) -> Element:
        return encode_xml_license_owner(None, _LICENSE_OWNER, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> LicenseOwner:
        return record_from_xml(decode_xml_license_owner, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_license_owner(self)

    @classmethod
    def from_json(cls, data: Any) -> LicenseOwner:
        return record_from_json(decode_json_license_owner, data)


_LICENSE_OWNER_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "Description",
        "RestrictedModuleLicenses",
        "UnrestrictedModuleLicenses",
    )
)


def decode_xml_license_owner(element: Element) -> LicenseOwner:
    value = LicenseOwner()
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
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _RESTRICTED_MODULE_LICENSES:
            value.restricted_module_licenses = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_module_license_link(child)
            )
        elif tag == _UNRESTRICTED_MODULE_LICENSES:
            value.unrestricted_module_licenses = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_module_license_link(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_license_owner(parent: Element | None, tag: str, value: LicenseOwner) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(
        element,
        _RESTRICTED_MODULE_LICENSES,
        value.restricted_module_licenses,
        encode_xml_list_of_module_license_link,
    )
    put(
        element,
        _UNRESTRICTED_MODULE_LICENSES,
        value.unrestricted_module_licenses,
        encode_xml_list_of_module_license_link,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_license_owner(data: Any, path: str) -> LicenseOwner:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(LicenseOwner)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.restricted_module_licenses = take_nillable(
        data, "RestrictedModuleLicenses", path, decode_json_list_of_module_license_link
    )
    value.unrestricted_module_licenses = take_nillable(
        data, "UnrestrictedModuleLicenses", path, decode_json_list_of_module_license_link
    )
    value.extra = (
        None if _LICENSE_OWNER_KEYS.issuperset(data) else json_extra(data, _LICENSE_OWNER_KEYS)
    )
    return value


def encode_json_license_owner(value: LicenseOwner) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(
        result,
        "RestrictedModuleLicenses",
        value.restricted_module_licenses,
        encode_json_list_of_module_license_link,
    )
    put_json(
        result,
        "UnrestrictedModuleLicenses",
        value.unrestricted_module_licenses,
        encode_json_list_of_module_license_link,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


LICENSE_OWNER_CODEC = Codec(
    decode_xml_license_owner,
    encode_xml_license_owner,
    decode_json_license_owner,
    encode_json_license_owner,
)


def decode_xml_list_of_license_owner(element: Element) -> list[LicenseOwner | None]:
    """``ArrayOfLicenseOwner``: a list of ``LicenseOwner`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_license_owner(child))
        for child in element
        if child.tag == _LICENSE_OWNER
    ]


def encode_xml_list_of_license_owner(
    parent: Element | None, tag: str, value: list[LicenseOwner | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _LICENSE_OWNER, item, encode_xml_license_owner)
    return element


def decode_json_list_of_license_owner(data: Any, path: str) -> list[LicenseOwner | None]:
    return json_items_nillable(data, path, decode_json_license_owner)


def encode_json_list_of_license_owner(value: list[LicenseOwner | None]) -> list[Any]:
    return [(None if item is None else encode_json_license_owner(item)) for item in value]


LIST_OF_LICENSE_OWNER_CODEC = Codec(
    decode_xml_list_of_license_owner,
    encode_xml_list_of_license_owner,
    decode_json_list_of_license_owner,
    encode_json_list_of_license_owner,
)
