"""Services88 types: PreviewDash.

Used by the Dash agent.
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
    Unset,
    blank,
    empty_or_nil,
    json_datetime,
    json_extra,
    json_object,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_datetime,
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
from .preview_dash_tile import (
    PreviewDashTile,
    decode_json_list_of_preview_dash_tile,
    decode_xml_list_of_preview_dash_tile,
    encode_json_list_of_preview_dash_tile,
    encode_xml_list_of_preview_dash_tile,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_DASHBOARD_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DashboardId"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_OWNED_BY_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnedByFullName"
_PREVIEW_DASH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreviewDash"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TILES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tiles"


@dataclasses.dataclass(kw_only=True, repr=False)
class PreviewDash(Carrier):
    """Dashboard preview

    Carrier object for PreviewDash. Services for the PreviewDash Carrier is available from the
    Dash Agent.
    """

    dashboard_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """The name of this dashboard"""
    description: str | None | Unset = UNSET
    """Detailed description"""
    owned_by_full_name: str | None | Unset = UNSET
    """Full name of dashboard owner"""
    registered: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    tiles: list[PreviewDashTile | None] | None | Unset = UNSET
    """Dashboard tiles"""

    def to_xml(self) -> Element:
        return encode_xml_preview_dash(None, _PREVIEW_DASH, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PreviewDash:
        return record_from_xml(decode_xml_preview_dash, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_preview_dash(self)

    @classmethod
    def from_json(cls, data: Any) -> PreviewDash:
        return record_from_json(decode_json_preview_dash, data)


_PREVIEW_DASH_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "DashboardId",
        "Name",
        "Description",
        "OwnedByFullName",
        "Registered",
        "Tiles",
    )
)


def decode_xml_preview_dash(element: Element) -> PreviewDash:
    value = PreviewDash()
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
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _OWNED_BY_FULL_NAME:
            value.owned_by_full_name = child.text or empty_or_nil(child)
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        elif tag == _TILES:
            value.tiles = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_preview_dash_tile(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_preview_dash(parent: Element | None, tag: str, value: PreviewDash) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DASHBOARD_ID, value.dashboard_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _OWNED_BY_FULL_NAME, value.owned_by_full_name, write_str)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _TILES, value.tiles, encode_xml_list_of_preview_dash_tile)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_preview_dash(data: Any, path: str) -> PreviewDash:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PreviewDash)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.dashboard_id = take_int(data, "DashboardId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.owned_by_full_name = take_str_nillable(data, "OwnedByFullName", path)
    value.registered = take(data, "Registered", path, json_datetime)
    value.tiles = take_nillable(data, "Tiles", path, decode_json_list_of_preview_dash_tile)
    value.extra = (
        None if _PREVIEW_DASH_KEYS.issuperset(data) else json_extra(data, _PREVIEW_DASH_KEYS)
    )
    return value


def encode_json_preview_dash(value: PreviewDash) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "DashboardId", value.dashboard_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "OwnedByFullName", value.owned_by_full_name, json_write_str)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "Tiles", value.tiles, encode_json_list_of_preview_dash_tile)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PREVIEW_DASH_CODEC = Codec(
    decode_xml_preview_dash,
    encode_xml_preview_dash,
    decode_json_preview_dash,
    encode_json_preview_dash,
)
