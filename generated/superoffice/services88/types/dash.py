"""Services88 types: ArrayOfDash, Dash.

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
    json_items_nillable,
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
from .dash_theme import (
    DashTheme,
    decode_json_dash_theme,
    decode_xml_dash_theme,
    encode_json_dash_theme,
    encode_xml_dash_theme,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_int import (
    decode_json_list_of_int,
    decode_xml_list_of_int,
    encode_json_list_of_int,
    encode_xml_list_of_int,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_COLUMNS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Columns"
_DASH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Dash"
_DASHBOARD_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DashboardId"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PIN_FOR_ALL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PinForAll"
_PIN_FOR_ASSOCIATES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PinForAssociates"
_PIN_FOR_GROUPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PinForGroups"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_THEME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Theme"
_UNIQUE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UniqueId"
_VISIBLE_FOR_ALL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleForAll"
_VISIBLE_FOR_ASSOCIATES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleForAssociates"
)
_VISIBLE_FOR_GROUPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleForGroups"


@dataclasses.dataclass(kw_only=True, repr=False)
class Dash(Carrier):
    """Dashboard configuration

    Carrier object for Dash. Services for the Dash Carrier is available from the Dash Agent.
    """

    dashboard_id: int | Unset = UNSET
    """Primary key"""
    unique_id: str | None | Unset = UNSET
    """GUID identifying a default dashboard from SuperOffice"""
    name: str | None | Unset = UNSET
    """The name of this dashboard"""
    description: str | None | Unset = UNSET
    """Detailed description"""
    associate_id: int | Unset = UNSET
    """Associate who owns this dashboard"""
    columns: int | Unset = UNSET
    """How many columns there will be in the dashboard."""
    theme: DashTheme | None | Unset = UNSET
    """The theme for this dashboard"""
    visible_for_all: int | Unset = UNSET
    """True if visible for all"""
    visible_for_associates: list[int] | None | Unset = UNSET
    """Array of references to the visible for associates"""
    visible_for_groups: list[int] | None | Unset = UNSET
    """Array of references to the visible for groups"""
    pin_for_all: int | Unset = UNSET
    """True if pinned for all"""
    pin_for_associates: list[int] | None | Unset = UNSET
    """Array of references to the pinned associates"""
    pin_for_groups: list[int] | None | Unset = UNSET
    """Array of references to the pinned groups"""

    def to_xml(self) -> Element:
        return encode_xml_dash(None, _DASH, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Dash:
        return record_from_xml(decode_xml_dash, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_dash(self)

    @classmethod
    def from_json(cls, data: Any) -> Dash:
        return record_from_json(decode_json_dash, data)


_DASH_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "DashboardId",
        "UniqueId",
        "Name",
        "Description",
        "AssociateId",
        "Columns",
        "Theme",
        "VisibleForAll",
        "VisibleForAssociates",
        "VisibleForGroups",
        "PinForAll",
        "PinForAssociates",
        "PinForGroups",
    )
)


def decode_xml_dash(element: Element) -> Dash:
    value = Dash()
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
        elif tag == _DASHBOARD_ID:
            value.dashboard_id = read_int(child)
        elif tag == _UNIQUE_ID:
            value.unique_id = child.text or empty_or_nil(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _COLUMNS:
            value.columns = read_int(child)
        elif tag == _THEME:
            value.theme = None if child.get(XSI_NIL) in NIL else decode_xml_dash_theme(child)
        elif tag == _VISIBLE_FOR_ALL:
            value.visible_for_all = read_short(child)
        elif tag == _VISIBLE_FOR_ASSOCIATES:
            value.visible_for_associates = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        elif tag == _VISIBLE_FOR_GROUPS:
            value.visible_for_groups = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        elif tag == _PIN_FOR_ALL:
            value.pin_for_all = read_short(child)
        elif tag == _PIN_FOR_ASSOCIATES:
            value.pin_for_associates = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        elif tag == _PIN_FOR_GROUPS:
            value.pin_for_groups = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_dash(parent: Element | None, tag: str, value: Dash) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DASHBOARD_ID, value.dashboard_id, write_int)
    put(element, _UNIQUE_ID, value.unique_id, write_str)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _COLUMNS, value.columns, write_int)
    put(element, _THEME, value.theme, encode_xml_dash_theme)
    put(element, _VISIBLE_FOR_ALL, value.visible_for_all, write_short)
    put(element, _VISIBLE_FOR_ASSOCIATES, value.visible_for_associates, encode_xml_list_of_int)
    put(element, _VISIBLE_FOR_GROUPS, value.visible_for_groups, encode_xml_list_of_int)
    put(element, _PIN_FOR_ALL, value.pin_for_all, write_short)
    put(element, _PIN_FOR_ASSOCIATES, value.pin_for_associates, encode_xml_list_of_int)
    put(element, _PIN_FOR_GROUPS, value.pin_for_groups, encode_xml_list_of_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_dash(data: Any, path: str) -> Dash:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Dash)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.dashboard_id = take_int(data, "DashboardId", path)
    value.unique_id = take_str_nillable(data, "UniqueId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.columns = take_int(data, "Columns", path)
    value.theme = take_nillable(data, "Theme", path, decode_json_dash_theme)
    value.visible_for_all = take(data, "VisibleForAll", path, json_short)
    value.visible_for_associates = take_nillable(
        data, "VisibleForAssociates", path, decode_json_list_of_int
    )
    value.visible_for_groups = take_nillable(
        data, "VisibleForGroups", path, decode_json_list_of_int
    )
    value.pin_for_all = take(data, "PinForAll", path, json_short)
    value.pin_for_associates = take_nillable(
        data, "PinForAssociates", path, decode_json_list_of_int
    )
    value.pin_for_groups = take_nillable(data, "PinForGroups", path, decode_json_list_of_int)
    value.extra = None if _DASH_KEYS.issuperset(data) else json_extra(data, _DASH_KEYS)
    return value


def encode_json_dash(value: Dash) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "DashboardId", value.dashboard_id, json_write_int)
    put_json(result, "UniqueId", value.unique_id, json_write_str)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "Columns", value.columns, json_write_int)
    put_json(result, "Theme", value.theme, encode_json_dash_theme)
    put_json(result, "VisibleForAll", value.visible_for_all, json_write_short)
    put_json(result, "VisibleForAssociates", value.visible_for_associates, encode_json_list_of_int)
    put_json(result, "VisibleForGroups", value.visible_for_groups, encode_json_list_of_int)
    put_json(result, "PinForAll", value.pin_for_all, json_write_short)
    put_json(result, "PinForAssociates", value.pin_for_associates, encode_json_list_of_int)
    put_json(result, "PinForGroups", value.pin_for_groups, encode_json_list_of_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DASH_CODEC = Codec(decode_xml_dash, encode_xml_dash, decode_json_dash, encode_json_dash)


def decode_xml_list_of_dash(element: Element) -> list[Dash | None]:
    """``ArrayOfDash``: a list of ``Dash`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_dash(child))
        for child in element
        if child.tag == _DASH
    ]


def encode_xml_list_of_dash(parent: Element | None, tag: str, value: list[Dash | None]) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DASH, item, encode_xml_dash)
    return element


def decode_json_list_of_dash(data: Any, path: str) -> list[Dash | None]:
    return json_items_nillable(data, path, decode_json_dash)


def encode_json_list_of_dash(value: list[Dash | None]) -> list[Any]:
    return [(None if item is None else encode_json_dash(item)) for item in value]


LIST_OF_DASH_CODEC = Codec(
    decode_xml_list_of_dash,
    encode_xml_list_of_dash,
    decode_json_list_of_dash,
    encode_json_list_of_dash,
)
