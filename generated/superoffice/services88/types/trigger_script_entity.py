"""Services88 types: TriggerScriptEntity.

Used by the CRMScript agent.
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
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
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
    write_datetime,
    write_int,
    write_str,
)
from .carrier import Carrier
from .event_handler_type import (
    EventHandlerType,
    decode_json_event_handler_type,
    decode_xml_event_handler_type,
    encode_json_event_handler_type,
    encode_xml_event_handler_type,
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

_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Enabled"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_REGISTERED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RegisteredAssociateId"
)
_SCREEN_CHOOSER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ScreenChooserId"
_SCREEN_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ScreenType"
_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Source"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TRIGGER_SCRIPT_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TriggerScriptEntity"
)
_UNIQUE_IDENTIFIER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UniqueIdentifier"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"
_UPDATED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedAssociateId"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class TriggerScriptEntity(Carrier):
    """CRM Trigger Script - The script runs when a given event fires.

    Carrier object for TriggerScriptEntity. Services for the TriggerScriptEntity Carrier is
    available from the CRMScript Agent.
    """

    screen_chooser_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Optional description of what this script is used for."""
    screen_type: EventHandlerType | str | Unset = UNSET
    """Event id that triggers script. See EventHandlerType enum."""
    enabled: bool | Unset = UNSET
    """Whether this screen chooser is enabled or not"""
    unique_identifier: str | None | Unset = UNSET
    """Global unique identifier, accross customers/tenants"""
    source: str | None | Unset = UNSET
    """The CRMscript code for this event handler"""
    registered: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    registered_associate_id: int | Unset = UNSET
    """Registered by whom"""
    updated: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    updated_associate_id: int | Unset = UNSET
    """Last updated by whom"""

    def to_xml(self) -> Element:
        return encode_xml_trigger_script_entity(None, _TRIGGER_SCRIPT_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TriggerScriptEntity:
        return record_from_xml(decode_xml_trigger_script_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_trigger_script_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> TriggerScriptEntity:
        return record_from_json(decode_json_trigger_script_entity, data)


_TRIGGER_SCRIPT_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ScreenChooserId",
        "Name",
        "ScreenType",
        "Enabled",
        "UniqueIdentifier",
        "Source",
        "Registered",
        "RegisteredAssociateId",
        "Updated",
        "UpdatedAssociateId",
    )
)


def decode_xml_trigger_script_entity(element: Element) -> TriggerScriptEntity:
    value = TriggerScriptEntity()
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
        elif tag == _SCREEN_CHOOSER_ID:
            value.screen_chooser_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _SCREEN_TYPE:
            value.screen_type = decode_xml_event_handler_type(child)
        elif tag == _ENABLED:
            value.enabled = read_bool(child)
        elif tag == _UNIQUE_IDENTIFIER:
            value.unique_identifier = child.text or empty_or_nil(child)
        elif tag == _SOURCE:
            value.source = child.text or empty_or_nil(child)
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        elif tag == _REGISTERED_ASSOCIATE_ID:
            value.registered_associate_id = read_int(child)
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        elif tag == _UPDATED_ASSOCIATE_ID:
            value.updated_associate_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_trigger_script_entity(
    parent: Element | None, tag: str, value: TriggerScriptEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SCREEN_CHOOSER_ID, value.screen_chooser_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _SCREEN_TYPE, value.screen_type, encode_xml_event_handler_type)
    put(element, _ENABLED, value.enabled, write_bool)
    put(element, _UNIQUE_IDENTIFIER, value.unique_identifier, write_str)
    put(element, _SOURCE, value.source, write_str)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _REGISTERED_ASSOCIATE_ID, value.registered_associate_id, write_int)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _UPDATED_ASSOCIATE_ID, value.updated_associate_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_trigger_script_entity(data: Any, path: str) -> TriggerScriptEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TriggerScriptEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.screen_chooser_id = take_int(data, "ScreenChooserId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.screen_type = take(data, "ScreenType", path, decode_json_event_handler_type)
    value.enabled = take_bool(data, "Enabled", path)
    value.unique_identifier = take_str_nillable(data, "UniqueIdentifier", path)
    value.source = take_str_nillable(data, "Source", path)
    value.registered = take(data, "Registered", path, json_datetime)
    value.registered_associate_id = take_int(data, "RegisteredAssociateId", path)
    value.updated = take(data, "Updated", path, json_datetime)
    value.updated_associate_id = take_int(data, "UpdatedAssociateId", path)
    value.extra = (
        None
        if _TRIGGER_SCRIPT_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _TRIGGER_SCRIPT_ENTITY_KEYS)
    )
    return value


def encode_json_trigger_script_entity(value: TriggerScriptEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ScreenChooserId", value.screen_chooser_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "ScreenType", value.screen_type, encode_json_event_handler_type)
    put_json(result, "Enabled", value.enabled, json_write_bool)
    put_json(result, "UniqueIdentifier", value.unique_identifier, json_write_str)
    put_json(result, "Source", value.source, json_write_str)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "RegisteredAssociateId", value.registered_associate_id, json_write_int)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "UpdatedAssociateId", value.updated_associate_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TRIGGER_SCRIPT_ENTITY_CODEC = Codec(
    decode_xml_trigger_script_entity,
    encode_xml_trigger_script_entity,
    decode_json_trigger_script_entity,
    encode_json_trigger_script_entity,
)
