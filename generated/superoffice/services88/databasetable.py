"""Services88 DatabaseTable agent (``Remote/Services88/DatabaseTable.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param, STR
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_LIST_OF_STR_CODEC, LIST_OF_STR_CODEC
from .types.mass_operation_result import MASS_OPERATION_RESULT_CODEC
from .types.string_dictionary import STRING_DICTIONARY_CODEC
from .types.table_record import TABLE_RECORD_CODEC
from .types.upsert_nomatch_action import UPSERT_NOMATCH_ACTION_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

READ_ROW = Operation(
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
"""Read a row from a table"""

INSERT_ROW = Operation(
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
"""Insert a row into a table"""

UPDATE_ROW = Operation(
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
"""Update a row in a table"""

DELETE_ROW = Operation(
    "DeleteRow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DatabaseTable/DeleteRow",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("id", "Id", INT),
    ),
    rest_path="/api/v1/Agents/DatabaseTable/DeleteRow",
)
"""Delete a row from a table"""

INSERT = Operation(
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
"""Mass-insert rows, with or without primary keys specified."""

TRUNCATE = Operation(
    "Truncate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/DatabaseTable/Truncate",
    params=(Param("table_name", "TableName", STR, nillable=True),),
    results=(Param("response", "Response", MASS_OPERATION_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/DatabaseTable/Truncate",
)
"""Drop all rows in a table."""

UPSERT = Operation(
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
"""Insert or update rows, optionally deleting/zeroing 'leftover' rows."""

DELETE = Operation(
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
"""Delete rows, by primary key; traveltransactionlog and WebHooks are supported"""

OPERATIONS: dict[str, Operation] = {
    "ReadRow": READ_ROW,
    "InsertRow": INSERT_ROW,
    "UpdateRow": UPDATE_ROW,
    "DeleteRow": DELETE_ROW,
    "Insert": INSERT,
    "Truncate": TRUNCATE,
    "Upsert": UPSERT,
    "Delete": DELETE,
}
