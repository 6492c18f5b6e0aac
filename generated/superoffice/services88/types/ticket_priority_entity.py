"""Services88 types: ArrayOfTicketPriorityEntity, TicketPriorityEntity.

Used by the List, Ticket agents.
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
from .list_of_datetime import (
    decode_json_list_of_datetime,
    decode_xml_list_of_datetime,
    encode_json_list_of_datetime,
    encode_xml_list_of_datetime,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .ticket_priority_escalate_event import (
    TicketPriorityEscalateEvent,
    decode_json_ticket_priority_escalate_event,
    decode_xml_ticket_priority_escalate_event,
    encode_json_ticket_priority_escalate_event,
    encode_xml_ticket_priority_escalate_event,
)
from .ticket_priority_escalation_level_entity import (
    TicketPriorityEscalationLevelEntity,
    decode_json_list_of_ticket_priority_escalation_level_entity,
    decode_xml_list_of_ticket_priority_escalation_level_entity,
    encode_json_list_of_ticket_priority_escalation_level_entity,
    encode_xml_list_of_ticket_priority_escalation_level_entity,
)
from .ticket_priority_flags import (
    TicketPriorityFlags,
    decode_json_ticket_priority_flags,
    decode_xml_ticket_priority_flags,
    encode_json_ticket_priority_flags,
    encode_xml_ticket_priority_flags,
)
from .ticket_priority_status import (
    TicketPriorityStatus,
    decode_json_ticket_priority_status,
    decode_xml_ticket_priority_status,
    encode_json_ticket_priority_status,
    encode_xml_ticket_priority_status,
)

_CHANGED_OWNER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangedOwner"
_DEADLINE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deadline"
_ESCALATION_LEVELS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EscalationLevels"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FLAGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Flags"
_FRI_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FriStart"
_FRI_STOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FriStop"
_MON_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MonStart"
_MON_STOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MonStop"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_NON_DATES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NonDates"
_SAT_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SatStart"
_SAT_STOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SatStop"
_SORT_ORDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SortOrder"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_SUN_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SunStart"
_SUN_STOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SunStop"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_THU_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ThuStart"
_THU_STOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ThuStop"
_TICKET_CHANGED_PRIORITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketChangedPriority"
)
_TICKET_CLOSED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketClosed"
_TICKET_NEW = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketNew"
_TICKET_NEWINFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketNewinfo"
_TICKET_PRIORITY_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketPriorityEntity"
)
_TICKET_PRIORITY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketPriorityId"
_TICKET_READ = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketRead"
_TUE_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TueStart"
_TUE_STOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TueStop"
_WED_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WedStart"
_WED_STOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WedStop"


@dataclasses.dataclass(kw_only=True, repr=False)
class TicketPriorityEntity(Carrier):
    """Entity for a ticket priority. This entity describes the meta data for a ticket priority, and
    provides special operations on it.

    Carrier object for TicketPriorityEntity. Services for the TicketPriorityEntity Carrier is
    available from the List Agent.
    """

    ticket_priority_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    name: str | None | Unset = UNSET
    """The name of the priority."""
    status: TicketPriorityStatus | str | Unset = UNSET
    """The status (normal/deleted) of the priority."""
    flags: TicketPriorityFlags | str | Unset = UNSET
    """A bitmask of flags."""
    sort_order: int | Unset = UNSET
    """Indicates the sort order for this priority. 1 is first, 100 is last"""
    ticket_read: TicketPriorityEscalateEvent | str | Unset = UNSET
    """This field indicates what to do with the escalation chain when the request is read"""
    changed_owner: TicketPriorityEscalateEvent | str | Unset = UNSET
    """This field indicates what to do with the escalation chain when the request changes owner
    (manually)
    """
    ticket_newinfo: TicketPriorityEscalateEvent | str | Unset = UNSET
    """This field indicates what to do with the escalation chain when the request gets new info"""
    ticket_closed: TicketPriorityEscalateEvent | str | Unset = UNSET
    """This field indicates what to do with the escalation chain when the request is closed"""
    ticket_changed_priority: TicketPriorityEscalateEvent | str | Unset = UNSET
    """This field indicates what to do with the escalation chain when the request is changed into
    this priority
    """
    ticket_new: TicketPriorityEscalateEvent | str | Unset = UNSET
    """This field indicates what to do with the escalation chain when a new request is registered"""
    deadline: int | Unset = UNSET
    """Deadline to add if escalated (minutes)"""
    mon_start: datetime.datetime | Unset = UNSET
    """The work hour start for Mondays. Note that only the time part of the DateTime is used"""
    mon_stop: datetime.datetime | Unset = UNSET
    """The work hour start for Mondays. Note that only the time part of the DateTime is used"""
    tue_start: datetime.datetime | Unset = UNSET
    """The work hour start for Tuesdays. Note that only the time part of the DateTime is used"""
    tue_stop: datetime.datetime | Unset = UNSET
    """The work hour stop for Tuesdays. Note that only the time part of the DateTime is used"""
    wed_start: datetime.datetime | Unset = UNSET
    """The work hour start for Wednesdays. Note that only the time part of the DateTime is used"""
    wed_stop: datetime.datetime | Unset = UNSET
    """The work hour stop for Wednesdays. Note that only the time part of the DateTime is used"""
    thu_start: datetime.datetime | Unset = UNSET
    """The work hour start for Thursdays. Note that only the time part of the DateTime is used"""
    thu_stop: datetime.datetime | Unset = UNSET
    """The work hour stop for Thursdays. Note that only the time part of the DateTime is used"""
    fri_start: datetime.datetime | Unset = UNSET
    """The work hour start for Fridays. Note that only the time part of the DateTime is used"""
    fri_stop: datetime.datetime | Unset = UNSET
    """The work hour stop for Fridays. Note that only the time part of the DateTime is used"""
    sat_start: datetime.datetime | Unset = UNSET
    """The work hour start for Saturdays. Note that only the time part of the DateTime is used"""
    sat_stop: datetime.datetime | Unset = UNSET
    """The work hour stop for Saturdays. Note that only the time part of the DateTime is used"""
    sun_start: datetime.datetime | Unset = UNSET
    """The work hour start for Sundays. Note that only the time part of the DateTime is used"""
    sun_stop: datetime.datetime | Unset = UNSET
    """The work hour stop for Sundays. Note that only the time part of the DateTime is used"""
    non_dates: list[datetime.datetime] | None | Unset = UNSET
    """Dates which the escalation time should not be running. Note that only the day of the year
    (day and month) is used. So the year and time part is not used even if this is a DateTime.
    Exception - it IS possible to include a year here, for dates that should not repeat every
    year
    """
    escalation_levels: list[TicketPriorityEscalationLevelEntity | None] | None | Unset = UNSET
    """Escalation levels bound to the parent priority"""

    def to_xml(self) -> Element:
        return encode_xml_ticket_priority_entity(None, _TICKET_PRIORITY_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TicketPriorityEntity:
        return record_from_xml(decode_xml_ticket_priority_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ticket_priority_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> TicketPriorityEntity:
        return record_from_json(decode_json_ticket_priority_entity, data)


_TICKET_PRIORITY_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TicketPriorityId",
        "Name",
        "Status",
        "Flags",
        "SortOrder",
        "TicketRead",
        "ChangedOwner",
        "TicketNewinfo",
        "TicketClosed",
        "TicketChangedPriority",
        "TicketNew",
        "Deadline",
        "MonStart",
        "MonStop",
        "TueStart",
        "TueStop",
        "WedStart",
        "WedStop",
        "ThuStart",
        "ThuStop",
        "FriStart",
        "FriStop",
        "SatStart",
        "SatStop",
        "SunStart",
        "SunStop",
        "NonDates",
        "EscalationLevels",
    )
)


def decode_xml_ticket_priority_entity(element: Element) -> TicketPriorityEntity:
    value = TicketPriorityEntity()
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
        elif tag == _TICKET_PRIORITY_ID:
            value.ticket_priority_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _STATUS:
            value.status = decode_xml_ticket_priority_status(child)
        elif tag == _FLAGS:
            value.flags = decode_xml_ticket_priority_flags(child)
        elif tag == _SORT_ORDER:
            value.sort_order = read_int(child)
        elif tag == _TICKET_READ:
            value.ticket_read = decode_xml_ticket_priority_escalate_event(child)
        elif tag == _CHANGED_OWNER:
            value.changed_owner = decode_xml_ticket_priority_escalate_event(child)
        elif tag == _TICKET_NEWINFO:
            value.ticket_newinfo = decode_xml_ticket_priority_escalate_event(child)
        elif tag == _TICKET_CLOSED:
            value.ticket_closed = decode_xml_ticket_priority_escalate_event(child)
        elif tag == _TICKET_CHANGED_PRIORITY:
            value.ticket_changed_priority = decode_xml_ticket_priority_escalate_event(child)
        elif tag == _TICKET_NEW:
            value.ticket_new = decode_xml_ticket_priority_escalate_event(child)
        elif tag == _DEADLINE:
            value.deadline = read_int(child)
        elif tag == _MON_START:
            value.mon_start = read_datetime(child)
        elif tag == _MON_STOP:
            value.mon_stop = read_datetime(child)
        elif tag == _TUE_START:
            value.tue_start = read_datetime(child)
        elif tag == _TUE_STOP:
            value.tue_stop = read_datetime(child)
        elif tag == _WED_START:
            value.wed_start = read_datetime(child)
        elif tag == _WED_STOP:
            value.wed_stop = read_datetime(child)
        elif tag == _THU_START:
            value.thu_start = read_datetime(child)
        elif tag == _THU_STOP:
            value.thu_stop = read_datetime(child)
        elif tag == _FRI_START:
            value.fri_start = read_datetime(child)
        elif tag == _FRI_STOP:
            value.fri_stop = read_datetime(child)
        elif tag == _SAT_START:
            value.sat_start = read_datetime(child)
        elif tag == _SAT_STOP:
            value.sat_stop = read_datetime(child)
        elif tag == _SUN_START:
            value.sun_start = read_datetime(child)
        elif tag == _SUN_STOP:
            value.sun_stop = read_datetime(child)
        elif tag == _NON_DATES:
            value.non_dates = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_datetime(child)
            )
        elif tag == _ESCALATION_LEVELS:
            value.escalation_levels = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_ticket_priority_escalation_level_entity(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ticket_priority_entity(
    parent: Element | None, tag: str, value: TicketPriorityEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TICKET_PRIORITY_ID, value.ticket_priority_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _STATUS, value.status, encode_xml_ticket_priority_status)
    put(element, _FLAGS, value.flags, encode_xml_ticket_priority_flags)
    put(element, _SORT_ORDER, value.sort_order, write_int)
    put(element, _TICKET_READ, value.ticket_read, encode_xml_ticket_priority_escalate_event)
    put(element, _CHANGED_OWNER, value.changed_owner, encode_xml_ticket_priority_escalate_event)
    put(element, _TICKET_NEWINFO, value.ticket_newinfo, encode_xml_ticket_priority_escalate_event)
    put(element, _TICKET_CLOSED, value.ticket_closed, encode_xml_ticket_priority_escalate_event)
    put(
        element,
        _TICKET_CHANGED_PRIORITY,
        value.ticket_changed_priority,
        encode_xml_ticket_priority_escalate_event,
    )
    put(element, _TICKET_NEW, value.ticket_new, encode_xml_ticket_priority_escalate_event)
    put(element, _DEADLINE, value.deadline, write_int)
    put(element, _MON_START, value.mon_start, write_datetime)
    put(element, _MON_STOP, value.mon_stop, write_datetime)
    put(element, _TUE_START, value.tue_start, write_datetime)
    put(element, _TUE_STOP, value.tue_stop, write_datetime)
    put(element, _WED_START, value.wed_start, write_datetime)
    put(element, _WED_STOP, value.wed_stop, write_datetime)
    put(element, _THU_START, value.thu_start, write_datetime)
    put(element, _THU_STOP, value.thu_stop, write_datetime)
    put(element, _FRI_START, value.fri_start, write_datetime)
    put(element, _FRI_STOP, value.fri_stop, write_datetime)
    put(element, _SAT_START, value.sat_start, write_datetime)
    put(element, _SAT_STOP, value.sat_stop, write_datetime)
    put(element, _SUN_START, value.sun_start, write_datetime)
    put(element, _SUN_STOP, value.sun_stop, write_datetime)
    put(element, _NON_DATES, value.non_dates, encode_xml_list_of_datetime)
    put(
        element,
        _ESCALATION_LEVELS,
        value.escalation_levels,
        encode_xml_list_of_ticket_priority_escalation_level_entity,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ticket_priority_entity(data: Any, path: str) -> TicketPriorityEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TicketPriorityEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.ticket_priority_id = take_int(data, "TicketPriorityId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.status = take(data, "Status", path, decode_json_ticket_priority_status)
    value.flags = take(data, "Flags", path, decode_json_ticket_priority_flags)
    value.sort_order = take_int(data, "SortOrder", path)
    value.ticket_read = take(data, "TicketRead", path, decode_json_ticket_priority_escalate_event)
    value.changed_owner = take(
        data, "ChangedOwner", path, decode_json_ticket_priority_escalate_event
    )
    value.ticket_newinfo = take(
        data, "TicketNewinfo", path, decode_json_ticket_priority_escalate_event
    )
    value.ticket_closed = take(
        data, "TicketClosed", path, decode_json_ticket_priority_escalate_event
    )
    value.ticket_changed_priority = take(
        data, "TicketChangedPriority", path, decode_json_ticket_priority_escalate_event
    )
    value.ticket_new = take(data, "TicketNew", path, decode_json_ticket_priority_escalate_event)
    value.deadline = take_int(data, "Deadline", path)
    value.mon_start = take(data, "MonStart", path, json_datetime)
    value.mon_stop = take(data, "MonStop", path, json_datetime)
    value.tue_start = take(data, "TueStart", path, json_datetime)
    value.tue_stop = take(data, "TueStop", path, json_datetime)
    value.wed_start = take(data, "WedStart", path, json_datetime)
    value.wed_stop = take(data, "WedStop", path, json_datetime)
    value.thu_start = take(data, "ThuStart", path, json_datetime)
    value.thu_stop = take(data, "ThuStop", path, json_datetime)
    value.fri_start = take(data, "FriStart", path, json_datetime)
    value.fri_stop = take(data, "FriStop", path, json_datetime)
    value.sat_start = take(data, "SatStart", path, json_datetime)
    value.sat_stop = take(data, "SatStop", path, json_datetime)
    value.sun_start = take(data, "SunStart", path, json_datetime)
    value.sun_stop = take(data, "SunStop", path, json_datetime)
    value.non_dates = take_nillable(data, "NonDates", path, decode_json_list_of_datetime)
    value.escalation_levels = take_nillable(
        data, "EscalationLevels", path, decode_json_list_of_ticket_priority_escalation_level_entity
    )
    value.extra = (
        None
        if _TICKET_PRIORITY_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _TICKET_PRIORITY_ENTITY_KEYS)
    )
    return value


def encode_json_ticket_priority_entity(value: TicketPriorityEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TicketPriorityId", value.ticket_priority_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Status", value.status, encode_json_ticket_priority_status)
    put_json(result, "Flags", value.flags, encode_json_ticket_priority_flags)
    put_json(result, "SortOrder", value.sort_order, json_write_int)
    put_json(result, "TicketRead", value.ticket_read, encode_json_ticket_priority_escalate_event)
    put_json(
        result, "ChangedOwner", value.changed_owner, encode_json_ticket_priority_escalate_event
    )
    put_json(
        result, "TicketNewinfo", value.ticket_newinfo, encode_json_ticket_priority_escalate_event
    )
    put_json(
        result, "TicketClosed", value.ticket_closed, encode_json_ticket_priority_escalate_event
    )
    put_json(
        result,
        "TicketChangedPriority",
        value.ticket_changed_priority,
        encode_json_ticket_priority_escalate_event,
    )
    put_json(result, "TicketNew", value.ticket_new, encode_json_ticket_priority_escalate_event)
    put_json(result, "Deadline", value.deadline, json_write_int)
    put_json(result, "MonStart", value.mon_start, json_write_datetime)
    put_json(result, "MonStop", value.mon_stop, json_write_datetime)
    put_json(result, "TueStart", value.tue_start, json_write_datetime)
    put_json(result, "TueStop", value.tue_stop, json_write_datetime)
    put_json(result, "WedStart", value.wed_start, json_write_datetime)
    put_json(result, "WedStop", value.wed_stop, json_write_datetime)
    put_json(result, "ThuStart", value.thu_start, json_write_datetime)
    put_json(result, "ThuStop", value.thu_stop, json_write_datetime)
    put_json(result, "FriStart", value.fri_start, json_write_datetime)
    put_json(result, "FriStop", value.fri_stop, json_write_datetime)
    put_json(result, "SatStart", value.sat_start, json_write_datetime)
    put_json(result, "SatStop", value.sat_stop, json_write_datetime)
    put_json(result, "SunStart", value.sun_start, json_write_datetime)
    put_json(result, "SunStop", value.sun_stop, json_write_datetime)
    put_json(result, "NonDates", value.non_dates, encode_json_list_of_datetime)
    put_json(
        result,
        "EscalationLevels",
        value.escalation_levels,
        encode_json_list_of_ticket_priority_escalation_level_entity,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TICKET_PRIORITY_ENTITY_CODEC = Codec(
    decode_xml_ticket_priority_entity,
    encode_xml_ticket_priority_entity,
    decode_json_ticket_priority_entity,
    encode_json_ticket_priority_entity,
)


def decode_xml_list_of_ticket_priority_entity(
    element: Element,
) -> list[TicketPriorityEntity | None]:
    """``ArrayOfTicketPriorityEntity``: a list of ``TicketPriorityEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_ticket_priority_entity(child))
        for child in element
        if child.tag == _TICKET_PRIORITY_ENTITY
    ]


def encode_xml_list_of_ticket_priority_entity(
    parent: Element | None, tag: str, value: list[TicketPriorityEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TICKET_PRIORITY_ENTITY, item, encode_xml_ticket_priority_entity)
    return element


def decode_json_list_of_ticket_priority_entity(
    data: Any, path: str
) -> list[TicketPriorityEntity | None]:
    return json_items_nillable(data, path, decode_json_ticket_priority_entity)


def encode_json_list_of_ticket_priority_entity(
    value: list[TicketPriorityEntity | None],
) -> list[Any]:
    return [(None if item is None else encode_json_ticket_priority_entity(item)) for item in value]


LIST_OF_TICKET_PRIORITY_ENTITY_CODEC = Codec(
    decode_xml_list_of_ticket_priority_entity,
    encode_xml_list_of_ticket_priority_entity,
    decode_json_list_of_ticket_priority_entity,
    encode_json_list_of_ticket_priority_entity,
)
