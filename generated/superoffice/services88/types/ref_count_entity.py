"""Services88 types: RefCountEntity.

Used by the NumberAllocation agent.
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
    json_object,
    json_unsigned_int,
    json_write_bool,
    json_write_int,
    json_write_str,
    json_write_unsigned_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    read_unsigned_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
    write_unsigned_int,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_mdo_list_item import (
    MDOListItem,
    decode_json_list_of_mdo_list_item,
    decode_xml_list_of_mdo_list_item,
    encode_json_list_of_mdo_list_item,
    encode_xml_list_of_mdo_list_item,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ALLOCATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Allocate"
_ALLOW_BLANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AllowBlank"
_CURRENT_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CurrentValue"
_FIELD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Field"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_READ_ONLY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReadOnly"
_RECORD_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecordId"
_REF_COUNTS_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RefCountsId"
_REF_COUNT_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RefCountEntity"
_SAT_PREFIX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SatPrefix"
_SUGGESTED_RECORDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SuggestedRecords"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TRAVEL_PREFIX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TravelPrefix"
_UNIQUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Unique"


@dataclasses.dataclass(kw_only=True, repr=False)
class RefCountEntity(Carrier):
    """A refcount entity for a number allocation

    Carrier object for RefCountEntity. Services for the RefCountEntity Carrier is available from
    the NumberAllocation Agent.
    """

    ref_counts_id: int | Unset = UNSET
    """Primary key"""
    field: str | None | Unset = UNSET
    """Field identifier in string format table.field"""
    record_id: int | Unset = UNSET
    """Record id in target table, used when there are separate counters for each target record"""
    suggested_records: list[MDOListItem | None] | None | Unset = UNSET
    """List of valid entities, the associated record is selected in the list, used records are
    filtered out
    """
    current_value: int | Unset = UNSET
    """Current value of counter"""
    travel_prefix: int | Unset = UNSET
    """size of prefix for Travel use of ths counter"""
    sat_prefix: int | Unset = UNSET
    """size of prefix for Satellite use of this counter"""
    allocate: bool | Unset = UNSET
    """Allocate numbers automatically"""
    unique: bool | Unset = UNSET
    """Check that entered value is unique"""
    read_only: bool | Unset = UNSET
    """Target field is read only in GUI"""
    allow_blank: bool | Unset = UNSET
    """Allow blank as a valid value"""

    def to_xml(self) -> Element:
        return encode_xml_ref_count_entity(None, _REF_COUNT_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> RefCountEntity:
        return record_from_xml(decode_xml_ref_count_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ref_count_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> RefCountEntity:
        return record_from_json(decode_json_ref_count_entity, data)


_REF_COUNT_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "RefCountsId",
        "Field",
        "RecordId",
        "SuggestedRecords",
        "CurrentValue",
        "TravelPrefix",
        "SatPrefix",
        "Allocate",
        "Unique",
        "ReadOnly",
        "AllowBlank",
    )
)


def decode_xml_ref_count_entity(element: Element) -> RefCountEntity:
    value = RefCountEntity()
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
        elif tag == _REF_COUNTS_ID:
            value.ref_counts_id = read_int(child)
        elif tag == _FIELD:
            value.field = child.text or empty_or_nil(child)
        elif tag == _RECORD_ID:
            value.record_id = read_int(child)
        elif tag == _SUGGESTED_RECORDS:
            value.suggested_records = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_mdo_list_item(child)
            )
        elif tag == _CURRENT_VALUE:
            value.current_value = read_int(child)
        elif tag == _TRAVEL_PREFIX:
            value.travel_prefix = read_unsigned_int(child)
        elif tag == _SAT_PREFIX:
            value.sat_prefix = read_unsigned_int(child)
        elif tag == _ALLOCATE:
            value.allocate = read_bool(child)
        elif tag == _UNIQUE:
            value.unique = read_bool(child)
        elif tag == _READ_ONLY:
            value.read_only = read_bool(child)
        elif tag == _ALLOW_BLANK:
            value.allow_blank = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ref_count_entity(
    parent: Element | None, tag: str, value: RefCountEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _REF_COUNTS_ID, value.ref_counts_id, write_int)
    put(element, _FIELD, value.field, write_str)
    put(element, _RECORD_ID, value.record_id, write_int)
    put(element, _SUGGESTED_RECORDS, value.suggested_records, encode_xml_list_of_mdo_list_item)
    put(element, _CURRENT_VALUE, value.current_value, write_int)
    put(element, _TRAVEL_PREFIX, value.travel_prefix, write_unsigned_int)
    put(element, _SAT_PREFIX, value.sat_prefix, write_unsigned_int)
    put(element, _ALLOCATE, value.allocate, write_bool)
    put(element, _UNIQUE, value.unique, write_bool)
    put(element, _READ_ONLY, value.read_only, write_bool)
    put(element, _ALLOW_BLANK, value.allow_blank, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ref_count_entity(data: Any, path: str) -> RefCountEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(RefCountEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.ref_counts_id = take_int(data, "RefCountsId", path)
    value.field = take_str_nillable(data, "Field", path)
    value.record_id = take_int(data, "RecordId", path)
    value.suggested_records = take_nillable(
        data, "SuggestedRecords", path, decode_json_list_of_mdo_list_item
    )
    value.current_value = take_int(data, "CurrentValue", path)
    value.travel_prefix = take(data, "TravelPrefix", path, json_unsigned_int)
    value.sat_prefix = take(data, "SatPrefix", path, json_unsigned_int)
    value.allocate = take_bool(data, "Allocate", path)
    value.unique = take_bool(data, "Unique", path)
    value.read_only = take_bool(data, "ReadOnly", path)
    value.allow_blank = take_bool(data, "AllowBlank", path)
    value.extra = (
        None
        if _REF_COUNT_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _REF_COUNT_ENTITY_KEYS)
    )
    return value


def encode_json_ref_count_entity(value: RefCountEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "RefCountsId", value.ref_counts_id, json_write_int)
    put_json(result, "Field", value.field, json_write_str)
    put_json(result, "RecordId", value.record_id, json_write_int)
    put_json(
        result, "SuggestedRecords", value.suggested_records, encode_json_list_of_mdo_list_item
    )
    put_json(result, "CurrentValue", value.current_value, json_write_int)
    put_json(result, "TravelPrefix", value.travel_prefix, json_write_unsigned_int)
    put_json(result, "SatPrefix", value.sat_prefix, json_write_unsigned_int)
    put_json(result, "Allocate", value.allocate, json_write_bool)
    put_json(result, "Unique", value.unique, json_write_bool)
    put_json(result, "ReadOnly", value.read_only, json_write_bool)
    put_json(result, "AllowBlank", value.allow_blank, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


REF_COUNT_ENTITY_CODEC = Codec(
    decode_xml_ref_count_entity,
    encode_xml_ref_count_entity,
    decode_json_ref_count_entity,
    encode_json_ref_count_entity,
)
