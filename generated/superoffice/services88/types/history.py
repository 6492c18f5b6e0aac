"""Services88 types: ArrayOfHistory, History.

Used by the ViewState agent.
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

_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HISTORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}History"
_HISTORY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HistoryId"
_HISTORY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HistoryName"
_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_ITEM_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ItemInfo"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class History(Carrier):
    """The usage history of the currently logged in user is represented as History objects.

    Carrier object for History. Services for the History Carrier is available from the ViewState
    Agent.
    """

    rank: int | Unset = UNSET
    """Sort order, indexed so it can used for sorting in the query"""
    id: int | Unset = UNSET
    """Id of the history item, for instance a contact id. Represents the history table's RecordId
    field, if the item is based on a history table record
    """
    history_name: str | None | Unset = UNSET
    """The name of the history list, for instance contact. Represents the history table's TableId
    field
    """
    history_id: int | Unset = UNSET
    """Primary key"""
    associate_id: int | Unset = UNSET
    """Owner of history list"""
    name: str | None | Unset = UNSET
    """Name of the history item, for instance contact name"""
    item_info: str | None | Unset = UNSET
    """Extra information on the history item, e.g. The Associate Type for an associate or other
    relevant info.
    """

    def to_xml(self) -> Element:
        return encode_xml_history(None, _HISTORY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> History:
        return record_from_xml(decode_xml_history, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_history(self)

    @classmethod
    def from_json(cls, data: Any) -> History:
        return record_from_json(decode_json_history, data)


_HISTORY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Rank",
        "Id",
        "HistoryName",
        "HistoryId",
        "AssociateId",
        "Name",
        "ItemInfo",
    )
)


def decode_xml_history(element: Element) -> History:
    value = History()
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
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _ID:
            value.id = read_int(child)
        elif tag == _HISTORY_NAME:
            value.history_name = child.text or empty_or_nil(child)
        elif tag == _HISTORY_ID:
            value.history_id = read_int(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _ITEM_INFO:
            value.item_info = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_history(parent: Element | None, tag: str, value: History) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _RANK, value.rank, write_short)
    put(element, _ID, value.id, write_int)
    put(element, _HISTORY_NAME, value.history_name, write_str)
    put(element, _HISTORY_ID, value.history_id, write_int)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _ITEM_INFO, value.item_info, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_history(data: Any, path: str) -> History:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(History)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.rank = take(data, "Rank", path, json_short)
    value.id = take_int(data, "Id", path)
    value.history_name = take_str_nillable(data, "HistoryName", path)
    value.history_id = take_int(data, "HistoryId", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.item_info = take_str_nillable(data, "ItemInfo", path)
    value.extra = None if _HISTORY_KEYS.issuperset(data) else json_extra(data, _HISTORY_KEYS)
    return value


def encode_json_history(value: History) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "Id", value.id, json_write_int)
    put_json(result, "HistoryName", value.history_name, json_write_str)
    put_json(result, "HistoryId", value.history_id, json_write_int)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "ItemInfo", value.item_info, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


HISTORY_CODEC = Codec(
    decode_xml_history, encode_xml_history, decode_json_history, encode_json_history
)


def decode_xml_list_of_history(element: Element) -> list[History | None]:
    """``ArrayOfHistory``: a list of ``History`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_history(child))
        for child in element
        if child.tag == _HISTORY
    ]


def encode_xml_list_of_history(
    parent: Element | None, tag: str, value: list[History | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _HISTORY, item, encode_xml_history)
    return element


def decode_json_list_of_history(data: Any, path: str) -> list[History | None]:
    return json_items_nillable(data, path, decode_json_history)


def encode_json_list_of_history(value: list[History | None]) -> list[Any]:
    return [(None if item is None else encode_json_history(item)) for item in value]


LIST_OF_HISTORY_CODEC = Codec(
    decode_xml_list_of_history,
    encode_xml_list_of_history,
    decode_json_list_of_history,
    encode_json_list_of_history,
)
