"""Services88 types: ArrayOfSaleSummaryItem, SaleSummaryItem.

Used by the Contact, Person agents.
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
    json_float,
    json_items_nillable,
    json_object,
    json_short,
    json_write_datetime,
    json_write_float,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_float,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_str_nillable,
    write_datetime,
    write_float,
    write_int,
    write_short,
    write_str,
)
from .activity_status import (
    ActivityStatus,
    decode_json_activity_status,
    decode_xml_activity_status,
    encode_json_activity_status,
    encode_xml_activity_status,
)
from .sale_status import (
    SaleStatus,
    decode_json_sale_status,
    decode_xml_sale_status,
    encode_json_sale_status,
    encode_xml_sale_status,
)

_AMOUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Amount"
_AMOUNT_IN_BASE_CURRENCY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AmountInBaseCurrency"
)
_COMPLETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Completed"
_CURRENCY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Currency"
_HEADING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Heading"
_PROBABILITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Probability"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_SALE_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleDate"
_SALE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleId"
_SALE_SUMMARY_ITEM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleSummaryItem"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"


@dataclasses.dataclass(kw_only=True, repr=False)
class SaleSummaryItem(Record):
    """Sale Summary item

    Carrier object for SaleSummaryItem. Services for the SaleSummaryItem Carrier is available
    from the Sale Agent.
    """

    sale_id: int | Unset = UNSET
    """Primary key"""
    sale_date: datetime.datetime | Unset = UNSET
    """Expected sales date"""
    probability: int | Unset = UNSET
    """Probability of sale succeess in percent (0-100)"""
    heading: str | None | Unset = UNSET
    """Sale heading (short description?)"""
    amount: float | Unset = UNSET
    """Total sale amount"""
    currency: str | None | Unset = UNSET
    """Currency the sale amount is in."""
    amount_in_base_currency: float | Unset = UNSET
    """Sale amount converted to the base currency."""
    status: SaleStatus | str | Unset = UNSET
    """The sale's status, indicating whether the sale is open(1), sold(2) or lost(3)."""
    completed: ActivityStatus | str | Unset = UNSET
    """The Completed state. NotStarted(1) or Completed(3)"""
    registered: datetime.datetime | Unset = UNSET
    """Registered date in UTC."""

    def to_xml(self) -> Element:
        return encode_xml_sale_summary_item(None, _SALE_SUMMARY_ITEM, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SaleSummaryItem:
        return record_from_xml(decode_xml_sale_summary_item, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_sale_summary_item(self)

    @classmethod
    def from_json(cls, data: Any) -> SaleSummaryItem:
        return record_from_json(decode_json_sale_summary_item, data)


_SALE_SUMMARY_ITEM_KEYS = frozenset(
    (
        "SaleId",
        "SaleDate",
        "Probability",
        "Heading",
        "Amount",
        "Currency",
        "AmountInBaseCurrency",
        "Status",
        "Completed",
        "Registered",
    )
)


def decode_xml_sale_summary_item(element: Element) -> SaleSummaryItem:
    value = SaleSummaryItem()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _SALE_ID:
            value.sale_id = read_int(child)
        elif tag == _SALE_DATE:
            value.sale_date = read_datetime(child)
        elif tag == _PROBABILITY:
            value.probability = read_short(child)
        elif tag == _HEADING:
            value.heading = child.text or empty_or_nil(child)
        elif tag == _AMOUNT:
            value.amount = read_float(child)
        elif tag == _CURRENCY:
            value.currency = child.text or empty_or_nil(child)
        elif tag == _AMOUNT_IN_BASE_CURRENCY:
            value.amount_in_base_currency = read_float(child)
        elif tag == _STATUS:
            value.status = decode_xml_sale_status(child)
        elif tag == _COMPLETED:
            value.completed = decode_xml_activity_status(child)
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_sale_summary_item(
    parent: Element | None, tag: str, value: SaleSummaryItem
) -> Element:
    element = new_child(parent, tag)
    put(element, _SALE_ID, value.sale_id, write_int)
    put(element, _SALE_DATE, value.sale_date, write_datetime)
    put(element, _PROBABILITY, value.probability, write_short)
    put(element, _HEADING, value.heading, write_str)
    put(element, _AMOUNT, value.amount, write_float)
    put(element, _CURRENCY, value.currency, write_str)
    put(element, _AMOUNT_IN_BASE_CURRENCY, value.amount_in_base_currency, write_float)
    put(element, _STATUS, value.status, encode_xml_sale_status)
    put(element, _COMPLETED, value.completed, encode_xml_activity_status)
    put(element, _REGISTERED, value.registered, write_datetime)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_sale_summary_item(data: Any, path: str) -> SaleSummaryItem:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SaleSummaryItem)
    value.sale_id = take_int(data, "SaleId", path)
    value.sale_date = take(data, "SaleDate", path, json_datetime)
    value.probability = take(data, "Probability", path, json_short)
    value.heading = take_str_nillable(data, "Heading", path)
    value.amount = take(data, "Amount", path, json_float)
    value.currency = take_str_nillable(data, "Currency", path)
    value.amount_in_base_currency = take(data, "AmountInBaseCurrency", path, json_float)
    value.status = take(data, "Status", path, decode_json_sale_status)
    value.completed = take(data, "Completed", path, decode_json_activity_status)
    value.registered = take(data, "Registered", path, json_datetime)
    value.extra = (
        None
        if _SALE_SUMMARY_ITEM_KEYS.issuperset(data)
        else json_extra(data, _SALE_SUMMARY_ITEM_KEYS)
    )
    return value


def encode_json_sale_summary_item(value: SaleSummaryItem) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "SaleId", value.sale_id, json_write_int)
    put_json(result, "SaleDate", value.sale_date, json_write_datetime)
    put_json(result, "Probability", value.probability, json_write_short)
    put_json(result, "Heading", value.heading, json_write_str)
    put_json(result, "Amount", value.amount, json_write_float)
    put_json(result, "Currency", value.currency, json_write_str)
    put_json(result, "AmountInBaseCurrency", value.amount_in_base_currency, json_write_float)
    put_json(result, "Status", value.status, encode_json_sale_status)
    put_json(result, "Completed", value.completed, encode_json_activity_status)
    put_json(result, "Registered", value.registered, json_write_datetime)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SALE_SUMMARY_ITEM_CODEC = Codec(
    decode_xml_sale_summary_item,
    encode_xml_sale_summary_item,
    decode_json_sale_summary_item,
    encode_json_sale_summary_item,
)


def decode_xml_list_of_sale_summary_item(element: Element) -> list[SaleSummaryItem | None]:
    """``ArrayOfSaleSummaryItem``: a list of ``SaleSummaryItem`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_sale_summary_item(child))
        for child in element
        if child.tag == _SALE_SUMMARY_ITEM
    ]


def encode_xml_list_of_sale_summary_item(
    parent: Element | None, tag: str, value: list[SaleSummaryItem | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _SALE_SUMMARY_ITEM, item, encode_xml_sale_summary_item)
    return element


def decode_json_list_of_sale_summary_item(data: Any, path: str) -> list[SaleSummaryItem | None]:
    return json_items_nillable(data, path, decode_json_sale_summary_item)


def encode_json_list_of_sale_summary_item(value: list[SaleSummaryItem | None]) -> list[Any]:
    return [(None if item is None else encode_json_sale_summary_item(item)) for item in value]


LIST_OF_SALE_SUMMARY_ITEM_CODEC = Codec(
    decode_xml_list_of_sale_summary_item,
    encode_xml_list_of_sale_summary_item,
    decode_json_list_of_sale_summary_item,
    encode_json_list_of_sale_summary_item,
)
