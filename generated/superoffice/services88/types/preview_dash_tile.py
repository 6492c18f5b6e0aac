"""Services88 types: ArrayOfPreviewDashTile, PreviewDashTile.

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
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    take_str_nillable,
    write_str,
)
from .carrier import Carrier
from .dash_tile_type import (
    DashTileType,
    decode_json_dash_tile_type,
    decode_xml_dash_tile_type,
    encode_json_dash_tile_type,
    encode_xml_dash_tile_type,
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

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PREVIEW_DASH_TILE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreviewDashTile"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TILE_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TileType"


@dataclasses.dataclass(kw_only=True, repr=False)
class PreviewDashTile(Carrier):
    """Dashboard tile preview

    Carrier object for PreviewDashTile. Services for the PreviewDashTile Carrier is available
    from the Dash Agent.
    """

    name: str | None | Unset = UNSET
    """The name of the tile"""
    tile_type: DashTileType | str | Unset = UNSET
    """Dashboard tile type"""

    def to_xml(self) -> Element:
        return encode_xml_preview_dash_tile(None, _PREVIEW_DASH_TILE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PreviewDashTile:
        return record_from_xml(decode_xml_preview_dash_tile, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_preview_dash_tile(self)

    @classmethod
    def from_json(cls, data: Any) -> PreviewDashTile:
        return record_from_json(decode_json_preview_dash_tile, data)


_PREVIEW_DASH_TILE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "TileType",
    )
)


def decode_xml_preview_dash_tile(element: Element) -> PreviewDashTile:
    value = PreviewDashTile()
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
        elif tag == _TILE_TYPE:
            value.tile_type = decode_xml_dash_tile_type(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_preview_dash_tile(
    parent: Element | None, tag: str, value: PreviewDashTile
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(element, _TILE_TYPE, value.tile_type, encode_xml_dash_tile_type)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_preview_dash_tile(data: Any, path: str) -> PreviewDashTile:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PreviewDashTile)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.tile_type = take(data, "TileType", path, decode_json_dash_tile_type)
    value.extra = (
        None
        if _PREVIEW_DASH_TILE_KEYS.issuperset(data)
        else json_extra(data, _PREVIEW_DASH_TILE_KEYS)
    )
    return value


def encode_json_preview_dash_tile(value: PreviewDashTile) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "TileType", value.tile_type, encode_json_dash_tile_type)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PREVIEW_DASH_TILE_CODEC = Codec(
    decode_xml_preview_dash_tile,
    encode_xml_preview_dash_tile,
    decode_json_preview_dash_tile,
    encode_json_preview_dash_tile,
)


def decode_xml_list_of_preview_dash_tile(element: Element) -> list[PreviewDashTile | None]:
    """``ArrayOfPreviewDashTile``: a list of ``PreviewDashTile`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_preview_dash_tile(child))
        for child in element
        if child.tag == _PREVIEW_DASH_TILE
    ]


def encode_xml_list_of_preview_dash_tile(
    parent: Element | None, tag: str, value: list[PreviewDashTile | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PREVIEW_DASH_TILE, item, encode_xml_preview_dash_tile)
    return element


def decode_json_list_of_preview_dash_tile(data: Any, path: str) -> list[PreviewDashTile | None]:
    return json_items_nillable(data, path, decode_json_preview_dash_tile)


def encode_json_list_of_preview_dash_tile(value: list[PreviewDashTile | None]) -> list[Any]:
    return [(None if item is None else encode_json_preview_dash_tile(item)) for item in value]


LIST_OF_PREVIEW_DASH_TILE_CODEC = Codec(
    decode_xml_list_of_preview_dash_tile,
    encode_xml_list_of_preview_dash_tile,
    decode_json_list_of_preview_dash_tile,
    encode_json_list_of_preview_dash_tile,
)
