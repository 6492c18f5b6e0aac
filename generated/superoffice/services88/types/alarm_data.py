"""Services88 types: AlarmData, ArrayOfAlarmData.

Used by the Appointment agent.
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
from .appointment_type import (
    AppointmentType,
    decode_json_appointment_type,
    decode_xml_appointment_type,
    encode_json_appointment_type,
    encode_xml_appointment_type,
)
from .assignment_status import (
    AssignmentStatus,
    decode_json_assignment_status,
    decode_xml_assignment_status,
    encode_json_assignment_status,
    encode_xml_assignment_status,
)
from .booking_type import (
    BookingType,
    decode_json_booking_type,
    decode_xml_booking_type,
    encode_json_booking_type,
    encode_xml_booking_type,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .invitation_status import (
    InvitationStatus,
    decode_json_invitation_status,
    decode_xml_invitation_status,
    encode_json_invitation_status,
    encode_xml_invitation_status,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ALARM_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AlarmData"
_ALARM_TIME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AlarmTime"
_APPOINTMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentId"
_APPOINTMENT_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentText"
_APPOINTMENT_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentType"
_ASSIGNMENT_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssignmentStatus"
_BOOKING_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BookingType"
_CONTACT_DEPARTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactDepartment"
_CONTACT_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactFullName"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_END_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EndDate"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FORMAL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormalName"
_INVITATION_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InvitationStatus"
_JOIN_VIDEOMEET_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}JoinVideomeetUrl"
_LOCATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Location"
_PERSON_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonFullName"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PROJECT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectId"
_PROJECT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectName"
_SALE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleId"
_SALE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleName"
_START_TIME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StartTime"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TASK_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TaskName"


@dataclasses.dataclass(kw_only=True, repr=False)
class AlarmData(Carrier):
    """Carrier object for AlarmData. Services for the AlarmData Carrier is available from the
    Appointment Agent.
    """

    appointment_id: int | Unset = UNSET
    """Primary key"""
    start_time: datetime.datetime | Unset = UNSET
    """date + start time planned"""
    end_date: datetime.datetime | Unset = UNSET
    """Date + end time planned"""
    alarm_time: datetime.datetime | Unset = UNSET
    person_id: int | Unset = UNSET
    """Person ID of person the appointment is with, may be 0"""
    person_full_name: str | None | Unset = UNSET
    """The associate's culture formatted fullname (firstname, middleName and lastname)"""
    contact_name: str | None | Unset = UNSET
    """Contact name"""
    project_id: int | Unset = UNSET
    """ID of project referred to, may be 0"""
    project_name: str | None | Unset = UNSET
    """Project name"""
    appointment_text: str | None | Unset = UNSET
    """The actual text, max 2047 significant characters even though it is stored as a larger data
    type on some databases
    """
    sale_id: int | Unset = UNSET
    """Owning sale, if any (may be 0)"""
    sale_name: str | None | Unset = UNSET
    location: str | None | Unset = UNSET
    """Location for appointment, defaulted from invited resource of type place and other rules, but
    you can write anything you want here
    """
    appointment_type: AppointmentType | str | Unset = UNSET
    """where=no start time,note,docin, docout"""
    contact_id: int | Unset = UNSET
    """Contact ID of owning contact, may be 0"""
    assignment_status: AssignmentStatus | str | Unset = UNSET
    """Status if this appointment is in the process of being assigned to someone else"""
    invitation_status: InvitationStatus | str | Unset = UNSET
    """Status if this appointment represents an invitation"""
    booking_type: BookingType | str | Unset = UNSET
    """The type of booking the appointment represents"""
    formal_name: str | None | Unset = UNSET
    """The associate's culture formatted formalname (firstname, middleName and lastname, title,
    mrmrs)
    """
    task_name: str | None | Unset = UNSET
    contact_department: str | None | Unset = UNSET
    """Department"""
    contact_full_name: str | None | Unset = UNSET
    join_videomeet_url: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_alarm_data(None, _ALARM_DATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> AlarmData:
        return record_from_xml(decode_xml_alarm_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_alarm_data(self)

    @classmethod
    def from_json(cls, data: Any) -> AlarmData:
        return record_from_json(decode_json_alarm_data, data)


_ALARM_DATA_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "AppointmentId",
        "StartTime",
        "EndDate",
        "AlarmTime",
        "PersonId",
        "PersonFullName",
        "ContactName",
        "ProjectId",
        "ProjectName",
        "AppointmentText",
        "SaleId",
        "SaleName",
        "Location",
        "AppointmentType",
        "ContactId",
        "AssignmentStatus",
        "InvitationStatus",
        "BookingType",
        "FormalName",
        "TaskName",
        "ContactDepartment",
        "ContactFullName",
        "JoinVideomeetUrl",
    )
)


