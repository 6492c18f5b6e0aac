"""Services88 DocumentMigration agent (``Remote/Services88/DocumentMigration.svc``).

``DocumentMigrationAgent`` and ``AsyncDocumentMigrationAgent`` call it over SOAP,
``DocumentMigrationRestAgent`` and ``AsyncDocumentMigrationRestAgent`` over REST; all four
share the same typed methods and dataclasses.
"""

from __future__ import annotations

import datetime
from typing import Any

from ..runtime import BOOL, DATETIME, INT, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.document_migration_item_list import (
    DOCUMENT_MIGRATION_ITEM_LIST_CODEC,
    DocumentMigrationItemList,
)
from .types.document_template_migration_list import (
    DOCUMENT_TEMPLATE_MIGRATION_LIST_CODEC,
    DocumentTemplateMigrationList,
)

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_DOCUMENT_MIGRATION_ITEM_LIST: Operation[DocumentMigrationItemList | None] = (
    Operation(
        "CreateDefaultDocumentMigrationItemList",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/DocumentMigration/CreateDefaultDocumentMigrationItemList",
        results=(
            Param("response", "Response", DOCUMENT_MIGRATION_ITEM_LIST_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/DocumentMigration/CreateDefaultDocumentMigrationItemList",
        rest_select=False,
    )
)

CREATE_DEFAULT_DOCUMENT_TEMPLATE_MIGRATION_LIST: Operation[
    DocumentTemplateMigrationList | None
] = Operation(
    "CreateDefaultDocumentTemplateMigrationList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DocumentMigration/CreateDefaultDocumentTemplateMigrationList",
    results=(
        Param("response", "Response", DOCUMENT_TEMPLATE_MIGRATION_LIST_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/DocumentMigration/CreateDefaultDocumentTemplateMigrationList",
    rest_select=False,
)

GET_FOR_ALL_DOCUMENTS: Operation[DocumentMigrationItemList | None] = Operation(
    "GetForAllDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DocumentMigration/GetForAllDocuments",
    params=(
        Param("document_plugin_id", "DocumentPluginId", INT),
        Param("include_emails", "IncludeEmails", BOOL),
    ),
    results=(Param("response", "Response", DOCUMENT_MIGRATION_ITEM_LIST_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/DocumentMigration/GetForAllDocuments",
)

GET_FOR_DATE_RANGE: Operation[DocumentMigrationItemList | None] = Operation(
    "GetForDateRange",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DocumentMigration/GetForDateRange",
    params=(
        Param("document_plugin_id", "DocumentPluginId", INT),
        Param("min_date", "MinDate", DATETIME),
        Param("max_date", "MaxDate", DATETIME),
        Param("include_emails", "IncludeEmails", BOOL),
    ),
    results=(Param("response", "Response", DOCUMENT_MIGRATION_ITEM_LIST_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/DocumentMigration/GetForDateRange",
)

GET_FOR_SELECTION: Operation[DocumentMigrationItemList | None] = Operation(
    "GetForSelection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DocumentMigration/GetForSelection",
    params=(
        Param("document_plugin_id", "DocumentPluginId", INT),
        Param("selection_id", "SelectionId", INT),
        Param("include_emails", "IncludeEmails", BOOL),
    ),
    results=(Param("response", "Response", DOCUMENT_MIGRATION_ITEM_LIST_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/DocumentMigration/GetForSelection",
)

MIGRATE_DOCUMENT_TO_NEW_DOC_PLUGIN: Operation[None] = Operation(
    "MigrateDocumentToNewDocPlugin",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DocumentMigration/MigrateDocumentToNewDocPlugin",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("document_plugin_id", "DocumentPluginId", INT),
    ),
    rest_path="/api/v1/Agents/DocumentMigration/MigrateDocumentToNewDocPlugin",
)

HAS_DOCUMENTS_TO_MIGRATE: Operation[bool | None] = Operation(
    "HasDocumentsToMigrate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DocumentMigration/HasDocumentsToMigrate",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/DocumentMigration/HasDocumentsToMigrate",
)

GET_NUMBER_OF_CONFIDENTIAL_DOCUMENTS: Operation[int | None] = Operation(
    "GetNumberOfConfidentialDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DocumentMigration/GetNumberOfConfidentialDocuments",
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/DocumentMigration/GetNumberOfConfidentialDocuments",
)

GET_FOR_TEMPLATES: Operation[DocumentTemplateMigrationList | None] = Operation(
    "GetForTemplates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DocumentMigration/GetForTemplates",
    params=(
        Param("target_document_plugin_id", "TargetDocumentPluginId", INT),
        Param("include_emails", "IncludeEmails", BOOL),
    ),
    results=(
        Param("response", "Response", DOCUMENT_TEMPLATE_MIGRATION_LIST_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/DocumentMigration/GetForTemplates",
)

MIGRATE_TEMPLATE_TO_NEW_DOC_PLUGIN: Operation[None] = Operation(
    "MigrateTemplateToNewDocPlugin",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DocumentMigration/MigrateTemplateToNewDocPlugin",
    params=(
        Param("document_template_id", "DocumentTemplateId", INT),
        Param("target_document_plugin_id", "TargetDocumentPluginId", INT),
    ),
    rest_path="/api/v1/Agents/DocumentMigration/MigrateTemplateToNewDocPlugin",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateDefaultDocumentMigrationItemList": CREATE_DEFAULT_DOCUMENT_MIGRATION_ITEM_LIST,
    "CreateDefaultDocumentTemplateMigrationList": CREATE_DEFAULT_DOCUMENT_TEMPLATE_MIGRATION_LIST,
    "GetForAllDocuments": GET_FOR_ALL_DOCUMENTS,
    "GetForDateRange": GET_FOR_DATE_RANGE,
    "GetForSelection": GET_FOR_SELECTION,
    "MigrateDocumentToNewDocPlugin": MIGRATE_DOCUMENT_TO_NEW_DOC_PLUGIN,
    "HasDocumentsToMigrate": HAS_DOCUMENTS_TO_MIGRATE,
    "GetNumberOfConfidentialDocuments": GET_NUMBER_OF_CONFIDENTIAL_DOCUMENTS,
    "GetForTemplates": GET_FOR_TEMPLATES,
    "MigrateTemplateToNewDocPlugin": MIGRATE_TEMPLATE_TO_NEW_DOC_PLUGIN,
}


class DocumentMigrationMethods(SyncCalls):
    """The DocumentMigration operations, called synchronously (SOAP or REST)."""

    def create_default_document_migration_item_list(self) -> DocumentMigrationItemList | None:
        """Loading default values into a new DocumentMigrationItemList.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_DOCUMENT_MIGRATION_ITEM_LIST, ())

    def create_default_document_template_migration_list(
        self,
    ) -> DocumentTemplateMigrationList | None:
        """Loading default values into a new DocumentTemplateMigrationList.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_DOCUMENT_TEMPLATE_MIGRATION_LIST, ())

    def get_for_all_documents(
        self, *, document_plugin_id: int | Unset = UNSET, include_emails: bool | Unset = UNSET
    ) -> DocumentMigrationItemList | None:
        """Gets a migration summary for all documents stored in CRM.

        Returns:
            The result.
        """
        return self._call(GET_FOR_ALL_DOCUMENTS, (document_plugin_id, include_emails))

    def get_for_date_range(
        self,
        *,
        document_plugin_id: int | Unset = UNSET,
        min_date: datetime.datetime | Unset = UNSET,
        max_date: datetime.datetime | Unset = UNSET,
        include_emails: bool | Unset = UNSET,
    ) -> DocumentMigrationItemList | None:
        """Gets a migration summary for documents in the provided date-rage

        Returns:
            The result.
        """
        return self._call(
            GET_FOR_DATE_RANGE, (document_plugin_id, min_date, max_date, include_emails)
        )

    def get_for_selection(
        self,
        *,
        document_plugin_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        include_emails: bool | Unset = UNSET,
    ) -> DocumentMigrationItemList | None:
        """Gets a migration summary for documents in the provided selection

        Returns:
            The result.
        """
        return self._call(GET_FOR_SELECTION, (document_plugin_id, selection_id, include_emails))

    def migrate_document_to_new_doc_plugin(
        self, *, document_id: int | Unset = UNSET, document_plugin_id: int | Unset = UNSET
    ) -> None:
        """Migrates the document with the provided id to the specified document-plugin."""
        return self._call(MIGRATE_DOCUMENT_TO_NEW_DOC_PLUGIN, (document_id, document_plugin_id))

    def has_documents_to_migrate(self) -> bool | None:
        """Checks if there are any documents in the current database stored using a non-default
        document-plugin, and which can be migrated.

        Returns:
            The result.
        """
        return self._call(HAS_DOCUMENTS_TO_MIGRATE, ())

    def get_number_of_confidential_documents(self) -> int | None:
        """Gets the total number of documents that is not visible to everyone

        Returns:
            The result.
        """
        return self._call(GET_NUMBER_OF_CONFIDENTIAL_DOCUMENTS, ())

    def get_for_templates(
        self,
        *,
        target_document_plugin_id: int | Unset = UNSET,
        include_emails: bool | Unset = UNSET,
    ) -> DocumentTemplateMigrationList | None:
        """Gets a migration summary for all templates stored in CRM.

        Returns:
            The result.
        """
        return self._call(GET_FOR_TEMPLATES, (target_document_plugin_id, include_emails))

    def migrate_template_to_new_doc_plugin(
        self,
        *,
        document_template_id: int | Unset = UNSET,
        target_document_plugin_id: int | Unset = UNSET,
    ) -> None:
        """Migrates the template with the provided id to the specified document-plugin."""
        return self._call(
            MIGRATE_TEMPLATE_TO_NEW_DOC_PLUGIN, (document_template_id, target_document_plugin_id)
        )


class AsyncDocumentMigrationMethods(AsyncCalls):
    """The DocumentMigration operations, called asynchronously (SOAP or REST)."""

    async def create_default_document_migration_item_list(
        self,
    ) -> DocumentMigrationItemList | None:
        """Loading default values into a new DocumentMigrationItemList.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_DOCUMENT_MIGRATION_ITEM_LIST, ())

    async def create_default_document_template_migration_list(
        self,
    ) -> DocumentTemplateMigrationList | None:
        """Loading default values into a new DocumentTemplateMigrationList.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_DOCUMENT_TEMPLATE_MIGRATION_LIST, ())

    async def get_for_all_documents(
        self, *, document_plugin_id: int | Unset = UNSET, include_emails: bool | Unset = UNSET
    ) -> DocumentMigrationItemList | None:
        """Gets a migration summary for all documents stored in CRM.

        Returns:
            The result.
        """
        return await self._call(GET_FOR_ALL_DOCUMENTS, (document_plugin_id, include_emails))

    async def get_for_date_range(
        self,
        *,
        document_plugin_id: int | Unset = UNSET,
        min_date: datetime.datetime | Unset = UNSET,
        max_date: datetime.datetime | Unset = UNSET,
        include_emails: bool | Unset = UNSET,
    ) -> DocumentMigrationItemList | None:
        """Gets a migration summary for documents in the provided date-rage

        Returns:
            The result.
        """
        return await self._call(
            GET_FOR_DATE_RANGE, (document_plugin_id, min_date, max_date, include_emails)
        )

    async def get_for_selection(
        self,
        *,
        document_plugin_id: int | Unset = UNSET,
        selection_id: int | Unset = UNSET,
        include_emails: bool | Unset = UNSET,
    ) -> DocumentMigrationItemList | None:
        """Gets a migration summary for documents in the provided selection

        Returns:
            The result.
        """
        return await self._call(
            GET_FOR_SELECTION, (document_plugin_id, selection_id, include_emails)
        )

    async def migrate_document_to_new_doc_plugin(
        self, *, document_id: int | Unset = UNSET, document_plugin_id: int | Unset = UNSET
    ) -> None:
        """Migrates the document with the provided id to the specified document-plugin."""
        return await self._call(
            MIGRATE_DOCUMENT_TO_NEW_DOC_PLUGIN, (document_id, document_plugin_id)
        )

    async def has_documents_to_migrate(self) -> bool | None:
        """Checks if there are any documents in the current database stored using a non-default
        document-plugin, and which can be migrated.

        Returns:
            The result.
        """
        return await self._call(HAS_DOCUMENTS_TO_MIGRATE, ())

    async def get_number_of_confidential_documents(self) -> int | None:
        """Gets the total number of documents that is not visible to everyone

        Returns:
            The result.
        """
        return await self._call(GET_NUMBER_OF_CONFIDENTIAL_DOCUMENTS, ())

    async def get_for_templates(
        self,
        *,
        target_document_plugin_id: int | Unset = UNSET,
        include_emails: bool | Unset = UNSET,
    ) -> DocumentTemplateMigrationList | None:
        """Gets a migration summary for all templates stored in CRM.

        Returns:
            The result.
        """
        return await self._call(GET_FOR_TEMPLATES, (target_document_plugin_id, include_emails))

    async def migrate_template_to_new_doc_plugin(
        self,
        *,
        document_template_id: int | Unset = UNSET,
        target_document_plugin_id: int | Unset = UNSET,
    ) -> None:
        """Migrates the template with the provided id to the specified document-plugin."""
        return await self._call(
            MIGRATE_TEMPLATE_TO_NEW_DOC_PLUGIN, (document_template_id, target_document_plugin_id)
        )


class DocumentMigrationAgent(DocumentMigrationMethods, SoapCaller):
    """DocumentMigration over SOAP 1.1 (``Remote/Services88/DocumentMigration.svc``), synchronous."""

    _PATH = "Remote/Services88/DocumentMigration.svc"
    _HEADERS = HEADERS


class AsyncDocumentMigrationAgent(AsyncDocumentMigrationMethods, AsyncSoapCaller):
    """DocumentMigration over SOAP 1.1 (``Remote/Services88/DocumentMigration.svc``), asynchronous."""

    _PATH = "Remote/Services88/DocumentMigration.svc"
    _HEADERS = HEADERS


class DocumentMigrationRestAgent(DocumentMigrationMethods, RestCaller):
    """DocumentMigration over REST (``/api/v1/Agents/DocumentMigration/...``), synchronous."""


class AsyncDocumentMigrationRestAgent(AsyncDocumentMigrationMethods, AsyncRestCaller):
    """DocumentMigration over REST (``/api/v1/Agents/DocumentMigration/...``), asynchronous."""
