"""Services88 types: Quote.

Used by the Quote agent.
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
from .quote_alternative import (
    QuoteAlternative,
    decode_json_quote_alternative,
    decode_xml_quote_alternative,
    encode_json_quote_alternative,
    encode_xml_quote_alternative,
)
from .quote_version import (
    QuoteVersion,
    decode_json_quote_version,
    decode_xml_quote_version,
    encode_json_quote_version,
    encode_xml_quote_version,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ACCEPTED_QUOTE_ALTERNATIVE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AcceptedQuoteAlternativeId"
)
_ACTIVE_QUOTE_VERSION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveQuoteVersion"
)
_ACTIVE_QUOTE_VERSION_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveQuoteVersionId"
)
_DOCUMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentId"
_ERP_ORDER_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPOrderKey"
_ERP_QUOTE_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPQuoteKey"
_FAVORITE_QUOTE_ALTERNATIVE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}FavoriteQuoteAlternative"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_ORDER_COMMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OrderComment"
_PO_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PoNumber"
_PREFERRED_EMAIL_CULTURE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreferredEmailCulture"
)
_QUOTE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Quote"
_QUOTE_CONNECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteConnectionId"
_QUOTE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteId"
_SALE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_USE_VALUES_FROM_QUOTE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UseValuesFromQuote"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class Quote(Carrier):
    """Quote carrier with the active quote version and favorite alternative.

    Carrier object for Quote. Services for the Quote Carrier is available from the Quote Agent.
    """

    quote_id: int | Unset = UNSET
    """Primary key"""
    sale_id: int | Unset = UNSET
    """The foreign key to the corresponding sale"""
    quote_connection_id: int | Unset = UNSET
    """The connection in the CRM system to where this quote came from. Identifies the ERP
    connection used for this quote. Each quote is bound to one and only one connection.
    """
    erp_quote_key: str | None | Unset = UNSET
    """Foreign key of quote (if available). The key in the ERP system that identifies this sale's
    Quote (as opposed to the later Order information)
    """
    erp_order_key: str | None | Unset = UNSET
    """The key in the ERP system that identifies this sale's Order, as transferred and possibly
    later edited in the ERP system. Only filled out if there exists a corresponding order
    representation of the quote in the ERP system.
    """
    active_quote_version_id: int | Unset = UNSET
    """The primary key of the Quote Version that is currently active. (The active version will
    always be the latest version.)
    """
    accepted_quote_alternative_id: int | Unset = UNSET
    """The primary key of the Quote Alternative which was finally accepted by the customer. Set
    when the user is marking a quote as accepted.
    """
    use_values_from_quote: int | Unset = UNSET
    """If true, then the Earning, Earning_Percent and Amount fields are populated from the
    QuoteVersion.QuoteAlternative (current revision, most-likely alternative).
    """
    document_id: int | Unset = UNSET
    """The ID of the main Quote Document"""
    po_number: str | None | Unset = UNSET
    """Customer's Purchase order number"""
    order_comment: str | None | Unset = UNSET
    """A comment that is intended for the Invoice, Order, Packing list and similar stages - AFTER
    the quote has become an order and goes to ERP for processing
    """
    preferred_email_culture: str | None | Unset = UNSET
    """When emails are sent (offer or confirmation), a language can be chosen in the GUI; this
    field saves the most recent choice and can be used to default the next such choice.
    Default-default is user's current language
    """
    active_quote_version: QuoteVersion | None | Unset = UNSET
    """The active quote version for the quote"""
    favorite_quote_alternative: QuoteAlternative | None | Unset = UNSET
    """The favorite quote alternative for the quote and active quote version."""

    def to_xml(self) -> Element:
        return encode_xml_quote(None, _QUOTE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Quote:
        return record_from_xml(decode_xml_quote, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_quote(self)

    @classmethod
    def from_json(cls, data: Any) -> Quote:
        return record_from_json(decode_json_quote, data)


_QUOTE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "QuoteId",
        "SaleId",
        "QuoteConnectionId",
        "ERPQuoteKey",
        "ERPOrderKey",
        "ActiveQuoteVersionId",
        "AcceptedQuoteAlternativeId",
        "UseValuesFromQuote",
        "DocumentId",
        "PoNumber",
        "OrderComment",
        "PreferredEmailCulture",
        "ActiveQuoteVersion",
        "FavoriteQuoteAlternative",
    )
)


