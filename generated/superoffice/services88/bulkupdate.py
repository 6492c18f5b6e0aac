"""Services88 BulkUpdate agent (``Remote/Services88/BulkUpdate.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param, STR
from .types.field_value_info import LIST_OF_FIELD_VALUE_INFO_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_AVAILABLE_FIELDS = Operation(
    "GetAvailableFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BulkUpdate/GetAvailableFields",
    params=(Param("tablename", "Tablename", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_FIELD_VALUE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BulkUpdate/GetAvailableFields",
)
"""Get all available fields for a given tablename/entity"""

GET_STORED_FIELDS = Operation(
    "GetStoredFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BulkUpdate/GetStoredFields",
    params=(
        Param("tablename", "Tablename", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_FIELD_VALUE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BulkUpdate/GetStoredFields",
)
"""Get all stored fields for a given tablename/entity and context"""

EXECUTE_BY_SELECTION_ID = Operation(
    "ExecuteBySelectionId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BulkUpdate/ExecuteBySelectionId",
    params=(
        Param(
            "field_value_infos", "FieldValueInfos", LIST_OF_FIELD_VALUE_INFO_CODEC, nillable=True
        ),
        Param("table_name", "TableName", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
        Param("selection_id", "SelectionId", INT),
        Param("is_shadow", "IsShadow", BOOL),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/BulkUpdate/ExecuteBySelectionId",
)
"""Do the batchupdate on this selection"""

EXECUTE_BY_ENTITY_IDS = Operation(
    "ExecuteByEntityIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BulkUpdate/ExecuteByEntityIds",
    params=(
        Param(
            "field_value_infos", "FieldValueInfos", LIST_OF_FIELD_VALUE_INFO_CODEC, nillable=True
        ),
        Param("table_name", "TableName", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
        Param("ids", "Ids", STR, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/BulkUpdate/ExecuteByEntityIds",
)
"""Do the batchupdate on selected"""

GET_JOB_RESULTS_FROM_STORAGE_AS_JSON = Operation(
    "GetJobResultsFromStorageAsJson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BulkUpdate/GetJobResultsFromStorageAsJson",
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BulkUpdate/GetJobResultsFromStorageAsJson",
)
"""Get result of the batchupdate job"""

REMOVE_STORED_FIELDS = Operation(
    "RemoveStoredFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BulkUpdate/RemoveStoredFields",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/BulkUpdate/RemoveStoredFields",
)
"""Remove the stored settings of the bulk update for this table from this context"""

REMOVE_STORED_FIELDS_AND_GET_DEFAULT_FIELDS = Operation(
    "RemoveStoredFieldsAndGetDefaultFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BulkUpdate/RemoveStoredFieldsAndGetDefaultFields",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_FIELD_VALUE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BulkUpdate/RemoveStoredFieldsAndGetDefaultFields",
)
"""Remove the stored settings of the bulk update for this table from this context, to get the
default settings instead"""

GET_JOB_RESULT_AS_JSON_FROM_BINARY_OBJECT_ID = Operation(
    "GetJobResultAsJsonFromBinaryObjectId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BulkUpdate/GetJobResultAsJsonFromBinaryObjectId",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("binary_object_id", "BinaryObjectId", INT),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/BulkUpdate/GetJobResultAsJsonFromBinaryObjectId",
)
"""Get result of the batchupdate job"""

OPERATIONS: dict[str, Operation] = {
    "GetAvailableFields": GET_AVAILABLE_FIELDS,
    "GetStoredFields": GET_STORED_FIELDS,
    "ExecuteBySelectionId": EXECUTE_BY_SELECTION_ID,
    "ExecuteByEntityIds": EXECUTE_BY_ENTITY_IDS,
    "GetJobResultsFromStorageAsJson": GET_JOB_RESULTS_FROM_STORAGE_AS_JSON,
    "RemoveStoredFields": REMOVE_STORED_FIELDS,
    "RemoveStoredFieldsAndGetDefaultFields": REMOVE_STORED_FIELDS_AND_GET_DEFAULT_FIELDS,
    "GetJobResultAsJsonFromBinaryObjectId": GET_JOB_RESULT_AS_JSON_FROM_BINARY_OBJECT_ID,
}
