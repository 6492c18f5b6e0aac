"""Services88 types: ArrayOfQuoteConnection, QuoteConnection.

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
from .plugin_response import (
    PluginResponse,
    decode_json_plugin_response,
    decode_xml_plugin_response,
    encode_json_plugin_response,
    encode_xml_plugin_response,
)
from .price_list import (
    PriceList,
    decode_json_list_of_price_list,
    decode_xml_list_of_price_list,
    encode_json_list_of_price_list,
    encode_xml_list_of_price_list,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ALL_ACCESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AllAccess"
_ASSOCIATE_ACCESS_IDS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateAccessIds"
)
_CONNECTOR_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConnectorName"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_DISPLAY_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayDescription"
_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayName"
_ERP_CONNECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpConnectionId"
_ERP_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ERPName"
_EXTRA_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraData"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_INITIALIZE_RESPONSE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InitializeResponse"
_IS_AVAILABLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsAvailable"
_PRICE_LISTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PriceLists"
_QUOTE_CONNECTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteConnection"
_QUOTE_CONNECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteConnectionId"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_USER_GROUP_ACCESS_IDS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserGroupAccessIds"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class QuoteConnection(Carrier):
    """Information about a connection to the ERP system.

    Carrier object for QuoteConnection. Services for the QuoteConnection Carrier is available
    from the Quote Agent.
    """

    quote_connection_id: int | Unset = UNSET
    """Primary key"""
    erp_name: str | None | Unset = UNSET
    """Name of the ERP system (programmatic)."""
    display_name: str | None | Unset = UNSET
    """Connection name shown to user; multi-language support. The name of the connector to display
    in a list so that the users can choose between them. Typically the name of the client, with
    maybe the ERP system in parenthesis.
    """
    display_description: str | None | Unset = UNSET
    """Tooltip/description shown to user; multi-language support. Any other info available that
    would make an uncertain user chose the right connector. Typically, used for tooltip.
    """
    rank: int | Unset = UNSET
    """Rank order"""
    connector_name: str | None | Unset = UNSET
    """Programmatic name of the Connector plugin that implements this kind of connection"""
    erp_connection_id: int | Unset = UNSET
    """The ERP Connection that this Quote connection is an extension of"""
    extra_data: str | None | Unset = UNSET
    """Optional extra data, in XML format, for configuring the connector. Connector-specific!"""
    is_available: bool | Unset = UNSET
    """Whether or not the specified connection is available. Typically, without network access the
    availability is false.
    """
    initialize_response: PluginResponse | None | Unset = UNSET
    """Status and Error message when the system called the connector Initialize method. Null if the
    connector has not been initialized yet.
    """
    price_lists: list[PriceList | None] | None | Unset = UNSET
    """The PriceLists that this connection offers."""
    all_access: bool | Unset = UNSET
    """Is this connection accessible to everyone? If not, then the QuoteConnectionAccess table
    tells us who can access it.
    """
    deleted: bool | Unset = UNSET
    """If set, then this is a row that has been 'deleted'; we do not physically delete rows to
    avoid disaster.
    """
    user_group_access_ids: list[int] | None | Unset = UNSET
    """Array of ids containing usergroups that will have access to this connection."""
    associate_access_ids: list[int] | None | Unset = UNSET
    """Array of ids containing associates that will have access to this connection."""

    def to_xml(self) -> Element:
        return encode_xml_quote_connection(None, _QUOTE_CONNECTION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> QuoteConnection:
        return record_from_xml(decode_xml_quote_connection, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_quote_connection(self)

    @classmethod
    def from_json(cls, data: Any) -> QuoteConnection:
        return record_from_json(decode_json_quote_connection, data)


_QUOTE_CONNECTION_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "QuoteConnectionId",
        "ERPName",
        "DisplayName",
        "DisplayDescription",
        "Rank",
        "ConnectorName",
        "ErpConnectionId",
        "ExtraData",
        "IsAvailable",
        "InitializeResponse",
        "PriceLists",
        "AllAccess",
        "Deleted",
        "UserGroupAccessIds",
        "AssociateAccessIds",
    )
)


def decode_xml_quote_connection(element: Element) -> QuoteConnection:
    value = QuoteConnection()
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
        elif tag == _QUOTE_CONNECTION_ID:
            value.quote_connection_id = read_int(child)
        elif tag == _ERP_NAME:
            value.erp_name = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_NAME:
            value.display_name = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_DESCRIPTION:
            value.display_description = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _CONNECTOR_NAME:
            value.connector_name = child.text or empty_or_nil(child)
        elif tag == _ERP_CONNECTION_ID:
            value.erp_connection_id = read_int(child)
        elif tag == _EXTRA_DATA:
            value.extra_data = child.text or empty_or_nil(child)
        elif tag == _IS_AVAILABLE:
            value.is_available = read_bool(child)
        elif tag == _INITIALIZE_RESPONSE:
            value.initialize_response = (
                None if child.get(XSI_NIL) in NIL else decode_xml_plugin_response(child)
            )
        elif tag == _PRICE_LISTS:
            value.price_lists = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_price_list(child)
            )
        elif tag == _ALL_ACCESS:
            value.all_access = read_bool(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
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


def encode_xml_quote_connection(
    parent: Element | None, tag: str, value: QuoteConnection
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _QUOTE_CONNECTION_ID, value.quote_connection_id, write_int)
    put(element, _ERP_NAME, value.erp_name, write_str)
    put(element, _DISPLAY_NAME, value.display_name, write_str)
    put(element, _DISPLAY_DESCRIPTION, value.display_description, write_str)
    put(element, _RANK, value.rank, write_int)
    put(element, _CONNECTOR_NAME, value.connector_name, write_str)
    put(element, _ERP_CONNECTION_ID, value.erp_connection_id, write_int)
    put(element, _EXTRA_DATA, value.extra_data, write_str)
    put(element, _IS_AVAILABLE, value.is_available, write_bool)
    put(element, _INITIALIZE_RESPONSE, value.initialize_response, encode_xml_plugin_response)
    put(element, _PRICE_LISTS, value.price_lists, encode_xml_list_of_price_list)
    put(element, _ALL_ACCESS, value.all_access, write_bool)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _USER_GROUP_ACCESS_IDS, value.user_group_access_ids, encode_xml_list_of_int)
    put(element, _ASSOCIATE_ACCESS_IDS, value.associate_access_ids, encode_xml_list_of_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_quote_connection(data: Any, path: str) -> QuoteConnection:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(QuoteConnection)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.quote_connection_id = take_int(data, "QuoteConnectionId", path)
    value.erp_name = take_str_nillable(data, "ERPName", path)
    value.display_name = take_str_nillable(data, "DisplayName", path)
    value.display_description = take_str_nillable(data, "DisplayDescription", path)
    value.rank = take_int(data, "Rank", path)
    value.connector_name = take_str_nillable(data, "ConnectorName", path)
    value.erp_connection_id = take_int(data, "ErpConnectionId", path)
    value.extra_data = take_str_nillable(data, "ExtraData", path)
    value.is_available = take_bool(data, "IsAvailable", path)
    value.initialize_response = take_nillable(
        data, "InitializeResponse", path, decode_json_plugin_response
    )
    value.price_lists = take_nillable(data, "PriceLists", path, decode_json_list_of_price_list)
    value.all_access = take_bool(data, "AllAccess", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.user_group_access_ids = take_nillable(
        data, "UserGroupAccessIds", path, decode_json_list_of_int
    )
    value.associate_access_ids = take_nillable(
        data, "AssociateAccessIds", path, decode_json_list_of_int
    )
    value.extra = (
        None
        if _QUOTE_CONNECTION_KEYS.issuperset(data)
        else json_extra(data, _QUOTE_CONNECTION_KEYS)
    )
    return value


def encode_json_quote_connection(value: QuoteConnection) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "QuoteConnectionId", value.quote_connection_id, json_write_int)
    put_json(result, "ERPName", value.erp_name, json_write_str)
    put_json(result, "DisplayName", value.display_name, json_write_str)
    put_json(result, "DisplayDescription", value.display_description, json_write_str)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "ConnectorName", value.connector_name, json_write_str)
    put_json(result, "ErpConnectionId", value.erp_connection_id, json_write_int)
    put_json(result, "ExtraData", value.extra_data, json_write_str)
    put_json(result, "IsAvailable", value.is_available, json_write_bool)
    put_json(result, "InitializeResponse", value.initialize_response, encode_json_plugin_response)
    put_json(result, "PriceLists", value.price_lists, encode_json_list_of_price_list)
    put_json(result, "AllAccess", value.all_access, json_write_bool)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "UserGroupAccessIds", value.user_group_access_ids, encode_json_list_of_int)
    put_json(result, "AssociateAccessIds", value.associate_access_ids, encode_json_list_of_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


QUOTE_CONNECTION_CODEC = Codec(
    decode_xml_quote_connection,
    encode_xml_quote_connection,
    decode_json_quote_connection,
    encode_json_quote_connection,
)


def decode_xml_list_of_quote_connection(element: Element) -> list[QuoteConnection | None]:
    """``ArrayOfQuoteConnection``: a list of ``QuoteConnection`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_quote_connection(child))
        for child in element
        if child.tag == _QUOTE_CONNECTION
    ]


def encode_xml_list_of_quote_connection(
    parent: Element | None, tag: str, value: list[QuoteConnection | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _QUOTE_CONNECTION, item, encode_xml_quote_connection)
    return element


def decode_json_list_of_quote_connection(data: Any, path: str) -> list[QuoteConnection | None]:
    return json_items_nillable(data, path, decode_json_quote_connection)


def encode_json_list_of_quote_connection(value: list[QuoteConnection | None]) -> list[Any]:
    return [(None if item is None else encode_json_quote_connection(item)) for item in value]


LIST_OF_QUOTE_CONNECTION_CODEC = Codec(
    decode_xml_list_of_quote_connection,
    encode_xml_list_of_quote_connection,
    decode_json_list_of_quote_connection,
    encode_json_list_of_quote_connection,
)
