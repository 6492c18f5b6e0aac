"""Services88 Database agent (``Remote/Services88/Database.svc``): its operations."""

from __future__ import annotations

from ..runtime import Operation, Param
from .types.dictionary_step_information import LIST_OF_DICTIONARY_STEP_INFORMATION_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_STEPS_IN_DATABASE = Operation(
    "GetStepsInDatabase",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Database/GetStepsInDatabase",
    results=(
        Param("response", "Response", LIST_OF_DICTIONARY_STEP_INFORMATION_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Database/GetStepsInDatabase",
)
"""Get information about the dictionary steps that are in the currently-loggedon database"""

GET_STEPS_FROM_NET_SERVER_CODE = Operation(
    "GetStepsFromNetServerCode",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Database/GetStepsFromNetServerCode",
    results=(
        Param("response", "Response", LIST_OF_DICTIONARY_STEP_INFORMATION_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Database/GetStepsFromNetServerCode",
)
"""Get information about the dictionary steps that NetServer was generated for"""

OPERATIONS: dict[str, Operation] = {
    "GetStepsInDatabase": GET_STEPS_IN_DATABASE,
    "GetStepsFromNetServerCode": GET_STEPS_FROM_NET_SERVER_CODE,
}
