"""Services88 types: ArrayOfMDOListItem, MDOListItem.

Used by 9 agents.
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
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CHILD_ITEMS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChildItems"
_COLOR_BLOCK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ColorBlock"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_EXTRA_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraInfo"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FullName"
_ICON_HINT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IconHint"
_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_MDO_LIST_ITEM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MDOListItem"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_STYLE_HINT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StyleHint"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOL_TIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ToolTip"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"


@dataclasses.dataclass(kw_only=True, repr=False)
class MDOListItem(Carrier):
    """Carrier object for MDOListItem. Services for the MDOListItem Carrier is available from the
    MDO Agent.
    """

    id: int | Unset = UNSET
    """The Id of the ListItem"""
    name: str | None | Unset = UNSET
    """The name of the ListItem"""
    tool_tip: str | None | Unset = UNSET
    """The tooltip of the ListItem"""
    deleted: bool | Unset = UNSET
    """The deleted status of the ListItem"""
    rank: int | Unset = UNSET
    """The rank of the ListItem"""
    type: str | None | Unset = UNSET
    """The type of the ListItem. Custom field."""
    child_items: list[MDOListItem | None] | None | Unset = UNSET
    """The child items of the MDOListItem"""
    icon_hint: str | None | Unset = UNSET
    """The Icon hint of the ListItem. Custom field."""
    color_block: int | Unset = UNSET
    """The color indicator of the ListItem color block"""
    extra_info: str | None | Unset = UNSET
    """Extra information added to the ListItem. Could be information such as sort order etc or
    other meta data. Custom field.
    """
    style_hint: str | None | Unset = UNSET
    """Style hint indicating, information such as background color etc. Custom field."""
    full_name: str | None | Unset = UNSET
    """The name of the ListItem in its context"""

    def to_xml(self) -> Element:
        return encode_xml_mdo_list_item(None, _MDO_LIST_ITEM, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> MDOListItem:
        return record_from_xml(decode_xml_mdo_list_item, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_mdo_list_item(self)

    @classmethod
    def from_json(cls, data: Any) -> MDOListItem:
        return record_from_json(decode_json_mdo_list_item, data)


_MDO_LIST_ITEM_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Id",
        "Name",
        "ToolTip",
        "Deleted",
        "Rank",
        "Type",
        "ChildItems",
        "IconHint",
        "ColorBlock",
        "ExtraInfo",
        "StyleHint",
        "FullName",
    )
)


def decode_xml_mdo_list_item(element: Element) -> MDOListItem:
    value = MDOListItem()
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
        elif tag == _ID:
            value.id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOL_TIP:
            value.tool_tip = child.text or empty_or_nil(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _TYPE:
            value.type = child.text or empty_or_nil(child)
        elif tag == _CHILD_ITEMS:
            value.child_items = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_mdo_list_item(child)
            )
        elif tag == _ICON_HINT:
            value.icon_hint = child.text or empty_or_nil(child)
        elif tag == _COLOR_BLOCK:
            value.color_block = read_int(child)
        elif tag == _EXTRA_INFO:
            value.extra_info = child.text or empty_or_nil(child)
        elif tag == _STYLE_HINT:
            value.style_hint = child.text or empty_or_nil(child)
        elif tag == _FULL_NAME:
            value.full_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_mdo_list_item(parent: Element | None, tag: str, value: MDOListItem) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ID, value.id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOL_TIP, value.tool_tip, write_str)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _RANK, value.rank, write_int)
    put(element, _TYPE, value.type, write_str)
    put(element, _CHILD_ITEMS, value.child_items, encode_xml_list_of_mdo_list_item)
    put(element, _ICON_HINT, value.icon_hint, write_str)
    put(element, _COLOR_BLOCK, value.color_block, write_int)
    put(element, _EXTRA_INFO, value.extra_info, write_str)
    put(element, _STYLE_HINT, value.style_hint, write_str)
    put(element, _FULL_NAME, value.full_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_mdo_list_item(data: Any, path: str) -> MDOListItem:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(MDOListItem)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.id = take_int(data, "Id", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tool_tip = take_str_nillable(data, "ToolTip", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.rank = take_int(data, "Rank", path)
    value.type = take_str_nillable(data, "Type", path)
    value.child_items = take_nillable(data, "ChildItems", path, decode_json_list_of_mdo_list_item)
    value.icon_hint = take_str_nillable(data, "IconHint", path)
    value.color_block = take_int(data, "ColorBlock", path)
    value.extra_info = take_str_nillable(data, "ExtraInfo", path)
    value.style_hint = take_str_nillable(data, "StyleHint", path)
    value.full_name = take_str_nillable(data, "FullName", path)
    value.extra = (
        None if _MDO_LIST_ITEM_KEYS.issuperset(data) else json_extra(data, _MDO_LIST_ITEM_KEYS)
    )
    return value


def encode_json_mdo_list_item(value: MDOListItem) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Id", value.id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "ToolTip", value.tool_tip, json_write_str)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "Type", value.type, json_write_str)
    put_json(result, "ChildItems", value.child_items, encode_json_list_of_mdo_list_item)
    put_json(result, "IconHint", value.icon_hint, json_write_str)
    put_json(result, "ColorBlock", value.color_block, json_write_int)
    put_json(result, "ExtraInfo", value.extra_info, json_write_str)
    put_json(result, "StyleHint", value.style_hint, json_write_str)
    put_json(result, "FullName", value.full_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


MDO_LIST_ITEM_CODEC = Codec(
    decode_xml_mdo_list_item,
    encode_xml_mdo_list_item,
    decode_json_mdo_list_item,
    encode_json_mdo_list_item,
)


def decode_xml_list_of_mdo_list_item(element: Element) -> list[MDOListItem | None]:
    """``ArrayOfMDOListItem``: a list of ``MDOListItem`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_mdo_list_item(child))
        for child in element
        if child.tag == _MDO_LIST_ITEM
    ]


def encode_xml_list_of_mdo_list_item(
    parent: Element | None, tag: str, value: list[MDOListItem | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _MDO_LIST_ITEM, item, encode_xml_mdo_list_item)
    return element


def decode_json_list_of_mdo_list_item(data: Any, path: str) -> list[MDOListItem | None]:
    return json_items_nillable(data, path, decode_json_mdo_list_item)


def encode_json_list_of_mdo_list_item(value: list[MDOListItem | None]) -> list[Any]:
    return [(None if item is None else encode_json_mdo_list_item(item)) for item in value]


LIST_OF_MDO_LIST_ITEM_CODEC = Codec(
    decode_xml_list_of_mdo_list_item,
    encode_xml_list_of_mdo_list_item,
    decode_json_list_of_mdo_list_item,
    encode_json_list_of_mdo_list_item,
)
