"""Services88 Project agent (``Remote/Services88/Project.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, BYTES, INT, Operation, Param, STR
from .types.appointment import APPOINTMENT_CODEC
from .types.duplicate_entry import DUPLICATE_ENTRY_CODEC, LIST_OF_DUPLICATE_ENTRY_CODEC
from .types.duplicate_rule import LIST_OF_DUPLICATE_RULE_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.project import LIST_OF_PROJECT_CODEC, PROJECT_CODEC
from .types.project_entity import PROJECT_ENTITY_CODEC
from .types.project_event import LIST_OF_PROJECT_EVENT_CODEC, PROJECT_EVENT_CODEC
from .types.project_event_entity import PROJECT_EVENT_ENTITY_CODEC
from .types.project_member import LIST_OF_PROJECT_MEMBER_CODEC, PROJECT_MEMBER_CODEC
from .types.string_dictionary import STRING_DICTIONARY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_PROJECT_ENTITY = Operation(
    "CreateDefaultProjectEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/CreateDefaultProjectEntity",
    results=(Param("response", "Response", PROJECT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/CreateDefaultProjectEntity",
)
"""Loading default values into a new ProjectEntity."""

SAVE_PROJECT_ENTITY = Operation(
    "SaveProjectEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/SaveProjectEntity",
    params=(Param("project_entity", "ProjectEntity", PROJECT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", PROJECT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/SaveProjectEntity",
    rest_body="project_entity",
)
"""Updates the existing ProjectEntity or creates a new ProjectEntity if the id parameter is 0."""

DELETE_PROJECT_ENTITY = Operation(
    "DeleteProjectEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/DeleteProjectEntity",
    params=(Param("project_entity_id", "ProjectEntityId", INT),),
    rest_path="/api/v1/Agents/Project/DeleteProjectEntity",
)
"""Deletes the ProjectEntity"""

CREATE_DEFAULT_PROJECT_EVENT_ENTITY = Operation(
    "CreateDefaultProjectEventEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/CreateDefaultProjectEventEntity",
    results=(Param("response", "Response", PROJECT_EVENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/CreateDefaultProjectEventEntity",
)
"""Loading default values into a new ProjectEventEntity."""

SAVE_PROJECT_EVENT_ENTITY = Operation(
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
)
"""Updates the existing ProjectEventEntity or creates a new ProjectEventEntity if the id
parameter is 0."""

DELETE_PROJECT_EVENT_ENTITY = Operation(
    "DeleteProjectEventEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/DeleteProjectEventEntity",
    params=(Param("project_event_entity_id", "ProjectEventEntityId", INT),),
    rest_path="/api/v1/Agents/Project/DeleteProjectEventEntity",
)
"""Deletes the ProjectEventEntity"""

CREATE_DEFAULT_PROJECT_MEMBER = Operation(
    "CreateDefaultProjectMember",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/CreateDefaultProjectMember",
    results=(Param("response", "Response", PROJECT_MEMBER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/CreateDefaultProjectMember",
)
"""Loading default values into a new ProjectMember."""

SAVE_PROJECT_MEMBER = Operation(
    "SaveProjectMember",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/SaveProjectMember",
    params=(Param("project_member", "ProjectMember", PROJECT_MEMBER_CODEC, nillable=True),),
    results=(Param("response", "Response", PROJECT_MEMBER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/SaveProjectMember",
    rest_body="project_member",
)
"""Updates the existing ProjectMember or creates a new ProjectMember if the id parameter is 0."""

DELETE_PROJECT_MEMBER = Operation(
    "DeleteProjectMember",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/DeleteProjectMember",
    params=(Param("project_member_id", "ProjectMemberId", INT),),
    rest_path="/api/v1/Agents/Project/DeleteProjectMember",
)
"""Deletes the ProjectMember"""

GET_PROJECT = Operation(
    "GetProject",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProject",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProject",
)
"""Gets a Project object."""

GET_PROJECT_ENTITY = Operation(
    "GetProjectEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectEntity",
    params=(Param("project_entity_id", "ProjectEntityId", INT),),
    results=(Param("response", "Response", PROJECT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectEntity",
)
"""Gets a ProjectEntity object."""

ADD_PROJECT_MEMBERS = Operation(
    "AddProjectMembers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/AddProjectMembers",
    params=(
        Param("project_entity_id", "ProjectEntityId", INT),
        Param("project_members", "ProjectMembers", LIST_OF_PROJECT_MEMBER_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Project/AddProjectMembers",
)
"""Add multiple project members to a project"""

DELETE_PROJECT_MEMBERS = Operation(
    "DeleteProjectMembers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/DeleteProjectMembers",
    params=(
        Param("project_entity_id", "ProjectEntityId", INT),
        Param("member_ids", "MemberIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Project/DeleteProjectMembers",
)
"""Delete the given project members from a project"""

GET_PROJECT_IMAGE = Operation(
    "GetProjectImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectImage",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", BYTES, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectImage",
)
"""Returns the project image that is displayed in the CRM application."""

SET_PROJECT_IMAGE = Operation(
    "SetProjectImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/SetProjectImage",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("image", "Image", BYTES, nillable=True),
    ),
    rest_path="/api/v1/Agents/Project/SetProjectImage",
)
"""Stores the project image that is displayed in the CRM application."""

DELETE_PROJECT_MEMBER_BY_IDS = Operation(
    "DeleteProjectMemberByIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/DeleteProjectMemberByIds",
    params=(Param("project_member_ids", "ProjectMemberIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/DeleteProjectMemberByIds",
)
"""Deletes projectmembers rows."""

GET_DUPLICATES = Operation(
    "GetDuplicates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetDuplicates",
    params=(Param("name", "Name", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_DUPLICATE_ENTRY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetDuplicates",
)
"""Get duplicates(exact or similar in the database) based on the name"""

CREATE_NEW_ENTRY = Operation(
    "CreateNewEntry",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/CreateNewEntry",
    params=(Param("duplicate", "Duplicate", DUPLICATE_ENTRY_CODEC, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Project/CreateNewEntry",
)
"""Creates a new project based on external duplicate"""

SET_DUPLICATE_RULES_STATUS = Operation(
    "SetDuplicateRulesStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/SetDuplicateRulesStatus",
    params=(Param("rules", "Rules", LIST_OF_DUPLICATE_RULE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/SetDuplicateRulesStatus",
)
"""Set which duplicate rules should be active or not"""

GET_DUPLICATE_RULES = Operation(
    "GetDuplicateRules",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetDuplicateRules",
    results=(Param("response", "Response", LIST_OF_DUPLICATE_RULE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetDuplicateRules",
)
"""Retrieve all available duplicate rules for project"""

MERGE = Operation(
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
"""Merge two projects into one, removing the source project in the process"""

IS_NUMBER_VALID = Operation(
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
"""Checks if the number is unique or required."""

HAS_GUIDE = Operation(
    "HasGuide",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/HasGuide",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Project/HasGuide",
)
"""Does this project have a guide associated with its project type?"""

GET_NEXT_MILESTONE = Operation(
    "GetNextMilestone",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetNextMilestone",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", APPOINTMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetNextMilestone",
)
"""Next upcoming milestone appointment"""

OFFER_AUTO_NEXT_STATUS_ON_APPPOINTMENT_COMPLETED = Operation(
    "OfferAutoNextStatusOnApppointmentCompleted",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/OfferAutoNextStatusOnApppointmentCompleted",
    params=(Param("appointment_id", "AppointmentId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Project/OfferAutoNextStatusOnApppointmentCompleted",
)
"""NsApiSlow threshold: 2000 ms."""

GET_NEXT_PROJECT_STATUS = Operation(
    "GetNextProjectStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetNextProjectStatus",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Project/GetNextProjectStatus",
)
"""NsApiSlow threshold: 2000 ms."""

HAS_GUIDE_ACTIVITIES = Operation(
    "HasGuideActivities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/HasGuideActivities",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Project/HasGuideActivities",
)
"""NsApiSlow threshold: 2000 ms."""

VALIDATE_PROJECT_ENTITY = Operation(
    "ValidateProjectEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/ValidateProjectEntity",
    params=(Param("project_entity", "ProjectEntity", PROJECT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/ValidateProjectEntity",
)
"""Check that entity is ready for saving, return error messages by field."""

SET_COMPLETED = Operation(
    "SetCompleted",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/SetCompleted",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("is_completed", "IsCompleted", BOOL),
    ),
    rest_path="/api/v1/Agents/Project/SetCompleted",
)
"""Set the completed flag on the project"""

GET_PROJECT_EVENT = Operation(
    "GetProjectEvent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectEvent",
    params=(Param("project_event_id", "ProjectEventId", INT),),
    results=(Param("response", "Response", PROJECT_EVENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectEvent",
)
"""Gets a ProjectEvent object."""

GET_PROJECT_EVENT_ON_PERSON = Operation(
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
"""Gets a ProjectEvent object from a project and a person."""

GET_PROJECT_EVENT_ENTITY = Operation(
    "GetProjectEventEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectEventEntity",
    params=(Param("project_event_entity_id", "ProjectEventEntityId", INT),),
    results=(Param("response", "Response", PROJECT_EVENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectEventEntity",
)
"""Gets a ProjectEventEntity object."""

GET_PROJECT_EVENT_ENTITY_FROM_PROJECT_ID = Operation(
    "GetProjectEventEntityFromProjectId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectEventEntityFromProjectId",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", PROJECT_EVENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectEventEntityFromProjectId",
)
"""Get a ProjectEventEntity based on a projectId."""

DELETE_PROJECT_EVENT_ENTITY_FROM_PROJECT_ID = Operation(
    "DeleteProjectEventEntityFromProjectId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/DeleteProjectEventEntityFromProjectId",
    params=(Param("project_id", "ProjectId", INT),),
    rest_path="/api/v1/Agents/Project/DeleteProjectEventEntityFromProjectId",
)
"""Delete a project event based on a project id."""

GET_PROJECT_EVENT_LIST = Operation(
    "GetProjectEventList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectEventList",
    params=(Param("project_event_ids", "ProjectEventIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PROJECT_EVENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectEventList",
    rest_body="project_event_ids",
)
"""Gets an array of ProjectEvent objects."""

GET_MY_PROJECT_EVENTS = Operation(
    "GetMyProjectEvents",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetMyProjectEvents",
    results=(Param("response", "Response", LIST_OF_PROJECT_EVENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetMyProjectEvents",
)
"""Gets all project events that belongs to the currently logged on user."""

GET_PROJECT_EVENTS_ON_PERSON = Operation(
    "GetProjectEventsOnPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectEventsOnPerson",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", LIST_OF_PROJECT_EVENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectEventsOnPerson",
)
"""Gets all project events that belongs to the person specified."""

GET_PROJECT_LIST = Operation(
    "GetProjectList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectList",
    params=(Param("project_ids", "ProjectIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectList",
    rest_body="project_ids",
)
"""Gets an array of Project objects."""

GET_MY_PROJECTS = Operation(
    "GetMyProjects",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetMyProjects",
    params=(Param("include_member_projects", "IncludeMemberProjects", BOOL),),
    results=(Param("response", "Response", LIST_OF_PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetMyProjects",
)
"""Returning the projects belonging to an associate."""

GET_MY_MEMBER_PROJECTS = Operation(
    "GetMyMemberProjects",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetMyMemberProjects",
    results=(Param("response", "Response", LIST_OF_PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetMyMemberProjects",
)
"""Returning the projects where an user is project member."""

GET_PROJECTS_FROM_PERSON = Operation(
    "GetProjectsFromPerson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectsFromPerson",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", LIST_OF_PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectsFromPerson",
)
"""Return all projects where the person is project member."""

GET_PROJECTS_FROM_CONTACT = Operation(
    "GetProjectsFromContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectsFromContact",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", LIST_OF_PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectsFromContact",
)
"""Returns all projects where the given contact has projectmembers."""

GET_PUBLISHED_PROJECT = Operation(
    "GetPublishedProject",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetPublishedProject",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetPublishedProject",
)
"""Get published project by project id."""

GET_PUBLISHED_PROJECTS = Operation(
    "GetPublishedProjects",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetPublishedProjects",
    params=(Param("project_ids", "ProjectIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetPublishedProjects",
)
"""Get published projects by project ids."""

GET_MY_PUBLISHED_PROJECTS = Operation(
    "GetMyPublishedProjects",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetMyPublishedProjects",
    results=(Param("response", "Response", LIST_OF_PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetMyPublishedProjects",
)
"""Get published projects from the logged in user."""

GET_PUBLISHED_PROJECTS_ON_PERSON_ID = Operation(
    "GetPublishedProjectsOnPersonId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetPublishedProjectsOnPersonId",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", LIST_OF_PROJECT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetPublishedProjectsOnPersonId",
)
"""Get published projects where person is a member"""

GET_PROJECT_MEMBER = Operation(
    "GetProjectMember",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectMember",
    params=(Param("project_member_id", "ProjectMemberId", INT),),
    results=(Param("response", "Response", PROJECT_MEMBER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectMember",
)
"""Gets a ProjectMember object."""

UPDATE_PROJECT_MEMBERS = Operation(
    "UpdateProjectMembers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/UpdateProjectMembers",
    params=(
        Param("project_id", "ProjectId", INT),
        Param("project_members", "ProjectMembers", LIST_OF_PROJECT_MEMBER_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Project/UpdateProjectMembers",
)
"""Update existing project members."""

GET_PROJECT_MEMBERS = Operation(
    "GetProjectMembers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectMembers",
    params=(Param("project_id", "ProjectId", INT),),
    results=(Param("response", "Response", LIST_OF_PROJECT_MEMBER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectMembers",
)
"""Returns an array of project members"""

UPDATE_PROJECT_MEMBER = Operation(
    "UpdateProjectMember",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/UpdateProjectMember",
    params=(Param("project_member", "ProjectMember", PROJECT_MEMBER_CODEC, nillable=True),),
    results=(Param("response", "Response", PROJECT_MEMBER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/UpdateProjectMember",
)
"""Updates a ProjectMember row."""

GET_PROJECT_MEMBERS_BY_ID = Operation(
    "GetProjectMembersById",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Project/GetProjectMembersById",
    params=(Param("project_member_ids", "ProjectMemberIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PROJECT_MEMBER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Project/GetProjectMembersById",
)
"""Returns an array of project members"""

SAVE_PROJECT_MEMBERS_FUNCTION_AND_COMMENT = Operation(
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
"""Saves role and comment on an array of projectmembers represented by ids"""

OPERATIONS: dict[str, Operation] = {
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
