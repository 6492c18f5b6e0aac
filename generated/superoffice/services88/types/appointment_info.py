"""Services88 types: AppointmentInfo, ArrayOfAppointmentInfo.

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
from .appointment_external_owner import (
    AppointmentExternalOwner,
    decode_json_appointment_external_owner,
    decode_xml_appointment_external_owner,
    encode_json_appointment_external_owner,
    encode_xml_appointment_external_owner,
)
from .carrier import Carrier
from .color_index import (
    ColorIndex,
    decode_json_color_index,
    decode_xml_color_index,
    encode_json_color_index,
    encode_xml_color_index,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .recurrence_info import (
    RecurrenceInfo,
    decode_json_recurrence_info,
    decode_xml_recurrence_info,
    encode_json_recurrence_info,
    encode_xml_recurrence_info,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_AGENDA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Agenda"
_ANY_SEND_EMAIL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AnySendEmail"
_APPOINTMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentId"
_APPOINTMENT_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentInfo"
_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_COLOR_INDEX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ColorIndex"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_END_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EndDate"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HAS_ALARM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasAlarm"
_IS_ALL_DAY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsAllDay"
_IS_BOOKING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsBooking"
_IS_BOOKING_MAIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsBookingMain"
_IS_BUSY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsBusy"
_IS_COMPLETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsCompleted"
_IS_PRIVATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsPrivate"
_IS_RECURRING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsRecurring"
_IS_TENTATIVE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsTentative"
_IS_VIDEO_MEETING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsVideoMeeting"
_MOTHER_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MotherAssociateId"
_MOTHER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MotherId"
_OWNED_EXTERNALLY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnedExternally"
_PERSON_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonName"
_PROJECT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectName"
_RECURRENCE_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecurrenceInfo"
_SEND_EMAIL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SendEmail"
_START_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StartDate"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TASK_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TaskName"
_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Title"


@dataclasses.dataclass(kw_only=True, repr=False)
class AppointmentInfo(Carrier):
    """Info about an appointment

    Carrier object for AppointmentInfo. Services for the AppointmentInfo Carrier is available
    from the Appointment Agent.
    """

    appointment_id: int | Unset = UNSET
    """The id of the appointment"""
    associate_id: int | Unset = UNSET
    """The id of the associate this appointment belongs to"""
    mother_id: int | Unset = UNSET
    """The id of the mother appointment (participants point to this one)"""
    start_date: datetime.datetime | Unset = UNSET
    """The start of the appointment"""
    end_date: datetime.datetime | Unset = UNSET
    """The end of the appointment"""
    color_index: ColorIndex | str | Unset = UNSET
    """The color index of the appointment (task)"""
    task_name: str | None | Unset = UNSET
    """The name of the appointment task type"""
    contact_name: str | None | Unset = UNSET
    """The name of the appointment contact."""
    project_name: str | None | Unset = UNSET
    """The name of the appointment project"""
    title: str | None | Unset = UNSET
    """The appointment title (first line of appointment description)"""
    agenda: str | None | Unset = UNSET
    """The appointment agenda (the rest of appointment description)"""
    is_all_day: bool | Unset = UNSET
    """True if the appointment is an all day appointment"""
    is_busy: bool | Unset = UNSET
    """True if the participant is marked as busy"""
    is_recurring: bool | Unset = UNSET
    """True if the appointment is part of a recurring series"""
    is_video_meeting: bool | Unset = UNSET
    """True if the appointment has a video link"""
    has_alarm: bool | Unset = UNSET
    """True if the appointment has alarm"""
    is_completed: bool | Unset = UNSET
    """True if the appointment is completed"""
    is_tentative: bool | Unset = UNSET
    """True if the appointment is tentative"""
    is_booking_main: bool | Unset = UNSET
    """True if the appointment is a main booking"""
    send_email: bool | Unset = UNSET
    """True if the appointment record has the email flag set"""
    any_send_email: bool | Unset = UNSET
    """True if any of the appointment records has the email flag set"""
    is_private: bool | Unset = UNSET
    """True if only visible for the owner"""
    recurrence_info: RecurrenceInfo | None | Unset = UNSET
    """The recurrence info if the appointment is recurring"""
    person_name: str | None | Unset = UNSET
    """The name of the appointment person."""
    is_booking: bool | Unset = UNSET
    """True if the appointment is part of a booking"""
    owned_externally: AppointmentExternalOwner | str | Unset = UNSET
    """Set if an external system owns this appointment."""
    mother_associate_id: int | Unset = UNSET
    """Associate/owner of the mother appointment"""

    def to_xml(self) -> Element:
        return encode_xml_appointment_info(None, _APPOINTMENT_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> AppointmentInfo:
        return record_from_xml(decode_xml_appointment_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_appointment_info(self)

    @classmethod
    def from_json(cls, data: Any) -> AppointmentInfo:
        return record_from_json(decode_json_appointment_info, data)


_APPOINTMENT_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "AppointmentId",
        "AssociateId",
        "MotherId",
        "StartDate",
        "EndDate",
        "ColorIndex",
        "TaskName",
        "ContactName",
        "ProjectName",
        "Title",
        "Agenda",
        "IsAllDay",
        "IsBusy",
        "IsRecurring",
        "IsVideoMeeting",
        "HasAlarm",
        "IsCompleted",
        "IsTentative",
        "IsBookingMain",
        "SendEmail",
        "AnySendEmail",
        "IsPrivate",
        "RecurrenceInfo",
        "PersonName",
        "IsBooking",
        "OwnedExternally",
        "MotherAssociateId",
    )
)


def decode_xml_appointment_info(element: Element) -> AppointmentInfo:
    value = AppointmentInfo()
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
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _MOTHER_ID:
            value.mother_id = read_int(child)
        elif tag == _START_DATE:
            value.start_date = read_datetime(child)
        elif tag == _END_DATE:
            value.end_date = read_datetime(child)
        elif tag == _COLOR_INDEX:
            value.color_index = decode_xml_color_index(child)
        elif tag == _TASK_NAME:
            value.task_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        elif tag == _PROJECT_NAME:
            value.project_name = child.text or empty_or_nil(child)
        elif tag == _TITLE:
            value.title = child.text or empty_or_nil(child)
        elif tag == _AGENDA:
            value.agenda = child.text or empty_or_nil(child)
        elif tag == _IS_ALL_DAY:
            value.is_all_day = read_bool(child)
        elif tag == _IS_BUSY:
            value.is_busy = read_bool(child)
        elif tag == _IS_RECURRING:
            value.is_recurring = read_bool(child)
        elif tag == _IS_VIDEO_MEETING:
            value.is_video_meeting = read_bool(child)
        elif tag == _HAS_ALARM:
            value.has_alarm = read_bool(child)
        elif tag == _IS_COMPLETED:
            value.is_completed = read_bool(child)
        elif tag == _IS_TENTATIVE:
            value.is_tentative = read_bool(child)
        elif tag == _IS_BOOKING_MAIN:
            value.is_booking_main = read_bool(child)
        elif tag == _SEND_EMAIL:
            value.send_email = read_bool(child)
        elif tag == _ANY_SEND_EMAIL:
            value.any_send_email = read_bool(child)
        elif tag == _IS_PRIVATE:
            value.is_private = read_bool(child)
        elif tag == _RECURRENCE_INFO:
            value.recurrence_info = (
                None if child.get(XSI_NIL) in NIL else decode_xml_recurrence_info(child)
            )
        elif tag == _PERSON_NAME:
            value.person_name = child.text or empty_or_nil(child)
        elif tag == _IS_BOOKING:
            value.is_booking = read_bool(child)
        elif tag == _OWNED_EXTERNALLY:
            value.owned_externally = decode_xml_appointment_external_owner(child)
        elif tag == _MOTHER_ASSOCIATE_ID:
            value.mother_associate_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_appointment_info(
    parent: Element | None, tag: str, value: AppointmentInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _APPOINTMENT_ID, value.appointment_id, write_int)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _MOTHER_ID, value.mother_id, write_int)
    put(element, _START_DATE, value.start_date, write_datetime)
    put(element, _END_DATE, value.end_date, write_datetime)
    put(element, _COLOR_INDEX, value.color_index, encode_xml_color_index)
    put(element, _TASK_NAME, value.task_name, write_str)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    put(element, _PROJECT_NAME, value.project_name, write_str)
    put(element, _TITLE, value.title, write_str)
    put(element, _AGENDA, value.agenda, write_str)
    put(element, _IS_ALL_DAY, value.is_all_day, write_bool)
    put(element, _IS_BUSY, value.is_busy, write_bool)
    put(element, _IS_RECURRING, value.is_recurring, write_bool)
    put(element, _IS_VIDEO_MEETING, value.is_video_meeting, write_bool)
    put(element, _HAS_ALARM, value.has_alarm, write_bool)
    put(element, _IS_COMPLETED, value.is_completed, write_bool)
    put(element, _IS_TENTATIVE, value.is_tentative, write_bool)
    put(element, _IS_BOOKING_MAIN, value.is_booking_main, write_bool)
    put(element, _SEND_EMAIL, value.send_email, write_bool)
    put(element, _ANY_SEND_EMAIL, value.any_send_email, write_bool)
    put(element, _IS_PRIVATE, value.is_private, write_bool)
    put(element, _RECURRENCE_INFO, value.recurrence_info, encode_xml_recurrence_info)
    put(element, _PERSON_NAME, value.person_name, write_str)
    put(element, _IS_BOOKING, value.is_booking, write_bool)
    put(element, _OWNED_EXTERNALLY, value.owned_externally, encode_xml_appointment_external_owner)
    put(element, _MOTHER_ASSOCIATE_ID, value.mother_associate_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_appointment_info(data: Any, path: str) -> AppointmentInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(AppointmentInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.appointment_id = take_int(data, "AppointmentId", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.mother_id = take_int(data, "MotherId", path)
    value.start_date = take(data, "StartDate", path, json_datetime)
    value.end_date = take(data, "EndDate", path, json_datetime)
    value.color_index = take(data, "ColorIndex", path, decode_json_color_index)
    value.task_name = take_str_nillable(data, "TaskName", path)
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.project_name = take_str_nillable(data, "ProjectName", path)
    value.title = take_str_nillable(data, "Title", path)
    value.agenda = take_str_nillable(data, "Agenda", path)
    value.is_all_day = take_bool(data, "IsAllDay", path)
    value.is_busy = take_bool(data, "IsBusy", path)
    value.is_recurring = take_bool(data, "IsRecurring", path)
    value.is_video_meeting = take_bool(data, "IsVideoMeeting", path)
    value.has_alarm = take_bool(data, "HasAlarm", path)
    value.is_completed = take_bool(data, "IsCompleted", path)
    value.is_tentative = take_bool(data, "IsTentative", path)
    value.is_booking_main = take_bool(data, "IsBookingMain", path)
    value.send_email = take_bool(data, "SendEmail", path)
    value.any_send_email = take_bool(data, "AnySendEmail", path)
    value.is_private = take_bool(data, "IsPrivate", path)
    value.recurrence_info = take_nillable(
        data, "RecurrenceInfo", path, decode_json_recurrence_info
    )
    value.person_name = take_str_nillable(data, "PersonName", path)
    value.is_booking = take_bool(data, "IsBooking", path)
    value.owned_externally = take(
        data, "OwnedExternally", path, decode_json_appointment_external_owner
    )
    value.mother_associate_id = take_int(data, "MotherAssociateId", path)
    value.extra = (
        None
        if _APPOINTMENT_INFO_KEYS.issuperset(data)
        else json_extra(data, _APPOINTMENT_INFO_KEYS)
    )
    return value


def encode_json_appointment_info(value: AppointmentInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "AppointmentId", value.appointment_id, json_write_int)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "MotherId", value.mother_id, json_write_int)
    put_json(result, "StartDate", value.start_date, json_write_datetime)
    put_json(result, "EndDate", value.end_date, json_write_datetime)
    put_json(result, "ColorIndex", value.color_index, encode_json_color_index)
    put_json(result, "TaskName", value.task_name, json_write_str)
    put_json(result, "ContactName", value.contact_name, json_write_str)
    put_json(result, "ProjectName", value.project_name, json_write_str)
    put_json(result, "Title", value.title, json_write_str)
    put_json(result, "Agenda", value.agenda, json_write_str)
    put_json(result, "IsAllDay", value.is_all_day, json_write_bool)
    put_json(result, "IsBusy", value.is_busy, json_write_bool)
    put_json(result, "IsRecurring", value.is_recurring, json_write_bool)
    put_json(result, "IsVideoMeeting", value.is_video_meeting, json_write_bool)
    put_json(result, "HasAlarm", value.has_alarm, json_write_bool)
    put_json(result, "IsCompleted", value.is_completed, json_write_bool)
    put_json(result, "IsTentative", value.is_tentative, json_write_bool)
    put_json(result, "IsBookingMain", value.is_booking_main, json_write_bool)
    put_json(result, "SendEmail", value.send_email, json_write_bool)
    put_json(result, "AnySendEmail", value.any_send_email, json_write_bool)
    put_json(result, "IsPrivate", value.is_private, json_write_bool)
    put_json(result, "RecurrenceInfo", value.recurrence_info, encode_json_recurrence_info)
    put_json(result, "PersonName", value.person_name, json_write_str)
    put_json(result, "IsBooking", value.is_booking, json_write_bool)
    put_json(
        result, "OwnedExternally", value.owned_externally, encode_json_appointment_external_owner
    )
    put_json(result, "MotherAssociateId", value.mother_associate_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


APPOINTMENT_INFO_CODEC = Codec(
    decode_xml_appointment_info,
    encode_xml_appointment_info,
    decode_json_appointment_info,
    encode_json_appointment_info,
)


def decode_xml_list_of_appointment_info(element: Element) -> list[AppointmentInfo | None]:
    """``ArrayOfAppointmentInfo``: a list of ``AppointmentInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_appointment_info(child))
        for child in element
        if child.tag == _APPOINTMENT_INFO
    ]


def encode_xml_list_of_appointment_info(
    parent: Element | None, tag: str, value: list[AppointmentInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _APPOINTMENT_INFO, item, encode_xml_appointment_info)
    return element


def decode_json_list_of_appointment_info(data: Any, path: str) -> list[AppointmentInfo | None]:
    return json_items_nillable(data, path, decode_json_appointment_info)


def encode_json_list_of_appointment_info(value: list[AppointmentInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_appointment_info(item)) for item in value]


LIST_OF_APPOINTMENT_INFO_CODEC = Codec(
    decode_xml_list_of_appointment_info,
    encode_xml_list_of_appointment_info,
    decode_json_list_of_appointment_info,
    encode_json_list_of_appointment_info,
)
