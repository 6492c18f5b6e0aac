"""Services88 BulkUpdate agent (``Remote/Services88/BulkUpdate.svc``).

``BulkUpdateAgent`` and ``AsyncBulkUpdateAgent`` call it over SOAP, ``BulkUpdateRestAgent``
and ``AsyncBulkUpdateRestAgent`` over REST; all four share the same typed methods and
dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import BOOL, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.field_value_info import LIST_OF_FIELD_VALUE_INFO_CODEC, FieldValueInfo
from .types.list_of_str import LIST_OF_STR_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_AVAILABLE_FIELDS: Operation[list[FieldValueInfo | None] | None] = Operation(
    "GetAvailableFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BulkUpdate/GetAvailableFields",
    params=(Param("tablename", "Tablename", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_FIELD_VALUE_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BulkUpdate/GetAvailableFields",
)

GET_STORED_FIELDS: Operation[list[FieldValueInfo | None] | None] = Operation(
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

EXECUTE_BY_SELECTION_ID: Operation[int | None] = Operation(
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

EXECUTE_BY_ENTITY_IDS: Operation[int | None] = Operation(
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

GET_JOB_RESULTS_FROM_STORAGE_AS_JSON: Operation[list[str | None] | None] = Operation(
    "GetJobResultsFromStorageAsJson",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/BulkUpdate/GetJobResultsFromStorageAsJson",
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/BulkUpdate/GetJobResultsFromStorageAsJson",
)

REMOVE_STORED_FIELDS: Operation[bool | None] = Operation(
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

REMOVE_STORED_FIELDS_AND_GET_DEFAULT_FIELDS: Operation[list[FieldValueInfo | None] | None] = (
    Operation(
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
)

GET_JOB_RESULT_AS_JSON_FROM_BINARY_OBJECT_ID: Operation[str | None] = Operation(
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

OPERATIONS: dict[str, Operation[Any]] = {
    "GetAvailableFields": GET_AVAILABLE_FIELDS,
    "GetStoredFields": GET_STORED_FIELDS,
    "ExecuteBySelectionId": EXECUTE_BY_SELECTION_ID,
    "ExecuteByEntityIds": EXECUTE_BY_ENTITY_IDS,
    "GetJobResultsFromStorageAsJson": GET_JOB_RESULTS_FROM_STORAGE_AS_JSON,
    "RemoveStoredFields": REMOVE_STORED_FIELDS,
    "RemoveStoredFieldsAndGetDefaultFields": REMOVE_STORED_FIELDS_AND_GET_DEFAULT_FIELDS,
    "GetJobResultAsJsonFromBinaryObjectId": GET_JOB_RESULT_AS_JSON_FROM_BINARY_OBJECT_ID,
}


class BulkUpdateMethods(SyncCalls):
    """The BulkUpdate operations, called synchronously (SOAP or REST)."""

    def get_available_fields(
        self, *, tablename: str | None | Unset = UNSET
    ) -> list[FieldValueInfo | None] | None:
        """Get all available fields for a given tablename/entity

        Returns:
            The result.
        """
        return self._call(GET_AVAILABLE_FIELDS, (tablename,))

    def get_stored_fields(
        self, *, tablename: str | None | Unset = UNSET, context: str | None | Unset = UNSET
    ) -> list[FieldValueInfo | None] | None:
        """Get all stored fields for a given tablename/entity and context

        Returns:
            The result.
        """
        return self._call(GET_STORED_FIELDS, (tablename, context))

    def execute_by_selection_id(
        self,
        *,
        field_value_infos: list[FieldValueInfo | None] | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        is_shadow: bool | Unset = UNSET,
    ) -> int | None:
        """Do the batchupdate on this selection

        Returns:
            The result.
        """
        return self._call(
            EXECUTE_BY_SELECTION_ID,
            (field_value_infos, table_name, context, selection_id, is_shadow),
        )

    def execute_by_entity_ids(
        self,
        *,
        field_value_infos: list[FieldValueInfo | None] | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        ids: str | None | Unset = UNSET,
    ) -> int | None:
        """Do the batchupdate on selected

        Returns:
            The result.
        """
        return self._call(EXECUTE_BY_ENTITY_IDS, (field_value_infos, table_name, context, ids))

    def get_job_results_from_storage_as_json(self) -> list[str | None] | None:
        """Get result of the batchupdate job

        Returns:
            The result.
        """
        return self._call(GET_JOB_RESULTS_FROM_STORAGE_AS_JSON, ())

    def remove_stored_fields(
        self, *, table_name: str | None | Unset = UNSET, context: str | None | Unset = UNSET
    ) -> bool | None:
        """Remove the stored settings of the bulk update for this table from this context

        Returns:
            The result.
        """
        return self._call(REMOVE_STORED_FIELDS, (table_name, context))

    def remove_stored_fields_and_get_default_fields(
        self, *, table_name: str | None | Unset = UNSET, context: str | None | Unset = UNSET
    ) -> list[FieldValueInfo | None] | None:
        """Remove the stored settings of the bulk update for this table from this context, to
        get the default settings instead

        Returns:
            The result.
        """
        return self._call(REMOVE_STORED_FIELDS_AND_GET_DEFAULT_FIELDS, (table_name, context))

    def get_job_result_as_json_from_binary_object_id(
        self, *, table_name: str | None | Unset = UNSET, binary_object_id: int | Unset = UNSET
    ) -> str | None:
        """Get result of the batchupdate job

        Returns:
            The result.
        """
        return self._call(
            GET_JOB_RESULT_AS_JSON_FROM_BINARY_OBJECT_ID, (table_name, binary_object_id)
        )


class AsyncBulkUpdateMethods(AsyncCalls):
    """The BulkUpdate operations, called asynchronously (SOAP or REST)."""

    async def get_available_fields(
        self, *, tablename: str | None | Unset = UNSET
    ) -> list[FieldValueInfo | None] | None:
        """Get all available fields for a given tablename/entity

        Returns:
            The result.
        """
        return await self._call(GET_AVAILABLE_FIELDS, (tablename,))

    async def get_stored_fields(
        self, *, tablename: str | None | Unset = UNSET, context: str | None | Unset = UNSET
    ) -> list[FieldValueInfo | None] | None:
        """Get all stored fields for a given tablename/entity and context

        Returns:
            The result.
        """
        return await self._call(GET_STORED_FIELDS, (tablename, context))

    async def execute_by_selection_id(
        self,
        *,
        field_value_infos: list[FieldValueInfo | None] | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        is_shadow: bool | Unset = UNSET,
    ) -> int | None:
        """Do the batchupdate on this selection

        Returns:
            The result.
        """
        return await self._call(
            EXECUTE_BY_SELECTION_ID,
            (field_value_infos, table_name, context, selection_id, is_shadow),
        )

    async def execute_by_entity_ids(
        self,
        *,
        field_value_infos: list[FieldValueInfo | None] | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
        ids: str | None | Unset = UNSET,
    ) -> int | None:
        """Do the batchupdate on selected

        Returns:
            The result.
        """
        return await self._call(
            EXECUTE_BY_ENTITY_IDS, (field_value_infos, table_name, context, ids)
        )

    async def get_job_results_from_storage_as_json(self) -> list[str | None] | None:
        """Get result of the batchupdate job

        Returns:
            The result.
        """
        return await self._call(GET_JOB_RESULTS_FROM_STORAGE_AS_JSON, ())

    async def remove_stored_fields(
        self, *, table_name: str | None | Unset = UNSET, context: str | None | Unset = UNSET
    ) -> bool | None:
        """Remove the stored settings of the bulk update for this table from this context

        Returns:
            The result.
        """
        return await self._call(REMOVE_STORED_FIELDS, (table_name, context))

    async def remove_stored_fields_and_get_default_fields(
        self, *, table_name: str | None | Unset = UNSET, context: str | None | Unset = UNSET
    ) -> list[FieldValueInfo | None] | None:
        """Remove the stored settings of the bulk update for this table from this context, to
        get the default settings instead

        Returns:
            The result.
        """
        return await self._call(REMOVE_STORED_FIELDS_AND_GET_DEFAULT_FIELDS, (table_name, context))

    async def get_job_result_as_json_from_binary_object_id(
        self, *, table_name: str | None | Unset = UNSET, binary_object_id: int | Unset = UNSET
    ) -> str | None:
        """Get result of the batchupdate job

        Returns:
            The result.
        """
        return await self._call(
            GET_JOB_RESULT_AS_JSON_FROM_BINARY_OBJECT_ID, (table_name, binary_object_id)
        )


class BulkUpdateAgent(BulkUpdateMethods, SoapCaller):
    """BulkUpdate over SOAP 1.1 (``Remote/Services88/BulkUpdate.svc``), synchronous."""

    _PATH = "Remote/Services88/BulkUpdate.svc"
    _HEADERS = HEADERS


class AsyncBulkUpdateAgent(AsyncBulkUpdateMethods, AsyncSoapCaller):
    """BulkUpdate over SOAP 1.1 (``Remote/Services88/BulkUpdate.svc``), asynchronous."""

    _PATH = "Remote/Services88/BulkUpdate.svc"
    _HEADERS = HEADERS


class BulkUpdateRestAgent(BulkUpdateMethods, RestCaller):
    """BulkUpdate over REST (``/api/v1/Agents/BulkUpdate/...``), synchronous."""


class AsyncBulkUpdateRestAgent(AsyncBulkUpdateMethods, AsyncRestCaller):
    """BulkUpdate over REST (``/api/v1/Agents/BulkUpdate/...``), asynchronous."""
