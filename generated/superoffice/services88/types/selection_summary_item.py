"""Services88 types: ArrayOfSelectionSummaryItem, SelectionSummaryItem.

Used by the Selection agent.
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
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_datetime,
    json_extra,
    json_items_nillable,
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
    take_str_nillable,
    write_datetime,
    write_int,
    write_str,
)

_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PROVIDER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProviderName"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_SELECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectionId"
_SELECTION_SUMMARY_ITEM = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectionSummaryItem"
)
_TARGET_TABLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetTable"


@dataclasses.dataclass(kw_only=True, repr=False)
class SelectionSummaryItem(Record):
    """The selection summary, for tabs or other concise views.

    Carrier object for SelectionSummaryItem. Services for the SelectionSummaryItem Carrier is
    available from the Selection Agent.
    """

    selection_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Name, freetext indexed"""
    target_table: str | None | Unset = UNSET
    """The main table this is a selection of"""
    registered: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    provider_name: str | None | Unset = UNSET
    """Provider name for this selection"""

    def to_xml(self) -> Element:
        return encode_xml_selection_summary_item(None, _SELECTION_SUMMARY_ITEM, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SelectionSummaryItem:
        return record_from_xml(decode_xml_selection_summary_item, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_selection_summary_item(self)

    @classmethod
    def from_json(cls, data: Any) -> SelectionSummaryItem:
        return record_from_json(decode_json_selection_summary_item, data)


_SELECTION_SUMMARY_ITEM_KEYS = frozenset(
    (
        "SelectionId",
        "Name",
        "TargetTable",
        "Registered",
        "ProviderName",
    )
)


def decode_xml_selection_summary_item(element: Element) -> SelectionSummaryItem:
    value = SelectionSummaryItem()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _SELECTION_ID:
            value.selection_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TARGET_TABLE:
            value.target_table = child.text or empty_or_nil(child)
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        elif tag == _PROVIDER_NAME:
            value.provider_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_selection_summary_item(
    parent: Element | None, tag: str, value: SelectionSummaryItem
) -> Element:
    element = new_child(parent, tag)
    put(element, _SELECTION_ID, value.selection_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TARGET_TABLE, value.target_table, write_str)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _PROVIDER_NAME, value.provider_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_selection_summary_item(data: Any, path: str) -> SelectionSummaryItem:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SelectionSummaryItem)
    value.selection_id = take_int(data, "SelectionId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.target_table = take_str_nillable(data, "TargetTable", path)
    value.registered = take(data, "Registered", path, json_datetime)
    value.provider_name = take_str_nillable(data, "ProviderName", path)
    value.extra = (
        None
        if _SELECTION_SUMMARY_ITEM_KEYS.issuperset(data)
        else json_extra(data, _SELECTION_SUMMARY_ITEM_KEYS)
    )
    return value


def encode_json_selection_summary_item(value: SelectionSummaryItem) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "SelectionId", value.selection_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "TargetTable", value.target_table, json_write_str)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "ProviderName", value.provider_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SELECTION_SUMMARY_ITEM_CODEC = Codec(
    decode_xml_selection_summary_item,
    encode_xml_selection_summary_item,
    decode_json_selection_summary_item,
    encode_json_selection_summary_item,
)


def decode_xml_list_of_selection_summary_item(
    element: Element,
) -> list[SelectionSummaryItem | None]:
    """``ArrayOfSelectionSummaryItem``: a list of ``SelectionSummaryItem`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_selection_summary_item(child))
        for child in element
        if child.tag == _SELECTION_SUMMARY_ITEM
    ]


def encode_xml_list_of_selection_summary_item(
    parent: Element | None, tag: str, value: list[SelectionSummaryItem | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _SELECTION_SUMMARY_ITEM, item, encode_xml_selection_summary_item)
    return element


def decode_json_list_of_selection_summary_item(
    data: Any, path: str
) -> list[SelectionSummaryItem | None]:
    return json_items_nillable(data, path, decode_json_selection_summary_item)


def encode_json_list_of_selection_summary_item(
    value: list[SelectionSummaryItem | None],
) -> list[Any]:
    return [(None if item is None else encode_json_selection_summary_item(item)) for item in value]


LIST_OF_SELECTION_SUMMARY_ITEM_CODEC = Codec(
    decode_xml_list_of_selection_summary_item,
    encode_xml_list_of_selection_summary_item,
    decode_json_list_of_selection_summary_item,
    encode_json_list_of_selection_summary_item,
)
