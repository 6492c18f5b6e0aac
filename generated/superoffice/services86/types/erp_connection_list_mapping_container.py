"""Services86 types: ErpConnectionListMappingContainer.

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
from .erp_connection_list_mapping import (
    ErpConnectionListMapping,
    decode_json_list_of_erp_connection_list_mapping,
    decode_xml_list_of_erp_connection_list_mapping,
    encode_json_list_of_erp_connection_list_mapping,
    encode_xml_list_of_erp_connection_list_mapping,
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

_ERP_CONNECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services86}ErpConnectionId"
_ERP_CONNECTION_LIST_MAPPING_CONTAINER = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services86}ErpConnectionListMappingContainer"
)
_ERP_CONNECTION_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services86}ErpConnectionName"
_ERP_LIST_ITEM_MAPPINGS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services86}ErpListItemMappings"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services86}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ErpConnectionListMappingContainer(Carrier):
    """Information about all list connections for a connection between CRM and the ERP system.

    Carrier object for ErpConnectionListMappingContainer. Services for the
    ErpConnectionListMappingContainer Carrier is available from the ErpSync Agent.
    """

    erp_list_item_mappings: list[ErpConnectionListMapping | None] | None | Unset = UNSET
    """Array of ErpConnectionListMapping"""
    erp_connection_id: int | Unset = UNSET
    """Primary key"""
    erp_connection_name: str | None | Unset = UNSET
    """The name of the erp connection"""

    def to_xml(self) -> Element:
        return encode_xml_erp_connection_list_mapping_container(
            None, _ERP_CONNECTION_LIST_MAPPING_CONTAINER, self
        )

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ErpConnectionListMappingContainer:
        return record_from_xml(decode_xml_erp_connection_list_mapping_container, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_erp_connection_list_mapping_container(self)

    @classmethod
    def from_json(cls, data: Any) -> ErpConnectionListMappingContainer:
        return record_from_json(decode_json_erp_connection_list_mapping_container, data)


_ERP_CONNECTION_LIST_MAPPING_CONTAINER_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ErpListItemMappings",
        "ErpConnectionId",
        "ErpConnectionName",
    )
)


def decode_xml_erp_connection_list_mapping_container(
    element: Element,
) -> ErpConnectionListMappingContainer:
    value = ErpConnectionListMappingContainer()
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
        elif tag == _ERP_LIST_ITEM_MAPPINGS:
            value.erp_list_item_mappings = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_erp_connection_list_mapping(child)
            )
        elif tag == _ERP_CONNECTION_ID:
            value.erp_connection_id = read_int(child)
        elif tag == _ERP_CONNECTION_NAME:
            value.erp_connection_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_erp_connection_list_mapping_container(
    parent: Element | None, tag: str, value: ErpConnectionListMappingContainer
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(
        element,
        _ERP_LIST_ITEM_MAPPINGS,
        value.erp_list_item_mappings,
        encode_xml_list_of_erp_connection_list_mapping,
    )
    put(element, _ERP_CONNECTION_ID, value.erp_connection_id, write_int)
    put(element, _ERP_CONNECTION_NAME, value.erp_connection_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_erp_connection_list_mapping_container(
    data: Any, path: str
) -> ErpConnectionListMappingContainer:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ErpConnectionListMappingContainer)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.erp_list_item_mappings = take_nillable(
        data, "ErpListItemMappings", path, decode_json_list_of_erp_connection_list_mapping
    )
    value.erp_connection_id = take_int(data, "ErpConnectionId", path)
    value.erp_connection_name = take_str_nillable(data, "ErpConnectionName", path)
    value.extra = (
        None
        if _ERP_CONNECTION_LIST_MAPPING_CONTAINER_KEYS.issuperset(data)
        else json_extra(data, _ERP_CONNECTION_LIST_MAPPING_CONTAINER_KEYS)
    )
    return value


def encode_json_erp_connection_list_mapping_container(
    value: ErpConnectionListMappingContainer,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(
        result,
        "ErpListItemMappings",
        value.erp_list_item_mappings,
        encode_json_list_of_erp_connection_list_mapping,
    )
    put_json(result, "ErpConnectionId", value.erp_connection_id, json_write_int)
    put_json(result, "ErpConnectionName", value.erp_connection_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ERP_CONNECTION_LIST_MAPPING_CONTAINER_CODEC = Codec(
    decode_xml_erp_connection_list_mapping_container,
    encode_xml_erp_connection_list_mapping_container,
    decode_json_erp_connection_list_mapping_container,
    encode_json_erp_connection_list_mapping_container,
)
