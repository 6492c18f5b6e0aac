"""Services88 types: AppointmentSyncData, ArrayOfAppointmentSyncData.

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
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .participant_sync_data import (
    ParticipantSyncData,
    decode_json_list_of_participant_sync_data,
    decode_xml_list_of_participant_sync_data,
    encode_json_list_of_participant_sync_data,
    encode_xml_list_of_participant_sync_data,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ALARM_TIME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AlarmTime"
_APPOINTMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentId"
_APPOINTMENT_SYNC_DATA = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentSyncData"
)
_APPOINTMENT_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentText"
_CONTACT_DEPARTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactDepartment"
_CONTACT_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactFullName"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_END_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EndDate"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HAS_ALARM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasAlarm"
_IS_ALL_DAY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsAllDay"
_IS_ASSIGNMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsAssignment"
_IS_BUSY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsBusy"
_IS_COMPLETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsCompleted"
_IS_INVITATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsInvitation"
_IS_TENTATIVE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsTentative"
_LOCATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Location"
_PARTICIPANTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Participants"
_PERSON_FORMAL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonFormalName"
_PERSON_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonFullName"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PROJECT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectId"
_PROJECT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectName"
_SALE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleId"
_SALE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleName"
_START_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StartDate"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TASK_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TaskName"


@dataclasses.dataclass(kw_only=True, repr=False)
class AppointmentSyncData(Carrier):
    """Carrier object for AppointmentSyncData. Services for the AppointmentSyncData Carrier is
    available from the Appointment Agent.
    """

    alarm_time: datetime.datetime | Unset = UNSET
    """Date and time at which to show alarm"""
    appointment_id: int | Unset = UNSET
    """Primary key"""
    appointment_text: str | None | Unset = UNSET
    """The appointment's textbox; holds a descriptive text about the appointment. Filled out by the
    user.
    """
    contact_department: str | None | Unset = UNSET
    """The department of the contact connected to the appointment"""
    contact_full_name: str | None | Unset = UNSET
    """The entire name of the contact, including department name"""
    contact_name: str | None | Unset = UNSET
    """The contact associated with the appointment."""
    contact_id: int | Unset = UNSET
    """The contacts identifier"""
    end_date: datetime.datetime | Unset = UNSET
    """Date + end time planned"""
    has_alarm: bool | Unset = UNSET
    """Does this appointment have an alarm"""
    is_all_day: bool | Unset = UNSET
    is_assignment: bool | Unset = UNSET
    is_busy: bool | Unset = UNSET
    is_completed: bool | Unset = UNSET
    is_invitation: bool | Unset = UNSET
    is_tentative: bool | Unset = UNSET
    location: str | None | Unset = UNSET
    """Location for appointment, defaulted from invited resource of type place and other rules, but
    you can write anything you want here
    """
    participants: list[ParticipantSyncData | None] | None | Unset = UNSET
    person_formal_name: str | None | Unset = UNSET
    person_full_name: str | None | Unset = UNSET
    """The full name of the person this appointment belongs to."""
    person_id: int | Unset = UNSET
    """Person ID of person the appointment is with, may be 0"""
    project_id: int | Unset = UNSET
    """ID of project referred to, may be 0"""
    project_name: str | None | Unset = UNSET
    """Project name"""
    sale_id: int | Unset = UNSET
    """Owning sale, if any (may be 0)"""
    sale_name: str | None | Unset = UNSET
    """Sale heading (short description?)"""
    start_date: datetime.datetime | Unset = UNSET
    """date + start time planned"""
    task_name: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_appointment_sync_data(None, _APPOINTMENT_SYNC_DATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> AppointmentSyncData:
        return record_from_xml(decode_xml_appointment_sync_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_appointment_sync_data(self)

    @classmethod
    def from_json(cls, data: Any) -> AppointmentSyncData:
        return record_from_json(decode_json_appointment_sync_data, data)


_APPOINTMENT_SYNC_DATA_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "AlarmTime",
        "AppointmentId",
        "AppointmentText",
        "ContactDepartment",
        "ContactFullName",
        "ContactName",
        "ContactId",
        "EndDate",
        "HasAlarm",
        "IsAllDay",
        "IsAssignment",
        "IsBusy",
        "IsCompleted",
        "IsInvitation",
        "IsTentative",
        "Location",
        "Participants",
        "PersonFormalName",
        "PersonFullName",
        "PersonId",
        "ProjectId",
        "ProjectName",
        "SaleId",
        "SaleName",
        "StartDate",
        "TaskName",
    )
)


def decode_xml_appointment_sync_data(element: Element) -> AppointmentSyncData:
    value = AppointmentSyncData()
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
        elif tag == _ALARM_TIME:
            value.alarm_time = read_datetime(child)
        elif tag == _APPOINTMENT_ID:
            value.appointment_id = read_int(child)
        elif tag == _APPOINTMENT_TEXT:
            value.appointment_text = child.text or empty_or_nil(child)
        elif tag == _CONTACT_DEPARTMENT:
            value.contact_department = child.text or empty_or_nil(child)
        elif tag == _CONTACT_FULL_NAME:
            value.contact_full_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _END_DATE:
            value.end_date = read_datetime(child)
        elif tag == _HAS_ALARM:
            value.has_alarm = read_bool(child)
        elif tag == _IS_ALL_DAY:
            value.is_all_day = read_bool(child)
        elif tag == _IS_ASSIGNMENT:
            value.is_assignment = read_bool(child)
        elif tag == _IS_BUSY:
            value.is_busy = read_bool(child)
        elif tag == _IS_COMPLETED:
            value.is_completed = read_bool(child)
        elif tag == _IS_INVITATION:
            value.is_invitation = read_bool(child)
        elif tag == _IS_TENTATIVE:
            value.is_tentative = read_bool(child)
        elif tag == _LOCATION:
            value.location = child.text or empty_or_nil(child)
        elif tag == _PARTICIPANTS:
            value.participants = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_participant_sync_data(child)
            )
        elif tag == _PERSON_FORMAL_NAME:
            value.person_formal_name = child.text or empty_or_nil(child)
        elif tag == _PERSON_FULL_NAME:
            value.person_full_name = child.text or empty_or_nil(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _PROJECT_ID:
            value.project_id = read_int(child)
        elif tag == _PROJECT_NAME:
            value.project_name = child.text or empty_or_nil(child)
        elif tag == _SALE_ID:
            value.sale_id = read_int(child)
        elif tag == _SALE_NAME:
            value.sale_name = child.text or empty_or_nil(child)
        elif tag == _START_DATE:
            value.start_date = read_datetime(child)
        elif tag == _TASK_NAME:
            value.task_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_appointment_sync_data(
    parent: Element | None, tag: str, value: AppointmentSyncData
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ALARM_TIME, value.alarm_time, write_datetime)
    put(element, _APPOINTMENT_ID, value.appointment_id, write_int)
    put(element, _APPOINTMENT_TEXT, value.appointment_text, write_str)
    put(element, _CONTACT_DEPARTMENT, value.contact_department, write_str)
    put(element, _CONTACT_FULL_NAME, value.contact_full_name, write_str)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _END_DATE, value.end_date, write_datetime)
    put(element, _HAS_ALARM, value.has_alarm, write_bool)
    put(element, _IS_ALL_DAY, value.is_all_day, write_bool)
    put(element, _IS_ASSIGNMENT, value.is_assignment, write_bool)
    put(element, _IS_BUSY, value.is_busy, write_bool)
    put(element, _IS_COMPLETED, value.is_completed, write_bool)
    put(element, _IS_INVITATION, value.is_invitation, write_bool)
    put(element, _IS_TENTATIVE, value.is_tentative, write_bool)
    put(element, _LOCATION, value.location, write_str)
    put(element, _PARTICIPANTS, value.participants, encode_xml_list_of_participant_sync_data)
    put(element, _PERSON_FORMAL_NAME, value.person_formal_name, write_str)
    put(element, _PERSON_FULL_NAME, value.person_full_name, write_str)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _PROJECT_ID, value.project_id, write_int)
    put(element, _PROJECT_NAME, value.project_name, write_str)
    put(element, _SALE_ID, value.sale_id, write_int)
    put(element, _SALE_NAME, value.sale_name, write_str)
    put(element, _START_DATE, value.start_date, write_datetime)
    put(element, _TASK_NAME, value.task_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_appointment_sync_data(data: Any, path: str) -> AppointmentSyncData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(AppointmentSyncData)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.alarm_time = take(data, "AlarmTime", path, json_datetime)
    value.appointment_id = take_int(data, "AppointmentId", path)
    value.appointment_text = take_str_nillable(data, "AppointmentText", path)
    value.contact_department = take_str_nillable(data, "ContactDepartment", path)
    value.contact_full_name = take_str_nillable(data, "ContactFullName", path)
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.end_date = take(data, "EndDate", path, json_datetime)
    value.has_alarm = take_bool(data, "HasAlarm", path)
    value.is_all_day = take_bool(data, "IsAllDay", path)
    value.is_assignment = take_bool(data, "IsAssignment", path)
    value.is_busy = take_bool(data, "IsBusy", path)
    value.is_completed = take_bool(data, "IsCompleted", path)
    value.is_invitation = take_bool(data, "IsInvitation", path)
    value.is_tentative = take_bool(data, "IsTentative", path)
    value.location = take_str_nillable(data, "Location", path)
    value.participants = take_nillable(
        data, "Participants", path, decode_json_list_of_participant_sync_data
    )
    value.person_formal_name = take_str_nillable(data, "PersonFormalName", path)
    value.person_full_name = take_str_nillable(data, "PersonFullName", path)
    value.person_id = take_int(data, "PersonId", path)
    value.project_id = take_int(data, "ProjectId", path)
    value.project_name = take_str_nillable(data, "ProjectName", path)
    value.sale_id = take_int(data, "SaleId", path)
    value.sale_name = take_str_nillable(data, "SaleName", path)
    value.start_date = take(data, "StartDate", path, json_datetime)
    value.task_name = take_str_nillable(data, "TaskName", path)
    value.extra = (
        None
        if _APPOINTMENT_SYNC_DATA_KEYS.issuperset(data)
        else json_extra(data, _APPOINTMENT_SYNC_DATA_KEYS)
    )
    return value


def encode_json_appointment_sync_data(value: AppointmentSyncData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "AlarmTime", value.alarm_time, json_write_datetime)
    put_json(result, "AppointmentId", value.appointment_id, json_write_int)
    put_json(result, "AppointmentText", value.appointment_text, json_write_str)
    put_json(result, "ContactDepartment", value.contact_department, json_write_str)
    put_json(result, "ContactFullName", value.contact_full_name, json_write_str)
    put_json(result, "ContactName", value.contact_name, json_write_str)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "EndDate", value.end_date, json_write_datetime)
    put_json(result, "HasAlarm", value.has_alarm, json_write_bool)
    put_json(result, "IsAllDay", value.is_all_day, json_write_bool)
    put_json(result, "IsAssignment", value.is_assignment, json_write_bool)
    put_json(result, "IsBusy", value.is_busy, json_write_bool)
    put_json(result, "IsCompleted", value.is_completed, json_write_bool)
    put_json(result, "IsInvitation", value.is_invitation, json_write_bool)
    put_json(result, "IsTentative", value.is_tentative, json_write_bool)
    put_json(result, "Location", value.location, json_write_str)
    put_json(result, "Participants", value.participants, encode_json_list_of_participant_sync_data)
    put_json(result, "PersonFormalName", value.person_formal_name, json_write_str)
    put_json(result, "PersonFullName", value.person_full_name, json_write_str)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "ProjectId", value.project_id, json_write_int)
    put_json(result, "ProjectName", value.project_name, json_write_str)
    put_json(result, "SaleId", value.sale_id, json_write_int)
    put_json(result, "SaleName", value.sale_name, json_write_str)
    put_json(result, "StartDate", value.start_date, json_write_datetime)
    put_json(result, "TaskName", value.task_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


APPOINTMENT_SYNC_DATA_CODEC = Codec(
    decode_xml_appointment_sync_data,
    encode_xml_appointment_sync_data,
    decode_json_appointment_sync_data,
    encode_json_appointment_sync_data,
)


def decode_xml_list_of_appointment_sync_data(element: Element) -> list[AppointmentSyncData | None]:
    """``ArrayOfAppointmentSyncData``: a list of ``AppointmentSyncData`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_appointment_sync_data(child))
        for child in element
        if child.tag == _APPOINTMENT_SYNC_DATA
    ]


def encode_xml_list_of_appointment_sync_data(
    parent: Element | None, tag: str, value: list[AppointmentSyncData | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _APPOINTMENT_SYNC_DATA, item, encode_xml_appointment_sync_data)
    return element


def decode_json_list_of_appointment_sync_data(
    data: Any, path: str
) -> list[AppointmentSyncData | None]:
    return json_items_nillable(data, path, decode_json_appointment_sync_data)


def encode_json_list_of_appointment_sync_data(
    value: list[AppointmentSyncData | None],
) -> list[Any]:
    return [(None if item is None else encode_json_appointment_sync_data(item)) for item in value]


LIST_OF_APPOINTMENT_SYNC_DATA_CODEC = Codec(
    decode_xml_list_of_appointment_sync_data,
    encode_xml_list_of_appointment_sync_data,
    decode_json_list_of_appointment_sync_data,
    encode_json_list_of_appointment_sync_data,
)
