"""Services88 types: ArrayOfErpConnectionListMapping, ErpConnectionListMapping.

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
from .erp_crm_list_item_mapping import (
    ErpCrmListItemMapping,
    decode_json_list_of_erp_crm_list_item_mapping,
    decode_xml_list_of_erp_crm_list_item_mapping,
    encode_json_list_of_erp_crm_list_item_mapping,
    encode_xml_list_of_erp_crm_list_item_mapping,
)
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

_CRM_LIST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CrmList"
_ERP_ACTOR_TYPE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpActorTypeName"
_ERP_CONNECTION_LIST_MAPPING = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpConnectionListMapping"
)
_ERP_CRM_LIST_ITEM_MAPPINGS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpCrmListItemMappings"
)
_ERP_FIELD_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpFieldId"
_ERP_LIST_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpListName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ErpConnectionListMapping(Carrier):
    """Information about a mapping between two lists between CRM and the ERP system.

    Carrier object for ErpConnectionListMapping. Services for the ErpConnectionListMapping
    Carrier is available from the ErpSync Agent.
    """

    crm_list: MDOListItem | None | Unset = UNSET
    """The SuperOffice listItem"""
    erp_list_name: str | None | Unset = UNSET
    """The ERP list name, if the field has a list of values supplied by the ERP Connector"""
    erp_crm_list_item_mappings: list[ErpCrmListItemMapping | None] | None | Unset = UNSET
    """Array of all the list item mappings"""
    erp_actor_type_name: str | None | Unset = UNSET
    """The actorType belonging to the ListMapping"""
    erp_field_id: int | Unset = UNSET
    """The id of the field that is using the lists. Readonly"""

    def to_xml(self) -> Element:
        return encode_xml_erp_connection_list_mapping(None, _ERP_CONNECTION_LIST_MAPPING, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ErpConnectionListMapping:
        return record_from_xml(decode_xml_erp_connection_list_mapping, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_erp_connection_list_mapping(self)

    @classmethod
    def from_json(cls, data: Any) -> ErpConnectionListMapping:
        return record_from_json(decode_json_erp_connection_list_mapping, data)


_ERP_CONNECTION_LIST_MAPPING_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "CrmList",
        "ErpListName",
        "ErpCrmListItemMappings",
        "ErpActorTypeName",
        "ErpFieldId",
    )
)


def decode_xml_erp_connection_list_mapping(element: Element) -> ErpConnectionListMapping:
    value = ErpConnectionListMapping()
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
        elif tag == _CRM_LIST:
            value.crm_list = None if child.get(XSI_NIL) in NIL else decode_xml_mdo_list_item(child)
        elif tag == _ERP_LIST_NAME:
            value.erp_list_name = child.text or empty_or_nil(child)
        elif tag == _ERP_CRM_LIST_ITEM_MAPPINGS:
            value.erp_crm_list_item_mappings = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_erp_crm_list_item_mapping(child)
            )
        elif tag == _ERP_ACTOR_TYPE_NAME:
            value.erp_actor_type_name = child.text or empty_or_nil(child)
        elif tag == _ERP_FIELD_ID:
            value.erp_field_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_erp_connection_list_mapping(
    parent: Element | None, tag: str, value: ErpConnectionListMapping
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CRM_LIST, value.crm_list, encode_xml_mdo_list_item)
    put(element, _ERP_LIST_NAME, value.erp_list_name, write_str)
    put(
        element,
        _ERP_CRM_LIST_ITEM_MAPPINGS,
        value.erp_crm_list_item_mappings,
        encode_xml_list_of_erp_crm_list_item_mapping,
    )
    put(element, _ERP_ACTOR_TYPE_NAME, value.erp_actor_type_name, write_str)
    put(element, _ERP_FIELD_ID, value.erp_field_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_erp_connection_list_mapping(data: Any, path: str) -> ErpConnectionListMapping:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ErpConnectionListMapping)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.crm_list = take_nillable(data, "CrmList", path, decode_json_mdo_list_item)
    value.erp_list_name = take_str_nillable(data, "ErpListName", path)
    value.erp_crm_list_item_mappings = take_nillable(
        data, "ErpCrmListItemMappings", path, decode_json_list_of_erp_crm_list_item_mapping
    )
    value.erp_actor_type_name = take_str_nillable(data, "ErpActorTypeName", path)
    value.erp_field_id = take_int(data, "ErpFieldId", path)
    value.extra = (
        None
        if _ERP_CONNECTION_LIST_MAPPING_KEYS.issuperset(data)
        else json_extra(data, _ERP_CONNECTION_LIST_MAPPING_KEYS)
    )
    return value


def encode_json_erp_connection_list_mapping(value: ErpConnectionListMapping) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "CrmList", value.crm_list, encode_json_mdo_list_item)
    put_json(result, "ErpListName", value.erp_list_name, json_write_str)
    put_json(
        result,
        "ErpCrmListItemMappings",
        value.erp_crm_list_item_mappings,
        encode_json_list_of_erp_crm_list_item_mapping,
    )
    put_json(result, "ErpActorTypeName", value.erp_actor_type_name, json_write_str)
    put_json(result, "ErpFieldId", value.erp_field_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ERP_CONNECTION_LIST_MAPPING_CODEC = Codec(
    decode_xml_erp_connection_list_mapping,
    encode_xml_erp_connection_list_mapping,
    decode_json_erp_connection_list_mapping,
    encode_json_erp_connection_list_mapping,
)


def decode_xml_list_of_erp_connection_list_mapping(
    element: Element,
) -> list[ErpConnectionListMapping | None]:
    """``ArrayOfErpConnectionListMapping``: a list of ``ErpConnectionListMapping`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_erp_connection_list_mapping(child))
        for child in element
        if child.tag == _ERP_CONNECTION_LIST_MAPPING
    ]


def encode_xml_list_of_erp_connection_list_mapping(
    parent: Element | None, tag: str, value: list[ErpConnectionListMapping | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ERP_CONNECTION_LIST_MAPPING, item, encode_xml_erp_connection_list_mapping)
    return element


def decode_json_list_of_erp_connection_list_mapping(
    data: Any, path: str
) -> list[ErpConnectionListMapping | None]:
    return json_items_nillable(data, path, decode_json_erp_connection_list_mapping)


def encode_json_list_of_erp_connection_list_mapping(
    value: list[ErpConnectionListMapping | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_erp_connection_list_mapping(item)) for item in value
    ]


LIST_OF_ERP_CONNECTION_LIST_MAPPING_CODEC = Codec(
    decode_xml_list_of_erp_connection_list_mapping,
    encode_xml_list_of_erp_connection_list_mapping,
    decode_json_list_of_erp_connection_list_mapping,
    encode_json_list_of_erp_connection_list_mapping,
)
