"""Services88 Import agent (``Remote/Services88/Import.svc``).

``ImportAgent`` and ``AsyncImportAgent`` call it over SOAP, ``ImportRestAgent`` and
``AsyncImportRestAgent`` over REST; all four share the same typed methods and dataclasses.
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
from .types.archive_restriction_info import (
    LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC,
    ArchiveRestrictionInfo,
)
from .types.erp_actor_type import ERP_ACTOR_TYPE_CODEC, ErpActorType
from .types.import_erp_data import IMPORT_ERP_DATA_CODEC, ImportErpData
from .types.import_line import IMPORT_LINE_CODEC, LIST_OF_IMPORT_LINE_CODEC, ImportLine
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

PREVIEW_IMPORT: Operation[list[ImportLine | None] | None] = Operation(
    "PreviewImport",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Import/PreviewImport",
    params=(
        Param("import_lines", "ImportLines", LIST_OF_IMPORT_LINE_CODEC, nillable=True),
        Param("column_definition", "ColumnDefinition", LIST_OF_STR_CODEC, nillable=True),
        Param("culture", "Culture", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_IMPORT_LINE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Import/PreviewImport",
)

SAVE_IMPORT: Operation[list[int] | None] = Operation(
    "SaveImport",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Import/SaveImport",
    params=(
        Param("import_lines", "ImportLines", LIST_OF_IMPORT_LINE_CODEC, nillable=True),
        Param("column_definition", "ColumnDefinition", LIST_OF_STR_CODEC, nillable=True),
        Param("create_selection", "CreateSelection", BOOL),
        Param("culture", "Culture", STR, nillable=True),
        Param("context", "Context", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Import/SaveImport",
)

CREATE_DEFAULT_IMPORT_LINE: Operation[ImportLine | None] = Operation(
    "CreateDefaultImportLine",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Import/CreateDefaultImportLine",
    params=(Param("count_columns", "CountColumns", INT),),
    results=(Param("response", "Response", IMPORT_LINE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Import/CreateDefaultImportLine",
)

CREATE_ERP_IMPORT_DATA: Operation[ImportErpData | None] = Operation(
    "CreateErpImportData",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Import/CreateErpImportData",
    params=(
        Param("restriction", "Restriction", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True),
        Param("columns", "Columns", LIST_OF_STR_CODEC, nillable=True),
        Param("connection_id", "ConnectionId", INT),
        Param("erp_actor_type", "ErpActorType", ERP_ACTOR_TYPE_CODEC),
    ),
    results=(Param("response", "Response", IMPORT_ERP_DATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Import/CreateErpImportData",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "PreviewImport": PREVIEW_IMPORT,
    "SaveImport": SAVE_IMPORT,
    "CreateDefaultImportLine": CREATE_DEFAULT_IMPORT_LINE,
    "CreateErpImportData": CREATE_ERP_IMPORT_DATA,
}


class ImportMethods(SyncCalls):
    """The Import operations, called synchronously (SOAP or REST)."""

    def preview_import(
        self,
        *,
        import_lines: list[ImportLine | None] | None | Unset = UNSET,
        column_definition: list[str | None] | None | Unset = UNSET,
        culture: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> list[ImportLine | None] | None:
        """Preview the import

        Returns:
            The result.
        """
        return self._call(PREVIEW_IMPORT, (import_lines, column_definition, culture, context))

    def save_import(
        self,
        *,
        import_lines: list[ImportLine | None] | None | Unset = UNSET,
        column_definition: list[str | None] | None | Unset = UNSET,
        create_selection: bool | Unset = UNSET,
        culture: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> list[int] | None:
        """Do the actual import

        Returns:
            The result.
        """
        return self._call(
            SAVE_IMPORT, (import_lines, column_definition, create_selection, culture, context)
        )

    def create_default_import_line(
        self, *, count_columns: int | Unset = UNSET
    ) -> ImportLine | None:
        """Create a new empty import row with x count of values

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_IMPORT_LINE, (count_columns,))

    def create_erp_import_data(
        self,
        *,
        restriction: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        columns: list[str | None] | None | Unset = UNSET,
        connection_id: int | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
    ) -> ImportErpData | None:
        """Populates the ImportLines and columnDefs basedfrom erp system

        Returns:
            The result.
        """
        return self._call(
            CREATE_ERP_IMPORT_DATA, (restriction, columns, connection_id, erp_actor_type)
        )


class AsyncImportMethods(AsyncCalls):
    """The Import operations, called asynchronously (SOAP or REST)."""

    async def preview_import(
        self,
        *,
        import_lines: list[ImportLine | None] | None | Unset = UNSET,
        column_definition: list[str | None] | None | Unset = UNSET,
        culture: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> list[ImportLine | None] | None:
        """Preview the import

        Returns:
            The result.
        """
        return await self._call(
            PREVIEW_IMPORT, (import_lines, column_definition, culture, context)
        )

    async def save_import(
        self,
        *,
        import_lines: list[ImportLine | None] | None | Unset = UNSET,
        column_definition: list[str | None] | None | Unset = UNSET,
        create_selection: bool | Unset = UNSET,
        culture: str | None | Unset = UNSET,
        context: str | None | Unset = UNSET,
    ) -> list[int] | None:
        """Do the actual import

        Returns:
            The result.
        """
        return await self._call(
            SAVE_IMPORT, (import_lines, column_definition, create_selection, culture, context)
        )

    async def create_default_import_line(
        self, *, count_columns: int | Unset = UNSET
    ) -> ImportLine | None:
        """Create a new empty import row with x count of values

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_IMPORT_LINE, (count_columns,))

    async def create_erp_import_data(
        self,
        *,
        restriction: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        columns: list[str | None] | None | Unset = UNSET,
        connection_id: int | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
    ) -> ImportErpData | None:
        """Populates the ImportLines and columnDefs basedfrom erp system

        Returns:
            The result.
        """
        return await self._call(
            CREATE_ERP_IMPORT_DATA, (restriction, columns, connection_id, erp_actor_type)
        )


class ImportAgent(ImportMethods, SoapCaller):
    """Import over SOAP 1.1 (``Remote/Services88/Import.svc``), synchronous."""

    _PATH = "Remote/Services88/Import.svc"
    _HEADERS = HEADERS


class AsyncImportAgent(AsyncImportMethods, AsyncSoapCaller):
    """Import over SOAP 1.1 (``Remote/Services88/Import.svc``), asynchronous."""

    _PATH = "Remote/Services88/Import.svc"
    _HEADERS = HEADERS


class ImportRestAgent(ImportMethods, RestCaller):
    """Import over REST (``/api/v1/Agents/Import/...``), synchronous."""


class AsyncImportRestAgent(AsyncImportMethods, AsyncRestCaller):
    """Import over REST (``/api/v1/Agents/Import/...``), asynchronous."""
