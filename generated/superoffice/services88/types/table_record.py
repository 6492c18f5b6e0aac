"""Services88 types: TableRecord.

Used by the DatabaseTable agent.
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
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .string_dictionary import (
    decode_json_string_dictionary,
    decode_xml_string_dictionary,
    encode_json_string_dictionary,
    encode_xml_string_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_RECORD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRecord"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_VALUES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Values"


@dataclasses.dataclass(kw_only=True, repr=False)
class TableRecord(Carrier):
    """The extra table entity contains meta data for an extra table (not implemented yet)

    Carrier object for TableRecord. Services for the TableRecord Carrier is available from the
    DatabaseTable Agent.
    """

    values: dict[str, str | None] | None | Unset = UNSET
    """Values for the row, where the first string is the column name (e.g. x_number), and the
    second string is the value formatted as a DB-value, e.g. [I:42]
    """

    def to_xml(self) -> Element:
        return encode_xml_table_record(None, _TABLE_RECORD, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TableRecord:
        return record_from_xml(decode_xml_table_record, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_table_record(self)

    @classmethod
    def from_json(cls, data: Any) -> TableRecord:
        return record_from_json(decode_json_table_record, data)


_TABLE_RECORD_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Values",
    )
)


def decode_xml_table_record(element: Element) -> TableRecord:
    value = TableRecord()
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
        elif tag == _VALUES:
            value.values = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_table_record(parent: Element | None, tag: str, value: TableRecord) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _VALUES, value.values, encode_xml_string_dictionary)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_table_record(data: Any, path: str) -> TableRecord:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TableRecord)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.values = take_nillable(data, "Values", path, decode_json_string_dictionary)
    value.extra = (
        None if _TABLE_RECORD_KEYS.issuperset(data) else json_extra(data, _TABLE_RECORD_KEYS)
    )
    return value


def encode_json_table_record(value: TableRecord) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Values", value.values, encode_json_string_dictionary)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TABLE_RECORD_CODEC = Codec(
    decode_xml_table_record,
    encode_xml_table_record,
    decode_json_table_record,
    encode_json_table_record,
)
