"""Services88 types: ArrayOfPreferenceDescription, PreferenceDescription.

Used by the Preference agent.
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
    take,
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
from .pref_desc_access_flags import (
    PrefDescAccessFlags,
    decode_json_pref_desc_access_flags,
    decode_xml_pref_desc_access_flags,
    encode_json_pref_desc_access_flags,
    encode_xml_pref_desc_access_flags,
)
from .pref_desc_value_type import (
    PrefDescValueType,
    decode_json_pref_desc_value_type,
    decode_xml_pref_desc_value_type,
    encode_json_pref_desc_value_type,
    encode_xml_pref_desc_value_type,
)
from .preference_level import (
    PreferenceLevel,
    decode_json_preference_level,
    decode_xml_preference_level,
    encode_json_preference_level,
    encode_xml_preference_level,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ACCESS_FLAGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AccessFlags"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_BUILTIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsBuiltin"
_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_MAX_LEVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MaxLevel"
_MAX_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MaxValue"
_MIN_LEVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MinLevel"
_MIN_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MinValue"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PREFERENCE_DESCRIPTION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreferenceDescription"
)
_PREF_DESC_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PrefDescId"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_REQUIRED_LICENSE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RequiredLicense"
_SECTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Section"
_SUB_GROUP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SubGroup"
_SYS_MAX_LEVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SysMaxLevel"
_TABLE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableName"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_USER_DEFINED_LIST_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserDefinedListId"
_VALUE_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ValueType"


@dataclasses.dataclass(kw_only=True, repr=False)
class PreferenceDescription(Carrier):
    """Preference description, drives the Preference GUI. Maintenance client - controls all
    preferences in SuperOffice.

    Carrier object for PreferenceDescription. Services for the PreferenceDescription Carrier is
    available from the Preference Agent.
    """

    pref_desc_id: int | Unset = UNSET
    """Primary key"""
    section: str | None | Unset = UNSET
    """Preference section name"""
    key: str | None | Unset = UNSET
    """Preference key name"""
    name: str | None | Unset = UNSET
    """Multi-language name"""
    value_type: PrefDescValueType | str | Unset = UNSET
    """1=number, 2=text, 3=bool, 4=list of values; 5=list table ref; 6=contact ID, 7=Person ID,
    8=Project ID, 9=Selection ID
    """
    max_level: PreferenceLevel | str | Unset = UNSET
    """Lowest allowed setting level, set by user, but not lower than sysMaxLevel"""
    sys_max_level: PreferenceLevel | str | Unset = UNSET
    """Lowest allowed setting level, set by SuperOffice"""
    access_flags: PrefDescAccessFlags | str | Unset = UNSET
    """1=wizard mode, 2=level 0, 4=admin gui, 8=crm gui"""
    description: str | None | Unset = UNSET
    """Description of preference, multi-language parsed"""
    is_builtin: bool | Unset = UNSET
    """1 = This row populated and maintained by SuperOffice"""
    table_name: str | None | Unset = UNSET
    """If valueType = 5, then TableName contains the table referenced by the preference"""
    user_defined_list_id: int | Unset = UNSET
    """Read-only field, If valueType = 5, and TableName is UDList, then UserdefinedLIstId contains
    the id of the list referenced by the preference
    """
    rank: int | Unset = UNSET
    """Rank field for ordering sections, and keys within sections"""
    sub_group: str | None | Unset = UNSET
    """Keys that share a value (including NULL) in this field are shown together; a visual spacer
    is shown between groups
    """
    min_level: int | Unset = UNSET
    """The minimum (furthest away from User) level this preference can be set for"""
    max_value: int | Unset = UNSET
    """Max value (if type 1); list table ID (if type 5)"""
    min_value: int | Unset = UNSET
    """Min value (if type 1); list extra id (if type 5)"""
    required_license: str | None | Unset = UNSET
    """Licenses the user/installation must have if this reference is to be shown. Comma-separated
    list of owner.module pairs
    """

    def to_xml(self) -> Element:
        return encode_xml_preference_description(None, _PREFERENCE_DESCRIPTION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PreferenceDescription:
        return record_from_xml(decode_xml_preference_description, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_preference_description(self)

    @classmethod
    def from_json(cls, data: Any) -> PreferenceDescription:
        return record_from_json(decode_json_preference_description, data)


_PREFERENCE_DESCRIPTION_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "PrefDescId",
        "Section",
        "Key",
        "Name",
        "ValueType",
        "MaxLevel",
        "SysMaxLevel",
        "AccessFlags",
        "Description",
        "IsBuiltin",
        "TableName",
        "UserDefinedListId",
        "Rank",
        "SubGroup",
        "MinLevel",
        "MaxValue",
        "MinValue",
        "RequiredLicense",
    )
)


def decode_xml_preference_description(element: Element) -> PreferenceDescription:
    value = PreferenceDescription()
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
        elif tag == _PREF_DESC_ID:
            value.pref_desc_id = read_int(child)
        elif tag == _SECTION:
            value.section = child.text or empty_or_nil(child)
        elif tag == _KEY:
            value.key = child.text or empty_or_nil(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _VALUE_TYPE:
            value.value_type = decode_xml_pref_desc_value_type(child)
        elif tag == _MAX_LEVEL:
            value.max_level = decode_xml_preference_level(child)
        elif tag == _SYS_MAX_LEVEL:
            value.sys_max_level = decode_xml_preference_level(child)
        elif tag == _ACCESS_FLAGS:
            value.access_flags = decode_xml_pref_desc_access_flags(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _IS_BUILTIN:
            value.is_builtin = read_bool(child)
        elif tag == _TABLE_NAME:
            value.table_name = child.text or empty_or_nil(child)
        elif tag == _USER_DEFINED_LIST_ID:
            value.user_defined_list_id = read_int(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _SUB_GROUP:
            value.sub_group = child.text or empty_or_nil(child)
        elif tag == _MIN_LEVEL:
            value.min_level = read_int(child)
        elif tag == _MAX_VALUE:
            value.max_value = read_int(child)
        elif tag == _MIN_VALUE:
            value.min_value = read_int(child)
        elif tag == _REQUIRED_LICENSE:
            value.required_license = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_preference_description(
    parent: Element | None, tag: str, value: PreferenceDescription
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PREF_DESC_ID, value.pref_desc_id, write_int)
    put(element, _SECTION, value.section, write_str)
    put(element, _KEY, value.key, write_str)
    put(element, _NAME, value.name, write_str)
    put(element, _VALUE_TYPE, value.value_type, encode_xml_pref_desc_value_type)
    put(element, _MAX_LEVEL, value.max_level, encode_xml_preference_level)
    put(element, _SYS_MAX_LEVEL, value.sys_max_level, encode_xml_preference_level)
    put(element, _ACCESS_FLAGS, value.access_flags, encode_xml_pref_desc_access_flags)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _IS_BUILTIN, value.is_builtin, write_bool)
    put(element, _TABLE_NAME, value.table_name, write_str)
    put(element, _USER_DEFINED_LIST_ID, value.user_defined_list_id, write_int)
    put(element, _RANK, value.rank, write_int)
    put(element, _SUB_GROUP, value.sub_group, write_str)
    put(element, _MIN_LEVEL, value.min_level, write_int)
    put(element, _MAX_VALUE, value.max_value, write_int)
    put(element, _MIN_VALUE, value.min_value, write_int)
    put(element, _REQUIRED_LICENSE, value.required_license, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_preference_description(data: Any, path: str) -> PreferenceDescription:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PreferenceDescription)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.pref_desc_id = take_int(data, "PrefDescId", path)
    value.section = take_str_nillable(data, "Section", path)
    value.key = take_str_nillable(data, "Key", path)
    value.name = take_str_nillable(data, "Name", path)
    value.value_type = take(data, "ValueType", path, decode_json_pref_desc_value_type)
    value.max_level = take(data, "MaxLevel", path, decode_json_preference_level)
    value.sys_max_level = take(data, "SysMaxLevel", path, decode_json_preference_level)
    value.access_flags = take(data, "AccessFlags", path, decode_json_pref_desc_access_flags)
    value.description = take_str_nillable(data, "Description", path)
    value.is_builtin = take_bool(data, "IsBuiltin", path)
    value.table_name = take_str_nillable(data, "TableName", path)
    value.user_defined_list_id = take_int(data, "UserDefinedListId", path)
    value.rank = take_int(data, "Rank", path)
    value.sub_group = take_str_nillable(data, "SubGroup", path)
    value.min_level = take_int(data, "MinLevel", path)
    value.max_value = take_int(data, "MaxValue", path)
    value.min_value = take_int(data, "MinValue", path)
    value.required_license = take_str_nillable(data, "RequiredLicense", path)
    value.extra = (
        None
        if _PREFERENCE_DESCRIPTION_KEYS.issuperset(data)
        else json_extra(data, _PREFERENCE_DESCRIPTION_KEYS)
    )
    return value


def encode_json_preference_description(value: PreferenceDescription) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "PrefDescId", value.pref_desc_id, json_write_int)
    put_json(result, "Section", value.section, json_write_str)
    put_json(result, "Key", value.key, json_write_str)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "ValueType", value.value_type, encode_json_pref_desc_value_type)
    put_json(result, "MaxLevel", value.max_level, encode_json_preference_level)
    put_json(result, "SysMaxLevel", value.sys_max_level, encode_json_preference_level)
    put_json(result, "AccessFlags", value.access_flags, encode_json_pref_desc_access_flags)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "IsBuiltin", value.is_builtin, json_write_bool)
    put_json(result, "TableName", value.table_name, json_write_str)
    put_json(result, "UserDefinedListId", value.user_defined_list_id, json_write_int)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "SubGroup", value.sub_group, json_write_str)
    put_json(result, "MinLevel", value.min_level, json_write_int)
    put_json(result, "MaxValue", value.max_value, json_write_int)
    put_json(result, "MinValue", value.min_value, json_write_int)
    put_json(result, "RequiredLicense", value.required_license, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PREFERENCE_DESCRIPTION_CODEC = Codec(
    decode_xml_preference_description,
    encode_xml_preference_description,
    decode_json_preference_description,
    encode_json_preference_description,
)


def decode_xml_list_of_preference_description(
    element: Element,
) -> list[PreferenceDescription | None]:
    """``ArrayOfPreferenceDescription``: a list of ``PreferenceDescription`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_preference_description(child))
        for child in element
        if child.tag == _PREFERENCE_DESCRIPTION
    ]


def encode_xml_list_of_preference_description(
    parent: Element | None, tag: str, value: list[PreferenceDescription | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PREFERENCE_DESCRIPTION, item, encode_xml_preference_description)
    return element


def decode_json_list_of_preference_description(
    data: Any, path: str
) -> list[PreferenceDescription | None]:
    return json_items_nillable(data, path, decode_json_preference_description)


def encode_json_list_of_preference_description(
    value: list[PreferenceDescription | None],
) -> list[Any]:
    return [(None if item is None else encode_json_preference_description(item)) for item in value]


LIST_OF_PREFERENCE_DESCRIPTION_CODEC = Codec(
    decode_xml_list_of_preference_description,
    encode_xml_list_of_preference_description,
    decode_json_list_of_preference_description,
    encode_json_list_of_preference_description,
)
