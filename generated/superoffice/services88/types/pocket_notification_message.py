"""Services88 types: PocketNotificationMessage.

Used by the Pocket agent.
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
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_datetime,
    json_duration,
    json_extra,
    json_object,
    json_write_bool,
    json_write_datetime,
    json_write_duration,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_duration,
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
    write_duration,
    write_int,
    write_str,
)
from .notification_message_type import (
    NotificationMessageType,
    decode_json_notification_message_type,
    decode_xml_notification_message_type,
    encode_json_notification_message_type,
    encode_xml_notification_message_type,
)
from .string_dictionary import (
    decode_json_string_dictionary,
    decode_xml_string_dictionary,
    encode_json_string_dictionary,
    encode_xml_string_dictionary,
)

_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Date"
_DURATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Duration"
_EXTRA_VALUES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraValues"
_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Message"
_POCKET_NOTIFICATION_MESSAGE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PocketNotificationMessage"
)
_RECORD_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecordId"
_SILENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Silent"
_TIME_TO_LIVE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeToLive"
_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Title"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Url"


@dataclasses.dataclass(kw_only=True, repr=False)
class PocketNotificationMessage(Record):
    """Describes behaviour and content for a push notification message

    Carrier object for PocketNotificationMessage. Services for the PocketNotificationMessage
    Carrier is available from the Pocket Agent.
    """

    title: str | None | Unset = UNSET
    """Title for the notification"""
    message: str | None | Unset = UNSET
    """The notification message body"""
    url: str | None | Unset = UNSET
    """An url associated with the notification that will be handled by Pocket"""
    silent: bool | Unset = UNSET
    """Indicates wether or not the message will vibrate/play a sound when delivered"""
    type: NotificationMessageType | str | Unset = UNSET
    """The type of notification this is"""
    time_to_live: int | Unset = UNSET
    """Specifies how many minutes the message should be valid"""
    record_id: int | Unset = UNSET
    """If the message is about some specific database record, this could be its primary key"""
    date: datetime.datetime | Unset = UNSET
    """If the message is about some event happening at a specific date and time"""
    duration: datetime.timedelta | Unset = UNSET
    """Specify duration of the event"""
    extra_values: dict[str, str | None] | None | Unset = UNSET
    """Additional key/value properties to include in the message"""

    def to_xml(self) -> Element:
        return encode_xml_pocket_notification_message(None, _POCKET_NOTIFICATION_MESSAGE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PocketNotificationMessage:
        return record_from_xml(decode_xml_pocket_notification_message, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_pocket_notification_message(self)

    @classmethod
    def from_json(cls, data: Any) -> PocketNotificationMessage:
        return record_from_json(decode_json_pocket_notification_message, data)


_POCKET_NOTIFICATION_MESSAGE_KEYS = frozenset(
    (
        "Title",
        "Message",
        "Url",
        "Silent",
        "Type",
        "TimeToLive",
        "RecordId",
        "Date",
        "Duration",
        "ExtraValues",
    )
)


def decode_xml_pocket_notification_message(element: Element) -> PocketNotificationMessage:
    value = PocketNotificationMessage()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TITLE:
            value.title = child.text or empty_or_nil(child)
        elif tag == _MESSAGE:
            value.message = child.text or empty_or_nil(child)
        elif tag == _URL:
            value.url = child.text or empty_or_nil(child)
        elif tag == _SILENT:
            value.silent = read_bool(child)
        elif tag == _TYPE:
            value.type = decode_xml_notification_message_type(child)
        elif tag == _TIME_TO_LIVE:
            value.time_to_live = read_int(child)
        elif tag == _RECORD_ID:
            value.record_id = read_int(child)
        elif tag == _DATE:
            value.date = read_datetime(child)
        elif tag == _DURATION:
            value.duration = read_duration(child)
        elif tag == _EXTRA_VALUES:
            value.extra_values = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_pocket_notification_message(
    parent: Element | None, tag: str, value: PocketNotificationMessage
) -> Element:
    element = new_child(parent, tag)
    put(element, _TITLE, value.title, write_str)
    put(element, _MESSAGE, value.message, write_str)
    put(element, _URL, value.url, write_str)
    put(element, _SILENT, value.silent, write_bool)
    put(element, _TYPE, value.type, encode_xml_notification_message_type)
    put(element, _TIME_TO_LIVE, value.time_to_live, write_int)
    put(element, _RECORD_ID, value.record_id, write_int)
    put(element, _DATE, value.date, write_datetime)
    put(element, _DURATION, value.duration, write_duration)
    put(element, _EXTRA_VALUES, value.extra_values, encode_xml_string_dictionary)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_pocket_notification_message(data: Any, path: str) -> PocketNotificationMessage:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PocketNotificationMessage)
    value.title = take_str_nillable(data, "Title", path)
    value.message = take_str_nillable(data, "Message", path)
    value.url = take_str_nillable(data, "Url", path)
    value.silent = take_bool(data, "Silent", path)
    value.type = take(data, "Type", path, decode_json_notification_message_type)
    value.time_to_live = take_int(data, "TimeToLive", path)
    value.record_id = take_int(data, "RecordId", path)
    value.date = take(data, "Date", path, json_datetime)
    value.duration = take(data, "Duration", path, json_duration)
    value.extra_values = take_nillable(data, "ExtraValues", path, decode_json_string_dictionary)
    value.extra = (
        None
        if _POCKET_NOTIFICATION_MESSAGE_KEYS.issuperset(data)
        else json_extra(data, _POCKET_NOTIFICATION_MESSAGE_KEYS)
    )
    return value


def encode_json_pocket_notification_message(value: PocketNotificationMessage) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Title", value.title, json_write_str)
    put_json(result, "Message", value.message, json_write_str)
    put_json(result, "Url", value.url, json_write_str)
    put_json(result, "Silent", value.silent, json_write_bool)
    put_json(result, "Type", value.type, encode_json_notification_message_type)
    put_json(result, "TimeToLive", value.time_to_live, json_write_int)
    put_json(result, "RecordId", value.record_id, json_write_int)
    put_json(result, "Date", value.date, json_write_datetime)
    put_json(result, "Duration", value.duration, json_write_duration)
    put_json(result, "ExtraValues", value.extra_values, encode_json_string_dictionary)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


POCKET_NOTIFICATION_MESSAGE_CODEC = Codec(
    decode_xml_pocket_notification_message,
    encode_xml_pocket_notification_message,
    decode_json_pocket_notification_message,
    encode_json_pocket_notification_message,
)
