"""Services88 types: ActivitySummaryItem, ArrayOfActivitySummaryItem.

Used by the Contact, Person agents.
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
    take_str_nillable,
    write_datetime,
    write_int,
    write_str,
)
from .activity_status import (
    ActivityStatus,
    decode_json_activity_status,
    decode_xml_activity_status,
    encode_json_activity_status,
    encode_xml_activity_status,
)

_ACTIVITY_SUMMARY_ITEM = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActivitySummaryItem"
)
_APPOINTMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentId"
_COMPLETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Completed"
_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Date"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_DOCUMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentId"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"


@dataclasses.dataclass(kw_only=True, repr=False)
class ActivitySummaryItem(Record):
    """Summary details about appointments and documents.

    Carrier object for ActivitySummaryItem. Services for the ActivitySummaryItem Carrier is
    available from the Appointment Agent.
    """

    appointment_id: int | Unset = UNSET
    """Primary key"""
    document_id: int | Unset = UNSET
    """Document id - 0 if not a document"""
    date: datetime.datetime | Unset = UNSET
    """Start/Document date"""
    description: str | None | Unset = UNSET
    """The appointment's textbox; document title"""
    completed: ActivityStatus | str | Unset = UNSET
    """The Completed state. NotStarted(1) or Completed(3)"""
    registered: datetime.datetime | Unset = UNSET
    """Registered date in UTC."""

    def to_xml(self) -> Element:
        return encode_xml_activity_summary_item(None, _ACTIVITY_SUMMARY_ITEM, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ActivitySummaryItem:
        return record_from_xml(decode_xml_activity_summary_item, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_activity_summary_item(self)

    @classmethod
    def from_json(cls, data: Any) -> ActivitySummaryItem:
        return record_from_json(decode_json_activity_summary_item, data)


_ACTIVITY_SUMMARY_ITEM_KEYS = frozenset(
    (
        "AppointmentId",
        "DocumentId",
        "Date",
        "Description",
        "Completed",
        "Registered",
    )
)


def decode_xml_activity_summary_item(element: Element) -> ActivitySummaryItem:
    value = ActivitySummaryItem()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _APPOINTMENT_ID:
            value.appointment_id = read_int(child)
        elif tag == _DOCUMENT_ID:
            value.document_id = read_int(child)
        elif tag == _DATE:
            value.date = read_datetime(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _COMPLETED:
            value.completed = decode_xml_activity_status(child)
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_activity_summary_item(
    parent: Element | None, tag: str, value: ActivitySummaryItem
) -> Element:
    element = new_child(parent, tag)
    put(element, _APPOINTMENT_ID, value.appointment_id, write_int)
    put(element, _DOCUMENT_ID, value.document_id, write_int)
    put(element, _DATE, value.date, write_datetime)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _COMPLETED, value.completed, encode_xml_activity_status)
    put(element, _REGISTERED, value.registered, write_datetime)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_activity_summary_item(data: Any, path: str) -> ActivitySummaryItem:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ActivitySummaryItem)
    value.appointment_id = take_int(data, "AppointmentId", path)
    value.document_id = take_int(data, "DocumentId", path)
    value.date = take(data, "Date", path, json_datetime)
    value.description = take_str_nillable(data, "Description", path)
    value.completed = take(data, "Completed", path, decode_json_activity_status)
    value.registered = take(data, "Registered", path, json_datetime)
    value.extra = (
        None
        if _ACTIVITY_SUMMARY_ITEM_KEYS.issuperset(data)
        else json_extra(data, _ACTIVITY_SUMMARY_ITEM_KEYS)
    )
    return value


def encode_json_activity_summary_item(value: ActivitySummaryItem) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "AppointmentId", value.appointment_id, json_write_int)
    put_json(result, "DocumentId", value.document_id, json_write_int)
    put_json(result, "Date", value.date, json_write_datetime)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Completed", value.completed, encode_json_activity_status)
    put_json(result, "Registered", value.registered, json_write_datetime)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ACTIVITY_SUMMARY_ITEM_CODEC = Codec(
    decode_xml_activity_summary_item,
    encode_xml_activity_summary_item,
    decode_json_activity_summary_item,
    encode_json_activity_summary_item,
)


def decode_xml_list_of_activity_summary_item(element: Element) -> list[ActivitySummaryItem | None]:
    """``ArrayOfActivitySummaryItem``: a list of ``ActivitySummaryItem`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_activity_summary_item(child))
        for child in element
        if child.tag == _ACTIVITY_SUMMARY_ITEM
    ]


def encode_xml_list_of_activity_summary_item(
    parent: Element | None, tag: str, value: list[ActivitySummaryItem | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ACTIVITY_SUMMARY_ITEM, item, encode_xml_activity_summary_item)
    return element


def decode_json_list_of_activity_summary_item(
    data: Any, path: str
) -> list[ActivitySummaryItem | None]:
    return json_items_nillable(data, path, decode_json_activity_summary_item)


def encode_json_list_of_activity_summary_item(
    value: list[ActivitySummaryItem | None],
) -> list[Any]:
    return [(None if item is None else encode_json_activity_summary_item(item)) for item in value]


LIST_OF_ACTIVITY_SUMMARY_ITEM_CODEC = Codec(
    decode_xml_list_of_activity_summary_item,
    encode_xml_list_of_activity_summary_item,
    decode_json_list_of_activity_summary_item,
    encode_json_list_of_activity_summary_item,
)
