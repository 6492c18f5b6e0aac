"""Services88 types: DashTheme.

Used by the Dash agent.
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
    json_object,
    json_short,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_int,
    write_short,
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

_CLIENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Client"
_CONFIG = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Config"
_DASHBOARD_THEME_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DashboardThemeId"
_DASH_THEME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DashTheme"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_STYLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Style"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class DashTheme(Carrier):
    """Dashboard theme configuration

    Carrier object for DashTheme. Services for the DashTheme Carrier is available from the Dash
    Agent.
    """

    dashboard_theme_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """The name of this theme"""
    config: str | None | Unset = UNSET
    """The JSON clob-formatted config"""
    rank: int | Unset = UNSET
    """Rank order"""
    client: str | None | Unset = UNSET
    """Name of client(s) this theme is available to"""
    style: str | None | Unset = UNSET
    """Style value - for example 'light' or 'dark'"""

    def to_xml(self) -> Element:
        return encode_xml_dash_theme(None, _DASH_THEME, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DashTheme:
        return record_from_xml(decode_xml_dash_theme, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_dash_theme(self)

    @classmethod
    def from_json(cls, data: Any) -> DashTheme:
        return record_from_json(decode_json_dash_theme, data)


_DASH_THEME_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "DashboardThemeId",
        "Name",
        "Config",
        "Rank",
        "Client",
        "Style",
    )
)


def decode_xml_dash_theme(element: Element) -> DashTheme:
    value = DashTheme()
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
        elif tag == _DASHBOARD_THEME_ID:
            value.dashboard_theme_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _CONFIG:
            value.config = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _CLIENT:
            value.client = child.text or empty_or_nil(child)
        elif tag == _STYLE:
            value.style = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_dash_theme(parent: Element | None, tag: str, value: DashTheme) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DASHBOARD_THEME_ID, value.dashboard_theme_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _CONFIG, value.config, write_str)
    put(element, _RANK, value.rank, write_short)
    put(element, _CLIENT, value.client, write_str)
    put(element, _STYLE, value.style, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_dash_theme(data: Any, path: str) -> DashTheme:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DashTheme)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.dashboard_theme_id = take_int(data, "DashboardThemeId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.config = take_str_nillable(data, "Config", path)
    value.rank = take(data, "Rank", path, json_short)
    value.client = take_str_nillable(data, "Client", path)
    value.style = take_str_nillable(data, "Style", path)
    value.extra = None if _DASH_THEME_KEYS.issuperset(data) else json_extra(data, _DASH_THEME_KEYS)
    return value


def encode_json_dash_theme(value: DashTheme) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "DashboardThemeId", value.dashboard_theme_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Config", value.config, json_write_str)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "Client", value.client, json_write_str)
    put_json(result, "Style", value.style, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DASH_THEME_CODEC = Codec(
    decode_xml_dash_theme, encode_xml_dash_theme, decode_json_dash_theme, encode_json_dash_theme
)
