"""Services86 types: ErpSyncConnectionSummary.

Used by the ErpSync agent.
"""

from __future__ import annotations

import dataclasses
import datetime
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
    json_datetime,
    json_extra,
    json_object,
    json_write_bool,
    json_write_datetime,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_datetime,
    write_str,
)
from .carrier import Carrier
from .erp_sync_actor_summary import (
    ErpSyncActorSummary,
    decode_json_list_of_erp_sync_actor_summary,
    decode_xml_list_of_erp_sync_actor_summary,
    encode_json_list_of_erp_sync_actor_summary,
    encode_xml_list_of_erp_sync_actor_summary,
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

_ACTIVE = "{http://www.superoffice.net/ws/crm/NetServer/Services86}Active"
_ACTORS = "{http://www.superoffice.net/ws/crm/NetServer/Services86}Actors"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services86}Deleted"
_DISPLAY_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services86}DisplayDescription"
_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services86}DisplayName"
_ERP_SYNC_CONNECTION_SUMMARY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services86}ErpSyncConnectionSummary"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldProperties"
_LAST_SYNC = "{http://www.superoffice.net/ws/crm/NetServer/Services86}LastSync"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services86}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ErpSyncConnectionSummary(Carrier):
    """Summary of the current setup of the ERP Integration, for one ERP connection

    Carrier object for ErpSyncConnectionSummary. Services for the ErpSyncConnectionSummary
    Carrier is available from the ErpSync Agent.
    """

    display_name: str | None | Unset = UNSET
    """Connection name shown to user; multi-language support"""
    display_description: str | None | Unset = UNSET
    """Tooltip/description shown to user; multi-language support"""
    active: bool | Unset = UNSET
    """Is the connection currently active"""
    deleted: bool | Unset = UNSET
    """Is the connection deleted"""
    last_sync: datetime.datetime | Unset = UNSET
    """The time of the last sync"""
    actors: list[ErpSyncActorSummary | None] | None | Unset = UNSET
    """Summaries of the configuration of the actors configured for this connection"""

    def to_xml(self) -> Element:
        return encode_xml_erp_sync_connection_summary(None, _ERP_SYNC_CONNECTION_SUMMARY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ErpSyncConnectionSummary:
        return record_from_xml(decode_xml_erp_sync_connection_summary, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_erp_sync_connection_summary(self)

    @classmethod
    def from_json(cls, data: Any) -> ErpSyncConnectionSummary:
        return record_from_json(decode_json_erp_sync_connection_summary, data)


_ERP_SYNC_CONNECTION_SUMMARY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "DisplayName",
        "DisplayDescription",
        "Active",
        "Deleted",
        "LastSync",
        "Actors",
    )
)


def decode_xml_erp_sync_connection_summary(element: Element) -> ErpSyncConnectionSummary:
    value = ErpSyncConnectionSummary()
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
        elif tag == _DISPLAY_NAME:
            value.display_name = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_DESCRIPTION:
            value.display_description = child.text or empty_or_nil(child)
        elif tag == _ACTIVE:
            value.active = read_bool(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _LAST_SYNC:
            value.last_sync = read_datetime(child)
        elif tag == _ACTORS:
            value.actors = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_erp_sync_actor_summary(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_erp_sync_connection_summary(
    parent: Element | None, tag: str, value: ErpSyncConnectionSummary
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DISPLAY_NAME, value.display_name, write_str)
    put(element, _DISPLAY_DESCRIPTION, value.display_description, write_str)
    put(element, _ACTIVE, value.active, write_bool)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _LAST_SYNC, value.last_sync, write_datetime)
    put(element, _ACTORS, value.actors, encode_xml_list_of_erp_sync_actor_summary)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_erp_sync_connection_summary(data: Any, path: str) -> ErpSyncConnectionSummary:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ErpSyncConnectionSummary)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.display_name = take_str_nillable(data, "DisplayName", path)
    value.display_description = take_str_nillable(data, "DisplayDescription", path)
    value.active = take_bool(data, "Active", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.last_sync = take(data, "LastSync", path, json_datetime)
    value.actors = take_nillable(data, "Actors", path, decode_json_list_of_erp_sync_actor_summary)
    value.extra = (
        None
        if _ERP_SYNC_CONNECTION_SUMMARY_KEYS.issuperset(data)
        else json_extra(data, _ERP_SYNC_CONNECTION_SUMMARY_KEYS)
    )
    return value


def encode_json_erp_sync_connection_summary(value: ErpSyncConnectionSummary) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "DisplayName", value.display_name, json_write_str)
    put_json(result, "DisplayDescription", value.display_description, json_write_str)
    put_json(result, "Active", value.active, json_write_bool)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "LastSync", value.last_sync, json_write_datetime)
    put_json(result, "Actors", value.actors, encode_json_list_of_erp_sync_actor_summary)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ERP_SYNC_CONNECTION_SUMMARY_CODEC = Codec(
    decode_xml_erp_sync_connection_summary,
    encode_xml_erp_sync_connection_summary,
    decode_json_erp_sync_connection_summary,
    encode_json_erp_sync_connection_summary,
)
