"""Services88 types: ArchiveListItem, ArrayOfArchiveListItem.

Used by the Archive, Find, Selection agents.
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
    take_int,
    take_nillable,
    take_str_nillable,
    write_int,
    write_str,
)
from .archive_column_data import (
    ArchiveColumnData,
    decode_json_column_data_dictionary,
    decode_xml_column_data_dictionary,
    encode_json_column_data_dictionary,
    encode_xml_column_data_dictionary,
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

_ARCHIVE_LIST_ITEM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchiveListItem"
_COLUMN_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ColumnData"
_ENTITY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntityName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_LINK_HINT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LinkHint"
_PRIMARY_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PrimaryKey"
_STYLE_HINT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StyleHint"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ArchiveListItem(Carrier):
    """Carrier object for ArchiveListItem. Services for the ArchiveListItem Carrier is available
    from the Archive Agent.
    """

    entity_name: str | None | Unset = UNSET
    """The entity name of the ArchiveListItem. An ArchiveList may contain rows from different
    entities.
    """
    primary_key: int | Unset = UNSET
    """The primary key for the row"""
    column_data: dict[str, ArchiveColumnData | None] | None | Unset = UNSET
    """Dictionary of column name - column data items. Each column data item contains a display
    value, a tooltip hint, a link hint, and an orderby value. &lt;para/&gt;The display value is
    encoded by the CultureDataFormatter and can be decoded / localized by that class; all other
    values are optional. &lt;para/&gt;Tooltip hints can be passed to the TooltipProvider
    (Tooltip service) to be translated into an actual tootip.
    """
    link_hint: str | None | Unset = UNSET
    """Link hint for the row, indicating things like navigation links that can be presented as
    clickable hyperlinks
    """
    style_hint: str | None | Unset = UNSET
    """Style hint for the row, for instance 'retired' for associates or 'private' for appointments.
    Presentation layers can interpret the style hints as they see fit.
    """

    def to_xml(self) -> Element:
        return encode_xml_archive_list_item(None, _ARCHIVE_LIST_ITEM, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ArchiveListItem:
        return record_from_xml(decode_xml_archive_list_item, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_archive_list_item(self)

    @classmethod
    def from_json(cls, data: Any) -> ArchiveListItem:
        return record_from_json(decode_json_archive_list_item, data)


_ARCHIVE_LIST_ITEM_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "EntityName",
        "PrimaryKey",
        "ColumnData",
        "LinkHint",
        "StyleHint",
    )
)


def decode_xml_archive_list_item(element: Element) -> ArchiveListItem:
    value = ArchiveListItem()
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
        elif tag == _ENTITY_NAME:
            value.entity_name = child.text or empty_or_nil(child)
        elif tag == _PRIMARY_KEY:
            value.primary_key = read_int(child)
        elif tag == _COLUMN_DATA:
            value.column_data = (
                None if child.get(XSI_NIL) in NIL else decode_xml_column_data_dictionary(child)
            )
        elif tag == _LINK_HINT:
            value.link_hint = child.text or empty_or_nil(child)
        elif tag == _STYLE_HINT:
            value.style_hint = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_archive_list_item(
    parent: Element | None, tag: str, value: ArchiveListItem
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ENTITY_NAME, value.entity_name, write_str)
    put(element, _PRIMARY_KEY, value.primary_key, write_int)
    put(element, _COLUMN_DATA, value.column_data, encode_xml_column_data_dictionary)
    put(element, _LINK_HINT, value.link_hint, write_str)
    put(element, _STYLE_HINT, value.style_hint, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_archive_list_item(data: Any, path: str) -> ArchiveListItem:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ArchiveListItem)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.entity_name = take_str_nillable(data, "EntityName", path)
    value.primary_key = take_int(data, "PrimaryKey", path)
    value.column_data = take_nillable(data, "ColumnData", path, decode_json_column_data_dictionary)
    value.link_hint = take_str_nillable(data, "LinkHint", path)
    value.style_hint = take_str_nillable(data, "StyleHint", path)
    value.extra = (
        None
        if _ARCHIVE_LIST_ITEM_KEYS.issuperset(data)
        else json_extra(data, _ARCHIVE_LIST_ITEM_KEYS)
    )
    return value


def encode_json_archive_list_item(value: ArchiveListItem) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "EntityName", value.entity_name, json_write_str)
    put_json(result, "PrimaryKey", value.primary_key, json_write_int)
    put_json(result, "ColumnData", value.column_data, encode_json_column_data_dictionary)
    put_json(result, "LinkHint", value.link_hint, json_write_str)
    put_json(result, "StyleHint", value.style_hint, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ARCHIVE_LIST_ITEM_CODEC = Codec(
    decode_xml_archive_list_item,
    encode_xml_archive_list_item,
    decode_json_archive_list_item,
    encode_json_archive_list_item,
)


def decode_xml_list_of_archive_list_item(element: Element) -> list[ArchiveListItem | None]:
    """``ArrayOfArchiveListItem``: a list of ``ArchiveListItem`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_archive_list_item(child))
        for child in element
        if child.tag == _ARCHIVE_LIST_ITEM
    ]


def encode_xml_list_of_archive_list_item(
    parent: Element | None, tag: str, value: list[ArchiveListItem | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ARCHIVE_LIST_ITEM, item, encode_xml_archive_list_item)
    return element


def decode_json_list_of_archive_list_item(data: Any, path: str) -> list[ArchiveListItem | None]:
    return json_items_nillable(data, path, decode_json_archive_list_item)


def encode_json_list_of_archive_list_item(value: list[ArchiveListItem | None]) -> list[Any]:
    return [(None if item is None else encode_json_archive_list_item(item)) for item in value]


LIST_OF_ARCHIVE_LIST_ITEM_CODEC = Codec(
    decode_xml_list_of_archive_list_item,
    encode_xml_list_of_archive_list_item,
    decode_json_list_of_archive_list_item,
    encode_json_list_of_archive_list_item,
)
