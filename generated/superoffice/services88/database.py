"""Services88 Database agent (``Remote/Services88/Database.svc``).

``DatabaseAgent`` and ``AsyncDatabaseAgent`` call it over SOAP, ``DatabaseRestAgent`` and
``AsyncDatabaseRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import Operation, Param
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.dictionary_step_information import (
    LIST_OF_DICTIONARY_STEP_INFORMATION_CODEC,
    DictionaryStepInformation,
)

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_STEPS_IN_DATABASE: Operation[list[DictionaryStepInformation | None] | None] = Operation(
    "GetStepsInDatabase",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Database/GetStepsInDatabase",
    results=(
        Param("response", "Response", LIST_OF_DICTIONARY_STEP_INFORMATION_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Database/GetStepsInDatabase",
)

GET_STEPS_FROM_NET_SERVER_CODE: Operation[list[DictionaryStepInformation | None] | None] = (
    Operation(
        "GetStepsFromNetServerCode",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Database/GetStepsFromNetServerCode",
        results=(
            Param(
                "response", "Response", LIST_OF_DICTIONARY_STEP_INFORMATION_CODEC, nillable=True
            ),
        ),
        rest_path="/api/v1/Agents/Database/GetStepsFromNetServerCode",
    )
)

OPERATIONS: dict[str, Operation[Any]] = {
    "GetStepsInDatabase": GET_STEPS_IN_DATABASE,
    "GetStepsFromNetServerCode": GET_STEPS_FROM_NET_SERVER_CODE,
}


class DatabaseMethods(SyncCalls):
    """The Database operations, called synchronously (SOAP or REST)."""

    def get_steps_in_database(self) -> list[DictionaryStepInformation | None] | None:
        """Get information about the dictionary steps that are in the currently-loggedon
        database

        Returns:
            The result.
        """
        return self._call(GET_STEPS_IN_DATABASE, ())

    def get_steps_from_net_server_code(self) -> list[DictionaryStepInformation | None] | None:
        """Get information about the dictionary steps that NetServer was generated for

        Returns:
            The result.
        """
        return self._call(GET_STEPS_FROM_NET_SERVER_CODE, ())


class AsyncDatabaseMethods(AsyncCalls):
    """The Database operations, called asynchronously (SOAP or REST)."""

    async def get_steps_in_database(self) -> list[DictionaryStepInformation | None] | None:
        """Get information about the dictionary steps that are in the currently-loggedon
        database

        Returns:
            The result.
        """
        return await self._call(GET_STEPS_IN_DATABASE, ())

    async def get_steps_from_net_server_code(
        self,
    ) -> list[DictionaryStepInformation | None] | None:
        """Get information about the dictionary steps that NetServer was generated for

        Returns:
            The result.
        """
        return await self._call(GET_STEPS_FROM_NET_SERVER_CODE, ())


class DatabaseAgent(DatabaseMethods, SoapCaller):
    """Database over SOAP 1.1 (``Remote/Services88/Database.svc``), synchronous."""

    _PATH = "Remote/Services88/Database.svc"
    _HEADERS = HEADERS


class AsyncDatabaseAgent(AsyncDatabaseMethods, AsyncSoapCaller):
    """Database over SOAP 1.1 (``Remote/Services88/Database.svc``), asynchronous."""

    _PATH = "Remote/Services88/Database.svc"
    _HEADERS = HEADERS


class DatabaseRestAgent(DatabaseMethods, RestCaller):
    """Database over REST (``/api/v1/Agents/Database/...``), synchronous."""


class AsyncDatabaseRestAgent(AsyncDatabaseMethods, AsyncRestCaller):
    """Database over REST (``/api/v1/Agents/Database/...``), asynchronous."""
