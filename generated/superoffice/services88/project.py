"""Services88 Project agent (``Remote/Services88/Project.svc``).

``ProjectAgent`` and ``AsyncProjectAgent`` call it over SOAP, ``ProjectRestAgent`` and
``AsyncProjectRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import BOOL, BYTES, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.appointment import APPOINTMENT_CODEC, Appointment
from .types.duplicate_entry import (
    DUPLICATE_ENTRY_CODEC,
    LIST_OF_DUPLICATE_ENTRY_CODEC,
    DuplicateEntry,
)
from .types.duplicate_rule import LIST_OF_DUPLICATE_RULE_CODEC, DuplicateRule
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.project import LIST_OF_PROJECT_CODEC, PROJECT_CODEC, Project
from .types.project_entity import PROJECT_ENTITY_CODEC, ProjectEntity
from .types.project_event import LIST_OF_PROJECT_EVENT_CODEC, PROJECT_EVENT_CODEC, ProjectEvent
from .types.project_event_entity import PROJECT_EVENT_ENTITY_CODEC, ProjectEventEntity
from .types.project_member import LIST_OF_PROJECT_MEMBER_CODEC, PROJECT_MEMBER_CODEC, ProjectMember
from .types.string_dictionary import STRING_DICTIONARY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_PROJECT_ENTITY: Operation[ProjectEntity | None] = Operation(
    "CreateDefaultProjectEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/CreateDefaultProjectEntity",
    results=(Param("response", "Response", PROJECT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/CreateDefaultProjectEntity",
    rest_select=False,
)

SAVE_PROJECT_ENTITY: Operation[ProjectEntity | None] = Operation(
    "SaveProjectEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/SaveProjectEntity",
    params=(Param("project_entity", "ProjectEntity", PROJECT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", PROJECT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/SaveProjectEntity",
    rest_body="project_entity",
    rest_select=False,
)

DELETE_PROJECT_ENTITY: Operation[None] = Operation(
    "DeleteProjectEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/DeleteProjectEntity",
    params=(Param("project_entity_id", "ProjectEntityId", INT, query="projectEntityId"),),
    rest_path="/api/v1/Agents/Project/DeleteProjectEntity",
    rest_select=False,
)

CREATE_DEFAULT_PROJECT_EVENT_ENTITY: Operation[ProjectEventEntity | None] = Operation(
    "CreateDefaultProjectEventEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/CreateDefaultProjectEventEntity",
    results=(Param("response", "Response", PROJECT_EVENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/CreateDefaultProjectEventEntity",
    rest_select=False,
)

SAVE_PROJECT_EVENT_ENTITY: Operation[ProjectEventEntity | None] = Operation(
    "SaveProjectEventEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/SaveProjectEventEntity",
    params=(
        Param(
            "project_event_entity", "ProjectEventEntity", PROJECT_EVENT_ENTITY_CODEC, nillable=True
        ),
    ),
    results=(Param("response", "Response", PROJECT_EVENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/SaveProjectEventEntity",
    rest_body="project_event_entity",
    rest_select=False,
)

DELETE_PROJECT_EVENT_ENTITY: Operation[None] = Operation(
    "DeleteProjectEventEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/DeleteProjectEventEntity",
    params=(
        Param(
            "project_event_entity_id", "ProjectEventEntityId", INT, query="projectEventEntityId"
        ),
    ),
    rest_path="/api/v1/Agents/Project/DeleteProjectEventEntity",
    rest_select=False,
)

CREATE_DEFAULT_PROJECT_MEMBER: Operation[ProjectMember | None] = Operation(
    "CreateDefaultProjectMember",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/CreateDefaultProjectMember",
    results=(Param("response", "Response", PROJECT_MEMBER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/CreateDefaultProjectMember",
    rest_select=False,
)

SAVE_PROJECT_MEMBER: Operation[ProjectMember | None] = Operation(
    "SaveProjectMember",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/SaveProjectMember",
    params=(Param("project_member", "ProjectMember", PROJECT_MEMBER_CODEC, nillable=True),),
    results=(Param("response", "Response", PROJECT_MEMBER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/SaveProjectMember",
    rest_body="project_member",
    rest_select=False,
)

DELETE_PROJECT_MEMBER: Operation[None] = Operation(
    "DeleteProjectMember",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/DeleteProjectMember",
    params=(Param("project_member_id", "ProjectMemberId", INT, query="projectMemberId"),),
    rest_path="/api/v1/Agents/Project/DeleteProjectMember",
    rest_select=False,
)

GET_PROJECT: Operation[Project | None] = Operation(
    "GetProject",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProject",
    params=(Param("project_id", "ProjectId", INT, query="projectId"),),
    results=(Param("response", "Response", PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProject",
)

GET_PROJECT_ENTITY: Operation[ProjectEntity | None] = Operation(
    "GetProjectEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectEntity",
    params=(Param("project_entity_id", "ProjectEntityId", INT, query="projectEntityId"),),
    results=(Param("response", "Response", PROJECT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectEntity",
)

ADD_PROJECT_MEMBERS: Operation[None] = Operation(
    "AddProjectMembers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/AddProjectMembers",
    params=(
        Param("project_entity_id", "ProjectEntityId", INT),
        Param("project_members", "ProjectMembers", LIST_OF_PROJECT_MEMBER_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Project/AddProjectMembers",
)

DELETE_PROJECT_MEMBERS: Operation[None] = Operation(
    "DeleteProjectMembers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/DeleteProjectMembers",
    params=(
        Param("project_entity_id", "ProjectEntityId", INT),
        Param("member_ids", "MemberIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Project/DeleteProjectMembers",
)

GET_PROJECT_IMAGE: Operation[bytes | None] = Operation(
    "GetProjectImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectImage",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectImage",
)

SET_PROJECT_IMAGE: Operation[None] = Operation(
    "SetProjectImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/SetProjectImage",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/Project/SetProjectImage",
)

DELETE_PROJECT_MEMBER_BY_IDS: Operation[None] = Operation(
    "DeleteProjectMemberByIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/DeleteProjectMemberByIds",
    params=(Param("project_member_ids", "ProjectMemberIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/DeleteProjectMemberByIds",
)

GET_DUPLICATES: Operation[list[DuplicateEntry | None] | None] = Operation(
    "GetDuplicates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetDuplicates",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_DUPLICATE_ENTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetDuplicates",
)

CREATE_NEW_ENTRY: Operation[int | None] = Operation(
    "CreateNewEntry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/CreateNewEntry",
    params=(Param("duplicate", "Duplicate", DUPLICATE_ENTRY_CODEC, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Project/CreateNewEntry",
)

SET_DUPLICATE_RULES_STATUS: Operation[None] = Operation(
    "SetDuplicateRulesStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/SetDuplicateRulesStatus",
    params=(Param("rules", "Rules", LIST_OF_DUPLICATE_RULE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/SetDuplicateRulesStatus",
)

GET_DUPLICATE_RULES: Operation[list[DuplicateRule | None] | None] = Operation(
    "GetDuplicateRules",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetDuplicateRules",
    results=(Param("response", "Response", LIST_OF_DUPLICATE_RULE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetDuplicateRules",
)

MERGE: Operation[None] = Operation(
    "Merge",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/Merge",
    params=(
        Param("source_project_id", "SourceProjectId", INT),
        Param("destination_project_id", "DestinationProjectId", INT),
        Param("replace_empty_fields_on_destination", "ReplaceEmptyFieldsOnDestination", BOOL),
    ),
    rest_path="/api/v1/Agents/Project/Merge",
)

IS_NUMBER_VALID: Operation[bool | None] = Operation(
    "IsNumberValid",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/IsNumberValid",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("number", "Number", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Project/IsNumberValid",
)

HAS_GUIDE: Operation[bool | None] = Operation(
    "HasGuide",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/HasGuide",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Project/HasGuide",
)

GET_NEXT_MILESTONE: Operation[Appointment | None] = Operation(
    "GetNextMilestone",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetNextMilestone",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetNextMilestone",
)

OFFER_AUTO_NEXT_STATUS_ON_APPPOINTMENT_COMPLETED: Operation[bool | None] = Operation(
    "OfferAutoNextStatusOnApppointmentCompleted",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/OfferAutoNextStatusOnApppointmentCompleted",
    params=(Param("appointment_id", "AppointmentId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Project/OfferAutoNextStatusOnApppointmentCompleted",
)

GET_NEXT_PROJECT_STATUS: Operation[int | None] = Operation(
    "GetNextProjectStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetNextProjectStatus",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Project/GetNextProjectStatus",
)

HAS_GUIDE_ACTIVITIES: Operation[bool | None] = Operation(
    "HasGuideActivities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/HasGuideActivities",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Project/HasGuideActivities",
)

VALIDATE_PROJECT_ENTITY: Operation[dict[str, str | None] | None] = Operation(
    "ValidateProjectEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/ValidateProjectEntity",
    params=(Param("project_entity", "ProjectEntity", PROJECT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/ValidateProjectEntity",
)

SET_COMPLETED: Operation[None] = Operation(
    "SetCompleted",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/SetCompleted",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("is_completed", "IsCompleted", BOOL),
    ),
    rest_path="/api/v1/Agents/Project/SetCompleted",
)

GET_PROJECT_EVENT: Operation[ProjectEvent | None] = Operation(
    "GetProjectEvent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectEvent",
    params=(Param("project_event_id", "ProjectEventId", INT, query="projectEventId"),),
    results=(Param("response", "Response", PROJECT_EVENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectEvent",
)

GET_PROJECT_EVENT_ON_PERSON: Operation[ProjectEvent | None] = Operation(
    "GetProjectEventOnPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectEventOnPerson",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("person_id", "PersonId", INT),
    ),
    results=(Param("response", "Response", PROJECT_EVENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectEventOnPerson",
)

GET_PROJECT_EVENT_ENTITY: Operation[ProjectEventEntity | None] = Operation(
    "GetProjectEventEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectEventEntity",
    params=(
        Param(
            "project_event_entity_id", "ProjectEventEntityId", INT, query="projectEventEntityId"
        ),
    ),
    results=(Param("response", "Response", PROJECT_EVENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectEventEntity",
)

GET_PROJECT_EVENT_ENTITY_FROM_PROJECT_ID: Operation[ProjectEventEntity | None] = Operation(
    "GetProjectEventEntityFromProjectId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectEventEntityFromProjectId",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", PROJECT_EVENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectEventEntityFromProjectId",
)

DELETE_PROJECT_EVENT_ENTITY_FROM_PROJECT_ID: Operation[None] = Operation(
    "DeleteProjectEventEntityFromProjectId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/DeleteProjectEventEntityFromProjectId",
    params=(Param("project_id", "ProjectId", INT),),
    rest_path="/api/v1/Agents/Project/DeleteProjectEventEntityFromProjectId",
)

GET_PROJECT_EVENT_LIST: Operation[list[ProjectEvent | None] | None] = Operation(
    "GetProjectEventList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectEventList",
    params=(Param("project_event_ids", "ProjectEventIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PROJECT_EVENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectEventList",
    rest_body="project_event_ids",
)

GET_MY_PROJECT_EVENTS: Operation[list[ProjectEvent | None] | None] = Operation(
    "GetMyProjectEvents",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetMyProjectEvents",
    results=(Param("response", "Response", LIST_OF_PROJECT_EVENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetMyProjectEvents",
)

GET_PROJECT_EVENTS_ON_PERSON: Operation[list[ProjectEvent | None] | None] = Operation(
    "GetProjectEventsOnPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectEventsOnPerson",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", LIST_OF_PROJECT_EVENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectEventsOnPerson",
)

GET_PROJECT_LIST: Operation[list[Project | None] | None] = Operation(
    "GetProjectList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectList",
    params=(Param("project_ids", "ProjectIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectList",
    rest_body="project_ids",
)

GET_MY_PROJECTS: Operation[list[Project | None] | None] = Operation(
    "GetMyProjects",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetMyProjects",
    params=(Param("include_member_projects", "IncludeMemberProjects", BOOL),),
    results=(Param("response", "Response", LIST_OF_PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetMyProjects",
)

GET_MY_MEMBER_PROJECTS: Operation[list[Project | None] | None] = Operation(
    "GetMyMemberProjects",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetMyMemberProjects",
    results=(Param("response", "Response", LIST_OF_PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetMyMemberProjects",
)

GET_PROJECTS_FROM_PERSON: Operation[list[Project | None] | None] = Operation(
    "GetProjectsFromPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectsFromPerson",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", LIST_OF_PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectsFromPerson",
)

GET_PROJECTS_FROM_CONTACT: Operation[list[Project | None] | None] = Operation(
    "GetProjectsFromContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectsFromContact",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", LIST_OF_PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectsFromContact",
)

GET_PUBLISHED_PROJECT: Operation[Project | None] = Operation(
    "GetPublishedProject",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetPublishedProject",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetPublishedProject",
)

GET_PUBLISHED_PROJECTS: Operation[list[Project | None] | None] = Operation(
    "GetPublishedProjects",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetPublishedProjects",
    params=(Param("project_ids", "ProjectIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetPublishedProjects",
)

GET_MY_PUBLISHED_PROJECTS: Operation[list[Project | None] | None] = Operation(
    "GetMyPublishedProjects",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetMyPublishedProjects",
    results=(Param("response", "Response", LIST_OF_PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetMyPublishedProjects",
)

GET_PUBLISHED_PROJECTS_ON_PERSON_ID: Operation[list[Project | None] | None] = Operation(
    "GetPublishedProjectsOnPersonId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetPublishedProjectsOnPersonId",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", LIST_OF_PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetPublishedProjectsOnPersonId",
)

GET_PROJECT_MEMBER: Operation[ProjectMember | None] = Operation(
    "GetProjectMember",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectMember",
    params=(Param("project_member_id", "ProjectMemberId", INT, query="projectMemberId"),),
    results=(Param("response", "Response", PROJECT_MEMBER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectMember",
)

UPDATE_PROJECT_MEMBERS: Operation[None] = Operation(
    "UpdateProjectMembers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/UpdateProjectMembers",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("project_members", "ProjectMembers", LIST_OF_PROJECT_MEMBER_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Project/UpdateProjectMembers",
)

GET_PROJECT_MEMBERS: Operation[list[ProjectMember | None] | None] = Operation(
    "GetProjectMembers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectMembers",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", LIST_OF_PROJECT_MEMBER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectMembers",
)

UPDATE_PROJECT_MEMBER: Operation[ProjectMember | None] = Operation(
    "UpdateProjectMember",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/UpdateProjectMember",
    params=(Param("project_member", "ProjectMember", PROJECT_MEMBER_CODEC, nillable=True),),
    results=(Param("response", "Response", PROJECT_MEMBER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/UpdateProjectMember",
)

GET_PROJECT_MEMBERS_BY_ID: Operation[list[ProjectMember | None] | None] = Operation(
    "GetProjectMembersById",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectMembersById",
    params=(Param("project_member_ids", "ProjectMemberIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PROJECT_MEMBER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectMembersById",
)

SAVE_PROJECT_MEMBERS_FUNCTION_AND_COMMENT: Operation[None] = Operation(
    "SaveProjectMembersFunctionAndComment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/SaveProjectMembersFunctionAndComment",
    params=(
        Param("project_member_ids", "ProjectMemberIds", LIST_OF_INT_CODEC, nillable=True),
        Param("role_id", "RoleId", INT),
        Param("comment", "Comment", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Project/SaveProjectMembersFunctionAndComment",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateDefaultProjectEntity": CREATE_DEFAULT_PROJECT_ENTITY,
    "SaveProjectEntity": SAVE_PROJECT_ENTITY,
    "DeleteProjectEntity": DELETE_PROJECT_ENTITY,
    "CreateDefaultProjectEventEntity": CREATE_DEFAULT_PROJECT_EVENT_ENTITY,
    "SaveProjectEventEntity": SAVE_PROJECT_EVENT_ENTITY,
    "DeleteProjectEventEntity": DELETE_PROJECT_EVENT_ENTITY,
    "CreateDefaultProjectMember": CREATE_DEFAULT_PROJECT_MEMBER,
    "SaveProjectMember": SAVE_PROJECT_MEMBER,
    "DeleteProjectMember": DELETE_PROJECT_MEMBER,
    "GetProject": GET_PROJECT,
    "GetProjectEntity": GET_PROJECT_ENTITY,
    "AddProjectMembers": ADD_PROJECT_MEMBERS,
    "DeleteProjectMembers": DELETE_PROJECT_MEMBERS,
    "GetProjectImage": GET_PROJECT_IMAGE,
    "SetProjectImage": SET_PROJECT_IMAGE,
    "DeleteProjectMemberByIds": DELETE_PROJECT_MEMBER_BY_IDS,
    "GetDuplicates": GET_DUPLICATES,
    "CreateNewEntry": CREATE_NEW_ENTRY,
    "SetDuplicateRulesStatus": SET_DUPLICATE_RULES_STATUS,
    "GetDuplicateRules": GET_DUPLICATE_RULES,
    "Merge": MERGE,
    "IsNumberValid": IS_NUMBER_VALID,
    "HasGuide": HAS_GUIDE,
    "GetNextMilestone": GET_NEXT_MILESTONE,
    "OfferAutoNextStatusOnApppointmentCompleted": OFFER_AUTO_NEXT_STATUS_ON_APPPOINTMENT_COMPLETED,
    "GetNextProjectStatus": GET_NEXT_PROJECT_STATUS,
    "HasGuideActivities": HAS_GUIDE_ACTIVITIES,
    "ValidateProjectEntity": VALIDATE_PROJECT_ENTITY,
    "SetCompleted": SET_COMPLETED,
    "GetProjectEvent": GET_PROJECT_EVENT,
    "GetProjectEventOnPerson": GET_PROJECT_EVENT_ON_PERSON,
    "GetProjectEventEntity": GET_PROJECT_EVENT_ENTITY,
    "GetProjectEventEntityFromProjectId": GET_PROJECT_EVENT_ENTITY_FROM_PROJECT_ID,
    "DeleteProjectEventEntityFromProjectId": DELETE_PROJECT_EVENT_ENTITY_FROM_PROJECT_ID,
    "GetProjectEventList": GET_PROJECT_EVENT_LIST,
    "GetMyProjectEvents": GET_MY_PROJECT_EVENTS,
    "GetProjectEventsOnPerson": GET_PROJECT_EVENTS_ON_PERSON,
    "GetProjectList": GET_PROJECT_LIST,
    "GetMyProjects": GET_MY_PROJECTS,
    "GetMyMemberProjects": GET_MY_MEMBER_PROJECTS,
    "GetProjectsFromPerson": GET_PROJECTS_FROM_PERSON,
    "GetProjectsFromContact": GET_PROJECTS_FROM_CONTACT,
    "GetPublishedProject": GET_PUBLISHED_PROJECT,
    "GetPublishedProjects": GET_PUBLISHED_PROJECTS,
    "GetMyPublishedProjects": GET_MY_PUBLISHED_PROJECTS,
    "GetPublishedProjectsOnPersonId": GET_PUBLISHED_PROJECTS_ON_PERSON_ID,
    "GetProjectMember": GET_PROJECT_MEMBER,
    "UpdateProjectMembers": UPDATE_PROJECT_MEMBERS,
    "GetProjectMembers": GET_PROJECT_MEMBERS,
    "UpdateProjectMember": UPDATE_PROJECT_MEMBER,
    "GetProjectMembersById": GET_PROJECT_MEMBERS_BY_ID,
    "SaveProjectMembersFunctionAndComment": SAVE_PROJECT_MEMBERS_FUNCTION_AND_COMMENT,
}


class ProjectMethods(SyncCalls):
    """The Project operations, called synchronously (SOAP or REST)."""

    def create_default_project_entity(self) -> ProjectEntity | None:
        """Loading default values into a new ProjectEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_PROJECT_ENTITY, ())

    def save_project_entity(
        self, *, project_entity: ProjectEntity | None | Unset = UNSET
    ) -> ProjectEntity | None:
        """Updates the existing ProjectEntity or creates a new ProjectEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_PROJECT_ENTITY, (project_entity,))

    def delete_project_entity(self, *, project_entity_id: int | Unset = UNSET) -> None:
        """Deletes the ProjectEntity"""
        return self._call(DELETE_PROJECT_ENTITY, (project_entity_id,))

    def create_default_project_event_entity(self) -> ProjectEventEntity | None:
        """Loading default values into a new ProjectEventEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_PROJECT_EVENT_ENTITY, ())

    def save_project_event_entity(
        self, *, project_event_entity: ProjectEventEntity | None | Unset = UNSET
    ) -> ProjectEventEntity | None:
        """Updates the existing ProjectEventEntity or creates a new ProjectEventEntity if the
        id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_PROJECT_EVENT_ENTITY, (project_event_entity,))

    def delete_project_event_entity(self, *, project_event_entity_id: int | Unset = UNSET) -> None:
        """Deletes the ProjectEventEntity"""
        return self._call(DELETE_PROJECT_EVENT_ENTITY, (project_event_entity_id,))

    def create_default_project_member(self) -> ProjectMember | None:
        """Loading default values into a new ProjectMember.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_PROJECT_MEMBER, ())

    def save_project_member(
        self, *, project_member: ProjectMember | None | Unset = UNSET
    ) -> ProjectMember | None:
        """Updates the existing ProjectMember or creates a new ProjectMember if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_PROJECT_MEMBER, (project_member,))

    def delete_project_member(self, *, project_member_id: int | Unset = UNSET) -> None:
        """Deletes the ProjectMember"""
        return self._call(DELETE_PROJECT_MEMBER, (project_member_id,))

    def get_project(self, *, project_id: int | Unset = UNSET) -> Project | None:
        """Gets a Project object.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT, (project_id,))

    def get_project_entity(
        self, *, project_entity_id: int | Unset = UNSET
    ) -> ProjectEntity | None:
        """Gets a ProjectEntity object.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_ENTITY, (project_entity_id,))

    def add_project_members(
        self,
        *,
        project_entity_id: int | Unset = UNSET,
        project_members: list[ProjectMember | None] | None | Unset = UNSET,
    ) -> None:
        """Add multiple project members to a project"""
        return self._call(ADD_PROJECT_MEMBERS, (project_entity_id, project_members))

    def delete_project_members(
        self,
        *,
        project_entity_id: int | Unset = UNSET,
        member_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Delete the given project members from a project"""
        return self._call(DELETE_PROJECT_MEMBERS, (project_entity_id, member_ids))

    def get_project_image(self, *, project_id: int | Unset = UNSET) -> bytes | None:
        """Returns the project image that is displayed in the CRM application.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_IMAGE, (project_id,))

    def set_project_image(
        self, *, project_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Stores the project image that is displayed in the CRM application."""
        return self._call(SET_PROJECT_IMAGE, (project_id, image))

    def delete_project_member_by_ids(
        self, *, project_member_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Deletes projectmembers rows."""
        return self._call(DELETE_PROJECT_MEMBER_BY_IDS, (project_member_ids,))

    def get_duplicates(
        self, *, name: str | None | Unset = UNSET
    ) -> list[DuplicateEntry | None] | None:
        """Get duplicates(exact or similar in the database) based on the name

        Returns:
            The result.
        """
        return self._call(GET_DUPLICATES, (name,))

    def create_new_entry(self, *, duplicate: DuplicateEntry | None | Unset = UNSET) -> int | None:
        """Creates a new project based on external duplicate

        Returns:
            The result.
        """
        return self._call(CREATE_NEW_ENTRY, (duplicate,))

    def set_duplicate_rules_status(
        self, *, rules: list[DuplicateRule | None] | None | Unset = UNSET
    ) -> None:
        """Set which duplicate rules should be active or not"""
        return self._call(SET_DUPLICATE_RULES_STATUS, (rules,))

    def get_duplicate_rules(self) -> list[DuplicateRule | None] | None:
        """Retrieve all available duplicate rules for project

        Returns:
            The result.
        """
        return self._call(GET_DUPLICATE_RULES, ())

    def merge(
        self,
        *,
        source_project_id: int | Unset = UNSET,
        destination_project_id: int | Unset = UNSET,
        replace_empty_fields_on_destination: bool | Unset = UNSET,
    ) -> None:
        """Merge two projects into one, removing the source project in the process"""
        return self._call(
            MERGE, (source_project_id, destination_project_id, replace_empty_fields_on_destination)
        )

    def is_number_valid(
        self, *, contact_id: int | Unset = UNSET, number: str | None | Unset = UNSET
    ) -> bool | None:
        """Checks if the number is unique or required.

        Returns:
            The result.
        """
        return self._call(IS_NUMBER_VALID, (contact_id, number))

    def has_guide(self, *, project_id: int | Unset = UNSET) -> bool | None:
        """Does this project have a guide associated with its project type?

        Returns:
            The result.
        """
        return self._call(HAS_GUIDE, (project_id,))

    def get_next_milestone(self, *, project_id: int | Unset = UNSET) -> Appointment | None:
        """Next upcoming milestone appointment

        Returns:
            The result.
        """
        return self._call(GET_NEXT_MILESTONE, (project_id,))

    def offer_auto_next_status_on_apppointment_completed(
        self, *, appointment_id: int | Unset = UNSET
    ) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(OFFER_AUTO_NEXT_STATUS_ON_APPPOINTMENT_COMPLETED, (appointment_id,))

    def get_next_project_status(self, *, project_id: int | Unset = UNSET) -> int | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(GET_NEXT_PROJECT_STATUS, (project_id,))

    def has_guide_activities(self, *, project_id: int | Unset = UNSET) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return self._call(HAS_GUIDE_ACTIVITIES, (project_id,))

    def validate_project_entity(
        self, *, project_entity: ProjectEntity | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Check that entity is ready for saving, return error messages by field.

        Returns:
            The result.
        """
        return self._call(VALIDATE_PROJECT_ENTITY, (project_entity,))

    def set_completed(
        self, *, project_id: int | Unset = UNSET, is_completed: bool | Unset = UNSET
    ) -> None:
        """Set the completed flag on the project"""
        return self._call(SET_COMPLETED, (project_id, is_completed))

    def get_project_event(self, *, project_event_id: int | Unset = UNSET) -> ProjectEvent | None:
        """Gets a ProjectEvent object.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_EVENT, (project_event_id,))

    def get_project_event_on_person(
        self, *, project_id: int | Unset = UNSET, person_id: int | Unset = UNSET
    ) -> ProjectEvent | None:
        """Gets a ProjectEvent object from a project and a person.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_EVENT_ON_PERSON, (project_id, person_id))

    def get_project_event_entity(
        self, *, project_event_entity_id: int | Unset = UNSET
    ) -> ProjectEventEntity | None:
        """Gets a ProjectEventEntity object.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_EVENT_ENTITY, (project_event_entity_id,))

    def get_project_event_entity_from_project_id(
        self, *, project_id: int | Unset = UNSET
    ) -> ProjectEventEntity | None:
        """Get a ProjectEventEntity based on a projectId.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_EVENT_ENTITY_FROM_PROJECT_ID, (project_id,))

    def delete_project_event_entity_from_project_id(
        self, *, project_id: int | Unset = UNSET
    ) -> None:
        """Delete a project event based on a project id."""
        return self._call(DELETE_PROJECT_EVENT_ENTITY_FROM_PROJECT_ID, (project_id,))

    def get_project_event_list(
        self, *, project_event_ids: list[int] | None | Unset = UNSET
    ) -> list[ProjectEvent | None] | None:
        """Gets an array of ProjectEvent objects.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_EVENT_LIST, (project_event_ids,))

    def get_my_project_events(self) -> list[ProjectEvent | None] | None:
        """Gets all project events that belongs to the currently logged on user.

        Returns:
            The result.
        """
        return self._call(GET_MY_PROJECT_EVENTS, ())

    def get_project_events_on_person(
        self, *, person_id: int | Unset = UNSET
    ) -> list[ProjectEvent | None] | None:
        """Gets all project events that belongs to the person specified.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_EVENTS_ON_PERSON, (person_id,))

    def get_project_list(
        self, *, project_ids: list[int] | None | Unset = UNSET
    ) -> list[Project | None] | None:
        """Gets an array of Project objects.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_LIST, (project_ids,))

    def get_my_projects(
        self, *, include_member_projects: bool | Unset = UNSET
    ) -> list[Project | None] | None:
        """Returning the projects belonging to an associate.

        Returns:
            The result.
        """
        return self._call(GET_MY_PROJECTS, (include_member_projects,))

    def get_my_member_projects(self) -> list[Project | None] | None:
        """Returning the projects where an user is project member.

        Returns:
            The result.
        """
        return self._call(GET_MY_MEMBER_PROJECTS, ())

    def get_projects_from_person(
        self, *, person_id: int | Unset = UNSET
    ) -> list[Project | None] | None:
        """Return all projects where the person is project member.

        Returns:
            The result.
        """
        return self._call(GET_PROJECTS_FROM_PERSON, (person_id,))

    def get_projects_from_contact(
        self, *, contact_id: int | Unset = UNSET
    ) -> list[Project | None] | None:
        """Returns all projects where the given contact has projectmembers.

        Returns:
            The result.
        """
        return self._call(GET_PROJECTS_FROM_CONTACT, (contact_id,))

    def get_published_project(self, *, project_id: int | Unset = UNSET) -> Project | None:
        """Get published project by project id.

        Returns:
            The result.
        """
        return self._call(GET_PUBLISHED_PROJECT, (project_id,))

    def get_published_projects(
        self, *, project_ids: list[int] | None | Unset = UNSET
    ) -> list[Project | None] | None:
        """Get published projects by project ids.

        Returns:
            The result.
        """
        return self._call(GET_PUBLISHED_PROJECTS, (project_ids,))

    def get_my_published_projects(self) -> list[Project | None] | None:
        """Get published projects from the logged in user.

        Returns:
            The result.
        """
        return self._call(GET_MY_PUBLISHED_PROJECTS, ())

    def get_published_projects_on_person_id(
        self, *, person_id: int | Unset = UNSET
    ) -> list[Project | None] | None:
        """Get published projects where person is a member

        Returns:
            The result.
        """
        return self._call(GET_PUBLISHED_PROJECTS_ON_PERSON_ID, (person_id,))

    def get_project_member(
        self, *, project_member_id: int | Unset = UNSET
    ) -> ProjectMember | None:
        """Gets a ProjectMember object.

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_MEMBER, (project_member_id,))

    def update_project_members(
        self,
        *,
        project_id: int | Unset = UNSET,
        project_members: list[ProjectMember | None] | None | Unset = UNSET,
    ) -> None:
        """Update existing project members."""
        return self._call(UPDATE_PROJECT_MEMBERS, (project_id, project_members))

    def get_project_members(
        self, *, project_id: int | Unset = UNSET
    ) -> list[ProjectMember | None] | None:
        """Returns an array of project members

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_MEMBERS, (project_id,))

    def update_project_member(
        self, *, project_member: ProjectMember | None | Unset = UNSET
    ) -> ProjectMember | None:
        """Updates a ProjectMember row.

        Returns:
            The result.
        """
        return self._call(UPDATE_PROJECT_MEMBER, (project_member,))

    def get_project_members_by_id(
        self, *, project_member_ids: list[int] | None | Unset = UNSET
    ) -> list[ProjectMember | None] | None:
        """Returns an array of project members

        Returns:
            The result.
        """
        return self._call(GET_PROJECT_MEMBERS_BY_ID, (project_member_ids,))

    def save_project_members_function_and_comment(
        self,
        *,
        project_member_ids: list[int] | None | Unset = UNSET,
        role_id: int | Unset = UNSET,
        comment: str | None | Unset = UNSET,
    ) -> None:
        """Saves role and comment on an array of projectmembers represented by ids"""
        return self._call(
            SAVE_PROJECT_MEMBERS_FUNCTION_AND_COMMENT, (project_member_ids, role_id, comment)
        )


class AsyncProjectMethods(AsyncCalls):
    """The Project operations, called asynchronously (SOAP or REST)."""

    async def create_default_project_entity(self) -> ProjectEntity | None:
        """Loading default values into a new ProjectEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_PROJECT_ENTITY, ())

    async def save_project_entity(
        self, *, project_entity: ProjectEntity | None | Unset = UNSET
    ) -> ProjectEntity | None:
        """Updates the existing ProjectEntity or creates a new ProjectEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_PROJECT_ENTITY, (project_entity,))

    async def delete_project_entity(self, *, project_entity_id: int | Unset = UNSET) -> None:
        """Deletes the ProjectEntity"""
        return await self._call(DELETE_PROJECT_ENTITY, (project_entity_id,))

    async def create_default_project_event_entity(self) -> ProjectEventEntity | None:
        """Loading default values into a new ProjectEventEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_PROJECT_EVENT_ENTITY, ())

    async def save_project_event_entity(
        self, *, project_event_entity: ProjectEventEntity | None | Unset = UNSET
    ) -> ProjectEventEntity | None:
        """Updates the existing ProjectEventEntity or creates a new ProjectEventEntity if the
        id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_PROJECT_EVENT_ENTITY, (project_event_entity,))

    async def delete_project_event_entity(
        self, *, project_event_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the ProjectEventEntity"""
        return await self._call(DELETE_PROJECT_EVENT_ENTITY, (project_event_entity_id,))

    async def create_default_project_member(self) -> ProjectMember | None:
        """Loading default values into a new ProjectMember.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_PROJECT_MEMBER, ())

    async def save_project_member(
        self, *, project_member: ProjectMember | None | Unset = UNSET
    ) -> ProjectMember | None:
        """Updates the existing ProjectMember or creates a new ProjectMember if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_PROJECT_MEMBER, (project_member,))

    async def delete_project_member(self, *, project_member_id: int | Unset = UNSET) -> None:
        """Deletes the ProjectMember"""
        return await self._call(DELETE_PROJECT_MEMBER, (project_member_id,))

    async def get_project(self, *, project_id: int | Unset = UNSET) -> Project | None:
        """Gets a Project object.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT, (project_id,))

    async def get_project_entity(
        self, *, project_entity_id: int | Unset = UNSET
    ) -> ProjectEntity | None:
        """Gets a ProjectEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_ENTITY, (project_entity_id,))

    async def add_project_members(
        self,
        *,
        project_entity_id: int | Unset = UNSET,
        project_members: list[ProjectMember | None] | None | Unset = UNSET,
    ) -> None:
        """Add multiple project members to a project"""
        return await self._call(ADD_PROJECT_MEMBERS, (project_entity_id, project_members))

    async def delete_project_members(
        self,
        *,
        project_entity_id: int | Unset = UNSET,
        member_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Delete the given project members from a project"""
        return await self._call(DELETE_PROJECT_MEMBERS, (project_entity_id, member_ids))

    async def get_project_image(self, *, project_id: int | Unset = UNSET) -> bytes | None:
        """Returns the project image that is displayed in the CRM application.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_IMAGE, (project_id,))

    async def set_project_image(
        self, *, project_id: int | Unset = UNSET, image: bytes | None | Unset = UNSET
    ) -> None:
        """Stores the project image that is displayed in the CRM application."""
        return await self._call(SET_PROJECT_IMAGE, (project_id, image))

    async def delete_project_member_by_ids(
        self, *, project_member_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Deletes projectmembers rows."""
        return await self._call(DELETE_PROJECT_MEMBER_BY_IDS, (project_member_ids,))

    async def get_duplicates(
        self, *, name: str | None | Unset = UNSET
    ) -> list[DuplicateEntry | None] | None:
        """Get duplicates(exact or similar in the database) based on the name

        Returns:
            The result.
        """
        return await self._call(GET_DUPLICATES, (name,))

    async def create_new_entry(
        self, *, duplicate: DuplicateEntry | None | Unset = UNSET
    ) -> int | None:
        """Creates a new project based on external duplicate

        Returns:
            The result.
        """
        return await self._call(CREATE_NEW_ENTRY, (duplicate,))

    async def set_duplicate_rules_status(
        self, *, rules: list[DuplicateRule | None] | None | Unset = UNSET
    ) -> None:
        """Set which duplicate rules should be active or not"""
        return await self._call(SET_DUPLICATE_RULES_STATUS, (rules,))

    async def get_duplicate_rules(self) -> list[DuplicateRule | None] | None:
        """Retrieve all available duplicate rules for project

        Returns:
            The result.
        """
        return await self._call(GET_DUPLICATE_RULES, ())

    async def merge(
        self,
        *,
        source_project_id: int | Unset = UNSET,
        destination_project_id: int | Unset = UNSET,
        replace_empty_fields_on_destination: bool | Unset = UNSET,
    ) -> None:
        """Merge two projects into one, removing the source project in the process"""
        return await self._call(
            MERGE, (source_project_id, destination_project_id, replace_empty_fields_on_destination)
        )

    async def is_number_valid(
        self, *, contact_id: int | Unset = UNSET, number: str | None | Unset = UNSET
    ) -> bool | None:
        """Checks if the number is unique or required.

        Returns:
            The result.
        """
        return await self._call(IS_NUMBER_VALID, (contact_id, number))

    async def has_guide(self, *, project_id: int | Unset = UNSET) -> bool | None:
        """Does this project have a guide associated with its project type?

        Returns:
            The result.
        """
        return await self._call(HAS_GUIDE, (project_id,))

    async def get_next_milestone(self, *, project_id: int | Unset = UNSET) -> Appointment | None:
        """Next upcoming milestone appointment

        Returns:
            The result.
        """
        return await self._call(GET_NEXT_MILESTONE, (project_id,))

    async def offer_auto_next_status_on_apppointment_completed(
        self, *, appointment_id: int | Unset = UNSET
    ) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(
            OFFER_AUTO_NEXT_STATUS_ON_APPPOINTMENT_COMPLETED, (appointment_id,)
        )

    async def get_next_project_status(self, *, project_id: int | Unset = UNSET) -> int | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_NEXT_PROJECT_STATUS, (project_id,))

    async def has_guide_activities(self, *, project_id: int | Unset = UNSET) -> bool | None:
        """NsApiSlow threshold: 2000 ms.

        Returns:
            The result.
        """
        return await self._call(HAS_GUIDE_ACTIVITIES, (project_id,))

    async def validate_project_entity(
        self, *, project_entity: ProjectEntity | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Check that entity is ready for saving, return error messages by field.

        Returns:
            The result.
        """
        return await self._call(VALIDATE_PROJECT_ENTITY, (project_entity,))

    async def set_completed(
        self, *, project_id: int | Unset = UNSET, is_completed: bool | Unset = UNSET
    ) -> None:
        """Set the completed flag on the project"""
        return await self._call(SET_COMPLETED, (project_id, is_completed))

    async def get_project_event(
        self, *, project_event_id: int | Unset = UNSET
    ) -> ProjectEvent | None:
        """Gets a ProjectEvent object.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_EVENT, (project_event_id,))

    async def get_project_event_on_person(
        self, *, project_id: int | Unset = UNSET, person_id: int | Unset = UNSET
    ) -> ProjectEvent | None:
        """Gets a ProjectEvent object from a project and a person.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_EVENT_ON_PERSON, (project_id, person_id))

    async def get_project_event_entity(
        self, *, project_event_entity_id: int | Unset = UNSET
    ) -> ProjectEventEntity | None:
        """Gets a ProjectEventEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_EVENT_ENTITY, (project_event_entity_id,))

    async def get_project_event_entity_from_project_id(
        self, *, project_id: int | Unset = UNSET
    ) -> ProjectEventEntity | None:
        """Get a ProjectEventEntity based on a projectId.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_EVENT_ENTITY_FROM_PROJECT_ID, (project_id,))

    async def delete_project_event_entity_from_project_id(
        self, *, project_id: int | Unset = UNSET
    ) -> None:
        """Delete a project event based on a project id."""
        return await self._call(DELETE_PROJECT_EVENT_ENTITY_FROM_PROJECT_ID, (project_id,))

    async def get_project_event_list(
        self, *, project_event_ids: list[int] | None | Unset = UNSET
    ) -> list[ProjectEvent | None] | None:
        """Gets an array of ProjectEvent objects.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_EVENT_LIST, (project_event_ids,))

    async def get_my_project_events(self) -> list[ProjectEvent | None] | None:
        """Gets all project events that belongs to the currently logged on user.

        Returns:
            The result.
        """
        return await self._call(GET_MY_PROJECT_EVENTS, ())

    async def get_project_events_on_person(
        self, *, person_id: int | Unset = UNSET
    ) -> list[ProjectEvent | None] | None:
        """Gets all project events that belongs to the person specified.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_EVENTS_ON_PERSON, (person_id,))

    async def get_project_list(
        self, *, project_ids: list[int] | None | Unset = UNSET
    ) -> list[Project | None] | None:
        """Gets an array of Project objects.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_LIST, (project_ids,))

    async def get_my_projects(
        self, *, include_member_projects: bool | Unset = UNSET
    ) -> list[Project | None] | None:
        """Returning the projects belonging to an associate.

        Returns:
            The result.
        """
        return await self._call(GET_MY_PROJECTS, (include_member_projects,))

    async def get_my_member_projects(self) -> list[Project | None] | None:
        """Returning the projects where an user is project member.

        Returns:
            The result.
        """
        return await self._call(GET_MY_MEMBER_PROJECTS, ())

    async def get_projects_from_person(
        self, *, person_id: int | Unset = UNSET
    ) -> list[Project | None] | None:
        """Return all projects where the person is project member.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECTS_FROM_PERSON, (person_id,))

    async def get_projects_from_contact(
        self, *, contact_id: int | Unset = UNSET
    ) -> list[Project | None] | None:
        """Returns all projects where the given contact has projectmembers.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECTS_FROM_CONTACT, (contact_id,))

    async def get_published_project(self, *, project_id: int | Unset = UNSET) -> Project | None:
        """Get published project by project id.

        Returns:
            The result.
        """
        return await self._call(GET_PUBLISHED_PROJECT, (project_id,))

    async def get_published_projects(
        self, *, project_ids: list[int] | None | Unset = UNSET
    ) -> list[Project | None] | None:
        """Get published projects by project ids.

        Returns:
            The result.
        """
        return await self._call(GET_PUBLISHED_PROJECTS, (project_ids,))

    async def get_my_published_projects(self) -> list[Project | None] | None:
        """Get published projects from the logged in user.

        Returns:
            The result.
        """
        return await self._call(GET_MY_PUBLISHED_PROJECTS, ())

    async def get_published_projects_on_person_id(
        self, *, person_id: int | Unset = UNSET
    ) -> list[Project | None] | None:
        """Get published projects where person is a member

        Returns:
            The result.
        """
        return await self._call(GET_PUBLISHED_PROJECTS_ON_PERSON_ID, (person_id,))

    async def get_project_member(
        self, *, project_member_id: int | Unset = UNSET
    ) -> ProjectMember | None:
        """Gets a ProjectMember object.

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_MEMBER, (project_member_id,))

    async def update_project_members(
        self,
        *,
        project_id: int | Unset = UNSET,
        project_members: list[ProjectMember | None] | None | Unset = UNSET,
    ) -> None:
        """Update existing project members."""
        return await self._call(UPDATE_PROJECT_MEMBERS, (project_id, project_members))

    async def get_project_members(
        self, *, project_id: int | Unset = UNSET
    ) -> list[ProjectMember | None] | None:
        """Returns an array of project members

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_MEMBERS, (project_id,))

    async def update_project_member(
        self, *, project_member: ProjectMember | None | Unset = UNSET
    ) -> ProjectMember | None:
        """Updates a ProjectMember row.

        Returns:
            The result.
        """
        return await self._call(UPDATE_PROJECT_MEMBER, (project_member,))

    async def get_project_members_by_id(
        self, *, project_member_ids: list[int] | None | Unset = UNSET
    ) -> list[ProjectMember | None] | None:
        """Returns an array of project members

        Returns:
            The result.
        """
        return await self._call(GET_PROJECT_MEMBERS_BY_ID, (project_member_ids,))

    async def save_project_members_function_and_comment(
        self,
        *,
        project_member_ids: list[int] | None | Unset = UNSET,
        role_id: int | Unset = UNSET,
        comment: str | None | Unset = UNSET,
    ) -> None:
        """Saves role and comment on an array of projectmembers represented by ids"""
        return await self._call(
            SAVE_PROJECT_MEMBERS_FUNCTION_AND_COMMENT, (project_member_ids, role_id, comment)
        )


class ProjectAgent(ProjectMethods, SoapCaller):
    """Project over SOAP 1.1 (``Remote/Services88/Project.svc``), synchronous."""

    _PATH = "Remote/Services88/Project.svc"
    _HEADERS = HEADERS


class AsyncProjectAgent(AsyncProjectMethods, AsyncSoapCaller):
    """Project over SOAP 1.1 (``Remote/Services88/Project.svc``), asynchronous."""

    _PATH = "Remote/Services88/Project.svc"
    _HEADERS = HEADERS


class ProjectRestAgent(ProjectMethods, RestCaller):
    """Project over REST (``/api/v1/Agents/Project/...``), synchronous."""


class AsyncProjectRestAgent(AsyncProjectMethods, AsyncRestCaller):
    """Project over REST (``/api/v1/Agents/Project/...``), asynchronous."""
