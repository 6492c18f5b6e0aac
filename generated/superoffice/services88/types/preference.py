"""Services88 types: ArrayOfPreference, Preference.

Used by the CustomerService, Pocket, Preference agents.
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
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
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
from .preference_spec import (
    PreferenceSpec,
    decode_json_preference_spec,
    decode_xml_preference_spec,
    encode_json_preference_spec,
    encode_xml_preference_spec,
)
from .tab_order import (
    TabOrder,
    decode_json_tab_order,
    decode_xml_tab_order,
    encode_json_tab_order,
    encode_xml_tab_order,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_DISPLAY_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayTooltip"
_DISPLAY_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayType"
_DISPLAY_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayValue"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_LEVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Level"
_PREFERENCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Preference"
_PREF_DESC_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PrefDescId"
_RAW_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RawValue"
_SPECIFICATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Specification"
_TABLE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableName"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TAB_ORDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TabOrder"
_TARGET_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetId"
_USER_PREFERENCE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserPreferenceId"


@dataclasses.dataclass(kw_only=True, repr=False)
class Preference(Carrier):
    """One preference item, which contains a specification (section/key), the raw string value, and
    the level at which this value was found.

    Carrier object for Preference. Services for the Preference Carrier is available from the
    Preference Agent.
    """

    level: PreferenceLevel | str | Unset = UNSET
    """Preference level, using the standard enumerated type. Undefined is returned for preferences
    that do not have a current setting.
    """
    raw_value: str | None | Unset = UNSET
    """Preference value"""
    specification: PreferenceSpec | None | Unset = UNSET
    """Preference specification, consisting of the section name and key name"""
    display_value: str | None | Unset = UNSET
    """Display value, populated when asked for. Suitable for binding display-datasource in lists,
    etc. Formatted using CultureDataFormatter.
    """
    display_tooltip: str | None | Unset = UNSET
    """Display tooltip, populated when asked for. Suitable for binding display-datasource in lists,
    etc. Formatted using CultureDataFormatter.
    """
    display_type: PrefDescValueType | str | Unset = UNSET
    """Display type, populated when asked for."""
    tab_order: TabOrder | None | Unset = UNSET
    target_id: int | Unset = UNSET
    """The id of the target row. The table it points at is specified by the preference type."""
    pref_desc_id: int | Unset = UNSET
    """The id of the prefdesc this preference is connected to"""
    table_name: str | None | Unset = UNSET
    """For DisplayType=PrefDescValueType.ListTableRef, TableName will contain the name of the table
    which the value reference to.
    """
    user_preference_id: int | Unset = UNSET
    """The id of the user preference"""

    def to_xml(self) -> Element:
        return encode_xml_preference(None, _PREFERENCE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Preference:
        return record_from_xml(decode_xml_preference, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_preference(self)

    @classmethod
    def from_json(cls, data: Any) -> Preference:
        return record_from_json(decode_json_preference, data)


_PREFERENCE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Level",
        "RawValue",
        "Specification",
        "DisplayValue",
        "DisplayTooltip",
        "DisplayType",
        "TabOrder",
        "TargetId",
        "PrefDescId",
        "TableName",
        "UserPreferenceId",
    )
)


def decode_xml_preference(element: Element) -> Preference:
    value = Preference()
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
        elif tag == _LEVEL:
            value.level = decode_xml_preference_level(child)
        elif tag == _RAW_VALUE:
            value.raw_value = child.text or empty_or_nil(child)
        elif tag == _SPECIFICATION:
            value.specification = (
                None if child.get(XSI_NIL) in NIL else decode_xml_preference_spec(child)
            )
        elif tag == _DISPLAY_VALUE:
            value.display_value = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_TOOLTIP:
            value.display_tooltip = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_TYPE:
            value.display_type = decode_xml_pref_desc_value_type(child)
        elif tag == _TAB_ORDER:
            value.tab_order = None if child.get(XSI_NIL) in NIL else decode_xml_tab_order(child)
        elif tag == _TARGET_ID:
            value.target_id = read_int(child)
        elif tag == _PREF_DESC_ID:
            value.pref_desc_id = read_int(child)
        elif tag == _TABLE_NAME:
            value.table_name = child.text or empty_or_nil(child)
        elif tag == _USER_PREFERENCE_ID:
            value.user_preference_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_preference(parent: Element | None, tag: str, value: Preference) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _LEVEL, value.level, encode_xml_preference_level)
    put(element, _RAW_VALUE, value.raw_value, write_str)
    put(element, _SPECIFICATION, value.specification, encode_xml_preference_spec)
    put(element, _DISPLAY_VALUE, value.display_value, write_str)
    put(element, _DISPLAY_TOOLTIP, value.display_tooltip, write_str)
    put(element, _DISPLAY_TYPE, value.display_type, encode_xml_pref_desc_value_type)
    put(element, _TAB_ORDER, value.tab_order, encode_xml_tab_order)
    put(element, _TARGET_ID, value.target_id, write_int)
    put(element, _PREF_DESC_ID, value.pref_desc_id, write_int)
    put(element, _TABLE_NAME, value.table_name, write_str)
    put(element, _USER_PREFERENCE_ID, value.user_preference_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_preference(data: Any, path: str) -> Preference:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Preference)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.level = take(data, "Level", path, decode_json_preference_level)
    value.raw_value = take_str_nillable(data, "RawValue", path)
    value.specification = take_nillable(data, "Specification", path, decode_json_preference_spec)
    value.display_value = take_str_nillable(data, "DisplayValue", path)
    value.display_tooltip = take_str_nillable(data, "DisplayTooltip", path)
    value.display_type = take(data, "DisplayType", path, decode_json_pref_desc_value_type)
    value.tab_order = take_nillable(data, "TabOrder", path, decode_json_tab_order)
    value.target_id = take_int(data, "TargetId", path)
    value.pref_desc_id = take_int(data, "PrefDescId", path)
    value.table_name = take_str_nillable(data, "TableName", path)
    value.user_preference_id = take_int(data, "UserPreferenceId", path)
    value.extra = None if _PREFERENCE_KEYS.issuperset(data) else json_extra(data, _PREFERENCE_KEYS)
    return value


def encode_json_preference(value: Preference) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Level", value.level, encode_json_preference_level)
    put_json(result, "RawValue", value.raw_value, json_write_str)
    put_json(result, "Specification", value.specification, encode_json_preference_spec)
    put_json(result, "DisplayValue", value.display_value, json_write_str)
    put_json(result, "DisplayTooltip", value.display_tooltip, json_write_str)
    put_json(result, "DisplayType", value.display_type, encode_json_pref_desc_value_type)
    put_json(result, "TabOrder", value.tab_order, encode_json_tab_order)
    put_json(result, "TargetId", value.target_id, json_write_int)
    put_json(result, "PrefDescId", value.pref_desc_id, json_write_int)
    put_json(result, "TableName", value.table_name, json_write_str)
    put_json(result, "UserPreferenceId", value.user_preference_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PREFERENCE_CODEC = Codec(
    decode_xml_preference, encode_xml_preference, decode_json_preference, encode_json_preference
)


def decode_xml_list_of_preference(element: Element) -> list[Preference | None]:
    """``ArrayOfPreference``: a list of ``Preference`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_preference(child))
        for child in element
        if child.tag == _PREFERENCE
    ]


def encode_xml_list_of_preference(
    parent: Element | None, tag: str, value: list[Preference | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PREFERENCE, item, encode_xml_preference)
    return element


def decode_json_list_of_preference(data: Any, path: str) -> list[Preference | None]:
    return json_items_nillable(data, path, decode_json_preference)


def encode_json_list_of_preference(value: list[Preference | None]) -> list[Any]:
    return [(None if item is None else encode_json_preference(item)) for item in value]


LIST_OF_PREFERENCE_CODEC = Codec(
    decode_xml_list_of_preference,
    encode_xml_list_of_preference,
    decode_json_list_of_preference,
    encode_json_list_of_preference,
)
