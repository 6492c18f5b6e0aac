"""Services88 types: SaleSummary.

Used by the Sale agent.
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
    json_write_float,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_float,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_float,
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

_BASE_CURRENCY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BaseCurrency"
_CURRENT_OVERDUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CurrentOverdue"
_CURRENT_OVERDUE_TOTAL_BASE_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CurrentOverdueTotalBaseCurrency"
)
_CURRENT_OVERDUE_TOTAL_OWN_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CurrentOverdueTotalOwnCurrency"
)
_CURRENT_OVERDUE_WEIGHTED_BASE_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CurrentOverdueWeightedBaseCurrency"
)
_CURRENT_OVERDUE_WEIGHTED_OWN_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CurrentOverdueWeightedOwnCurrency"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FUTURE_OPEN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FutureOpen"
_FUTURE_OPEN_TOTAL_BASE_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}FutureOpenTotalBaseCurrency"
)
_FUTURE_OPEN_TOTAL_OWN_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}FutureOpenTotalOwnCurrency"
)
_FUTURE_OPEN_WEIGHTED_BASE_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}FutureOpenWeightedBaseCurrency"
)
_FUTURE_OPEN_WEIGHTED_OWN_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}FutureOpenWeightedOwnCurrency"
)
_LOST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Lost"
_LOST_TOTAL_BASE_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}LostTotalBaseCurrency"
)
_LOST_TOTAL_OWN_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}LostTotalOwnCurrency"
)
_OPEN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Open"
_OPEN_TOTAL_BASE_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OpenTotalBaseCurrency"
)
_OPEN_TOTAL_OWN_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OpenTotalOwnCurrency"
)
_OPEN_WEIGHTED_BASE_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OpenWeightedBaseCurrency"
)
_OPEN_WEIGHTED_OWN_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OpenWeightedOwnCurrency"
)
_OWN_CURRENCY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnCurrency"
_PREVIOUS_OVERDUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreviousOverdue"
_PREVIOUS_OVERDUE_TOTAL_BASE_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreviousOverdueTotalBaseCurrency"
)
_PREVIOUS_OVERDUE_TOTAL_OWN_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreviousOverdueTotalOwnCurrency"
)
_PREVIOUS_OVERDUE_WEIGHTED_BASE_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreviousOverdueWeightedBaseCurrency"
)
_PREVIOUS_OVERDUE_WEIGHTED_OWN_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreviousOverdueWeightedOwnCurrency"
)
_SALE_SUMMARY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleSummary"
_SOLD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Sold"
_SOLD_TOTAL_BASE_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SoldTotalBaseCurrency"
)
_SOLD_TOTAL_OWN_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SoldTotalOwnCurrency"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class SaleSummary(Carrier):
    """Carrier object for SaleSummary. Services for the SaleSummary Carrier is available from the
    Sale Agent.
    """

    base_currency: str | None | Unset = UNSET
    """Default currency for the installation"""
    own_currency: str | None | Unset = UNSET
    """Default currency for the current user"""
    sold_total_base_currency: float | Unset = UNSET
    """Summed amount for all sold within the period in default currency for the installation"""
    sold: int | Unset = UNSET
    """Number of all sold within the period"""
    sold_total_own_currency: float | Unset = UNSET
    """Summed amount for all sold within the period in default currency for the current user"""
    lost: int | Unset = UNSET
    """Number of all lost within the period"""
    lost_total_base_currency: float | Unset = UNSET
    """Summed amount for all lost within the period in default currency for the installation"""
    lost_total_own_currency: float | Unset = UNSET
    """Summed amount for all lost within the period in default currency for the current user"""
    open: int | Unset = UNSET
    """Number of all open within the period"""
    open_total_base_currency: float | Unset = UNSET
    """Summed amount for all open within the period in default currency for the installation"""
    open_total_own_currency: float | Unset = UNSET
    """Summed amount for all open within the period in default currency for the current user"""
    open_weighted_base_currency: float | Unset = UNSET
    """Weighted sum for all open within the period in default currency for the installation"""
    open_weighted_own_currency: float | Unset = UNSET
    """Weighted sum for all open within the period in default currency for the current user"""
    previous_overdue: int | Unset = UNSET
    """Number of all open sales with date before this period"""
    previous_overdue_total_base_currency: float | Unset = UNSET
    """Summed amount for all open sales with date before this period in default currency for the
    installation
    """
    previous_overdue_total_own_currency: float | Unset = UNSET
    """Summed amount for all open sales with date before this period in default currency for the
    current user
    """
    previous_overdue_weighted_base_currency: float | Unset = UNSET
    """Weighted sum for all open sales with date before this period in default currency for the
    installation
    """
    previous_overdue_weighted_own_currency: float | Unset = UNSET
    """Weighted sum for all open sales with date before this period in default currency for the
    current user
    """
    current_overdue: int | Unset = UNSET
    """Number of all overdue sales within the period"""
    current_overdue_total_base_currency: float | Unset = UNSET
    """Summed amount for all overdue sales within the period in default currency for the
    installation
    """
    current_overdue_total_own_currency: float | Unset = UNSET
    """Summed amount for all overdue sales within the period in default currency for the current
    user
    """
    current_overdue_weighted_base_currency: float | Unset = UNSET
    """Weighted sum for all overdue sales within the period in default currency for the
    installation
    """
    current_overdue_weighted_own_currency: float | Unset = UNSET
    """Weighted sum for all overdue sales within the period in default currency for the current
    user
    """
    future_open: int | Unset = UNSET
    """Number of all Future Pipe/All open sales with date after the period"""
    future_open_total_base_currency: float | Unset = UNSET
    """Summed amount for all Future Pipe/All open sales with date after the period in default
    currency for the installation
    """
    future_open_total_own_currency: float | Unset = UNSET
    """Summed amount for all Future Pipe/All open sales with date after the period in default
    currency for the current user
    """
    future_open_weighted_base_currency: float | Unset = UNSET
    """Weighted sum for all Future Pipe/All open sales with date after the period in default
    currency for the installation
    """
    future_open_weighted_own_currency: float | Unset = UNSET
    """Weighted sum for all Future Pipe/All open sales with date after the period in default
    currency for the current user
    """

    def to_xml(self) -> Element:
        return encode_xml_sale_summary(None, _SALE_SUMMARY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SaleSummary:
        return record_from_xml(decode_xml_sale_summary, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_sale_summary(self)

    @classmethod
    def from_json(cls, data: Any) -> SaleSummary:
        return record_from_json(decode_json_sale_summary, data)


_SALE_SUMMARY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "BaseCurrency",
        "OwnCurrency",
        "SoldTotalBaseCurrency",
        "Sold",
        "SoldTotalOwnCurrency",
        "Lost",
        "LostTotalBaseCurrency",
        "LostTotalOwnCurrency",
        "Open",
        "OpenTotalBaseCurrency",
        "OpenTotalOwnCurrency",
        "OpenWeightedBaseCurrency",
        "OpenWeightedOwnCurrency",
        "PreviousOverdue",
        "PreviousOverdueTotalBaseCurrency",
        "PreviousOverdueTotalOwnCurrency",
        "PreviousOverdueWeightedBaseCurrency",
        "PreviousOverdueWeightedOwnCurrency",
        "CurrentOverdue",
        "CurrentOverdueTotalBaseCurrency",
        "CurrentOverdueTotalOwnCurrency",
        "CurrentOverdueWeightedBaseCurrency",
        "CurrentOverdueWeightedOwnCurrency",
        "FutureOpen",
        "FutureOpenTotalBaseCurrency",
        "FutureOpenTotalOwnCurrency",
        "FutureOpenWeightedBaseCurrency",
        "FutureOpenWeightedOwnCurrency",
    )
)


def decode_xml_sale_summary(element: Element) -> SaleSummary:
    value = SaleSummary()
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
        elif tag == _BASE_CURRENCY:
            value.base_currency = child.text or empty_or_nil(child)
        elif tag == _OWN_CURRENCY:
            value.own_currency = child.text or empty_or_nil(child)
        elif tag == _SOLD_TOTAL_BASE_CURRENCY:
            value.sold_total_base_currency = read_float(child)
        elif tag == _SOLD:
            value.sold = read_int(child)
        elif tag == _SOLD_TOTAL_OWN_CURRENCY:
            value.sold_total_own_currency = read_float(child)
        elif tag == _LOST:
            value.lost = read_int(child)
        elif tag == _LOST_TOTAL_BASE_CURRENCY:
            value.lost_total_base_currency = read_float(child)
        elif tag == _LOST_TOTAL_OWN_CURRENCY:
            value.lost_total_own_currency = read_float(child)
        elif tag == _OPEN:
            value.open = read_int(child)
        elif tag == _OPEN_TOTAL_BASE_CURRENCY:
            value.open_total_base_currency = read_float(child)
        elif tag == _OPEN_TOTAL_OWN_CURRENCY:
            value.open_total_own_currency = read_float(child)
        elif tag == _OPEN_WEIGHTED_BASE_CURRENCY:
            value.open_weighted_base_currency = read_float(child)
        elif tag == _OPEN_WEIGHTED_OWN_CURRENCY:
            value.open_weighted_own_currency = read_float(child)
        elif tag == _PREVIOUS_OVERDUE:
            value.previous_overdue = read_int(child)
        elif tag == _PREVIOUS_OVERDUE_TOTAL_BASE_CURRENCY:
            value.previous_overdue_total_base_currency = read_float(child)
        elif tag == _PREVIOUS_OVERDUE_TOTAL_OWN_CURRENCY:
            value.previous_overdue_total_own_currency = read_float(child)
        elif tag == _PREVIOUS_OVERDUE_WEIGHTED_BASE_CURRENCY:
            value.previous_overdue_weighted_base_currency = read_float(child)
        elif tag == _PREVIOUS_OVERDUE_WEIGHTED_OWN_CURRENCY:
            value.previous_overdue_weighted_own_currency = read_float(child)
        elif tag == _CURRENT_OVERDUE:
            value.current_overdue = read_int(child)
        elif tag == _CURRENT_OVERDUE_TOTAL_BASE_CURRENCY:
            value.current_overdue_total_base_currency = read_float(child)
        elif tag == _CURRENT_OVERDUE_TOTAL_OWN_CURRENCY:
            value.current_overdue_total_own_currency = read_float(child)
        elif tag == _CURRENT_OVERDUE_WEIGHTED_BASE_CURRENCY:
            value.current_overdue_weighted_base_currency = read_float(child)
        elif tag == _CURRENT_OVERDUE_WEIGHTED_OWN_CURRENCY:
            value.current_overdue_weighted_own_currency = read_float(child)
        elif tag == _FUTURE_OPEN:
            value.future_open = read_int(child)
        elif tag == _FUTURE_OPEN_TOTAL_BASE_CURRENCY:
            value.future_open_total_base_currency = read_float(child)
        elif tag == _FUTURE_OPEN_TOTAL_OWN_CURRENCY:
            value.future_open_total_own_currency = read_float(child)
        elif tag == _FUTURE_OPEN_WEIGHTED_BASE_CURRENCY:
            value.future_open_weighted_base_currency = read_float(child)
        elif tag == _FUTURE_OPEN_WEIGHTED_OWN_CURRENCY:
            value.future_open_weighted_own_currency = read_float(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_sale_summary(parent: Element | None, tag: str, value: SaleSummary) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _BASE_CURRENCY, value.base_currency, write_str)
    put(element, _OWN_CURRENCY, value.own_currency, write_str)
    put(element, _SOLD_TOTAL_BASE_CURRENCY, value.sold_total_base_currency, write_float)
    put(element, _SOLD, value.sold, write_int)
    put(element, _SOLD_TOTAL_OWN_CURRENCY, value.sold_total_own_currency, write_float)
    put(element, _LOST, value.lost, write_int)
    put(element, _LOST_TOTAL_BASE_CURRENCY, value.lost_total_base_currency, write_float)
    put(element, _LOST_TOTAL_OWN_CURRENCY, value.lost_total_own_currency, write_float)
    put(element, _OPEN, value.open, write_int)
    put(element, _OPEN_TOTAL_BASE_CURRENCY, value.open_total_base_currency, write_float)
    put(element, _OPEN_TOTAL_OWN_CURRENCY, value.open_total_own_currency, write_float)
    put(element, _OPEN_WEIGHTED_BASE_CURRENCY, value.open_weighted_base_currency, write_float)
    put(element, _OPEN_WEIGHTED_OWN_CURRENCY, value.open_weighted_own_currency, write_float)
    put(element, _PREVIOUS_OVERDUE, value.previous_overdue, write_int)
    put(
        element,
        _PREVIOUS_OVERDUE_TOTAL_BASE_CURRENCY,
        value.previous_overdue_total_base_currency,
        write_float,
    )
    put(
        element,
        _PREVIOUS_OVERDUE_TOTAL_OWN_CURRENCY,
        value.previous_overdue_total_own_currency,
        write_float,
    )
    put(
        element,
        _PREVIOUS_OVERDUE_WEIGHTED_BASE_CURRENCY,
        value.previous_overdue_weighted_base_currency,
        write_float,
    )
    put(
        element,
        _PREVIOUS_OVERDUE_WEIGHTED_OWN_CURRENCY,
        value.previous_overdue_weighted_own_currency,
        write_float,
    )
    put(element, _CURRENT_OVERDUE, value.current_overdue, write_int)
    put(
        element,
        _CURRENT_OVERDUE_TOTAL_BASE_CURRENCY,
        value.current_overdue_total_base_currency,
        write_float,
    )
    put(
        element,
        _CURRENT_OVERDUE_TOTAL_OWN_CURRENCY,
        value.current_overdue_total_own_currency,
        write_float,
    )
    put(
        element,
        _CURRENT_OVERDUE_WEIGHTED_BASE_CURRENCY,
        value.current_overdue_weighted_base_currency,
        write_float,
    )
    put(
        element,
        _CURRENT_OVERDUE_WEIGHTED_OWN_CURRENCY,
        value.current_overdue_weighted_own_currency,
        write_float,
    )
    put(element, _FUTURE_OPEN, value.future_open, write_int)
    put(
        element,
        _FUTURE_OPEN_TOTAL_BASE_CURRENCY,
        value.future_open_total_base_currency,
        write_float,
    )
    put(
        element, _FUTURE_OPEN_TOTAL_OWN_CURRENCY, value.future_open_total_own_currency, write_float
    )
    put(
        element,
        _FUTURE_OPEN_WEIGHTED_BASE_CURRENCY,
        value.future_open_weighted_base_currency,
        write_float,
    )
    put(
        element,
        _FUTURE_OPEN_WEIGHTED_OWN_CURRENCY,
        value.future_open_weighted_own_currency,
        write_float,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_sale_summary(data: Any, path: str) -> SaleSummary:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SaleSummary)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.base_currency = take_str_nillable(data, "BaseCurrency", path)
    value.own_currency = take_str_nillable(data, "OwnCurrency", path)
    value.sold_total_base_currency = take(data, "SoldTotalBaseCurrency", path, json_float)
    value.sold = take_int(data, "Sold", path)
    value.sold_total_own_currency = take(data, "SoldTotalOwnCurrency", path, json_float)
    value.lost = take_int(data, "Lost", path)
    value.lost_total_base_currency = take(data, "LostTotalBaseCurrency", path, json_float)
    value.lost_total_own_currency = take(data, "LostTotalOwnCurrency", path, json_float)
    value.open = take_int(data, "Open", path)
    value.open_total_base_currency = take(data, "OpenTotalBaseCurrency", path, json_float)
    value.open_total_own_currency = take(data, "OpenTotalOwnCurrency", path, json_float)
    value.open_weighted_base_currency = take(data, "OpenWeightedBaseCurrency", path, json_float)
    value.open_weighted_own_currency = take(data, "OpenWeightedOwnCurrency", path, json_float)
    value.previous_overdue = take_int(data, "PreviousOverdue", path)
    value.previous_overdue_total_base_currency = take(
        data, "PreviousOverdueTotalBaseCurrency", path, json_float
    )
    value.previous_overdue_total_own_currency = take(
        data, "PreviousOverdueTotalOwnCurrency", path, json_float
    )
    value.previous_overdue_weighted_base_currency = take(
        data, "PreviousOverdueWeightedBaseCurrency", path, json_float
    )
    value.previous_overdue_weighted_own_currency = take(
        data, "PreviousOverdueWeightedOwnCurrency", path, json_float
    )
    value.current_overdue = take_int(data, "CurrentOverdue", path)
    value.current_overdue_total_base_currency = take(
        data, "CurrentOverdueTotalBaseCurrency", path, json_float
    )
    value.current_overdue_total_own_currency = take(
        data, "CurrentOverdueTotalOwnCurrency", path, json_float
    )
    value.current_overdue_weighted_base_currency = take(
        data, "CurrentOverdueWeightedBaseCurrency", path, json_float
    )
    value.current_overdue_weighted_own_currency = take(
        data, "CurrentOverdueWeightedOwnCurrency", path, json_float
    )
    value.future_open = take_int(data, "FutureOpen", path)
    value.future_open_total_base_currency = take(
        data, "FutureOpenTotalBaseCurrency", path, json_float
    )
    value.future_open_total_own_currency = take(
        data, "FutureOpenTotalOwnCurrency", path, json_float
    )
    value.future_open_weighted_base_currency = take(
        data, "FutureOpenWeightedBaseCurrency", path, json_float
    )
    value.future_open_weighted_own_currency = take(
        data, "FutureOpenWeightedOwnCurrency", path, json_float
    )
    value.extra = (
        None if _SALE_SUMMARY_KEYS.issuperset(data) else json_extra(data, _SALE_SUMMARY_KEYS)
    )
    return value


def encode_json_sale_summary(value: SaleSummary) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "BaseCurrency", value.base_currency, json_write_str)
    put_json(result, "OwnCurrency", value.own_currency, json_write_str)
    put_json(result, "SoldTotalBaseCurrency", value.sold_total_base_currency, json_write_float)
    put_json(result, "Sold", value.sold, json_write_int)
    put_json(result, "SoldTotalOwnCurrency", value.sold_total_own_currency, json_write_float)
    put_json(result, "Lost", value.lost, json_write_int)
    put_json(result, "LostTotalBaseCurrency", value.lost_total_base_currency, json_write_float)
    put_json(result, "LostTotalOwnCurrency", value.lost_total_own_currency, json_write_float)
    put_json(result, "Open", value.open, json_write_int)
    put_json(result, "OpenTotalBaseCurrency", value.open_total_base_currency, json_write_float)
    put_json(result, "OpenTotalOwnCurrency", value.open_total_own_currency, json_write_float)
    put_json(
        result, "OpenWeightedBaseCurrency", value.open_weighted_base_currency, json_write_float
    )
    put_json(result, "OpenWeightedOwnCurrency", value.open_weighted_own_currency, json_write_float)
    put_json(result, "PreviousOverdue", value.previous_overdue, json_write_int)
    put_json(
        result,
        "PreviousOverdueTotalBaseCurrency",
        value.previous_overdue_total_base_currency,
        json_write_float,
    )
    put_json(
        result,
        "PreviousOverdueTotalOwnCurrency",
        value.previous_overdue_total_own_currency,
        json_write_float,
    )
    put_json(
        result,
        "PreviousOverdueWeightedBaseCurrency",
        value.previous_overdue_weighted_base_currency,
        json_write_float,
    )
    put_json(
        result,
        "PreviousOverdueWeightedOwnCurrency",
        value.previous_overdue_weighted_own_currency,
        json_write_float,
    )
    put_json(result, "CurrentOverdue", value.current_overdue, json_write_int)
    put_json(
        result,
        "CurrentOverdueTotalBaseCurrency",
        value.current_overdue_total_base_currency,
        json_write_float,
    )
    put_json(
        result,
        "CurrentOverdueTotalOwnCurrency",
        value.current_overdue_total_own_currency,
        json_write_float,
    )
    put_json(
        result,
        "CurrentOverdueWeightedBaseCurrency",
        value.current_overdue_weighted_base_currency,
        json_write_float,
    )
    put_json(
        result,
        "CurrentOverdueWeightedOwnCurrency",
        value.current_overdue_weighted_own_currency,
        json_write_float,
    )
    put_json(result, "FutureOpen", value.future_open, json_write_int)
    put_json(
        result,
        "FutureOpenTotalBaseCurrency",
        value.future_open_total_base_currency,
        json_write_float,
    )
    put_json(
        result,
        "FutureOpenTotalOwnCurrency",
        value.future_open_total_own_currency,
        json_write_float,
    )
    put_json(
        result,
        "FutureOpenWeightedBaseCurrency",
        value.future_open_weighted_base_currency,
        json_write_float,
    )
    put_json(
        result,
        "FutureOpenWeightedOwnCurrency",
        value.future_open_weighted_own_currency,
        json_write_float,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SALE_SUMMARY_CODEC = Codec(
    decode_xml_sale_summary,
    encode_xml_sale_summary,
    decode_json_sale_summary,
    encode_json_sale_summary,
)
