"""Services88 types: ArrayOfErpConnection, ErpConnection.

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
from .list_of_int import (
    decode_json_list_of_int,
    decode_xml_list_of_int,
    encode_json_list_of_int,
    encode_xml_list_of_int,
)
from .string_dictionary import (
    decode_json_string_dictionary,
    decode_xml_string_dictionary,
    encode_json_string_dictionary,
    encode_xml_string_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ACTIVE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Active"
_ALL_ACCESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AllAccess"
_ASSOCIATE_ACCESS_IDS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateAccessIds"
)
_CONFIG_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConfigFields"
_CONNECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConnectionId"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_DISPLAY_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayDescription"
_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayName"
_ERP_CONNECTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpConnection"
_ERP_CONNECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpConnectionId"
_ERP_CONNECTOR_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpConnectorId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_MOST_RECENT_TIMESTAMP = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}MostRecentTimestamp"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_USER_GROUP_ACCESS_IDS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserGroupAccessIds"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class ErpConnection(Carrier):
    """Information about a connection to the ERP system.

    Carrier object for ErpConnection. Services for the ErpConnection Carrier is available from
    the ErpSync Agent.
    """

    erp_connection_id: int | Unset = UNSET
    """Primary key"""
    erp_connector_id: int | Unset = UNSET
    """The connector that this connection should call"""
    display_name: str | None | Unset = UNSET
    """Connection name shown to user; multi-language support"""
    display_description: str | None | Unset = UNSET
    """Tooltip/description shown to user; multi-language support"""
    active: bool | Unset = UNSET
    """Is this connection currently active"""
    connection_id: str | None | Unset = UNSET
    """The GUID that uniquely identifies this connection; passed to the Connector in every call"""
    most_recent_timestamp: str | None | Unset = UNSET
    """Datetime, transaction number or other identification of the point in time of the
    most-recently seen actor in the ERP system
    """
    config_fields: dict[str, str | None] | None | Unset = UNSET
    """The config fields needed to establish a connection to the connector"""
    deleted: bool | Unset = UNSET
    """If true, the connection has been deleted and should not be shown to the users."""
    all_access: bool | Unset = UNSET
    """Is this connection accessible to everyone? If not, then the ErpConnectionAccess table tells
    us who can access it
    """
    user_group_access_ids: list[int] | None | Unset = UNSET
    """Array of ids containing usergroups that will have access to this connection."""
    associate_access_ids: list[int] | None | Unset = UNSET
    """Array of ids containing associates that will have access to this connection."""

    def to_xml(self) -> Element:
        return encode_xml_erp_connection(None, _ERP_CONNECTION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ErpConnection:
        return record_from_xml(decode_xml_erp_connection, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_erp_connection(self)

    @classmethod
    def from_json(cls, data: Any) -> ErpConnection:
        return record_from_json(decode_json_erp_connection, data)


_ERP_CONNECTION_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ErpConnectionId",
        "ErpConnectorId",
        "DisplayName",
        "DisplayDescription",
        "Active",
        "ConnectionId",
        "MostRecentTimestamp",
        "ConfigFields",
        "Deleted",
        "AllAccess",
        "UserGroupAccessIds",
        "AssociateAccessIds",
    )
)


def decode_xml_erp_connection(element: Element) -> ErpConnection:
    value = ErpConnection()
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
        elif tag == _ERP_CONNECTOR_ID:
            value.erp_connector_id = read_int(child)
        elif tag == _DISPLAY_NAME:
            value.display_name = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_DESCRIPTION:
            value.display_description = child.text or empty_or_nil(child)
        elif tag == _ACTIVE:
            value.active = read_bool(child)
        elif tag == _CONNECTION_ID:
            value.connection_id = child.text or empty_or_nil(child)
        elif tag == _MOST_RECENT_TIMESTAMP:
            value.most_recent_timestamp = child.text or empty_or_nil(child)
        elif tag == _CONFIG_FIELDS:
            value.config_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _ALL_ACCESS:
            value.all_access = read_bool(child)
        elif tag == _USER_GROUP_ACCESS_IDS:
            value.user_group_access_ids = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        elif tag == _ASSOCIATE_ACCESS_IDS:
            value.associate_access_ids = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_erp_connection(parent: Element | None, tag: str, value: ErpConnection) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ERP_CONNECTION_ID, value.erp_connection_id, write_int)
    put(element, _ERP_CONNECTOR_ID, value.erp_connector_id, write_int)
    put(element, _DISPLAY_NAME, value.display_name, write_str)
    put(element, _DISPLAY_DESCRIPTION, value.display_description, write_str)
    put(element, _ACTIVE, value.active, write_bool)
    put(element, _CONNECTION_ID, value.connection_id, write_str)
    put(element, _MOST_RECENT_TIMESTAMP, value.most_recent_timestamp, write_str)
    put(element, _CONFIG_FIELDS, value.config_fields, encode_xml_string_dictionary)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _ALL_ACCESS, value.all_access, write_bool)
    put(element, _USER_GROUP_ACCESS_IDS, value.user_group_access_ids, encode_xml_list_of_int)
    put(element, _ASSOCIATE_ACCESS_IDS, value.associate_access_ids, encode_xml_list_of_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_erp_connection(data: Any, path: str) -> ErpConnection:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ErpConnection)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.erp_connection_id = take_int(data, "ErpConnectionId", path)
    value.erp_connector_id = take_int(data, "ErpConnectorId", path)
    value.display_name = take_str_nillable(data, "DisplayName", path)
    value.display_description = take_str_nillable(data, "DisplayDescription", path)
    value.active = take_bool(data, "Active", path)
    value.connection_id = take_str_nillable(data, "ConnectionId", path)
    value.most_recent_timestamp = take_str_nillable(data, "MostRecentTimestamp", path)
    value.config_fields = take_nillable(data, "ConfigFields", path, decode_json_string_dictionary)
    value.deleted = take_bool(data, "Deleted", path)
    value.all_access = take_bool(data, "AllAccess", path)
    value.user_group_access_ids = take_nillable(
        data, "UserGroupAccessIds", path, decode_json_list_of_int
    )
    value.associate_access_ids = take_nillable(
        data, "AssociateAccessIds", path, decode_json_list_of_int
    )
    value.extra = (
        None if _ERP_CONNECTION_KEYS.issuperset(data) else json_extra(data, _ERP_CONNECTION_KEYS)
    )
    return value


def encode_json_erp_connection(value: ErpConnection) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ErpConnectionId", value.erp_connection_id, json_write_int)
    put_json(result, "ErpConnectorId", value.erp_connector_id, json_write_int)
    put_json(result, "DisplayName", value.display_name, json_write_str)
    put_json(result, "DisplayDescription", value.display_description, json_write_str)
    put_json(result, "Active", value.active, json_write_bool)
    put_json(result, "ConnectionId", value.connection_id, json_write_str)
    put_json(result, "MostRecentTimestamp", value.most_recent_timestamp, json_write_str)
    put_json(result, "ConfigFields", value.config_fields, encode_json_string_dictionary)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "AllAccess", value.all_access, json_write_bool)
    put_json(result, "UserGroupAccessIds", value.user_group_access_ids, encode_json_list_of_int)
    put_json(result, "AssociateAccessIds", value.associate_access_ids, encode_json_list_of_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ERP_CONNECTION_CODEC = Codec(
    decode_xml_erp_connection,
    encode_xml_erp_connection,
    decode_json_erp_connection,
    encode_json_erp_connection,
)


def decode_xml_list_of_erp_connection(element: Element) -> list[ErpConnection | None]:
    """``ArrayOfErpConnection``: a list of ``ErpConnection`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_erp_connection(child))
        for child in element
        if child.tag == _ERP_CONNECTION
    ]


def encode_xml_list_of_erp_connection(
    parent: Element | None, tag: str, value: list[ErpConnection | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ERP_CONNECTION, item, encode_xml_erp_connection)
    return element


def decode_json_list_of_erp_connection(data: Any, path: str) -> list[ErpConnection | None]:
    return json_items_nillable(data, path, decode_json_erp_connection)


def encode_json_list_of_erp_connection(value: list[ErpConnection | None]) -> list[Any]:
    return [(None if item is None else encode_json_erp_connection(item)) for item in value]


LIST_OF_ERP_CONNECTION_CODEC = Codec(
    decode_xml_list_of_erp_connection,
    encode_xml_list_of_erp_connection,
    decode_json_list_of_erp_connection,
    encode_json_list_of_erp_connection,
)
