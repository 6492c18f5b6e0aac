"""Services88 Sentry agent (``Remote/Services88/Sentry.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param, STR
from .types.list_of_bool import LIST_OF_BOOL_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.table_right import TABLE_RIGHT_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_NEW_TABLE_RIGHT = Operation(
    "GetNewTableRight",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sentry/GetNewTableRight",
    params=(Param("table_name", "TableName", STR, nillable=True),),
    results=(Param("response", "Response", TABLE_RIGHT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sentry/GetNewTableRight",
)
"""Returns a TableRight for a new row based on tableName parameter."""

GET_TABLE_RIGHT_BY_OWNERSHIP = Operation(
    "GetTableRightByOwnership",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sentry/GetTableRightByOwnership",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("contact_group_id", "ContactGroupId", INT),
        Param("contact_associate_id", "ContactAssociateId", INT),
    ),
    results=(Param("response", "Response", TABLE_RIGHT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sentry/GetTableRightByOwnership",
)
"""Return the TableRight from the relationship between the current user and the given user and
group."""

GET_FUNCTION_RIGHTS = Operation(
    "GetFunctionRights",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sentry/GetFunctionRights",
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sentry/GetFunctionRights",
)
"""Get a string array of all functions rights for the role of the current associate."""

HAS_FUNCTION_RIGHT = Operation(
    "HasFunctionRight",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sentry/HasFunctionRight",
    params=(Param("function_right", "FunctionRight", STR, nillable=True),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Sentry/HasFunctionRight",
)
"""Get a boolean value indicating if the current user has the functional right."""

CAN_CREATE_APPOINTMENT_IN_ASSOCIATE_DIARIES = Operation(
    "CanCreateAppointmentInAssociateDiaries",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sentry/CanCreateAppointmentInAssociateDiaries",
    params=(Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Sentry/CanCreateAppointmentInAssociateDiaries",
)
"""CanCreateAppointmentInAssociateDiaries will check if the current associate can create
appointments in diaries belonging to the associates listed in associateIds."""

CAN_CREATE_APPOINTMENT_IN_EACH_ASSOCIATES_DIARY = Operation(
    "CanCreateAppointmentInEachAssociatesDiary",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sentry/CanCreateAppointmentInEachAssociatesDiary",
    params=(Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_BOOL_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sentry/CanCreateAppointmentInEachAssociatesDiary",
)
"""CanCreateAppointmentInEachAssociateDiary will check if the current associate can create
appointments in diaries belonging to the associates listed in associateIds."""

CAN_CREATE_APPOINTMENT_IN_ALL_DIARIES = Operation(
    "CanCreateAppointmentInAllDiaries",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sentry/CanCreateAppointmentInAllDiaries",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Sentry/CanCreateAppointmentInAllDiaries",
)
"""CanCreateAppointmentInAllDiaries will check if the current associate can create appointments
in diaries belonging all other associates."""

GET_TABLE_RIGHT_BY_CONTACT_OWNERSHIP = Operation(
    "GetTableRightByContactOwnership",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sentry/GetTableRightByContactOwnership",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("contact_id", "ContactId", INT),
    ),
    results=(Param("response", "Response", TABLE_RIGHT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sentry/GetTableRightByContactOwnership",
)
"""Return the TableRight from the relationship between the current user and the given user and
group."""

OPERATIONS: dict[str, Operation] = {
    "GetNewTableRight": GET_NEW_TABLE_RIGHT,
    "GetTableRightByOwnership": GET_TABLE_RIGHT_BY_OWNERSHIP,
    "GetFunctionRights": GET_FUNCTION_RIGHTS,
    "HasFunctionRight": HAS_FUNCTION_RIGHT,
    "CanCreateAppointmentInAssociateDiaries": CAN_CREATE_APPOINTMENT_IN_ASSOCIATE_DIARIES,
    "CanCreateAppointmentInEachAssociatesDiary": CAN_CREATE_APPOINTMENT_IN_EACH_ASSOCIATES_DIARY,
    "CanCreateAppointmentInAllDiaries": CAN_CREATE_APPOINTMENT_IN_ALL_DIARIES,
    "GetTableRightByContactOwnership": GET_TABLE_RIGHT_BY_CONTACT_OWNERSHIP,
}
