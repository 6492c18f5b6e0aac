"""Services88 types: ArrayOfProduct, Product.

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
    json_write_bool,
    json_write_float,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
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
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Code"
_DEFAULT_SUBSCRIPTION_QUANTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultSubscriptionQuantity"
)
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_ERP_PRICE_LIST_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPPriceListKey"
_ERP_PRODUCT_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPProductKey"
_EXTRA_FIELD_1 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField1"
_EXTRA_FIELD_2 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField2"
_EXTRA_FIELD_3 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField3"
_EXTRA_FIELD_4 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField4"
_EXTRA_FIELD_5 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraField5"
_EXTRA_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraInfo"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IN_ASSORTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InAssortment"
_IN_STOCK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InStock"
_IS_SUBSCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsSubscription"
_ITEM_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ItemNumber"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PRICE_UNIT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PriceUnit"
_PRODUCT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Product"
_PRODUCT_CATEGORY_KEY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProductCategoryKey"
)
_PRODUCT_FAMILY_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProductFamilyKey"
_PRODUCT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProductId"
_PRODUCT_TYPE_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProductTypeKey"
_QUANTITY_UNIT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuantityUnit"
_RAW_EXTRA_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RawExtraInfo"
_RIGHTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rights"
_RULE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rule"
_SUBSCRIPTION_UNIT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SubscriptionUnit"
_SUPPLIER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Supplier"
_SUPPLIER_CODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SupplierCode"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UNIT_COST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UnitCost"
_UNIT_LIST_PRICE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UnitListPrice"
_UNIT_MINIMUM_PRICE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UnitMinimumPrice"
_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Url"
_VAT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VAT"
_VAT_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VATInfo"


@dataclasses.dataclass(kw_only=True, repr=False)
class Product(Carrier):
    """Information about a Product from the ERP system. This may be fetched from SuperOffice
    Product table through the SO Connector

    Carrier object for Product. Services for the Product Carrier is available from the Quote
    Agent.
    """

    product_id: int | Unset = UNSET
    """Primary key"""
    erp_product_key: str | None | Unset = UNSET
    """Reference/foreign key to the product in the given pricelist in the product supplier system,
    if it exists there.
    """
    erp_price_list_key: str | None | Unset = UNSET
    """Foreign key to the price list that this product is a part of, or the primary key of the
    pricelist if this is a built-in pricelist.
    """
    name: str | None | Unset = UNSET
    """The name to use in the user interface."""
    description: str | None | Unset = UNSET
    """The description to use, with potentially several lines. Will be used as tool-tip to use in
    the list user interface too.
    """
    code: str | None | Unset = UNSET
    """The product code / article number in the product supplier system."""
    price_unit: str | None | Unset = UNSET
    """What is the unit (meter, ton, bushel, microsecond, gradus, τρυβλίον, 五合枡, دونم or whatever);
    read-only for lines that originate in defined products
    """
    quantity_unit: str | None | Unset = UNSET
    """What is the unit (meter, ton, bushel, microsecond, gradus, τρυβλίον, 五合枡, دونم or whatever);
    Connector handles conversion relative to PriceUnit if they are different
    """
    is_subscription: bool | Unset = UNSET
    """Is this a subscription product, sold in repeating intervals/amounts?"""
    subscription_unit: str | None | Unset = UNSET
    """Either a List id to an id from a connector provided list, or, if the connection doesn’t
    support lists, a text with the actual subscription unit.
    """
    default_subscription_quantity: float | Unset = UNSET
    """The default number of SubscriptionUnits to suggest when creating quote lines from this
    product
    """
    item_number: str | None | Unset = UNSET
    """Line item number, NOR: «Postnummer». Specific numbers from some hierarchy, for instance
    “1.4.3.2P”. Typically used to sort the items in the quote by some standard way.
    """
    url: str | None | Unset = UNSET
    """URL to product information web page."""
    product_category_key: str | None | Unset = UNSET
    """Either a List id to an id from a connector provided list, or, if the connection doesn’t
    support lists, a text with the actual product category.
    """
    product_family_key: str | None | Unset = UNSET
    """Either a List id to an id from a connector provided list, or, if the connection doesn't
    support lists, a text with the actual product family.
    """
    product_type_key: str | None | Unset = UNSET
    """Either a List id to an id from a connector provided list, or, if the connection doesn’t
    support lists, a text with the actual product type.
    """
    vat: float | Unset = UNSET
    """Tax/VAT if available from ERP system. THIS IS A PERCENTAGE. In the Superoffice product
    register, this field is available in the product admin GUI.
    """
    vat_info: str | None | Unset = UNSET
    """A field for putting VATInfo you need to show in the final quoteDocument, like the VAT type
    that is used. Not used in any business logic in SuperOffice; available to document
    templates.
    """
    unit_cost: float | Unset = UNSET
    """The cost price. Might not be given, use Decimal.MinValue to signal this."""
    unit_minimum_price: float | Unset = UNSET
    """The minimum price this salesman can offer to his customer. This might be cost price if there
    is no policy. Might not be given, use Decimal.MinValue to signal this.
    """
    unit_list_price: float | Unset = UNSET
    """(Basic Price, normal price, standard price.) This is the basic price from which the discount
    is computed from. The ListPrice will stay the same even when a larger amount is ordered.
    """
    in_assortment: bool | Unset = UNSET
    """True for products that should currently be offered, false when the product is discontinued
    and should not ordinarily be offered. When false the product no longer appears in search
    results.
    """
    supplier: str | None | Unset = UNSET
    """In SuperOffice, an id from the contact table, when saved as an ERP cache, the name of the
    supplier
    """
    supplier_code: str | None | Unset = UNSET
    """Suppliers part code/number or other key-like field"""
    rights: str | None | Unset = UNSET
    """Field1=right&amp;Field2=right, etc. of any fields that have non-standard field access
    rights. Rights can be one of: N (=None or Hidden), R (=Read-only), W (=Writeable), M
    (=Mandatory). The fields will mostly be from the Quoteline table, but some added fields that
    are conceptually part of the quoteline, like Image will also be possibly to set rights on.
    Will be used by SuperOffice to control the user interface when showing the record.
    """
    rule: str | None | Unset = UNSET
    """The names of one or more calculation rules that are in effect for this line, comma-separated
    case-insensitive. Will NOT be used by SuperOffice.
    """
    extra_info: list[ProductExtraDataField | None] | None | Unset = UNSET
    """Extra information, supplied by QuoteConnector, used by a future dynamic GUI extension"""
    raw_extra_info: str | None | Unset = UNSET
    """Read-only extra information in plain text, supplied by QuoteConnector, used by a future
    dynamic GUI extension
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
    in_stock: float | Unset = UNSET
    """Negative numbers will be interpreted as how many is ordered. Might not be available."""

    def to_xml(self) -> Element:
        return encode_xml_product(None, _PRODUCT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Product:
        return record_from_xml(decode_xml_product, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_product(self)

    @classmethod
    def from_json(cls, data: Any) -> Product:
        return record_from_json(decode_json_product, data)


_PRODUCT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ProductId",
        "ERPProductKey",
        "ERPPriceListKey",
        "Name",
        "Description",
        "Code",
        "PriceUnit",
        "QuantityUnit",
        "IsSubscription",
        "SubscriptionUnit",
        "DefaultSubscriptionQuantity",
        "ItemNumber",
        "Url",
        "ProductCategoryKey",
        "ProductFamilyKey",
        "ProductTypeKey",
        "VAT",
        "VATInfo",
        "UnitCost",
        "UnitMinimumPrice",
        "UnitListPrice",
        "InAssortment",
        "Supplier",
        "SupplierCode",
        "Rights",
        "Rule",
        "ExtraInfo",
        "RawExtraInfo",
        "ExtraField1",
        "ExtraField2",
        "ExtraField3",
        "ExtraField4",
        "ExtraField5",
        "InStock",
    )
)


