"""Services88 types: ArrayOfModuleLicenseLink, ModuleLicenseLink.

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
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
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
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ASSIGNED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Assigned"
_CAN_ASSIGN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CanAssign"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_EXTRA_FLAGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraFlags"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FREE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Free"
_IN_USE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InUse"
_IS_HIDDEN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsHidden"
_MODULE_LICENSE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ModuleLicenseId"
_MODULE_LICENSE_LINK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ModuleLicenseLink"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PREREQUISITE_MODULE_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PrerequisiteModuleName"
)
_SORT_ORDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SortOrder"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_TOTAL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Total"
_UNRESTRICTED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Unrestricted"


@dataclasses.dataclass(kw_only=True, repr=False)
class ModuleLicenseLink(Carrier):
    """License assignments carrier

    Carrier object for ModuleLicenseLink. Services for the ModuleLicenseLink Carrier is
    available from the License Agent.
    """

    unrestricted: bool | Unset = UNSET
    """Is this module license restricted or unrestricted"""
    total: int | Unset = UNSET
    """The total number of module licenses. In other words the number of free license added to the
    number of licenses in use equals the total number of licenses
    """
    tooltip: str | None | Unset = UNSET
    """The tooltip to be shown in some gui with details on the module license"""
    can_assign: bool | Unset = UNSET
    """Can a specific user assign this module license"""
    free: int | Unset = UNSET
    """The number of licenses that are free to be assigned"""
    in_use: int | Unset = UNSET
    """The total number of licenses (of a given license module) that are occupied"""
    is_hidden: bool | Unset = UNSET
    """Is hidden from UI"""
    assigned: bool | Unset = UNSET
    """Is the module license assigned to a given user?"""
    module_license_id: int | Unset = UNSET
    """The identifier of the module license"""
    name: str | None | Unset = UNSET
    """The name of the module license"""
    description: str | None | Unset = UNSET
    """The description of the module license"""
    prerequisite_module_name: str | None | Unset = UNSET
    """Name of module that must be active for this license to be used."""
    sort_order: int | Unset = UNSET
    """Sort order of licenses."""
    extra_flags: int | Unset = UNSET
    """License flags. 1 = user plan"""

    def to_xml(self) -> Element:
        return encode_xml_module_license_link(None, _MODULE_LICENSE_LINK, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ModuleLicenseLink:
        return record_from_xml(decode_xml_module_license_link, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_module_license_link(self)

    @classmethod
    def from_json(cls, data: Any) -> ModuleLicenseLink:
        return record_from_json(decode_json_module_license_link, data)


_MODULE_LICENSE_LINK_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Unrestricted",
        "Total",
        "Tooltip",
        "CanAssign",
        "Free",
        "InUse",
        "IsHidden",
        "Assigned",
        "ModuleLicenseId",
        "Name",
        "Description",
        "PrerequisiteModuleName",
        "SortOrder",
        "ExtraFlags",
    )
)


def decode_xml_module_license_link(element: Element) -> ModuleLicenseLink:
    value = ModuleLicenseLink()
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
        elif tag == _UNRESTRICTED:
            value.unrestricted = read_bool(child)
        elif tag == _TOTAL:
            value.total = read_int(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _CAN_ASSIGN:
            value.can_assign = read_bool(child)
        elif tag == _FREE:
            value.free = read_int(child)
        elif tag == _IN_USE:
            value.in_use = read_int(child)
        elif tag == _IS_HIDDEN:
            value.is_hidden = read_bool(child)
        elif tag == _ASSIGNED:
            value.assigned = read_bool(child)
        elif tag == _MODULE_LICENSE_ID:
            value.module_license_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _PREREQUISITE_MODULE_NAME:
            value.prerequisite_module_name = child.text or empty_or_nil(child)
        elif tag == _SORT_ORDER:
            value.sort_order = read_int(child)
        elif tag == _EXTRA_FLAGS:
            value.extra_flags = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_module_license_link(
    parent: Element | None, tag: str, value: ModuleLicenseLink
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _UNRESTRICTED, value.unrestricted, write_bool)
    put(element, _TOTAL, value.total, write_int)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _CAN_ASSIGN, value.can_assign, write_bool)
    put(element, _FREE, value.free, write_int)
    put(element, _IN_USE, value.in_use, write_int)
    put(element, _IS_HIDDEN, value.is_hidden, write_bool)
    put(element, _ASSIGNED, value.assigned, write_bool)
    put(element, _MODULE_LICENSE_ID, value.module_license_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _PREREQUISITE_MODULE_NAME, value.prerequisite_module_name, write_str)
    put(element, _SORT_ORDER, value.sort_order, write_int)
    put(element, _EXTRA_FLAGS, value.extra_flags, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_module_license_link(data: Any, path: str) -> ModuleLicenseLink:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ModuleLicenseLink)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.unrestricted = take_bool(data, "Unrestricted", path)
    value.total = take_int(data, "Total", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.can_assign = take_bool(data, "CanAssign", path)
    value.free = take_int(data, "Free", path)
    value.in_use = take_int(data, "InUse", path)
    value.is_hidden = take_bool(data, "IsHidden", path)
    value.assigned = take_bool(data, "Assigned", path)
    value.module_license_id = take_int(data, "ModuleLicenseId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.prerequisite_module_name = take_str_nillable(data, "PrerequisiteModuleName", path)
    value.sort_order = take_int(data, "SortOrder", path)
    value.extra_flags = take_int(data, "ExtraFlags", path)
    value.extra = (
        None
        if _MODULE_LICENSE_LINK_KEYS.issuperset(data)
        else json_extra(data, _MODULE_LICENSE_LINK_KEYS)
    )
    return value


def encode_json_module_license_link(value: ModuleLicenseLink) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Unrestricted", value.unrestricted, json_write_bool)
    put_json(result, "Total", value.total, json_write_int)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "CanAssign", value.can_assign, json_write_bool)
    put_json(result, "Free", value.free, json_write_int)
    put_json(result, "InUse", value.in_use, json_write_int)
    put_json(result, "IsHidden", value.is_hidden, json_write_bool)
    put_json(result, "Assigned", value.assigned, json_write_bool)
    put_json(result, "ModuleLicenseId", value.module_license_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "PrerequisiteModuleName", value.prerequisite_module_name, json_write_str)
    put_json(result, "SortOrder", value.sort_order, json_write_int)
    put_json(result, "ExtraFlags", value.extra_flags, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


MODULE_LICENSE_LINK_CODEC = Codec(
    decode_xml_module_license_link,
    encode_xml_module_license_link,
    decode_json_module_license_link,
    encode_json_module_license_link,
)


def decode_xml_list_of_module_license_link(element: Element) -> list[ModuleLicenseLink | None]:
    """``ArrayOfModuleLicenseLink``: a list of ``ModuleLicenseLink`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_module_license_link(child))
        for child in element
        if child.tag == _MODULE_LICENSE_LINK
    ]


def encode_xml_list_of_module_license_link(
    parent: Element | None, tag: str, value: list[ModuleLicenseLink | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _MODULE_LICENSE_LINK, item, encode_xml_module_license_link)
    return element


def decode_json_list_of_module_license_link(
    data: Any, path: str
) -> list[ModuleLicenseLink | None]:
    return json_items_nillable(data, path, decode_json_module_license_link)


def encode_json_list_of_module_license_link(value: list[ModuleLicenseLink | None]) -> list[Any]:
    return [(None if item is None else encode_json_module_license_link(item)) for item in value]


LIST_OF_MODULE_LICENSE_LINK_CODEC = Codec(
    decode_xml_list_of_module_license_link,
    encode_xml_list_of_module_license_link,
    decode_json_list_of_module_license_link,
    encode_json_list_of_module_license_link,
)
