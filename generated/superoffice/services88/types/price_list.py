"""Services88 types: ArrayOfPriceList, PriceList.

Used by the Quote agent.
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
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_int,
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

_CURRENCY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Currency"
_CURRENCY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CurrencyName"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_ERP_PRICE_LIST_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPPriceListKey"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_ACTIVE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsActive"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PRICE_LIST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PriceList"
_PRICE_LIST_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PriceListId"
_QUOTE_CONNECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteConnectionId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_VALID_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ValidFrom"
_VALID_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ValidTo"


@dataclasses.dataclass(kw_only=True, repr=False)
class PriceList(Carrier):
    """A pricelist is basically a collection of products. It can be valid in a time period, and
    outright deactivated. All prices in the product list is in a specific currency. We have
    decieded not to separate prices and products, which means that we get a simpler data model,
    but some redundancy.

    Carrier object for PriceList. Services for the PriceList Carrier is available from the Quote
    Agent.
    """

    price_list_id: int | Unset = UNSET
    """Primary key"""
    erp_price_list_key: str | None | Unset = UNSET
    """The key that uniquely identifies this pricelist in the ERP system"""
    quote_connection_id: int | Unset = UNSET
    """(Reserved for future use) The connection to the ERP system used for this pricelist"""
    name: str | None | Unset = UNSET
    """Name of this pricelist to use in the user interface."""
    description: str | None | Unset = UNSET
    """Description of this pricelist , will be used as tool-tip in the user interface."""
    currency: str | None | Unset = UNSET
    """The iso currency code, like 'USD' or 'NOK'."""
    currency_name: str | None | Unset = UNSET
    """The name to use in the user interface, like perhaps 'US dollar' or '$'"""
    valid_from: datetime.datetime | Unset = UNSET
    """The date (inclusive) the pricelist start to be valid. This can be DateTime.MinValue to
    signal that it doesn't have a specific start date.
    """
    valid_to: datetime.datetime | Unset = UNSET
    """The date (inclusive) the pricelist ends to be valid. This can be DateTime.MaxValue to signal
    that it doesn't have a specific end date.
    """
    is_active: bool | Unset = UNSET
    """Is the list active (as opposed to being worked on, suddenly canceled, etc."""

    def to_xml(self) -> Element:
        return encode_xml_price_list(None, _PRICE_LIST, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PriceList:
        return record_from_xml(decode_xml_price_list, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_price_list(self)

    @classmethod
    def from_json(cls, data: Any) -> PriceList:
        return record_from_json(decode_json_price_list, data)


_PRICE_LIST_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "PriceListId",
        "ERPPriceListKey",
        "QuoteConnectionId",
        "Name",
        "Description",
        "Currency",
        "CurrencyName",
        "ValidFrom",
        "ValidTo",
        "IsActive",
    )
)


def decode_xml_price_list(element: Element) -> PriceList:
    value = PriceList()
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
        elif tag == _PRICE_LIST_ID:
            value.price_list_id = read_int(child)
        elif tag == _ERP_PRICE_LIST_KEY:
            value.erp_price_list_key = child.text or empty_or_nil(child)
        elif tag == _QUOTE_CONNECTION_ID:
            value.quote_connection_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _CURRENCY:
            value.currency = child.text or empty_or_nil(child)
        elif tag == _CURRENCY_NAME:
            value.currency_name = child.text or empty_or_nil(child)
        elif tag == _VALID_FROM:
            value.valid_from = read_datetime(child)
        elif tag == _VALID_TO:
            value.valid_to = read_datetime(child)
        elif tag == _IS_ACTIVE:
            value.is_active = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_price_list(parent: Element | None, tag: str, value: PriceList) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PRICE_LIST_ID, value.price_list_id, write_int)
    put(element, _ERP_PRICE_LIST_KEY, value.erp_price_list_key, write_str)
    put(element, _QUOTE_CONNECTION_ID, value.quote_connection_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _CURRENCY, value.currency, write_str)
    put(element, _CURRENCY_NAME, value.currency_name, write_str)
    put(element, _VALID_FROM, value.valid_from, write_datetime)
    put(element, _VALID_TO, value.valid_to, write_datetime)
    put(element, _IS_ACTIVE, value.is_active, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_price_list(data: Any, path: str) -> PriceList:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PriceList)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.price_list_id = take_int(data, "PriceListId", path)
    value.erp_price_list_key = take_str_nillable(data, "ERPPriceListKey", path)
    value.quote_connection_id = take_int(data, "QuoteConnectionId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.currency = take_str_nillable(data, "Currency", path)
    value.currency_name = take_str_nillable(data, "CurrencyName", path)
    value.valid_from = take(data, "ValidFrom", path, json_datetime)
    value.valid_to = take(data, "ValidTo", path, json_datetime)
    value.is_active = take_bool(data, "IsActive", path)
    value.extra = None if _PRICE_LIST_KEYS.issuperset(data) else json_extra(data, _PRICE_LIST_KEYS)
    return value


def encode_json_price_list(value: PriceList) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "PriceListId", value.price_list_id, json_write_int)
    put_json(result, "ERPPriceListKey", value.erp_price_list_key, json_write_str)
    put_json(result, "QuoteConnectionId", value.quote_connection_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Currency", value.currency, json_write_str)
    put_json(result, "CurrencyName", value.currency_name, json_write_str)
    put_json(result, "ValidFrom", value.valid_from, json_write_datetime)
    put_json(result, "ValidTo", value.valid_to, json_write_datetime)
    put_json(result, "IsActive", value.is_active, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PRICE_LIST_CODEC = Codec(
    decode_xml_price_list, encode_xml_price_list, decode_json_price_list, encode_json_price_list
)


def decode_xml_list_of_price_list(element: Element) -> list[PriceList | None]:
    """``ArrayOfPriceList``: a list of ``PriceList`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_price_list(child))
        for child in element
        if child.tag == _PRICE_LIST
    ]


def encode_xml_list_of_price_list(
    parent: Element | None, tag: str, value: list[PriceList | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PRICE_LIST, item, encode_xml_price_list)
    return element


def decode_json_list_of_price_list(data: Any, path: str) -> list[PriceList | None]:
    return json_items_nillable(data, path, decode_json_price_list)


def encode_json_list_of_price_list(value: list[PriceList | None]) -> list[Any]:
    return [(None if item is None else encode_json_price_list(item)) for item in value]


LIST_OF_PRICE_LIST_CODEC = Codec(
    decode_xml_list_of_price_list,
    encode_xml_list_of_price_list,
    decode_json_list_of_price_list,
    encode_json_list_of_price_list,
)
