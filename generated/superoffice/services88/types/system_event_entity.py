"""Services88 types: SystemEventEntity.

Used by the Configuration agent.
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
    json_short,
    json_write_datetime,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_datetime,
    write_int,
    write_short,
    write_str,
)
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .system_event_scope import (
    SystemEventScope,
    decode_json_system_event_scope,
    decode_xml_system_event_scope,
    encode_json_system_event_scope,
    encode_xml_system_event_scope,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ACTIVATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActivatedBy"
_ETA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Eta"
_EVENTKEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Eventkey"
_EVENTMESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Eventmess"
_EXTRA_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraInfo"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_OWNER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Owner"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_SCOPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Scope"
_SYSTEM_EVENT_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SystemEventEntity"
_SYSTEM_EVENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SystemEventId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED_COUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedCount"


@dataclasses.dataclass(kw_only=True, repr=False)
class SystemEventEntity(Carrier):
    """The ``SystemEventEntity`` record."""

    system_event_id: int | Unset = UNSET
    scope: SystemEventScope | str | Unset = UNSET
    eta: datetime.datetime | Unset = UNSET
    eventkey: str | None | Unset = UNSET
    eventmess: str | None | Unset = UNSET
    extra_info: int | Unset = UNSET
    owner: int | Unset = UNSET
    updated_count: int | Unset = UNSET
    registered: datetime.datetime | Unset = UNSET
    activated_by: Associate | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_system_event_entity(None, _SYSTEM_EVENT_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SystemEventEntity:
        return record_from_xml(decode_xml_system_event_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_system_event_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> SystemEventEntity:
        return record_from_json(decode_json_system_event_entity, data)


_SYSTEM_EVENT_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "SystemEventId",
        "Scope",
        "Eta",
        "Eventkey",
        "Eventmess",
        "ExtraInfo",
        "Owner",
        "UpdatedCount",
        "Registered",
        "ActivatedBy",
    )
)


def decode_xml_system_event_entity(element: Element) -> SystemEventEntity:
    value = SystemEventEntity()
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
        elif tag == _SYSTEM_EVENT_ID:
            value.system_event_id = read_int(child)
        elif tag == _SCOPE:
            value.scope = decode_xml_system_event_scope(child)
        elif tag == _ETA:
            value.eta = read_datetime(child)
        elif tag == _EVENTKEY:
            value.eventkey = child.text or empty_or_nil(child)
        elif tag == _EVENTMESS:
            value.eventmess = child.text or empty_or_nil(child)
        elif tag == _EXTRA_INFO:
            value.extra_info = read_int(child)
        elif tag == _OWNER:
            value.owner = read_int(child)
        elif tag == _UPDATED_COUNT:
            value.updated_count = read_short(child)
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        elif tag == _ACTIVATED_BY:
            value.activated_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_system_event_entity(
    parent: Element | None, tag: str, value: SystemEventEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SYSTEM_EVENT_ID, value.system_event_id, write_int)
    put(element, _SCOPE, value.scope, encode_xml_system_event_scope)
    put(element, _ETA, value.eta, write_datetime)
    put(element, _EVENTKEY, value.eventkey, write_str)
    put(element, _EVENTMESS, value.eventmess, write_str)
    put(element, _EXTRA_INFO, value.extra_info, write_int)
    put(element, _OWNER, value.owner, write_int)
    put(element, _UPDATED_COUNT, value.updated_count, write_short)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _ACTIVATED_BY, value.activated_by, encode_xml_associate)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_system_event_entity(data: Any, path: str) -> SystemEventEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SystemEventEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.system_event_id = take_int(data, "SystemEventId", path)
    value.scope = take(data, "Scope", path, decode_json_system_event_scope)
    value.eta = take(data, "Eta", path, json_datetime)
    value.eventkey = take_str_nillable(data, "Eventkey", path)
    value.eventmess = take_str_nillable(data, "Eventmess", path)
    value.extra_info = take_int(data, "ExtraInfo", path)
    value.owner = take_int(data, "Owner", path)
    value.updated_count = take(data, "UpdatedCount", path, json_short)
    value.registered = take(data, "Registered", path, json_datetime)
    value.activated_by = take_nillable(data, "ActivatedBy", path, decode_json_associate)
    value.extra = (
        None
        if _SYSTEM_EVENT_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _SYSTEM_EVENT_ENTITY_KEYS)
    )
    return value


def encode_json_system_event_entity(value: SystemEventEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "SystemEventId", value.system_event_id, json_write_int)
    put_json(result, "Scope", value.scope, encode_json_system_event_scope)
    put_json(result, "Eta", value.eta, json_write_datetime)
    put_json(result, "Eventkey", value.eventkey, json_write_str)
    put_json(result, "Eventmess", value.eventmess, json_write_str)
    put_json(result, "ExtraInfo", value.extra_info, json_write_int)
    put_json(result, "Owner", value.owner, json_write_int)
    put_json(result, "UpdatedCount", value.updated_count, json_write_short)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "ActivatedBy", value.activated_by, encode_json_associate)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SYSTEM_EVENT_ENTITY_CODEC = Codec(
    decode_xml_system_event_entity,
    encode_xml_system_event_entity,
    decode_json_system_event_entity,
    encode_json_system_event_entity,
)
