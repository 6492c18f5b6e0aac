"""Services88 types: ArrayOfCurrencyEntity, CurrencyEntity.

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
    json_items_nillable,
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

_CURRENCY_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CurrencyEntity"
_CURRENCY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CurrencyId"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_RATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rate"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_UNITS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Units"


@dataclasses.dataclass(kw_only=True, repr=False)
class CurrencyEntity(Carrier):
    """Carrier object for CurrencyEntity. Services for the CurrencyEntity Carrier is available from
    the List Agent.
    """

    currency_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """The list item"""
    tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    rank: int | Unset = UNSET
    """Rank order"""
    rate: float | Unset = UNSET
    """Exchange rate"""
    units: float | Unset = UNSET
    """Exchange unit scale (0.01, 0.1, 1, 10, 100 etc)"""
    deleted: bool | Unset = UNSET
    """0 -&gt; record is active 1 -&gt; record is 'deleted' and should not be shown in lists"""

    def to_xml(self) -> Element:
        return encode_xml_currency_entity(None, _CURRENCY_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CurrencyEntity:
        return record_from_xml(decode_xml_currency_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_currency_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> CurrencyEntity:
        return record_from_json(decode_json_currency_entity, data)


_CURRENCY_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "CurrencyId",
        "Name",
        "Tooltip",
        "Rank",
        "Rate",
        "Units",
        "Deleted",
    )
)


def decode_xml_currency_entity(element: Element) -> CurrencyEntity:
    value = CurrencyEntity()
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
        elif tag == _CURRENCY_ID:
            value.currency_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _RATE:
            value.rate = read_float(child)
        elif tag == _UNITS:
            value.units = read_float(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_currency_entity(parent: Element | None, tag: str, value: CurrencyEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CURRENCY_ID, value.currency_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _RANK, value.rank, write_short)
    put(element, _RATE, value.rate, write_float)
    put(element, _UNITS, value.units, write_float)
    put(element, _DELETED, value.deleted, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_currency_entity(data: Any, path: str) -> CurrencyEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CurrencyEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.currency_id = take_int(data, "CurrencyId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.rank = take(data, "Rank", path, json_short)
    value.rate = take(data, "Rate", path, json_float)
    value.units = take(data, "Units", path, json_float)
    value.deleted = take_bool(data, "Deleted", path)
    value.extra = (
        None if _CURRENCY_ENTITY_KEYS.issuperset(data) else json_extra(data, _CURRENCY_ENTITY_KEYS)
    )
    return value


def encode_json_currency_entity(value: CurrencyEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "CurrencyId", value.currency_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "Rate", value.rate, json_write_float)
    put_json(result, "Units", value.units, json_write_float)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CURRENCY_ENTITY_CODEC = Codec(
    decode_xml_currency_entity,
    encode_xml_currency_entity,
    decode_json_currency_entity,
    encode_json_currency_entity,
)


def decode_xml_list_of_currency_entity(element: Element) -> list[CurrencyEntity | None]:
    """``ArrayOfCurrencyEntity``: a list of ``CurrencyEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_currency_entity(child))
        for child in element
        if child.tag == _CURRENCY_ENTITY
    ]


def encode_xml_list_of_currency_entity(
    parent: Element | None, tag: str, value: list[CurrencyEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CURRENCY_ENTITY, item, encode_xml_currency_entity)
    return element


def decode_json_list_of_currency_entity(data: Any, path: str) -> list[CurrencyEntity | None]:
    return json_items_nillable(data, path, decode_json_currency_entity)


def encode_json_list_of_currency_entity(value: list[CurrencyEntity | None]) -> list[Any]:
    return [(None if item is None else encode_json_currency_entity(item)) for item in value]


LIST_OF_CURRENCY_ENTITY_CODEC = Codec(
    decode_xml_list_of_currency_entity,
    encode_xml_list_of_currency_entity,
    decode_json_list_of_currency_entity,
    encode_json_list_of_currency_entity,
)
