"""Services88 types: ArrayOfTabOrder, TabOrder.

Used by the CustomerService, Pocket, Preference agents.
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
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_int,
    take_nillable,
    take_str_nillable,
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

_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_ORDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Order"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TAB_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TabName"
_TAB_ORDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TabOrder"
_TAB_ORDER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TabOrderId"


@dataclasses.dataclass(kw_only=True, repr=False)
class TabOrder(Carrier):
    """Carrier object for TabOrder. Services for the TabOrder Carrier is available from the
    Preference Agent.
    """

    tab_order_id: int | Unset = UNSET
    """Primary key"""
    tab_name: str | None | Unset = UNSET
    """Name of tab control"""
    order: str | None | Unset = UNSET
    """The actual tab order"""
    associate_id: int | Unset = UNSET
    """Associate who owns this tab order"""

    def to_xml(self) -> Element:
        return encode_xml_tab_order(None, _TAB_ORDER, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TabOrder:
        return record_from_xml(decode_xml_tab_order, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_tab_order(self)

    @classmethod
    def from_json(cls, data: Any) -> TabOrder:
        return record_from_json(decode_json_tab_order, data)


_TAB_ORDER_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TabOrderId",
        "TabName",
        "Order",
        "AssociateId",
    )
)


def decode_xml_tab_order(element: Element) -> TabOrder:
    value = TabOrder()
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
        elif tag == _TAB_ORDER_ID:
            value.tab_order_id = read_int(child)
        elif tag == _TAB_NAME:
            value.tab_name = child.text or empty_or_nil(child)
        elif tag == _ORDER:
            value.order = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_tab_order(parent: Element | None, tag: str, value: TabOrder) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TAB_ORDER_ID, value.tab_order_id, write_int)
    put(element, _TAB_NAME, value.tab_name, write_str)
    put(element, _ORDER, value.order, write_str)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_tab_order(data: Any, path: str) -> TabOrder:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TabOrder)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.tab_order_id = take_int(data, "TabOrderId", path)
    value.tab_name = take_str_nillable(data, "TabName", path)
    value.order = take_str_nillable(data, "Order", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.extra = None if _TAB_ORDER_KEYS.issuperset(data) else json_extra(data, _TAB_ORDER_KEYS)
    return value


def encode_json_tab_order(value: TabOrder) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TabOrderId", value.tab_order_id, json_write_int)
    put_json(result, "TabName", value.tab_name, json_write_str)
    put_json(result, "Order", value.order, json_write_str)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TAB_ORDER_CODEC = Codec(
    decode_xml_tab_order, encode_xml_tab_order, decode_json_tab_order, encode_json_tab_order
)


def decode_xml_list_of_tab_order(element: Element) -> list[TabOrder | None]:
    """``ArrayOfTabOrder``: a list of ``TabOrder`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_tab_order(child))
        for child in element
        if child.tag == _TAB_ORDER
    ]


def encode_xml_list_of_tab_order(
    parent: Element | None, tag: str, value: list[TabOrder | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TAB_ORDER, item, encode_xml_tab_order)
    return element


def decode_json_list_of_tab_order(data: Any, path: str) -> list[TabOrder | None]:
    return json_items_nillable(data, path, decode_json_tab_order)


def encode_json_list_of_tab_order(value: list[TabOrder | None]) -> list[Any]:
    return [(None if item is None else encode_json_tab_order(item)) for item in value]


LIST_OF_TAB_ORDER_CODEC = Codec(
    decode_xml_list_of_tab_order,
    encode_xml_list_of_tab_order,
    decode_json_list_of_tab_order,
    encode_json_list_of_tab_order,
)
