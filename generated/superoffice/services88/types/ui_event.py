"""Services88 types: ArrayOfUiEvent, UiEvent.

Used by the ViewState agent.
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
    json_items_nillable,
    json_object,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
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

_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_ASSOCIATE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateName"
_ENTITY_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntityKey"
_ENTITY_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntityType"
_EVENT_DATE_TIME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EventDateTime"
_EVENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EventId"
_EVENT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EventName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UI_EVENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UiEvent"


@dataclasses.dataclass(kw_only=True, repr=False)
class UiEvent(Carrier):
    """An event that the user interface should know about. The origin may be something that happens
    in the user interface (in any session), or in the database (for instance, background
    process)

    Carrier object for UiEvent. Services for the UiEvent Carrier is available from the ViewState
    Agent.
    """

    event_id: int | Unset = UNSET
    """Id of event, increasing in chronological order, assigned by server"""
    event_name: str | None | Unset = UNSET
    """Name of event, for instance 'change' or 'edit'"""
    entity_type: str | None | Unset = UNSET
    """Name of entity, for instance 'ticket'"""
    entity_key: int | Unset = UNSET
    """Primary key of entity the event concerns"""
    associate_id: int | Unset = UNSET
    """The ID of the associate causing the event"""
    associate_name: str | None | Unset = UNSET
    """The full person name of the associate causing the event"""
    event_date_time: datetime.datetime | Unset = UNSET
    """When did the event happen"""

    def to_xml(self) -> Element:
        return encode_xml_ui_event(None, _UI_EVENT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> UiEvent:
        return record_from_xml(decode_xml_ui_event, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ui_event(self)

    @classmethod
    def from_json(cls, data: Any) -> UiEvent:
        return record_from_json(decode_json_ui_event, data)


_UI_EVENT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "EventId",
        "EventName",
        "EntityType",
        "EntityKey",
        "AssociateId",
        "AssociateName",
        "EventDateTime",
    )
)


def decode_xml_ui_event(element: Element) -> UiEvent:
    value = UiEvent()
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
        elif tag == _EVENT_ID:
            value.event_id = read_int(child)
        elif tag == _EVENT_NAME:
            value.event_name = child.text or empty_or_nil(child)
        elif tag == _ENTITY_TYPE:
            value.entity_type = child.text or empty_or_nil(child)
        elif tag == _ENTITY_KEY:
            value.entity_key = read_int(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _ASSOCIATE_NAME:
            value.associate_name = child.text or empty_or_nil(child)
        elif tag == _EVENT_DATE_TIME:
            value.event_date_time = read_datetime(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ui_event(parent: Element | None, tag: str, value: UiEvent) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _EVENT_ID, value.event_id, write_int)
    put(element, _EVENT_NAME, value.event_name, write_str)
    put(element, _ENTITY_TYPE, value.entity_type, write_str)
    put(element, _ENTITY_KEY, value.entity_key, write_int)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _ASSOCIATE_NAME, value.associate_name, write_str)
    put(element, _EVENT_DATE_TIME, value.event_date_time, write_datetime)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ui_event(data: Any, path: str) -> UiEvent:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(UiEvent)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.event_id = take_int(data, "EventId", path)
    value.event_name = take_str_nillable(data, "EventName", path)
    value.entity_type = take_str_nillable(data, "EntityType", path)
    value.entity_key = take_int(data, "EntityKey", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.associate_name = take_str_nillable(data, "AssociateName", path)
    value.event_date_time = take(data, "EventDateTime", path, json_datetime)
    value.extra = None if _UI_EVENT_KEYS.issuperset(data) else json_extra(data, _UI_EVENT_KEYS)
    return value


def encode_json_ui_event(value: UiEvent) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "EventId", value.event_id, json_write_int)
    put_json(result, "EventName", value.event_name, json_write_str)
    put_json(result, "EntityType", value.entity_type, json_write_str)
    put_json(result, "EntityKey", value.entity_key, json_write_int)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "AssociateName", value.associate_name, json_write_str)
    put_json(result, "EventDateTime", value.event_date_time, json_write_datetime)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


UI_EVENT_CODEC = Codec(
    decode_xml_ui_event, encode_xml_ui_event, decode_json_ui_event, encode_json_ui_event
)


def decode_xml_list_of_ui_event(element: Element) -> list[UiEvent | None]:
    """``ArrayOfUiEvent``: a list of ``UiEvent`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_ui_event(child))
        for child in element
        if child.tag == _UI_EVENT
    ]


def encode_xml_list_of_ui_event(
    parent: Element | None, tag: str, value: list[UiEvent | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _UI_EVENT, item, encode_xml_ui_event)
    return element


def decode_json_list_of_ui_event(data: Any, path: str) -> list[UiEvent | None]:
    return json_items_nillable(data, path, decode_json_ui_event)


def encode_json_list_of_ui_event(value: list[UiEvent | None]) -> list[Any]:
    return [(None if item is None else encode_json_ui_event(item)) for item in value]


LIST_OF_UI_EVENT_CODEC = Codec(
    decode_xml_list_of_ui_event,
    encode_xml_list_of_ui_event,
    decode_json_list_of_ui_event,
    encode_json_list_of_ui_event,
)
