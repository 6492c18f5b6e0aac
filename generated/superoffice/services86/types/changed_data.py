"""Services86 types: ChangedData.

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
    json_extra,
    json_object,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
)
from .carrier import Carrier
from .changed_data_item import (
    ChangedDataItem,
    decode_json_list_of_changed_data_item,
    decode_xml_list_of_changed_data_item,
    encode_json_list_of_changed_data_item,
    encode_xml_list_of_changed_data_item,
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

_ADDED_RECORDS = "{http://www.superoffice.net/ws/crm/NetServer/Services86}AddedRecords"
_CHANGED_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services86}ChangedData"
_DELETED_RECORDS = "{http://www.superoffice.net/ws/crm/NetServer/Services86}DeletedRecords"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services86}TableRight"
_UPDATED_RECORDS = "{http://www.superoffice.net/ws/crm/NetServer/Services86}UpdatedRecords"


@dataclasses.dataclass(kw_only=True, repr=False)
class ChangedData(Carrier):
    """Generic carrier, used in return values to indicate what data NetServer has changed 'behind
    the scenes' so clients can know what to update

    Carrier object for ChangedData. Services for the ChangedData Carrier is available from the
    Quote Agent.
    """

    added_records: list[ChangedDataItem | None] | None | Unset = UNSET
    """Ids of added records."""
    updated_records: list[ChangedDataItem | None] | None | Unset = UNSET
    """Ids of updated records."""
    deleted_records: list[ChangedDataItem | None] | None | Unset = UNSET
    """Ids of deleted records."""

    def to_xml(self) -> Element:
        return encode_xml_changed_data(None, _CHANGED_DATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ChangedData:
        return record_from_xml(decode_xml_changed_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_changed_data(self)

    @classmethod
    def from_json(cls, data: Any) -> ChangedData:
        return record_from_json(decode_json_changed_data, data)


_CHANGED_DATA_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "AddedRecords",
        "UpdatedRecords",
        "DeletedRecords",
    )
)


def decode_xml_changed_data(element: Element) -> ChangedData:
    value = ChangedData()
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
        elif tag == _ADDED_RECORDS:
            value.added_records = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_changed_data_item(child)
            )
        elif tag == _UPDATED_RECORDS:
            value.updated_records = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_changed_data_item(child)
            )
        elif tag == _DELETED_RECORDS:
            value.deleted_records = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_changed_data_item(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_changed_data(parent: Element | None, tag: str, value: ChangedData) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ADDED_RECORDS, value.added_records, encode_xml_list_of_changed_data_item)
    put(element, _UPDATED_RECORDS, value.updated_records, encode_xml_list_of_changed_data_item)
    put(element, _DELETED_RECORDS, value.deleted_records, encode_xml_list_of_changed_data_item)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_changed_data(data: Any, path: str) -> ChangedData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ChangedData)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.added_records = take_nillable(
        data, "AddedRecords", path, decode_json_list_of_changed_data_item
    )
    value.updated_records = take_nillable(
        data, "UpdatedRecords", path, decode_json_list_of_changed_data_item
    )
    value.deleted_records = take_nillable(
        data, "DeletedRecords", path, decode_json_list_of_changed_data_item
    )
    value.extra = (
        None if _CHANGED_DATA_KEYS.issuperset(data) else json_extra(data, _CHANGED_DATA_KEYS)
    )
    return value


def encode_json_changed_data(value: ChangedData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "AddedRecords", value.added_records, encode_json_list_of_changed_data_item)
    put_json(
        result, "UpdatedRecords", value.updated_records, encode_json_list_of_changed_data_item
    )
    put_json(
        result, "DeletedRecords", value.deleted_records, encode_json_list_of_changed_data_item
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CHANGED_DATA_CODEC = Codec(
    decode_xml_changed_data,
    encode_xml_changed_data,
    decode_json_changed_data,
    encode_json_changed_data,
)
