"""Services88 types: ArrayOfDashTileHtml, DashTileHtml.

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
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_DASH_TILE_HTML = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DashTileHtml"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HTML = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Html"
_LANGUAGE_CODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LanguageCode"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class DashTileHtml(Carrier):
    """HTML data for dash tiles with TileType = HTML

    Carrier object for DashTileHtml. Services for the DashTileHtml Carrier is available from the
    Dash Agent.
    """

    language_code: str | None | Unset = UNSET
    """Content language"""
    html: str | None | Unset = UNSET
    """HTML data"""

    def to_xml(self) -> Element:
        return encode_xml_dash_tile_html(None, _DASH_TILE_HTML, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DashTileHtml:
        return record_from_xml(decode_xml_dash_tile_html, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_dash_tile_html(self)

    @classmethod
    def from_json(cls, data: Any) -> DashTileHtml:
        return record_from_json(decode_json_dash_tile_html, data)


_DASH_TILE_HTML_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "LanguageCode",
        "Html",
    )
)


def decode_xml_dash_tile_html(element: Element) -> DashTileHtml:
    value = DashTileHtml()
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
        elif tag == _LANGUAGE_CODE:
            value.language_code = child.text or empty_or_nil(child)
        elif tag == _HTML:
            value.html = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_dash_tile_html(parent: Element | None, tag: str, value: DashTileHtml) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _LANGUAGE_CODE, value.language_code, write_str)
    put(element, _HTML, value.html, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_dash_tile_html(data: Any, path: str) -> DashTileHtml:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DashTileHtml)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.language_code = take_str_nillable(data, "LanguageCode", path)
    value.html = take_str_nillable(data, "Html", path)
    value.extra = (
        None if _DASH_TILE_HTML_KEYS.issuperset(data) else json_extra(data, _DASH_TILE_HTML_KEYS)
    )
    return value


def encode_json_dash_tile_html(value: DashTileHtml) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "LanguageCode", value.language_code, json_write_str)
    put_json(result, "Html", value.html, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DASH_TILE_HTML_CODEC = Codec(
    decode_xml_dash_tile_html,
    encode_xml_dash_tile_html,
    decode_json_dash_tile_html,
    encode_json_dash_tile_html,
)


def decode_xml_list_of_dash_tile_html(element: Element) -> list[DashTileHtml | None]:
    """``ArrayOfDashTileHtml``: a list of ``DashTileHtml`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_dash_tile_html(child))
        for child in element
        if child.tag == _DASH_TILE_HTML
    ]


def encode_xml_list_of_dash_tile_html(
    parent: Element | None, tag: str, value: list[DashTileHtml | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _DASH_TILE_HTML, item, encode_xml_dash_tile_html)
    return element


def decode_json_list_of_dash_tile_html(data: Any, path: str) -> list[DashTileHtml | None]:
    return json_items_nillable(data, path, decode_json_dash_tile_html)


def encode_json_list_of_dash_tile_html(value: list[DashTileHtml | None]) -> list[Any]:
    return [(None if item is None else encode_json_dash_tile_html(item)) for item in value]


LIST_OF_DASH_TILE_HTML_CODEC = Codec(
    decode_xml_list_of_dash_tile_html,
    encode_xml_list_of_dash_tile_html,
    decode_json_list_of_dash_tile_html,
    encode_json_list_of_dash_tile_html,
)
