"""Services88 types: ArrayOfQuoteAlternative, QuoteAlternative.

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
    json_float,
    json_items_nillable,
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
from .quote_status import (
    QuoteStatus,
    decode_json_quote_status,
    decode_xml_quote_status,
    encode_json_quote_status,
    encode_xml_quote_status,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .value_override import (
    ValueOverride,
    decode_json_value_override,
    decode_xml_value_override,
    encode_json_value_override,
    encode_xml_value_override,
)

_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_DISCOUNT_AMOUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DiscountAmount"
_DISCOUNT_PERCENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DiscountPercent"
_EARNING_AMOUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EarningAmount"
_EARNING_PERCENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EarningPercent"
_ERP_DISCOUNT_AMOUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPDiscountAmount"
_ERP_DISCOUNT_PERCENT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPDiscountPercent"
)
_ERP_QUOTE_ALTERNATIVE_KEY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPQuoteAlternativeKey"
)
_EXTRA_FIELD_1 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField1"
_EXTRA_FIELD_2 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField2"
_EXTRA_FIELD_3 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField3"
_EXTRA_FIELD_4 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField4"
_EXTRA_FIELD_5 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField5"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_QUOTE_ALTERNATIVE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteAlternative"
_QUOTE_ALTERNATIVE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteAlternativeId"
)
_QUOTE_VERSION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteVersionId"
_REASON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Reason"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_SUB_TOTAL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SubTotal"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOTAL_PRICE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TotalPrice"
_USER_VALUE_OVERRIDE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserValueOverride"
_VAT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VAT"
_VAT_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VATInfo"


@dataclasses.dataclass(kw_only=True, repr=False)
class QuoteAlternative(Carrier):
    """Information about a connection to the ERP system.

    Carrier object for QuoteAlternative. Services for the QuoteAlternative Carrier is available
    from the Quote Agent.
    """

    quote_alternative_id: int | Unset = UNSET
    """Primary key"""
    erp_quote_alternative_key: str | None | Unset = UNSET
    """Key that identifies this alternative in the ERP system, if it exists there."""
    quote_version_id: int | Unset = UNSET
    """The version that owns this alternative (the chain is Sale 1-&gt;1 Quote 1-&gt;+ QuoteVersion
    1-&gt;+ QuoteAlternative.
    """
    name: str | None | Unset = UNSET
    """Name of Alternative. Shown in tab in user interface, intentionally kept short"""
    description: str | None | Unset = UNSET
    """The tool-tip to use in the user interface (on the tab, for instance)."""
    status: QuoteStatus | str | Unset = UNSET
    """If there was a problem with for instance calculation, this field is set to warning or error."""
    reason: str | None | Unset = UNSET
    """If there was a problem, this field contains a localized explanation of the problem and
    possible steps to fix it that the user can be shown.
    """
    erp_discount_percent: float | Unset = UNSET
    """The discount the system calculates based on customer /amount / whatever. Can be overridden
    by the sales rep in the field ‘DiscountPercent’ or ‘DiscountAmount’. Both the two
    ‘ERPDiscountPercent’ and ‘ERPDiscountAmount’ shall be filled out. If UserValueOverride is
    'None', then the ERPDiscountAmount shall be copied into DiscountAmount and
    ERPDiscountPercent into DiscountPercent. The Percentage is given in integer form, i.e. ‘12%’
    is represented as ‘12’.
    """
    erp_discount_amount: float | Unset = UNSET
    """The discount the system calculates based on customer /amount / whatever. Can be overridden
    by the user in the field ‘DiscountPercent’ or ‘DiscountAmount’. Both the two
    ‘ERPDiscountPercent’ and ‘ERPDiscountAmount’ shall be filled out. If UserValueOverride is
    'None', then the ERPDiscountAmount shall be copied into DiscountAmount and
    ERPDiscountPercent into DiscountPercent.
    """
    discount_percent: float | Unset = UNSET
    """The discount the sales rep specifies, in percent. Both the two ‘DiscountPercent’ and
    ‘DiscountAmount’ shall be filled out, but the UserValueOverride field must be set to the
    field the user actually changed. If this field is filled out by the user, it overrides the
    discount suggested by the connector. If the user has not filled any values, the system will
    copy the ERP discount percent value into this field. The Percentage is given in integer
    form, i.e. ‘12%’ is represented as ‘12’.
    """
    discount_amount: float | Unset = UNSET
    """The discount the sales rep specifies, in whatever currency the sale is in. Both the two
    ‘DiscountPercent’ and ‘DiscountAmount’ shall be filled out, but the UserValueOverride field
    must be set to the field the user actually changed. If this field is filled out by the user,
    it overrides the discount suggested by the connector. If the user has not filled any values,
    the system will copy the ERP discount amount value into this field.
    """
    user_value_override: ValueOverride | str | Unset = UNSET
    """Has the pre-calculated (from ERP) price information been overridden, and how. If the user
    has filled out the discountpercentage field, then the UserValueOverride field is set to
    OverridePercent. (The DiscountAmount, EarningPercent, EarningAmount and TotalPrice fields
    are calculated based on the discountPercent.)
    """
    vat_info: str | None | Unset = UNSET
    """Extra info about VAT that the connector might insert. This field has no business logic in
    the CRM code, but is available as a merge field in the quote documents.
    """
    vat: float | Unset = UNSET
    """Tax/VAT - THIS IS AN AMOUNT, available as a merge field in the quote document. The
    SuperOffice quote connector will calculate this field based on the vat PERCENTAGES on the
    individual lines; other connectors may implement other algorithms at will.
    """
    earning_percent: float | Unset = UNSET
    """The earning on this alternative, in percent of total. The Percentage is given in integer
    form, i.e. ‘12%’ is represented as ‘12’.
    """
    earning_amount: float | Unset = UNSET
    """Earning on this alternative, as an absolute amount"""
    sub_total: float | Unset = UNSET
    """Value to help the user interface, is computed by summing the totalprice of the quotelines,
    and NOT by summing their subtotals
    """
    total_price: float | Unset = UNSET
    """Sum of the QuoteLines.TotalPrice - AlternativeDiscount or QuoteLines.TotalCost + Earning
    based on what, if anything, the user has entered last. Shall be calculated by the connector.
    """
    extra_field_1: str | None | Unset = UNSET
    """Optional information added by Quote Connector; usable in the quote document merge process"""
    extra_field_2: str | None | Unset = UNSET
    """Optional information added by Quote Connector; usable in the quote document merge process"""
    extra_field_3: str | None | Unset = UNSET
    """Optional information added by Quote Connector; usable in the quote document merge process"""
    extra_field_4: str | None | Unset = UNSET
    """Optional information added by Quote Connector; usable in the quote document merge process"""
    extra_field_5: str | None | Unset = UNSET
    """Optional information added by Quote Connector; usable in the quote document merge process"""

    def to_xml(self) -> Element:
        return encode_xml_quote_alternative(None, _QUOTE_ALTERNATIVE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> QuoteAlternative:
        return record_from_xml(decode_xml_quote_alternative, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_quote_alternative(self)

    @classmethod
    def from_json(cls, data: Any) -> QuoteAlternative:
        return record_from_json(decode_json_quote_alternative, data)


_QUOTE_ALTERNATIVE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "QuoteAlternativeId",
        "ERPQuoteAlternativeKey",
        "QuoteVersionId",
        "Name",
        "Description",
        "Status",
        "Reason",
        "ERPDiscountPercent",
        "ERPDiscountAmount",
        "DiscountPercent",
        "DiscountAmount",
        "UserValueOverride",
        "VATInfo",
        "VAT",
        "EarningPercent",
        "EarningAmount",
        "SubTotal",
        "TotalPrice",
        "ExtraField1",
        "ExtraField2",
        "ExtraField3",
        "ExtraField4",
        "ExtraField5",
    )
)


def decode_xml_quote_alternative(element: Element) -> QuoteAlternative:
    value = QuoteAlternative()
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
        elif tag == _QUOTE_ALTERNATIVE_ID:
            value.quote_alternative_id = read_int(child)
        elif tag == _ERP_QUOTE_ALTERNATIVE_KEY:
            value.erp_quote_alternative_key = child.text or empty_or_nil(child)
        elif tag == _QUOTE_VERSION_ID:
            value.quote_version_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _STATUS:
            value.status = decode_xml_quote_status(child)
        elif tag == _REASON:
            value.reason = child.text or empty_or_nil(child)
        elif tag == _ERP_DISCOUNT_PERCENT:
            value.erp_discount_percent = read_float(child)
        elif tag == _ERP_DISCOUNT_AMOUNT:
            value.erp_discount_amount = read_float(child)
        elif tag == _DISCOUNT_PERCENT:
            value.discount_percent = read_float(child)
        elif tag == _DISCOUNT_AMOUNT:
            value.discount_amount = read_float(child)
        elif tag == _USER_VALUE_OVERRIDE:
            value.user_value_override = decode_xml_value_override(child)
        elif tag == _VAT_INFO:
            value.vat_info = child.text or empty_or_nil(child)
        elif tag == _VAT:
            value.vat = read_float(child)
        elif tag == _EARNING_PERCENT:
            value.earning_percent = read_float(child)
        elif tag == _EARNING_AMOUNT:
            value.earning_amount = read_float(child)
        elif tag == _SUB_TOTAL:
            value.sub_total = read_float(child)
        elif tag == _TOTAL_PRICE:
            value.total_price = read_float(child)
        elif tag == _EXTRA_FIELD_1:
            value.extra_field_1 = child.text or empty_or_nil(child)
        elif tag == _EXTRA_FIELD_2:
            value.extra_field_2 = child.text or empty_or_nil(child)
        elif tag == _EXTRA_FIELD_3:
            value.extra_field_3 = child.text or empty_or_nil(child)
        elif tag == _EXTRA_FIELD_4:
            value.extra_field_4 = child.text or empty_or_nil(child)
        elif tag == _EXTRA_FIELD_5:
            value.extra_field_5 = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_quote_alternative(
    parent: Element | None, tag: str, value: QuoteAlternative
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _QUOTE_ALTERNATIVE_ID, value.quote_alternative_id, write_int)
    put(element, _ERP_QUOTE_ALTERNATIVE_KEY, value.erp_quote_alternative_key, write_str)
    put(element, _QUOTE_VERSION_ID, value.quote_version_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _STATUS, value.status, encode_xml_quote_status)
    put(element, _REASON, value.reason, write_str)
    put(element, _ERP_DISCOUNT_PERCENT, value.erp_discount_percent, write_float)
    put(element, _ERP_DISCOUNT_AMOUNT, value.erp_discount_amount, write_float)
    put(element, _DISCOUNT_PERCENT, value.discount_percent, write_float)
    put(element, _DISCOUNT_AMOUNT, value.discount_amount, write_float)
    put(element, _USER_VALUE_OVERRIDE, value.user_value_override, encode_xml_value_override)
    put(element, _VAT_INFO, value.vat_info, write_str)
    put(element, _VAT, value.vat, write_float)
    put(element, _EARNING_PERCENT, value.earning_percent, write_float)
    put(element, _EARNING_AMOUNT, value.earning_amount, write_float)
    put(element, _SUB_TOTAL, value.sub_total, write_float)
    put(element, _TOTAL_PRICE, value.total_price, write_float)
    put(element, _EXTRA_FIELD_1, value.extra_field_1, write_str)
    put(element, _EXTRA_FIELD_2, value.extra_field_2, write_str)
    put(element, _EXTRA_FIELD_3, value.extra_field_3, write_str)
    put(element, _EXTRA_FIELD_4, value.extra_field_4, write_str)
    put(element, _EXTRA_FIELD_5, value.extra_field_5, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_quote_alternative(data: Any, path: str) -> QuoteAlternative:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(QuoteAlternative)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.quote_alternative_id = take_int(data, "QuoteAlternativeId", path)
    value.erp_quote_alternative_key = take_str_nillable(data, "ERPQuoteAlternativeKey", path)
    value.quote_version_id = take_int(data, "QuoteVersionId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.status = take(data, "Status", path, decode_json_quote_status)
    value.reason = take_str_nillable(data, "Reason", path)
    value.erp_discount_percent = take(data, "ERPDiscountPercent", path, json_float)
    value.erp_discount_amount = take(data, "ERPDiscountAmount", path, json_float)
    value.discount_percent = take(data, "DiscountPercent", path, json_float)
    value.discount_amount = take(data, "DiscountAmount", path, json_float)
    value.user_value_override = take(data, "UserValueOverride", path, decode_json_value_override)
    value.vat_info = take_str_nillable(data, "VATInfo", path)
    value.vat = take(data, "VAT", path, json_float)
    value.earning_percent = take(data, "EarningPercent", path, json_float)
    value.earning_amount = take(data, "EarningAmount", path, json_float)
    value.sub_total = take(data, "SubTotal", path, json_float)
    value.total_price = take(data, "TotalPrice", path, json_float)
    value.extra_field_1 = take_str_nillable(data, "ExtraField1", path)
    value.extra_field_2 = take_str_nillable(data, "ExtraField2", path)
    value.extra_field_3 = take_str_nillable(data, "ExtraField3", path)
    value.extra_field_4 = take_str_nillable(data, "ExtraField4", path)
    value.extra_field_5 = take_str_nillable(data, "ExtraField5", path)
    value.extra = (
        None
        if _QUOTE_ALTERNATIVE_KEYS.issuperset(data)
        else json_extra(data, _QUOTE_ALTERNATIVE_KEYS)
    )
    return value


def encode_json_quote_alternative(value: QuoteAlternative) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "QuoteAlternativeId", value.quote_alternative_id, json_write_int)
    put_json(result, "ERPQuoteAlternativeKey", value.erp_quote_alternative_key, json_write_str)
    put_json(result, "QuoteVersionId", value.quote_version_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Status", value.status, encode_json_quote_status)
    put_json(result, "Reason", value.reason, json_write_str)
    put_json(result, "ERPDiscountPercent", value.erp_discount_percent, json_write_float)
    put_json(result, "ERPDiscountAmount", value.erp_discount_amount, json_write_float)
    put_json(result, "DiscountPercent", value.discount_percent, json_write_float)
    put_json(result, "DiscountAmount", value.discount_amount, json_write_float)
    put_json(result, "UserValueOverride", value.user_value_override, encode_json_value_override)
    put_json(result, "VATInfo", value.vat_info, json_write_str)
    put_json(result, "VAT", value.vat, json_write_float)
    put_json(result, "EarningPercent", value.earning_percent, json_write_float)
    put_json(result, "EarningAmount", value.earning_amount, json_write_float)
    put_json(result, "SubTotal", value.sub_total, json_write_float)
    put_json(result, "TotalPrice", value.total_price, json_write_float)
    put_json(result, "ExtraField1", value.extra_field_1, json_write_str)
    put_json(result, "ExtraField2", value.extra_field_2, json_write_str)
    put_json(result, "ExtraField3", value.extra_field_3, json_write_str)
    put_json(result, "ExtraField4", value.extra_field_4, json_write_str)
    put_json(result, "ExtraField5", value.extra_field_5, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


QUOTE_ALTERNATIVE_CODEC = Codec(
    decode_xml_quote_alternative,
    encode_xml_quote_alternative,
    decode_json_quote_alternative,
    encode_json_quote_alternative,
)


def decode_xml_list_of_quote_alternative(element: Element) -> list[QuoteAlternative | None]:
    """``ArrayOfQuoteAlternative``: a list of ``QuoteAlternative`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_quote_alternative(child))
        for child in element
        if child.tag == _QUOTE_ALTERNATIVE
    ]


def encode_xml_list_of_quote_alternative(
    parent: Element | None, tag: str, value: list[QuoteAlternative | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _QUOTE_ALTERNATIVE, item, encode_xml_quote_alternative)
    return element


def decode_json_list_of_quote_alternative(data: Any, path: str) -> list[QuoteAlternative | None]:
    return json_items_nillable(data, path, decode_json_quote_alternative)


def encode_json_list_of_quote_alternative(value: list[QuoteAlternative | None]) -> list[Any]:
    return [(None if item is None else encode_json_quote_alternative(item)) for item in value]


LIST_OF_QUOTE_ALTERNATIVE_CODEC = Codec(
    decode_xml_list_of_quote_alternative,
    encode_xml_list_of_quote_alternative,
    decode_json_list_of_quote_alternative,
    encode_json_list_of_quote_alternative,
)
