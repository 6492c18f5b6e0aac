"""Services88 types: Appointment, ArrayOfAppointment.

Used by 4 agents.
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
    json_duration,
    json_extra,
    json_items_nillable,
    json_object,
    json_short,
    json_write_bool,
    json_write_datetime,
    json_write_duration,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_duration,
    read_int,
    read_short,
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
    write_short,
    write_str,
)
from .activity_status import (
    ActivityStatus,
    decode_json_activity_status,
    decode_xml_activity_status,
    encode_json_activity_status,
    encode_xml_activity_status,
)
from .appointment_caution_warning import (
    AppointmentCautionWarning,
    decode_json_appointment_caution_warning,
    decode_xml_appointment_caution_warning,
    encode_json_appointment_caution_warning,
    encode_xml_appointment_caution_warning,
)
from .appointment_external_owner import (
    AppointmentExternalOwner,
    decode_json_appointment_external_owner,
    decode_xml_appointment_external_owner,
    encode_json_appointment_external_owner,
    encode_xml_appointment_external_owner,
)
from .appointment_private import (
    AppointmentPrivate,
    decode_json_appointment_private,
    decode_xml_appointment_private,
    encode_json_appointment_private,
    encode_xml_appointment_private,
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
from .recurrence_pattern import (
    RecurrencePattern,
    decode_json_recurrence_pattern,
    decode_xml_recurrence_pattern,
    encode_json_recurrence_pattern,
    encode_xml_recurrence_pattern,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .task_type import (
    TaskType,
    decode_json_task_type,
    decode_xml_task_type,
    encode_json_task_type,
    encode_xml_task_type,
)

_ACTIVE_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveDate"
_AGENDA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Agenda"
_ALARM_LEAD_TIME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AlarmLeadTime"
_APPOINTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Appointment"
_APPOINTMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentId"
_ASSIGNED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssignedBy"
_ASSIGNED_BY_FULL_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssignedByFullName"
)
_ASSIGNMENT_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssignmentStatus"
_ASSOCIATE_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateFullName"
_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_ASSOCIATE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateName"
_BOOKING_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BookingType"
_CAUTION_WARNING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CautionWarning"
_COLOR_INDEX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ColorIndex"
_COMPLETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Completed"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_BY_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedByAssociateId"
)
_CREATED_BY_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedByFullName"
_CREATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedDate"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_END_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EndDate"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HAS_ALARM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasAlarm"
_INTERNAL_NOTES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InternalNotes"
_INVITATION_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InvitationStatus"
_IS_ALLDAY_EVENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsAlldayEvent"
_IS_BOOKING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsBooking"
_IS_BOOKING_MAIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsBookingMain"
_IS_FREE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsFree"
_IS_PUBLISHED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsPublished"
_IS_RECURRENCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsRecurrence"
_JOIN_VIDEOMEET_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}JoinVideomeetUrl"
_LOCATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Location"
_MOTHER_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MotherAssociateId"
_MOTHER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MotherId"
_OWNED_EXTERNALLY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnedExternally"
_PERSON_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonFullName"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PREFERRED_TZ_LOCATION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreferredTZLocation"
)
_PRIORITY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PriorityId"
_PRIORITY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PriorityName"
_PRIVATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Private"
_PROJECT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectId"
_PROJECT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectName"
_RECURRING_END_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecurringEndDate"
_RECURRING_PATTERN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecurringPattern"
_RECURRING_START_DATE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecurringStartDate"
)
_REJECT_REASON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RejectReason"
_SALE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleId"
_SALE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleName"
_START_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StartDate"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TASK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Task"
_TASK_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TaskType"
_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Title"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"


@dataclasses.dataclass(kw_only=True, repr=False)
class Appointment(Carrier):
    """Simple read-only appointment data.

    Carrier object for Appointment. Services for the Appointment Carrier is available from the
    Appointment Agent.
    """

    appointment_id: int | Unset = UNSET
    """Primary key"""
    start_date: datetime.datetime | Unset = UNSET
    """date + start time planned"""
    end_date: datetime.datetime | Unset = UNSET
    """Date + end time planned"""
    type: AppointmentType | str | Unset = UNSET
    """The different types of appointment, if the appointment is supposed to be shown in the diary
    or checklist, or if it's a document. See the different types of appointments in the database
    manual.
    """
    task: str | None | Unset = UNSET
    """Task comprises the different types of activities, like “Phone call”, “Meeting” and so on."""
    associate_full_name: str | None | Unset = UNSET
    """The owner of the appointment - the associate whose diary/checklist the appointment is in."""
    contact_name: str | None | Unset = UNSET
    """The contact associated with the appointment."""
    description: str | None | Unset = UNSET
    """The appointment's textbox; holds a descriptive text about the appointment. Filled out by the
    user.
    """
    person_full_name: str | None | Unset = UNSET
    """The full name of the person this appointment belongs to."""
    person_id: int | Unset = UNSET
    """Person ID of person the appointment is with, may be 0"""
    contact_id: int | Unset = UNSET
    """Contact ID of owning contact, may be 0"""
    project_id: int | Unset = UNSET
    """ID of project referred to, may be 0"""
    project_name: str | None | Unset = UNSET
    """The name of the project this appointment belong to. Blank if no project is connected."""
    is_published: bool | Unset = UNSET
    """True if appointment have an entry in published table"""
    associate_id: int | Unset = UNSET
    """ID of associate whose diary the appointment is in, REQUIRED"""
    color_index: int | Unset = UNSET
    """Appointment colour, used only in Japanese versions. Western versions take colour from Task"""
    is_free: bool | Unset = UNSET
    """True if free, false if busy"""
    has_alarm: bool | Unset = UNSET
    """Does this appointment have an alarm"""
    is_allday_event: bool | Unset = UNSET
    """True if all day event"""
    private: AppointmentPrivate | str | Unset = UNSET
    """Obsolete, but still maintained field for appointment privacy; denormalization of visiblefor
    status
    """
    priority_id: int | Unset = UNSET
    """Link to priority list"""
    priority_name: str | None | Unset = UNSET
    """Name of the appointments priority"""
    task_type: TaskType | str | Unset = UNSET
    """The different task types of the appointment, if the activity is an appointment, task, phone.
    See the different types of appointments in the database manual.
    """
    is_booking_main: bool | Unset = UNSET
    """True if this appointment is a booking and current associate is the owner. False if it is a
    booking and current associate is a participant.
    """
    is_recurrence: bool | Unset = UNSET
    """True if the appointment is part of a recurring pattern."""
    is_booking: bool | Unset = UNSET
    """True if this appointment is a booking."""
    active_date: datetime.datetime | Unset = UNSET
    """The date to be used for searching &amp; showing"""
    assignment_status: AssignmentStatus | str | Unset = UNSET
    """Status if this appointment is in the process of being assigned to someone else"""
    invitation_status: InvitationStatus | str | Unset = UNSET
    """Status if this appointment represents an invitation"""
    booking_type: BookingType | str | Unset = UNSET
    """The type of booking the appointment represents"""
    completed: ActivityStatus | str | Unset = UNSET
    """The Completed state."""
    recurring_pattern: RecurrencePattern | str | Unset = UNSET
    recurring_start_date: datetime.datetime | Unset = UNSET
    recurring_end_date: datetime.datetime | Unset = UNSET
    mother_id: int | Unset = UNSET
    """ID of mother appointment; self if booking master, master ID if booking slave, 0 if normal
    appointment. However, if 0 and assoc_id != reg_id then this is an assigned appointment,
    indicated vt type = kBooking
    """
    assigned_by: int | Unset = UNSET
    """Who (last) assigned this appointment to associate_id?"""
    assigned_by_full_name: str | None | Unset = UNSET
    """The associate's culture formatted fullname (firstname, middleName and lastname)"""
    reject_reason: str | None | Unset = UNSET
    """Why was this booking or assignment rejected, the RejectReason list is a source of
    suggestions but you can write anything here
    """
    location: str | None | Unset = UNSET
    """Location for appointment, defaulted from invited resource of type place and other rules, but
    you can write anything you want here
    """
    alarm_lead_time: datetime.timedelta | Unset = UNSET
    """Alarm lead time."""
    sale_id: int | Unset = UNSET
    """Owning sale, if any (may be 0)"""
    sale_name: str | None | Unset = UNSET
    """Heading of Owning sale, if any. (may be blank)"""
    associate_name: str | None | Unset = UNSET
    """The associate's name"""
    created_date: datetime.datetime | Unset = UNSET
    """Appointment creation date"""
    created_by: str | None | Unset = UNSET
    """Who created the appointment. Associate name."""
    created_by_full_name: str | None | Unset = UNSET
    """Who created the appointment. Full name."""
    created_by_associate_id: int | Unset = UNSET
    """Id of the associate that created the appointment"""
    caution_warning: AppointmentCautionWarning | str | Unset = UNSET
    """Status field to indicate appointments that have some sort of problem"""
    owned_externally: AppointmentExternalOwner | str | Unset = UNSET
    """Set if an external system owns this appointment."""
    mother_associate_id: int | Unset = UNSET
    """Associate/owner of the mother appointment"""
    join_videomeet_url: str | None | Unset = UNSET
    """Blank when not a video meeting. Filled with Join Meeting URL when created."""
    preferred_tz_location: int | Unset = UNSET
    """Preferred timezone location to use when displaying/editing this appointment"""
    title: str | None | Unset = UNSET
    """The title of the appointment."""
    agenda: str | None | Unset = UNSET
    """The agenda of the appointment."""
    internal_notes: str | None | Unset = UNSET
    """Internal notes for the appointment."""

    def to_xml(self) -> Element:
        return encode_xml_appointment(None, _APPOINTMENT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Appointment:
        return record_from_xml(decode_xml_appointment, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_appointment(self)

    @classmethod
    def from_json(cls, data: Any) -> Appointment:
        return record_from_json(decode_json_appointment, data)


_APPOINTMENT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "AppointmentId",
        "StartDate",
        "EndDate",
        "Type",
        "Task",
        "AssociateFullName",
        "ContactName",
        "Description",
        "PersonFullName",
        "PersonId",
        "ContactId",
        "ProjectId",
        "ProjectName",
        "IsPublished",
        "AssociateId",
        "ColorIndex",
        "IsFree",
        "HasAlarm",
        "IsAlldayEvent",
        "Private",
        "PriorityId",
        "PriorityName",
        "TaskType",
        "IsBookingMain",
        "IsRecurrence",
        "IsBooking",
        "ActiveDate",
        "AssignmentStatus",
        "InvitationStatus",
        "BookingType",
        "Completed",
        "RecurringPattern",
        "RecurringStartDate",
        "RecurringEndDate",
        "MotherId",
        "AssignedBy",
        "AssignedByFullName",
        "RejectReason",
        "Location",
        "AlarmLeadTime",
        "SaleId",
        "SaleName",
        "AssociateName",
        "CreatedDate",
        "CreatedBy",
        "CreatedByFullName",
        "CreatedByAssociateId",
        "CautionWarning",
        "OwnedExternally",
        "MotherAssociateId",
        "JoinVideomeetUrl",
        "PreferredTZLocation",
        "Title",
        "Agenda",
        "InternalNotes",
    )
)


