"""Services88 types: AppointmentEntity.

Used by the AI, Appointment, Selection agents.
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
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
)
from .booking_type import (
    BookingType,
    decode_json_booking_type,
    decode_xml_booking_type,
    encode_json_booking_type,
    encode_xml_booking_type,
)
from .carrier import Carrier
from .contact import (
    Contact,
    decode_json_contact,
    decode_xml_contact,
    encode_json_contact,
    encode_xml_contact,
)
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
from .link import (
    Link,
    decode_json_list_of_link,
    decode_xml_list_of_link,
    encode_json_list_of_link,
    encode_xml_list_of_link,
)
from .participant_info import (
    ParticipantInfo,
    decode_json_list_of_participant_info,
    decode_xml_list_of_participant_info,
    encode_json_list_of_participant_info,
    encode_xml_list_of_participant_info,
)
from .person import (
    Person,
    decode_json_person,
    decode_xml_person,
    encode_json_person,
    encode_xml_person,
)
from .priority import (
    Priority,
    decode_json_priority,
    decode_xml_priority,
    encode_json_priority,
    encode_xml_priority,
)
from .project import (
    Project,
    decode_json_project,
    decode_xml_project,
    encode_json_project,
    encode_xml_project,
)
from .recurrence_info import (
    RecurrenceInfo,
    decode_json_recurrence_info,
    decode_xml_recurrence_info,
    encode_json_recurrence_info,
    encode_xml_recurrence_info,
)
from .sale import Sale, decode_json_sale, decode_xml_sale, encode_json_sale, encode_xml_sale
from .string_dictionary import (
    decode_json_string_dictionary,
    decode_xml_string_dictionary,
    encode_json_string_dictionary,
    encode_xml_string_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .task_list_item import (
    TaskListItem,
    decode_json_task_list_item,
    decode_xml_task_list_item,
    encode_json_task_list_item,
    encode_xml_task_list_item,
)
from .time_zone_data import (
    TimeZoneData,
    decode_json_time_zone_data,
    decode_xml_time_zone_data,
    encode_json_time_zone_data,
    encode_xml_time_zone_data,
)
from .visible_for import (
    VisibleFor,
    decode_json_list_of_visible_for,
    decode_xml_list_of_visible_for,
    encode_json_list_of_visible_for,
    encode_xml_list_of_visible_for,
)

_ACTIVE_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveDate"
_ACTIVE_LINKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveLinks"
_AGENDA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Agenda"
_ALARM_LEAD_TIME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AlarmLeadTime"
_APPOINTMENT_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentEntity"
_APPOINTMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AppointmentId"
_ASSIGNED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssignedBy"
_ASSIGNMENT_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssignmentStatus"
_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Associate"
_BOOKING_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BookingType"
_CAUTION_WARNING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CautionWarning"
_CENTRALSERVICE_VIDEOMEET_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CentralserviceVideomeetId"
)
_COLOR_INDEX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ColorIndex"
_COMPLETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Completed"
_CONTACT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Contact"
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedDate"
_CUSTOM_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomFields"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_END_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EndDate"
_EXTRA_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraFields"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HAS_ALARM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasAlarm"
_HAS_CONFLICT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasConflict"
_INTERNAL_NOTES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InternalNotes"
_INVITATION_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InvitationStatus"
_INVITED_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InvitedPerson"
_IS_ALLDAY_EVENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsAlldayEvent"
_IS_FREE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsFree"
_IS_MILE_STONE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsMileStone"
_IS_PUBLISHED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsPublished"
_JOIN_VIDEOMEET_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}JoinVideomeetUrl"
_LAG_TIME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LagTime"
_LEAD_TIME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LeadTime"
_LINKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Links"
_LOCATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Location"
_MOTHER_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MotherAssociate"
_MOTHER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MotherId"
_OWNED_EXTERNALLY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnedExternally"
_PARTICIPANTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Participants"
_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Person"
_PREFERRED_TZ_LOCATION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreferredTZLocation"
)
_PREFERRED_TZ_LOCATION_DATA = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreferredTZLocationData"
)
_PRIORITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Priority"
_PRIVATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Private"
_PROJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Project"
_PUBLISH_EVENT_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishEventDate"
_PUBLISH_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishFrom"
_PUBLISH_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublishTo"
_RECURRENCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Recurrence"
_REJECT_COUNTER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RejectCounter"
_REJECT_REASON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RejectReason"
_SALE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Sale"
_START_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StartDate"
_SUGGESTED_APPOINTMENT_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SuggestedAppointmentId"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TASK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Task"
_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Title"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_UPDATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedDate"
_USER_DEFINED_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserDefinedFields"
_VISIBLE_FOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleFor"


@dataclasses.dataclass(kw_only=True, repr=False)
class AppointmentEntity(Carrier):
    """Partial AppointmentEntity class associating the generated AppointmentEntity with an
    interface.
    """

    associate: Associate | None | Unset = UNSET
    """The owner of the appointment - the associate whose diary/checklist the appointment is in.

    Use MDO List name "associate" to get list items.
    """
    contact: Contact | None | Unset = UNSET
    """The contact associated with the appointment. It may also be null if no contact is associated
    with the appointment.

    Use MDO List name "contact_new" to get list items.
    """
    created_by: Associate | None | Unset = UNSET
    """The associate that first created the appointment. The property is read-only."""
    updated_by: Associate | None | Unset = UNSET
    """The person that last updated the appointment."""
    created_date: datetime.datetime | Unset = UNSET
    """Registered date in UTC."""
    appointment_id: int | Unset = UNSET
    """Primary key"""
    description: str | None | Unset = UNSET
    """Description of the appointment."""
    title: str | None | Unset = UNSET
    """The title of the appointment."""
    agenda: str | None | Unset = UNSET
    """The agenda of the appointment."""
    internal_notes: str | None | Unset = UNSET
    """Internal notes for the appointment."""
    start_date: datetime.datetime | Unset = UNSET
    """date + start time planned"""
    end_date: datetime.datetime | Unset = UNSET
    """Date + end time planned"""
    invited_person: Person | None | Unset = UNSET
    """If the appointment is a booking, the invited persons may be your associates, but you are
    also able to invite contact persons from other companies to join your meeting. They do not
    receive an invitation, unless you send them one by email, but you can see in the appointment
    that persons other than your associates have been invited to a meeting. Each invited person
    will have an appointment slave record.
    """
    person: Person | None | Unset = UNSET
    """An appointment may also be connected to a person; this must be a contact person registered
    on the current company. This does not mean however that a person is required.

    Use MDO List name "person" to get list items.
    """
    mother_id: int | Unset = UNSET
    """ID of mother appointment; self if booking master, master ID if booking slave, 0 if normal
    appointment. However, if 0 and assoc_id != reg_id then this is an assigned appointment,
    indicated vt type = kBooking
    """
    priority: Priority | None | Unset = UNSET
    """It's possible to give appointments different priorities. All the different priority types
    are saved in the priority table, and edited from the Admin. Client. An appointment does not
    require a priority.

    Use MDO List name "priority" to get list items.
    """
    private: AppointmentPrivate | str | Unset = UNSET
    """The confidentiality of appointments is shown as different types of “private” on the
    appointment. For an updated list of “private” types, see the database manual.
    """
    project: Project | None | Unset = UNSET
    """An appointment may also be connected to a project, so you see the appointment both on the
    company card, and on the project card. This does not mean however that a project is
    required.

    Use MDO List name "project" to get list items.
    """
    type: AppointmentType | str | Unset = UNSET
    """The different types of appointment, if the appointment is supposed to be shown in the diary
    or checklist, or if it's a document. See the different types of appointments in the database
    manual.
    """
    updated_date: datetime.datetime | Unset = UNSET
    """Updated date in UTC."""
    completed: ActivityStatus | str | Unset = UNSET
    """Appointment Completed state. This property is the part of the Status property that is the
    completed state. Could be three state if the three state user preference is set.
    """
    active_links: int | Unset = UNSET
    """Number of active links to sale, document, appointment."""
    links: list[Link | None] | None | Unset = UNSET
    """List of all elements linked to the appointment."""
    alarm_lead_time: datetime.timedelta | Unset = UNSET
    """Alarm lead time."""
    has_alarm: bool | Unset = UNSET
    """Does this appointment have an alarm"""
    color_index: int | Unset = UNSET
    """Appointment colour, used only in Japanese versions. Western versions take colour from Task"""
    is_free: bool | Unset = UNSET
    """True if free, false if busy"""
    is_allday_event: bool | Unset = UNSET
    """True if all day event"""
    lag_time: datetime.timedelta | Unset = UNSET
    """as leadtime, but after the end - time blocked for travel etc."""
    lead_time: datetime.timedelta | Unset = UNSET
    """Time blocked (minutes) BEFORE starttime"""
    location: str | None | Unset = UNSET
    """Location for appointment, defaulted from invited resource of type place and other rules, but
    you can write anything you want here
    """
    reject_counter: int | Unset = UNSET
    """How many invitees have rejected this appointment"""
    reject_reason: str | None | Unset = UNSET
    """Why was this booking or assignment rejected, the RejectReason list is a source of
    suggestions but you can write anything here

    Use MDO List name "rejectReason" to get list items.
    """
    recurrence: RecurrenceInfo | None | Unset = UNSET
    """The appointment recurrence."""
    participants: list[ParticipantInfo | None] | None | Unset = UNSET
    """List of id's of the participants to this appointment."""
    assignment_status: AssignmentStatus | str | Unset = UNSET
    """Status if this appointment is in the process of being assigned to someone else"""
    invitation_status: InvitationStatus | str | Unset = UNSET
    """Status if this appointment represents an invitation"""
    booking_type: BookingType | str | Unset = UNSET
    """The type of booking the appointment represents"""
    active_date: datetime.datetime | Unset = UNSET
    """The date to be used for searching &amp; showing"""
    has_conflict: bool | Unset = UNSET
    """Does the appointment overlap with another appointment in the user's diary?"""
    assigned_by: Associate | None | Unset = UNSET
    """Who assigned this appointment to this user? Whose diary did the appointment come from?"""
    mother_associate: Associate | None | Unset = UNSET
    """The owner of the mother appointment - the associate whose diary/checklist the mother
    appointment is in. The mother appointment is the one identified by the mother_id. If the
    mother_id is 0 or the same as this appointment_id, then the master associate will be the
    same as the 'ordinary' associate.
    """
    task: TaskListItem | None | Unset = UNSET
    """Task comprises the different types of activities, like “Phone call”, “Meeting” and so on.

    Use MDO List name "task" to get list items.
    """
    preferred_tz_location: int | Unset = UNSET
    """Appointments preferred timezone location."""
    preferred_tz_location_data: TimeZoneData | None | Unset = UNSET
    """Read-only timezone data for PreferredTZLocation."""
    sale: Sale | None | Unset = UNSET
    """An appointment may also be connected to a sale, so you see the appointment on the company
    card, on the project card and on the sale card. This does not mean however that a sale is
    required.

    Use MDO List name "sale" to get list items.
    """
    suggested_appointment_id: int | Unset = UNSET
    """Suggested guide item that this appointment is an instance of (Note: NOT VALID for
    document-type appointments, they have their own link)
    """
    is_mile_stone: bool | Unset = UNSET
    """Is this appointment a milestone?"""
    caution_warning: AppointmentCautionWarning | str | Unset = UNSET
    """Status field to indicate appointments that have some sort of problem"""
    owned_externally: AppointmentExternalOwner | str | Unset = UNSET
    """Set if an external system owns this appointment."""
    join_videomeet_url: str | None | Unset = UNSET
    """Blank when not a video meeting. Filled with Join Meeting URL when created."""
    centralservice_videomeet_id: str | None | Unset = UNSET
    """GUID for video meeting in central services – this is set when we create meetings from
    SuperOffice. It is blank for incoming meetings created from inbox.
    """
    user_defined_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.AppointmentEntity.CustomFields} instead.
    Dictionary of user defined field data. The key string is the ProgId of the UdefField, or if
    the ProgId is empty it is a string of the format "SuperOffice:[UdefFieldIdentity]", e.g.
    "SuperOffice:1234\"
    """
    extra_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.AppointmentEntity.CustomFields} instead. Extra
    fields added to the carrier. This could be data from Plug-ins, the foreign key system,
    external applications, etc.
    """
    custom_fields: dict[str, str | None] | None | Unset = UNSET
    """Udef + Extra fields added to the carrier. Extra fields as defined by changes to database
    schema + user-defined fields as defined by admin. Custom fields combines user defined fields
    and extra fields into one bucket. The individual
    {SuperOffice.CRM.Services.AppointmentEntity.ExtraFields} and UserDefinedFields properties
    are deprecated in favor of this combined collection.
    """
    publish_event_date: datetime.datetime | Unset = UNSET
    """Publish event date"""
    publish_to: datetime.datetime | Unset = UNSET
    """Publication valid to (inclusive)"""
    publish_from: datetime.datetime | Unset = UNSET
    """Publication valid from (inclusive)"""
    is_published: bool | Unset = UNSET
    """Publication is published"""
    visible_for: list[VisibleFor | None] | None | Unset = UNSET
    """The set of users or groups the record is visible for"""

    def to_xml(self) -> Element:
        return encode_xml_appointment_entity(None, _APPOINTMENT_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> AppointmentEntity:
        return record_from_xml(decode_xml_appointment_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_appointment_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> AppointmentEntity:
        return record_from_json(decode_json_appointment_entity, data)


_APPOINTMENT_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Associate",
        "Contact",
        "CreatedBy",
        "UpdatedBy",
        "CreatedDate",
        "AppointmentId",
        "Description",
        "Title",
        "Agenda",
        "InternalNotes",
        "StartDate",
        "EndDate",
        "InvitedPerson",
        "Person",
        "MotherId",
        "Priority",
        "Private",
        "Project",
        "Type",
        "UpdatedDate",
        "Completed",
        "ActiveLinks",
        "Links",
        "AlarmLeadTime",
        "HasAlarm",
        "ColorIndex",
        "IsFree",
        "IsAlldayEvent",
        "LagTime",
        "LeadTime",
        "Location",
        "RejectCounter",
        "RejectReason",
        "Recurrence",
        "Participants",
        "AssignmentStatus",
        "InvitationStatus",
        "BookingType",
        "ActiveDate",
        "HasConflict",
        "AssignedBy",
        "MotherAssociate",
        "Task",
        "PreferredTZLocation",
        "PreferredTZLocationData",
        "Sale",
        "SuggestedAppointmentId",
        "IsMileStone",
        "CautionWarning",
        "OwnedExternally",
        "JoinVideomeetUrl",
        "CentralserviceVideomeetId",
        "UserDefinedFields",
        "ExtraFields",
        "CustomFields",
        "PublishEventDate",
        "PublishTo",
        "PublishFrom",
        "IsPublished",
        "VisibleFor",
    )
)


