"""Services88 Targets agent (``Remote/Services88/Targets.svc``).

``TargetsAgent`` and ``AsyncTargetsAgent`` call it over SOAP, ``TargetsRestAgent`` and
``AsyncTargetsRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import INT, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.export_archive_result import EXPORT_ARCHIVE_RESULT_CODEC, ExportArchiveResult
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.target_assignment import (
    LIST_OF_TARGET_ASSIGNMENT_CODEC,
    TARGET_ASSIGNMENT_CODEC,
    TargetAssignment,
)
from .types.target_dimension import (
    LIST_OF_TARGET_DIMENSION_CODEC,
    TARGET_DIMENSION_CODEC,
    TargetDimension,
)
from .types.target_entity_type import TARGET_ENTITY_TYPE_CODEC, TargetEntityType
from .types.target_group import TARGET_GROUP_CODEC, TargetGroup
from .types.target_level import TARGET_LEVEL_CODEC, TargetLevel
from .types.target_revision import TARGET_REVISION_CODEC, TargetRevision
from .types.target_revision_history import TARGET_REVISION_HISTORY_CODEC, TargetRevisionHistory

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_TARGET_ASSIGNMENT: Operation[TargetAssignment | None] = Operation(
    "CreateDefaultTargetAssignment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetAssignment",
    results=(Param("response", "Response", TARGET_ASSIGNMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetAssignment",
    rest_select=False,
)

CREATE_DEFAULT_TARGET_DIMENSION: Operation[TargetDimension | None] = Operation(
    "CreateDefaultTargetDimension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetDimension",
    results=(Param("response", "Response", TARGET_DIMENSION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetDimension",
    rest_select=False,
)

SAVE_TARGET_DIMENSION: Operation[TargetDimension | None] = Operation(
    "SaveTargetDimension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/SaveTargetDimension",
    params=(Param("target_dimension", "TargetDimension", TARGET_DIMENSION_CODEC, nillable=True),),
    results=(Param("response", "Response", TARGET_DIMENSION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/SaveTargetDimension",
    rest_body="target_dimension",
    rest_select=False,
)

DELETE_TARGET_DIMENSION: Operation[None] = Operation(
    "DeleteTargetDimension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/DeleteTargetDimension",
    params=(Param("target_dimension_id", "TargetDimensionId", INT, query="targetDimensionId"),),
    rest_path="/api/v1/Agents/Targets/DeleteTargetDimension",
    rest_select=False,
)

CREATE_DEFAULT_TARGET_GROUP: Operation[TargetGroup | None] = Operation(
    "CreateDefaultTargetGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetGroup",
    results=(Param("response", "Response", TARGET_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetGroup",
    rest_select=False,
)

SAVE_TARGET_GROUP: Operation[TargetGroup | None] = Operation(
    "SaveTargetGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/SaveTargetGroup",
    params=(Param("target_group", "TargetGroup", TARGET_GROUP_CODEC, nillable=True),),
    results=(Param("response", "Response", TARGET_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/SaveTargetGroup",
    rest_body="target_group",
    rest_select=False,
)

DELETE_TARGET_GROUP: Operation[None] = Operation(
    "DeleteTargetGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/DeleteTargetGroup",
    params=(Param("target_group_id", "TargetGroupId", INT, query="targetGroupId"),),
    rest_path="/api/v1/Agents/Targets/DeleteTargetGroup",
    rest_select=False,
)

CREATE_DEFAULT_TARGET_REVISION: Operation[TargetRevision | None] = Operation(
    "CreateDefaultTargetRevision",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetRevision",
    results=(Param("response", "Response", TARGET_REVISION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetRevision",
    rest_select=False,
)

CREATE_DEFAULT_TARGET_REVISION_HISTORY: Operation[TargetRevisionHistory | None] = Operation(
    "CreateDefaultTargetRevisionHistory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetRevisionHistory",
    results=(Param("response", "Response", TARGET_REVISION_HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetRevisionHistory",
    rest_select=False,
)

CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_COMPANY: Operation[TargetAssignment | None] = Operation(
    "CreateDefaultTargetAssignmentForCompany",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetAssignmentForCompany",
    results=(Param("response", "Response", TARGET_ASSIGNMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetAssignmentForCompany",
)

CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_USER_GROUP: Operation[
    list[TargetAssignment | None] | None
] = Operation(
    "CreateDefaultTargetAssignmentForUserGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetAssignmentForUserGroup",
    params=(Param("user_group_id", "UserGroupId", INT),),
    results=(Param("response", "Response", LIST_OF_TARGET_ASSIGNMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetAssignmentForUserGroup",
)

GET_TARGET_ASSIGNMENT_FOR_YEAR: Operation[TargetAssignment | None] = Operation(
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

CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_COMPANY_WITH_DIMENSION: Operation[
    list[TargetAssignment | None] | None
] = Operation(
    "CreateDefaultTargetAssignmentForCompanyWithDimension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/CreateDefaultTargetAssignmentForCompanyWithDimension",
    params=(Param("target_dimension_id", "TargetDimensionId", INT),),
    results=(Param("response", "Response", LIST_OF_TARGET_ASSIGNMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/CreateDefaultTargetAssignmentForCompanyWithDimension",
)

CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_USER_GROUP_WITH_DIMENSION: Operation[
    list[TargetAssignment | None] | None
] = Operation(
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

GET_TARGET_ASSIGNMENT_FOR_YEAR_AND_DIMENSION: Operation[TargetAssignment | None] = Operation(
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

CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_COMPANY_WITH_YEAR_AND_DIMENSION: Operation[
    list[TargetAssignment | None] | None
] = Operation(
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

CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_USER_GROUP_WITH_YEAR_AND_DIMENSION: Operation[
    list[TargetAssignment | None] | None
] = Operation(
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

GET_TARGET_DIMENSION: Operation[TargetDimension | None] = Operation(
    "GetTargetDimension",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/GetTargetDimension",
    params=(Param("target_dimension_id", "TargetDimensionId", INT, query="targetDimensionId"),),
    results=(Param("response", "Response", TARGET_DIMENSION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/GetTargetDimension",
)

GET_TARGET_DIMENSIONS_FOR_ENTITY_TYPE: Operation[list[TargetDimension | None] | None] = Operation(
    "GetTargetDimensionsForEntityType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/GetTargetDimensionsForEntityType",
    params=(Param("entity_type", "EntityType", TARGET_ENTITY_TYPE_CODEC),),
    results=(Param("response", "Response", LIST_OF_TARGET_DIMENSION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/GetTargetDimensionsForEntityType",
)

GET_TARGET_GROUP_IDS: Operation[list[int] | None] = Operation(
    "GetTargetGroupIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/GetTargetGroupIds",
    params=(Param("target_dimension_id", "TargetDimensionId", INT),),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/GetTargetGroupIds",
)

GET_TARGET_GROUP: Operation[TargetGroup | None] = Operation(
    "GetTargetGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/GetTargetGroup",
    params=(Param("target_group_id", "TargetGroupId", INT, query="targetGroupId"),),
    results=(Param("response", "Response", TARGET_GROUP_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/GetTargetGroup",
)

GET_TARGET_GROUP_FOR_YEAR: Operation[TargetGroup | None] = Operation(
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

EXPORT_TARGET_GROUP_TO_EXCEL: Operation[ExportArchiveResult | None] = Operation(
    "ExportTargetGroupToExcel",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/ExportTargetGroupToExcel",
    params=(Param("target_group_id", "TargetGroupId", INT),),
    results=(Param("response", "Response", EXPORT_ARCHIVE_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/ExportTargetGroupToExcel",
)

GET_TARGET_GROUP_FOR_YEAR_AND_DIMENSION: Operation[TargetGroup | None] = Operation(
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

GET_TARGET_REVISION_HISTORY: Operation[TargetRevisionHistory | None] = Operation(
    "GetTargetRevisionHistory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Targets/GetTargetRevisionHistory",
    params=(Param("target_assignment_info_id", "TargetAssignmentInfoId", INT),),
    results=(Param("response", "Response", TARGET_REVISION_HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Targets/GetTargetRevisionHistory",
)

OPERATIONS: dict[str, Operation[Any]] = {
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


class TargetsMethods(SyncCalls):
    """The Targets operations, called synchronously (SOAP or REST)."""

    def create_default_target_assignment(self) -> TargetAssignment | None:
        """Loading default values into a new TargetAssignment.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TARGET_ASSIGNMENT, ())

    def create_default_target_dimension(self) -> TargetDimension | None:
        """Loading default values into a new TargetDimension.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TARGET_DIMENSION, ())

    def save_target_dimension(
        self, *, target_dimension: TargetDimension | None | Unset = UNSET
    ) -> TargetDimension | None:
        """Updates the existing TargetDimension or creates a new TargetDimension if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_TARGET_DIMENSION, (target_dimension,))

    def delete_target_dimension(self, *, target_dimension_id: int | Unset = UNSET) -> None:
        """Deletes the TargetDimension"""
        return self._call(DELETE_TARGET_DIMENSION, (target_dimension_id,))

    def create_default_target_group(self) -> TargetGroup | None:
        """Loading default values into a new TargetGroup.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TARGET_GROUP, ())

    def save_target_group(
        self, *, target_group: TargetGroup | None | Unset = UNSET
    ) -> TargetGroup | None:
        """Updates the existing TargetGroup or creates a new TargetGroup if the id parameter is
        0.

        Returns:
            The result.
        """
        return self._call(SAVE_TARGET_GROUP, (target_group,))

    def delete_target_group(self, *, target_group_id: int | Unset = UNSET) -> None:
        """Deletes the TargetGroup"""
        return self._call(DELETE_TARGET_GROUP, (target_group_id,))

    def create_default_target_revision(self) -> TargetRevision | None:
        """Loading default values into a new TargetRevision.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TARGET_REVISION, ())

    def create_default_target_revision_history(self) -> TargetRevisionHistory | None:
        """Loading default values into a new TargetRevisionHistory.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TARGET_REVISION_HISTORY, ())

    def create_default_target_assignment_for_company(self) -> TargetAssignment | None:
        """Returns a default target assignment for the owner company.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_COMPANY, ())

    def create_default_target_assignment_for_user_group(
        self, *, user_group_id: int | Unset = UNSET
    ) -> list[TargetAssignment | None] | None:
        """Returns a default target assignment for the specified usergroup.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_USER_GROUP, (user_group_id,))

    def get_target_assignment_for_year(
        self,
        *,
        target_year: int | Unset = UNSET,
        entity_type: TargetEntityType | str | Unset = UNSET,
        target_level: TargetLevel | str | Unset = UNSET,
        id: int | Unset = UNSET,
    ) -> TargetAssignment | None:
        """Returns the target assignment for the specified year and entity type.

        Returns:
            The result.
        """
        return self._call(
            GET_TARGET_ASSIGNMENT_FOR_YEAR, (target_year, entity_type, target_level, id)
        )

    def create_default_target_assignment_for_company_with_dimension(
        self, *, target_dimension_id: int | Unset = UNSET
    ) -> list[TargetAssignment | None] | None:
        """Returns a default target assignment for the owner company, for the specified
        dimension.

        Returns:
            The result.
        """
        return self._call(
            CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_COMPANY_WITH_DIMENSION, (target_dimension_id,)
        )

    def create_default_target_assignment_for_user_group_with_dimension(
        self, *, user_group_id: int | Unset = UNSET, target_dimension_id: int | Unset = UNSET
    ) -> list[TargetAssignment | None] | None:
        """Returns a default target assignment for the specified usergroup, for the specified
        dimension.

        Returns:
            The result.
        """
        return self._call(
            CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_USER_GROUP_WITH_DIMENSION,
            (user_group_id, target_dimension_id),
        )

    def get_target_assignment_for_year_and_dimension(
        self,
        *,
        target_year: int | Unset = UNSET,
        entity_type: TargetEntityType | str | Unset = UNSET,
        target_level: TargetLevel | str | Unset = UNSET,
        id: int | Unset = UNSET,
        dimension_id: int | Unset = UNSET,
    ) -> TargetAssignment | None:
        """Returns the target assignment for the specified year, entity type and dimension.

        Returns:
            The result.
        """
        return self._call(
            GET_TARGET_ASSIGNMENT_FOR_YEAR_AND_DIMENSION,
            (target_year, entity_type, target_level, id, dimension_id),
        )

    def create_default_target_assignment_for_company_with_year_and_dimension(
        self, *, year: int | Unset = UNSET, target_dimension_id: int | Unset = UNSET
    ) -> list[TargetAssignment | None] | None:
        """Returns a default target assignment for the owner company, for the specified year
        and dimension.

        Returns:
            The result.
        """
        return self._call(
            CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_COMPANY_WITH_YEAR_AND_DIMENSION,
            (year, target_dimension_id),
        )

    def create_default_target_assignment_for_user_group_with_year_and_dimension(
        self,
        *,
        user_group_id: int | Unset = UNSET,
        year: int | Unset = UNSET,
        target_dimension_id: int | Unset = UNSET,
    ) -> list[TargetAssignment | None] | None:
        """Returns a default target assignment for the specified usergroup, for the specified
        year and dimension.

        Returns:
            The result.
        """
        return self._call(
            CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_USER_GROUP_WITH_YEAR_AND_DIMENSION,
            (user_group_id, year, target_dimension_id),
        )

    def get_target_dimension(
        self, *, target_dimension_id: int | Unset = UNSET
    ) -> TargetDimension | None:
        """Gets a TargetDimension object.

        Returns:
            The result.
        """
        return self._call(GET_TARGET_DIMENSION, (target_dimension_id,))

    def get_target_dimensions_for_entity_type(
        self, *, entity_type: TargetEntityType | str | Unset = UNSET
    ) -> list[TargetDimension | None] | None:
        """Returns the target dimensions for the given entity type.

        Returns:
            The result.
        """
        return self._call(GET_TARGET_DIMENSIONS_FOR_ENTITY_TYPE, (entity_type,))

    def get_target_group_ids(
        self, *, target_dimension_id: int | Unset = UNSET
    ) -> list[int] | None:
        """Returns ids of the target groups that use this dimension.

        Returns:
            The result.
        """
        return self._call(GET_TARGET_GROUP_IDS, (target_dimension_id,))

    def get_target_group(self, *, target_group_id: int | Unset = UNSET) -> TargetGroup | None:
        """Gets a TargetGroup object.

        Returns:
            The result.
        """
        return self._call(GET_TARGET_GROUP, (target_group_id,))

    def get_target_group_for_year(
        self,
        *,
        target_year: int | Unset = UNSET,
        entity_type: TargetEntityType | str | Unset = UNSET,
    ) -> TargetGroup | None:
        """Returns the target group for the specified year and entity type.

        Returns:
            The result.
        """
        return self._call(GET_TARGET_GROUP_FOR_YEAR, (target_year, entity_type))

    def export_target_group_to_excel(
        self, *, target_group_id: int | Unset = UNSET
    ) -> ExportArchiveResult | None:
        """Renders the given targetgroup to excel, and returns the path to the temporary file.

        Returns:
            The result.
        """
        return self._call(EXPORT_TARGET_GROUP_TO_EXCEL, (target_group_id,))

    def get_target_group_for_year_and_dimension(
        self, *, target_year: int | Unset = UNSET, dimension_id: int | Unset = UNSET
    ) -> TargetGroup | None:
        """Returns the target group for the specified year and dimension.

        Returns:
            The result.
        """
        return self._call(GET_TARGET_GROUP_FOR_YEAR_AND_DIMENSION, (target_year, dimension_id))

    def get_target_revision_history(
        self, *, target_assignment_info_id: int | Unset = UNSET
    ) -> TargetRevisionHistory | None:
        """Returns the revision history for a given TargetAssignmentInfo in chronological
        order.

        Returns:
            The result.
        """
        return self._call(GET_TARGET_REVISION_HISTORY, (target_assignment_info_id,))


class AsyncTargetsMethods(AsyncCalls):
    """The Targets operations, called asynchronously (SOAP or REST)."""

    async def create_default_target_assignment(self) -> TargetAssignment | None:
        """Loading default values into a new TargetAssignment.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TARGET_ASSIGNMENT, ())

    async def create_default_target_dimension(self) -> TargetDimension | None:
        """Loading default values into a new TargetDimension.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TARGET_DIMENSION, ())

    async def save_target_dimension(
        self, *, target_dimension: TargetDimension | None | Unset = UNSET
    ) -> TargetDimension | None:
        """Updates the existing TargetDimension or creates a new TargetDimension if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_TARGET_DIMENSION, (target_dimension,))

    async def delete_target_dimension(self, *, target_dimension_id: int | Unset = UNSET) -> None:
        """Deletes the TargetDimension"""
        return await self._call(DELETE_TARGET_DIMENSION, (target_dimension_id,))

    async def create_default_target_group(self) -> TargetGroup | None:
        """Loading default values into a new TargetGroup.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TARGET_GROUP, ())

    async def save_target_group(
        self, *, target_group: TargetGroup | None | Unset = UNSET
    ) -> TargetGroup | None:
        """Updates the existing TargetGroup or creates a new TargetGroup if the id parameter is
        0.

        Returns:
            The result.
        """
        return await self._call(SAVE_TARGET_GROUP, (target_group,))

    async def delete_target_group(self, *, target_group_id: int | Unset = UNSET) -> None:
        """Deletes the TargetGroup"""
        return await self._call(DELETE_TARGET_GROUP, (target_group_id,))

    async def create_default_target_revision(self) -> TargetRevision | None:
        """Loading default values into a new TargetRevision.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TARGET_REVISION, ())

    async def create_default_target_revision_history(self) -> TargetRevisionHistory | None:
        """Loading default values into a new TargetRevisionHistory.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TARGET_REVISION_HISTORY, ())

    async def create_default_target_assignment_for_company(self) -> TargetAssignment | None:
        """Returns a default target assignment for the owner company.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_COMPANY, ())

    async def create_default_target_assignment_for_user_group(
        self, *, user_group_id: int | Unset = UNSET
    ) -> list[TargetAssignment | None] | None:
        """Returns a default target assignment for the specified usergroup.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_USER_GROUP, (user_group_id,))

    async def get_target_assignment_for_year(
        self,
        *,
        target_year: int | Unset = UNSET,
        entity_type: TargetEntityType | str | Unset = UNSET,
        target_level: TargetLevel | str | Unset = UNSET,
        id: int | Unset = UNSET,
    ) -> TargetAssignment | None:
        """Returns the target assignment for the specified year and entity type.

        Returns:
            The result.
        """
        return await self._call(
            GET_TARGET_ASSIGNMENT_FOR_YEAR, (target_year, entity_type, target_level, id)
        )

    async def create_default_target_assignment_for_company_with_dimension(
        self, *, target_dimension_id: int | Unset = UNSET
    ) -> list[TargetAssignment | None] | None:
        """Returns a default target assignment for the owner company, for the specified
        dimension.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_COMPANY_WITH_DIMENSION, (target_dimension_id,)
        )

    async def create_default_target_assignment_for_user_group_with_dimension(
        self, *, user_group_id: int | Unset = UNSET, target_dimension_id: int | Unset = UNSET
    ) -> list[TargetAssignment | None] | None:
        """Returns a default target assignment for the specified usergroup, for the specified
        dimension.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_USER_GROUP_WITH_DIMENSION,
            (user_group_id, target_dimension_id),
        )

    async def get_target_assignment_for_year_and_dimension(
        self,
        *,
        target_year: int | Unset = UNSET,
        entity_type: TargetEntityType | str | Unset = UNSET,
        target_level: TargetLevel | str | Unset = UNSET,
        id: int | Unset = UNSET,
        dimension_id: int | Unset = UNSET,
    ) -> TargetAssignment | None:
        """Returns the target assignment for the specified year, entity type and dimension.

        Returns:
            The result.
        """
        return await self._call(
            GET_TARGET_ASSIGNMENT_FOR_YEAR_AND_DIMENSION,
            (target_year, entity_type, target_level, id, dimension_id),
        )

    async def create_default_target_assignment_for_company_with_year_and_dimension(
        self, *, year: int | Unset = UNSET, target_dimension_id: int | Unset = UNSET
    ) -> list[TargetAssignment | None] | None:
        """Returns a default target assignment for the owner company, for the specified year
        and dimension.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_COMPANY_WITH_YEAR_AND_DIMENSION,
            (year, target_dimension_id),
        )

    async def create_default_target_assignment_for_user_group_with_year_and_dimension(
        self,
        *,
        user_group_id: int | Unset = UNSET,
        year: int | Unset = UNSET,
        target_dimension_id: int | Unset = UNSET,
    ) -> list[TargetAssignment | None] | None:
        """Returns a default target assignment for the specified usergroup, for the specified
        year and dimension.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_DEFAULT_TARGET_ASSIGNMENT_FOR_USER_GROUP_WITH_YEAR_AND_DIMENSION,
            (user_group_id, year, target_dimension_id),
        )

    async def get_target_dimension(
        self, *, target_dimension_id: int | Unset = UNSET
    ) -> TargetDimension | None:
        """Gets a TargetDimension object.

        Returns:
            The result.
        """
        return await self._call(GET_TARGET_DIMENSION, (target_dimension_id,))

    async def get_target_dimensions_for_entity_type(
        self, *, entity_type: TargetEntityType | str | Unset = UNSET
    ) -> list[TargetDimension | None] | None:
        """Returns the target dimensions for the given entity type.

        Returns:
            The result.
        """
        return await self._call(GET_TARGET_DIMENSIONS_FOR_ENTITY_TYPE, (entity_type,))

    async def get_target_group_ids(
        self, *, target_dimension_id: int | Unset = UNSET
    ) -> list[int] | None:
        """Returns ids of the target groups that use this dimension.

        Returns:
            The result.
        """
        return await self._call(GET_TARGET_GROUP_IDS, (target_dimension_id,))

    async def get_target_group(
        self, *, target_group_id: int | Unset = UNSET
    ) -> TargetGroup | None:
        """Gets a TargetGroup object.

        Returns:
            The result.
        """
        return await self._call(GET_TARGET_GROUP, (target_group_id,))

    async def get_target_group_for_year(
        self,
        *,
        target_year: int | Unset = UNSET,
        entity_type: TargetEntityType | str | Unset = UNSET,
    ) -> TargetGroup | None:
        """Returns the target group for the specified year and entity type.

        Returns:
            The result.
        """
        return await self._call(GET_TARGET_GROUP_FOR_YEAR, (target_year, entity_type))

    async def export_target_group_to_excel(
        self, *, target_group_id: int | Unset = UNSET
    ) -> ExportArchiveResult | None:
        """Renders the given targetgroup to excel, and returns the path to the temporary file.

        Returns:
            The result.
        """
        return await self._call(EXPORT_TARGET_GROUP_TO_EXCEL, (target_group_id,))

    async def get_target_group_for_year_and_dimension(
        self, *, target_year: int | Unset = UNSET, dimension_id: int | Unset = UNSET
    ) -> TargetGroup | None:
        """Returns the target group for the specified year and dimension.

        Returns:
            The result.
        """
        return await self._call(
            GET_TARGET_GROUP_FOR_YEAR_AND_DIMENSION, (target_year, dimension_id)
        )

    async def get_target_revision_history(
        self, *, target_assignment_info_id: int | Unset = UNSET
    ) -> TargetRevisionHistory | None:
        """Returns the revision history for a given TargetAssignmentInfo in chronological
        order.

        Returns:
            The result.
        """
        return await self._call(GET_TARGET_REVISION_HISTORY, (target_assignment_info_id,))


class TargetsAgent(TargetsMethods, SoapCaller):
    """Targets over SOAP 1.1 (``Remote/Services88/Targets.svc``), synchronous."""

    _PATH = "Remote/Services88/Targets.svc"
    _HEADERS = HEADERS


class AsyncTargetsAgent(AsyncTargetsMethods, AsyncSoapCaller):
    """Targets over SOAP 1.1 (``Remote/Services88/Targets.svc``), asynchronous."""

    _PATH = "Remote/Services88/Targets.svc"
    _HEADERS = HEADERS


class TargetsRestAgent(TargetsMethods, RestCaller):
    """Targets over REST (``/api/v1/Agents/Targets/...``), synchronous."""


class AsyncTargetsRestAgent(AsyncTargetsMethods, AsyncRestCaller):
    """Targets over REST (``/api/v1/Agents/Targets/...``), asynchronous."""
