"""Services88 types: PhoneListPreferences.

Used by the PhoneList agent.
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
    json_extra,
    json_object,
    json_write_bool,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_nillable,
    write_bool,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .string_search_type import (
    StringSearchType,
    decode_json_string_search_type,
    decode_xml_string_search_type,
    encode_json_string_search_type,
    encode_xml_string_search_type,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PHONE_LIST_PREFERENCES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PhoneListPreferences"
)
_SEARCH_COMPANY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SearchCompany"
_SEARCH_DEPARTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SearchDepartment"
_SEARCH_FIRSTNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SearchFirstname"
_SEARCH_LASTNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SearchLastname"
_SEARCH_MODE_COMPANY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SearchModeCompany"
_SEARCH_MODE_DEPARTMENT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SearchModeDepartment"
)
_SEARCH_MODE_FIRSTNAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SearchModeFirstname"
)
_SEARCH_MODE_LASTNAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SearchModeLastname"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class PhoneListPreferences(Carrier):
    """Search preferences for a phone list search

    Carrier object for PhoneListPreferences. Services for the PhoneListPreferences Carrier is
    available from the PhoneList Agent.
    """

    search_company: bool | Unset = UNSET
    """True if you want to search for Companies by their name."""
    search_firstname: bool | Unset = UNSET
    """True if you want to search for Persons by their firstname."""
    search_lastname: bool | Unset = UNSET
    """True if you want to search for Persons by their lastname."""
    search_department: bool | Unset = UNSET
    """True if you want to search for Departments where your colleagues work."""
    search_mode_company: StringSearchType | str | Unset = UNSET
    """The Company name search type, e.g. BeginsWith, Contains, Endswith, Matches"""
    search_mode_department: StringSearchType | str | Unset = UNSET
    """The Department search type, e.g. BeginsWith, Contains, Endswith, Matches"""
    search_mode_firstname: StringSearchType | str | Unset = UNSET
    """The firstname search type, e.g. BeginsWith, Contains, Endswith, Matches"""
    search_mode_lastname: StringSearchType | str | Unset = UNSET
    """The lastname search type, e.g. BeginsWith, Contains, Endswith, Matches"""

    def to_xml(self) -> Element:
        return encode_xml_phone_list_preferences(None, _PHONE_LIST_PREFERENCES, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PhoneListPreferences:
        return record_from_xml(decode_xml_phone_list_preferences, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_phone_list_preferences(self)

    @classmethod
    def from_json(cls, data: Any) -> PhoneListPreferences:
        return record_from_json(decode_json_phone_list_preferences, data)


_PHONE_LIST_PREFERENCES_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "SearchCompany",
        "SearchFirstname",
        "SearchLastname",
        "SearchDepartment",
        "SearchModeCompany",
        "SearchModeDepartment",
        "SearchModeFirstname",
        "SearchModeLastname",
    )
)


def decode_xml_phone_list_preferences(element: Element) -> PhoneListPreferences:
    value = PhoneListPreferences()
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
        elif tag == _SEARCH_COMPANY:
            value.search_company = read_bool(child)
        elif tag == _SEARCH_FIRSTNAME:
            value.search_firstname = read_bool(child)
        elif tag == _SEARCH_LASTNAME:
            value.search_lastname = read_bool(child)
        elif tag == _SEARCH_DEPARTMENT:
            value.search_department = read_bool(child)
        elif tag == _SEARCH_MODE_COMPANY:
            value.search_mode_company = decode_xml_string_search_type(child)
        elif tag == _SEARCH_MODE_DEPARTMENT:
            value.search_mode_department = decode_xml_string_search_type(child)
        elif tag == _SEARCH_MODE_FIRSTNAME:
            value.search_mode_firstname = decode_xml_string_search_type(child)
        elif tag == _SEARCH_MODE_LASTNAME:
            value.search_mode_lastname = decode_xml_string_search_type(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_phone_list_preferences(
    parent: Element | None, tag: str, value: PhoneListPreferences
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SEARCH_COMPANY, value.search_company, write_bool)
    put(element, _SEARCH_FIRSTNAME, value.search_firstname, write_bool)
    put(element, _SEARCH_LASTNAME, value.search_lastname, write_bool)
    put(element, _SEARCH_DEPARTMENT, value.search_department, write_bool)
    put(element, _SEARCH_MODE_COMPANY, value.search_mode_company, encode_xml_string_search_type)
    put(
        element,
        _SEARCH_MODE_DEPARTMENT,
        value.search_mode_department,
        encode_xml_string_search_type,
    )
    put(
        element, _SEARCH_MODE_FIRSTNAME, value.search_mode_firstname, encode_xml_string_search_type
    )
    put(element, _SEARCH_MODE_LASTNAME, value.search_mode_lastname, encode_xml_string_search_type)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_phone_list_preferences(data: Any, path: str) -> PhoneListPreferences:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PhoneListPreferences)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.search_company = take_bool(data, "SearchCompany", path)
    value.search_firstname = take_bool(data, "SearchFirstname", path)
    value.search_lastname = take_bool(data, "SearchLastname", path)
    value.search_department = take_bool(data, "SearchDepartment", path)
    value.search_mode_company = take(
        data, "SearchModeCompany", path, decode_json_string_search_type
    )
    value.search_mode_department = take(
        data, "SearchModeDepartment", path, decode_json_string_search_type
    )
    value.search_mode_firstname = take(
        data, "SearchModeFirstname", path, decode_json_string_search_type
    )
    value.search_mode_lastname = take(
        data, "SearchModeLastname", path, decode_json_string_search_type
    )
    value.extra = (
        None
        if _PHONE_LIST_PREFERENCES_KEYS.issuperset(data)
        else json_extra(data, _PHONE_LIST_PREFERENCES_KEYS)
    )
    return value


def encode_json_phone_list_preferences(value: PhoneListPreferences) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "SearchCompany", value.search_company, json_write_bool)
    put_json(result, "SearchFirstname", value.search_firstname, json_write_bool)
    put_json(result, "SearchLastname", value.search_lastname, json_write_bool)
    put_json(result, "SearchDepartment", value.search_department, json_write_bool)
    put_json(
        result, "SearchModeCompany", value.search_mode_company, encode_json_string_search_type
    )
    put_json(
        result,
        "SearchModeDepartment",
        value.search_mode_department,
        encode_json_string_search_type,
    )
    put_json(
        result, "SearchModeFirstname", value.search_mode_firstname, encode_json_string_search_type
    )
    put_json(
        result, "SearchModeLastname", value.search_mode_lastname, encode_json_string_search_type
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PHONE_LIST_PREFERENCES_CODEC = Codec(
    decode_xml_phone_list_preferences,
    encode_xml_phone_list_preferences,
    decode_json_phone_list_preferences,
    encode_json_phone_list_preferences,
)