def decode_xml_appointment_entity(element: Element) -> AppointmentEntity:
    value = AppointmentEntity()
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
        elif tag == _ASSOCIATE:
            value.associate = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _CONTACT:
            value.contact = None if child.get(XSI_NIL) in NIL else decode_xml_contact(child)
        elif tag == _CREATED_BY:
            value.created_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _UPDATED_BY:
            value.updated_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _CREATED_DATE:
            value.created_date = read_datetime(child)
        elif tag == _APPOINTMENT_ID:
            value.appointment_id = read_int(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _TITLE:
            value.title = child.text or empty_or_nil(child)
        elif tag == _AGENDA:
            value.agenda = child.text or empty_or_nil(child)
        elif tag == _INTERNAL_NOTES:
            value.internal_notes = child.text or empty_or_nil(child)
        elif tag == _START_DATE:
            value.start_date = read_datetime(child)
        elif tag == _END_DATE:
            value.end_date = read_datetime(child)
        elif tag == _INVITED_PERSON:
            value.invited_person = None if child.get(XSI_NIL) in NIL else decode_xml_person(child)
        elif tag == _PERSON:
            value.person = None if child.get(XSI_NIL) in NIL else decode_xml_person(child)
        elif tag == _MOTHER_ID:
            value.mother_id = read_int(child)
        elif tag == _PRIORITY:
            value.priority = None if child.get(XSI_NIL) in NIL else decode_xml_priority(child)
        elif tag == _PRIVATE:
            value.private = decode_xml_appointment_private(child)
        elif tag == _PROJECT:
            value.project = None if child.get(XSI_NIL) in NIL else decode_xml_project(child)
        elif tag == _TYPE:
            value.type = decode_xml_appointment_type(child)
        elif tag == _UPDATED_DATE:
            value.updated_date = read_datetime(child)
        elif tag == _COMPLETED:
            value.completed = decode_xml_activity_status(child)
        elif tag == _ACTIVE_LINKS:
            value.active_links = read_int(child)
        elif tag == _LINKS:
            value.links = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_link(child)
        elif tag == _ALARM_LEAD_TIME:
            value.alarm_lead_time = read_duration(child)
        elif tag == _HAS_ALARM:
            value.has_alarm = read_bool(child)
        elif tag == _COLOR_INDEX:
            value.color_index = read_short(child)
        elif tag == _IS_FREE:
            value.is_free = read_bool(child)
        elif tag == _IS_ALLDAY_EVENT:
            value.is_allday_event = read_bool(child)
        elif tag == _LAG_TIME:
            value.lag_time = read_duration(child)
        elif tag == _LEAD_TIME:
            value.lead_time = read_duration(child)
        elif tag == _LOCATION:
            value.location = child.text or empty_or_nil(child)
        elif tag == _REJECT_COUNTER:
            value.reject_counter = read_short(child)
        elif tag == _REJECT_REASON:
            value.reject_reason = child.text or empty_or_nil(child)
        elif tag == _RECURRENCE:
            value.recurrence = (
                None if child.get(XSI_NIL) in NIL else decode_xml_recurrence_info(child)
            )
        elif tag == _PARTICIPANTS:
            value.participants = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_participant_info(child)
            )
        elif tag == _ASSIGNMENT_STATUS:
            value.assignment_status = decode_xml_assignment_status(child)
        elif tag == _INVITATION_STATUS:
            value.invitation_status = decode_xml_invitation_status(child)
        elif tag == _BOOKING_TYPE:
            value.booking_type = decode_xml_booking_type(child)
        elif tag == _ACTIVE_DATE:
            value.active_date = read_datetime(child)
        elif tag == _HAS_CONFLICT:
            value.has_conflict = read_bool(child)
        elif tag == _ASSIGNED_BY:
            value.assigned_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _MOTHER_ASSOCIATE:
            value.mother_associate = (
                None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
            )
        elif tag == _TASK:
            value.task = None if child.get(XSI_NIL) in NIL else decode_xml_task_list_item(child)
        elif tag == _PREFERRED_TZ_LOCATION:
            value.preferred_tz_location = read_int(child)
        elif tag == _PREFERRED_TZ_LOCATION_DATA:
            value.preferred_tz_location_data = (
                None if child.get(XSI_NIL) in NIL else decode_xml_time_zone_data(child)
            )
        elif tag == _SALE:
            value.sale = None if child.get(XSI_NIL) in NIL else decode_xml_sale(child)
        elif tag == _SUGGESTED_APPOINTMENT_ID:
            value.suggested_appointment_id = read_int(child)
        elif tag == _IS_MILE_STONE:
            value.is_mile_stone = read_bool(child)
        elif tag == _CAUTION_WARNING:
            value.caution_warning = decode_xml_appointment_caution_warning(child)
        elif tag == _OWNED_EXTERNALLY:
            value.owned_externally = decode_xml_appointment_external_owner(child)
        elif tag == _JOIN_VIDEOMEET_URL:
            value.join_videomeet_url = child.text or empty_or_nil(child)
        elif tag == _CENTRALSERVICE_VIDEOMEET_ID:
            value.centralservice_videomeet_id = child.text or empty_or_nil(child)
        elif tag == _USER_DEFINED_FIELDS:
            value.user_defined_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _EXTRA_FIELDS:
            value.extra_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _CUSTOM_FIELDS:
            value.custom_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _PUBLISH_EVENT_DATE:
            value.publish_event_date = read_datetime(child)
        elif tag == _PUBLISH_TO:
            value.publish_to = read_datetime(child)
        elif tag == _PUBLISH_FROM:
            value.publish_from = read_datetime(child)
        elif tag == _IS_PUBLISHED:
            value.is_published = read_bool(child)
        elif tag == _VISIBLE_FOR:
            value.visible_for = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_visible_for(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_appointment_entity(
    parent: Element | None, tag: str, value: AppointmentEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ASSOCIATE, value.associate, encode_xml_associate)
    put(element, _CONTACT, value.contact, encode_xml_contact)
    put(element, _CREATED_BY, value.created_by, encode_xml_associate)
    put(element, _UPDATED_BY, value.updated_by, encode_xml_associate)
    put(element, _CREATED_DATE, value.created_date, write_datetime)
    put(element, _APPOINTMENT_ID, value.appointment_id, write_int)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _TITLE, value.title, write_str)
    put(element, _AGENDA, value.agenda, write_str)
    put(element, _INTERNAL_NOTES, value.internal_notes, write_str)
    put(element, _START_DATE, value.start_date, write_datetime)
    put(element, _END_DATE, value.end_date, write_datetime)
    put(element, _INVITED_PERSON, value.invited_person, encode_xml_person)
    put(element, _PERSON, value.person, encode_xml_person)
    put(element, _MOTHER_ID, value.mother_id, write_int)
    put(element, _PRIORITY, value.priority, encode_xml_priority)
    put(element, _PRIVATE, value.private, encode_xml_appointment_private)
    put(element, _PROJECT, value.project, encode_xml_project)
    put(element, _TYPE, value.type, encode_xml_appointment_type)
    put(element, _UPDATED_DATE, value.updated_date, write_datetime)
    put(element, _COMPLETED, value.completed, encode_xml_activity_status)
    put(element, _ACTIVE_LINKS, value.active_links, write_int)
    put(element, _LINKS, value.links, encode_xml_list_of_link)
    put(element, _ALARM_LEAD_TIME, value.alarm_lead_time, write_duration)
    put(element, _HAS_ALARM, value.has_alarm, write_bool)
    put(element, _COLOR_INDEX, value.color_index, write_short)
    put(element, _IS_FREE, value.is_free, write_bool)
    put(element, _IS_ALLDAY_EVENT, value.is_allday_event, write_bool)
    put(element, _LAG_TIME, value.lag_time, write_duration)
    put(element, _LEAD_TIME, value.lead_time, write_duration)
    put(element, _LOCATION, value.location, write_str)
    put(element, _REJECT_COUNTER, value.reject_counter, write_short)
    put(element, _REJECT_REASON, value.reject_reason, write_str)
    put(element, _RECURRENCE, value.recurrence, encode_xml_recurrence_info)
    put(element, _PARTICIPANTS, value.participants, encode_xml_list_of_participant_info)
    put(element, _ASSIGNMENT_STATUS, value.assignment_status, encode_xml_assignment_status)
    put(element, _INVITATION_STATUS, value.invitation_status, encode_xml_invitation_status)
    put(element, _BOOKING_TYPE, value.booking_type, encode_xml_booking_type)
    put(element, _ACTIVE_DATE, value.active_date, write_datetime)
    put(element, _HAS_CONFLICT, value.has_conflict, write_bool)
    put(element, _ASSIGNED_BY, value.assigned_by, encode_xml_associate)
    put(element, _MOTHER_ASSOCIATE, value.mother_associate, encode_xml_associate)
    put(element, _TASK, value.task, encode_xml_task_list_item)
    put(element, _PREFERRED_TZ_LOCATION, value.preferred_tz_location, write_int)
    put(
        element,
        _PREFERRED_TZ_LOCATION_DATA,
        value.preferred_tz_location_data,
        encode_xml_time_zone_data,
    )
    put(element, _SALE, value.sale, encode_xml_sale)
    put(element, _SUGGESTED_APPOINTMENT_ID, value.suggested_appointment_id, write_int)
    put(element, _IS_MILE_STONE, value.is_mile_stone, write_bool)
    put(element, _CAUTION_WARNING, value.caution_warning, encode_xml_appointment_caution_warning)
    put(element, _OWNED_EXTERNALLY, value.owned_externally, encode_xml_appointment_external_owner)
    put(element, _JOIN_VIDEOMEET_URL, value.join_videomeet_url, write_str)
    put(element, _CENTRALSERVICE_VIDEOMEET_ID, value.centralservice_videomeet_id, write_str)
    put(element, _USER_DEFINED_FIELDS, value.user_defined_fields, encode_xml_string_dictionary)
    put(element, _EXTRA_FIELDS, value.extra_fields, encode_xml_string_dictionary)
    put(element, _CUSTOM_FIELDS, value.custom_fields, encode_xml_string_dictionary)
    put(element, _PUBLISH_EVENT_DATE, value.publish_event_date, write_datetime)
    put(element, _PUBLISH_TO, value.publish_to, write_datetime)
    put(element, _PUBLISH_FROM, value.publish_from, write_datetime)
    put(element, _IS_PUBLISHED, value.is_published, write_bool)
    put(element, _VISIBLE_FOR, value.visible_for, encode_xml_list_of_visible_for)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_appointment_entity(data: Any, path: str) -> AppointmentEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(AppointmentEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.associate = take_nillable(data, "Associate", path, decode_json_associate)
    value.contact = take_nillable(data, "Contact", path, decode_json_contact)
    value.created_by = take_nillable(data, "CreatedBy", path, decode_json_associate)
    value.updated_by = take_nillable(data, "UpdatedBy", path, decode_json_associate)
    value.created_date = take(data, "CreatedDate", path, json_datetime)
    value.appointment_id = take_int(data, "AppointmentId", path)
    value.description = take_str_nillable(data, "Description", path)
    value.title = take_str_nillable(data, "Title", path)
    value.agenda = take_str_nillable(data, "Agenda", path)
    value.internal_notes = take_str_nillable(data, "InternalNotes", path)
    value.start_date = take(data, "StartDate", path, json_datetime)
    value.end_date = take(data, "EndDate", path, json_datetime)
    value.invited_person = take_nillable(data, "InvitedPerson", path, decode_json_person)
    value.person = take_nillable(data, "Person", path, decode_json_person)
    value.mother_id = take_int(data, "MotherId", path)
    value.priority = take_nillable(data, "Priority", path, decode_json_priority)
    value.private = take(data, "Private", path, decode_json_appointment_private)
    value.project = take_nillable(data, "Project", path, decode_json_project)
    value.type = take(data, "Type", path, decode_json_appointment_type)
    value.updated_date = take(data, "UpdatedDate", path, json_datetime)
    value.completed = take(data, "Completed", path, decode_json_activity_status)
    value.active_links = take_int(data, "ActiveLinks", path)
    value.links = take_nillable(data, "Links", path, decode_json_list_of_link)
    value.alarm_lead_time = take(data, "AlarmLeadTime", path, json_duration)
    value.has_alarm = take_bool(data, "HasAlarm", path)
    value.color_index = take(data, "ColorIndex", path, json_short)
    value.is_free = take_bool(data, "IsFree", path)
    value.is_allday_event = take_bool(data, "IsAlldayEvent", path)
    value.lag_time = take(data, "LagTime", path, json_duration)
    value.lead_time = take(data, "LeadTime", path, json_duration)
    value.location = take_str_nillable(data, "Location", path)
    value.reject_counter = take(data, "RejectCounter", path, json_short)
    value.reject_reason = take_str_nillable(data, "RejectReason", path)
    value.recurrence = take_nillable(data, "Recurrence", path, decode_json_recurrence_info)
    value.participants = take_nillable(
        data, "Participants", path, decode_json_list_of_participant_info
    )
    value.assignment_status = take(data, "AssignmentStatus", path, decode_json_assignment_status)
    value.invitation_status = take(data, "InvitationStatus", path, decode_json_invitation_status)
    value.booking_type = take(data, "BookingType", path, decode_json_booking_type)
    value.active_date = take(data, "ActiveDate", path, json_datetime)
    value.has_conflict = take_bool(data, "HasConflict", path)
    value.assigned_by = take_nillable(data, "AssignedBy", path, decode_json_associate)
    value.mother_associate = take_nillable(data, "MotherAssociate", path, decode_json_associate)
    value.task = take_nillable(data, "Task", path, decode_json_task_list_item)
    value.preferred_tz_location = take_int(data, "PreferredTZLocation", path)
    value.preferred_tz_location_data = take_nillable(
        data, "PreferredTZLocationData", path, decode_json_time_zone_data
    )
    value.sale = take_nillable(data, "Sale", path, decode_json_sale)
    value.suggested_appointment_id = take_int(data, "SuggestedAppointmentId", path)
    value.is_mile_stone = take_bool(data, "IsMileStone", path)
    value.caution_warning = take(
        data, "CautionWarning", path, decode_json_appointment_caution_warning
    )
    value.owned_externally = take(
        data, "OwnedExternally", path, decode_json_appointment_external_owner
    )
    value.join_videomeet_url = take_str_nillable(data, "JoinVideomeetUrl", path)
    value.centralservice_videomeet_id = take_str_nillable(data, "CentralserviceVideomeetId", path)
    value.user_defined_fields = take_nillable(
        data, "UserDefinedFields", path, decode_json_string_dictionary
    )
    value.extra_fields = take_nillable(data, "ExtraFields", path, decode_json_string_dictionary)
    value.custom_fields = take_nillable(data, "CustomFields", path, decode_json_string_dictionary)
    value.publish_event_date = take(data, "PublishEventDate", path, json_datetime)
    value.publish_to = take(data, "PublishTo", path, json_datetime)
    value.publish_from = take(data, "PublishFrom", path, json_datetime)
    value.is_published = take_bool(data, "IsPublished", path)
    value.visible_for = take_nillable(data, "VisibleFor", path, decode_json_list_of_visible_for)
    value.extra = (
        None
        if _APPOINTMENT_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _APPOINTMENT_ENTITY_KEYS)
    )
    return value


