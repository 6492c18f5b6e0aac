"""Services88 DocumentMigration agent (``Remote/Services88/DocumentMigration.svc``): its
operations.
"""

from __future__ import annotations

from ..runtime import BOOL, DATETIME, INT, Operation, Param
from .types.document_migration_item_list import DOCUMENT_MIGRATION_ITEM_LIST_CODEC
from .types.document_template_migration_list import DOCUMENT_TEMPLATE_MIGRATION_LIST_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_DOCUMENT_MIGRATION_ITEM_LIST = Operation(
    "CreateDefaultDocumentMigrationItemList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DocumentMigration/CreateDefaultDocumentMigrationItemList",
    results=(Param("response", "Response", DOCUMENT_MIGRATION_ITEM_LIST_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/DocumentMigration/CreateDefaultDocumentMigrationItemList",
)
"""Loading default values into a new DocumentMigrationItemList."""

CREATE_DEFAULT_DOCUMENT_TEMPLATE_MIGRATION_LIST = Operation(
    "CreateDefaultDocumentTemplateMigrationList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DocumentMigration/CreateDefaultDocumentTemplateMigrationList",
    results=(
        Param("response", "Response", DOCUMENT_TEMPLATE_MIGRATION_LIST_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/DocumentMigration/CreateDefaultDocumentTemplateMigrationList",
)
"""Loading default values into a new DocumentTemplateMigrationList."""

GET_FOR_ALL_DOCUMENTS = Operation(
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
"""Gets a migration summary for all documents stored in CRM."""

GET_FOR_DATE_RANGE = Operation(
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
"""Gets a migration summary for documents in the provided date-rage"""

GET_FOR_SELECTION = Operation(
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
"""Gets a migration summary for documents in the provided selection"""

MIGRATE_DOCUMENT_TO_NEW_DOC_PLUGIN = Operation(
    "MigrateDocumentToNewDocPlugin",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DocumentMigration/MigrateDocumentToNewDocPlugin",
    params=(
        Param("document_id", "DocumentId", INT),
        Param("document_plugin_id", "DocumentPluginId", INT),
    ),
    rest_path="/api/v1/Agents/DocumentMigration/MigrateDocumentToNewDocPlugin",
)
"""Migrates the document with the provided id to the specified document-plugin."""

HAS_DOCUMENTS_TO_MIGRATE = Operation(
    "HasDocumentsToMigrate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DocumentMigration/HasDocumentsToMigrate",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/DocumentMigration/HasDocumentsToMigrate",
)
"""Checks if there are any documents in the current database stored using a non-default
document-plugin, and which can be migrated."""

GET_NUMBER_OF_CONFIDENTIAL_DOCUMENTS = Operation(
    "GetNumberOfConfidentialDocuments",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DocumentMigration/GetNumberOfConfidentialDocuments",
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/DocumentMigration/GetNumberOfConfidentialDocuments",
)
"""Gets the total number of documents that is not visible to everyone"""

GET_FOR_TEMPLATES = Operation(
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
"""Gets a migration summary for all templates stored in CRM."""

MIGRATE_TEMPLATE_TO_NEW_DOC_PLUGIN = Operation(
    "MigrateTemplateToNewDocPlugin",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DocumentMigration/MigrateTemplateToNewDocPlugin",
    params=(
        Param("document_template_id", "DocumentTemplateId", INT),
        Param("target_document_plugin_id", "TargetDocumentPluginId", INT),
    ),
    rest_path="/api/v1/Agents/DocumentMigration/MigrateTemplateToNewDocPlugin",
)
"""Migrates the template with the provided id to the specified document-plugin."""

OPERATIONS: dict[str, Operation] = {
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
