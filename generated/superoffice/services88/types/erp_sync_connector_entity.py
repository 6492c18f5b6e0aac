"""Services88 types: ErpSyncConnectorEntity.

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
    json_write_bool,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
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

_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayName"
_ERP_CONNECTOR_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpConnectorId"
_ERP_SYNC_CONNECTOR_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpSyncConnectorEntity"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}URL"


@dataclasses.dataclass(kw_only=True, repr=False)
class ErpSyncConnectorEntity(Carrier):
    """Erp connector information

    Carrier object for ErpSyncConnectorEntity. Services for the ErpSyncConnectorEntity Carrier
    is available from the ErpSync Agent.
    """

    erp_connector_id: int | Unset = UNSET
    """Primary key"""
    display_name: str | None | Unset = UNSET
    """Name shown in the list"""
    url: str | None | Unset = UNSET
    """The URL where the connector is located and can be called"""
    deleted: bool | Unset = UNSET
    """True if the connector is deleted"""

    def to_xml(self) -> Element:
        return encode_xml_erp_sync_connector_entity(None, _ERP_SYNC_CONNECTOR_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ErpSyncConnectorEntity:
        return record_from_xml(decode_xml_erp_sync_connector_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_erp_sync_connector_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> ErpSyncConnectorEntity:
        return record_from_json(decode_json_erp_sync_connector_entity, data)


_ERP_SYNC_CONNECTOR_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ErpConnectorId",
        "DisplayName",
        "URL",
        "Deleted",
    )
)


def decode_xml_erp_sync_connector_entity(element: Element) -> ErpSyncConnectorEntity:
    value = ErpSyncConnectorEntity()
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
        elif tag == _ERP_CONNECTOR_ID:
            value.erp_connector_id = read_int(child)
        elif tag == _DISPLAY_NAME:
            value.display_name = child.text or empty_or_nil(child)
        elif tag == _URL:
            value.url = child.text or empty_or_nil(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_erp_sync_connector_entity(
    parent: Element | None, tag: str, value: ErpSyncConnectorEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ERP_CONNECTOR_ID, value.erp_connector_id, write_int)
    put(element, _DISPLAY_NAME, value.display_name, write_str)
    put(element, _URL, value.url, write_str)
    put(element, _DELETED, value.deleted, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_erp_sync_connector_entity(data: Any, path: str) -> ErpSyncConnectorEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ErpSyncConnectorEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.erp_connector_id = take_int(data, "ErpConnectorId", path)
    value.display_name = take_str_nillable(data, "DisplayName", path)
    value.url = take_str_nillable(data, "URL", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.extra = (
        None
        if _ERP_SYNC_CONNECTOR_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _ERP_SYNC_CONNECTOR_ENTITY_KEYS)
    )
    return value


def encode_json_erp_sync_connector_entity(value: ErpSyncConnectorEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ErpConnectorId", value.erp_connector_id, json_write_int)
    put_json(result, "DisplayName", value.display_name, json_write_str)
    put_json(result, "URL", value.url, json_write_str)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ERP_SYNC_CONNECTOR_ENTITY_CODEC = Codec(
    decode_xml_erp_sync_connector_entity,
    encode_xml_erp_sync_connector_entity,
    decode_json_erp_sync_connector_entity,
    encode_json_erp_sync_connector_entity,
)
