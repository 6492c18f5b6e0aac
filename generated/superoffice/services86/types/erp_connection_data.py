"""Services86 types: ArrayOfErpConnectionData, ErpConnectionData.

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
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
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
    decode_json_list_of_erp_actor_type,
    decode_xml_erp_actor_type,
    decode_xml_list_of_erp_actor_type,
    encode_json_erp_actor_type,
    encode_json_list_of_erp_actor_type,
    encode_xml_erp_actor_type,
    encode_xml_list_of_erp_actor_type,
)
from .field_metadata import (
    FieldMetadata,
    decode_json_list_of_field_metadata,
    decode_xml_list_of_field_metadata,
    encode_json_list_of_field_metadata,
    encode_xml_list_of_field_metadata,
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

_CONNECTED = "{http://www.superoffice.net/ws/crm/NetServer/Services86}Connected"
_CONNECTION_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services86}ConnectionName"
_CRM_ACTOR_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services86}CrmActorType"
_ERP_ACTOR_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services86}ErpActorType"
_ERP_ACTOR_TYPES = "{http://www.superoffice.net/ws/crm/NetServer/Services86}ErpActorTypes"
_ERP_CONNECTION_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services86}ErpConnectionData"
_ERP_CONNECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services86}ErpConnectionId"
_ERP_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services86}ErpFields"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services86}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ErpConnectionData(Carrier):
    """Contains connection data and field labels for one connection

    Carrier object for ErpConnectionData. Services for the ErpConnectionData Carrier is
    available from the ErpSync Agent.
    """

    erp_connection_id: int | Unset = UNSET
    """The id of the connection"""
    connection_name: str | None | Unset = UNSET
    """The name of the connection"""
    connected: bool | Unset = UNSET
    """True if this entity instance has syncronized connection"""
    erp_fields: list[FieldMetadata | None] | None | Unset = UNSET
    """The ERP fields that should be displayed"""
    crm_actor_type: CrmActorType | str | Unset = UNSET
    """The crm actor type which these fields belongs to"""
    erp_actor_type: ErpActorType | str | Unset = UNSET
    """The erp actor type which these fields belongs to"""
    erp_actor_types: list[ErpActorType | str] | None | Unset = UNSET
    """Contains all mapped ErpActorType for this CrmActorType"""

    def to_xml(self) -> Element:
        return encode_xml_erp_connection_data(None, _ERP_CONNECTION_DATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ErpConnectionData:
        return record_from_xml(decode_xml_erp_connection_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_erp_connection_data(self)

    @classmethod
    def from_json(cls, data: Any) -> ErpConnectionData:
        return record_from_json(decode_json_erp_connection_data, data)


_ERP_CONNECTION_DATA_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ErpConnectionId",
        "ConnectionName",
        "Connected",
        "ErpFields",
        "CrmActorType",
        "ErpActorType",
        "ErpActorTypes",
    )
)


def decode_xml_erp_connection_data(element: Element) -> ErpConnectionData:
    value = ErpConnectionData()
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
        elif tag == _CONNECTION_NAME:
            value.connection_name = child.text or empty_or_nil(child)
        elif tag == _CONNECTED:
            value.connected = read_bool(child)
        elif tag == _ERP_FIELDS:
            value.erp_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_field_metadata(child)
            )
        elif tag == _CRM_ACTOR_TYPE:
            value.crm_actor_type = decode_xml_crm_actor_type(child)
        elif tag == _ERP_ACTOR_TYPE:
            value.erp_actor_type = decode_xml_erp_actor_type(child)
        elif tag == _ERP_ACTOR_TYPES:
            value.erp_actor_types = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_erp_actor_type(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_erp_connection_data(
    parent: Element | None, tag: str, value: ErpConnectionData
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ERP_CONNECTION_ID, value.erp_connection_id, write_int)
    put(element, _CONNECTION_NAME, value.connection_name, write_str)
    put(element, _CONNECTED, value.connected, write_bool)
    put(element, _ERP_FIELDS, value.erp_fields, encode_xml_list_of_field_metadata)
    put(element, _CRM_ACTOR_TYPE, value.crm_actor_type, encode_xml_crm_actor_type)
    put(element, _ERP_ACTOR_TYPE, value.erp_actor_type, encode_xml_erp_actor_type)
    put(element, _ERP_ACTOR_TYPES, value.erp_actor_types, encode_xml_list_of_erp_actor_type)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_erp_connection_data(data: Any, path: str) -> ErpConnectionData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ErpConnectionData)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.erp_connection_id = take_int(data, "ErpConnectionId", path)
    value.connection_name = take_str_nillable(data, "ConnectionName", path)
    value.connected = take_bool(data, "Connected", path)
    value.erp_fields = take_nillable(data, "ErpFields", path, decode_json_list_of_field_metadata)
    value.crm_actor_type = take(data, "CrmActorType", path, decode_json_crm_actor_type)
    value.erp_actor_type = take(data, "ErpActorType", path, decode_json_erp_actor_type)
    value.erp_actor_types = take_nillable(
        data, "ErpActorTypes", path, decode_json_list_of_erp_actor_type
    )
    value.extra = (
        None
        if _ERP_CONNECTION_DATA_KEYS.issuperset(data)
        else json_extra(data, _ERP_CONNECTION_DATA_KEYS)
    )
    return value


def encode_json_erp_connection_data(value: ErpConnectionData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ErpConnectionId", value.erp_connection_id, json_write_int)
    put_json(result, "ConnectionName", value.connection_name, json_write_str)
    put_json(result, "Connected", value.connected, json_write_bool)
    put_json(result, "ErpFields", value.erp_fields, encode_json_list_of_field_metadata)
    put_json(result, "CrmActorType", value.crm_actor_type, encode_json_crm_actor_type)
    put_json(result, "ErpActorType", value.erp_actor_type, encode_json_erp_actor_type)
    put_json(result, "ErpActorTypes", value.erp_actor_types, encode_json_list_of_erp_actor_type)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ERP_CONNECTION_DATA_CODEC = Codec(
    decode_xml_erp_connection_data,
    encode_xml_erp_connection_data,
    decode_json_erp_connection_data,
    encode_json_erp_connection_data,
)


def decode_xml_list_of_erp_connection_data(element: Element) -> list[ErpConnectionData | None]:
    """``ArrayOfErpConnectionData``: a list of ``ErpConnectionData`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_erp_connection_data(child))
        for child in element
        if child.tag == _ERP_CONNECTION_DATA
    ]


def encode_xml_list_of_erp_connection_data(
    parent: Element | None, tag: str, value: list[ErpConnectionData | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ERP_CONNECTION_DATA, item, encode_xml_erp_connection_data)
    return element


def decode_json_list_of_erp_connection_data(
    data: Any, path: str
) -> list[ErpConnectionData | None]:
    return json_items_nillable(data, path, decode_json_erp_connection_data)


def encode_json_list_of_erp_connection_data(value: list[ErpConnectionData | None]) -> list[Any]:
    return [(None if item is None else encode_json_erp_connection_data(item)) for item in value]


LIST_OF_ERP_CONNECTION_DATA_CODEC = Codec(
    decode_xml_list_of_erp_connection_data,
    encode_xml_list_of_erp_connection_data,
    decode_json_list_of_erp_connection_data,
    encode_json_list_of_erp_connection_data,
)
