"""Services86 types: ErpSyncEngineStatus.

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
    json_duration,
    json_extra,
    json_object,
    json_write_bool,
    json_write_duration,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_duration,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_duration,
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

_ERP_SYNC_ENGINE_STATUS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services86}ErpSyncEngineStatus"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldProperties"
_INTERVAL = "{http://www.superoffice.net/ws/crm/NetServer/Services86}Interval"
_IS_RUNNING = "{http://www.superoffice.net/ws/crm/NetServer/Services86}IsRunning"
_STATUS_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services86}StatusMessage"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services86}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ErpSyncEngineStatus(Carrier):
    """Status of the Sync engine

    Carrier object for ErpSyncEngineStatus. Services for the ErpSyncEngineStatus Carrier is
    available from the ErpSync Agent.
    """

    is_running: bool | Unset = UNSET
    """Is the engine currently running"""
    status_message: str | None | Unset = UNSET
    """Current status message from the engine"""
    interval: datetime.timedelta | Unset = UNSET
    """The interval for each iteration of the sync engine"""

    def to_xml(self) -> Element:
        return encode_xml_erp_sync_engine_status(None, _ERP_SYNC_ENGINE_STATUS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ErpSyncEngineStatus:
        return record_from_xml(decode_xml_erp_sync_engine_status, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_erp_sync_engine_status(self)

    @classmethod
    def from_json(cls, data: Any) -> ErpSyncEngineStatus:
        return record_from_json(decode_json_erp_sync_engine_status, data)


_ERP_SYNC_ENGINE_STATUS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "IsRunning",
        "StatusMessage",
        "Interval",
    )
)


def decode_xml_erp_sync_engine_status(element: Element) -> ErpSyncEngineStatus:
    value = ErpSyncEngineStatus()
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
        elif tag == _IS_RUNNING:
            value.is_running = read_bool(child)
        elif tag == _STATUS_MESSAGE:
            value.status_message = child.text or empty_or_nil(child)
        elif tag == _INTERVAL:
            value.interval = read_duration(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_erp_sync_engine_status(
    parent: Element | None, tag: str, value: ErpSyncEngineStatus
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _IS_RUNNING, value.is_running, write_bool)
    put(element, _STATUS_MESSAGE, value.status_message, write_str)
    put(element, _INTERVAL, value.interval, write_duration)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_erp_sync_engine_status(data: Any, path: str) -> ErpSyncEngineStatus:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ErpSyncEngineStatus)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.is_running = take_bool(data, "IsRunning", path)
    value.status_message = take_str_nillable(data, "StatusMessage", path)
    value.interval = take(data, "Interval", path, json_duration)
    value.extra = (
        None
        if _ERP_SYNC_ENGINE_STATUS_KEYS.issuperset(data)
        else json_extra(data, _ERP_SYNC_ENGINE_STATUS_KEYS)
    )
    return value


def encode_json_erp_sync_engine_status(value: ErpSyncEngineStatus) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "IsRunning", value.is_running, json_write_bool)
    put_json(result, "StatusMessage", value.status_message, json_write_str)
    put_json(result, "Interval", value.interval, json_write_duration)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ERP_SYNC_ENGINE_STATUS_CODEC = Codec(
    decode_xml_erp_sync_engine_status,
    encode_xml_erp_sync_engine_status,
    decode_json_erp_sync_engine_status,
    encode_json_erp_sync_engine_status,
)
