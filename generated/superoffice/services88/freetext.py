"""Services88 FreeText agent (``Remote/Services88/FreeText.svc``).

``FreeTextAgent`` and ``AsyncFreeTextAgent`` call it over SOAP, ``FreeTextRestAgent`` and
``AsyncFreeTextRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import BOOL, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.batch_task_info import BATCH_TASK_INFO_CODEC, BatchTaskInfo
from .types.free_text import FREE_TEXT_CODEC, FreeText
from .types.free_text_operator import FREE_TEXT_OPERATOR_CODEC, FreeTextOperator
from .types.list_of_int import LIST_OF_INT_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_STATUS: Operation[FreeText | None] = Operation(
    "GetStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FreeText/GetStatus",
    results=(Param("response", "Response", FREE_TEXT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/FreeText/GetStatus",
)

SET_ENABLED: Operation[None] = Operation(
    "SetEnabled",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FreeText/SetEnabled",
    params=(Param("enabled", "Enabled", BOOL),),
    rest_path="/api/v1/Agents/FreeText/SetEnabled",
)

SET_SINGLE_WORD_OPERATOR: Operation[None] = Operation(
    "SetSingleWordOperator",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FreeText/SetSingleWordOperator",
    params=(Param("free_text_operator", "FreeTextOperator", FREE_TEXT_OPERATOR_CODEC),),
    rest_path="/api/v1/Agents/FreeText/SetSingleWordOperator",
)

SET_MULTI_WORD_OPERATOR: Operation[None] = Operation(
    "SetMultiWordOperator",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FreeText/SetMultiWordOperator",
    params=(Param("free_text_operator", "FreeTextOperator", FREE_TEXT_OPERATOR_CODEC),),
    rest_path="/api/v1/Agents/FreeText/SetMultiWordOperator",
)

REGENERATE_INDEX: Operation[BatchTaskInfo | None] = Operation(
    "RegenerateIndex",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FreeText/RegenerateIndex",
    params=(Param("run_as_batch", "RunAsBatch", BOOL),),
    results=(Param("response", "Response", BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/FreeText/RegenerateIndex",
)

FREETEXT_INDEX_ROWS: Operation[None] = Operation(
    "FreetextIndexRows",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/FreeText/FreetextIndexRows",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("i_ds", "IDs", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/FreeText/FreetextIndexRows",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "GetStatus": GET_STATUS,
    "SetEnabled": SET_ENABLED,
    "SetSingleWordOperator": SET_SINGLE_WORD_OPERATOR,
    "SetMultiWordOperator": SET_MULTI_WORD_OPERATOR,
    "RegenerateIndex": REGENERATE_INDEX,
    "FreetextIndexRows": FREETEXT_INDEX_ROWS,
}


class FreeTextMethods(SyncCalls):
    """The FreeText operations, called synchronously (SOAP or REST)."""

    def get_status(self) -> FreeText | None:
        """Returns status for the freetext search words

        Returns:
            The result.
        """
        return self._call(GET_STATUS, ())

    def set_enabled(self, *, enabled: bool | Unset = UNSET) -> None:
        """Sets freetext search to enabled (true) or disabled (false)"""
        return self._call(SET_ENABLED, (enabled,))

    def set_single_word_operator(
        self, *, free_text_operator: FreeTextOperator | str | Unset = UNSET
    ) -> None:
        """Sets the operator used when matching single words"""
        return self._call(SET_SINGLE_WORD_OPERATOR, (free_text_operator,))

    def set_multi_word_operator(
        self, *, free_text_operator: FreeTextOperator | str | Unset = UNSET
    ) -> None:
        """Sets the operator used when matching multiple words"""
        return self._call(SET_MULTI_WORD_OPERATOR, (free_text_operator,))

    def regenerate_index(self, *, run_as_batch: bool | Unset = UNSET) -> BatchTaskInfo | None:
        """Wipe and regenerate the freetext index by scanning the database (freetext search
        will be unavailable while this operation runs

        Returns:
            The result.
        """
        return self._call(REGENERATE_INDEX, (run_as_batch,))

    def freetext_index_rows(
        self, *, table_name: str | None | Unset = UNSET, i_ds: list[int] | None | Unset = UNSET
    ) -> None:
        """Update the freetext index for one or more rows from the same table"""
        return self._call(FREETEXT_INDEX_ROWS, (table_name, i_ds))


class AsyncFreeTextMethods(AsyncCalls):
    """The FreeText operations, called asynchronously (SOAP or REST)."""

    async def get_status(self) -> FreeText | None:
        """Returns status for the freetext search words

        Returns:
            The result.
        """
        return await self._call(GET_STATUS, ())

    async def set_enabled(self, *, enabled: bool | Unset = UNSET) -> None:
        """Sets freetext search to enabled (true) or disabled (false)"""
        return await self._call(SET_ENABLED, (enabled,))

    async def set_single_word_operator(
        self, *, free_text_operator: FreeTextOperator | str | Unset = UNSET
    ) -> None:
        """Sets the operator used when matching single words"""
        return await self._call(SET_SINGLE_WORD_OPERATOR, (free_text_operator,))

    async def set_multi_word_operator(
        self, *, free_text_operator: FreeTextOperator | str | Unset = UNSET
    ) -> None:
        """Sets the operator used when matching multiple words"""
        return await self._call(SET_MULTI_WORD_OPERATOR, (free_text_operator,))

    async def regenerate_index(
        self, *, run_as_batch: bool | Unset = UNSET
    ) -> BatchTaskInfo | None:
        """Wipe and regenerate the freetext index by scanning the database (freetext search
        will be unavailable while this operation runs

        Returns:
            The result.
        """
        return await self._call(REGENERATE_INDEX, (run_as_batch,))

    async def freetext_index_rows(
        self, *, table_name: str | None | Unset = UNSET, i_ds: list[int] | None | Unset = UNSET
    ) -> None:
        """Update the freetext index for one or more rows from the same table"""
        return await self._call(FREETEXT_INDEX_ROWS, (table_name, i_ds))


class FreeTextAgent(FreeTextMethods, SoapCaller):
    """FreeText over SOAP 1.1 (``Remote/Services88/FreeText.svc``), synchronous."""

    _PATH = "Remote/Services88/FreeText.svc"
    _HEADERS = HEADERS


class AsyncFreeTextAgent(AsyncFreeTextMethods, AsyncSoapCaller):
    """FreeText over SOAP 1.1 (``Remote/Services88/FreeText.svc``), asynchronous."""

    _PATH = "Remote/Services88/FreeText.svc"
    _HEADERS = HEADERS


class FreeTextRestAgent(FreeTextMethods, RestCaller):
    """FreeText over REST (``/api/v1/Agents/FreeText/...``), synchronous."""


class AsyncFreeTextRestAgent(AsyncFreeTextMethods, AsyncRestCaller):
    """FreeText over REST (``/api/v1/Agents/FreeText/...``), asynchronous."""
