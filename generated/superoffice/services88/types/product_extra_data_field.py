"""Services88 types: ArrayOfProductExtraDataField, ProductExtraDataField.

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
    json_items_nillable,
    json_object,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    take_str_nillable,
    write_str,
)
from .carrier import Carrier
from .extra_data_field_type import (
    ExtraDataFieldType,
    decode_json_extra_data_field_type,
    decode_xml_extra_data_field_type,
    encode_json_extra_data_field_type,
    encode_xml_extra_data_field_type,
)
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

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PRODUCT_EXTRA_DATA_FIELD = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProductExtraDataField"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class ProductExtraDataField(Carrier):
    """A way to show some simple extra data on a product, typically to hep the user to identify the
    correct product. Basically a bucket of additional info that the ERP system would like to
    store and show in the user interface. Information placed here is shown in the GUI if the
    “provide-extra-data” capability is true.

    Carrier object for ProductExtraDataField. Services for the ProductExtraDataField Carrier is
    available from the Quote Agent.
    """

    name: str | None | Unset = UNSET
    """Label for the field"""
    value: str | None | Unset = UNSET
    """Value for the field. If type is string, it can contain formatspecifiers (use this for
    displaying numbers correctly as the user's computer is set up).
    """
    type: ExtraDataFieldType | str | Unset = UNSET
    """String, url, image. How the value should be interpreted."""

    def to_xml(self) -> Element:
        return encode_xml_product_extra_data_field(None, _PRODUCT_EXTRA_DATA_FIELD, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ProductExtraDataField:
        return record_from_xml(decode_xml_product_extra_data_field, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_product_extra_data_field(self)

    @classmethod
    def from_json(cls, data: Any) -> ProductExtraDataField:
        return record_from_json(decode_json_product_extra_data_field, data)


_PRODUCT_EXTRA_DATA_FIELD_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "Value",
        "Type",
    )
)


def decode_xml_product_extra_data_field(element: Element) -> ProductExtraDataField:
    value = ProductExtraDataField()
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
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _VALUE:
            value.value = child.text or empty_or_nil(child)
        elif tag == _TYPE:
            value.type = decode_xml_extra_data_field_type(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_product_extra_data_field(
    parent: Element | None, tag: str, value: ProductExtraDataField
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(element, _VALUE, value.value, write_str)
    put(element, _TYPE, value.type, encode_xml_extra_data_field_type)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_product_extra_data_field(data: Any, path: str) -> ProductExtraDataField:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ProductExtraDataField)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.value = take_str_nillable(data, "Value", path)
    value.type = take(data, "Type", path, decode_json_extra_data_field_type)
    value.extra = (
        None
        if _PRODUCT_EXTRA_DATA_FIELD_KEYS.issuperset(data)
        else json_extra(data, _PRODUCT_EXTRA_DATA_FIELD_KEYS)
    )
    return value


def encode_json_product_extra_data_field(value: ProductExtraDataField) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Value", value.value, json_write_str)
    put_json(result, "Type", value.type, encode_json_extra_data_field_type)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PRODUCT_EXTRA_DATA_FIELD_CODEC = Codec(
    decode_xml_product_extra_data_field,
    encode_xml_product_extra_data_field,
    decode_json_product_extra_data_field,
    encode_json_product_extra_data_field,
)


def decode_xml_list_of_product_extra_data_field(
    element: Element,
) -> list[ProductExtraDataField | None]:
    """``ArrayOfProductExtraDataField``: a list of ``ProductExtraDataField`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_product_extra_data_field(child))
        for child in element
        if child.tag == _PRODUCT_EXTRA_DATA_FIELD
    ]


def encode_xml_list_of_product_extra_data_field(
    parent: Element | None, tag: str, value: list[ProductExtraDataField | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PRODUCT_EXTRA_DATA_FIELD, item, encode_xml_product_extra_data_field)
    return element


def decode_json_list_of_product_extra_data_field(
    data: Any, path: str
) -> list[ProductExtraDataField | None]:
    return json_items_nillable(data, path, decode_json_product_extra_data_field)


def encode_json_list_of_product_extra_data_field(
    value: list[ProductExtraDataField | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_product_extra_data_field(item)) for item in value
    ]


LIST_OF_PRODUCT_EXTRA_DATA_FIELD_CODEC = Codec(
    decode_xml_list_of_product_extra_data_field,
    encode_xml_list_of_product_extra_data_field,
    decode_json_list_of_product_extra_data_field,
    encode_json_list_of_product_extra_data_field,
)
