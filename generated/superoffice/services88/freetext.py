"""Services88 FreeText agent (``Remote/Services88/FreeText.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, Operation, Param, STR
from .types.batch_task_info import BATCH_TASK_INFO_CODEC
from .types.free_text import FREE_TEXT_CODEC
from .types.free_text_operator import FREE_TEXT_OPERATOR_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_STATUS = Operation(
    "GetStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FreeText/GetStatus",
    results=(Param("response", "Response", FREE_TEXT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/FreeText/GetStatus",
)
"""Returns status for the freetext search words"""

SET_ENABLED = Operation(
    "SetEnabled",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FreeText/SetEnabled",
    params=(Param("enabled", "Enabled", BOOL),),
    rest_path="/api/v1/Agents/FreeText/SetEnabled",
)
"""Sets freetext search to enabled (true) or disabled (false)"""

SET_SINGLE_WORD_OPERATOR = Operation(
    "SetSingleWordOperator",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FreeText/SetSingleWordOperator",
    params=(Param("free_text_operator", "FreeTextOperator", FREE_TEXT_OPERATOR_CODEC),),
    rest_path="/api/v1/Agents/FreeText/SetSingleWordOperator",
)
"""Sets the operator used when matching single words"""

SET_MULTI_WORD_OPERATOR = Operation(
    "SetMultiWordOperator",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FreeText/SetMultiWordOperator",
    params=(Param("free_text_operator", "FreeTextOperator", FREE_TEXT_OPERATOR_CODEC),),
    rest_path="/api/v1/Agents/FreeText/SetMultiWordOperator",
)
"""Sets the operator used when matching multiple words"""

REGENERATE_INDEX = Operation(
    "RegenerateIndex",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FreeText/RegenerateIndex",
    params=(Param("run_as_batch", "RunAsBatch", BOOL),),
    results=(Param("response", "Response", BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/FreeText/RegenerateIndex",
)
"""Wipe and regenerate the freetext index by scanning the database (freetext search will be
unavailable while this operation runs"""

FREETEXT_INDEX_ROWS = Operation(
    "FreetextIndexRows",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FreeText/FreetextIndexRows",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("i_ds", "IDs", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/FreeText/FreetextIndexRows",
)
"""Update the freetext index for one or more rows from the same table"""

OPERATIONS: dict[str, Operation] = {
    "GetStatus": GET_STATUS,
    "SetEnabled": SET_ENABLED,
    "SetSingleWordOperator": SET_SINGLE_WORD_OPERATOR,
    "SetMultiWordOperator": SET_MULTI_WORD_OPERATOR,
    "RegenerateIndex": REGENERATE_INDEX,
    "FreetextIndexRows": FREETEXT_INDEX_ROWS,
}
