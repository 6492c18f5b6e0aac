"""Services88 ViewState agent (``Remote/Services88/ViewState.svc``).

``ViewStateAgent`` and ``AsyncViewStateAgent`` call it over SOAP, ``ViewStateRestAgent`` and
``AsyncViewStateRestAgent`` over REST; all four share the same typed methods and
dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.history import HISTORY_CODEC, LIST_OF_HISTORY_CODEC, History
from .types.history_request import LIST_OF_HISTORY_REQUEST_CODEC, HistoryRequest
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.live_ui_config import LIVE_UI_CONFIG_CODEC, LiveUiConfig
from .types.metric_pair import LIST_OF_METRIC_PAIR_CODEC, MetricPair
from .types.ui_event import LIST_OF_UI_EVENT_CODEC, UiEvent

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_LIVE_UI_CONFIG: Operation[LiveUiConfig | None] = Operation(
    "GetLiveUiConfig",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetLiveUiConfig",
    results=(Param("response", "Response", LIVE_UI_CONFIG_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/GetLiveUiConfig",
)

GET_HISTORY: Operation[History | None] = Operation(
    "GetHistory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetHistory",
    params=(Param("history_id", "HistoryId", INT, query="historyId"),),
    results=(Param("response", "Response", HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/GetHistory",
)

GET_CURRENT: Operation[History | None] = Operation(
    "GetCurrent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetCurrent",
    params=(Param("history_name", "HistoryName", STR, nillable=True),),
    results=(Param("response", "Response", HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/GetCurrent",
)

SAVE_CURRENT: Operation[History | None] = Operation(
    "SaveCurrent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/SaveCurrent",
    params=(Param("current", "Current", HISTORY_CODEC, nillable=True),),
    results=(Param("response", "Response", HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/SaveCurrent",
)

GET_NEXT_CURRENT: Operation[History | None] = Operation(
    "GetNextCurrent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetNextCurrent",
    params=(
        Param("history_name", "HistoryName", STR, nillable=True),
        Param("id", "Id", INT),
    ),
    results=(Param("response", "Response", HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/GetNextCurrent",
)

GET_PREVIOUS_CURRENT: Operation[History | None] = Operation(
    "GetPreviousCurrent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetPreviousCurrent",
    params=(
        Param("history_name", "HistoryName", STR, nillable=True),
        Param("id", "Id", INT),
    ),
    results=(Param("response", "Response", HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/GetPreviousCurrent",
)

DELETE_HISTORY: Operation[None] = Operation(
    "DeleteHistory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/DeleteHistory",
    params=(
        Param("history_name", "HistoryName", STR, nillable=True),
        Param("id", "Id", INT),
    ),
    rest_path="/api/v1/Agents/ViewState/DeleteHistory",
)

GET_HISTORY_LENGTH_PREF_VALUE: Operation[int | None] = Operation(
    "GetHistoryLengthPrefValue",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetHistoryLengthPrefValue",
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/ViewState/GetHistoryLengthPrefValue",
)

SET_HISTORY_LENGTH_PREF_VALUE: Operation[None] = Operation(
    "SetHistoryLengthPrefValue",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/SetHistoryLengthPrefValue",
    params=(Param("length", "Length", INT),),
    rest_path="/api/v1/Agents/ViewState/SetHistoryLengthPrefValue",
)

GET_HISTORIES: Operation[list[History | None] | None] = Operation(
    "GetHistories",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetHistories",
    results=(Param("response", "Response", LIST_OF_HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/GetHistories",
)

GET_HISTORIES_BY_NAME: Operation[list[History | None] | None] = Operation(
    "GetHistoriesByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetHistoriesByName",
    params=(Param("history_name", "HistoryName", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/GetHistoriesByName",
)

GET_HISTORIES_BY_NAMES: Operation[list[History | None] | None] = Operation(
    "GetHistoriesByNames",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetHistoriesByNames",
    params=(Param("history_names", "HistoryNames", LIST_OF_STR_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/GetHistoriesByNames",
)

SAVE_HISTORIES: Operation[list[History | None] | None] = Operation(
    "SaveHistories",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/SaveHistories",
    params=(
        Param("history_name", "HistoryName", STR, nillable=True),
        Param("history", "History", LIST_OF_HISTORY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/SaveHistories",
)

SAVE_CURRENTS: Operation[list[History | None] | None] = Operation(
    "SaveCurrents",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/SaveCurrents",
    params=(Param("currents", "Currents", LIST_OF_HISTORY_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/SaveCurrents",
)

GET_HISTORIES_BY_NAMES_AND_IDS: Operation[list[History | None] | None] = Operation(
    "GetHistoriesByNamesAndIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetHistoriesByNamesAndIds",
    params=(Param("requests", "Requests", LIST_OF_HISTORY_REQUEST_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/GetHistoriesByNamesAndIds",
)

PUBLISH_AND_RETRIEVE_UI_EVENTS: Operation[list[UiEvent | None] | None] = Operation(
    "PublishAndRetrieveUiEvents",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/PublishAndRetrieveUiEvents",
    params=(
        Param("latest_known_event_id", "LatestKnownEventId", INT),
        Param("publish_events", "PublishEvents", LIST_OF_UI_EVENT_CODEC, nillable=True),
        Param("metrics", "Metrics", LIST_OF_METRIC_PAIR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_UI_EVENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/PublishAndRetrieveUiEvents",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "GetLiveUiConfig": GET_LIVE_UI_CONFIG,
    "GetHistory": GET_HISTORY,
    "GetCurrent": GET_CURRENT,
    "SaveCurrent": SAVE_CURRENT,
    "GetNextCurrent": GET_NEXT_CURRENT,
    "GetPreviousCurrent": GET_PREVIOUS_CURRENT,
    "DeleteHistory": DELETE_HISTORY,
    "GetHistoryLengthPrefValue": GET_HISTORY_LENGTH_PREF_VALUE,
    "SetHistoryLengthPrefValue": SET_HISTORY_LENGTH_PREF_VALUE,
    "GetHistories": GET_HISTORIES,
    "GetHistoriesByName": GET_HISTORIES_BY_NAME,
    "GetHistoriesByNames": GET_HISTORIES_BY_NAMES,
    "SaveHistories": SAVE_HISTORIES,
    "SaveCurrents": SAVE_CURRENTS,
    "GetHistoriesByNamesAndIds": GET_HISTORIES_BY_NAMES_AND_IDS,
    "PublishAndRetrieveUiEvents": PUBLISH_AND_RETRIEVE_UI_EVENTS,
}


class ViewStateMethods(SyncCalls):
    """The ViewState operations, called synchronously (SOAP or REST)."""

    def get_live_ui_config(self) -> LiveUiConfig | None:
        """Gets live UI configuration

        Returns:
            The result.
        """
        return self._call(GET_LIVE_UI_CONFIG, ())

    def get_history(self, *, history_id: int | Unset = UNSET) -> History | None:
        """Gets a History object.

        Returns:
            The result.
        """
        return self._call(GET_HISTORY, (history_id,))

    def get_current(self, *, history_name: str | None | Unset = UNSET) -> History | None:
        """Get the current (most recent) value of the history list.

        Returns:
            The result.
        """
        return self._call(GET_CURRENT, (history_name,))

    def save_current(self, *, current: History | None | Unset = UNSET) -> History | None:
        """Saving the current history item.

        Returns:
            The result.
        """
        return self._call(SAVE_CURRENT, (current,))

    def get_next_current(
        self, *, history_name: str | None | Unset = UNSET, id: int | Unset = UNSET
    ) -> History | None:
        """Returns the next current item.

        Returns:
            The result.
        """
        return self._call(GET_NEXT_CURRENT, (history_name, id))

    def get_previous_current(
        self, *, history_name: str | None | Unset = UNSET, id: int | Unset = UNSET
    ) -> History | None:
        """Returns the previous current item.

        Returns:
            The result.
        """
        return self._call(GET_PREVIOUS_CURRENT, (history_name, id))

    def delete_history(
        self, *, history_name: str | None | Unset = UNSET, id: int | Unset = UNSET
    ) -> None:
        """Deletes the history element"""
        return self._call(DELETE_HISTORY, (history_name, id))

    def get_history_length_pref_value(self) -> int | None:
        """Get the logged on user's preferred history list length.

        Returns:
            The result.
        """
        return self._call(GET_HISTORY_LENGTH_PREF_VALUE, ())

    def set_history_length_pref_value(self, *, length: int | Unset = UNSET) -> None:
        """Set the logged on user's preferred history list length."""
        return self._call(SET_HISTORY_LENGTH_PREF_VALUE, (length,))

    def get_histories(self) -> list[History | None] | None:
        """Returns all history items that belong to the currently logged in user

        Returns:
            The result.
        """
        return self._call(GET_HISTORIES, ())

    def get_histories_by_name(
        self, *, history_name: str | None | Unset = UNSET
    ) -> list[History | None] | None:
        """Returns the named history list that belong to the currently logged in user

        Returns:
            The result.
        """
        return self._call(GET_HISTORIES_BY_NAME, (history_name,))

    def get_histories_by_names(
        self, *, history_names: list[str | None] | None | Unset = UNSET
    ) -> list[History | None] | None:
        """Returns the named history lists that belong to the currently logged in user

        Returns:
            The result.
        """
        return self._call(GET_HISTORIES_BY_NAMES, (history_names,))

    def save_histories(
        self,
        *,
        history_name: str | None | Unset = UNSET,
        history: list[History | None] | None | Unset = UNSET,
    ) -> list[History | None] | None:
        """Replaces the existing history-list for the currently logged in user.

        Returns:
            The result.
        """
        return self._call(SAVE_HISTORIES, (history_name, history))

    def save_currents(
        self, *, currents: list[History | None] | None | Unset = UNSET
    ) -> list[History | None] | None:
        """Saves the history elements as the current value for their respective lists.

        Returns:
            The result.
        """
        return self._call(SAVE_CURRENTS, (currents,))

    def get_histories_by_names_and_ids(
        self, *, requests: list[HistoryRequest | None] | None | Unset = UNSET
    ) -> list[History | None] | None:
        """Returns history data for the named entities and the given ids - which may not
        directly correspond to the current history records in the database.

        Returns:
            The result.
        """
        return self._call(GET_HISTORIES_BY_NAMES_AND_IDS, (requests,))

    def publish_and_retrieve_ui_events(
        self,
        *,
        latest_known_event_id: int | Unset = UNSET,
        publish_events: list[UiEvent | None] | None | Unset = UNSET,
        metrics: list[MetricPair | None] | None | Unset = UNSET,
    ) -> list[UiEvent | None] | None:
        """Publish zero or more events, and return any new events since the given event id.

        Returns:
            The result.
        """
        return self._call(
            PUBLISH_AND_RETRIEVE_UI_EVENTS, (latest_known_event_id, publish_events, metrics)
        )


