"""Services88 types: ArrayOfForeignKey, ForeignKey.

Used by the ForeignSystem agent.
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
    take_nillable,
    take_str_nillable,
    write_datetime,
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

_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedDate"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FOREIGN_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ForeignKey"
_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_RECORD_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecordId"
_TABLE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableName"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_UPDATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedDate"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class ForeignKey(Carrier):
    """Carrier object for ForeignKey. Services for the ForeignKey Carrier is available from the
    ForeignSystem Agent.
    """

    key: str | None | Unset = UNSET
    """Subkey (optional)"""
    value: str | None | Unset = UNSET
    """Key value"""
    record_id: int | Unset = UNSET
    """Record in the referenced table"""
    created_date: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    updated_date: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    updated_by: str | None | Unset = UNSET
    """Name of the person that last updated the foreign key"""
    created_by: str | None | Unset = UNSET
    """Name of the person that created the foreign key"""
    table_name: str | None | Unset = UNSET
    """Table name, transformed to and from numeric table id by the service layer"""

    def to_xml(self) -> Element:
        return encode_xml_foreign_key(None, _FOREIGN_KEY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ForeignKey:
        return record_from_xml(decode_xml_foreign_key, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_foreign_key(self)

    @classmethod
    def from_json(cls, data: Any) -> ForeignKey:
        return record_from_json(decode_json_foreign_key, data)


_FOREIGN_KEY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Key",
        "Value",
        "RecordId",
        "CreatedDate",
        "UpdatedDate",
        "UpdatedBy",
        "CreatedBy",
        "TableName",
    )
)


def decode_xml_foreign_key(element: Element) -> ForeignKey:
    value = ForeignKey()
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
        elif tag == _KEY:
            value.key = child.text or empty_or_nil(child)
        elif tag == _VALUE:
            value.value = child.text or empty_or_nil(child)
        elif tag == _RECORD_ID:
            value.record_id = read_int(child)
        elif tag == _CREATED_DATE:
            value.created_date = read_datetime(child)
        elif tag == _UPDATED_DATE:
            value.updated_date = read_datetime(child)
        elif tag == _UPDATED_BY:
            value.updated_by = child.text or empty_or_nil(child)
        elif tag == _CREATED_BY:
            value.created_by = child.text or empty_or_nil(child)
        elif tag == _TABLE_NAME:
            value.table_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_foreign_key(parent: Element | None, tag: str, value: ForeignKey) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _KEY, value.key, write_str)
    put(element, _VALUE, value.value, write_str)
    put(element, _RECORD_ID, value.record_id, write_int)
    put(element, _CREATED_DATE, value.created_date, write_datetime)
    put(element, _UPDATED_DATE, value.updated_date, write_datetime)
    put(element, _UPDATED_BY, value.updated_by, write_str)
    put(element, _CREATED_BY, value.created_by, write_str)
    put(element, _TABLE_NAME, value.table_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_foreign_key(data: Any, path: str) -> ForeignKey:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ForeignKey)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.key = take_str_nillable(data, "Key", path)
    value.value = take_str_nillable(data, "Value", path)
    value.record_id = take_int(data, "RecordId", path)
    value.created_date = take(data, "CreatedDate", path, json_datetime)
    value.updated_date = take(data, "UpdatedDate", path, json_datetime)
    value.updated_by = take_str_nillable(data, "UpdatedBy", path)
    value.created_by = take_str_nillable(data, "CreatedBy", path)
    value.table_name = take_str_nillable(data, "TableName", path)
    value.extra = (
        None if _FOREIGN_KEY_KEYS.issuperset(data) else json_extra(data, _FOREIGN_KEY_KEYS)
    )
    return value


def encode_json_foreign_key(value: ForeignKey) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Key", value.key, json_write_str)
    put_json(result, "Value", value.value, json_write_str)
    put_json(result, "RecordId", value.record_id, json_write_int)
    put_json(result, "CreatedDate", value.created_date, json_write_datetime)
    put_json(result, "UpdatedDate", value.updated_date, json_write_datetime)
    put_json(result, "UpdatedBy", value.updated_by, json_write_str)
    put_json(result, "CreatedBy", value.created_by, json_write_str)
    put_json(result, "TableName", value.table_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


FOREIGN_KEY_CODEC = Codec(
    decode_xml_foreign_key,
    encode_xml_foreign_key,
    decode_json_foreign_key,
    encode_json_foreign_key,
)


def decode_xml_list_of_foreign_key(element: Element) -> list[ForeignKey | None]:
    """``ArrayOfForeignKey``: a list of ``ForeignKey`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_foreign_key(child))
        for child in element
        if child.tag == _FOREIGN_KEY
    ]


def encode_xml_list_of_foreign_key(
    parent: Element | None, tag: str, value: list[ForeignKey | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _FOREIGN_KEY, item, encode_xml_foreign_key)
    return element


def decode_json_list_of_foreign_key(data: Any, path: str) -> list[ForeignKey | None]:
    return json_items_nillable(data, path, decode_json_foreign_key)


def encode_json_list_of_foreign_key(value: list[ForeignKey | None]) -> list[Any]:
    return [(None if item is None else encode_json_foreign_key(item)) for item in value]


LIST_OF_FOREIGN_KEY_CODEC = Codec(
    decode_xml_list_of_foreign_key,
    encode_xml_list_of_foreign_key,
    decode_json_list_of_foreign_key,
    encode_json_list_of_foreign_key,
)
