"""Services88 types: AmountClassEntity.

Used by the List agent.
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
    json_float,
    json_object,
    json_short,
    json_write_bool,
    json_write_float,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_float,
    read_int,
    read_short,
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
    write_float,
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

_AMOUNT_CLASS_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AmountClassEntity"
_AMOUNT_CLASS_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AmountClassId"
_AMOUNT_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AmountFrom"
_AMOUNT_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AmountTo"
_CURRENCY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CurrencyId"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"


@dataclasses.dataclass(kw_only=True, repr=False)
class AmountClassEntity(Carrier):
    """Carrier object for AmountClassEntity. Services for the AmountClassEntity Carrier is
    available from the List Agent.
    """

    amount_class_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """The list item"""
    tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    rank: int | Unset = UNSET
    """Rank order"""
    amount_from: float | Unset = UNSET
    """Lower limit of this amount class"""
    amount_to: float | Unset = UNSET
    """Upper limit of this amount class"""
    deleted: bool | Unset = UNSET
    """0 -&gt; record is active 1 -&gt; record is 'deleted' and should not be shown in lists"""
    currency_id: int | Unset = UNSET
    """Currency the limits in this amount class refer to. Mixing currencies between classes can
    give rise to overlapping intervals and thus unpredictable classifications.
    """

    def to_xml(self) -> Element:
        return encode_xml_amount_class_entity(None, _AMOUNT_CLASS_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> AmountClassEntity:
        return record_from_xml(decode_xml_amount_class_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_amount_class_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> AmountClassEntity:
        return record_from_json(decode_json_amount_class_entity, data)


_AMOUNT_CLASS_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "AmountClassId",
        "Name",
        "Tooltip",
        "Rank",
        "AmountFrom",
        "AmountTo",
        "Deleted",
        "CurrencyId",
    )
)


def decode_xml_amount_class_entity(element: Element) -> AmountClassEntity:
    value = AmountClassEntity()
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
        elif tag == _AMOUNT_CLASS_ID:
            value.amount_class_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _AMOUNT_FROM:
            value.amount_from = read_float(child)
        elif tag == _AMOUNT_TO:
            value.amount_to = read_float(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _CURRENCY_ID:
            value.currency_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_amount_class_entity(
    parent: Element | None, tag: str, value: AmountClassEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _AMOUNT_CLASS_ID, value.amount_class_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _RANK, value.rank, write_short)
    put(element, _AMOUNT_FROM, value.amount_from, write_float)
    put(element, _AMOUNT_TO, value.amount_to, write_float)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _CURRENCY_ID, value.currency_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_amount_class_entity(data: Any, path: str) -> AmountClassEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(AmountClassEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.amount_class_id = take_int(data, "AmountClassId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.rank = take(data, "Rank", path, json_short)
    value.amount_from = take(data, "AmountFrom", path, json_float)
    value.amount_to = take(data, "AmountTo", path, json_float)
    value.deleted = take_bool(data, "Deleted", path)
    value.currency_id = take_int(data, "CurrencyId", path)
    value.extra = (
        None
        if _AMOUNT_CLASS_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _AMOUNT_CLASS_ENTITY_KEYS)
    )
    return value


def encode_json_amount_class_entity(value: AmountClassEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "AmountClassId", value.amount_class_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "AmountFrom", value.amount_from, json_write_float)
    put_json(result, "AmountTo", value.amount_to, json_write_float)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "CurrencyId", value.currency_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


AMOUNT_CLASS_ENTITY_CODEC = Codec(
    decode_xml_amount_class_entity,
    encode_xml_amount_class_entity,
    decode_json_amount_class_entity,
    encode_json_amount_class_entity,
)
