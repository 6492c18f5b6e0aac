"""Services88 types: ArrayOfNotificationEvent, NotificationEvent.

Used by the Pocket agent.
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
    Record,
    Unset,
    blank,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    write_int,
)
from .notification_event_type import (
    NotificationEventType,
    decode_json_notification_event_type,
    decode_xml_notification_event_type,
    encode_json_notification_event_type,
    encode_xml_notification_event_type,
)

_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_NOTIFICATION_EVENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NotificationEvent"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"


@dataclasses.dataclass(kw_only=True, repr=False)
class NotificationEvent(Record):
    """Carrier for a notification event for a given notification type and entity id

    Carrier object for NotificationEvent. Services for the NotificationEvent Carrier is
    available from the Pocket Agent.
    """

    type: NotificationEventType | str | Unset = UNSET
    """Type of notification event"""
    id: int | Unset = UNSET
    """Id of entity this notification event is about"""

    def to_xml(self) -> Element:
        return encode_xml_notification_event(None, _NOTIFICATION_EVENT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> NotificationEvent:
        return record_from_xml(decode_xml_notification_event, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_notification_event(self)

    @classmethod
    def from_json(cls, data: Any) -> NotificationEvent:
        return record_from_json(decode_json_notification_event, data)


_NOTIFICATION_EVENT_KEYS = frozenset(
    (
        "Type",
        "Id",
    )
)


def decode_xml_notification_event(element: Element) -> NotificationEvent:
    value = NotificationEvent()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TYPE:
            value.type = decode_xml_notification_event_type(child)
        elif tag == _ID:
            value.id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_notification_event(
    parent: Element | None, tag: str, value: NotificationEvent
) -> Element:
    element = new_child(parent, tag)
    put(element, _TYPE, value.type, encode_xml_notification_event_type)
    put(element, _ID, value.id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_notification_event(data: Any, path: str) -> NotificationEvent:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(NotificationEvent)
    value.type = take(data, "Type", path, decode_json_notification_event_type)
    value.id = take_int(data, "Id", path)
    value.extra = (
        None
        if _NOTIFICATION_EVENT_KEYS.issuperset(data)
        else json_extra(data, _NOTIFICATION_EVENT_KEYS)
    )
    return value


def encode_json_notification_event(value: NotificationEvent) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Type", value.type, encode_json_notification_event_type)
    put_json(result, "Id", value.id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


NOTIFICATION_EVENT_CODEC = Codec(
    decode_xml_notification_event,
    encode_xml_notification_event,
    decode_json_notification_event,
    encode_json_notification_event,
)


def decode_xml_list_of_notification_event(element: Element) -> list[NotificationEvent | None]:
    """``ArrayOfNotificationEvent``: a list of ``NotificationEvent`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_notification_event(child))
        for child in element
        if child.tag == _NOTIFICATION_EVENT
    ]


def encode_xml_list_of_notification_event(
    parent: Element | None, tag: str, value: list[NotificationEvent | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _NOTIFICATION_EVENT, item, encode_xml_notification_event)
    return element


def decode_json_list_of_notification_event(data: Any, path: str) -> list[NotificationEvent | None]:
    return json_items_nillable(data, path, decode_json_notification_event)


def encode_json_list_of_notification_event(value: list[NotificationEvent | None]) -> list[Any]:
    return [(None if item is None else encode_json_notification_event(item)) for item in value]


LIST_OF_NOTIFICATION_EVENT_CODEC = Codec(
    decode_xml_list_of_notification_event,
    encode_xml_list_of_notification_event,
    decode_json_list_of_notification_event,
    encode_json_list_of_notification_event,
)