def encode_json_appointment_entity(value: AppointmentEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Associate", value.associate, encode_json_associate)
    put_json(result, "Contact", value.contact, encode_json_contact)
    put_json(result, "CreatedBy", value.created_by, encode_json_associate)
    put_json(result, "UpdatedBy", value.updated_by, encode_json_associate)
    put_json(result, "CreatedDate", value.created_date, json_write_datetime)
    put_json(result, "AppointmentId", value.appointment_id, json_write_int)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Title", value.title, json_write_str)
    put_json(result, "Agenda", value.agenda, json_write_str)
    put_json(result, "InternalNotes", value.internal_notes, json_write_str)
    put_json(result, "StartDate", value.start_date, json_write_datetime)
    put_json(result, "EndDate", value.end_date, json_write_datetime)
    put_json(result, "InvitedPerson", value.invited_person, encode_json_person)
    put_json(result, "Person", value.person, encode_json_person)
    put_json(result, "MotherId", value.mother_id, json_write_int)
    put_json(result, "Priority", value.priority, encode_json_priority)
    put_json(result, "Private", value.private, encode_json_appointment_private)
    put_json(result, "Project", value.project, encode_json_project)
    put_json(result, "Type", value.type, encode_json_appointment_type)
    put_json(result, "UpdatedDate", value.updated_date, json_write_datetime)
    put_json(result, "Completed", value.completed, encode_json_activity_status)
    put_json(result, "ActiveLinks", value.active_links, json_write_int)
    put_json(result, "Links", value.links, encode_json_list_of_link)
    put_json(result, "AlarmLeadTime", value.alarm_lead_time, json_write_duration)
    put_json(result, "HasAlarm", value.has_alarm, json_write_bool)
    put_json(result, "ColorIndex", value.color_index, json_write_short)
    put_json(result, "IsFree", value.is_free, json_write_bool)
    put_json(result, "IsAlldayEvent", value.is_allday_event, json_write_bool)
    put_json(result, "LagTime", value.lag_time, json_write_duration)
    put_json(result, "LeadTime", value.lead_time, json_write_duration)
    put_json(result, "Location", value.location, json_write_str)
    put_json(result, "RejectCounter", value.reject_counter, json_write_short)
    put_json(result, "RejectReason", value.reject_reason, json_write_str)
    put_json(result, "Recurrence", value.recurrence, encode_json_recurrence_info)
    put_json(result, "Participants", value.participants, encode_json_list_of_participant_info)
    put_json(result, "AssignmentStatus", value.assignment_status, encode_json_assignment_status)
    put_json(result, "InvitationStatus", value.invitation_status, encode_json_invitation_status)
    put_json(result, "BookingType", value.booking_type, encode_json_booking_type)
    put_json(result, "ActiveDate", value.active_date, json_write_datetime)
    put_json(result, "HasConflict", value.has_conflict, json_write_bool)
    put_json(result, "AssignedBy", value.assigned_by, encode_json_associate)
    put_json(result, "MotherAssociate", value.mother_associate, encode_json_associate)
    put_json(result, "Task", value.task, encode_json_task_list_item)
    put_json(result, "PreferredTZLocation", value.preferred_tz_location, json_write_int)
    put_json(
        result,
        "PreferredTZLocationData",
        value.preferred_tz_location_data,
        encode_json_time_zone_data,
    )
    put_json(result, "Sale", value.sale, encode_json_sale)
    put_json(result, "SuggestedAppointmentId", value.suggested_appointment_id, json_write_int)
    put_json(result, "IsMileStone", value.is_mile_stone, json_write_bool)
    put_json(
        result, "CautionWarning", value.caution_warning, encode_json_appointment_caution_warning
    )
    put_json(
        result, "OwnedExternally", value.owned_externally, encode_json_appointment_external_owner
    )
    put_json(result, "JoinVideomeetUrl", value.join_videomeet_url, json_write_str)
    put_json(
        result, "CentralserviceVideomeetId", value.centralservice_videomeet_id, json_write_str
    )
    put_json(result, "UserDefinedFields", value.user_defined_fields, encode_json_string_dictionary)
    put_json(result, "ExtraFields", value.extra_fields, encode_json_string_dictionary)
    put_json(result, "CustomFields", value.custom_fields, encode_json_string_dictionary)
    put_json(result, "PublishEventDate", value.publish_event_date, json_write_datetime)
    put_json(result, "PublishTo", value.publish_to, json_write_datetime)
    put_json(result, "PublishFrom", value.publish_from, json_write_datetime)
    put_json(result, "IsPublished", value.is_published, json_write_bool)
    put_json(result, "VisibleFor", value.visible_for, encode_json_list_of_visible_for)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


APPOINTMENT_ENTITY_CODEC = Codec(
    decode_xml_appointment_entity,
    encode_xml_appointment_entity,
    decode_json_appointment_entity,
    encode_json_appointment_entity,
)
