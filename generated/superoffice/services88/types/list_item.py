"""Services88 types: ArrayOfListItem, ListItem.

Used by the ErpSync agent.
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
    Record,
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
    take_str_nillable,
    write_int,
    write_str,
)

_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_LIST_ITEM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ListItem"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_TOOL_TIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ToolTip"


@dataclasses.dataclass(kw_only=True, repr=False)
class ListItem(Record):
    """Lightweight generic list item - similar to MDOListItem but without child items and stuff

    Carrier object for ListItem. Services for the ListItem Carrier is available from the List
    Agent.
    """

    id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Display text name"""
    tool_tip: str | None | Unset = UNSET
    """Description"""

    def to_xml(self) -> Element:
        return encode_xml_list_item(None, _LIST_ITEM, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ListItem:
        return record_from_xml(decode_xml_list_item, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_list_item(self)

    @classmethod
    def from_json(cls, data: Any) -> ListItem:
        return record_from_json(decode_json_list_item, data)


_LIST_ITEM_KEYS = frozenset(
    (
        "Id",
        "Name",
        "ToolTip",
    )
)


def decode_xml_list_item(element: Element) -> ListItem:
    value = ListItem()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _ID:
            value.id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOL_TIP:
            value.tool_tip = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_list_item(parent: Element | None, tag: str, value: ListItem) -> Element:
    element = new_child(parent, tag)
    put(element, _ID, value.id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOL_TIP, value.tool_tip, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_list_item(data: Any, path: str) -> ListItem:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ListItem)
    value.id = take_int(data, "Id", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tool_tip = take_str_nillable(data, "ToolTip", path)
    value.extra = None if _LIST_ITEM_KEYS.issuperset(data) else json_extra(data, _LIST_ITEM_KEYS)
    return value


def encode_json_list_item(value: ListItem) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Id", value.id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "ToolTip", value.tool_tip, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


LIST_ITEM_CODEC = Codec(
    decode_xml_list_item, encode_xml_list_item, decode_json_list_item, encode_json_list_item
)


def decode_xml_list_of_list_item(element: Element) -> list[ListItem | None]:
    """``ArrayOfListItem``: a list of ``ListItem`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_list_item(child))
        for child in element
        if child.tag == _LIST_ITEM
    ]


def encode_xml_list_of_list_item(
    parent: Element | None, tag: str, value: list[ListItem | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _LIST_ITEM, item, encode_xml_list_item)
    return element


def decode_json_list_of_list_item(data: Any, path: str) -> list[ListItem | None]:
    return json_items_nillable(data, path, decode_json_list_item)


def encode_json_list_of_list_item(value: list[ListItem | None]) -> list[Any]:
    return [(None if item is None else encode_json_list_item(item)) for item in value]


LIST_OF_LIST_ITEM_CODEC = Codec(
    decode_xml_list_of_list_item,
    encode_xml_list_of_list_item,
    decode_json_list_of_list_item,
    encode_json_list_of_list_item,
)