def decode_xml_alarm_data(element: Element) -> AlarmData:
    value = AlarmData()
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
        elif tag == _APPOINTMENT_ID:
            value.appointment_id = read_int(child)
        elif tag == _START_TIME:
            value.start_time = read_datetime(child)
        elif tag == _END_DATE:
            value.end_date = read_datetime(child)
        elif tag == _ALARM_TIME:
            value.alarm_time = read_datetime(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _PERSON_FULL_NAME:
            value.person_full_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        elif tag == _PROJECT_ID:
            value.project_id = read_int(child)
        elif tag == _PROJECT_NAME:
            value.project_name = child.text or empty_or_nil(child)
        elif tag == _APPOINTMENT_TEXT:
            value.appointment_text = child.text or empty_or_nil(child)
        elif tag == _SALE_ID:
            value.sale_id = read_int(child)
        elif tag == _SALE_NAME:
            value.sale_name = child.text or empty_or_nil(child)
        elif tag == _LOCATION:
            value.location = child.text or empty_or_nil(child)
        elif tag == _APPOINTMENT_TYPE:
            value.appointment_type = decode_xml_appointment_type(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _ASSIGNMENT_STATUS:
            value.assignment_status = decode_xml_assignment_status(child)
        elif tag == _INVITATION_STATUS:
            value.invitation_status = decode_xml_invitation_status(child)
        elif tag == _BOOKING_TYPE:
            value.booking_type = decode_xml_booking_type(child)
        elif tag == _FORMAL_NAME:
            value.formal_name = child.text or empty_or_nil(child)
        elif tag == _TASK_NAME:
            value.task_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_DEPARTMENT:
            value.contact_department = child.text or empty_or_nil(child)
        elif tag == _CONTACT_FULL_NAME:
            value.contact_full_name = child.text or empty_or_nil(child)
        elif tag == _JOIN_VIDEOMEET_URL:
            value.join_videomeet_url = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_alarm_data(parent: Element | None, tag: str, value: AlarmData) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _APPOINTMENT_ID, value.appointment_id, write_int)
    put(element, _START_TIME, value.start_time, write_datetime)
    put(element, _END_DATE, value.end_date, write_datetime)
    put(element, _ALARM_TIME, value.alarm_time, write_datetime)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _PERSON_FULL_NAME, value.person_full_name, write_str)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    put(element, _PROJECT_ID, value.project_id, write_int)
    put(element, _PROJECT_NAME, value.project_name, write_str)
    put(element, _APPOINTMENT_TEXT, value.appointment_text, write_str)
    put(element, _SALE_ID, value.sale_id, write_int)
    put(element, _SALE_NAME, value.sale_name, write_str)
    put(element, _LOCATION, value.location, write_str)
    put(element, _APPOINTMENT_TYPE, value.appointment_type, encode_xml_appointment_type)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _ASSIGNMENT_STATUS, value.assignment_status, encode_xml_assignment_status)
    put(element, _INVITATION_STATUS, value.invitation_status, encode_xml_invitation_status)
    put(element, _BOOKING_TYPE, value.booking_type, encode_xml_booking_type)
    put(element, _FORMAL_NAME, value.formal_name, write_str)
    put(element, _TASK_NAME, value.task_name, write_str)
    put(element, _CONTACT_DEPARTMENT, value.contact_department, write_str)
    put(element, _CONTACT_FULL_NAME, value.contact_full_name, write_str)
    put(element, _JOIN_VIDEOMEET_URL, value.join_videomeet_url, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_alarm_data(data: Any, path: str) -> AlarmData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(AlarmData)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.appointment_id = take_int(data, "AppointmentId", path)
    value.start_time = take(data, "StartTime", path, json_datetime)
    value.end_date = take(data, "EndDate", path, json_datetime)
    value.alarm_time = take(data, "AlarmTime", path, json_datetime)
    value.person_id = take_int(data, "PersonId", path)
    value.person_full_name = take_str_nillable(data, "PersonFullName", path)
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.project_id = take_int(data, "ProjectId", path)
    value.project_name = take_str_nillable(data, "ProjectName", path)
    value.appointment_text = take_str_nillable(data, "AppointmentText", path)
    value.sale_id = take_int(data, "SaleId", path)
    value.sale_name = take_str_nillable(data, "SaleName", path)
    value.location = take_str_nillable(data, "Location", path)
    value.appointment_type = take(data, "AppointmentType", path, decode_json_appointment_type)
    value.contact_id = take_int(data, "ContactId", path)
    value.assignment_status = take(data, "AssignmentStatus", path, decode_json_assignment_status)
    value.invitation_status = take(data, "InvitationStatus", path, decode_json_invitation_status)
    value.booking_type = take(data, "BookingType", path, decode_json_booking_type)
    value.formal_name = take_str_nillable(data, "FormalName", path)
    value.task_name = take_str_nillable(data, "TaskName", path)
    value.contact_department = take_str_nillable(data, "ContactDepartment", path)
    value.contact_full_name = take_str_nillable(data, "ContactFullName", path)
    value.join_videomeet_url = take_str_nillable(data, "JoinVideomeetUrl", path)
    value.extra = None if _ALARM_DATA_KEYS.issuperset(data) else json_extra(data, _ALARM_DATA_KEYS)
    return value


def encode_json_alarm_data(value: AlarmData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "AppointmentId", value.appointment_id, json_write_int)
    put_json(result, "StartTime", value.start_time, json_write_datetime)
    put_json(result, "EndDate", value.end_date, json_write_datetime)
    put_json(result, "AlarmTime", value.alarm_time, json_write_datetime)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "PersonFullName", value.person_full_name, json_write_str)
    put_json(result, "ContactName", value.contact_name, json_write_str)
    put_json(result, "ProjectId", value.project_id, json_write_int)
    put_json(result, "ProjectName", value.project_name, json_write_str)
    put_json(result, "AppointmentText", value.appointment_text, json_write_str)
    put_json(result, "SaleId", value.sale_id, json_write_int)
    put_json(result, "SaleName", value.sale_name, json_write_str)
    put_json(result, "Location", value.location, json_write_str)
    put_json(result, "AppointmentType", value.appointment_type, encode_json_appointment_type)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "AssignmentStatus", value.assignment_status, encode_json_assignment_status)
    put_json(result, "InvitationStatus", value.invitation_status, encode_json_invitation_status)
    put_json(result, "BookingType", value.booking_type, encode_json_booking_type)
    put_json(result, "FormalName", value.formal_name, json_write_str)
    put_json(result, "TaskName", value.task_name, json_write_str)
    put_json(result, "ContactDepartment", value.contact_department, json_write_str)
    put_json(result, "ContactFullName", value.contact_full_name, json_write_str)
    put_json(result, "JoinVideomeetUrl", value.join_videomeet_url, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ALARM_DATA_CODEC = Codec(
    decode_xml_alarm_data, encode_xml_alarm_data, decode_json_alarm_data, encode_json_alarm_data
)


def decode_xml_list_of_alarm_data(element: Element) -> list[AlarmData | None]:
    """``ArrayOfAlarmData``: a list of ``AlarmData`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_alarm_data(child))
        for child in element
        if child.tag == _ALARM_DATA
    ]


def encode_xml_list_of_alarm_data(
    parent: Element | None, tag: str, value: list[AlarmData | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ALARM_DATA, item, encode_xml_alarm_data)
    return element


def decode_json_list_of_alarm_data(data: Any, path: str) -> list[AlarmData | None]:
    return json_items_nillable(data, path, decode_json_alarm_data)


def encode_json_list_of_alarm_data(value: list[AlarmData | None]) -> list[Any]:
    return [(None if item is None else encode_json_alarm_data(item)) for item in value]


LIST_OF_ALARM_DATA_CODEC = Codec(
    decode_xml_list_of_alarm_data,
    encode_xml_list_of_alarm_data,
    decode_json_list_of_alarm_data,
    encode_json_list_of_alarm_data,
)
