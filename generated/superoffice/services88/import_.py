"""Services88 Import agent (``Remote/Services88/Import.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param, STR
from .types.archive_restriction_info import LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC
from .types.erp_actor_type import ERP_ACTOR_TYPE_CODEC
from .types.import_erp_data import IMPORT_ERP_DATA_CODEC
from .types.import_line import IMPORT_LINE_CODEC, LIST_OF_IMPORT_LINE_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

PREVIEW_IMPORT = Operation(
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
"""Preview the import"""

SAVE_IMPORT = Operation(
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
"""Do the actual import"""

CREATE_DEFAULT_IMPORT_LINE = Operation(
    "CreateDefaultImportLine",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Import/CreateDefaultImportLine",
    params=(Param("count_columns", "CountColumns", INT),),
    results=(Param("response", "Response", IMPORT_LINE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Import/CreateDefaultImportLine",
)
"""Create a new empty import row with x count of values"""

CREATE_ERP_IMPORT_DATA = Operation(
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
"""Populates the ImportLines and columnDefs basedfrom erp system"""

OPERATIONS: dict[str, Operation] = {
    "PreviewImport": PREVIEW_IMPORT,
    "SaveImport": SAVE_IMPORT,
    "CreateDefaultImportLine": CREATE_DEFAULT_IMPORT_LINE,
    "CreateErpImportData": CREATE_ERP_IMPORT_DATA,
}
