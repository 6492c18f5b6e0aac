"""Services86 types: ArrayOfErpCrmListItemMapping, ErpCrmListItemMapping.

Used by the ErpSync agent.
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
    take_nillable,
    take_str_nillable,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_mdo_list_item import (
    MDOListItem,
    decode_json_mdo_list_item,
    decode_xml_mdo_list_item,
    encode_json_mdo_list_item,
    encode_xml_mdo_list_item,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CRM_LIST_ITEM = "{http://www.superoffice.net/ws/crm/NetServer/Services86}CrmListItem"
_ERP_CRM_LIST_ITEM_MAPPING = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services86}ErpCrmListItemMapping"
)
_ERP_LIST_ITEM_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services86}ErpListItemId"
_ERP_LIST_ITEM_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services86}ErpListItemName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services86}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ErpCrmListItemMapping(Carrier):
    """One list item mapping between erp and crm.

    Carrier object for ErpCrmListItemMapping. Services for the ErpCrmListItemMapping Carrier is
    available from the ErpSync Agent.
    """

    erp_list_item_id: str | None | Unset = UNSET
    """One Erp listItem id"""
    erp_list_item_name: str | None | Unset = UNSET
    """One Erp listItem id"""
    crm_list_item: MDOListItem | None | Unset = UNSET
    """One mapped SuperOffice listItem"""

    def to_xml(self) -> Element:
        return encode_xml_erp_crm_list_item_mapping(None, _ERP_CRM_LIST_ITEM_MAPPING, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ErpCrmListItemMapping:
        return record_from_xml(decode_xml_erp_crm_list_item_mapping, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_erp_crm_list_item_mapping(self)

    @classmethod
    def from_json(cls, data: Any) -> ErpCrmListItemMapping:
        return record_from_json(decode_json_erp_crm_list_item_mapping, data)


_ERP_CRM_LIST_ITEM_MAPPING_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ErpListItemId",
        "ErpListItemName",
        "CrmListItem",
    )
)


def decode_xml_erp_crm_list_item_mapping(element: Element) -> ErpCrmListItemMapping:
    value = ErpCrmListItemMapping()
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
        elif tag == _ERP_LIST_ITEM_ID:
            value.erp_list_item_id = child.text or empty_or_nil(child)
        elif tag == _ERP_LIST_ITEM_NAME:
            value.erp_list_item_name = child.text or empty_or_nil(child)
        elif tag == _CRM_LIST_ITEM:
            value.crm_list_item = (
                None if child.get(XSI_NIL) in NIL else decode_xml_mdo_list_item(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_erp_crm_list_item_mapping(
    parent: Element | None, tag: str, value: ErpCrmListItemMapping
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ERP_LIST_ITEM_ID, value.erp_list_item_id, write_str)
    put(element, _ERP_LIST_ITEM_NAME, value.erp_list_item_name, write_str)
    put(element, _CRM_LIST_ITEM, value.crm_list_item, encode_xml_mdo_list_item)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_erp_crm_list_item_mapping(data: Any, path: str) -> ErpCrmListItemMapping:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ErpCrmListItemMapping)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.erp_list_item_id = take_str_nillable(data, "ErpListItemId", path)
    value.erp_list_item_name = take_str_nillable(data, "ErpListItemName", path)
    value.crm_list_item = take_nillable(data, "CrmListItem", path, decode_json_mdo_list_item)
    value.extra = (
        None
        if _ERP_CRM_LIST_ITEM_MAPPING_KEYS.issuperset(data)
        else json_extra(data, _ERP_CRM_LIST_ITEM_MAPPING_KEYS)
    )
    return value


def encode_json_erp_crm_list_item_mapping(value: ErpCrmListItemMapping) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ErpListItemId", value.erp_list_item_id, json_write_str)
    put_json(result, "ErpListItemName", value.erp_list_item_name, json_write_str)
    put_json(result, "CrmListItem", value.crm_list_item, encode_json_mdo_list_item)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ERP_CRM_LIST_ITEM_MAPPING_CODEC = Codec(
    decode_xml_erp_crm_list_item_mapping,
    encode_xml_erp_crm_list_item_mapping,
    decode_json_erp_crm_list_item_mapping,
    encode_json_erp_crm_list_item_mapping,
)


def decode_xml_list_of_erp_crm_list_item_mapping(
    element: Element,
) -> list[ErpCrmListItemMapping | None]:
    """``ArrayOfErpCrmListItemMapping``: a list of ``ErpCrmListItemMapping`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_erp_crm_list_item_mapping(child))
        for child in element
        if child.tag == _ERP_CRM_LIST_ITEM_MAPPING
    ]


def encode_xml_list_of_erp_crm_list_item_mapping(
    parent: Element | None, tag: str, value: list[ErpCrmListItemMapping | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ERP_CRM_LIST_ITEM_MAPPING, item, encode_xml_erp_crm_list_item_mapping)
    return element


def decode_json_list_of_erp_crm_list_item_mapping(
    data: Any, path: str
) -> list[ErpCrmListItemMapping | None]:
    return json_items_nillable(data, path, decode_json_erp_crm_list_item_mapping)


def encode_json_list_of_erp_crm_list_item_mapping(
    value: list[ErpCrmListItemMapping | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_erp_crm_list_item_mapping(item)) for item in value
    ]


LIST_OF_ERP_CRM_LIST_ITEM_MAPPING_CODEC = Codec(
    decode_xml_list_of_erp_crm_list_item_mapping,
    encode_xml_list_of_erp_crm_list_item_mapping,
    decode_json_list_of_erp_crm_list_item_mapping,
    encode_json_list_of_erp_crm_list_item_mapping,
)
