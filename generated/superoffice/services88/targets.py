"""Services88 Targets agent (``Remote/Services88/Targets.svc``): its operations."""

from __future__ import annotations

from ..runtime import INT, Operation, Param
from .types.export_archive_result import EXPORT_ARCHIVE_RESULT_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.target_assignment import LIST_OF_TARGET_ASSIGNMENT_CODEC, TARGET_ASSIGNMENT_CODEC
from .types.target_dimension import LIST_OF_TARGET_DIMENSION_CODEC, TARGET_DIMENSION_CODEC
from .types.target_entity_type import TARGET_ENTITY_TYPE_CODEC
from .types.target_group import TARGET_GROUP_CODEC
from .types.target_level import TARGET_LEVEL_CODEC
from .types.target_revision import TARGET_REVISION_CODEC
from .types.target_revision_history import TARGET_REVISION_HISTORY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_TARGET_ASSIGNMENT = Operation(
    "CreateDefaultTargetAssignment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetAssignment",
    results=(Param("response", "Response", TARGET_ASSIGNMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetAssignment",
)
"""Loading default values into a new TargetAssignment."""

CREATE_DEFAULT_TARGET_DIMENSION = Operation(
    "CreateDefaultTargetDimension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetDimension",
    results=(Param("response", "Response", TARGET_DIMENSION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetDimension",
)
"""Loading default values into a new TargetDimension."""

SAVE_TARGET_DIMENSION = Operation(
    "SaveTargetDimension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/SaveTargetDimension",
    params=(Param("target_dimension", "TargetDimension", TARGET_DIMENSION_CODEC, nillable=True),),
    results=(Param("response", "Response", TARGET_DIMENSION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/SaveTargetDimension",
    rest_body="target_dimension",
)
"""Updates the existing TargetDimension or creates a new TargetDimension if the id parameter is
0."""

DELETE_TARGET_DIMENSION = Operation(
    "DeleteTargetDimension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/DeleteTargetDimension",
    params=(Param("target_dimension_id", "TargetDimensionId", INT),),
    rest_path="/api/v1/Agents/Targets/DeleteTargetDimension",
)
"""Deletes the TargetDimension"""

CREATE_DEFAULT_TARGET_GROUP = Operation(
    "CreateDefaultTargetGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetGroup",
    results=(Param("response", "Response", TARGET_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetGroup",
)
"""Loading default values into a new TargetGroup."""

SAVE_TARGET_GROUP = Operation(
    "SaveTargetGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/SaveTargetGroup",
    params=(Param("target_group", "TargetGroup", TARGET_GROUP_CODEC, nillable=True),),
    results=(Param("response", "Response", TARGET_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/SaveTargetGroup",
    rest_body="target_group",
)
"""Updates the existing TargetGroup or creates a new TargetGroup if the id parameter is 0."""

DELETE_TARGET_GROUP = Operation(
    "DeleteTargetGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/DeleteTargetGroup",
    params=(Param("target_group_id", "TargetGroupId", INT),),
    rest_path="/api/v1/Agents/Targets/DeleteTargetGroup",
)
"""Deletes the TargetGroup"""

CREATE_DEFAULT_TARGET_REVISION = Operation(
    "CreateDefaultTargetRevision",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetRevision",
    results=(Param("response", "Response", TARGET_REVISION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetRevision",
)
"""Loading default values into a new TargetRevision."""

CREATE_DEFAULT_TARGET_REVISION_HISTORY = Operation(
    "CreateDefaultTargetRevisionHistory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetRevisionHistory",
    results=(Param("response", "Response", TARGET_REVISION_HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetRevisionHistory",
)
"""Loading default values into a new TargetRevisionHistory."""

CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_COMPANY = Operation(
    "CreateDefaultTargetAssignmentForCompany",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetAssignmentForCompany",
    results=(Param("response", "Response", TARGET_ASSIGNMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetAssignmentForCompany",
)
"""Returns a default target assignment for the owner company."""

CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_USER_GROUP = Operation(
    "CreateDefaultTargetAssignmentForUserGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetAssignmentForUserGroup",
    params=(Param("user_group_id", "UserGroupId", INT),),
    results=(Param("response", "Response", LIST_OF_TARGET_ASSIGNMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetAssignmentForUserGroup",
)
"""Returns a default target assignment for the specified usergroup."""

GET_TARGET_ASSIGNMENT_FOR_YEAR = Operation(
    "GetTargetAssignmentForYear",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/GetTargetAssignmentForYear",
    params=(
        Param("target_year", "TargetYear", INT),
        Param("entity_type", "EntityType", TARGET_ENTITY_TYPE_CODEC),
        Param("target_level", "TargetLevel", TARGET_LEVEL_CODEC),
        Param("id", "Id", INT),
    ),
    results=(Param("response", "Response", TARGET_ASSIGNMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/GetTargetAssignmentForYear",
)
"""Returns the target assignment for the specified year and entity type."""

CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_COMPANY_WITH_DIMENSION = Operation(
    "CreateDefaultTargetAssignmentForCompanyWithDimension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetAssignmentForCompanyWithDimension",
    params=(Param("target_dimension_id", "TargetDimensionId", INT),),
    results=(Param("response", "Response", LIST_OF_TARGET_ASSIGNMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetAssignmentForCompanyWithDimension",
)
"""Returns a default target assignment for the owner company, for the specified dimension."""

CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_USER_GROUP_WITH_DIMENSION = Operation(
    "CreateDefaultTargetAssignmentForUserGroupWithDimension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetAssignmentForUserGroupWithDimension",
    params=(
        Param("user_group_id", "UserGroupId", INT),
        Param("target_dimension_id", "TargetDimensionId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_TARGET_ASSIGNMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetAssignmentForUserGroupWithDimension",
)
"""Returns a default target assignment for the specified usergroup, for the specified
dimension."""

GET_TARGET_ASSIGNMENT_FOR_YEAR_AND_DIMENSION = Operation(
    "GetTargetAssignmentForYearAndDimension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/GetTargetAssignmentForYearAndDimension",
    params=(
        Param("target_year", "TargetYear", INT),
        Param("entity_type", "EntityType", TARGET_ENTITY_TYPE_CODEC),
        Param("target_level", "TargetLevel", TARGET_LEVEL_CODEC),
        Param("id", "Id", INT),
        Param("dimension_id", "DimensionId", INT),
    ),
    results=(Param("response", "Response", TARGET_ASSIGNMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/GetTargetAssignmentForYearAndDimension",
)
"""Returns the target assignment for the specified year, entity type and dimension."""

CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_COMPANY_WITH_YEAR_AND_DIMENSION = Operation(
    "CreateDefaultTargetAssignmentForCompanyWithYearAndDimension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetAssignmentForCompanyWithYearAndDimension",
    params=(
        Param("year", "Year", INT),
        Param("target_dimension_id", "TargetDimensionId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_TARGET_ASSIGNMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetAssignmentForCompanyWithYearAndDimension",
)
"""Returns a default target assignment for the owner company, for the specified year and
dimension."""

CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_USER_GROUP_WITH_YEAR_AND_DIMENSION = Operation(
    "CreateDefaultTargetAssignmentForUserGroupWithYearAndDimension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetAssignmentForUserGroupWithYearAndDimension",
    params=(
        Param("user_group_id", "UserGroupId", INT),
        Param("year", "Year", INT),
        Param("target_dimension_id", "TargetDimensionId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_TARGET_ASSIGNMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetAssignmentForUserGroupWithYearAndDimension",
)
"""Returns a default target assignment for the specified usergroup, for the specified year and
dimension."""

GET_TARGET_DIMENSION = Operation(
    "GetTargetDimension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/GetTargetDimension",
    params=(Param("target_dimension_id", "TargetDimensionId", INT),),
    results=(Param("response", "Response", TARGET_DIMENSION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/GetTargetDimension",
)
"""Gets a TargetDimension object."""

GET_TARGET_DIMENSIONS_FOR_ENTITY_TYPE = Operation(
    "GetTargetDimensionsForEntityType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/GetTargetDimensionsForEntityType",
    params=(Param("entity_type", "EntityType", TARGET_ENTITY_TYPE_CODEC),),
    results=(Param("response", "Response", LIST_OF_TARGET_DIMENSION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/GetTargetDimensionsForEntityType",
)
"""Returns the target dimensions for the given entity type."""

GET_TARGET_GROUP_IDS = Operation(
    "GetTargetGroupIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/GetTargetGroupIds",
    params=(Param("target_dimension_id", "TargetDimensionId", INT),),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/GetTargetGroupIds",
)
"""Returns ids of the target groups that use this dimension."""

GET_TARGET_GROUP = Operation(
    "GetTargetGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/GetTargetGroup",
    params=(Param("target_group_id", "TargetGroupId", INT),),
    results=(Param("response", "Response", TARGET_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/GetTargetGroup",
)
"""Gets a TargetGroup object."""

GET_TARGET_GROUP_FOR_YEAR = Operation(
    "GetTargetGroupForYear",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/GetTargetGroupForYear",
    params=(
        Param("target_year", "TargetYear", INT),
        Param("entity_type", "EntityType", TARGET_ENTITY_TYPE_CODEC),
    ),
    results=(Param("response", "Response", TARGET_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/GetTargetGroupForYear",
)
"""Returns the target group for the specified year and entity type."""

EXPORT_TARGET_GROUP_TO_EXCEL = Operation(
    "ExportTargetGroupToExcel",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/ExportTargetGroupToExcel",
    params=(Param("target_group_id", "TargetGroupId", INT),),
    results=(Param("response", "Response", EXPORT_ARCHIVE_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/ExportTargetGroupToExcel",
)
"""Renders the given targetgroup to excel, and returns the path to the temporary file."""

GET_TARGET_GROUP_FOR_YEAR_AND_DIMENSION = Operation(
    "GetTargetGroupForYearAndDimension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/GetTargetGroupForYearAndDimension",
    params=(
        Param("target_year", "TargetYear", INT),
        Param("dimension_id", "DimensionId", INT),
    ),
    results=(Param("response", "Response", TARGET_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/GetTargetGroupForYearAndDimension",
)
"""Returns the target group for the specified year and dimension."""

GET_TARGET_REVISION_HISTORY = Operation(
    "GetTargetRevisionHistory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/GetTargetRevisionHistory",
    params=(Param("target_assignment_info_id", "TargetAssignmentInfoId", INT),),
    results=(Param("response", "Response", TARGET_REVISION_HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/GetTargetRevisionHistory",
)
"""Returns the revision history for a given TargetAssignmentInfo in chronological order."""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultTargetAssignment": CREATE_DEFAULT_TARGET_ASSIGNMENT,
    "CreateDefaultTargetDimension": CREATE_DEFAULT_TARGET_DIMENSION,
    "SaveTargetDimension": SAVE_TARGET_DIMENSION,
    "DeleteTargetDimension": DELETE_TARGET_DIMENSION,
    "CreateDefaultTargetGroup": CREATE_DEFAULT_TARGET_GROUP,
    "SaveTargetGroup": SAVE_TARGET_GROUP,
    "DeleteTargetGroup": DELETE_TARGET_GROUP,
    "CreateDefaultTargetRevision": CREATE_DEFAULT_TARGET_REVISION,
    "CreateDefaultTargetRevisionHistory": CREATE_DEFAULT_TARGET_REVISION_HISTORY,
    "CreateDefaultTargetAssignmentForCompany": CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_COMPANY,
    "CreateDefaultTargetAssignmentForUserGroup": CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_USER_GROUP,
    "GetTargetAssignmentForYear": GET_TARGET_ASSIGNMENT_FOR_YEAR,
    "CreateDefaultTargetAssignmentForCompanyWithDimension": CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_COMPANY_WITH_DIMENSION,
    "CreateDefaultTargetAssignmentForUserGroupWithDimension": CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_USER_GROUP_WITH_DIMENSION,
    "GetTargetAssignmentForYearAndDimension": GET_TARGET_ASSIGNMENT_FOR_YEAR_AND_DIMENSION,
    "CreateDefaultTargetAssignmentForCompanyWithYearAndDimension": CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_COMPANY_WITH_YEAR_AND_DIMENSION,
    "CreateDefaultTargetAssignmentForUserGroupWithYearAndDimension": CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_USER_GROUP_WITH_YEAR_AND_DIMENSION,
    "GetTargetDimension": GET_TARGET_DIMENSION,
    "GetTargetDimensionsForEntityType": GET_TARGET_DIMENSIONS_FOR_ENTITY_TYPE,
    "GetTargetGroupIds": GET_TARGET_GROUP_IDS,
    "GetTargetGroup": GET_TARGET_GROUP,
    "GetTargetGroupForYear": GET_TARGET_GROUP_FOR_YEAR,
    "ExportTargetGroupToExcel": EXPORT_TARGET_GROUP_TO_EXCEL,
    "GetTargetGroupForYearAndDimension": GET_TARGET_GROUP_FOR_YEAR_AND_DIMENSION,
    "GetTargetRevisionHistory": GET_TARGET_REVISION_HISTORY,
}
