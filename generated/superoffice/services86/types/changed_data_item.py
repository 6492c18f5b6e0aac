"""Services86 types: ArrayOfChangedDataItem, ChangedDataItem.

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

_CHANGED_DATA_ITEM = "{http://www.superoffice.net/ws/crm/NetServer/Services86}ChangedDataItem"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldProperties"
_RECORD_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services86}RecordId"
_TABLENAME = "{http://www.superoffice.net/ws/crm/NetServer/Services86}Tablename"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services86}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ChangedDataItem(Carrier):
    """Tablename/recordid pair used to refer to records

    Carrier object for ChangedDataItem. Services for the ChangedDataItem Carrier is available
    from the Quote Agent.
    """

    tablename: str | None | Unset = UNSET
    """Name of table, standardized to lowercase"""
    record_id: int | Unset = UNSET
    """Id of record, should never be 0"""

    def to_xml(self) -> Element:
        return encode_xml_changed_data_item(None, _CHANGED_DATA_ITEM, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ChangedDataItem:
        return record_from_xml(decode_xml_changed_data_item, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_changed_data_item(self)

    @classmethod
    def from_json(cls, data: Any) -> ChangedDataItem:
        return record_from_json(decode_json_changed_data_item, data)


_CHANGED_DATA_ITEM_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Tablename",
        "RecordId",
    )
)


def decode_xml_changed_data_item(element: Element) -> ChangedDataItem:
    value = ChangedDataItem()
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
        elif tag == _TABLENAME:
            value.tablename = child.text or empty_or_nil(child)
        elif tag == _RECORD_ID:
            value.record_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_changed_data_item(
    parent: Element | None, tag: str, value: ChangedDataItem
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TABLENAME, value.tablename, write_str)
    put(element, _RECORD_ID, value.record_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_changed_data_item(data: Any, path: str) -> ChangedDataItem:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ChangedDataItem)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.tablename = take_str_nillable(data, "Tablename", path)
    value.record_id = take_int(data, "RecordId", path)
    value.extra = (
        None
        if _CHANGED_DATA_ITEM_KEYS.issuperset(data)
        else json_extra(data, _CHANGED_DATA_ITEM_KEYS)
    )
    return value


def encode_json_changed_data_item(value: ChangedDataItem) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Tablename", value.tablename, json_write_str)
    put_json(result, "RecordId", value.record_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CHANGED_DATA_ITEM_CODEC = Codec(
    decode_xml_changed_data_item,
    encode_xml_changed_data_item,
    decode_json_changed_data_item,
    encode_json_changed_data_item,
)


def decode_xml_list_of_changed_data_item(element: Element) -> list[ChangedDataItem | None]:
    """``ArrayOfChangedDataItem``: a list of ``ChangedDataItem`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_changed_data_item(child))
        for child in element
        if child.tag == _CHANGED_DATA_ITEM
    ]


def encode_xml_list_of_changed_data_item(
    parent: Element | None, tag: str, value: list[ChangedDataItem | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CHANGED_DATA_ITEM, item, encode_xml_changed_data_item)
    return element


def decode_json_list_of_changed_data_item(data: Any, path: str) -> list[ChangedDataItem | None]:
    return json_items_nillable(data, path, decode_json_changed_data_item)


def encode_json_list_of_changed_data_item(value: list[ChangedDataItem | None]) -> list[Any]:
    return [(None if item is None else encode_json_changed_data_item(item)) for item in value]


LIST_OF_CHANGED_DATA_ITEM_CODEC = Codec(
    decode_xml_list_of_changed_data_item,
    encode_xml_list_of_changed_data_item,
    decode_json_list_of_changed_data_item,
    encode_json_list_of_changed_data_item,
)