def decode_xml_appointment(element: Element) -> Appointment:
    value = Appointment()
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
        elif tag == _START_DATE:
            value.start_date = read_datetime(child)
        elif tag == _END_DATE:
            value.end_date = read_datetime(child)
        elif tag == _TYPE:
            value.type = decode_xml_appointment_type(child)
        elif tag == _TASK:
            value.task = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_FULL_NAME:
            value.associate_full_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _PERSON_FULL_NAME:
            value.person_full_name = child.text or empty_or_nil(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _PROJECT_ID:
            value.project_id = read_int(child)
        elif tag == _PROJECT_NAME:
            value.project_name = child.text or empty_or_nil(child)
        elif tag == _IS_PUBLISHED:
            value.is_published = read_bool(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _COLOR_INDEX:
            value.color_index = read_short(child)
        elif tag == _IS_FREE:
            value.is_free = read_bool(child)
        elif tag == _HAS_ALARM:
            value.has_alarm = read_bool(child)
        elif tag == _IS_ALLDAY_EVENT:
            value.is_allday_event = read_bool(child)
        elif tag == _PRIVATE:
            value.private = decode_xml_appointment_private(child)
        elif tag == _PRIORITY_ID:
            value.priority_id = read_int(child)
        elif tag == _PRIORITY_NAME:
            value.priority_name = child.text or empty_or_nil(child)
        elif tag == _TASK_TYPE:
            value.task_type = decode_xml_task_type(child)
        elif tag == _IS_BOOKING_MAIN:
            value.is_booking_main = read_bool(child)
        elif tag == _IS_RECURRENCE:
            value.is_recurrence = read_bool(child)
        elif tag == _IS_BOOKING:
            value.is_booking = read_bool(child)
        elif tag == _ACTIVE_DATE:
            value.active_date = read_datetime(child)
        elif tag == _ASSIGNMENT_STATUS:
            value.assignment_status = decode_xml_assignment_status(child)
        elif tag == _INVITATION_STATUS:
            value.invitation_status = decode_xml_invitation_status(child)
        elif tag == _BOOKING_TYPE:
            value.booking_type = decode_xml_booking_type(child)
        elif tag == _COMPLETED:
            value.completed = decode_xml_activity_status(child)
        elif tag == _RECURRING_PATTERN:
            value.recurring_pattern = decode_xml_recurrence_pattern(child)
        elif tag == _RECURRING_START_DATE:
            value.recurring_start_date = read_datetime(child)
        elif tag == _RECURRING_END_DATE:
            value.recurring_end_date = read_datetime(child)
        elif tag == _MOTHER_ID:
            value.mother_id = read_int(child)
        elif tag == _ASSIGNED_BY:
            value.assigned_by = read_int(child)
        elif tag == _ASSIGNED_BY_FULL_NAME:
            value.assigned_by_full_name = child.text or empty_or_nil(child)
        elif tag == _REJECT_REASON:
            value.reject_reason = child.text or empty_or_nil(child)
        elif tag == _LOCATION:
            value.location = child.text or empty_or_nil(child)
        elif tag == _ALARM_LEAD_TIME:
            value.alarm_lead_time = read_duration(child)
        elif tag == _SALE_ID:
            value.sale_id = read_int(child)
        elif tag == _SALE_NAME:
            value.sale_name = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_NAME:
            value.associate_name = child.text or empty_or_nil(child)
        elif tag == _CREATED_DATE:
            value.created_date = read_datetime(child)
        elif tag == _CREATED_BY:
            value.created_by = child.text or empty_or_nil(child)
        elif tag == _CREATED_BY_FULL_NAME:
            value.created_by_full_name = child.text or empty_or_nil(child)
        elif tag == _CREATED_BY_ASSOCIATE_ID:
            value.created_by_associate_id = read_int(child)
        elif tag == _CAUTION_WARNING:
            value.caution_warning = decode_xml_appointment_caution_warning(child)
        elif tag == _OWNED_EXTERNALLY:
            value.owned_externally = decode_xml_appointment_external_owner(child)
        elif tag == _MOTHER_ASSOCIATE_ID:
            value.mother_associate_id = read_int(child)
        elif tag == _JOIN_VIDEOMEET_URL:
            value.join_videomeet_url = child.text or empty_or_nil(child)
        elif tag == _PREFERRED_TZ_LOCATION:
            value.preferred_tz_location = read_int(child)
        elif tag == _TITLE:
            value.title = child.text or empty_or_nil(child)
        elif tag == _AGENDA:
            value.agenda = child.text or empty_or_nil(child)
        elif tag == _INTERNAL_NOTES:
            value.internal_notes = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_appointment(parent: Element | None, tag: str, value: Appointment) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _APPOINTMENT_ID, value.appointment_id, write_int)
    put(element, _START_DATE, value.start_date, write_datetime)
    put(element, _END_DATE, value.end_date, write_datetime)
    put(element, _TYPE, value.type, encode_xml_appointment_type)
    put(element, _TASK, value.task, write_str)
    put(element, _ASSOCIATE_FULL_NAME, value.associate_full_name, write_str)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _PERSON_FULL_NAME, value.person_full_name, write_str)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _PROJECT_ID, value.project_id, write_int)
    put(element, _PROJECT_NAME, value.project_name, write_str)
    put(element, _IS_PUBLISHED, value.is_published, write_bool)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _COLOR_INDEX, value.color_index, write_short)
    put(element, _IS_FREE, value.is_free, write_bool)
    put(element, _HAS_ALARM, value.has_alarm, write_bool)
    put(element, _IS_ALLDAY_EVENT, value.is_allday_event, write_bool)
    put(element, _PRIVATE, value.private, encode_xml_appointment_private)
    put(element, _PRIORITY_ID, value.priority_id, write_int)
    put(element, _PRIORITY_NAME, value.priority_name, write_str)
    put(element, _TASK_TYPE, value.task_type, encode_xml_task_type)
    put(element, _IS_BOOKING_MAIN, value.is_booking_main, write_bool)
    put(element, _IS_RECURRENCE, value.is_recurrence, write_bool)
    put(element, _IS_BOOKING, value.is_booking, write_bool)
    put(element, _ACTIVE_DATE, value.active_date, write_datetime)
    put(element, _ASSIGNMENT_STATUS, value.assignment_status, encode_xml_assignment_status)
    put(element, _INVITATION_STATUS, value.invitation_status, encode_xml_invitation_status)
    put(element, _BOOKING_TYPE, value.booking_type, encode_xml_booking_type)
    put(element, _COMPLETED, value.completed, encode_xml_activity_status)
    put(element, _RECURRING_PATTERN, value.recurring_pattern, encode_xml_recurrence_pattern)
    put(element, _RECURRING_START_DATE, value.recurring_start_date, write_datetime)
    put(element, _RECURRING_END_DATE, value.recurring_end_date, write_datetime)
    put(element, _MOTHER_ID, value.mother_id, write_int)
    put(element, _ASSIGNED_BY, value.assigned_by, write_int)
    put(element, _ASSIGNED_BY_FULL_NAME, value.assigned_by_full_name, write_str)
    put(element, _REJECT_REASON, value.reject_reason, write_str)
    put(element, _LOCATION, value.location, write_str)
    put(element, _ALARM_LEAD_TIME, value.alarm_lead_time, write_duration)
    put(element, _SALE_ID, value.sale_id, write_int)
    put(element, _SALE_NAME, value.sale_name, write_str)
    put(element, _ASSOCIATE_NAME, value.associate_name, write_str)
    put(element, _CREATED_DATE, value.created_date, write_datetime)
    put(element, _CREATED_BY, value.created_by, write_str)
    put(element, _CREATED_BY_FULL_NAME, value.created_by_full_name, write_str)
    put(element, _CREATED_BY_ASSOCIATE_ID, value.created_by_associate_id, write_int)
    put(element, _CAUTION_WARNING, value.caution_warning, encode_xml_appointment_caution_warning)
    put(element, _OWNED_EXTERNALLY, value.owned_externally, encode_xml_appointment_external_owner)
    put(element, _MOTHER_ASSOCIATE_ID, value.mother_associate_id, write_int)
    put(element, _JOIN_VIDEOMEET_URL, value.join_videomeet_url, write_str)
    put(element, _PREFERRED_TZ_LOCATION, value.preferred_tz_location, write_int)
    put(element, _TITLE, value.title, write_str)
    put(element, _AGENDA, value.agenda, write_str)
    put(element, _INTERNAL_NOTES, value.internal_notes, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_appointment(data: Any, path: str) -> Appointment:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Appointment)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.appointment_id = take_int(data, "AppointmentId", path)
    value.start_date = take(data, "StartDate", path, json_datetime)
    value.end_date = take(data, "EndDate", path, json_datetime)
    value.type = take(data, "Type", path, decode_json_appointment_type)
    value.task = take_str_nillable(data, "Task", path)
    value.associate_full_name = take_str_nillable(data, "AssociateFullName", path)
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.description = take_str_nillable(data, "Description", path)
    value.person_full_name = take_str_nillable(data, "PersonFullName", path)
    value.person_id = take_int(data, "PersonId", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.project_id = take_int(data, "ProjectId", path)
    value.project_name = take_str_nillable(data, "ProjectName", path)
    value.is_published = take_bool(data, "IsPublished", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.color_index = take(data, "ColorIndex", path, json_short)
    value.is_free = take_bool(data, "IsFree", path)
    value.has_alarm = take_bool(data, "HasAlarm", path)
    value.is_allday_event = take_bool(data, "IsAlldayEvent", path)
    value.private = take(data, "Private", path, decode_json_appointment_private)
    value.priority_id = take_int(data, "PriorityId", path)
    value.priority_name = take_str_nillable(data, "PriorityName", path)
    value.task_type = take(data, "TaskType", path, decode_json_task_type)
    value.is_booking_main = take_bool(data, "IsBookingMain", path)
    value.is_recurrence = take_bool(data, "IsRecurrence", path)
    value.is_booking = take_bool(data, "IsBooking", path)
    value.active_date = take(data, "ActiveDate", path, json_datetime)
    value.assignment_status = take(data, "AssignmentStatus", path, decode_json_assignment_status)
    value.invitation_status = take(data, "InvitationStatus", path, decode_json_invitation_status)
    value.booking_type = take(data, "BookingType", path, decode_json_booking_type)
    value.completed = take(data, "Completed", path, decode_json_activity_status)
    value.recurring_pattern = take(data, "RecurringPattern", path, decode_json_recurrence_pattern)
    value.recurring_start_date = take(data, "RecurringStartDate", path, json_datetime)
    value.recurring_end_date = take(data, "RecurringEndDate", path, json_datetime)
    value.mother_id = take_int(data, "MotherId", path)
    value.assigned_by = take_int(data, "AssignedBy", path)
    value.assigned_by_full_name = take_str_nillable(data, "AssignedByFullName", path)
    value.reject_reason = take_str_nillable(data, "RejectReason", path)
    value.location = take_str_nillable(data, "Location", path)
    value.alarm_lead_time = take(data, "AlarmLeadTime", path, json_duration)
    value.sale_id = take_int(data, "SaleId", path)
    value.sale_name = take_str_nillable(data, "SaleName", path)
    value.associate_name = take_str_nillable(data, "AssociateName", path)
    value.created_date = take(data, "CreatedDate", path, json_datetime)
    value.created_by = take_str_nillable(data, "CreatedBy", path)
    value.created_by_full_name = take_str_nillable(data, "CreatedByFullName", path)
    value.created_by_associate_id = take_int(data, "CreatedByAssociateId", path)
    value.caution_warning = take(
        data, "CautionWarning", path, decode_json_appointment_caution_warning
    )
    value.owned_externally = take(
        data, "OwnedExternally", path, decode_json_appointment_external_owner
    )
    value.mother_associate_id = take_int(data, "MotherAssociateId", path)
    value.join_videomeet_url = take_str_nillable(data, "JoinVideomeetUrl", path)
    value.preferred_tz_location = take_int(data, "PreferredTZLocation", path)
    value.title = take_str_nillable(data, "Title", path)
    value.agenda = take_str_nillable(data, "Agenda", path)
    value.internal_notes = take_str_nillable(data, "InternalNotes", path)
    value.extra = (
        None if _APPOINTMENT_KEYS.issuperset(data) else json_extra(data, _APPOINTMENT_KEYS)
    )
    return value


def encode_json_appointment(value: Appointment) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "AppointmentId", value.appointment_id, json_write_int)
    put_json(result, "StartDate", value.start_date, json_write_datetime)
    put_json(result, "EndDate", value.end_date, json_write_datetime)
    put_json(result, "Type", value.type, encode_json_appointment_type)
    put_json(result, "Task", value.task, json_write_str)
    put_json(result, "AssociateFullName", value.associate_full_name, json_write_str)
    put_json(result, "ContactName", value.contact_name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "PersonFullName", value.person_full_name, json_write_str)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "ProjectId", value.project_id, json_write_int)
    put_json(result, "ProjectName", value.project_name, json_write_str)
    put_json(result, "IsPublished", value.is_published, json_write_bool)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "ColorIndex", value.color_index, json_write_short)
    put_json(result, "IsFree", value.is_free, json_write_bool)
    put_json(result, "HasAlarm", value.has_alarm, json_write_bool)
    put_json(result, "IsAlldayEvent", value.is_allday_event, json_write_bool)
    put_json(result, "Private", value.private, encode_json_appointment_private)
    put_json(result, "PriorityId", value.priority_id, json_write_int)
    put_json(result, "PriorityName", value.priority_name, json_write_str)
    put_json(result, "TaskType", value.task_type, encode_json_task_type)
    put_json(result, "IsBookingMain", value.is_booking_main, json_write_bool)
    put_json(result, "IsRecurrence", value.is_recurrence, json_write_bool)
    put_json(result, "IsBooking", value.is_booking, json_write_bool)
    put_json(result, "ActiveDate", value.active_date, json_write_datetime)
    put_json(result, "AssignmentStatus", value.assignment_status, encode_json_assignment_status)
    put_json(result, "InvitationStatus", value.invitation_status, encode_json_invitation_status)
    put_json(result, "BookingType", value.booking_type, encode_json_booking_type)
    put_json(result, "Completed", value.completed, encode_json_activity_status)
    put_json(result, "RecurringPattern", value.recurring_pattern, encode_json_recurrence_pattern)
    put_json(result, "RecurringStartDate", value.recurring_start_date, json_write_datetime)
    put_json(result, "RecurringEndDate", value.recurring_end_date, json_write_datetime)
    put_json(result, "MotherId", value.mother_id, json_write_int)
    put_json(result, "AssignedBy", value.assigned_by, json_write_int)
    put_json(result, "AssignedByFullName", value.assigned_by_full_name, json_write_str)
    put_json(result, "RejectReason", value.reject_reason, json_write_str)
    put_json(result, "Location", value.location, json_write_str)
    put_json(result, "AlarmLeadTime", value.alarm_lead_time, json_write_duration)
    put_json(result, "SaleId", value.sale_id, json_write_int)
    put_json(result, "SaleName", value.sale_name, json_write_str)
    put_json(result, "AssociateName", value.associate_name, json_write_str)
    put_json(result, "CreatedDate", value.created_date, json_write_datetime)
    put_json(result, "CreatedBy", value.created_by, json_write_str)
    put_json(result, "CreatedByFullName", value.created_by_full_name, json_write_str)
    put_json(result, "CreatedByAssociateId", value.created_by_associate_id, json_write_int)
    put_json(
        result, "CautionWarning", value.caution_warning, encode_json_appointment_caution_warning
    )
    put_json(
        result, "OwnedExternally", value.owned_externally, encode_json_appointment_external_owner
    )
    put_json(result, "MotherAssociateId", value.mother_associate_id, json_write_int)
    put_json(result, "JoinVideomeetUrl", value.join_videomeet_url, json_write_str)
    put_json(result, "PreferredTZLocation", value.preferred_tz_location, json_write_int)
    put_json(result, "Title", value.title, json_write_str)
    put_json(result, "Agenda", value.agenda, json_write_str)
    put_json(result, "InternalNotes", value.internal_notes, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


APPOINTMENT_CODEC = Codec(
    decode_xml_appointment,
    encode_xml_appointment,
    decode_json_appointment,
    encode_json_appointment,
)


def decode_xml_list_of_appointment(element: Element) -> list[Appointment | None]:
    """``ArrayOfAppointment``: a list of ``Appointment`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_appointment(child))
        for child in element
        if child.tag == _APPOINTMENT
    ]


def encode_xml_list_of_appointment(
    parent: Element | None, tag: str, value: list[Appointment | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _APPOINTMENT, item, encode_xml_appointment)
    return element


def decode_json_list_of_appointment(data: Any, path: str) -> list[Appointment | None]:
    return json_items_nillable(data, path, decode_json_appointment)


def encode_json_list_of_appointment(value: list[Appointment | None]) -> list[Any]:
    return [(None if item is None else encode_json_appointment(item)) for item in value]


LIST_OF_APPOINTMENT_CODEC = Codec(
    decode_xml_list_of_appointment,
    encode_xml_list_of_appointment,
    decode_json_list_of_appointment,
    encode_json_list_of_appointment,
)
