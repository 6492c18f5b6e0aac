"""Services88 DatabaseTable agent (``Remote/Services88/DatabaseTable.svc``).

``DatabaseTableAgent`` and ``AsyncDatabaseTableAgent`` call it over SOAP,
``DatabaseTableRestAgent`` and ``AsyncDatabaseTableRestAgent`` over REST; all four share the
same typed methods and dataclasses.
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
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_LIST_OF_STR_CODEC, LIST_OF_STR_CODEC
from .types.mass_operation_result import MASS_OPERATION_RESULT_CODEC, MassOperationResult
from .types.string_dictionary import STRING_DICTIONARY_CODEC
from .types.table_record import TABLE_RECORD_CODEC, TableRecord
from .types.upsert_nomatch_action import UPSERT_NOMATCH_ACTION_CODEC, UpsertNomatchAction

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

READ_ROW: Operation[TableRecord | None] = Operation(
    "ReadRow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DatabaseTable/ReadRow",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("id", "Id", INT),
    ),
    results=(Param("response", "Response", TABLE_RECORD_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/DatabaseTable/ReadRow",
)

INSERT_ROW: Operation[int | None] = Operation(
    "InsertRow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DatabaseTable/InsertRow",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("values", "Values", STRING_DICTIONARY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/DatabaseTable/InsertRow",
)

UPDATE_ROW: Operation[None] = Operation(
    "UpdateRow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DatabaseTable/UpdateRow",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("id", "Id", INT),
        Param("values", "Values", STRING_DICTIONARY_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/DatabaseTable/UpdateRow",
)

DELETE_ROW: Operation[None] = Operation(
    "DeleteRow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DatabaseTable/DeleteRow",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("id", "Id", INT),
    ),
    rest_path="/api/v1/Agents/DatabaseTable/DeleteRow",
)

INSERT: Operation[MassOperationResult | None] = Operation(
    "Insert",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DatabaseTable/Insert",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("columns", "Columns", LIST_OF_STR_CODEC, nillable=True),
        Param("data", "Data", LIST_OF_LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", MASS_OPERATION_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/DatabaseTable/Insert",
)

TRUNCATE: Operation[MassOperationResult | None] = Operation(
    "Truncate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DatabaseTable/Truncate",
    params=(Param("table_name", "TableName", STR, nillable=True),),
    results=(Param("response", "Response", MASS_OPERATION_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/DatabaseTable/Truncate",
)

UPSERT: Operation[MassOperationResult | None] = Operation(
    "Upsert",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DatabaseTable/Upsert",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("columns", "Columns", LIST_OF_STR_CODEC, nillable=True),
        Param("keys", "Keys", LIST_OF_STR_CODEC, nillable=True),
        Param("data", "Data", LIST_OF_LIST_OF_STR_CODEC, nillable=True),
        Param("nomatch_action", "NomatchAction", UPSERT_NOMATCH_ACTION_CODEC),
        Param("return_row_status", "ReturnRowStatus", BOOL),
    ),
    results=(Param("response", "Response", MASS_OPERATION_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/DatabaseTable/Upsert",
)

DELETE: Operation[MassOperationResult | None] = Operation(
    "Delete",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DatabaseTable/Delete",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("i_ds", "IDs", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", MASS_OPERATION_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/DatabaseTable/Delete",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "ReadRow": READ_ROW,
    "InsertRow": INSERT_ROW,
    "UpdateRow": UPDATE_ROW,
    "DeleteRow": DELETE_ROW,
    "Insert": INSERT,
    "Truncate": TRUNCATE,
    "Upsert": UPSERT,
    "Delete": DELETE,
}


class DatabaseTableMethods(SyncCalls):
    """The DatabaseTable operations, called synchronously (SOAP or REST)."""

    def read_row(
        self, *, table_name: str | None | Unset = UNSET, id: int | Unset = UNSET
    ) -> TableRecord | None:
        """Read a row from a table

        Returns:
            The result.
        """
        return self._call(READ_ROW, (table_name, id))

    def insert_row(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        values: dict[str, str | None] | None | Unset = UNSET,
    ) -> int | None:
        """Insert a row into a table

        Returns:
            The result.
        """
        return self._call(INSERT_ROW, (table_name, values))

    def update_row(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        id: int | Unset = UNSET,
        values: dict[str, str | None] | None | Unset = UNSET,
    ) -> None:
        """Update a row in a table"""
        return self._call(UPDATE_ROW, (table_name, id, values))

    def delete_row(
        self, *, table_name: str | None | Unset = UNSET, id: int | Unset = UNSET
    ) -> None:
        """Delete a row from a table"""
        return self._call(DELETE_ROW, (table_name, id))

    def insert(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        columns: list[str | None] | None | Unset = UNSET,
        data: list[list[str | None] | None] | None | Unset = UNSET,
    ) -> MassOperationResult | None:
        """Mass-insert rows, with or without primary keys specified.

        Returns:
            The result.
        """
        return self._call(INSERT, (table_name, columns, data))

    def truncate(self, *, table_name: str | None | Unset = UNSET) -> MassOperationResult | None:
        """Drop all rows in a table.

        Returns:
            The result.
        """
        return self._call(TRUNCATE, (table_name,))

    def upsert(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        columns: list[str | None] | None | Unset = UNSET,
        keys: list[str | None] | None | Unset = UNSET,
        data: list[list[str | None] | None] | None | Unset = UNSET,
        nomatch_action: UpsertNomatchAction | str | Unset = UNSET,
        return_row_status: bool | Unset = UNSET,
    ) -> MassOperationResult | None:
        """Insert or update rows, optionally deleting/zeroing 'leftover' rows.

        Returns:
            The result.
        """
        return self._call(
            UPSERT, (table_name, columns, keys, data, nomatch_action, return_row_status)
        )

    def delete(
        self, *, table_name: str | None | Unset = UNSET, i_ds: list[int] | None | Unset = UNSET
    ) -> MassOperationResult | None:
        """Delete rows, by primary key; traveltransactionlog and WebHooks are supported

        Returns:
            The result.
        """
        return self._call(DELETE, (table_name, i_ds))


class AsyncDatabaseTableMethods(AsyncCalls):
    """The DatabaseTable operations, called asynchronously (SOAP or REST)."""

    async def read_row(
        self, *, table_name: str | None | Unset = UNSET, id: int | Unset = UNSET
    ) -> TableRecord | None:
        """Read a row from a table

        Returns:
            The result.
        """
        return await self._call(READ_ROW, (table_name, id))

    async def insert_row(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        values: dict[str, str | None] | None | Unset = UNSET,
    ) -> int | None:
        """Insert a row into a table

        Returns:
            The result.
        """
        return await self._call(INSERT_ROW, (table_name, values))

    async def update_row(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        id: int | Unset = UNSET,
        values: dict[str, str | None] | None | Unset = UNSET,
    ) -> None:
        """Update a row in a table"""
        return await self._call(UPDATE_ROW, (table_name, id, values))

    async def delete_row(
        self, *, table_name: str | None | Unset = UNSET, id: int | Unset = UNSET
    ) -> None:
        """Delete a row from a table"""
        return await self._call(DELETE_ROW, (table_name, id))

    async def insert(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        columns: list[str | None] | None | Unset = UNSET,
        data: list[list[str | None] | None] | None | Unset = UNSET,
    ) -> MassOperationResult | None:
        """Mass-insert rows, with or without primary keys specified.

        Returns:
            The result.
        """
        return await self._call(INSERT, (table_name, columns, data))

    async def truncate(
        self, *, table_name: str | None | Unset = UNSET
    ) -> MassOperationResult | None:
        """Drop all rows in a table.

        Returns:
            The result.
        """
        return await self._call(TRUNCATE, (table_name,))

    async def upsert(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        columns: list[str | None] | None | Unset = UNSET,
        keys: list[str | None] | None | Unset = UNSET,
        data: list[list[str | None] | None] | None | Unset = UNSET,
        nomatch_action: UpsertNomatchAction | str | Unset = UNSET,
        return_row_status: bool | Unset = UNSET,
    ) -> MassOperationResult | None:
        """Insert or update rows, optionally deleting/zeroing 'leftover' rows.

        Returns:
            The result.
        """
        return await self._call(
            UPSERT, (table_name, columns, keys, data, nomatch_action, return_row_status)
        )

    async def delete(
        self, *, table_name: str | None | Unset = UNSET, i_ds: list[int] | None | Unset = UNSET
    ) -> MassOperationResult | None:
        """Delete rows, by primary key; traveltransactionlog and WebHooks are supported

        Returns:
            The result.
        """
        return await self._call(DELETE, (table_name, i_ds))


class DatabaseTableAgent(DatabaseTableMethods, SoapCaller):
    """DatabaseTable over SOAP 1.1 (``Remote/Services88/DatabaseTable.svc``), synchronous."""

    _PATH = "Remote/Services88/DatabaseTable.svc"
    _HEADERS = HEADERS


class AsyncDatabaseTableAgent(AsyncDatabaseTableMethods, AsyncSoapCaller):
    """DatabaseTable over SOAP 1.1 (``Remote/Services88/DatabaseTable.svc``), asynchronous."""

    _PATH = "Remote/Services88/DatabaseTable.svc"
    _HEADERS = HEADERS


class DatabaseTableRestAgent(DatabaseTableMethods, RestCaller):
    """DatabaseTable over REST (``/api/v1/Agents/DatabaseTable/...``), synchronous."""


class AsyncDatabaseTableRestAgent(AsyncDatabaseTableMethods, AsyncRestCaller):
    """DatabaseTable over REST (``/api/v1/Agents/DatabaseTable/...``), asynchronous."""
