"""Services88 Appointment agent (``Remote/Services88/Appointment.svc``).

``AppointmentAgent`` and ``AsyncAppointmentAgent`` call it over SOAP,
``AppointmentRestAgent`` and ``AsyncAppointmentRestAgent`` over REST; all four share the
same typed methods and dataclasses.
"""

from __future__ import annotations

import datetime
from typing import Any

from ..runtime import BOOL, BYTES, DATETIME, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.activity_information_list_item import (
    LIST_OF_ACTIVITY_INFORMATION_LIST_ITEM_CODEC,
    ActivityInformationListItem,
)
from .types.activity_status import ACTIVITY_STATUS_CODEC, ActivityStatus
from .types.appointment import APPOINTMENT_CODEC, LIST_OF_APPOINTMENT_CODEC, Appointment
from .types.appointment_entity import APPOINTMENT_ENTITY_CODEC, AppointmentEntity
from .types.appointment_info import LIST_OF_APPOINTMENT_INFO_CODEC, AppointmentInfo
from .types.appointment_move_data import APPOINTMENT_MOVE_DATA_CODEC, AppointmentMoveData
from .types.appointment_save_data import APPOINTMENT_SAVE_DATA_CODEC, AppointmentSaveData
from .types.appointment_status import APPOINTMENT_STATUS_CODEC, AppointmentStatus
from .types.appointment_sync_data import LIST_OF_APPOINTMENT_SYNC_DATA_CODEC, AppointmentSyncData
from .types.appointment_type import APPOINTMENT_TYPE_CODEC, AppointmentType
from .types.day_information_list_item import (
    LIST_OF_DAY_INFORMATION_LIST_ITEM_CODEC,
    DayInformationListItem,
)
from .types.e_mail_connection_info import E_MAIL_CONNECTION_INFO_CODEC, EMailConnectionInfo
from .types.e_mail_entity import E_MAIL_ENTITY_CODEC, EMailEntity
from .types.list_of_bool import LIST_OF_BOOL_CODEC
from .types.list_of_datetime import LIST_OF_DATETIME_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.multi_alarm_data import MULTI_ALARM_DATA_CODEC, MultiAlarmData
from .types.next_available_time import LIST_OF_NEXT_AVAILABLE_TIME_CODEC, NextAvailableTime
from .types.participant_info import PARTICIPANT_INFO_CODEC, ParticipantInfo
from .types.recurrence_date import LIST_OF_RECURRENCE_DATE_CODEC, RecurrenceDate
from .types.recurrence_info import RECURRENCE_INFO_CODEC, RecurrenceInfo
from .types.recurrence_update_mode import RECURRENCE_UPDATE_MODE_CODEC, RecurrenceUpdateMode
from .types.red_letter_information_list_item import (
    LIST_OF_RED_LETTER_INFORMATION_LIST_ITEM_CODEC,
    RedLetterInformationListItem,
)
from .types.sales_activity import SALES_ACTIVITY_CODEC, SalesActivity
from .types.string_dictionary import STRING_DICTIONARY_CODEC
from .types.suggested_appointment import SUGGESTED_APPOINTMENT_CODEC, SuggestedAppointment
from .types.suggested_appointment_entity import (
    SUGGESTED_APPOINTMENT_ENTITY_CODEC,
    SuggestedAppointmentEntity,
)
from .types.task_list_item import LIST_OF_TASK_LIST_ITEM_CODEC, TASK_LIST_ITEM_CODEC, TaskListItem
from .types.task_type import TASK_TYPE_CODEC, TaskType
from .types.user_connected_state import USER_CONNECTED_STATE_CODEC, UserConnectedState
from .types.video_meeting_reservation import (
    VIDEO_MEETING_RESERVATION_CODEC,
    VideoMeetingReservation,
)

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_PUBLISHED_APPOINTMENT: Operation[Appointment | None] = Operation(
    "GetPublishedAppointment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetPublishedAppointment",
    params=(Param("appointment_id", "AppointmentId", INT),),
    results=(Param("response", "Response", APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetPublishedAppointment",
)

GET_PUBLISHED_APPOINTMENTS: Operation[list[Appointment | None] | None] = Operation(
    "GetPublishedAppointments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetPublishedAppointments",
    params=(Param("appointment_ids", "AppointmentIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetPublishedAppointments",
)

GET_MY_PUBLISHED_APPOINTMENTS: Operation[list[Appointment | None] | None] = Operation(
    "GetMyPublishedAppointments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetMyPublishedAppointments",
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetMyPublishedAppointments",
)

GET_PUBLISHED_PROJECT_APPOINTMENTS: Operation[list[Appointment | None] | None] = Operation(
    "GetPublishedProjectAppointments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetPublishedProjectAppointments",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetPublishedProjectAppointments",
)

GET_APPOINTMENTS_BY_TASK_HEADING: Operation[list[Appointment | None] | None] = Operation(
    "GetAppointmentsByTaskHeading",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAppointmentsByTaskHeading",
    params=(Param("task_heading_id", "TaskHeadingId", INT),),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetAppointmentsByTaskHeading",
)

GET_ASSOCIATE_DIARY: Operation[list[Appointment | None] | None] = Operation(
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

GET_DIARY_BY_GROUP: Operation[list[Appointment | None] | None] = Operation(
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

UPDATE_APPOINTMENT: Operation[Appointment | None] = Operation(
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

UPDATE_APPOINTMENT_WITH_MODE: Operation[Appointment | None] = Operation(
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

UPDATE_APPOINTMENT_WITH_MODE_AND_EMAIL: Operation[Appointment | None] = Operation(
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

GET_ASSOCIATES_DIARY: Operation[list[Appointment | None] | None] = Operation(
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

GET_ASSOCIATES_DIARY_INFO: Operation[list[AppointmentInfo | None] | None] = Operation(
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

GET_APPOINTMENT_RECORDS: Operation[list[Appointment | None] | None] = Operation(
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

GET_MY_SYNC_APPOINTMENTS: Operation[list[AppointmentSyncData | None] | None] = Operation(
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

GET_DAY_INFORMATION_LIST_BY_DATES_AND_ASSOCIATE: Operation[
    list[DayInformationListItem | None] | None
] = Operation(
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

GET_ACTIVITY_INFORMATION_LIST_BY_DATES_AND_ASSOCIATE: Operation[
    list[ActivityInformationListItem | None] | None
] = Operation(
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

GET_RED_LETTER_INFORMATION_LIST_BY_DATES_AND_ASSOCIATE: Operation[
    list[RedLetterInformationListItem | None] | None
] = Operation(
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

GET_ALARMS: Operation[MultiAlarmData | None] = Operation(
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

GET_NEXT_AVAILABLE_TIME: Operation[list[NextAvailableTime | None] | None] = Operation(
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

GENERATE_LEAD: Operation[SalesActivity | None] = Operation(
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

REQUEST_FOR_INFO: Operation[SalesActivity | None] = Operation(
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

GET_SUGGESTED_APPOINTMENT: Operation[SuggestedAppointment | None] = Operation(
    "GetSuggestedAppointment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetSuggestedAppointment",
    params=(
        Param(
            "suggested_appointment_id",
            "SuggestedAppointmentId",
            INT,
            query="suggestedAppointmentId",
        ),
    ),
    results=(Param("response", "Response", SUGGESTED_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetSuggestedAppointment",
)

GET_SUGGESTED_APPOINTMENT_ENTITY: Operation[SuggestedAppointmentEntity | None] = Operation(
    "GetSuggestedAppointmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetSuggestedAppointmentEntity",
    params=(
        Param(
            "suggested_appointment_entity_id",
            "SuggestedAppointmentEntityId",
            INT,
            query="suggestedAppointmentEntityId",
        ),
    ),
    results=(Param("response", "Response", SUGGESTED_APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetSuggestedAppointmentEntity",
)

GET_TASK_LIST_ITEM: Operation[TaskListItem | None] = Operation(
    "GetTaskListItem",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetTaskListItem",
    params=(Param("task_list_item_id", "TaskListItemId", INT, query="taskListItemId"),),
    results=(Param("response", "Response", TASK_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetTaskListItem",
)

GET_TASK_LIST_ITEMS: Operation[list[TaskListItem | None] | None] = Operation(
    "GetTaskListItems",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetTaskListItems",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_TASK_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetTaskListItems",
)

CREATE_VIDEO_MEETING_RESERVATION: Operation[VideoMeetingReservation | None] = Operation(
    "CreateVideoMeetingReservation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateVideoMeetingReservation",
    results=(Param("response", "Response", VIDEO_MEETING_RESERVATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateVideoMeetingReservation",
)

DELETE_VIDEO_MEETING_RESERVATION: Operation[None] = Operation(
    "DeleteVideoMeetingReservation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/DeleteVideoMeetingReservation",
    params=(Param("video_meeting_id", "VideoMeetingId", STR, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/DeleteVideoMeetingReservation",
)

GET_VIDEO_MEETING_CONNECTED_STATE: Operation[UserConnectedState | None] = Operation(
    "GetVideoMeetingConnectedState",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetVideoMeetingConnectedState",
    results=(Param("response", "Response", USER_CONNECTED_STATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetVideoMeetingConnectedState",
)

CREATE_DEFAULT_APPOINTMENT_ENTITY: Operation[AppointmentEntity | None] = Operation(
    "CreateDefaultAppointmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultAppointmentEntity",
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateDefaultAppointmentEntity",
    rest_select=False,
)

SAVE_APPOINTMENT_ENTITY: Operation[AppointmentEntity | None] = Operation(
    "SaveAppointmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/SaveAppointmentEntity",
    params=(
        Param("appointment_entity", "AppointmentEntity", APPOINTMENT_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/SaveAppointmentEntity",
    rest_body="appointment_entity",
    rest_select=False,
)

DELETE_APPOINTMENT_ENTITY: Operation[None] = Operation(
    "DeleteAppointmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/DeleteAppointmentEntity",
    params=(
        Param("appointment_entity_id", "AppointmentEntityId", INT, query="appointmentEntityId"),
    ),
    rest_path="/api/v1/Agents/Appointment/DeleteAppointmentEntity",
    rest_select=False,
)

CREATE_DEFAULT_SUGGESTED_APPOINTMENT_ENTITY: Operation[SuggestedAppointmentEntity | None] = (
    Operation(
        "CreateDefaultSuggestedAppointmentEntity",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultSuggestedAppointmentEntity",
        results=(
            Param("response", "Response", SUGGESTED_APPOINTMENT_ENTITY_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/Appointment/CreateDefaultSuggestedAppointmentEntity",
        rest_select=False,
    )
)

SAVE_SUGGESTED_APPOINTMENT_ENTITY: Operation[SuggestedAppointmentEntity | None] = Operation(
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
    rest_select=False,
)

CREATE_DEFAULT_TASK_LIST_ITEM: Operation[TaskListItem | None] = Operation(
    "CreateDefaultTaskListItem",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultTaskListItem",
    results=(Param("response", "Response", TASK_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateDefaultTaskListItem",
    rest_select=False,
)

SAVE_TASK_LIST_ITEM: Operation[TaskListItem | None] = Operation(
    "SaveTaskListItem",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/SaveTaskListItem",
    params=(Param("task_list_item", "TaskListItem", TASK_LIST_ITEM_CODEC, nillable=True),),
    results=(Param("response", "Response", TASK_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/SaveTaskListItem",
    rest_body="task_list_item",
    rest_select=False,
)

GET_APPOINTMENT: Operation[Appointment | None] = Operation(
    "GetAppointment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAppointment",
    params=(Param("appointment_id", "AppointmentId", INT, query="appointmentId"),),
    results=(Param("response", "Response", APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetAppointment",
)

TOGGLE_APPOINTMENT_STATUS: Operation[AppointmentStatus | str | None] = Operation(
    "ToggleAppointmentStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/ToggleAppointmentStatus",
    params=(Param("appointment_id", "AppointmentId", INT),),
    results=(Param("response", "Response", APPOINTMENT_STATUS_CODEC),),
    rest_path="/api/v1/Agents/Appointment/ToggleAppointmentStatus",
)

TOGGLE_ACTIVITY: Operation[ActivityStatus | str | None] = Operation(
    "ToggleActivity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/ToggleActivity",
    params=(Param("activity_identifier", "ActivityIdentifier", STR, nillable=True),),
    results=(Param("response", "Response", ACTIVITY_STATUS_CODEC),),
    rest_path="/api/v1/Agents/Appointment/ToggleActivity",
)

TOGGLE_ACTIVITIES: Operation[ActivityStatus | str | None] = Operation(
    "ToggleActivities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/ToggleActivities",
    params=(Param("activity_identifier", "ActivityIdentifier", LIST_OF_STR_CODEC, nillable=True),),
    results=(Param("response", "Response", ACTIVITY_STATUS_CODEC),),
    rest_path="/api/v1/Agents/Appointment/ToggleActivities",
)

SET_ACTIVITY_STATUS: Operation[None] = Operation(
    "SetActivityStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/SetActivityStatus",
    params=(
        Param("activity_identifier", "ActivityIdentifier", LIST_OF_STR_CODEC, nillable=True),
        Param("activity_status", "ActivityStatus", ACTIVITY_STATUS_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/SetActivityStatus",
)

TOGGLE_AND_SET_ACTIVITIES: Operation[list[str | None] | None] = Operation(
    "ToggleAndSetActivities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/ToggleAndSetActivities",
    params=(
        Param("activity_identifiers", "ActivityIdentifiers", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/ToggleAndSetActivities",
)

GET_APPOINTMENT_ENTITY: Operation[AppointmentEntity | None] = Operation(
    "GetAppointmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAppointmentEntity",
    params=(
        Param("appointment_entity_id", "AppointmentEntityId", INT, query="appointmentEntityId"),
    ),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetAppointmentEntity",
)

CREATE_DEFAULT_APPOINTMENT_ENTITY_BY_TYPE: Operation[AppointmentEntity | None] = Operation(
    "CreateDefaultAppointmentEntityByType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultAppointmentEntityByType",
    params=(Param("type", "Type", TASK_TYPE_CODEC),),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateDefaultAppointmentEntityByType",
)

CREATE_APPOINTMENT_ENTITY_FROM_EXISTING: Operation[AppointmentEntity | None] = Operation(
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

ACCEPT: Operation[None] = Operation(
    "Accept",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/Accept",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/Accept",
)

CREATE_AND_ACCEPT: Operation[None] = Operation(
    "CreateAndAccept",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateAndAccept",
    params=(
        Param("email_item_id", "EmailItemId", INT),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/CreateAndAccept",
)

ACCEPT_WITH_EMAIL_CONFIRMATION: Operation[None] = Operation(
    "AcceptWithEmailConfirmation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/AcceptWithEmailConfirmation",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/AcceptWithEmailConfirmation",
)

CREATE_AND_ACCEPT_WITH_EMAIL_CONFIRMATION: Operation[None] = Operation(
    "CreateAndAcceptWithEmailConfirmation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateAndAcceptWithEmailConfirmation",
    params=(
        Param("email_item_id", "EmailItemId", INT),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/CreateAndAcceptWithEmailConfirmation",
)

REJECT: Operation[None] = Operation(
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

REJECT_WITH_EMAIL_CONFIRMATION: Operation[None] = Operation(
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

DECLINE_INVITATION_FROM_EMAIL_ITEM: Operation[None] = Operation(
    "DeclineInvitationFromEmailItem",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/DeclineInvitationFromEmailItem",
    params=(
        Param("email_item_id", "EmailItemId", INT),
        Param("reject_reason", "RejectReason", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Appointment/DeclineInvitationFromEmailItem",
)

GET_ORGANIZER_NAME: Operation[str | None] = Operation(
    "GetOrganizerName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetOrganizerName",
    params=(Param("mother_appointment_id", "MotherAppointmentId", INT),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetOrganizerName",
)

SAVE: Operation[AppointmentEntity | None] = Operation(
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

DELETE: Operation[None] = Operation(
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

CALCULATE_DAYS: Operation[RecurrenceInfo | None] = Operation(
    "CalculateDays",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CalculateDays",
    params=(
        Param("appointment_entity", "AppointmentEntity", APPOINTMENT_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", RECURRENCE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CalculateDays",
)

VALIDATE_DAYS: Operation[list[RecurrenceDate | None] | None] = Operation(
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

CREATE_DEFAULT_RECURRENCE: Operation[RecurrenceInfo | None] = Operation(
    "CreateDefaultRecurrence",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultRecurrence",
    results=(Param("response", "Response", RECURRENCE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateDefaultRecurrence",
)

ASSIGN_TO: Operation[AppointmentEntity | None] = Operation(
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

SET_SEEN: Operation[None] = Operation(
    "SetSeen",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/SetSeen",
    params=(
        Param("appointment_id", "AppointmentId", INT),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/SetSeen",
)

SET_SEEN_MANY: Operation[None] = Operation(
    "SetSeenMany",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/SetSeenMany",
    params=(
        Param("appointment_ids", "AppointmentIds", LIST_OF_INT_CODEC, nillable=True),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/SetSeenMany",
)

MOVE: Operation[AppointmentEntity | None] = Operation(
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

MOVE_WITH_EMAIL: Operation[AppointmentEntity | None] = Operation(
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

MOVE_EXTENDED: Operation[AppointmentEntity | None] = Operation(
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

ACCEPT_REJECTED: Operation[AppointmentEntity | None] = Operation(
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

CREATE_DEFAULT_RECURRENCE_BY_DATE: Operation[RecurrenceInfo | None] = Operation(
    "CreateDefaultRecurrenceByDate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultRecurrenceByDate",
    params=(Param("start_date", "StartDate", DATETIME),),
    results=(Param("response", "Response", RECURRENCE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateDefaultRecurrenceByDate",
)

CLEAN_UP_BOOKING_DELETED: Operation[int | None] = Operation(
    "CleanUpBookingDeleted",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CleanUpBookingDeleted",
    params=(Param("appointment_ids", "AppointmentIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Appointment/CleanUpBookingDeleted",
)

CLEAN_UP_BOOKING_DELETED_WITH_UPDATE_MODE: Operation[None] = Operation(
    "CleanUpBookingDeletedWithUpdateMode",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CleanUpBookingDeletedWithUpdateMode",
    params=(
        Param("appointment_ids", "AppointmentIds", LIST_OF_INT_CODEC, nillable=True),
        Param("update_mode", "UpdateMode", RECURRENCE_UPDATE_MODE_CODEC),
    ),
    rest_path="/api/v1/Agents/Appointment/CleanUpBookingDeletedWithUpdateMode",
)

CLEAN_UP_RECURRING_BOOKING_DELETED: Operation[int | None] = Operation(
    "CleanUpRecurringBookingDeleted",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CleanUpRecurringBookingDeleted",
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Appointment/CleanUpRecurringBookingDeleted",
)

CREATE_DEFAULT_APPOINTMENT_ENTITY_BY_TYPE_AND_ASSOCIATE: Operation[AppointmentEntity | None] = (
    Operation(
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
)

GET_CAN_INSERT_FOR_ASSOCIATES: Operation[list[bool] | None] = Operation(
    "GetCanInsertForAssociates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetCanInsertForAssociates",
    params=(Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_BOOL_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetCanInsertForAssociates",
)

GET_APPOINTMENT_HAVE_PARTICIPANTS_WITH_EMAIL: Operation[bool | None] = Operation(
    "GetAppointmentHaveParticipantsWithEmail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAppointmentHaveParticipantsWithEmail",
    params=(Param("appointment_id", "AppointmentId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Appointment/GetAppointmentHaveParticipantsWithEmail",
)

CREATE_DEFAULT_APPOINTMENT_ENTITY_FROM_SALE_SUGGESTION: Operation[AppointmentEntity | None] = (
    Operation(
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
)

GET_NEXT_SUGGESTED_APPOINTMENT_BY_SALE: Operation[SuggestedAppointment | None] = Operation(
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

CREATE_DEFAULT_RE_OPEN_APPOINTMENT: Operation[AppointmentEntity | None] = Operation(
    "CreateDefaultReOpenAppointment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/CreateDefaultReOpenAppointment",
    params=(Param("sale_id", "SaleId", INT),),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/CreateDefaultReOpenAppointment",
)

CREATE_DEFAULT_APPOINTMENT_ENTITY_FROM_PROJECT_SUGGESTION: Operation[AppointmentEntity | None] = (
    Operation(
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
)

CREATE_APPOINTMENT_FOR_UID: Operation[AppointmentEntity | None] = Operation(
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

GET_APPOINTMENT_FROM_UID: Operation[AppointmentEntity | None] = Operation(
    "GetAppointmentFromUID",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAppointmentFromUID",
    params=(Param("uid", "UID", STR, nillable=True),),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetAppointmentFromUID",
)

CAN_ASSIGN_TO_PROJECT_MEMBER: Operation[bool | None] = Operation(
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

GET_UID_FROM_APPOINTMENT_ID: Operation[str | None] = Operation(
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

UPDATE_APPOINTMENT_FROM_ICS_RESPONSE: Operation[bool | None] = Operation(
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

VALIDATE_APPOINTMENT_ENTITY: Operation[dict[str, str | None] | None] = Operation(
    "ValidateAppointmentEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/ValidateAppointmentEntity",
    params=(
        Param("appointment_entity", "AppointmentEntity", APPOINTMENT_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/ValidateAppointmentEntity",
)

WILL_SEND_EMAIL: Operation[bool | None] = Operation(
    "WillSendEmail",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/WillSendEmail",
    params=(Param("appointment", "Appointment", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Appointment/WillSendEmail",
)

ACCEPT_WITH_SMTP_EMAIL_CONFIRMATION: Operation[None] = Operation(
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

REJECT_WITH_SMTP_EMAIL_CONFIRMATION: Operation[None] = Operation(
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

GET_APPOINTMENT_EMAIL_INVITATION: Operation[EMailEntity | None] = Operation(
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

SAVE_WITH_CUSTOM_INVITATION: Operation[AppointmentSaveData | None] = Operation(
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

CONVERT_APPOINTMENT_TO_TASK: Operation[AppointmentEntity | None] = Operation(
    "ConvertAppointmentToTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/ConvertAppointmentToTask",
    params=(Param("appointment_id", "AppointmentId", INT),),
    results=(Param("response", "Response", APPOINTMENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/ConvertAppointmentToTask",
)

GET_APPOINTMENT_LIST: Operation[list[Appointment | None] | None] = Operation(
    "GetAppointmentList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetAppointmentList",
    params=(Param("appointment_ids", "AppointmentIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetAppointmentList",
    rest_body="appointment_ids",
)

GET_MY_APPOINTMENTS: Operation[list[Appointment | None] | None] = Operation(
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

GET_PERSON_APPOINTMENTS: Operation[list[Appointment | None] | None] = Operation(
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

GET_MY_DIARY: Operation[list[Appointment | None] | None] = Operation(
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

GET_MY_TASKS: Operation[list[Appointment | None] | None] = Operation(
    "GetMyTasks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Appointment/GetMyTasks",
    params=(Param("count", "Count", INT),),
    results=(Param("response", "Response", LIST_OF_APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Appointment/GetMyTasks",
)

GET_PERSON_DIARY: Operation[list[Appointment | None] | None] = Operation(
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

GET_PERSON_TASKS: Operation[list[Appointment | None] | None] = Operation(
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

GET_PERSON_APPOINTMENTS_BY_TYPE: Operation[list[Appointment | None] | None] = Operation(
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

GET_PROJECT_APPOINTMENTS: Operation[list[Appointment | None] | None] = Operation(
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

GET_PROJECT_APPOINTMENTS_BY_TYPE: Operation[list[Appointment | None] | None] = Operation(
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

GET_CONTACT_APPOINTMENTS: Operation[list[Appointment | None] | None] = Operation(
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

GET_CONTACT_APPOINTMENTS_BY_TYPE: Operation[list[Appointment | None] | None] = Operation(
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

GET_PROJECT_MEMBER_APPOINTMENTS: Operation[list[Appointment | None] | None] = Operation(
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

GET_PROJECT_MEMBER_APPOINTMENTS_BY_TYPE: Operation[list[Appointment | None] | None] = Operation(
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

GET_PERSON_APPOINTMENTS_BY_TASK: Operation[list[Appointment | None] | None] = Operation(
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

GET_PERSON_APPOINTMENTS_BY_TASKS: Operation[list[Appointment | None] | None] = Operation(
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

GET_PERSON_APPOINTMENTS_BY_TASK_HEADING: Operation[list[Appointment | None] | None] = Operation(
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

GET_PROJECT_APPOINTMENTS_BY_TASK: Operation[list[Appointment | None] | None] = Operation(
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

GET_PROJECT_APPOINTMENTS_BY_TASKS: Operation[list[Appointment | None] | None] = Operation(
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

GET_PROJECT_APPOINTMENTS_BY_TASK_HEADING: Operation[list[Appointment | None] | None] = Operation(
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

GET_PROJECT_MEMBER_APPOINTMENTS_BY_TASK: Operation[list[Appointment | None] | None] = Operation(
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

GET_PROJECT_MEMBER_APPOINTMENTS_BY_TASKS: Operation[list[Appointment | None] | None] = Operation(
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

GET_PROJECT_MEMBER_APPOINTMENTS_BY_TASK_HEADING: Operation[list[Appointment | None] | None] = (
    Operation(
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
)

GET_CONTACT_APPOINTMENTS_BY_TASK: Operation[list[Appointment | None] | None] = Operation(
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

GET_CONTACT_APPOINTMENTS_BY_TASKS: Operation[list[Appointment | None] | None] = Operation(
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

GET_CONTACT_APPOINTMENTS_BY_TASK_HEADING: Operation[list[Appointment | None] | None] = Operation(
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

OPERATIONS: dict[str, Operation[Any]] = {
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


class AppointmentMethods(SyncCalls):
    """The Appointment operations, called synchronously (SOAP or REST)."""

    def get_published_appointment(
        self, *, appointment_id: int | Unset = UNSET
    ) -> Appointment | None:
        """Get published appointment by appointment id.

        Returns:
            The result.
        """
        return self._call(GET_PUBLISHED_APPOINTMENT, (appointment_id,))

    def get_published_appointments(
        self, *, appointment_ids: list[int] | None | Unset = UNSET
    ) -> list[Appointment | None] | None:
        """Get published appointments by appointment ids.

        Returns:
            The result.
        """
        return self._call(GET_PUBLISHED_APPOINTMENTS, (appointment_ids,))

    def get_my_published_appointments(self) -> list[Appointment | None] | None:
        """Get published appointments from the logged in user.

        Returns:
            The result.
        """
        return self._call(GET_MY_PUBLISHED_APPOINTMENTS, ())

    def get_published_project_appointments(
        self, *, project_id: int | Unset = UNSET
    ) -> list[Appointment | None] | None:
        """Get published appointments by project id.

        Returns:
            The result.
        """
        return self._call(GET_PUBLISHED_PROJECT_APPOINTMENTS, (project_id,))

    def get_appointments_by_task_heading(
        self, *, task_heading_id: int | Unset = UNSET
    ) -> list[Appointment | None] | None:
        """Method that returns appointments of a specific appointment task heading.

        Returns:
            The result.
        """
        return self._call(GET_APPOINTMENTS_BY_TASK_HEADING, (task_heading_id,))

    def get_associate_diary(
        self,
        *,
        associate_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(GET_ASSOCIATE_DIARY, (associate_id, start_time, end_time, count))

    def get_diary_by_group(
        self,
        *,
        group_id: int | Unset = UNSET,
        group_type: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(GET_DIARY_BY_GROUP, (group_id, group_type, start_time, end_time, count))

    def update_appointment(
        self,
        *,
        id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: int | Unset = UNSET,
        type: int | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> Appointment | None:
        """Updates an appointment record.

        Returns:
            The result.
        """
        return self._call(
            UPDATE_APPOINTMENT, (id, start_time, end_time, status, type, associate_id)
        )

    def update_appointment_with_mode(
        self,
        *,
        id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: AppointmentStatus | str | Unset = UNSET,
        type: AppointmentType | str | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> Appointment | None:
        """Updates an appointment record, taking the given recurrence update mode into account.

        Returns:
            The result.
        """
        return self._call(
            UPDATE_APPOINTMENT_WITH_MODE,
            (id, start_time, end_time, status, type, associate_id, update_mode),
        )

    def update_appointment_with_mode_and_email(
        self,
        *,
        id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: AppointmentStatus | str | Unset = UNSET,
        type: AppointmentType | str | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
        send_email_to_participants: bool | Unset = UNSET,
        smtp_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
        imap_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
    ) -> Appointment | None:
        """Updates an appointment record, taking the given recurrence update mode into account,
        possibly sending notification emails.

        Returns:
            The result.
        """
        return self._call(
            UPDATE_APPOINTMENT_WITH_MODE_AND_EMAIL,
            (
                id,
                start_time,
                end_time,
                status,
                type,
                associate_id,
                update_mode,
                send_email_to_participants,
                smtp_e_mail_connection_info,
                imap_e_mail_connection_info,
            ),
        )

    def get_associates_diary(
        self,
        *,
        associate_ids: list[int] | None | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Fetch appointments for given associates

        Returns:
            The result.
        """
        return self._call(GET_ASSOCIATES_DIARY, (associate_ids, start_time, end_time))

    def get_associates_diary_info(
        self,
        *,
        associate_ids: list[int] | None | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
    ) -> list[AppointmentInfo | None] | None:
        """Fetch appointment info for given associates

        Returns:
            The result.
        """
        return self._call(GET_ASSOCIATES_DIARY_INFO, (associate_ids, start_time, end_time))

    def get_appointment_records(
        self, *, mother_id: int | Unset = UNSET, recurrence_rule_id: int | Unset = UNSET
    ) -> list[Appointment | None] | None:
        """Get all records involved in a booking and/or recurring appointments.

        Returns:
            The result.
        """
        return self._call(GET_APPOINTMENT_RECORDS, (mother_id, recurrence_rule_id))

    def get_my_sync_appointments(
        self,
        *,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
    ) -> list[AppointmentSyncData | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return self._call(GET_MY_SYNC_APPOINTMENTS, (start_time, end_time))

    def get_day_information_list_by_dates_and_associate(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> list[DayInformationListItem | None] | None:
        """Get combined day information (activity + redletter summary) for one or more days
        according to the given date interval.

        Returns:
            The result.
        """
        return self._call(
            GET_DAY_INFORMATION_LIST_BY_DATES_AND_ASSOCIATE, (start_date, end_date, associate_id)
        )

    def get_activity_information_list_by_dates_and_associate(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> list[ActivityInformationListItem | None] | None:
        """Get activity information for one or more days according to the given date interval.

        Returns:
            The result.
        """
        return self._call(
            GET_ACTIVITY_INFORMATION_LIST_BY_DATES_AND_ASSOCIATE,
            (start_date, end_date, associate_id),
        )

    def get_red_letter_information_list_by_dates_and_associate(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> list[RedLetterInformationListItem | None] | None:
        """Get detailed red letter day information (redletter summary + individual day texts)
        for one or more days according to the given date interval.

        Returns:
            The result.
        """
        return self._call(
            GET_RED_LETTER_INFORMATION_LIST_BY_DATES_AND_ASSOCIATE,
            (start_date, end_date, associate_id),
        )

    def get_alarms(
        self,
        *,
        include_invitations: bool | Unset = UNSET,
        include_all_appointments: bool | Unset = UNSET,
        default_alarm_lead_time_in_minutes: int | Unset = UNSET,
    ) -> MultiAlarmData | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(
            GET_ALARMS,
            (include_invitations, include_all_appointments, default_alarm_lead_time_in_minutes),
        )

    def get_next_available_time(
        self,
        *,
        associates: list[int] | None | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        is_all_day: bool | Unset = UNSET,
    ) -> list[NextAvailableTime | None] | None:
        """An array of the soonest-available working time slots.

        Returns:
            The result.
        """
        return self._call(
            GET_NEXT_AVAILABLE_TIME, (associates, start_time, end_time, count, is_all_day)
        )

    def generate_lead(
        self,
        *,
        associate_id_for_new_contact: int | Unset = UNSET,
        lead_description: str | None | Unset = UNSET,
        relation: str | None | Unset = UNSET,
        relation_id: int | Unset = UNSET,
        lead_contact: str | None | Unset = UNSET,
        lead_person_firstname: str | None | Unset = UNSET,
        lead_person_lastname: str | None | Unset = UNSET,
        lead_person_email: str | None | Unset = UNSET,
        lead_phone_number: str | None | Unset = UNSET,
        creators_contact: str | None | Unset = UNSET,
        creators_firstname: str | None | Unset = UNSET,
        creators_lastname: str | None | Unset = UNSET,
    ) -> SalesActivity | None:
        """Adds a sales lead (task) to a contact in SuperOffice.

        Returns:
            The result.
        """
        return self._call(
            GENERATE_LEAD,
            (
                associate_id_for_new_contact,
                lead_description,
                relation,
                relation_id,
                lead_contact,
                lead_person_firstname,
                lead_person_lastname,
                lead_person_email,
                lead_phone_number,
                creators_contact,
                creators_firstname,
                creators_lastname,
            ),
        )

    def request_for_info(
        self,
        *,
        associate_id_for_new_contact: int | Unset = UNSET,
        channel: str | None | Unset = UNSET,
        regarding: str | None | Unset = UNSET,
        contact_name: str | None | Unset = UNSET,
        person_firstname: str | None | Unset = UNSET,
        person_lastname: str | None | Unset = UNSET,
        email_address: str | None | Unset = UNSET,
        phone_number: str | None | Unset = UNSET,
    ) -> SalesActivity | None:
        """Submits a request for information.

        Returns:
            The result.
        """
        return self._call(
            REQUEST_FOR_INFO,
            (
                associate_id_for_new_contact,
                channel,
                regarding,
                contact_name,
                person_firstname,
                person_lastname,
                email_address,
                phone_number,
            ),
        )

    def get_suggested_appointment(
        self, *, suggested_appointment_id: int | Unset = UNSET
    ) -> SuggestedAppointment | None:
        """Gets a SuggestedAppointment object.

        Returns:
            The result.
        """
        return self._call(GET_SUGGESTED_APPOINTMENT, (suggested_appointment_id,))

    def get_suggested_appointment_entity(
        self, *, suggested_appointment_entity_id: int | Unset = UNSET
    ) -> SuggestedAppointmentEntity | None:
        """Gets a SuggestedAppointmentEntity object.

        Returns:
            The result.
        """
        return self._call(GET_SUGGESTED_APPOINTMENT_ENTITY, (suggested_appointment_entity_id,))

    def get_task_list_item(self, *, task_list_item_id: int | Unset = UNSET) -> TaskListItem | None:
        """Gets a TaskListItem object.

        Returns:
            The result.
        """
        return self._call(GET_TASK_LIST_ITEM, (task_list_item_id,))

    def get_task_list_items(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[TaskListItem | None] | None:
        """Gets all takslist items

        Returns:
            The result.
        """
        return self._call(GET_TASK_LIST_ITEMS, (include_deleted,))

    def create_video_meeting_reservation(self) -> VideoMeetingReservation | None:
        """Create a VideoMeetingReservation.

        Returns:
            The result.
        """
        return self._call(CREATE_VIDEO_MEETING_RESERVATION, ())

    def delete_video_meeting_reservation(
        self, *, video_meeting_id: str | None | Unset = UNSET
    ) -> None:
        """Delete a VideoMeetingReservation."""
        return self._call(DELETE_VIDEO_MEETING_RESERVATION, (video_meeting_id,))

    def get_video_meeting_connected_state(self) -> UserConnectedState | None:
        """Get the current users connected state.

        Returns:
            The result.
        """
        return self._call(GET_VIDEO_MEETING_CONNECTED_STATE, ())

    def create_default_appointment_entity(self) -> AppointmentEntity | None:
        """Loading default values into a new AppointmentEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_APPOINTMENT_ENTITY, ())

    def save_appointment_entity(
        self, *, appointment_entity: AppointmentEntity | None | Unset = UNSET
    ) -> AppointmentEntity | None:
        """Updates the existing AppointmentEntity or creates a new AppointmentEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_APPOINTMENT_ENTITY, (appointment_entity,))

    def delete_appointment_entity(self, *, appointment_entity_id: int | Unset = UNSET) -> None:
        """Deletes the AppointmentEntity"""
        return self._call(DELETE_APPOINTMENT_ENTITY, (appointment_entity_id,))

    def create_default_suggested_appointment_entity(self) -> SuggestedAppointmentEntity | None:
        """Loading default values into a new SuggestedAppointmentEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_SUGGESTED_APPOINTMENT_ENTITY, ())

    def save_suggested_appointment_entity(
        self, *, suggested_appointment_entity: SuggestedAppointmentEntity | None | Unset = UNSET
    ) -> SuggestedAppointmentEntity | None:
        """Updates the existing SuggestedAppointmentEntity or creates a new
        SuggestedAppointmentEntity if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_SUGGESTED_APPOINTMENT_ENTITY, (suggested_appointment_entity,))

    def create_default_task_list_item(self) -> TaskListItem | None:
        """Loading default values into a new TaskListItem.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TASK_LIST_ITEM, ())

    def save_task_list_item(
        self, *, task_list_item: TaskListItem | None | Unset = UNSET
    ) -> TaskListItem | None:
        """Updates the existing TaskListItem or creates a new TaskListItem if the id parameter
        is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_TASK_LIST_ITEM, (task_list_item,))

    def get_appointment(self, *, appointment_id: int | Unset = UNSET) -> Appointment | None:
        """Gets a Appointment object.

        Returns:
            The result.
        """
        return self._call(GET_APPOINTMENT, (appointment_id,))

    def toggle_appointment_status(
        self, *, appointment_id: int | Unset = UNSET
    ) -> AppointmentStatus | str | None:
        """Sets an appointment's status to Completed if the appointment had a different status,
        or sets the status to started if already set to completed.

        Returns:
            The result.
        """
        return self._call(TOGGLE_APPOINTMENT_STATUS, (appointment_id,))

    def toggle_activity(
        self, *, activity_identifier: str | None | Unset = UNSET
    ) -> ActivityStatus | str | None:
        """Toggle the completed status for an activity.

        Returns:
            The result.
        """
        return self._call(TOGGLE_ACTIVITY, (activity_identifier,))

    def toggle_activities(
        self, *, activity_identifier: list[str | None] | None | Unset = UNSET
    ) -> ActivityStatus | str | None:
        """Toggle the completed status for an array of activities.

        Returns:
            The result.
        """
        return self._call(TOGGLE_ACTIVITIES, (activity_identifier,))

    def set_activity_status(
        self,
        *,
        activity_identifier: list[str | None] | None | Unset = UNSET,
        activity_status: ActivityStatus | str | Unset = UNSET,
    ) -> None:
        """Sets the completed status for an array of activities."""
        return self._call(SET_ACTIVITY_STATUS, (activity_identifier, activity_status))

    def toggle_and_set_activities(
        self, *, activity_identifiers: list[str | None] | None | Unset = UNSET
    ) -> list[str | None] | None:
        """Toggles the first activity and sets the rest of the activities to the result of the
        first toggle.

        Returns:
            The result.
        """
        return self._call(TOGGLE_AND_SET_ACTIVITIES, (activity_identifiers,))

    def get_appointment_entity(
        self, *, appointment_entity_id: int | Unset = UNSET
    ) -> AppointmentEntity | None:
        """Gets a AppointmentEntity object.

        Returns:
            The result.
        """
        return self._call(GET_APPOINTMENT_ENTITY, (appointment_entity_id,))

    def create_default_appointment_entity_by_type(
        self, *, type: TaskType | str | Unset = UNSET
    ) -> AppointmentEntity | None:
        """Creates an AppointmentEntity populated with the default values for the specific
        type.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_APPOINTMENT_ENTITY_BY_TYPE, (type,))

    def create_appointment_entity_from_existing(
        self, *, appointment_id: int | Unset = UNSET, associate_id: int | Unset = UNSET
    ) -> AppointmentEntity | None:
        """Creates an AppointmentEntity populated with values from an existing appointment.

        Returns:
            The result.
        """
        return self._call(CREATE_APPOINTMENT_ENTITY_FROM_EXISTING, (appointment_id, associate_id))

    def accept(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Accepting an appointment invitation."""
        return self._call(ACCEPT, (appointment_id, update_mode))

    def create_and_accept(
        self,
        *,
        email_item_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Creating an appointment from an emailItem invitation and accepting it."""
        return self._call(CREATE_AND_ACCEPT, (email_item_id, update_mode))

    def accept_with_email_confirmation(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Accepting an appointment invitation and send an email confirmation to the meeting
        organizer.
        """
        return self._call(ACCEPT_WITH_EMAIL_CONFIRMATION, (appointment_id, update_mode))

    def create_and_accept_with_email_confirmation(
        self,
        *,
        email_item_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Creating an appointment from an emailItem invitation and accepting it with email
        confirmation to the meeting organizer.
        """
        return self._call(CREATE_AND_ACCEPT_WITH_EMAIL_CONFIRMATION, (email_item_id, update_mode))

    def reject(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        reject_reason: str | None | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Rejecting an appointment invitation"""
        return self._call(REJECT, (appointment_id, reject_reason, update_mode))

    def reject_with_email_confirmation(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        reject_reason: str | None | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Rejecting an appointment invitation and send an email confirmation to the meeting
        organizer.
        """
        return self._call(
            REJECT_WITH_EMAIL_CONFIRMATION, (appointment_id, reject_reason, update_mode)
        )

    def decline_invitation_from_email_item(
        self, *, email_item_id: int | Unset = UNSET, reject_reason: str | None | Unset = UNSET
    ) -> None:
        """Declining an appointment invitation where no tentative appointments have been
        created.
        """
        return self._call(DECLINE_INVITATION_FROM_EMAIL_ITEM, (email_item_id, reject_reason))

    def get_organizer_name(self, *, mother_appointment_id: int | Unset = UNSET) -> str | None:
        """Lookup the name / email of an event-organizer

        Returns:
            The result.
        """
        return self._call(GET_ORGANIZER_NAME, (mother_appointment_id,))

    def save(
        self,
        *,
        appointment_entity: AppointmentEntity | None | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
        send_email_to_participants: bool | Unset = UNSET,
        smtp_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
        imap_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
    ) -> AppointmentEntity | None:
        """Saving a booking.

        Returns:
            The result.
        """
        return self._call(
            SAVE,
            (
                appointment_entity,
                update_mode,
                send_email_to_participants,
                smtp_e_mail_connection_info,
                imap_e_mail_connection_info,
            ),
        )

    def delete(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
        send_email_to_participants: bool | Unset = UNSET,
        smtp_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
        imap_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
    ) -> None:
        """Deleting a booking"""
        return self._call(
            DELETE,
            (
                appointment_id,
                update_mode,
                send_email_to_participants,
                smtp_e_mail_connection_info,
                imap_e_mail_connection_info,
            ),
        )

    def calculate_days(
        self, *, appointment_entity: AppointmentEntity | None | Unset = UNSET
    ) -> RecurrenceInfo | None:
        """Calculates the set of dates that represents a recurrence pattern.

        Returns:
            The result.
        """
        return self._call(CALCULATE_DAYS, (appointment_entity,))

    def validate_days(
        self,
        *,
        appointment_entity: AppointmentEntity | None | Unset = UNSET,
        dates: list[datetime.datetime] | None | Unset = UNSET,
    ) -> list[RecurrenceDate | None] | None:
        """Validates the set of dates to calculate any conflicts.

        Returns:
            The result.
        """
        return self._call(VALIDATE_DAYS, (appointment_entity, dates))

    def create_default_recurrence(self) -> RecurrenceInfo | None:
        """Creates a RecurrenceInfo object populated with the default values for the specific
        type.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_RECURRENCE, ())

    def assign_to(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        participant: ParticipantInfo | None | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> AppointmentEntity | None:
        """Assigning an appointment to another person.

        Returns:
            The result.
        """
        return self._call(ASSIGN_TO, (appointment_id, participant, update_mode))

    def set_seen(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Sets an appointment invitiation to seen."""
        return self._call(SET_SEEN, (appointment_id, update_mode))

    def set_seen_many(
        self,
        *,
        appointment_ids: list[int] | None | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Sets a list of appointment invitations to seen."""
        return self._call(SET_SEEN_MANY, (appointment_ids, update_mode))

    def move(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        new_start_time: datetime.datetime | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> AppointmentEntity | None:
        """Moving a booking to another start time.

        Returns:
            The result.
        """
        return self._call(MOVE, (appointment_id, new_start_time, update_mode))

    def move_with_email(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        new_start_time: datetime.datetime | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
        send_email_to_participants: bool | Unset = UNSET,
        smtp_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
        imap_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
    ) -> AppointmentEntity | None:
        """Moving a booking to another start time.

        Returns:
            The result.
        """
        return self._call(
            MOVE_WITH_EMAIL,
            (
                appointment_id,
                new_start_time,
                update_mode,
                send_email_to_participants,
                smtp_e_mail_connection_info,
                imap_e_mail_connection_info,
            ),
        )

    def move_extended(
        self, *, appointment_move_data: AppointmentMoveData | None | Unset = UNSET
    ) -> AppointmentEntity | None:
        """Moving a booking to another start time and with new info and possibly notifications.

        Returns:
            The result.
        """
        return self._call(MOVE_EXTENDED, (appointment_move_data,))

    def accept_rejected(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> AppointmentEntity | None:
        """Accept that an invited participant has rejected your invitation or assignment.

        Returns:
            The result.
        """
        return self._call(ACCEPT_REJECTED, (appointment_id, update_mode))

    def create_default_recurrence_by_date(
        self, *, start_date: datetime.datetime | Unset = UNSET
    ) -> RecurrenceInfo | None:
        """Creates a RecurrenceInfo object populated with the default values for the specific
        type.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_RECURRENCE_BY_DATE, (start_date,))

    def clean_up_booking_deleted(
        self, *, appointment_ids: list[int] | None | Unset = UNSET
    ) -> int | None:
        """Deletes all appointments(within the appointmentIds array) with status
        BookingDeleted.

        Returns:
            The result.
        """
        return self._call(CLEAN_UP_BOOKING_DELETED, (appointment_ids,))

    def clean_up_booking_deleted_with_update_mode(
        self,
        *,
        appointment_ids: list[int] | None | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Deletes all appointments(within the appointmentIds array) with status
        BookingDeleted.
        """
        return self._call(
            CLEAN_UP_BOOKING_DELETED_WITH_UPDATE_MODE, (appointment_ids, update_mode)
        )

    def clean_up_recurring_booking_deleted(self) -> int | None:
        """Deletes all appointments with status BookingDeleted and for in logged user.

        Returns:
            The result.
        """
        return self._call(CLEAN_UP_RECURRING_BOOKING_DELETED, ())

    def create_default_appointment_entity_by_type_and_associate(
        self, *, type: TaskType | str | Unset = UNSET, associate_id: int | Unset = UNSET
    ) -> AppointmentEntity | None:
        """Creates a AppointmentEntity populated with the default values for the specific type
        and owner.

        Returns:
            The result.
        """
        return self._call(
            CREATE_DEFAULT_APPOINTMENT_ENTITY_BY_TYPE_AND_ASSOCIATE, (type, associate_id)
        )

    def get_can_insert_for_associates(
        self, *, associate_ids: list[int] | None | Unset = UNSET
    ) -> list[bool] | None:
        """Check if current associate can create appointments in the diary of other associates.

        Returns:
            The result.
        """
        return self._call(GET_CAN_INSERT_FOR_ASSOCIATES, (associate_ids,))

    def get_appointment_have_participants_with_email(
        self, *, appointment_id: int | Unset = UNSET
    ) -> bool | None:
        """GetAppointmentHaveParticipantsWithEmail will check if any of the participants is
        marked to receive emails on this appointment.

        Returns:
            The result.
        """
        return self._call(GET_APPOINTMENT_HAVE_PARTICIPANTS_WITH_EMAIL, (appointment_id,))

    def create_default_appointment_entity_from_sale_suggestion(
        self,
        *,
        suggested_appointment_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        create_now: bool | Unset = UNSET,
        owner_id: int | Unset = UNSET,
    ) -> AppointmentEntity | None:
        """Creates an appointment based on a suggested appointment.

        Returns:
            The result.
        """
        return self._call(
            CREATE_DEFAULT_APPOINTMENT_ENTITY_FROM_SALE_SUGGESTION,
            (suggested_appointment_id, sale_id, create_now, owner_id),
        )

    def get_next_suggested_appointment_by_sale(
        self,
        *,
        sale_id: int | Unset = UNSET,
        current_appointment_id: int | Unset = UNSET,
        skip_complete_check: bool | Unset = UNSET,
    ) -> SuggestedAppointment | None:
        """Gets the next suggested appointment for a given sale (or rather a given sale's
        guide).

        Returns:
            The result.
        """
        return self._call(
            GET_NEXT_SUGGESTED_APPOINTMENT_BY_SALE,
            (sale_id, current_appointment_id, skip_complete_check),
        )

    def create_default_re_open_appointment(
        self, *, sale_id: int | Unset = UNSET
    ) -> AppointmentEntity | None:
        """A re-open appointment should be created as a reminder to re-open the sale at a
        certain date with information regarding the stalled sale.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_RE_OPEN_APPOINTMENT, (sale_id,))

    def create_default_appointment_entity_from_project_suggestion(
        self,
        *,
        suggested_appointment_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        create_now: bool | Unset = UNSET,
        owner_id: int | Unset = UNSET,
    ) -> AppointmentEntity | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(
            CREATE_DEFAULT_APPOINTMENT_ENTITY_FROM_PROJECT_SUGGESTION,
            (suggested_appointment_id, project_id, create_now, owner_id),
        )

    def create_appointment_for_uid(
        self,
        *,
        appointment_entity: AppointmentEntity | None | Unset = UNSET,
        uid: str | None | Unset = UNSET,
    ) -> AppointmentEntity | None:
        """Create an invitation record and an appointment with a given UID to reserve it if the
        UID is unused, otherwise null.

        Returns:
            The result.
        """
        return self._call(CREATE_APPOINTMENT_FOR_UID, (appointment_entity, uid))

    def get_appointment_from_uid(
        self, *, uid: str | None | Unset = UNSET
    ) -> AppointmentEntity | None:
        """Get the appointment that corresponds to the given UID.

        Returns:
            The result.
        """
        return self._call(GET_APPOINTMENT_FROM_UID, (uid,))

    def can_assign_to_project_member(
        self, *, project_id: int | Unset = UNSET, suggested_appointment_id: int | Unset = UNSET
    ) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(CAN_ASSIGN_TO_PROJECT_MEMBER, (project_id, suggested_appointment_id))

    def get_uid_from_appointment_id(
        self, *, appointment_id: int | Unset = UNSET, use_mother_id: bool | Unset = UNSET
    ) -> str | None:
        """Get the UID associated with the appointment id in the Invitation table.

        Returns:
            The result.
        """
        return self._call(GET_UID_FROM_APPOINTMENT_ID, (appointment_id, use_mother_id))

    def update_appointment_from_ics_response(
        self, *, email_address: str | None | Unset = UNSET, ics_data: bytes | None | Unset = UNSET
    ) -> bool | None:
        """Update the attendance to an appointment based on incoming ICS RSVPs.

        Returns:
            The result.
        """
        return self._call(UPDATE_APPOINTMENT_FROM_ICS_RESPONSE, (email_address, ics_data))

    def validate_appointment_entity(
        self, *, appointment_entity: AppointmentEntity | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Check that entity is ready for saving.

        Returns:
            The result.
        """
        return self._call(VALIDATE_APPOINTMENT_ENTITY, (appointment_entity,))

    def will_send_email(
        self, *, appointment: AppointmentEntity | None | Unset = UNSET
    ) -> bool | None:
        """Returns true if the changes will trigger email sending on Save, so you can inform
        the user.

        Returns:
            The result.
        """
        return self._call(WILL_SEND_EMAIL, (appointment,))

    def accept_with_smtp_email_confirmation(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
        smtp_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
    ) -> None:
        """Accepting an appointment invitation and send an email confirmation to the meeting
        organizer.
        """
        return self._call(
            ACCEPT_WITH_SMTP_EMAIL_CONFIRMATION,
            (appointment_id, update_mode, smtp_e_mail_connection_info),
        )

    def reject_with_smtp_email_confirmation(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        reject_reason: str | None | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
        smtp_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
    ) -> None:
        """Rejecting an appointment invitation and send an email confirmation to the meeting
        organizer.
        """
        return self._call(
            REJECT_WITH_SMTP_EMAIL_CONFIRMATION,
            (appointment_id, reject_reason, update_mode, smtp_e_mail_connection_info),
        )

    def get_appointment_email_invitation(
        self,
        *,
        appointment: AppointmentEntity | None | Unset = UNSET,
        template_name: str | None | Unset = UNSET,
        language: str | None | Unset = UNSET,
    ) -> EMailEntity | None:
        """Create an EMailEntity (without an ical attachment) with the email sent to
        participants when the appointment is saved

        Returns:
            The result.
        """
        return self._call(GET_APPOINTMENT_EMAIL_INVITATION, (appointment, template_name, language))

    def save_with_custom_invitation(
        self,
        *,
        appointment_entity: AppointmentEntity | None | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
        send_email_to_participants: bool | Unset = UNSET,
        smtp_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
        imap_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
        email_body: str | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
        template_language: str | None | Unset = UNSET,
    ) -> AppointmentSaveData | None:
        """Save a booking and send a custom invitation email to participants

        Returns:
            The result.
        """
        return self._call(
            SAVE_WITH_CUSTOM_INVITATION,
            (
                appointment_entity,
                update_mode,
                send_email_to_participants,
                smtp_e_mail_connection_info,
                imap_e_mail_connection_info,
                email_body,
                subject,
                template_language,
            ),
        )

    def convert_appointment_to_task(
        self, *, appointment_id: int | Unset = UNSET
    ) -> AppointmentEntity | None:
        """Convert appointment to task if certain criteria are met (participants &lt; 2)

        Returns:
            The result.
        """
        return self._call(CONVERT_APPOINTMENT_TO_TASK, (appointment_id,))

    def get_appointment_list(
        self, *, appointment_ids: list[int] | None | Unset = UNSET
    ) -> list[Appointment | None] | None:
        """Gets an array of Appointment objects.

        Returns:
            The result.
        """
        return self._call(GET_APPOINTMENT_LIST, (appointment_ids,))

    def get_my_appointments(
        self,
        *,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return self._call(GET_MY_APPOINTMENTS, (start_time, end_time, count))

    def get_person_appointments(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_appointments: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PERSON_APPOINTMENTS,
            (person_id, include_project_appointments, start_time, end_time, count),
        )

    def get_my_diary(
        self,
        *,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return self._call(GET_MY_DIARY, (start_time, end_time, count))

    def get_my_tasks(self, *, count: int | Unset = UNSET) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return self._call(GET_MY_TASKS, (count,))

    def get_person_diary(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return self._call(GET_PERSON_DIARY, (person_id, start_time, end_time, count))

    def get_person_tasks(
        self, *, person_id: int | Unset = UNSET, count: int | Unset = UNSET
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return self._call(GET_PERSON_TASKS, (person_id, count))

    def get_person_appointments_by_type(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_appointments: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        appointment_type: AppointmentType | str | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        type within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PERSON_APPOINTMENTS_BY_TYPE,
            (
                person_id,
                include_project_appointments,
                start_time,
                end_time,
                count,
                appointment_type,
            ),
        )

    def get_project_appointments(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_APPOINTMENTS, (project_id, start_time, end_time, count))

    def get_project_appointments_by_type(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        appointment_type: AppointmentType | str | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        type within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PROJECT_APPOINTMENTS_BY_TYPE,
            (project_id, start_time, end_time, count, appointment_type),
        )

    def get_contact_appointments(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return self._call(GET_CONTACT_APPOINTMENTS, (contact_id, start_time, end_time, count))

    def get_contact_appointments_by_type(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        appointment_type: AppointmentType | str | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        type within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_CONTACT_APPOINTMENTS_BY_TYPE,
            (contact_id, start_time, end_time, count, appointment_type),
        )

    def get_project_member_appointments(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PROJECT_MEMBER_APPOINTMENTS, (person_id, start_time, end_time, count)
        )

    def get_project_member_appointments_by_type(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        appointment_type: AppointmentType | str | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        type within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PROJECT_MEMBER_APPOINTMENTS_BY_TYPE,
            (person_id, start_time, end_time, count, appointment_type),
        )

    def get_person_appointments_by_task(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_appointments: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_id: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        task type within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PERSON_APPOINTMENTS_BY_TASK,
            (person_id, include_project_appointments, start_time, end_time, count, task_id),
        )

    def get_person_appointments_by_tasks(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_appointments: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_ids: list[int] | None | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments from a list of appointment
        task types within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PERSON_APPOINTMENTS_BY_TASKS,
            (person_id, include_project_appointments, start_time, end_time, count, task_ids),
        )

    def get_person_appointments_by_task_heading(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_appointments: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_heading_id: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        task heading within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PERSON_APPOINTMENTS_BY_TASK_HEADING,
            (
                person_id,
                include_project_appointments,
                start_time,
                end_time,
                count,
                task_heading_id,
            ),
        )

    def get_project_appointments_by_task(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_id: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        task type within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PROJECT_APPOINTMENTS_BY_TASK, (project_id, start_time, end_time, count, task_id)
        )

    def get_project_appointments_by_tasks(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_ids: list[int] | None | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments matching the list of
        appointment task types within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PROJECT_APPOINTMENTS_BY_TASKS, (project_id, start_time, end_time, count, task_ids)
        )

    def get_project_appointments_by_task_heading(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_heading_id: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        task heading within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PROJECT_APPOINTMENTS_BY_TASK_HEADING,
            (project_id, start_time, end_time, count, task_heading_id),
        )

    def get_project_member_appointments_by_task(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_id: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        task type within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PROJECT_MEMBER_APPOINTMENTS_BY_TASK,
            (person_id, start_time, end_time, count, task_id),
        )

    def get_project_member_appointments_by_tasks(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_ids: list[int] | None | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments matching a set of appointment
        task types within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PROJECT_MEMBER_APPOINTMENTS_BY_TASKS,
            (person_id, start_time, end_time, count, task_ids),
        )

    def get_project_member_appointments_by_task_heading(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_heading_id: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        task heading within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_PROJECT_MEMBER_APPOINTMENTS_BY_TASK_HEADING,
            (person_id, start_time, end_time, count, task_heading_id),
        )

    def get_contact_appointments_by_task(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_id: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        task type within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_CONTACT_APPOINTMENTS_BY_TASK, (contact_id, start_time, end_time, count, task_id)
        )

    def get_contact_appointments_by_tasks(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_ids: list[int] | None | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments belonging to an array of
        appointment task types within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_CONTACT_APPOINTMENTS_BY_TASKS, (contact_id, start_time, end_time, count, task_ids)
        )

    def get_contact_appointments_by_task_heading(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_heading_id: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        task heading within a time range.

        Returns:
            The result.
        """
        return self._call(
            GET_CONTACT_APPOINTMENTS_BY_TASK_HEADING,
            (contact_id, start_time, end_time, count, task_heading_id),
        )


class AsyncAppointmentMethods(AsyncCalls):
    """The Appointment operations, called asynchronously (SOAP or REST)."""

    async def get_published_appointment(
        self, *, appointment_id: int | Unset = UNSET
    ) -> Appointment | None:
        """Get published appointment by appointment id.

        Returns:
            The result.
        """
        return await self._call(GET_PUBLISHED_APPOINTMENT, (appointment_id,))

    async def get_published_appointments(
        self, *, appointment_ids: list[int] | None | Unset = UNSET
    ) -> list[Appointment | None] | None:
        """Get published appointments by appointment ids.

        Returns:
            The result.
        """
        return await self._call(GET_PUBLISHED_APPOINTMENTS, (appointment_ids,))

    async def get_my_published_appointments(self) -> list[Appointment | None] | None:
        """Get published appointments from the logged in user.

        Returns:
            The result.
        """
        return await self._call(GET_MY_PUBLISHED_APPOINTMENTS, ())

    async def get_published_project_appointments(
        self, *, project_id: int | Unset = UNSET
    ) -> list[Appointment | None] | None:
        """Get published appointments by project id.

        Returns:
            The result.
        """
        return await self._call(GET_PUBLISHED_PROJECT_APPOINTMENTS, (project_id,))

    async def get_appointments_by_task_heading(
        self, *, task_heading_id: int | Unset = UNSET
    ) -> list[Appointment | None] | None:
        """Method that returns appointments of a specific appointment task heading.

        Returns:
            The result.
        """
        return await self._call(GET_APPOINTMENTS_BY_TASK_HEADING, (task_heading_id,))

    async def get_associate_diary(
        self,
        *,
        associate_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_ASSOCIATE_DIARY, (associate_id, start_time, end_time, count))

    async def get_diary_by_group(
        self,
        *,
        group_id: int | Unset = UNSET,
        group_type: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(
            GET_DIARY_BY_GROUP, (group_id, group_type, start_time, end_time, count)
        )

    async def update_appointment(
        self,
        *,
        id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: int | Unset = UNSET,
        type: int | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> Appointment | None:
        """Updates an appointment record.

        Returns:
            The result.
        """
        return await self._call(
            UPDATE_APPOINTMENT, (id, start_time, end_time, status, type, associate_id)
        )

    async def update_appointment_with_mode(
        self,
        *,
        id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: AppointmentStatus | str | Unset = UNSET,
        type: AppointmentType | str | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> Appointment | None:
        """Updates an appointment record, taking the given recurrence update mode into account.

        Returns:
            The result.
        """
        return await self._call(
            UPDATE_APPOINTMENT_WITH_MODE,
            (id, start_time, end_time, status, type, associate_id, update_mode),
        )

    async def update_appointment_with_mode_and_email(
        self,
        *,
        id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: AppointmentStatus | str | Unset = UNSET,
        type: AppointmentType | str | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
        send_email_to_participants: bool | Unset = UNSET,
        smtp_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
        imap_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
    ) -> Appointment | None:
        """Updates an appointment record, taking the given recurrence update mode into account,
        possibly sending notification emails.

        Returns:
            The result.
        """
        return await self._call(
            UPDATE_APPOINTMENT_WITH_MODE_AND_EMAIL,
            (
                id,
                start_time,
                end_time,
                status,
                type,
                associate_id,
                update_mode,
                send_email_to_participants,
                smtp_e_mail_connection_info,
                imap_e_mail_connection_info,
            ),
        )

    async def get_associates_diary(
        self,
        *,
        associate_ids: list[int] | None | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Fetch appointments for given associates

        Returns:
            The result.
        """
        return await self._call(GET_ASSOCIATES_DIARY, (associate_ids, start_time, end_time))

    async def get_associates_diary_info(
        self,
        *,
        associate_ids: list[int] | None | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
    ) -> list[AppointmentInfo | None] | None:
        """Fetch appointment info for given associates

        Returns:
            The result.
        """
        return await self._call(GET_ASSOCIATES_DIARY_INFO, (associate_ids, start_time, end_time))

    async def get_appointment_records(
        self, *, mother_id: int | Unset = UNSET, recurrence_rule_id: int | Unset = UNSET
    ) -> list[Appointment | None] | None:
        """Get all records involved in a booking and/or recurring appointments.

        Returns:
            The result.
        """
        return await self._call(GET_APPOINTMENT_RECORDS, (mother_id, recurrence_rule_id))

    async def get_my_sync_appointments(
        self,
        *,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
    ) -> list[AppointmentSyncData | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return await self._call(GET_MY_SYNC_APPOINTMENTS, (start_time, end_time))

    async def get_day_information_list_by_dates_and_associate(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> list[DayInformationListItem | None] | None:
        """Get combined day information (activity + redletter summary) for one or more days
        according to the given date interval.

        Returns:
            The result.
        """
        return await self._call(
            GET_DAY_INFORMATION_LIST_BY_DATES_AND_ASSOCIATE, (start_date, end_date, associate_id)
        )

    async def get_activity_information_list_by_dates_and_associate(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> list[ActivityInformationListItem | None] | None:
        """Get activity information for one or more days according to the given date interval.

        Returns:
            The result.
        """
        return await self._call(
            GET_ACTIVITY_INFORMATION_LIST_BY_DATES_AND_ASSOCIATE,
            (start_date, end_date, associate_id),
        )

    async def get_red_letter_information_list_by_dates_and_associate(
        self,
        *,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> list[RedLetterInformationListItem | None] | None:
        """Get detailed red letter day information (redletter summary + individual day texts)
        for one or more days according to the given date interval.

        Returns:
            The result.
        """
        return await self._call(
            GET_RED_LETTER_INFORMATION_LIST_BY_DATES_AND_ASSOCIATE,
            (start_date, end_date, associate_id),
        )

    async def get_alarms(
        self,
        *,
        include_invitations: bool | Unset = UNSET,
        include_all_appointments: bool | Unset = UNSET,
        default_alarm_lead_time_in_minutes: int | Unset = UNSET,
    ) -> MultiAlarmData | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(
            GET_ALARMS,
            (include_invitations, include_all_appointments, default_alarm_lead_time_in_minutes),
        )

    async def get_next_available_time(
        self,
        *,
        associates: list[int] | None | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        is_all_day: bool | Unset = UNSET,
    ) -> list[NextAvailableTime | None] | None:
        """An array of the soonest-available working time slots.

        Returns:
            The result.
        """
        return await self._call(
            GET_NEXT_AVAILABLE_TIME, (associates, start_time, end_time, count, is_all_day)
        )

    async def generate_lead(
        self,
        *,
        associate_id_for_new_contact: int | Unset = UNSET,
        lead_description: str | None | Unset = UNSET,
        relation: str | None | Unset = UNSET,
        relation_id: int | Unset = UNSET,
        lead_contact: str | None | Unset = UNSET,
        lead_person_firstname: str | None | Unset = UNSET,
        lead_person_lastname: str | None | Unset = UNSET,
        lead_person_email: str | None | Unset = UNSET,
        lead_phone_number: str | None | Unset = UNSET,
        creators_contact: str | None | Unset = UNSET,
        creators_firstname: str | None | Unset = UNSET,
        creators_lastname: str | None | Unset = UNSET,
    ) -> SalesActivity | None:
        """Adds a sales lead (task) to a contact in SuperOffice.

        Returns:
            The result.
        """
        return await self._call(
            GENERATE_LEAD,
            (
                associate_id_for_new_contact,
                lead_description,
                relation,
                relation_id,
                lead_contact,
                lead_person_firstname,
                lead_person_lastname,
                lead_person_email,
                lead_phone_number,
                creators_contact,
                creators_firstname,
                creators_lastname,
            ),
        )

    async def request_for_info(
        self,
        *,
        associate_id_for_new_contact: int | Unset = UNSET,
        channel: str | None | Unset = UNSET,
        regarding: str | None | Unset = UNSET,
        contact_name: str | None | Unset = UNSET,
        person_firstname: str | None | Unset = UNSET,
        person_lastname: str | None | Unset = UNSET,
        email_address: str | None | Unset = UNSET,
        phone_number: str | None | Unset = UNSET,
    ) -> SalesActivity | None:
        """Submits a request for information.

        Returns:
            The result.
        """
        return await self._call(
            REQUEST_FOR_INFO,
            (
                associate_id_for_new_contact,
                channel,
                regarding,
                contact_name,
                person_firstname,
                person_lastname,
                email_address,
                phone_number,
            ),
        )

    async def get_suggested_appointment(
        self, *, suggested_appointment_id: int | Unset = UNSET
    ) -> SuggestedAppointment | None:
        """Gets a SuggestedAppointment object.

        Returns:
            The result.
        """
        return await self._call(GET_SUGGESTED_APPOINTMENT, (suggested_appointment_id,))

    async def get_suggested_appointment_entity(
        self, *, suggested_appointment_entity_id: int | Unset = UNSET
    ) -> SuggestedAppointmentEntity | None:
        """Gets a SuggestedAppointmentEntity object.

        Returns:
            The result.
        """
        return await self._call(
            GET_SUGGESTED_APPOINTMENT_ENTITY, (suggested_appointment_entity_id,)
        )

    async def get_task_list_item(
        self, *, task_list_item_id: int | Unset = UNSET
    ) -> TaskListItem | None:
        """Gets a TaskListItem object.

        Returns:
            The result.
        """
        return await self._call(GET_TASK_LIST_ITEM, (task_list_item_id,))

    async def get_task_list_items(
        self, *, include_deleted: bool | Unset = UNSET
    ) -> list[TaskListItem | None] | None:
        """Gets all takslist items

        Returns:
            The result.
        """
        return await self._call(GET_TASK_LIST_ITEMS, (include_deleted,))

    async def create_video_meeting_reservation(self) -> VideoMeetingReservation | None:
        """Create a VideoMeetingReservation.

        Returns:
            The result.
        """
        return await self._call(CREATE_VIDEO_MEETING_RESERVATION, ())

    async def delete_video_meeting_reservation(
        self, *, video_meeting_id: str | None | Unset = UNSET
    ) -> None:
        """Delete a VideoMeetingReservation."""
        return await self._call(DELETE_VIDEO_MEETING_RESERVATION, (video_meeting_id,))

    async def get_video_meeting_connected_state(self) -> UserConnectedState | None:
        """Get the current users connected state.

        Returns:
            The result.
        """
        return await self._call(GET_VIDEO_MEETING_CONNECTED_STATE, ())

    async def create_default_appointment_entity(self) -> AppointmentEntity | None:
        """Loading default values into a new AppointmentEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_APPOINTMENT_ENTITY, ())

    async def save_appointment_entity(
        self, *, appointment_entity: AppointmentEntity | None | Unset = UNSET
    ) -> AppointmentEntity | None:
        """Updates the existing AppointmentEntity or creates a new AppointmentEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_APPOINTMENT_ENTITY, (appointment_entity,))

    async def delete_appointment_entity(
        self, *, appointment_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the AppointmentEntity"""
        return await self._call(DELETE_APPOINTMENT_ENTITY, (appointment_entity_id,))

    async def create_default_suggested_appointment_entity(
        self,
    ) -> SuggestedAppointmentEntity | None:
        """Loading default values into a new SuggestedAppointmentEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_SUGGESTED_APPOINTMENT_ENTITY, ())

    async def save_suggested_appointment_entity(
        self, *, suggested_appointment_entity: SuggestedAppointmentEntity | None | Unset = UNSET
    ) -> SuggestedAppointmentEntity | None:
        """Updates the existing SuggestedAppointmentEntity or creates a new
        SuggestedAppointmentEntity if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_SUGGESTED_APPOINTMENT_ENTITY, (suggested_appointment_entity,))

    async def create_default_task_list_item(self) -> TaskListItem | None:
        """Loading default values into a new TaskListItem.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TASK_LIST_ITEM, ())

    async def save_task_list_item(
        self, *, task_list_item: TaskListItem | None | Unset = UNSET
    ) -> TaskListItem | None:
        """Updates the existing TaskListItem or creates a new TaskListItem if the id parameter
        is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_TASK_LIST_ITEM, (task_list_item,))

    async def get_appointment(self, *, appointment_id: int | Unset = UNSET) -> Appointment | None:
        """Gets a Appointment object.

        Returns:
            The result.
        """
        return await self._call(GET_APPOINTMENT, (appointment_id,))

    async def toggle_appointment_status(
        self, *, appointment_id: int | Unset = UNSET
    ) -> AppointmentStatus | str | None:
        """Sets an appointment's status to Completed if the appointment had a different status,
        or sets the status to started if already set to completed.

        Returns:
            The result.
        """
        return await self._call(TOGGLE_APPOINTMENT_STATUS, (appointment_id,))

    async def toggle_activity(
        self, *, activity_identifier: str | None | Unset = UNSET
    ) -> ActivityStatus | str | None:
        """Toggle the completed status for an activity.

        Returns:
            The result.
        """
        return await self._call(TOGGLE_ACTIVITY, (activity_identifier,))

    async def toggle_activities(
        self, *, activity_identifier: list[str | None] | None | Unset = UNSET
    ) -> ActivityStatus | str | None:
        """Toggle the completed status for an array of activities.

        Returns:
            The result.
        """
        return await self._call(TOGGLE_ACTIVITIES, (activity_identifier,))

    async def set_activity_status(
        self,
        *,
        activity_identifier: list[str | None] | None | Unset = UNSET,
        activity_status: ActivityStatus | str | Unset = UNSET,
    ) -> None:
        """Sets the completed status for an array of activities."""
        return await self._call(SET_ACTIVITY_STATUS, (activity_identifier, activity_status))

    async def toggle_and_set_activities(
        self, *, activity_identifiers: list[str | None] | None | Unset = UNSET
    ) -> list[str | None] | None:
        """Toggles the first activity and sets the rest of the activities to the result of the
        first toggle.

        Returns:
            The result.
        """
        return await self._call(TOGGLE_AND_SET_ACTIVITIES, (activity_identifiers,))

    async def get_appointment_entity(
        self, *, appointment_entity_id: int | Unset = UNSET
    ) -> AppointmentEntity | None:
        """Gets a AppointmentEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_APPOINTMENT_ENTITY, (appointment_entity_id,))

    async def create_default_appointment_entity_by_type(
        self, *, type: TaskType | str | Unset = UNSET
    ) -> AppointmentEntity | None:
        """Creates an AppointmentEntity populated with the default values for the specific
        type.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_APPOINTMENT_ENTITY_BY_TYPE, (type,))

    async def create_appointment_entity_from_existing(
        self, *, appointment_id: int | Unset = UNSET, associate_id: int | Unset = UNSET
    ) -> AppointmentEntity | None:
        """Creates an AppointmentEntity populated with values from an existing appointment.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_APPOINTMENT_ENTITY_FROM_EXISTING, (appointment_id, associate_id)
        )

    async def accept(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Accepting an appointment invitation."""
        return await self._call(ACCEPT, (appointment_id, update_mode))

    async def create_and_accept(
        self,
        *,
        email_item_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Creating an appointment from an emailItem invitation and accepting it."""
        return await self._call(CREATE_AND_ACCEPT, (email_item_id, update_mode))

    async def accept_with_email_confirmation(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Accepting an appointment invitation and send an email confirmation to the meeting
        organizer.
        """
        return await self._call(ACCEPT_WITH_EMAIL_CONFIRMATION, (appointment_id, update_mode))

    async def create_and_accept_with_email_confirmation(
        self,
        *,
        email_item_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Creating an appointment from an emailItem invitation and accepting it with email
        confirmation to the meeting organizer.
        """
        return await self._call(
            CREATE_AND_ACCEPT_WITH_EMAIL_CONFIRMATION, (email_item_id, update_mode)
        )

    async def reject(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        reject_reason: str | None | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Rejecting an appointment invitation"""
        return await self._call(REJECT, (appointment_id, reject_reason, update_mode))

    async def reject_with_email_confirmation(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        reject_reason: str | None | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Rejecting an appointment invitation and send an email confirmation to the meeting
        organizer.
        """
        return await self._call(
            REJECT_WITH_EMAIL_CONFIRMATION, (appointment_id, reject_reason, update_mode)
        )

    async def decline_invitation_from_email_item(
        self, *, email_item_id: int | Unset = UNSET, reject_reason: str | None | Unset = UNSET
    ) -> None:
        """Declining an appointment invitation where no tentative appointments have been
        created.
        """
        return await self._call(DECLINE_INVITATION_FROM_EMAIL_ITEM, (email_item_id, reject_reason))

    async def get_organizer_name(
        self, *, mother_appointment_id: int | Unset = UNSET
    ) -> str | None:
        """Lookup the name / email of an event-organizer

        Returns:
            The result.
        """
        return await self._call(GET_ORGANIZER_NAME, (mother_appointment_id,))

    async def save(
        self,
        *,
        appointment_entity: AppointmentEntity | None | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
        send_email_to_participants: bool | Unset = UNSET,
        smtp_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
        imap_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
    ) -> AppointmentEntity | None:
        """Saving a booking.

        Returns:
            The result.
        """
        return await self._call(
            SAVE,
            (
                appointment_entity,
                update_mode,
                send_email_to_participants,
                smtp_e_mail_connection_info,
                imap_e_mail_connection_info,
            ),
        )

    async def delete(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
        send_email_to_participants: bool | Unset = UNSET,
        smtp_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
        imap_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
    ) -> None:
        """Deleting a booking"""
        return await self._call(
            DELETE,
            (
                appointment_id,
                update_mode,
                send_email_to_participants,
                smtp_e_mail_connection_info,
                imap_e_mail_connection_info,
            ),
        )

    async def calculate_days(
        self, *, appointment_entity: AppointmentEntity | None | Unset = UNSET
    ) -> RecurrenceInfo | None:
        """Calculates the set of dates that represents a recurrence pattern.

        Returns:
            The result.
        """
        return await self._call(CALCULATE_DAYS, (appointment_entity,))

    async def validate_days(
        self,
        *,
        appointment_entity: AppointmentEntity | None | Unset = UNSET,
        dates: list[datetime.datetime] | None | Unset = UNSET,
    ) -> list[RecurrenceDate | None] | None:
        """Validates the set of dates to calculate any conflicts.

        Returns:
            The result.
        """
        return await self._call(VALIDATE_DAYS, (appointment_entity, dates))

    async def create_default_recurrence(self) -> RecurrenceInfo | None:
        """Creates a RecurrenceInfo object populated with the default values for the specific
        type.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_RECURRENCE, ())

    async def assign_to(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        participant: ParticipantInfo | None | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> AppointmentEntity | None:
        """Assigning an appointment to another person.

        Returns:
            The result.
        """
        return await self._call(ASSIGN_TO, (appointment_id, participant, update_mode))

    async def set_seen(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Sets an appointment invitiation to seen."""
        return await self._call(SET_SEEN, (appointment_id, update_mode))

    async def set_seen_many(
        self,
        *,
        appointment_ids: list[int] | None | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Sets a list of appointment invitations to seen."""
        return await self._call(SET_SEEN_MANY, (appointment_ids, update_mode))

    async def move(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        new_start_time: datetime.datetime | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> AppointmentEntity | None:
        """Moving a booking to another start time.

        Returns:
            The result.
        """
        return await self._call(MOVE, (appointment_id, new_start_time, update_mode))

    async def move_with_email(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        new_start_time: datetime.datetime | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
        send_email_to_participants: bool | Unset = UNSET,
        smtp_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
        imap_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
    ) -> AppointmentEntity | None:
        """Moving a booking to another start time.

        Returns:
            The result.
        """
        return await self._call(
            MOVE_WITH_EMAIL,
            (
                appointment_id,
                new_start_time,
                update_mode,
                send_email_to_participants,
                smtp_e_mail_connection_info,
                imap_e_mail_connection_info,
            ),
        )

    async def move_extended(
        self, *, appointment_move_data: AppointmentMoveData | None | Unset = UNSET
    ) -> AppointmentEntity | None:
        """Moving a booking to another start time and with new info and possibly notifications.

        Returns:
            The result.
        """
        return await self._call(MOVE_EXTENDED, (appointment_move_data,))

    async def accept_rejected(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> AppointmentEntity | None:
        """Accept that an invited participant has rejected your invitation or assignment.

        Returns:
            The result.
        """
        return await self._call(ACCEPT_REJECTED, (appointment_id, update_mode))

    async def create_default_recurrence_by_date(
        self, *, start_date: datetime.datetime | Unset = UNSET
    ) -> RecurrenceInfo | None:
        """Creates a RecurrenceInfo object populated with the default values for the specific
        type.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_RECURRENCE_BY_DATE, (start_date,))

    async def clean_up_booking_deleted(
        self, *, appointment_ids: list[int] | None | Unset = UNSET
    ) -> int | None:
        """Deletes all appointments(within the appointmentIds array) with status
        BookingDeleted.

        Returns:
            The result.
        """
        return await self._call(CLEAN_UP_BOOKING_DELETED, (appointment_ids,))

    async def clean_up_booking_deleted_with_update_mode(
        self,
        *,
        appointment_ids: list[int] | None | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
    ) -> None:
        """Deletes all appointments(within the appointmentIds array) with status
        BookingDeleted.
        """
        return await self._call(
            CLEAN_UP_BOOKING_DELETED_WITH_UPDATE_MODE, (appointment_ids, update_mode)
        )

    async def clean_up_recurring_booking_deleted(self) -> int | None:
        """Deletes all appointments with status BookingDeleted and for in logged user.

        Returns:
            The result.
        """
        return await self._call(CLEAN_UP_RECURRING_BOOKING_DELETED, ())

    async def create_default_appointment_entity_by_type_and_associate(
        self, *, type: TaskType | str | Unset = UNSET, associate_id: int | Unset = UNSET
    ) -> AppointmentEntity | None:
        """Creates a AppointmentEntity populated with the default values for the specific type
        and owner.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_DEFAULT_APPOINTMENT_ENTITY_BY_TYPE_AND_ASSOCIATE, (type, associate_id)
        )

    async def get_can_insert_for_associates(
        self, *, associate_ids: list[int] | None | Unset = UNSET
    ) -> list[bool] | None:
        """Check if current associate can create appointments in the diary of other associates.

        Returns:
            The result.
        """
        return await self._call(GET_CAN_INSERT_FOR_ASSOCIATES, (associate_ids,))

    async def get_appointment_have_participants_with_email(
        self, *, appointment_id: int | Unset = UNSET
    ) -> bool | None:
        """GetAppointmentHaveParticipantsWithEmail will check if any of the participants is
        marked to receive emails on this appointment.

        Returns:
            The result.
        """
        return await self._call(GET_APPOINTMENT_HAVE_PARTICIPANTS_WITH_EMAIL, (appointment_id,))

    async def create_default_appointment_entity_from_sale_suggestion(
        self,
        *,
        suggested_appointment_id: int | Unset = UNSET,
        sale_id: int | Unset = UNSET,
        create_now: bool | Unset = UNSET,
        owner_id: int | Unset = UNSET,
    ) -> AppointmentEntity | None:
        """Creates an appointment based on a suggested appointment.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_DEFAULT_APPOINTMENT_ENTITY_FROM_SALE_SUGGESTION,
            (suggested_appointment_id, sale_id, create_now, owner_id),
        )

    async def get_next_suggested_appointment_by_sale(
        self,
        *,
        sale_id: int | Unset = UNSET,
        current_appointment_id: int | Unset = UNSET,
        skip_complete_check: bool | Unset = UNSET,
    ) -> SuggestedAppointment | None:
        """Gets the next suggested appointment for a given sale (or rather a given sale's
        guide).

        Returns:
            The result.
        """
        return await self._call(
            GET_NEXT_SUGGESTED_APPOINTMENT_BY_SALE,
            (sale_id, current_appointment_id, skip_complete_check),
        )

    async def create_default_re_open_appointment(
        self, *, sale_id: int | Unset = UNSET
    ) -> AppointmentEntity | None:
        """A re-open appointment should be created as a reminder to re-open the sale at a
        certain date with information regarding the stalled sale.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_RE_OPEN_APPOINTMENT, (sale_id,))

    async def create_default_appointment_entity_from_project_suggestion(
        self,
        *,
        suggested_appointment_id: int | Unset = UNSET,
        project_id: int | Unset = UNSET,
        create_now: bool | Unset = UNSET,
        owner_id: int | Unset = UNSET,
    ) -> AppointmentEntity | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_DEFAULT_APPOINTMENT_ENTITY_FROM_PROJECT_SUGGESTION,
            (suggested_appointment_id, project_id, create_now, owner_id),
        )

    async def create_appointment_for_uid(
        self,
        *,
        appointment_entity: AppointmentEntity | None | Unset = UNSET,
        uid: str | None | Unset = UNSET,
    ) -> AppointmentEntity | None:
        """Create an invitation record and an appointment with a given UID to reserve it if the
        UID is unused, otherwise null.

        Returns:
            The result.
        """
        return await self._call(CREATE_APPOINTMENT_FOR_UID, (appointment_entity, uid))

    async def get_appointment_from_uid(
        self, *, uid: str | None | Unset = UNSET
    ) -> AppointmentEntity | None:
        """Get the appointment that corresponds to the given UID.

        Returns:
            The result.
        """
        return await self._call(GET_APPOINTMENT_FROM_UID, (uid,))

    async def can_assign_to_project_member(
        self, *, project_id: int | Unset = UNSET, suggested_appointment_id: int | Unset = UNSET
    ) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(
            CAN_ASSIGN_TO_PROJECT_MEMBER, (project_id, suggested_appointment_id)
        )

    async def get_uid_from_appointment_id(
        self, *, appointment_id: int | Unset = UNSET, use_mother_id: bool | Unset = UNSET
    ) -> str | None:
        """Get the UID associated with the appointment id in the Invitation table.

        Returns:
            The result.
        """
        return await self._call(GET_UID_FROM_APPOINTMENT_ID, (appointment_id, use_mother_id))

    async def update_appointment_from_ics_response(
        self, *, email_address: str | None | Unset = UNSET, ics_data: bytes | None | Unset = UNSET
    ) -> bool | None:
        """Update the attendance to an appointment based on incoming ICS RSVPs.

        Returns:
            The result.
        """
        return await self._call(UPDATE_APPOINTMENT_FROM_ICS_RESPONSE, (email_address, ics_data))

    async def validate_appointment_entity(
        self, *, appointment_entity: AppointmentEntity | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Check that entity is ready for saving.

        Returns:
            The result.
        """
        return await self._call(VALIDATE_APPOINTMENT_ENTITY, (appointment_entity,))

    async def will_send_email(
        self, *, appointment: AppointmentEntity | None | Unset = UNSET
    ) -> bool | None:
        """Returns true if the changes will trigger email sending on Save, so you can inform
        the user.

        Returns:
            The result.
        """
        return await self._call(WILL_SEND_EMAIL, (appointment,))

    async def accept_with_smtp_email_confirmation(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
        smtp_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
    ) -> None:
        """Accepting an appointment invitation and send an email confirmation to the meeting
        organizer.
        """
        return await self._call(
            ACCEPT_WITH_SMTP_EMAIL_CONFIRMATION,
            (appointment_id, update_mode, smtp_e_mail_connection_info),
        )

    async def reject_with_smtp_email_confirmation(
        self,
        *,
        appointment_id: int | Unset = UNSET,
        reject_reason: str | None | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
        smtp_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
    ) -> None:
        """Rejecting an appointment invitation and send an email confirmation to the meeting
        organizer.
        """
        return await self._call(
            REJECT_WITH_SMTP_EMAIL_CONFIRMATION,
            (appointment_id, reject_reason, update_mode, smtp_e_mail_connection_info),
        )

    async def get_appointment_email_invitation(
        self,
        *,
        appointment: AppointmentEntity | None | Unset = UNSET,
        template_name: str | None | Unset = UNSET,
        language: str | None | Unset = UNSET,
    ) -> EMailEntity | None:
        """Create an EMailEntity (without an ical attachment) with the email sent to
        participants when the appointment is saved

        Returns:
            The result.
        """
        return await self._call(
            GET_APPOINTMENT_EMAIL_INVITATION, (appointment, template_name, language)
        )

    async def save_with_custom_invitation(
        self,
        *,
        appointment_entity: AppointmentEntity | None | Unset = UNSET,
        update_mode: RecurrenceUpdateMode | str | Unset = UNSET,
        send_email_to_participants: bool | Unset = UNSET,
        smtp_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
        imap_e_mail_connection_info: EMailConnectionInfo | None | Unset = UNSET,
        email_body: str | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
        template_language: str | None | Unset = UNSET,
    ) -> AppointmentSaveData | None:
        """Save a booking and send a custom invitation email to participants

        Returns:
            The result.
        """
        return await self._call(
            SAVE_WITH_CUSTOM_INVITATION,
            (
                appointment_entity,
                update_mode,
                send_email_to_participants,
                smtp_e_mail_connection_info,
                imap_e_mail_connection_info,
                email_body,
                subject,
                template_language,
            ),
        )

    async def convert_appointment_to_task(
        self, *, appointment_id: int | Unset = UNSET
    ) -> AppointmentEntity | None:
        """Convert appointment to task if certain criteria are met (participants &lt; 2)

        Returns:
            The result.
        """
        return await self._call(CONVERT_APPOINTMENT_TO_TASK, (appointment_id,))

    async def get_appointment_list(
        self, *, appointment_ids: list[int] | None | Unset = UNSET
    ) -> list[Appointment | None] | None:
        """Gets an array of Appointment objects.

        Returns:
            The result.
        """
        return await self._call(GET_APPOINTMENT_LIST, (appointment_ids,))

    async def get_my_appointments(
        self,
        *,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return await self._call(GET_MY_APPOINTMENTS, (start_time, end_time, count))

    async def get_person_appointments(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_appointments: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PERSON_APPOINTMENTS,
            (person_id, include_project_appointments, start_time, end_time, count),
        )

    async def get_my_diary(
        self,
        *,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return await self._call(GET_MY_DIARY, (start_time, end_time, count))

    async def get_my_tasks(self, *, count: int | Unset = UNSET) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return await self._call(GET_MY_TASKS, (count,))

    async def get_person_diary(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return await self._call(GET_PERSON_DIARY, (person_id, start_time, end_time, count))

    async def get_person_tasks(
        self, *, person_id: int | Unset = UNSET, count: int | Unset = UNSET
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return await self._call(GET_PERSON_TASKS, (person_id, count))

    async def get_person_appointments_by_type(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_appointments: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        appointment_type: AppointmentType | str | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        type within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PERSON_APPOINTMENTS_BY_TYPE,
            (
                person_id,
                include_project_appointments,
                start_time,
                end_time,
                count,
                appointment_type,
            ),
        )

    async def get_project_appointments(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_APPOINTMENTS, (project_id, start_time, end_time, count)
        )

    async def get_project_appointments_by_type(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        appointment_type: AppointmentType | str | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        type within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_APPOINTMENTS_BY_TYPE,
            (project_id, start_time, end_time, count, appointment_type),
        )

    async def get_contact_appointments(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_CONTACT_APPOINTMENTS, (contact_id, start_time, end_time, count)
        )

    async def get_contact_appointments_by_type(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        appointment_type: AppointmentType | str | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        type within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_CONTACT_APPOINTMENTS_BY_TYPE,
            (contact_id, start_time, end_time, count, appointment_type),
        )

    async def get_project_member_appointments(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_MEMBER_APPOINTMENTS, (person_id, start_time, end_time, count)
        )

    async def get_project_member_appointments_by_type(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        appointment_type: AppointmentType | str | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        type within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_MEMBER_APPOINTMENTS_BY_TYPE,
            (person_id, start_time, end_time, count, appointment_type),
        )

    async def get_person_appointments_by_task(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_appointments: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_id: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        task type within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PERSON_APPOINTMENTS_BY_TASK,
            (person_id, include_project_appointments, start_time, end_time, count, task_id),
        )

    async def get_person_appointments_by_tasks(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_appointments: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_ids: list[int] | None | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments from a list of appointment
        task types within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PERSON_APPOINTMENTS_BY_TASKS,
            (person_id, include_project_appointments, start_time, end_time, count, task_ids),
        )

    async def get_person_appointments_by_task_heading(
        self,
        *,
        person_id: int | Unset = UNSET,
        include_project_appointments: bool | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_heading_id: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        task heading within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PERSON_APPOINTMENTS_BY_TASK_HEADING,
            (
                person_id,
                include_project_appointments,
                start_time,
                end_time,
                count,
                task_heading_id,
            ),
        )

    async def get_project_appointments_by_task(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_id: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        task type within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_APPOINTMENTS_BY_TASK, (project_id, start_time, end_time, count, task_id)
        )

    async def get_project_appointments_by_tasks(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_ids: list[int] | None | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments matching the list of
        appointment task types within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_APPOINTMENTS_BY_TASKS, (project_id, start_time, end_time, count, task_ids)
        )

    async def get_project_appointments_by_task_heading(
        self,
        *,
        project_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_heading_id: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        task heading within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_APPOINTMENTS_BY_TASK_HEADING,
            (project_id, start_time, end_time, count, task_heading_id),
        )

    async def get_project_member_appointments_by_task(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_id: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        task type within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_MEMBER_APPOINTMENTS_BY_TASK,
            (person_id, start_time, end_time, count, task_id),
        )

    async def get_project_member_appointments_by_tasks(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_ids: list[int] | None | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments matching a set of appointment
        task types within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_MEMBER_APPOINTMENTS_BY_TASKS,
            (person_id, start_time, end_time, count, task_ids),
        )

    async def get_project_member_appointments_by_task_heading(
        self,
        *,
        person_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_heading_id: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        task heading within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_PROJECT_MEMBER_APPOINTMENTS_BY_TASK_HEADING,
            (person_id, start_time, end_time, count, task_heading_id),
        )

    async def get_contact_appointments_by_task(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_id: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        task type within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_CONTACT_APPOINTMENTS_BY_TASK, (contact_id, start_time, end_time, count, task_id)
        )

    async def get_contact_appointments_by_tasks(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_ids: list[int] | None | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments belonging to an array of
        appointment task types within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_CONTACT_APPOINTMENTS_BY_TASKS, (contact_id, start_time, end_time, count, task_ids)
        )

    async def get_contact_appointments_by_task_heading(
        self,
        *,
        contact_id: int | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        count: int | Unset = UNSET,
        task_heading_id: int | Unset = UNSET,
    ) -> list[Appointment | None] | None:
        """Method that returns a specified number of appointments of a specific appointment
        task heading within a time range.

        Returns:
            The result.
        """
        return await self._call(
            GET_CONTACT_APPOINTMENTS_BY_TASK_HEADING,
            (contact_id, start_time, end_time, count, task_heading_id),
        )


class AppointmentAgent(AppointmentMethods, SoapCaller):
    """Appointment over SOAP 1.1 (``Remote/Services88/Appointment.svc``), synchronous."""

    _PATH = "Remote/Services88/Appointment.svc"
    _HEADERS = HEADERS


class AsyncAppointmentAgent(AsyncAppointmentMethods, AsyncSoapCaller):
    """Appointment over SOAP 1.1 (``Remote/Services88/Appointment.svc``), asynchronous."""

    _PATH = "Remote/Services88/Appointment.svc"
    _HEADERS = HEADERS


class AppointmentRestAgent(AppointmentMethods, RestCaller):
    """Appointment over REST (``/api/v1/Agents/Appointment/...``), synchronous."""


class AsyncAppointmentRestAgent(AsyncAppointmentMethods, AsyncRestCaller):
    """Appointment over REST (``/api/v1/Agents/Appointment/...``), asynchronous."""
