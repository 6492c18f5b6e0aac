"""Services88 Appointment agent (``Remote/Services88/Appointment.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, BYTES, DATETIME, INT, Operation, Param, STR
from .types.activity_information_list_item import LIST_OF_ACTIVITY_INFORMATION_LIST_ITEM_CODEC
from .types.activity_status import ACTIVITY_STATUS_CODEC
from .types.appointment import APPOINTMENT_CODEC, LIST_OF_APPOINTMENT_CODEC
from .types.appointment_entity import APPOINTMENT_ENTITY_CODEC
from .types.appointment_info import LIST_OF_APPOINTMENT_INFO_CODEC
from .types.appointment_move_data import APPOINTMENT_MOVE_DATA_CODEC
from .types.appointment_save_data import APPOINTMENT_SAVE_DATA_CODEC
from .types.appointment_status import APPOINTMENT_STATUS_CODEC
from .types.appointment_sync_data import LIST_OF_APPOINTMENT_SYNC_DATA_CODEC
from .types.appointment_type import APPOINTMENT_TYPE_CODEC
from .types.day_information_list_item import LIST_OF_DAY_INFORMATION_LIST_ITEM_CODEC
from .types.e_mail_connection_info import E_MAIL_CONNECTION_INFO_CODEC
from .types.e_mail_entity import E_MAIL_ENTITY_CODEC
from .types.list_of_bool import LIST_OF_BOOL_CODEC
from .types.list_of_datetime import LIST_OF_DATETIME_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.multi_alarm_data import MULTI_ALARM_DATA_CODEC
from .types.next_available_time import LIST_OF_NEXT_AVAILABLE_TIME_CODEC
from .types.participant_info import PARTICIPANT_INFO_CODEC
from .types.recurrence_date import LIST_OF_RECURRENCE_DATE_CODEC
from .types.recurrence_info import RECURRENCE_INFO_CODEC
from .types.recurrence_update_mode import RECURRENCE_UPDATE_MODE_CODEC
from .types.red_letter_information_list_item import LIST_OF_RED_LETTER_INFORMATION_LIST_ITEM_CODEC
from .types.sales_activity import SALES_ACTIVITY_CODEC
from .types.string_dictionary import STRING_DICTIONARY_CODEC
from .types.suggested_appointment import SUGGESTED_APPOINTMENT_CODEC
from .types.suggested_appointment_entity import SUGGESTED_APPOINTMENT_ENTITY_CODEC
from .types.task_list_item import LIST_OF_TASK_LIST_ITEM_CODEC, TASK_LIST_ITEM_CODEC
from .types.task_type import TASK_TYPE_CODEC
from .types.user_connected_state import USER_CONNECTED_STATE_CODEC
from .types.video_meeting_reservation import VIDEO_MEETING_RESERVATION_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_PUBLISHED_APPOINTMENT = Operation(
    "GetPublishedAppointment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetPublishedAppointment",
    params=(Param("appointment_id", "AppointmentId", INT),),
    results=(Param("response", "Response", APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetPublishedAppointment",
)
"""Get published appointment by appointment id."""

GET_PUBLISHED_APPOINTMENTS = Operation(
    "GetPublishedAppointments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetPublishedAppointments",
    params=(Param("appointment_ids", "AppointmentIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetPublishedAppointments",
)
"""Get published appointments by appointment ids."""

GET_MY_PUBLISHED_APPOINTMENTS = Operation(
    "GetMyPublishedAppointments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetMyPublishedAppointments",
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetMyPublishedAppointments",
)
"""Get published appointments from the logged in user."""

GET_PUBLISHED_PROJECT_APPOINTMENTS = Operation(
    "GetPublishedProjectAppointments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetPublishedProjectAppointments",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetPublishedProjectAppointments",
)
"""Get published appointments by project id."""

GET_APPOINTMENTS_BY_TASK_HEADING = Operation(
    "GetAppointmentsByTaskHeading",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAppointmentsByTaskHeading",
    params=(Param("task_heading_id", "TaskHeadingId", INT),),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetAppointmentsByTaskHeading",
)
"""Method that returns appointments of a specific appointment task heading."""

GET_ASSOCIATE_DIARY = Operation(
    "GetAssociateDiary",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAssociateDiary",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetAssociateDiary",
)
"""NsApiSlow threshold: 2000 ms."""

GET_DIARY_BY_GROUP = Operation(
    "GetDiaryByGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetDiaryByGroup",
    params=(
        Param("group_id", "GroupId", INT),
        Param("group_type", "GroupType", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetDiaryByGroup",
)
"""NsApiSlow threshold: 2000 ms."""

UPDATE_APPOINTMENT = Operation(
    "UpdateAppointment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/UpdateAppointment",
    params=(
        Param("id", "Id", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("status", "Status", INT),
        Param("type", "Type", INT),
        Param("associate_id", "AssociateId", INT),
    ),
    results=(Param("response", "Response", APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/UpdateAppointment",
)
"""Updates an appointment record."""

UPDATE_APPOINTMENT_WITH_MODE = Operation(
    "UpdateAppointmentWithMode",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/UpdateAppointmentWithMode",
    params=(
        Param("id", "Id", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("status", "Status", APPOINTMENT_STATUS_CODEC),
        Param("type", "Type", APPOINTMENT_TYPE_CODEC),
        Param("associate_id", "AssociateId", INT),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    results=(Param("response", "Response", APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/UpdateAppointmentWithMode",
)
"""Updates an appointment record, taking the given recurrence update mode into account."""

UPDATE_APPOINTMENT_WITH_MODE_AND_EMAIL = Operation(
    "UpdateAppointmentWithModeAndEmail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/UpdateAppointmentWithModeAndEmail",
    params=(
        Param("id", "Id", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("status", "Status", APPOINTMENT_STATUS_CODEC),
        Param("type", "Type", APPOINTMENT_TYPE_CODEC),
        Param("associate_id", "AssociateId", INT),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
        Param("send_email_to_participants", "SendEmailToParticipants", BOOL),
        Param(
            "smtp_e_mail_connection_info",
            "SmtpEMailConnectionInfo",
            E_MAIL_CONNECTION_INFO_CODEC,
            nillable=True,
        ),
        Param(
            "imap_e_mail_connection_info",
            "ImapEMailConnectionInfo",
            E_MAIL_CONNECTION_INFO_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/UpdateAppointmentWithModeAndEmail",
)
"""Updates an appointment record, taking the given recurrence update mode into account,
possibly sending notification emails."""

GET_ASSOCIATES_DIARY = Operation(
    "GetAssociatesDiary",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAssociatesDiary",
    params=(
        Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetAssociatesDiary",
)
"""Fetch appointments for given associates"""

GET_ASSOCIATES_DIARY_INFO = Operation(
    "GetAssociatesDiaryInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAssociatesDiaryInfo",
    params=(
        Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetAssociatesDiaryInfo",
)
"""Fetch appointment info for given associates"""

GET_APPOINTMENT_RECORDS = Operation(
    "GetAppointmentRecords",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAppointmentRecords",
    params=(
        Param("mother_id", "MotherId", INT),
        Param("recurrence_rule_id", "RecurrenceRuleId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetAppointmentRecords",
)
"""Get all records involved in a booking and/or recurring appointments."""

GET_MY_SYNC_APPOINTMENTS = Operation(
    "GetMySyncAppointments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetMySyncAppointments",
    params=(
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_SYNC_DATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetMySyncAppointments",
)
"""Method that returns a specified number of appointments within a time range."""

GET_DAY_INFORMATION_LIST_BY_DATES_AND_ASSOCIATE = Operation(
    "GetDayInformationListByDatesAndAssociate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetDayInformationListByDatesAndAssociate",
    params=(
        Param("start_date", "StartDate", DATETIME),
        Param("end_date", "EndDate", DATETIME),
        Param("associate_id", "AssociateId", INT),
    ),
    results=(
        Param("response", "Response", LIST_OF_DAY_INFORMATION_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Appointment/GetDayInformationListByDatesAndAssociate",
)
"""Get combined day information (activity + redletter summary) for one or more days according
to the given date interval."""

GET_ACTIVITY_INFORMATION_LIST_BY_DATES_AND_ASSOCIATE = Operation(
    "GetActivityInformationListByDatesAndAssociate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetActivityInformationListByDatesAndAssociate",
    params=(
        Param("start_date", "StartDate", DATETIME),
        Param("end_date", "EndDate", DATETIME),
        Param("associate_id", "AssociateId", INT),
    ),
    results=(
        Param("response", "Response", LIST_OF_ACTIVITY_INFORMATION_LIST_ITEM_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Appointment/GetActivityInformationListByDatesAndAssociate",
)
"""Get activity information for one or more days according to the given date interval."""

GET_RED_LETTER_INFORMATION_LIST_BY_DATES_AND_ASSOCIATE = Operation(
    "GetRedLetterInformationListByDatesAndAssociate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetRedLetterInformationListByDatesAndAssociate",
    params=(
        Param("start_date", "StartDate", DATETIME),
        Param("end_date", "EndDate", DATETIME),
        Param("associate_id", "AssociateId", INT),
    ),
    results=(
        Param(
            "response", "Response", LIST_OF_RED_LETTER_INFORMATION_LIST_ITEM_CODEC, nillable=True
        ),
    ),
    rest_path="/api/v1/Agents/Appointment/GetRedLetterInformationListByDatesAndAssociate",
)
"""Get detailed red letter day information (redletter summary + individual day texts) for one
or more days according to the given date interval."""

GET_ALARMS = Operation(
    "GetAlarms",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAlarms",
    params=(
        Param("include_invitations", "IncludeInvitations", BOOL),
        Param("include_all_appointments", "IncludeAllAppointments", BOOL),
        Param("default_alarm_lead_time_in_minutes", "DefaultAlarmLeadTimeInMinutes", INT),
    ),
    results=(Param("response", "Response", MULTI_ALARM_DATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetAlarms",
)
"""NsApiSlow threshold: 2000 ms."""

GET_NEXT_AVAILABLE_TIME = Operation(
    "GetNextAvailableTime",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetNextAvailableTime",
    params=(
        Param("associates", "Associates", LIST_OF_INT_CODEC, nillable=True),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("is_all_day", "IsAllDay", BOOL),
    ),
    results=(Param("response", "Response", LIST_OF_NEXT_AVAILABLE_TIME_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetNextAvailableTime",
)
"""An array of the soonest-available working time slots."""

GENERATE_LEAD = Operation(
    "GenerateLead",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GenerateLead",
    params=(
        Param("associate_id_for_new_contact", "AssociateIdForNewContact", INT),
        Param("lead_description", "LeadDescription", STR, nillable=True),
        Param("relation", "Relation", STR, nillable=True),
        Param("relation_id", "RelationId", INT),
        Param("lead_contact", "LeadContact", STR, nillable=True),
        Param("lead_person_firstname", "LeadPersonFirstname", STR, nillable=True),
        Param("lead_person_lastname", "LeadPersonLastname", STR, nillable=True),
        Param("lead_person_email", "LeadPersonEmail", STR, nillable=True),
        Param("lead_phone_number", "LeadPhoneNumber", STR, nillable=True),
        Param("creators_contact", "CreatorsContact", STR, nillable=True),
        Param("creators_firstname", "CreatorsFirstname", STR, nillable=True),
        Param("creators_lastname", "CreatorsLastname", STR, nillable=True),
    ),
    results=(Param("response", "Response", SALES_ACTIVITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GenerateLead",
)
"""Adds a sales lead (task) to a contact in SuperOffice."""

REQUEST_FOR_INFO = Operation(
    "RequestForInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/RequestForInfo",
    params=(
        Param("associate_id_for_new_contact", "AssociateIdForNewContact", INT),
        Param("channel", "Channel", STR, nillable=True),
        Param("regarding", "Regarding", STR, nillable=True),
        Param("contact_name", "ContactName", STR, nillable=True),
        Param("person_firstname", "PersonFirstname", STR, nillable=True),
        Param("person_lastname", "PersonLastname", STR, nillable=True),
        Param("email_address", "EmailAddress", STR, nillable=True),
        Param("phone_number", "PhoneNumber", STR, nillable=True),
    ),
    results=(Param("response", "Response", SALES_ACTIVITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/RequestForInfo",
)
"""Submits a request for information."""

GET_SUGGESTED_APPOINTMENT = Operation(
    "GetSuggestedAppointment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetSuggestedAppointment",
    params=(Param("suggested_appointment_id", "SuggestedAppointmentId", INT),),
    results=(Param("response", "Response", SUGGESTED_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetSuggestedAppointment",
)
"""Gets a SuggestedAppointment object."""

GET_SUGGESTED_APPOINTMENT_ENTITY = Operation(
    "GetSuggestedAppointmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetSuggestedAppointmentEntity",
    params=(Param("suggested_appointment_entity_id", "SuggestedAppointmentEntityId", INT),),
    results=(Param("response", "Response", SUGGESTED_APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetSuggestedAppointmentEntity",
)
"""Gets a SuggestedAppointmentEntity object."""

GET_TASK_LIST_ITEM = Operation(
    "GetTaskListItem",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetTaskListItem",
    params=(Param("task_list_item_id", "TaskListItemId", INT),),
    results=(Param("response", "Response", TASK_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetTaskListItem",
)
"""Gets a TaskListItem object."""

GET_TASK_LIST_ITEMS = Operation(
    "GetTaskListItems",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetTaskListItems",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_TASK_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetTaskListItems",
)
"""Gets all takslist items"""

CREATE_VIDEO_MEETING_RESERVATION = Operation(
    "CreateVideoMeetingReservation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateVideoMeetingReservation",
    results=(Param("response", "Response", VIDEO_MEETING_RESERVATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateVideoMeetingReservation",
)
"""Create a VideoMeetingReservation."""

DELETE_VIDEO_MEETING_RESERVATION = Operation(
    "DeleteVideoMeetingReservation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/DeleteVideoMeetingReservation",
    params=(Param("video_meeting_id", "VideoMeetingId", STR, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/DeleteVideoMeetingReservation",
)
"""Delete a VideoMeetingReservation."""

GET_VIDEO_MEETING_CONNECTED_STATE = Operation(
    "GetVideoMeetingConnectedState",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetVideoMeetingConnectedState",
    results=(Param("response", "Response", USER_CONNECTED_STATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetVideoMeetingConnectedState",
)
"""Get the current users connected state."""

CREATE_DEFAULT_APPOINTMENT_ENTITY = Operation(
    "CreateDefaultAppointmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultAppointmentEntity",
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateDefaultAppointmentEntity",
)
"""Loading default values into a new AppointmentEntity."""

SAVE_APPOINTMENT_ENTITY = Operation(
    "SaveAppointmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/SaveAppointmentEntity",
    params=(
        Param("appointment_entity", "AppointmentEntity", APPOINTMENT_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/SaveAppointmentEntity",
    rest_body="appointment_entity",
)
"""Updates the existing AppointmentEntity or creates a new AppointmentEntity if the id
parameter is 0."""

DELETE_APPOINTMENT_ENTITY = Operation(
    "DeleteAppointmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/DeleteAppointmentEntity",
    params=(Param("appointment_entity_id", "AppointmentEntityId", INT),),
    rest_path="/api/v1/Agents/Appointment/DeleteAppointmentEntity",
)
"""Deletes the AppointmentEntity"""

CREATE_DEFAULT_SUGGESTED_APPOINTMENT_ENTITY = Operation(
    "CreateDefaultSuggestedAppointmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultSuggestedAppointmentEntity",
    results=(Param("response", "Response", SUGGESTED_APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateDefaultSuggestedAppointmentEntity",
)
"""Loading default values into a new SuggestedAppointmentEntity."""

SAVE_SUGGESTED_APPOINTMENT_ENTITY = Operation(
    "SaveSuggestedAppointmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/SaveSuggestedAppointmentEntity",
    params=(
        Param(
            "suggested_appointment_entity",
            "SuggestedAppointmentEntity",
            SUGGESTED_APPOINTMENT_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", SUGGESTED_APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/SaveSuggestedAppointmentEntity",
    rest_body="suggested_appointment_entity",
)
"""Updates the existing SuggestedAppointmentEntity or creates a new SuggestedAppointmentEntity
if the id parameter is 0."""

CREATE_DEFAULT_TASK_LIST_ITEM = Operation(
    "CreateDefaultTaskListItem",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultTaskListItem",
    results=(Param("response", "Response", TASK_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateDefaultTaskListItem",
)
"""Loading default values into a new TaskListItem."""

SAVE_TASK_LIST_ITEM = Operation(
    "SaveTaskListItem",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/SaveTaskListItem",
    params=(Param("task_list_item", "TaskListItem", TASK_LIST_ITEM_CODEC, nillable=True),),
    results=(Param("response", "Response", TASK_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/SaveTaskListItem",
    rest_body="task_list_item",
)
"""Updates the existing TaskListItem or creates a new TaskListItem if the id parameter is 0."""

GET_APPOINTMENT = Operation(
    "GetAppointment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAppointment",
    params=(Param("appointment_id", "AppointmentId", INT),),
    results=(Param("response", "Response", APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetAppointment",
)
"""Gets a Appointment object."""

TOGGLE_APPOINTMENT_STATUS = Operation(
    "ToggleAppointmentStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/ToggleAppointmentStatus",
    params=(Param("appointment_id", "AppointmentId", INT),),
    results=(Param("response", "Response", APPOINTMENT_STATUS_CODEC),),
    rest_path="/api/v1/Agents/Appointment/ToggleAppointmentStatus",
)
"""Sets an appointment's status to Completed if the appointment had a different status, or sets
the status to started if already set to completed."""

TOGGLE_ACTIVITY = Operation(
    "ToggleActivity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/ToggleActivity",
    params=(Param("activity_identifier", "ActivityIdentifier", STR, nillable=True),),
    results=(Param("response", "Response", ACTIVITY_STATUS_CODEC),),
    rest_path="/api/v1/Agents/Appointment/ToggleActivity",
)
"""Toggle the completed status for an activity."""

TOGGLE_ACTIVITIES = Operation(
    "ToggleActivities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/ToggleActivities",
    params=(Param("activity_identifier", "ActivityIdentifier", LIST_OF_STR_CODEC, nillable=True),),
    results=(Param("response", "Response", ACTIVITY_STATUS_CODEC),),
    rest_path="/api/v1/Agents/Appointment/ToggleActivities",
)
"""Toggle the completed status for an array of activities."""

SET_ACTIVITY_STATUS = Operation(
    "SetActivityStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/SetActivityStatus",
    params=(
        Param("activity_identifier", "ActivityIdentifier", LIST_OF_STR_CODEC, nillable=True),
        Param("activity_status", "ActivityStatus", ACTIVITY_STATUS_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/SetActivityStatus",
)
"""Sets the completed status for an array of activities."""

TOGGLE_AND_SET_ACTIVITIES = Operation(
    "ToggleAndSetActivities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/ToggleAndSetActivities",
    params=(
        Param("activity_identifiers", "ActivityIdentifiers", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/ToggleAndSetActivities",
)
"""Toggles the first activity and sets the rest of the activities to the result of the first
toggle."""

GET_APPOINTMENT_ENTITY = Operation(
    "GetAppointmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAppointmentEntity",
    params=(Param("appointment_entity_id", "AppointmentEntityId", INT),),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetAppointmentEntity",
)
"""Gets a AppointmentEntity object."""

CREATE_DEFAULT_APPOINTMENT_ENTITY_BY_TYPE = Operation(
    "CreateDefaultAppointmentEntityByType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultAppointmentEntityByType",
    params=(Param("type", "Type", TASK_TYPE_CODEC),),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateDefaultAppointmentEntityByType",
)
"""Creates an AppointmentEntity populated with the default values for the specific type."""

CREATE_APPOINTMENT_ENTITY_FROM_EXISTING = Operation(
    "CreateAppointmentEntityFromExisting",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateAppointmentEntityFromExisting",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("associate_id", "AssociateId", INT),
    ),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateAppointmentEntityFromExisting",
)
"""Creates an AppointmentEntity populated with values from an existing appointment."""

ACCEPT = Operation(
    "Accept",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/Accept",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/Accept",
)
"""Accepting an appointment invitation."""

CREATE_AND_ACCEPT = Operation(
    "CreateAndAccept",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateAndAccept",
    params=(
        Param("email_item_id", "EmailItemId", INT),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/CreateAndAccept",
)
"""Creating an appointment from an emailItem invitation and accepting it."""

ACCEPT_WITH_EMAIL_CONFIRMATION = Operation(
    "AcceptWithEmailConfirmation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/AcceptWithEmailConfirmation",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/AcceptWithEmailConfirmation",
)
"""Accepting an appointment invitation and send an email confirmation to the meeting organizer."""

CREATE_AND_ACCEPT_WITH_EMAIL_CONFIRMATION = Operation(
    "CreateAndAcceptWithEmailConfirmation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateAndAcceptWithEmailConfirmation",
    params=(
        Param("email_item_id", "EmailItemId", INT),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/CreateAndAcceptWithEmailConfirmation",
)
"""Creating an appointment from an emailItem invitation and accepting it with email
confirmation to the meeting organizer."""

REJECT = Operation(
    "Reject",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/Reject",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("reject_reason", "RejectReason", STR, nillable=True),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/Reject",
)
"""Rejecting an appointment invitation"""

REJECT_WITH_EMAIL_CONFIRMATION = Operation(
    "RejectWithEmailConfirmation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/RejectWithEmailConfirmation",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("reject_reason", "RejectReason", STR, nillable=True),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/RejectWithEmailConfirmation",
)
"""Rejecting an appointment invitation and send an email confirmation to the meeting organizer."""

DECLINE_INVITATION_FROM_EMAIL_ITEM = Operation(
    "DeclineInvitationFromEmailItem",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/DeclineInvitationFromEmailItem",
    params=(
        Param("email_item_id", "EmailItemId", INT),
        Param("reject_reason", "RejectReason", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Appointment/DeclineInvitationFromEmailItem",
)
"""Declining an appointment invitation where no tentative appointments have been created."""

GET_ORGANIZER_NAME = Operation(
    "GetOrganizerName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetOrganizerName",
    params=(Param("mother_appointment_id", "MotherAppointmentId", INT),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetOrganizerName",
)
"""Lookup the name / email of an event-organizer"""

SAVE = Operation(
    "Save",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/Save",
    params=(
        Param("appointment_entity", "AppointmentEntity", APPOINTMENT_ENTITY_CODEC, nillable=True),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
        Param("send_email_to_participants", "SendEmailToParticipants", BOOL),
        Param(
            "smtp_e_mail_connection_info",
            "SmtpEMailConnectionInfo",
            E_MAIL_CONNECTION_INFO_CODEC,
            nillable=True,
        ),
        Param(
            "imap_e_mail_connection_info",
            "ImapEMailConnectionInfo",
            E_MAIL_CONNECTION_INFO_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/Save",
)
"""Saving a booking."""

DELETE = Operation(
    "Delete",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/Delete",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
        Param("send_email_to_participants", "SendEmailToParticipants", BOOL),
        Param(
            "smtp_e_mail_connection_info",
            "SmtpEMailConnectionInfo",
            E_MAIL_CONNECTION_INFO_CODEC,
            nillable=True,
        ),
        Param(
            "imap_e_mail_connection_info",
            "ImapEMailConnectionInfo",
            E_MAIL_CONNECTION_INFO_CODEC,
            nillable=True,
        ),
    ),
    rest_path="/api/v1/Agents/Appointment/Delete",
)
"""Deleting a booking"""

CALCULATE_DAYS = Operation(
    "CalculateDays",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CalculateDays",
    params=(
        Param("appointment_entity", "AppointmentEntity", APPOINTMENT_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", RECURRENCE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CalculateDays",
)
"""Calculates the set of dates that represents a recurrence pattern."""

VALIDATE_DAYS = Operation(
    "ValidateDays",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/ValidateDays",
    params=(
        Param("appointment_entity", "AppointmentEntity", APPOINTMENT_ENTITY_CODEC, nillable=True),
        Param("dates", "Dates", LIST_OF_DATETIME_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_RECURRENCE_DATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/ValidateDays",
)
"""Validates the set of dates to calculate any conflicts."""

CREATE_DEFAULT_RECURRENCE = Operation(
    "CreateDefaultRecurrence",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultRecurrence",
    results=(Param("response", "Response", RECURRENCE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateDefaultRecurrence",
)
"""Creates a RecurrenceInfo object populated with the default values for the specific type."""

ASSIGN_TO = Operation(
    "AssignTo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/AssignTo",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("participant", "Participant", PARTICIPANT_INFO_CODEC, nillable=True),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/AssignTo",
)
"""Assigning an appointment to another person."""

SET_SEEN = Operation(
    "SetSeen",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/SetSeen",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/SetSeen",
)
"""Sets an appointment invitiation to seen."""

SET_SEEN_MANY = Operation(
    "SetSeenMany",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/SetSeenMany",
    params=(
        Param("appointment_ids", "AppointmentIds", LIST_OF_INT_CODEC, nillable=True),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/SetSeenMany",
)
"""Sets a list of appointment invitations to seen."""

MOVE = Operation(
    "Move",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/Move",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("new_start_time", "NewStartTime", DATETIME),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/Move",
)
"""Moving a booking to another start time."""

MOVE_WITH_EMAIL = Operation(
    "MoveWithEmail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/MoveWithEmail",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("new_start_time", "NewStartTime", DATETIME),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
        Param("send_email_to_participants", "SendEmailToParticipants", BOOL),
        Param(
            "smtp_e_mail_connection_info",
            "SmtpEMailConnectionInfo",
            E_MAIL_CONNECTION_INFO_CODEC,
            nillable=True,
        ),
        Param(
            "imap_e_mail_connection_info",
            "ImapEMailConnectionInfo",
            E_MAIL_CONNECTION_INFO_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/MoveWithEmail",
)
"""Moving a booking to another start time."""

MOVE_EXTENDED = Operation(
    "MoveExtended",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/MoveExtended",
    params=(
        Param(
            "appointment_move_data",
            "AppointmentMoveData",
            APPOINTMENT_MOVE_DATA_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/MoveExtended",
)
"""Moving a booking to another start time and with new info and possibly notifications."""

ACCEPT_REJECTED = Operation(
    "AcceptRejected",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/AcceptRejected",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/AcceptRejected",
)
"""Accept that an invited participant has rejected your invitation or assignment."""

CREATE_DEFAULT_RECURRENCE_BY_DATE = Operation(
    "CreateDefaultRecurrenceByDate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultRecurrenceByDate",
    params=(Param("start_date", "StartDate", DATETIME),),
    results=(Param("response", "Response", RECURRENCE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateDefaultRecurrenceByDate",
)
"""Creates a RecurrenceInfo object populated with the default values for the specific type."""

CLEAN_UP_BOOKING_DELETED = Operation(
    "CleanUpBookingDeleted",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CleanUpBookingDeleted",
    params=(Param("appointment_ids", "AppointmentIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Appointment/CleanUpBookingDeleted",
)
"""Deletes all appointments(within the appointmentIds array) with status BookingDeleted."""

CLEAN_UP_BOOKING_DELETED_WITH_UPDATE_MODE = Operation(
    "CleanUpBookingDeletedWithUpdateMode",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CleanUpBookingDeletedWithUpdateMode",
    params=(
        Param("appointment_ids", "AppointmentIds", LIST_OF_INT_CODEC, nillable=True),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/CleanUpBookingDeletedWithUpdateMode",
)
"""Deletes all appointments(within the appointmentIds array) with status BookingDeleted."""

CLEAN_UP_RECURRING_BOOKING_DELETED = Operation(
    "CleanUpRecurringBookingDeleted",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CleanUpRecurringBookingDeleted",
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Appointment/CleanUpRecurringBookingDeleted",
)
"""Deletes all appointments with status BookingDeleted and for in logged user."""

CREATE_DEFAULT_APPOINTMENT_ENTITY_BY_TYPE_AND_ASSOCIATE = Operation(
    "CreateDefaultAppointmentEntityByTypeAndAssociate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultAppointmentEntityByTypeAndAssociate",
    params=(
        Param("type", "Type", TASK_TYPE_CODEC),
        Param("associate_id", "AssociateId", INT),
    ),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateDefaultAppointmentEntityByTypeAndAssociate",
)
"""Creates a AppointmentEntity populated with the default values for the specific type and
owner."""

GET_CAN_INSERT_FOR_ASSOCIATES = Operation(
    "GetCanInsertForAssociates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetCanInsertForAssociates",
    params=(Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_BOOL_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetCanInsertForAssociates",
)
"""Check if current associate can create appointments in the diary of other associates."""

GET_APPOINTMENT_HAVE_PARTICIPANTS_WITH_EMAIL = Operation(
    "GetAppointmentHaveParticipantsWithEmail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAppointmentHaveParticipantsWithEmail",
    params=(Param("appointment_id", "AppointmentId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Appointment/GetAppointmentHaveParticipantsWithEmail",
)
"""GetAppointmentHaveParticipantsWithEmail will check if any of the participants is marked to
receive emails on this appointment."""

CREATE_DEFAULT_APPOINTMENT_ENTITY_FROM_SALE_SUGGESTION = Operation(
    "CreateDefaultAppointmentEntityFromSaleSuggestion",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultAppointmentEntityFromSaleSuggestion",
    params=(
        Param("suggested_appointment_id", "SuggestedAppointmentId", INT),
        Param("sale_id", "SaleId", INT),
        Param("create_now", "CreateNow", BOOL),
        Param("owner_id", "OwnerId", INT),
    ),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateDefaultAppointmentEntityFromSaleSuggestion",
)
"""Creates an appointment based on a suggested appointment."""

GET_NEXT_SUGGESTED_APPOINTMENT_BY_SALE = Operation(
    "GetNextSuggestedAppointmentBySale",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetNextSuggestedAppointmentBySale",
    params=(
        Param("sale_id", "SaleId", INT),
        Param("current_appointment_id", "CurrentAppointmentId", INT),
        Param("skip_complete_check", "SkipCompleteCheck", BOOL),
    ),
    results=(Param("response", "Response", SUGGESTED_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetNextSuggestedAppointmentBySale",
)
"""Gets the next suggested appointment for a given sale (or rather a given sale's guide)."""

CREATE_DEFAULT_RE_OPEN_APPOINTMENT = Operation(
    "CreateDefaultReOpenAppointment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultReOpenAppointment",
    params=(Param("sale_id", "SaleId", INT),),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateDefaultReOpenAppointment",
)
"""A re-open appointment should be created as a reminder to re-open the sale at a certain date
with information regarding the stalled sale."""

CREATE_DEFAULT_APPOINTMENT_ENTITY_FROM_PROJECT_SUGGESTION = Operation(
    "CreateDefaultAppointmentEntityFromProjectSuggestion",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultAppointmentEntityFromProjectSuggestion",
    params=(
        Param("suggested_appointment_id", "SuggestedAppointmentId", INT),
        Param("project_id", "ProjectId", INT),
        Param("create_now", "CreateNow", BOOL),
        Param("owner_id", "OwnerId", INT),
    ),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateDefaultAppointmentEntityFromProjectSuggestion",
)
"""NsApiSlow threshold: 2000 ms."""

CREATE_APPOINTMENT_FOR_UID = Operation(
    "CreateAppointmentForUID",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateAppointmentForUID",
    params=(
        Param("appointment_entity", "AppointmentEntity", APPOINTMENT_ENTITY_CODEC, nillable=True),
        Param("uid", "UID", STR, nillable=True),
    ),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateAppointmentForUID",
)
"""Create an invitation record and an appointment with a given UID to reserve it if the UID is
unused, otherwise null."""

GET_APPOINTMENT_FROM_UID = Operation(
    "GetAppointmentFromUID",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAppointmentFromUID",
    params=(Param("uid", "UID", STR, nillable=True),),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetAppointmentFromUID",
)
"""Get the appointment that corresponds to the given UID."""

CAN_ASSIGN_TO_PROJECT_MEMBER = Operation(
    "CanAssignToProjectMember",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CanAssignToProjectMember",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("suggested_appointment_id", "SuggestedAppointmentId", INT),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Appointment/CanAssignToProjectMember",
)
"""NsApiSlow threshold: 2000 ms."""

GET_UID_FROM_APPOINTMENT_ID = Operation(
    "GetUIDFromAppointmentId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetUIDFromAppointmentId",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("use_mother_id", "UseMotherId", BOOL),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetUIDFromAppointmentId",
)
"""Get the UID associated with the appointment id in the Invitation table."""

UPDATE_APPOINTMENT_FROM_ICS_RESPONSE = Operation(
    "UpdateAppointmentFromIcsResponse",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/UpdateAppointmentFromIcsResponse",
    params=(
        Param("email_address", "EmailAddress", STR, nillable=True),
        Param("ics_data", "IcsData", BYTES, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Appointment/UpdateAppointmentFromIcsResponse",
)
"""Update the attendance to an appointment based on incoming ICS RSVPs."""

VALIDATE_APPOINTMENT_ENTITY = Operation(
    "ValidateAppointmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/ValidateAppointmentEntity",
    params=(
        Param("appointment_entity", "AppointmentEntity", APPOINTMENT_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/ValidateAppointmentEntity",
)
"""Check that entity is ready for saving."""

WILL_SEND_EMAIL = Operation(
    "WillSendEmail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/WillSendEmail",
    params=(Param("appointment", "Appointment", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Appointment/WillSendEmail",
)
"""Returns true if the changes will trigger email sending on Save, so you can inform the user."""

ACCEPT_WITH_SMTP_EMAIL_CONFIRMATION = Operation(
    "AcceptWithSmtpEmailConfirmation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/AcceptWithSmtpEmailConfirmation",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
        Param(
            "smtp_e_mail_connection_info",
            "SmtpEMailConnectionInfo",
            E_MAIL_CONNECTION_INFO_CODEC,
            nillable=True,
        ),
    ),
    rest_path="/api/v1/Agents/Appointment/AcceptWithSmtpEmailConfirmation",
)
"""Accepting an appointment invitation and send an email confirmation to the meeting organizer."""

REJECT_WITH_SMTP_EMAIL_CONFIRMATION = Operation(
    "RejectWithSmtpEmailConfirmation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/RejectWithSmtpEmailConfirmation",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("reject_reason", "RejectReason", STR, nillable=True),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
        Param(
            "smtp_e_mail_connection_info",
            "SmtpEMailConnectionInfo",
            E_MAIL_CONNECTION_INFO_CODEC,
            nillable=True,
        ),
    ),
    rest_path="/api/v1/Agents/Appointment/RejectWithSmtpEmailConfirmation",
)
"""Rejecting an appointment invitation and send an email confirmation to the meeting organizer."""

GET_APPOINTMENT_EMAIL_INVITATION = Operation(
    "GetAppointmentEmailInvitation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAppointmentEmailInvitation",
    params=(
        Param("appointment", "Appointment", APPOINTMENT_ENTITY_CODEC, nillable=True),
        Param("template_name", "TemplateName", STR, nillable=True),
        Param("language", "Language", STR, nillable=True),
    ),
    results=(Param("response", "Response", E_MAIL_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetAppointmentEmailInvitation",
)
"""Create an EMailEntity (without an ical attachment) with the email sent to participants when
the appointment is saved"""

SAVE_WITH_CUSTOM_INVITATION = Operation(
    "SaveWithCustomInvitation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/SaveWithCustomInvitation",
    params=(
        Param("appointment_entity", "AppointmentEntity", APPOINTMENT_ENTITY_CODEC, nillable=True),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
        Param("send_email_to_participants", "SendEmailToParticipants", BOOL),
        Param(
            "smtp_e_mail_connection_info",
            "SmtpEMailConnectionInfo",
            E_MAIL_CONNECTION_INFO_CODEC,
            nillable=True,
        ),
        Param(
            "imap_e_mail_connection_info",
            "ImapEMailConnectionInfo",
            E_MAIL_CONNECTION_INFO_CODEC,
            nillable=True,
        ),
        Param("email_body", "EmailBody", STR, nillable=True),
        Param("subject", "Subject", STR, nillable=True),
        Param("template_language", "TemplateLanguage", STR, nillable=True),
    ),
    results=(Param("response", "Response", APPOINTMENT_SAVE_DATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/SaveWithCustomInvitation",
)
"""Save a booking and send a custom invitation email to participants"""

CONVERT_APPOINTMENT_TO_TASK = Operation(
    "ConvertAppointmentToTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/ConvertAppointmentToTask",
    params=(Param("appointment_id", "AppointmentId", INT),),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/ConvertAppointmentToTask",
)
"""Convert appointment to task if certain criteria are met (participants &lt; 2)"""

GET_APPOINTMENT_LIST = Operation(
    "GetAppointmentList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAppointmentList",
    params=(Param("appointment_ids", "AppointmentIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetAppointmentList",
    rest_body="appointment_ids",
)
"""Gets an array of Appointment objects."""

GET_MY_APPOINTMENTS = Operation(
    "GetMyAppointments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetMyAppointments",
    params=(
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetMyAppointments",
)
"""Method that returns a specified number of appointments within a time range."""

GET_PERSON_APPOINTMENTS = Operation(
    "GetPersonAppointments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetPersonAppointments",
    params=(
        Param("person_id", "PersonId", INT),
        Param("include_project_appointments", "IncludeProjectAppointments", BOOL),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetPersonAppointments",
)
"""Method that returns a specified number of appointments within a time range."""

GET_MY_DIARY = Operation(
    "GetMyDiary",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetMyDiary",
    params=(
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetMyDiary",
)
"""Method that returns a specified number of appointments within a time range."""

GET_MY_TASKS = Operation(
    "GetMyTasks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetMyTasks",
    params=(Param("count", "Count", INT),),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetMyTasks",
)
"""Method that returns a specified number of appointments within a time range."""

GET_PERSON_DIARY = Operation(
    "GetPersonDiary",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetPersonDiary",
    params=(
        Param("person_id", "PersonId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetPersonDiary",
)
"""Method that returns a specified number of appointments within a time range."""

GET_PERSON_TASKS = Operation(
    "GetPersonTasks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetPersonTasks",
    params=(
        Param("person_id", "PersonId", INT),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetPersonTasks",
)
"""Method that returns a specified number of appointments within a time range."""

GET_PERSON_APPOINTMENTS_BY_TYPE = Operation(
    "GetPersonAppointmentsByType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetPersonAppointmentsByType",
    params=(
        Param("person_id", "PersonId", INT),
        Param("include_project_appointments", "IncludeProjectAppointments", BOOL),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("appointment_type", "AppointmentType", APPOINTMENT_TYPE_CODEC),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetPersonAppointmentsByType",
)
"""Method that returns a specified number of appointments of a specific appointment type within
a time range."""

GET_PROJECT_APPOINTMENTS = Operation(
    "GetProjectAppointments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetProjectAppointments",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetProjectAppointments",
)
"""Method that returns a specified number of appointments within a time range."""

GET_PROJECT_APPOINTMENTS_BY_TYPE = Operation(
    "GetProjectAppointmentsByType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetProjectAppointmentsByType",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("appointment_type", "AppointmentType", APPOINTMENT_TYPE_CODEC),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetProjectAppointmentsByType",
)
"""Method that returns a specified number of appointments of a specific appointment type within
a time range."""

GET_CONTACT_APPOINTMENTS = Operation(
    "GetContactAppointments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetContactAppointments",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetContactAppointments",
)
"""Method that returns a specified number of appointments within a time range."""

GET_CONTACT_APPOINTMENTS_BY_TYPE = Operation(
    "GetContactAppointmentsByType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetContactAppointmentsByType",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("appointment_type", "AppointmentType", APPOINTMENT_TYPE_CODEC),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetContactAppointmentsByType",
)
"""Method that returns a specified number of appointments of a specific appointment type within
a time range."""

GET_PROJECT_MEMBER_APPOINTMENTS = Operation(
    "GetProjectMemberAppointments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetProjectMemberAppointments",
    params=(
        Param("person_id", "PersonId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetProjectMemberAppointments",
)
"""Method that returns a specified number of appointments within a time range."""

GET_PROJECT_MEMBER_APPOINTMENTS_BY_TYPE = Operation(
    "GetProjectMemberAppointmentsByType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetProjectMemberAppointmentsByType",
    params=(
        Param("person_id", "PersonId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("appointment_type", "AppointmentType", APPOINTMENT_TYPE_CODEC),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetProjectMemberAppointmentsByType",
)
"""Method that returns a specified number of appointments of a specific appointment type within
a time range."""

GET_PERSON_APPOINTMENTS_BY_TASK = Operation(
    "GetPersonAppointmentsByTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetPersonAppointmentsByTask",
    params=(
        Param("person_id", "PersonId", INT),
        Param("include_project_appointments", "IncludeProjectAppointments", BOOL),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("task_id", "TaskId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetPersonAppointmentsByTask",
)
"""Method that returns a specified number of appointments of a specific appointment task type
within a time range."""

GET_PERSON_APPOINTMENTS_BY_TASKS = Operation(
    "GetPersonAppointmentsByTasks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetPersonAppointmentsByTasks",
    params=(
        Param("person_id", "PersonId", INT),
        Param("include_project_appointments", "IncludeProjectAppointments", BOOL),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("task_ids", "TaskIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetPersonAppointmentsByTasks",
)
"""Method that returns a specified number of appointments from a list of appointment task types
within a time range."""

GET_PERSON_APPOINTMENTS_BY_TASK_HEADING = Operation(
    "GetPersonAppointmentsByTaskHeading",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetPersonAppointmentsByTaskHeading",
    params=(
        Param("person_id", "PersonId", INT),
        Param("include_project_appointments", "IncludeProjectAppointments", BOOL),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("task_heading_id", "TaskHeadingId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetPersonAppointmentsByTaskHeading",
)
"""Method that returns a specified number of appointments of a specific appointment task
heading within a time range."""

GET_PROJECT_APPOINTMENTS_BY_TASK = Operation(
    "GetProjectAppointmentsByTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetProjectAppointmentsByTask",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("task_id", "TaskId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetProjectAppointmentsByTask",
)
"""Method that returns a specified number of appointments of a specific appointment task type
within a time range."""

GET_PROJECT_APPOINTMENTS_BY_TASKS = Operation(
    "GetProjectAppointmentsByTasks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetProjectAppointmentsByTasks",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("task_ids", "TaskIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetProjectAppointmentsByTasks",
)
"""Method that returns a specified number of appointments matching the list of appointment task
types within a time range."""

GET_PROJECT_APPOINTMENTS_BY_TASK_HEADING = Operation(
    "GetProjectAppointmentsByTaskHeading",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetProjectAppointmentsByTaskHeading",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("task_heading_id", "TaskHeadingId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetProjectAppointmentsByTaskHeading",
)
"""Method that returns a specified number of appointments of a specific appointment task
heading within a time range."""

GET_PROJECT_MEMBER_APPOINTMENTS_BY_TASK = Operation(
    "GetProjectMemberAppointmentsByTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetProjectMemberAppointmentsByTask",
    params=(
        Param("person_id", "PersonId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("task_id", "TaskId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetProjectMemberAppointmentsByTask",
)
"""Method that returns a specified number of appointments of a specific appointment task type
within a time range."""

GET_PROJECT_MEMBER_APPOINTMENTS_BY_TASKS = Operation(
    "GetProjectMemberAppointmentsByTasks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetProjectMemberAppointmentsByTasks",
    params=(
        Param("person_id", "PersonId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("task_ids", "TaskIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetProjectMemberAppointmentsByTasks",
)
"""Method that returns a specified number of appointments matching a set of appointment task
types within a time range."""

GET_PROJECT_MEMBER_APPOINTMENTS_BY_TASK_HEADING = Operation(
    "GetProjectMemberAppointmentsByTaskHeading",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetProjectMemberAppointmentsByTaskHeading",
    params=(
        Param("person_id", "PersonId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("task_heading_id", "TaskHeadingId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetProjectMemberAppointmentsByTaskHeading",
)
"""Method that returns a specified number of appointments of a specific appointment task
heading within a time range."""

GET_CONTACT_APPOINTMENTS_BY_TASK = Operation(
    "GetContactAppointmentsByTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetContactAppointmentsByTask",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("task_id", "TaskId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetContactAppointmentsByTask",
)
"""Method that returns a specified number of appointments of a specific appointment task type
within a time range."""

GET_CONTACT_APPOINTMENTS_BY_TASKS = Operation(
    "GetContactAppointmentsByTasks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetContactAppointmentsByTasks",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("task_ids", "TaskIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetContactAppointmentsByTasks",
)
"""Method that returns a specified number of appointments belonging to an array of appointment
task types within a time range."""

GET_CONTACT_APPOINTMENTS_BY_TASK_HEADING = Operation(
    "GetContactAppointmentsByTaskHeading",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetContactAppointmentsByTaskHeading",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("start_time", "StartTime", DATETIME),
        Param("end_time", "EndTime", DATETIME),
        Param("count", "Count", INT),
        Param("task_heading_id", "TaskHeadingId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetContactAppointmentsByTaskHeading",
)
"""Method that returns a specified number of appointments of a specific appointment task
heading within a time range."""

OPERATIONS: dict[str, Operation] = {
    "GetPublishedAppointment": GET_PUBLISHED_APPOINTMENT,
    "GetPublishedAppointments": GET_PUBLISHED_APPOINTMENTS,
    "GetMyPublishedAppointments": GET_MY_PUBLISHED_APPOINTMENTS,
    "GetPublishedProjectAppointments": GET_PUBLISHED_PROJECT_APPOINTMENTS,
    "GetAppointmentsByTaskHeading": GET_APPOINTMENTS_BY_TASK_HEADING,
    "GetAssociateDiary": GET_ASSOCIATE_DIARY,
    "GetDiaryByGroup": GET_DIARY_BY_GROUP,
    "UpdateAppointment": UPDATE_APPOINTMENT,
    "UpdateAppointmentWithMode": UPDATE_APPOINTMENT_WITH_MODE,
    "UpdateAppointmentWithModeAndEmail": UPDATE_APPOINTMENT_WITH_MODE_AND_EMAIL,
    "GetAssociatesDiary": GET_ASSOCIATES_DIARY,
    "GetAssociatesDiaryInfo": GET_ASSOCIATES_DIARY_INFO,
    "GetAppointmentRecords": GET_APPOINTMENT_RECORDS,
    "GetMySyncAppointments": GET_MY_SYNC_APPOINTMENTS,
    "GetDayInformationListByDatesAndAssociate": GET_DAY_INFORMATION_LIST_BY_DATES_AND_ASSOCIATE,
    "GetActivityInformationListByDatesAndAssociate": GET_ACTIVITY_INFORMATION_LIST_BY_DATES_AND_ASSOCIATE,
    "GetRedLetterInformationListByDatesAndAssociate": GET_RED_LETTER_INFORMATION_LIST_BY_DATES_AND_ASSOCIATE,
    "GetAlarms": GET_ALARMS,
    "GetNextAvailableTime": GET_NEXT_AVAILABLE_TIME,
    "GenerateLead": GENERATE_LEAD,
    "RequestForInfo": REQUEST_FOR_INFO,
    "GetSuggestedAppointment": GET_SUGGESTED_APPOINTMENT,
    "GetSuggestedAppointmentEntity": GET_SUGGESTED_APPOINTMENT_ENTITY,
    "GetTaskListItem": GET_TASK_LIST_ITEM,
    "GetTaskListItems": GET_TASK_LIST_ITEMS,
    "CreateVideoMeetingReservation": CREATE_VIDEO_MEETING_RESERVATION,
    "DeleteVideoMeetingReservation": DELETE_VIDEO_MEETING_RESERVATION,
    "GetVideoMeetingConnectedState": GET_VIDEO_MEETING_CONNECTED_STATE,
    "CreateDefaultAppointmentEntity": CREATE_DEFAULT_APPOINTMENT_ENTITY,
    "SaveAppointmentEntity": SAVE_APPOINTMENT_ENTITY,
    "DeleteAppointmentEntity": DELETE_APPOINTMENT_ENTITY,
    "CreateDefaultSuggestedAppointmentEntity": CREATE_DEFAULT_SUGGESTED_APPOINTMENT_ENTITY,
    "SaveSuggestedAppointmentEntity": SAVE_SUGGESTED_APPOINTMENT_ENTITY,
    "CreateDefaultTaskListItem": CREATE_DEFAULT_TASK_LIST_ITEM,
    "SaveTaskListItem": SAVE_TASK_LIST_ITEM,
    "GetAppointment": GET_APPOINTMENT,
    "ToggleAppointmentStatus": TOGGLE_APPOINTMENT_STATUS,
    "ToggleActivity": TOGGLE_ACTIVITY,
    "ToggleActivities": TOGGLE_ACTIVITIES,
    "SetActivityStatus": SET_ACTIVITY_STATUS,
    "ToggleAndSetActivities": TOGGLE_AND_SET_ACTIVITIES,
    "GetAppointmentEntity": GET_APPOINTMENT_ENTITY,
    "CreateDefaultAppointmentEntityByType": CREATE_DEFAULT_APPOINTMENT_ENTITY_BY_TYPE,
    "CreateAppointmentEntityFromExisting": CREATE_APPOINTMENT_ENTITY_FROM_EXISTING,
    "Accept": ACCEPT,
    "CreateAndAccept": CREATE_AND_ACCEPT,
    "AcceptWithEmailConfirmation": ACCEPT_WITH_EMAIL_CONFIRMATION,
    "CreateAndAcceptWithEmailConfirmation": CREATE_AND_ACCEPT_WITH_EMAIL_CONFIRMATION,
    "Reject": REJECT,
    "RejectWithEmailConfirmation": REJECT_WITH_EMAIL_CONFIRMATION,
    "DeclineInvitationFromEmailItem": DECLINE_INVITATION_FROM_EMAIL_ITEM,
    "GetOrganizerName": GET_ORGANIZER_NAME,
    "Save": SAVE,
    "Delete": DELETE,
    "CalculateDays": CALCULATE_DAYS,
    "ValidateDays": VALIDATE_DAYS,
    "CreateDefaultRecurrence": CREATE_DEFAULT_RECURRENCE,
    "AssignTo": ASSIGN_TO,
    "SetSeen": SET_SEEN,
    "SetSeenMany": SET_SEEN_MANY,
    "Move": MOVE,
    "MoveWithEmail": MOVE_WITH_EMAIL,
    "MoveExtended": MOVE_EXTENDED,
    "AcceptRejected": ACCEPT_REJECTED,
    "CreateDefaultRecurrenceByDate": CREATE_DEFAULT_RECURRENCE_BY_DATE,
    "CleanUpBookingDeleted": CLEAN_UP_BOOKING_DELETED,
    "CleanUpBookingDeletedWithUpdateMode": CLEAN_UP_BOOKING_DELETED_WITH_UPDATE_MODE,
    "CleanUpRecurringBookingDeleted": CLEAN_UP_RECURRING_BOOKING_DELETED,
    "CreateDefaultAppointmentEntityByTypeAndAssociate": CREATE_DEFAULT_APPOINTMENT_ENTITY_BY_TYPE_AND_ASSOCIATE,
    "GetCanInsertForAssociates": GET_CAN_INSERT_FOR_ASSOCIATES,
    "GetAppointmentHaveParticipantsWithEmail": GET_APPOINTMENT_HAVE_PARTICIPANTS_WITH_EMAIL,
    "CreateDefaultAppointmentEntityFromSaleSuggestion": CREATE_DEFAULT_APPOINTMENT_ENTITY_FROM_SALE_SUGGESTION,
    "GetNextSuggestedAppointmentBySale": GET_NEXT_SUGGESTED_APPOINTMENT_BY_SALE,
    "CreateDefaultReOpenAppointment": CREATE_DEFAULT_RE_OPEN_APPOINTMENT,
    "CreateDefaultAppointmentEntityFromProjectSuggestion": CREATE_DEFAULT_APPOINTMENT_ENTITY_FROM_PROJECT_SUGGESTION,
    "CreateAppointmentForUID": CREATE_APPOINTMENT_FOR_UID,
    "GetAppointmentFromUID": GET_APPOINTMENT_FROM_UID,
    "CanAssignToProjectMember": CAN_ASSIGN_TO_PROJECT_MEMBER,
    "GetUIDFromAppointmentId": GET_UID_FROM_APPOINTMENT_ID,
    "UpdateAppointmentFromIcsResponse": UPDATE_APPOINTMENT_FROM_ICS_RESPONSE,
    "ValidateAppointmentEntity": VALIDATE_APPOINTMENT_ENTITY,
    "WillSendEmail": WILL_SEND_EMAIL,
    "AcceptWithSmtpEmailConfirmation": ACCEPT_WITH_SMTP_EMAIL_CONFIRMATION,
    "RejectWithSmtpEmailConfirmation": REJECT_WITH_SMTP_EMAIL_CONFIRMATION,
    "GetAppointmentEmailInvitation": GET_APPOINTMENT_EMAIL_INVITATION,
    "SaveWithCustomInvitation": SAVE_WITH_CUSTOM_INVITATION,
    "ConvertAppointmentToTask": CONVERT_APPOINTMENT_TO_TASK,
    "GetAppointmentList": GET_APPOINTMENT_LIST,
    "GetMyAppointments": GET_MY_APPOINTMENTS,
    "GetPersonAppointments": GET_PERSON_APPOINTMENTS,
    "GetMyDiary": GET_MY_DIARY,
    "GetMyTasks": GET_MY_TASKS,
    "GetPersonDiary": GET_PERSON_DIARY,
    "GetPersonTasks": GET_PERSON_TASKS,
    "GetPersonAppointmentsByType": GET_PERSON_APPOINTMENTS_BY_TYPE,
    "GetProjectAppointments": GET_PROJECT_APPOINTMENTS,
    "GetProjectAppointmentsByType": GET_PROJECT_APPOINTMENTS_BY_TYPE,
    "GetContactAppointments": GET_CONTACT_APPOINTMENTS,
    "GetContactAppointmentsByType": GET_CONTACT_APPOINTMENTS_BY_TYPE,
    "GetProjectMemberAppointments": GET_PROJECT_MEMBER_APPOINTMENTS,
    "GetProjectMemberAppointmentsByType": GET_PROJECT_MEMBER_APPOINTMENTS_BY_TYPE,
    "GetPersonAppointmentsByTask": GET_PERSON_APPOINTMENTS_BY_TASK,
    "GetPersonAppointmentsByTasks": GET_PERSON_APPOINTMENTS_BY_TASKS,
    "GetPersonAppointmentsByTaskHeading": GET_PERSON_APPOINTMENTS_BY_TASK_HEADING,
    "GetProjectAppointmentsByTask": GET_PROJECT_APPOINTMENTS_BY_TASK,
    "GetProjectAppointmentsByTasks": GET_PROJECT_APPOINTMENTS_BY_TASKS,
    "GetProjectAppointmentsByTaskHeading": GET_PROJECT_APPOINTMENTS_BY_TASK_HEADING,
    "GetProjectMemberAppointmentsByTask": GET_PROJECT_MEMBER_APPOINTMENTS_BY_TASK,
    "GetProjectMemberAppointmentsByTasks": GET_PROJECT_MEMBER_APPOINTMENTS_BY_TASKS,
    "GetProjectMemberAppointmentsByTaskHeading": GET_PROJECT_MEMBER_APPOINTMENTS_BY_TASK_HEADING,
    "GetContactAppointmentsByTask": GET_CONTACT_APPOINTMENTS_BY_TASK,
    "GetContactAppointmentsByTasks": GET_CONTACT_APPOINTMENTS_BY_TASKS,
    "GetContactAppointmentsByTaskHeading": GET_CONTACT_APPOINTMENTS_BY_TASK_HEADING,
}