def decode_xml_quote(element: Element) -> Quote:
    value = Quote()
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
        elif tag == _QUOTE_ID:
            value.quote_id = read_int(child)
        elif tag == _SALE_ID:
            value.sale_id = read_int(child)
        elif tag == _QUOTE_CONNECTION_ID:
            value.quote_connection_id = read_int(child)
        elif tag == _ERP_QUOTE_KEY:
            value.erp_quote_key = child.text or empty_or_nil(child)
        elif tag == _ERP_ORDER_KEY:
            value.erp_order_key = child.text or empty_or_nil(child)
        elif tag == _ACTIVE_QUOTE_VERSION_ID:
            value.active_quote_version_id = read_int(child)
        elif tag == _ACCEPTED_QUOTE_ALTERNATIVE_ID:
            value.accepted_quote_alternative_id = read_int(child)
        elif tag == _USE_VALUES_FROM_QUOTE:
            value.use_values_from_quote = read_short(child)
        elif tag == _DOCUMENT_ID:
            value.document_id = read_int(child)
        elif tag == _PO_NUMBER:
            value.po_number = child.text or empty_or_nil(child)
        elif tag == _ORDER_COMMENT:
            value.order_comment = child.text or empty_or_nil(child)
        elif tag == _PREFERRED_EMAIL_CULTURE:
            value.preferred_email_culture = child.text or empty_or_nil(child)
        elif tag == _ACTIVE_QUOTE_VERSION:
            value.active_quote_version = (
                None if child.get(XSI_NIL) in NIL else decode_xml_quote_version(child)
            )
        elif tag == _FAVORITE_QUOTE_ALTERNATIVE:
            value.favorite_quote_alternative = (
                None if child.get(XSI_NIL) in NIL else decode_xml_quote_alternative(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_quote(parent: Element | None, tag: str, value: Quote) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _QUOTE_ID, value.quote_id, write_int)
    put(element, _SALE_ID, value.sale_id, write_int)
    put(element, _QUOTE_CONNECTION_ID, value.quote_connection_id, write_int)
    put(element, _ERP_QUOTE_KEY, value.erp_quote_key, write_str)
    put(element, _ERP_ORDER_KEY, value.erp_order_key, write_str)
    put(element, _ACTIVE_QUOTE_VERSION_ID, value.active_quote_version_id, write_int)
    put(element, _ACCEPTED_QUOTE_ALTERNATIVE_ID, value.accepted_quote_alternative_id, write_int)
    put(element, _USE_VALUES_FROM_QUOTE, value.use_values_from_quote, write_short)
    put(element, _DOCUMENT_ID, value.document_id, write_int)
    put(element, _PO_NUMBER, value.po_number, write_str)
    put(element, _ORDER_COMMENT, value.order_comment, write_str)
    put(element, _PREFERRED_EMAIL_CULTURE, value.preferred_email_culture, write_str)
    put(element, _ACTIVE_QUOTE_VERSION, value.active_quote_version, encode_xml_quote_version)
    put(
        element,
        _FAVORITE_QUOTE_ALTERNATIVE,
        value.favorite_quote_alternative,
        encode_xml_quote_alternative,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_quote(data: Any, path: str) -> Quote:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Quote)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.quote_id = take_int(data, "QuoteId", path)
    value.sale_id = take_int(data, "SaleId", path)
    value.quote_connection_id = take_int(data, "QuoteConnectionId", path)
    value.erp_quote_key = take_str_nillable(data, "ERPQuoteKey", path)
    value.erp_order_key = take_str_nillable(data, "ERPOrderKey", path)
    value.active_quote_version_id = take_int(data, "ActiveQuoteVersionId", path)
    value.accepted_quote_alternative_id = take_int(data, "AcceptedQuoteAlternativeId", path)
    value.use_values_from_quote = take(data, "UseValuesFromQuote", path, json_short)
    value.document_id = take_int(data, "DocumentId", path)
    value.po_number = take_str_nillable(data, "PoNumber", path)
    value.order_comment = take_str_nillable(data, "OrderComment", path)
    value.preferred_email_culture = take_str_nillable(data, "PreferredEmailCulture", path)
    value.active_quote_version = take_nillable(
        data, "ActiveQuoteVersion", path, decode_json_quote_version
    )
    value.favorite_quote_alternative = take_nillable(
        data, "FavoriteQuoteAlternative", path, decode_json_quote_alternative
    )
    value.extra = None if _QUOTE_KEYS.issuperset(data) else json_extra(data, _QUOTE_KEYS)
    return value


def encode_json_quote(value: Quote) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "QuoteId", value.quote_id, json_write_int)
    put_json(result, "SaleId", value.sale_id, json_write_int)
    put_json(result, "QuoteConnectionId", value.quote_connection_id, json_write_int)
    put_json(result, "ERPQuoteKey", value.erp_quote_key, json_write_str)
    put_json(result, "ERPOrderKey", value.erp_order_key, json_write_str)
    put_json(result, "ActiveQuoteVersionId", value.active_quote_version_id, json_write_int)
    put_json(
        result, "AcceptedQuoteAlternativeId", value.accepted_quote_alternative_id, json_write_int
    )
    put_json(result, "UseValuesFromQuote", value.use_values_from_quote, json_write_short)
    put_json(result, "DocumentId", value.document_id, json_write_int)
    put_json(result, "PoNumber", value.po_number, json_write_str)
    put_json(result, "OrderComment", value.order_comment, json_write_str)
    put_json(result, "PreferredEmailCulture", value.preferred_email_culture, json_write_str)
    put_json(result, "ActiveQuoteVersion", value.active_quote_version, encode_json_quote_version)
    put_json(
        result,
        "FavoriteQuoteAlternative",
        value.favorite_quote_alternative,
        encode_json_quote_alternative,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


QUOTE_CODEC = Codec(decode_xml_quote, encode_xml_quote, decode_json_quote, encode_json_quote)
