"""Services88 types: ErpSyncActorTypeMapping.

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
    json_extra,
    json_object,
    json_write_bool,
    json_write_int,
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
    take,
    take_bool,
    take_int,
    take_nillable,
    write_bool,
    write_int,
)
from .carrier import Carrier
from .crm_actor_type import (
    CrmActorType,
    decode_json_crm_actor_type,
    decode_xml_crm_actor_type,
    encode_json_crm_actor_type,
    encode_xml_crm_actor_type,
)
from .erp_actor_type import (
    ErpActorType,
    decode_json_erp_actor_type,
    decode_xml_erp_actor_type,
    encode_json_erp_actor_type,
    encode_xml_erp_actor_type,
)
from .erp_sync_field_mapping import (
    ErpSyncFieldMapping,
    decode_json_list_of_erp_sync_field_mapping,
    decode_xml_list_of_erp_sync_field_mapping,
    encode_json_list_of_erp_sync_field_mapping,
    encode_xml_list_of_erp_sync_field_mapping,
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

_ACTOR_TYPE_CRM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActorTypeCrm"
_ACTOR_TYPE_ERP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActorTypeErp"
_ERP_CONNECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpConnectionId"
_ERP_SYNC_ACTOR_TYPE_MAPPING = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpSyncActorTypeMapping"
)
_FIELD_MAPPINGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldMappings"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_ACTIVE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsActive"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ErpSyncActorTypeMapping(Carrier):
    """Mapping information for one Actor, contains array of field mappings (ERP &lt;-&gt;
    SuperOffice)

    Carrier object for ErpSyncActorTypeMapping. Services for the ErpSyncActorTypeMapping Carrier
    is available from the ErpSync Agent.
    """

    erp_connection_id: int | Unset = UNSET
    """Primary key"""
    is_active: bool | Unset = UNSET
    """Is this sync mapping active"""
    field_mappings: list[ErpSyncFieldMapping | None] | None | Unset = UNSET
    """Array of individual field mappings; explicitly map to empty CrmFieldKey to indicate non-sync"""
    actor_type_erp: ErpActorType | str | Unset = UNSET
    """The actor type (ERP side)"""
    actor_type_crm: CrmActorType | str | Unset = UNSET
    """The actor type (CRM side)"""

    def to_xml(self) -> Element:
        return encode_xml_erp_sync_actor_type_mapping(None, _ERP_SYNC_ACTOR_TYPE_MAPPING, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ErpSyncActorTypeMapping:
        return record_from_xml(decode_xml_erp_sync_actor_type_mapping, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_erp_sync_actor_type_mapping(self)

    @classmethod
    def from_json(cls, data: Any) -> ErpSyncActorTypeMapping:
        return record_from_json(decode_json_erp_sync_actor_type_mapping, data)


_ERP_SYNC_ACTOR_TYPE_MAPPING_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ErpConnectionId",
        "IsActive",
        "FieldMappings",
        "ActorTypeErp",
        "ActorTypeCrm",
    )
)


def decode_xml_erp_sync_actor_type_mapping(element: Element) -> ErpSyncActorTypeMapping:
    value = ErpSyncActorTypeMapping()
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
        elif tag == _ERP_CONNECTION_ID:
            value.erp_connection_id = read_int(child)
        elif tag == _IS_ACTIVE:
            value.is_active = read_bool(child)
        elif tag == _FIELD_MAPPINGS:
            value.field_mappings = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_erp_sync_field_mapping(child)
            )
        elif tag == _ACTOR_TYPE_ERP:
            value.actor_type_erp = decode_xml_erp_actor_type(child)
        elif tag == _ACTOR_TYPE_CRM:
            value.actor_type_crm = decode_xml_crm_actor_type(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_erp_sync_actor_type_mapping(
    parent: Element | None, tag: str, value: ErpSyncActorTypeMapping
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ERP_CONNECTION_ID, value.erp_connection_id, write_int)
    put(element, _IS_ACTIVE, value.is_active, write_bool)
    put(element, _FIELD_MAPPINGS, value.field_mappings, encode_xml_list_of_erp_sync_field_mapping)
    put(element, _ACTOR_TYPE_ERP, value.actor_type_erp, encode_xml_erp_actor_type)
    put(element, _ACTOR_TYPE_CRM, value.actor_type_crm, encode_xml_crm_actor_type)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_erp_sync_actor_type_mapping(data: Any, path: str) -> ErpSyncActorTypeMapping:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ErpSyncActorTypeMapping)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.erp_connection_id = take_int(data, "ErpConnectionId", path)
    value.is_active = take_bool(data, "IsActive", path)
    value.field_mappings = take_nillable(
        data, "FieldMappings", path, decode_json_list_of_erp_sync_field_mapping
    )
    value.actor_type_erp = take(data, "ActorTypeErp", path, decode_json_erp_actor_type)
    value.actor_type_crm = take(data, "ActorTypeCrm", path, decode_json_crm_actor_type)
    value.extra = (
        None
        if _ERP_SYNC_ACTOR_TYPE_MAPPING_KEYS.issuperset(data)
        else json_extra(data, _ERP_SYNC_ACTOR_TYPE_MAPPING_KEYS)
    )
    return value


def encode_json_erp_sync_actor_type_mapping(value: ErpSyncActorTypeMapping) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ErpConnectionId", value.erp_connection_id, json_write_int)
    put_json(result, "IsActive", value.is_active, json_write_bool)
    put_json(
        result, "FieldMappings", value.field_mappings, encode_json_list_of_erp_sync_field_mapping
    )
    put_json(result, "ActorTypeErp", value.actor_type_erp, encode_json_erp_actor_type)
    put_json(result, "ActorTypeCrm", value.actor_type_crm, encode_json_crm_actor_type)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ERP_SYNC_ACTOR_TYPE_MAPPING_CODEC = Codec(
    decode_xml_erp_sync_actor_type_mapping,
    encode_xml_erp_sync_actor_type_mapping,
    decode_json_erp_sync_actor_type_mapping,
    encode_json_erp_sync_actor_type_mapping,
)
