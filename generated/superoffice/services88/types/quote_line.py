"""Services88 types: ArrayOfQuoteLine, QuoteLine.

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
    json_float,
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_datetime,
    json_write_float,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_float,
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
from .product_extra_data_field import (
    ProductExtraDataField,
    decode_json_list_of_product_extra_data_field,
    decode_xml_list_of_product_extra_data_field,
    encode_json_list_of_product_extra_data_field,
    encode_xml_list_of_product_extra_data_field,
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

_CODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Code"
_DELIVERED_QUANTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DeliveredQuantity"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_DISCOUNT_AMOUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DiscountAmount"
_DISCOUNT_PERCENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DiscountPercent"
_EARNING_AMOUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EarningAmount"
_EARNING_PERCENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EarningPercent"
_ERP_DISCOUNT_AMOUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPDiscountAmount"
_ERP_DISCOUNT_PERCENT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPDiscountPercent"
)
_ERP_PRODUCT_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPProductKey"
_ERP_QUOTE_LINE_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPQuoteLineKey"
_EXTRA_FIELD_1 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField1"
_EXTRA_FIELD_2 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField2"
_EXTRA_FIELD_3 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField3"
_EXTRA_FIELD_4 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField4"
_EXTRA_FIELD_5 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField5"
_EXTRA_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraInfo"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_SUBSCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsSubscription"
_ITEM_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ItemNumber"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PRICE_UNIT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PriceUnit"
_PRODUCT_CATEGORY_KEY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProductCategoryKey"
)
_PRODUCT_FAMILY_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProductFamilyKey"
_PRODUCT_TYPE_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProductTypeKey"
_QUANTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Quantity"
_QUANTITY_UNIT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuantityUnit"
_QUOTE_ALTERNATIVE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteAlternativeId"
)
_QUOTE_LINE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteLine"
_QUOTE_LINE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteLineId"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_RAW_EXTRA_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RawExtraInfo"
_REASON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Reason"
_RIGHTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rights"
_RULE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rule"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_SUBSCRIPTION_QUANTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SubscriptionQuantity"
)
_SUBSCRIPTION_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SubscriptionStart"
_SUBSCRIPTION_UNIT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SubscriptionUnit"
_SUB_TOTAL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SubTotal"
_SUPPLIER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Supplier"
_SUPPLIER_CODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SupplierCode"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_THUMBNAIL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Thumbnail"
_TOTAL_PRICE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TotalPrice"
_UNIT_COST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UnitCost"
_UNIT_LIST_PRICE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UnitListPrice"
_UNIT_MINIMUM_PRICE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UnitMinimumPrice"
_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Url"
_USER_VALUE_OVERRIDE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserValueOverride"
_VAT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VAT"
_VAT_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VATInfo"


@dataclasses.dataclass(kw_only=True, repr=False)
class QuoteLine(Carrier):
    """Information about a connection to the ERP system.

    Carrier object for QuoteLine. Services for the QuoteLine Carrier is available from the Quote
    Agent.
    """

    quote_line_id: int | Unset = UNSET
    """Primary key"""
    erp_quote_line_key: str | None | Unset = UNSET
    """The foreign key to the quoteline in ERP system (if it has such a representation)."""
    quote_alternative_id: int | Unset = UNSET
    """The alternative this line is part of, the conceptual Parent in CRM database."""
    erp_product_key: str | None | Unset = UNSET
    """Foreign key of product+pricelist this line is based on. Can be blank since the QuoteLine
    doesn’t have to be connected to a product.
    """
    status: QuoteStatus | str | Unset = UNSET
    """If there was a problem with for instance calculation, this field is set to warning or error.
    Typically shown as an icon. QuoteStatus is an enum with statuses: OK, OKWithInfo, Warning,
    Error.
    """
    reason: str | None | Unset = UNSET
    """If QuoteStatus is not OK, then this field contains a localized explanation that the user can
    be shown.
    """
    quantity: float | Unset = UNSET
    """How many units; this is a decimal field since you might want to offer fractional units
    (2.5kg, or 0.5PC).
    """
    delivered_quantity: float | Unset = UNSET
    """How many units have been delivered - updated by ERP system."""
    rank: int | Unset = UNSET
    """QuoteLines can be re-ordered, so we must track the ordering."""
    name: str | None | Unset = UNSET
    """The name of the product. Is stored here if the user changes the value from the product in
    the pricelist, or just enters a QuoteLine without a product link.
    """
    description: str | None | Unset = UNSET
    """A longer description for the product. Is stored here if the user changes the value from the
    product in the pricelist, or just enters a QuoteLine without a product link.
    """
    code: str | None | Unset = UNSET
    """A value the salesmen use to quickly find the correct product. Is stored here if the user
    changes the value from the product in the pricelist, or just enters a QuoteLine without a
    product link.
    """
    quantity_unit: str | None | Unset = UNSET
    """What is the unit (meter, ton, bushel, microsecond, gradus, τρυβλίον, 五合枡, دونم or whatever);
    Connector handles conversion relative to PriceUnit if they are different.
    """
    price_unit: str | None | Unset = UNSET
    """What is the unit (meter, ton, bushel, microsecond, gradus, τρυβλίον, 五合枡, دونم or whatever);
    read-only for lines that originate in defined products.
    """
    item_number: str | None | Unset = UNSET
    """Norwegian: «Postnummer». Specific numbers from some hierarchy, for instance '1.4.3.2'. Is
    stored here if the user changes the value from the product in the pricelist, or just enters
    a QuoteLine without a product link.
    """
    url: str | None | Unset = UNSET
    """A url to the product info. Can be empty. Is stored here if the user changes the value from
    the product in the pricelist, or just enters a QuoteLine without a product link.
    """
    product_category_key: str | None | Unset = UNSET
    """Either a List id to an id from a connector provided list, or, if the connection doesn't
    support lists, a text. Is stored here if the user changes the value from the product in the
    pricelist, or just enters a QuoteLine without a product link.
    """
    product_family_key: str | None | Unset = UNSET
    """Either a List id to an id from a connector provided list, or, if the connection doesn't
    support lists, a text. Is stored here if the user changes the value from the product in the
    pricelist, or just enters a QuoteLine without a product link.
    """
    product_type_key: str | None | Unset = UNSET
    """Either a List id to an id from a connector provided list, or, if the connection doesn't
    support lists, a text. Is stored here if the user changes the value from the product in the
    pricelist, or just enters a QuoteLine without a product link.
    """
    supplier: str | None | Unset = UNSET
    """The name of the supplier. Is stored here if the user changes the value from the product in
    the pricelist, or just enters a QuoteLine without a product link.
    """
    supplier_code: str | None | Unset = UNSET
    """The suppliers' code or part number for this product. Is stored here if the user changes the
    value from the product in the pricelist, or just enters a QuoteLine without a product link.
    """
    thumbnail: str | None | Unset = UNSET
    """A small image of the product, typically used to show in a list. Base64 encoded png."""
    vat_info: str | None | Unset = UNSET
    """Tax/VAT information, Extra info about VAT that the connector might insert, and the users
    might want to specify on the quote. The core CRM product has no business logic for this
    field, it is wholly up to connectors to use it.
    """
    vat: float | Unset = UNSET
    """Tax/VAT - THIS IS A PERCENTAGE. The connector is responsible for populating this field; the
    percentage will be used to calculate VAT amounts available as merge fields in the document
    templates (but amounts are never stored in the database).
    """
    unit_cost: float | Unset = UNSET
    """The cost price per unit for this product. May be filled in by connector if it has the
    Provide-Cost capability.
    """
    unit_minimum_price: float | Unset = UNSET
    """The minimum price this line can be sold for (to limit discounting). Will come from the
    connector. List price per unit must exceed the minimum price per unit.
    """
    unit_list_price: float | Unset = UNSET
    """The standard list price; as given by ERP Connector, OR overridden by user"""
    extra_info: list[ProductExtraDataField | None] | None | Unset = UNSET
    """Extra information, supplied by QuoteConnector, used by a future dynamic GUI extension"""
    raw_extra_info: str | None | Unset = UNSET
    """Read-only extra information in plain text, supplied by QuoteConnector, used by a future
    dynamic GUI extension
    """
    is_subscription: bool | Unset = UNSET
    """Is this a subscription product, sold in repeating intervals/amounts?"""
    subscription_unit: str | None | Unset = UNSET
    """Either a List id to an id from a connector provided list, or, if the connection doesn’t
    support lists, a text with the actual subscription unit.
    """
    subscription_quantity: float | Unset = UNSET
    """The default number of SubscriptionUnits to suggest when creating quote lines from this
    product
    """
    subscription_start: datetime.datetime | Unset = UNSET
    """Start date for subscription, as offered"""
    erp_discount_percent: float | Unset = UNSET
    """The discount the system calculates based on customer / quantity / whatever. Can be overrided
    by the salesman in the field 'DiscountPercent' or 'DiscountAmount'. Both fields
    ERPDiscountPercent and ERPDiscountAmount will be filled out. If UserValueOverride is set to
    ‘None’ then the value is copied to DiscountPercent. The Percentage is given in integer form,
    i.e. ‘12%’ is represented as ‘12’.
    """
    erp_discount_amount: float | Unset = UNSET
    """The discount the system calculates based on customer / quantity / whatever. Can be overrided
    by the salesman in the field 'DiscountPercent' or 'DiscountAmount'. If UserValueOverride is
    set to ‘None’ then the value is copied to DiscountAmount. Both fields ERPDiscountPercent and
    ERPDiscountAmount will be filled out.
    """
    discount_percent: float | Unset = UNSET
    """The discount for the line, in percent. Both ‘DiscountPercent’ and ‘DiscountAmount’ shall be
    filled out, but the UserValueOverride field must be set to the field the user actually
    changed last. If this field is filled out by the user, it overrides any discount suggested
    by the connector. If the user has not filled this in, the system will copy the ERP discount
    amount to this field. The Percentage is given in integer form, i.e. ‘12%’ is represented as
    ‘12’.
    """
    discount_amount: float | Unset = UNSET
    """The discount for the line, in whatever currency the sale is in. Both ‘DiscountPercent’ and
    ‘DiscountAmount’ shall be filled out, but the UserValueOverride field must be set to the
    field the user actually changed last. If this field is filled out by the user, it overrides
    any discount suggested by the connector. If the user has not filled this in, the system will
    copy the ERP discount amount to this field.
    """
    user_value_override: ValueOverride | str | Unset = UNSET
    """Has the pre-calculated (from ERP) price information been overridden, and how. If the user
    has filled out the discountpercentage field, then the UserValueOverride field is set to
    OverridePercent. (The DiscountAmount, EarningPercent, EarningAmount and TotalPrice fields
    are calculated based on the DiscountPercent.)
    """
    earning_percent: float | Unset = UNSET
    """The earning, in percent. Both ‘EarningAmount and ‘EarningPercent shall be filled out, but
    the UserValueOverride field must be set to the field the user actually changed last. The
    Percentage is given in integer form, i.e. ‘12%’ is represented as ‘12’.
    """
    earning_amount: float | Unset = UNSET
    """The earning, in whatever currency the sale is in. Both ‘EarningAmount and ‘EarningPercent
    shall be filled out, but the UserValueOverride field must be set to the field the user
    actually changed last.
    """
    sub_total: float | Unset = UNSET
    """Value to help the user interface, is equal to 'Quantity * ListPrice'"""
    total_price: float | Unset = UNSET
    """TotalPrice = SubTotal - DiscountAmount or TotalPrice = (UnitCost * Quantity) +
    EarningAmount, according to what the user changed last.
    """
    rights: str | None | Unset = UNSET
    """Field1=right&amp;Field2=right, etc. of any fields that have non-standard field access
    rights. Rights can be one of: N (=None or Hidden), R (=Read-only), W (=Writeable), M
    (=Mandatory). The fields will mostly be from the Quoteline table, but some added fields that
    are conceptually part of the quoteline, like Image will also be possibly to set rights on.
    Will be used by SuperOffice to control the user interface when showing the record.
    """
    rule: str | None | Unset = UNSET
    """The names of one or more calculation rules that are in effect for this line, comma-separated
    case-insensitive
    """
    extra_field_1: str | None | Unset = UNSET
    """This a simple field for adding information that the Connector can provide, and that the
    qoute document need to display.
    """
    extra_field_2: str | None | Unset = UNSET
    """This a simple field for adding information that the Connector can provide, and that the
    qoute document need to display.
    """
    extra_field_3: str | None | Unset = UNSET
    """This a simple field for adding information that the Connector can provide, and that the
    qoute document need to display.
    """
    extra_field_4: str | None | Unset = UNSET
    """This a simple field for adding information that the Connector can provide, and that the
    qoute document need to display.
    """
    extra_field_5: str | None | Unset = UNSET
    """This a simple field for adding information that the Connector can provide, and that the
    qoute document need to display.
    """

    def to_xml(self) -> Element:
        return encode_xml_quote_line(None, _QUOTE_LINE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> QuoteLine:
        return record_from_xml(decode_xml_quote_line, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_quote_line(self)

    @classmethod
    def from_json(cls, data: Any) -> QuoteLine:
        return record_from_json(decode_json_quote_line, data)


_QUOTE_LINE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "QuoteLineId",
        "ERPQuoteLineKey",
        "QuoteAlternativeId",
        "ERPProductKey",
        "Status",
        "Reason",
        "Quantity",
        "DeliveredQuantity",
        "Rank",
        "Name",
        "Description",
        "Code",
        "QuantityUnit",
        "PriceUnit",
        "ItemNumber",
        "Url",
        "ProductCategoryKey",
        "ProductFamilyKey",
        "ProductTypeKey",
        "Supplier",
        "SupplierCode",
        "Thumbnail",
        "VATInfo",
        "VAT",
        "UnitCost",
        "UnitMinimumPrice",
        "UnitListPrice",
        "ExtraInfo",
        "RawExtraInfo",
        "IsSubscription",
        "SubscriptionUnit",
        "SubscriptionQuantity",
        "SubscriptionStart",
        "ERPDiscountPercent",
        "ERPDiscountAmount",
        "DiscountPercent",
        "DiscountAmount",
        "UserValueOverride",
        "EarningPercent",
        "EarningAmount",
        "SubTotal",
        "TotalPrice",
        "Rights",
        "Rule",
        "ExtraField1",
        "ExtraField2",
        "ExtraField3",
        "ExtraField4",
        "ExtraField5",
    )
)


def decode_xml_quote_line(element: Element) -> QuoteLine:
    value = QuoteLine()
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
        elif tag == _QUOTE_LINE_ID:
            value.quote_line_id = read_int(child)
        elif tag == _ERP_QUOTE_LINE_KEY:
            value.erp_quote_line_key = child.text or empty_or_nil(child)
        elif tag == _QUOTE_ALTERNATIVE_ID:
            value.quote_alternative_id = read_int(child)
        elif tag == _ERP_PRODUCT_KEY:
            value.erp_product_key = child.text or empty_or_nil(child)
        elif tag == _STATUS:
            value.status = decode_xml_quote_status(child)
        elif tag == _REASON:
            value.reason = child.text or empty_or_nil(child)
        elif tag == _QUANTITY:
            value.quantity = read_float(child)
        elif tag == _DELIVERED_QUANTITY:
            value.delivered_quantity = read_float(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _CODE:
            value.code = child.text or empty_or_nil(child)
        elif tag == _QUANTITY_UNIT:
            value.quantity_unit = child.text or empty_or_nil(child)
        elif tag == _PRICE_UNIT:
            value.price_unit = child.text or empty_or_nil(child)
        elif tag == _ITEM_NUMBER:
            value.item_number = child.text or empty_or_nil(child)
        elif tag == _URL:
            value.url = child.text or empty_or_nil(child)
        elif tag == _PRODUCT_CATEGORY_KEY:
            value.product_category_key = child.text or empty_or_nil(child)
        elif tag == _PRODUCT_FAMILY_KEY:
            value.product_family_key = child.text or empty_or_nil(child)
        elif tag == _PRODUCT_TYPE_KEY:
            value.product_type_key = child.text or empty_or_nil(child)
        elif tag == _SUPPLIER:
            value.supplier = child.text or empty_or_nil(child)
        elif tag == _SUPPLIER_CODE:
            value.supplier_code = child.text or empty_or_nil(child)
        elif tag == _THUMBNAIL:
            value.thumbnail = child.text or empty_or_nil(child)
        elif tag == _VAT_INFO:
            value.vat_info = child.text or empty_or_nil(child)
        elif tag == _VAT:
            value.vat = read_float(child)
        elif tag == _UNIT_COST:
            value.unit_cost = read_float(child)
        elif tag == _UNIT_MINIMUM_PRICE:
            value.unit_minimum_price = read_float(child)
        elif tag == _UNIT_LIST_PRICE:
            value.unit_list_price = read_float(child)
        elif tag == _EXTRA_INFO:
            value.extra_info = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_product_extra_data_field(child)
            )
        elif tag == _RAW_EXTRA_INFO:
            value.raw_extra_info = child.text or empty_or_nil(child)
        elif tag == _IS_SUBSCRIPTION:
            value.is_subscription = read_bool(child)
        elif tag == _SUBSCRIPTION_UNIT:
            value.subscription_unit = child.text or empty_or_nil(child)
        elif tag == _SUBSCRIPTION_QUANTITY:
            value.subscription_quantity = read_float(child)
        elif tag == _SUBSCRIPTION_START:
            value.subscription_start = read_datetime(child)
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
        elif tag == _EARNING_PERCENT:
            value.earning_percent = read_float(child)
        elif tag == _EARNING_AMOUNT:
            value.earning_amount = read_float(child)
        elif tag == _SUB_TOTAL:
            value.sub_total = read_float(child)
        elif tag == _TOTAL_PRICE:
            value.total_price = read_float(child)
        elif tag == _RIGHTS:
            value.rights = child.text or empty_or_nil(child)
        elif tag == _RULE:
            value.rule = child.text or empty_or_nil(child)
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


def encode_xml_quote_line(parent: Element | None, tag: str, value: QuoteLine) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _QUOTE_LINE_ID, value.quote_line_id, write_int)
    put(element, _ERP_QUOTE_LINE_KEY, value.erp_quote_line_key, write_str)
    put(element, _QUOTE_ALTERNATIVE_ID, value.quote_alternative_id, write_int)
    put(element, _ERP_PRODUCT_KEY, value.erp_product_key, write_str)
    put(element, _STATUS, value.status, encode_xml_quote_status)
    put(element, _REASON, value.reason, write_str)
    put(element, _QUANTITY, value.quantity, write_float)
    put(element, _DELIVERED_QUANTITY, value.delivered_quantity, write_float)
    put(element, _RANK, value.rank, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _CODE, value.code, write_str)
    put(element, _QUANTITY_UNIT, value.quantity_unit, write_str)
    put(element, _PRICE_UNIT, value.price_unit, write_str)
    put(element, _ITEM_NUMBER, value.item_number, write_str)
    put(element, _URL, value.url, write_str)
    put(element, _PRODUCT_CATEGORY_KEY, value.product_category_key, write_str)
    put(element, _PRODUCT_FAMILY_KEY, value.product_family_key, write_str)
    put(element, _PRODUCT_TYPE_KEY, value.product_type_key, write_str)
    put(element, _SUPPLIER, value.supplier, write_str)
    put(element, _SUPPLIER_CODE, value.supplier_code, write_str)
    put(element, _THUMBNAIL, value.thumbnail, write_str)
    put(element, _VAT_INFO, value.vat_info, write_str)
    put(element, _VAT, value.vat, write_float)
    put(element, _UNIT_COST, value.unit_cost, write_float)
    put(element, _UNIT_MINIMUM_PRICE, value.unit_minimum_price, write_float)
    put(element, _UNIT_LIST_PRICE, value.unit_list_price, write_float)
    put(element, _EXTRA_INFO, value.extra_info, encode_xml_list_of_product_extra_data_field)
    put(element, _RAW_EXTRA_INFO, value.raw_extra_info, write_str)
    put(element, _IS_SUBSCRIPTION, value.is_subscription, write_bool)
    put(element, _SUBSCRIPTION_UNIT, value.subscription_unit, write_str)
    put(element, _SUBSCRIPTION_QUANTITY, value.subscription_quantity, write_float)
    put(element, _SUBSCRIPTION_START, value.subscription_start, write_datetime)
    put(element, _ERP_DISCOUNT_PERCENT, value.erp_discount_percent, write_float)
    put(element, _ERP_DISCOUNT_AMOUNT, value.erp_discount_amount, write_float)
    put(element, _DISCOUNT_PERCENT, value.discount_percent, write_float)
    put(element, _DISCOUNT_AMOUNT, value.discount_amount, write_float)
    put(element, _USER_VALUE_OVERRIDE, value.user_value_override, encode_xml_value_override)
    put(element, _EARNING_PERCENT, value.earning_percent, write_float)
    put(element, _EARNING_AMOUNT, value.earning_amount, write_float)
    put(element, _SUB_TOTAL, value.sub_total, write_float)
    put(element, _TOTAL_PRICE, value.total_price, write_float)
    put(element, _RIGHTS, value.rights, write_str)
    put(element, _RULE, value.rule, write_str)
    put(element, _EXTRA_FIELD_1, value.extra_field_1, write_str)
    put(element, _EXTRA_FIELD_2, value.extra_field_2, write_str)
    put(element, _EXTRA_FIELD_3, value.extra_field_3, write_str)
    put(element, _EXTRA_FIELD_4, value.extra_field_4, write_str)
    put(element, _EXTRA_FIELD_5, value.extra_field_5, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_quote_line(data: Any, path: str) -> QuoteLine:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(QuoteLine)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.quote_line_id = take_int(data, "QuoteLineId", path)
    value.erp_quote_line_key = take_str_nillable(data, "ERPQuoteLineKey", path)
    value.quote_alternative_id = take_int(data, "QuoteAlternativeId", path)
    value.erp_product_key = take_str_nillable(data, "ERPProductKey", path)
    value.status = take(data, "Status", path, decode_json_quote_status)
    value.reason = take_str_nillable(data, "Reason", path)
    value.quantity = take(data, "Quantity", path, json_float)
    value.delivered_quantity = take(data, "DeliveredQuantity", path, json_float)
    value.rank = take_int(data, "Rank", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.code = take_str_nillable(data, "Code", path)
    value.quantity_unit = take_str_nillable(data, "QuantityUnit", path)
    value.price_unit = take_str_nillable(data, "PriceUnit", path)
    value.item_number = take_str_nillable(data, "ItemNumber", path)
    value.url = take_str_nillable(data, "Url", path)
    value.product_category_key = take_str_nillable(data, "ProductCategoryKey", path)
    value.product_family_key = take_str_nillable(data, "ProductFamilyKey", path)
    value.product_type_key = take_str_nillable(data, "ProductTypeKey", path)
    value.supplier = take_str_nillable(data, "Supplier", path)
    value.supplier_code = take_str_nillable(data, "SupplierCode", path)
    value.thumbnail = take_str_nillable(data, "Thumbnail", path)
    value.vat_info = take_str_nillable(data, "VATInfo", path)
    value.vat = take(data, "VAT", path, json_float)
    value.unit_cost = take(data, "UnitCost", path, json_float)
    value.unit_minimum_price = take(data, "UnitMinimumPrice", path, json_float)
    value.unit_list_price = take(data, "UnitListPrice", path, json_float)
    value.extra_info = take_nillable(
        data, "ExtraInfo", path, decode_json_list_of_product_extra_data_field
    )
    value.raw_extra_info = take_str_nillable(data, "RawExtraInfo", path)
    value.is_subscription = take_bool(data, "IsSubscription", path)
    value.subscription_unit = take_str_nillable(data, "SubscriptionUnit", path)
    value.subscription_quantity = take(data, "SubscriptionQuantity", path, json_float)
    value.subscription_start = take(data, "SubscriptionStart", path, json_datetime)
    value.erp_discount_percent = take(data, "ERPDiscountPercent", path, json_float)
    value.erp_discount_amount = take(data, "ERPDiscountAmount", path, json_float)
    value.discount_percent = take(data, "DiscountPercent", path, json_float)
    value.discount_amount = take(data, "DiscountAmount", path, json_float)
    value.user_value_override = take(data, "UserValueOverride", path, decode_json_value_override)
    value.earning_percent = take(data, "EarningPercent", path, json_float)
    value.earning_amount = take(data, "EarningAmount", path, json_float)
    value.sub_total = take(data, "SubTotal", path, json_float)
    value.total_price = take(data, "TotalPrice", path, json_float)
    value.rights = take_str_nillable(data, "Rights", path)
    value.rule = take_str_nillable(data, "Rule", path)
    value.extra_field_1 = take_str_nillable(data, "ExtraField1", path)
    value.extra_field_2 = take_str_nillable(data, "ExtraField2", path)
    value.extra_field_3 = take_str_nillable(data, "ExtraField3", path)
    value.extra_field_4 = take_str_nillable(data, "ExtraField4", path)
    value.extra_field_5 = take_str_nillable(data, "ExtraField5", path)
    value.extra = None if _QUOTE_LINE_KEYS.issuperset(data) else json_extra(data, _QUOTE_LINE_KEYS)
    return value


def encode_json_quote_line(value: QuoteLine) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "QuoteLineId", value.quote_line_id, json_write_int)
    put_json(result, "ERPQuoteLineKey", value.erp_quote_line_key, json_write_str)
    put_json(result, "QuoteAlternativeId", value.quote_alternative_id, json_write_int)
    put_json(result, "ERPProductKey", value.erp_product_key, json_write_str)
    put_json(result, "Status", value.status, encode_json_quote_status)
    put_json(result, "Reason", value.reason, json_write_str)
    put_json(result, "Quantity", value.quantity, json_write_float)
    put_json(result, "DeliveredQuantity", value.delivered_quantity, json_write_float)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Code", value.code, json_write_str)
    put_json(result, "QuantityUnit", value.quantity_unit, json_write_str)
    put_json(result, "PriceUnit", value.price_unit, json_write_str)
    put_json(result, "ItemNumber", value.item_number, json_write_str)
    put_json(result, "Url", value.url, json_write_str)
    put_json(result, "ProductCategoryKey", value.product_category_key, json_write_str)
    put_json(result, "ProductFamilyKey", value.product_family_key, json_write_str)
    put_json(result, "ProductTypeKey", value.product_type_key, json_write_str)
    put_json(result, "Supplier", value.supplier, json_write_str)
    put_json(result, "SupplierCode", value.supplier_code, json_write_str)
    put_json(result, "Thumbnail", value.thumbnail, json_write_str)
    put_json(result, "VATInfo", value.vat_info, json_write_str)
    put_json(result, "VAT", value.vat, json_write_float)
    put_json(result, "UnitCost", value.unit_cost, json_write_float)
    put_json(result, "UnitMinimumPrice", value.unit_minimum_price, json_write_float)
    put_json(result, "UnitListPrice", value.unit_list_price, json_write_float)
    put_json(result, "ExtraInfo", value.extra_info, encode_json_list_of_product_extra_data_field)
    put_json(result, "RawExtraInfo", value.raw_extra_info, json_write_str)
    put_json(result, "IsSubscription", value.is_subscription, json_write_bool)
    put_json(result, "SubscriptionUnit", value.subscription_unit, json_write_str)
    put_json(result, "SubscriptionQuantity", value.subscription_quantity, json_write_float)
    put_json(result, "SubscriptionStart", value.subscription_start, json_write_datetime)
    put_json(result, "ERPDiscountPercent", value.erp_discount_percent, json_write_float)
    put_json(result, "ERPDiscountAmount", value.erp_discount_amount, json_write_float)
    put_json(result, "DiscountPercent", value.discount_percent, json_write_float)
    put_json(result, "DiscountAmount", value.discount_amount, json_write_float)
    put_json(result, "UserValueOverride", value.user_value_override, encode_json_value_override)
    put_json(result, "EarningPercent", value.earning_percent, json_write_float)
    put_json(result, "EarningAmount", value.earning_amount, json_write_float)
    put_json(result, "SubTotal", value.sub_total, json_write_float)
    put_json(result, "TotalPrice", value.total_price, json_write_float)
    put_json(result, "Rights", value.rights, json_write_str)
    put_json(result, "Rule", value.rule, json_write_str)
    put_json(result, "ExtraField1", value.extra_field_1, json_write_str)
    put_json(result, "ExtraField2", value.extra_field_2, json_write_str)
    put_json(result, "ExtraField3", value.extra_field_3, json_write_str)
    put_json(result, "ExtraField4", value.extra_field_4, json_write_str)
    put_json(result, "ExtraField5", value.extra_field_5, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


QUOTE_LINE_CODEC = Codec(
    decode_xml_quote_line, encode_xml_quote_line, decode_json_quote_line, encode_json_quote_line
)


def decode_xml_list_of_quote_line(element: Element) -> list[QuoteLine | None]:
    """``ArrayOfQuoteLine``: a list of ``QuoteLine`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_quote_line(child))
        for child in element
        if child.tag == _QUOTE_LINE
    ]


def encode_xml_list_of_quote_line(
    parent: Element | None, tag: str, value: list[QuoteLine | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _QUOTE_LINE, item, encode_xml_quote_line)
    return element


def decode_json_list_of_quote_line(data: Any, path: str) -> list[QuoteLine | None]:
    return json_items_nillable(data, path, decode_json_quote_line)


def encode_json_list_of_quote_line(value: list[QuoteLine | None]) -> list[Any]:
    return [(None if item is None else encode_json_quote_line(item)) for item in value]


LIST_OF_QUOTE_LINE_CODEC = Codec(
    decode_xml_list_of_quote_line,
    encode_xml_list_of_quote_line,
    decode_json_list_of_quote_line,
    encode_json_list_of_quote_line,
)