def decode_xml_product(element: Element) -> Product:
    value = Product()
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
        elif tag == _PRODUCT_ID:
            value.product_id = read_int(child)
        elif tag == _ERP_PRODUCT_KEY:
            value.erp_product_key = child.text or empty_or_nil(child)
        elif tag == _ERP_PRICE_LIST_KEY:
            value.erp_price_list_key = child.text or empty_or_nil(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _CODE:
            value.code = child.text or empty_or_nil(child)
        elif tag == _PRICE_UNIT:
            value.price_unit = child.text or empty_or_nil(child)
        elif tag == _QUANTITY_UNIT:
            value.quantity_unit = child.text or empty_or_nil(child)
        elif tag == _IS_SUBSCRIPTION:
            value.is_subscription = read_bool(child)
        elif tag == _SUBSCRIPTION_UNIT:
            value.subscription_unit = child.text or empty_or_nil(child)
        elif tag == _DEFAULT_SUBSCRIPTION_QUANTITY:
            value.default_subscription_quantity = read_float(child)
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
        elif tag == _VAT:
            value.vat = read_float(child)
        elif tag == _VAT_INFO:
            value.vat_info = child.text or empty_or_nil(child)
        elif tag == _UNIT_COST:
            value.unit_cost = read_float(child)
        elif tag == _UNIT_MINIMUM_PRICE:
            value.unit_minimum_price = read_float(child)
        elif tag == _UNIT_LIST_PRICE:
            value.unit_list_price = read_float(child)
        elif tag == _IN_ASSORTMENT:
            value.in_assortment = read_bool(child)
        elif tag == _SUPPLIER:
            value.supplier = child.text or empty_or_nil(child)
        elif tag == _SUPPLIER_CODE:
            value.supplier_code = child.text or empty_or_nil(child)
        elif tag == _RIGHTS:
            value.rights = child.text or empty_or_nil(child)
        elif tag == _RULE:
            value.rule = child.text or empty_or_nil(child)
        elif tag == _EXTRA_INFO:
            value.extra_info = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_product_extra_data_field(child)
            )
        elif tag == _RAW_EXTRA_INFO:
            value.raw_extra_info = child.text or empty_or_nil(child)
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
        elif tag == _IN_STOCK:
            value.in_stock = read_float(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_product(parent: Element | None, tag: str, value: Product) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PRODUCT_ID, value.product_id, write_int)
    put(element, _ERP_PRODUCT_KEY, value.erp_product_key, write_str)
    put(element, _ERP_PRICE_LIST_KEY, value.erp_price_list_key, write_str)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _CODE, value.code, write_str)
    put(element, _PRICE_UNIT, value.price_unit, write_str)
    put(element, _QUANTITY_UNIT, value.quantity_unit, write_str)
    put(element, _IS_SUBSCRIPTION, value.is_subscription, write_bool)
    put(element, _SUBSCRIPTION_UNIT, value.subscription_unit, write_str)
    put(element, _DEFAULT_SUBSCRIPTION_QUANTITY, value.default_subscription_quantity, write_float)
    put(element, _ITEM_NUMBER, value.item_number, write_str)
    put(element, _URL, value.url, write_str)
    put(element, _PRODUCT_CATEGORY_KEY, value.product_category_key, write_str)
    put(element, _PRODUCT_FAMILY_KEY, value.product_family_key, write_str)
    put(element, _PRODUCT_TYPE_KEY, value.product_type_key, write_str)
    put(element, _VAT, value.vat, write_float)
    put(element, _VAT_INFO, value.vat_info, write_str)
    put(element, _UNIT_COST, value.unit_cost, write_float)
    put(element, _UNIT_MINIMUM_PRICE, value.unit_minimum_price, write_float)
    put(element, _UNIT_LIST_PRICE, value.unit_list_price, write_float)
    put(element, _IN_ASSORTMENT, value.in_assortment, write_bool)
    put(element, _SUPPLIER, value.supplier, write_str)
    put(element, _SUPPLIER_CODE, value.supplier_code, write_str)
    put(element, _RIGHTS, value.rights, write_str)
    put(element, _RULE, value.rule, write_str)
    put(element, _EXTRA_INFO, value.extra_info, encode_xml_list_of_product_extra_data_field)
    put(element, _RAW_EXTRA_INFO, value.raw_extra_info, write_str)
    put(element, _EXTRA_FIELD_1, value.extra_field_1, write_str)
    put(element, _EXTRA_FIELD_2, value.extra_field_2, write_str)
    put(element, _EXTRA_FIELD_3, value.extra_field_3, write_str)
    put(element, _EXTRA_FIELD_4, value.extra_field_4, write_str)
    put(element, _EXTRA_FIELD_5, value.extra_field_5, write_str)
    put(element, _IN_STOCK, value.in_stock, write_float)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_product(data: Any, path: str) -> Product:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Product)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.product_id = take_int(data, "ProductId", path)
    value.erp_product_key = take_str_nillable(data, "ERPProductKey", path)
    value.erp_price_list_key = take_str_nillable(data, "ERPPriceListKey", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.code = take_str_nillable(data, "Code", path)
    value.price_unit = take_str_nillable(data, "PriceUnit", path)
    value.quantity_unit = take_str_nillable(data, "QuantityUnit", path)
    value.is_subscription = take_bool(data, "IsSubscription", path)
    value.subscription_unit = take_str_nillable(data, "SubscriptionUnit", path)
    value.default_subscription_quantity = take(
        data, "DefaultSubscriptionQuantity", path, json_float
    )
    value.item_number = take_str_nillable(data, "ItemNumber", path)
    value.url = take_str_nillable(data, "Url", path)
    value.product_category_key = take_str_nillable(data, "ProductCategoryKey", path)
    value.product_family_key = take_str_nillable(data, "ProductFamilyKey", path)
    value.product_type_key = take_str_nillable(data, "ProductTypeKey", path)
    value.vat = take(data, "VAT", path, json_float)
    value.vat_info = take_str_nillable(data, "VATInfo", path)
    value.unit_cost = take(data, "UnitCost", path, json_float)
    value.unit_minimum_price = take(data, "UnitMinimumPrice", path, json_float)
    value.unit_list_price = take(data, "UnitListPrice", path, json_float)
    value.in_assortment = take_bool(data, "InAssortment", path)
    value.supplier = take_str_nillable(data, "Supplier", path)
    value.supplier_code = take_str_nillable(data, "SupplierCode", path)
    value.rights = take_str_nillable(data, "Rights", path)
    value.rule = take_str_nillable(data, "Rule", path)
    value.extra_info = take_nillable(
        data, "ExtraInfo", path, decode_json_list_of_product_extra_data_field
    )
    value.raw_extra_info = take_str_nillable(data, "RawExtraInfo", path)
    value.extra_field_1 = take_str_nillable(data, "ExtraField1", path)
    value.extra_field_2 = take_str_nillable(data, "ExtraField2", path)
    value.extra_field_3 = take_str_nillable(data, "ExtraField3", path)
    value.extra_field_4 = take_str_nillable(data, "ExtraField4", path)
    value.extra_field_5 = take_str_nillable(data, "ExtraField5", path)
    value.in_stock = take(data, "InStock", path, json_float)
    value.extra = None if _PRODUCT_KEYS.issuperset(data) else json_extra(data, _PRODUCT_KEYS)
    return value


def encode_json_product(value: Product) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ProductId", value.product_id, json_write_int)
    put_json(result, "ERPProductKey", value.erp_product_key, json_write_str)
    put_json(result, "ERPPriceListKey", value.erp_price_list_key, json_write_str)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Code", value.code, json_write_str)
    put_json(result, "PriceUnit", value.price_unit, json_write_str)
    put_json(result, "QuantityUnit", value.quantity_unit, json_write_str)
    put_json(result, "IsSubscription", value.is_subscription, json_write_bool)
    put_json(result, "SubscriptionUnit", value.subscription_unit, json_write_str)
    put_json(
        result,
        "DefaultSubscriptionQuantity",
        value.default_subscription_quantity,
        json_write_float,
    )
    put_json(result, "ItemNumber", value.item_number, json_write_str)
    put_json(result, "Url", value.url, json_write_str)
    put_json(result, "ProductCategoryKey", value.product_category_key, json_write_str)
    put_json(result, "ProductFamilyKey", value.product_family_key, json_write_str)
    put_json(result, "ProductTypeKey", value.product_type_key, json_write_str)
    put_json(result, "VAT", value.vat, json_write_float)
    put_json(result, "VATInfo", value.vat_info, json_write_str)
    put_json(result, "UnitCost", value.unit_cost, json_write_float)
    put_json(result, "UnitMinimumPrice", value.unit_minimum_price, json_write_float)
    put_json(result, "UnitListPrice", value.unit_list_price, json_write_float)
    put_json(result, "InAssortment", value.in_assortment, json_write_bool)
    put_json(result, "Supplier", value.supplier, json_write_str)
    put_json(result, "SupplierCode", value.supplier_code, json_write_str)
    put_json(result, "Rights", value.rights, json_write_str)
    put_json(result, "Rule", value.rule, json_write_str)
    put_json(result, "ExtraInfo", value.extra_info, encode_json_list_of_product_extra_data_field)
    put_json(result, "RawExtraInfo", value.raw_extra_info, json_write_str)
    put_json(result, "ExtraField1", value.extra_field_1, json_write_str)
    put_json(result, "ExtraField2", value.extra_field_2, json_write_str)
    put_json(result, "ExtraField3", value.extra_field_3, json_write_str)
    put_json(result, "ExtraField4", value.extra_field_4, json_write_str)
    put_json(result, "ExtraField5", value.extra_field_5, json_write_str)
    put_json(result, "InStock", value.in_stock, json_write_float)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PRODUCT_CODEC = Codec(
    decode_xml_product, encode_xml_product, decode_json_product, encode_json_product
)


def decode_xml_list_of_product(element: Element) -> list[Product | None]:
    """``ArrayOfProduct``: a list of ``Product`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_product(child))
        for child in element
        if child.tag == _PRODUCT
    ]


def encode_xml_list_of_product(
    parent: Element | None, tag: str, value: list[Product | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PRODUCT, item, encode_xml_product)
    return element


def decode_json_list_of_product(data: Any, path: str) -> list[Product | None]:
    return json_items_nillable(data, path, decode_json_product)


def encode_json_list_of_product(value: list[Product | None]) -> list[Any]:
    return [(None if item is None else encode_json_product(item)) for item in value]


LIST_OF_PRODUCT_CODEC = Codec(
    decode_xml_list_of_product,
    encode_xml_list_of_product,
    decode_json_list_of_product,
    encode_json_list_of_product,
)