class AsyncViewStateMethods(AsyncCalls):
    """The ViewState operations, called asynchronously (SOAP or REST)."""

    async def get_live_ui_config(self) -> LiveUiConfig | None:
        """Gets live UI configuration

        Returns:
            The result.
        """
        return await self._call(GET_LIVE_UI_CONFIG, ())

    async def get_history(self, *, history_id: int | Unset = UNSET) -> History | None:
        """Gets a History object.

        Returns:
            The result.
        """
        return await self._call(GET_HISTORY, (history_id,))

    async def get_current(self, *, history_name: str | None | Unset = UNSET) -> History | None:
        """Get the current (most recent) value of the history list.

        Returns:
            The result.
        """
        return await self._call(GET_CURRENT, (history_name,))

    async def save_current(self, *, current: History | None | Unset = UNSET) -> History | None:
        """Saving the current history item.

        Returns:
            The result.
        """
        return await self._call(SAVE_CURRENT, (current,))

    async def get_next_current(
        self, *, history_name: str | None | Unset = UNSET, id: int | Unset = UNSET
    ) -> History | None:
        """Returns the next current item.

        Returns:
            The result.
        """
        return await self._call(GET_NEXT_CURRENT, (history_name, id))

    async def get_previous_current(
        self, *, history_name: str | None | Unset = UNSET, id: int | Unset = UNSET
    ) -> History | None:
        """Returns the previous current item.

        Returns:
            The result.
        """
        return await self._call(GET_PREVIOUS_CURRENT, (history_name, id))

    async def delete_history(
        self, *, history_name: str | None | Unset = UNSET, id: int | Unset = UNSET
    ) -> None:
        """Deletes the history element"""
        return await self._call(DELETE_HISTORY, (history_name, id))

    async def get_history_length_pref_value(self) -> int | None:
        """Get the logged on user's preferred history list length.

        Returns:
            The result.
        """
        return await self._call(GET_HISTORY_LENGTH_PREF_VALUE, ())

    async def set_history_length_pref_value(self, *, length: int | Unset = UNSET) -> None:
        """Set the logged on user's preferred history list length."""
        return await self._call(SET_HISTORY_LENGTH_PREF_VALUE, (length,))

    async def get_histories(self) -> list[History | None] | None:
        """Returns all history items that belong to the currently logged in user

        Returns:
            The result.
        """
        return await self._call(GET_HISTORIES, ())

    async def get_histories_by_name(
        self, *, history_name: str | None | Unset = UNSET
    ) -> list[History | None] | None:
        """Returns the named history list that belong to the currently logged in user

        Returns:
            The result.
        """
        return await self._call(GET_HISTORIES_BY_NAME, (history_name,))

    async def get_histories_by_names(
        self, *, history_names: list[str | None] | None | Unset = UNSET
    ) -> list[History | None] | None:
        """Returns the named history lists that belong to the currently logged in user

        Returns:
            The result.
        """
        return await self._call(GET_HISTORIES_BY_NAMES, (history_names,))

    async def save_histories(
        self,
        *,
        history_name: str | None | Unset = UNSET,
        history: list[History | None] | None | Unset = UNSET,
    ) -> list[History | None] | None:
        """Replaces the existing history-list for the currently logged in user.

        Returns:
            The result.
        """
        return await self._call(SAVE_HISTORIES, (history_name, history))

    async def save_currents(
        self, *, currents: list[History | None] | None | Unset = UNSET
    ) -> list[History | None] | None:
        """Saves the history elements as the current value for their respective lists.

        Returns:
            The result.
        """
        return await self._call(SAVE_CURRENTS, (currents,))

    async def get_histories_by_names_and_ids(
        self, *, requests: list[HistoryRequest | None] | None | Unset = UNSET
    ) -> list[History | None] | None:
        """Returns history data for the named entities and the given ids - which may not
        directly correspond to the current history records in the database.

        Returns:
            The result.
        """
        return await self._call(GET_HISTORIES_BY_NAMES_AND_IDS, (requests,))

    async def publish_and_retrieve_ui_events(
        self,
        *,
        latest_known_event_id: int | Unset = UNSET,
        publish_events: list[UiEvent | None] | None | Unset = UNSET,
        metrics: list[MetricPair | None] | None | Unset = UNSET,
    ) -> list[UiEvent | None] | None:
        """Publish zero or more events, and return any new events since the given event id.

        Returns:
            The result.
        """
        return await self._call(
            PUBLISH_AND_RETRIEVE_UI_EVENTS, (latest_known_event_id, publish_events, metrics)
        )


class ViewStateAgent(ViewStateMethods, SoapCaller):
    """ViewState over SOAP 1.1 (``Remote/Services88/ViewState.svc``), synchronous."""

    _PATH = "Remote/Services88/ViewState.svc"
    _HEADERS = HEADERS


class AsyncViewStateAgent(AsyncViewStateMethods, AsyncSoapCaller):
    """ViewState over SOAP 1.1 (``Remote/Services88/ViewState.svc``), asynchronous."""

    _PATH = "Remote/Services88/ViewState.svc"
    _HEADERS = HEADERS


class ViewStateRestAgent(ViewStateMethods, RestCaller):
    """ViewState over REST (``/api/v1/Agents/ViewState/...``), synchronous."""


class AsyncViewStateRestAgent(AsyncViewStateMethods, AsyncRestCaller):
    """ViewState over REST (``/api/v1/Agents/ViewState/...``), asynchronous."""
