"""Services88 types: ArrayOfDashTile, DashTile.

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
    json_extra,
    json_items_nillable,
    json_object,
    json_short,
    json_write_int,
    json_write_short,
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
    write_int,
    write_short,
)
from .carrier import Carrier
from .dash_tile_definition import (
    DashTileDefinition,
    decode_json_dash_tile_definition,
    decode_xml_dash_tile_definition,
    encode_json_dash_tile_definition,
    encode_xml_dash_tile_definition,
)
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

_DASHBOARD_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DashboardId"
_DASHBOARD_TILE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DashboardTileId"
_DASH_TILE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DashTile"
_DASH_TILE_DEFINITION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DashTileDefinition"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HEIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Height"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_WIDTH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Width"


@dataclasses.dataclass(kw_only=True, repr=False)
class DashTile(Carrier):
    """Dashboard Tile configuration

    Carrier object for DashTile. Services for the DashTile Carrier is available from the Dash
    Agent.
    """

    dashboard_tile_id: int | Unset = UNSET
    """Primary key"""
    dashboard_id: int | Unset = UNSET
    """The associated dashboard"""
    height: int | Unset = UNSET
    """Height used by this tile in the dashboard"""
    width: int | Unset = UNSET
    """Width used by this tile in the dashboard"""
    rank: int | Unset = UNSET
    """Rank order"""
    dash_tile_definition: DashTileDefinition | None | Unset = UNSET
    """The tile definition entity"""

    def to_xml(self) -> Element:
        return encode_xml_dash_tile(None, _DASH_TILE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DashTile:
        return record_from_xml(decode_xml_dash_tile, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_dash_tile(self)

    @classmethod
    def from_json(cls, data: Any) -> DashTile:
        return record_from_json(decode_json_dash_tile, data)


_DASH_TILE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "DashboardTileId",
        "DashboardId",
        "Height",
        "Width",
        "Rank",
        "DashTileDefinition",
    )
)


def decode_xml_dash_tile(element: Element) -> DashTile:
    value = DashTile()
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
        elif tag == _DASHBOARD_TILE_ID:
            value.dashboard_tile_id = read_int(child)
        elif tag == _DASHBOARD_ID:
            value.dashboard_id = read_int(child)
        elif tag == _HEIGHT:
            value.height = read_int(child)
        elif tag == _WIDTH:
            value.width = read_int(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _DASH_TILE_DEFINITION:
            value.dash_tile_definition = (
                None if child.get(XSI_NIL) in NIL else decode_xml_dash_tile_definition(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_dash_tile(parent: Element | None, tag: str, value: DashTile) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DASHBOARD_TILE_ID, value.dashboard_tile_id, write_int)
    put(element, _DASHBOARD_ID, value.dashboard_id, write_int)
    put(element, _HEIGHT, value.height, write_int)
    put(element, _WIDTH, value.width, write_int)
    put(element, _RANK, value.rank, write_short)
    put(
        element, _DASH_TILE_DEFINITION, value.dash_tile_definition, encode_xml_dash_tile_definition
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_dash_tile(data: Any, path: str) -> DashTile:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DashTile)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.dashboard_tile_id = take_int(data, "DashboardTileId", path)
    value.dashboard_id = take_int(data, "DashboardId", path)
    value.height = take_int(data, "Height", path)
    value.width = take_int(data, "Width", path)
    value.rank = take(data, "Rank", path, json_short)
    value.dash_tile_definition = take_nillable(
        data, "DashTileDefinition", path, decode_json_dash_tile_definition
    )
    value.extra = None if _DASH_TILE_KEYS.issuperset(data) else json_extra(data, _DASH_TILE_KEYS)
    return value


def encode_json_dash_tile(value: DashTile) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "DashboardTileId", value.dashboard_tile_id, json_write_int)
    put_json(result, "DashboardId", value.dashboard_id, json_write_int)
    put_json(result, "Height", value.height, json_write_int)
    put_json(result, "Width", value.width, json_write_int)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(
        result, "DashTileDefinition", value.dash_tile_definition, encode_json_dash_tile_definition
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DASH_TILE_CODEC = Codec(
    decode_xml_dash_tile, encode_xml_dash_tile, decode_json_dash_tile, encode_json_dash_tile
)


def decode_xml_list_of_dash_tile(element: Element) -> list[DashTile | None]:
    """``ArrayOfDashTile``: a list of ``DashTile`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_dash_tile(child))
        for child in element
        if child.tag == _DASH_TILE
    ]


def encode_xml_list_of_dash_tile(
    parent: Element | None, tag: str, value: list[DashTile | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DASH_TILE, item, encode_xml_dash_tile)
    return element


def decode_json_list_of_dash_tile(data: Any, path: str) -> list[DashTile | None]:
    return json_items_nillable(data, path, decode_json_dash_tile)


def encode_json_list_of_dash_tile(value: list[DashTile | None]) -> list[Any]:
    return [(None if item is None else encode_json_dash_tile(item)) for item in value]


LIST_OF_DASH_TILE_CODEC = Codec(
    decode_xml_list_of_dash_tile,
    encode_xml_list_of_dash_tile,
    decode_json_list_of_dash_tile,
    encode_json_list_of_dash_tile,
)
