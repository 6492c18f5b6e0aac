"""Services88 ViewState agent (``Remote/Services88/ViewState.svc``): its operations."""

from __future__ import annotations

from ..runtime import INT, Operation, Param, STR
from .types.history import HISTORY_CODEC, LIST_OF_HISTORY_CODEC
from .types.history_request import LIST_OF_HISTORY_REQUEST_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.live_ui_config import LIVE_UI_CONFIG_CODEC
from .types.metric_pair import LIST_OF_METRIC_PAIR_CODEC
from .types.ui_event import LIST_OF_UI_EVENT_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_LIVE_UI_CONFIG = Operation(
    "GetLiveUiConfig",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetLiveUiConfig",
    results=(Param("response", "Response", LIVE_UI_CONFIG_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/GetLiveUiConfig",
)
"""Gets live UI configuration"""

GET_HISTORY = Operation(
    "GetHistory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetHistory",
    params=(Param("history_id", "HistoryId", INT),),
    results=(Param("response", "Response", HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/GetHistory",
)
"""Gets a History object."""

GET_CURRENT = Operation(
    "GetCurrent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetCurrent",
    params=(Param("history_name", "HistoryName", STR, nillable=True),),
    results=(Param("response", "Response", HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/GetCurrent",
)
"""Get the current (most recent) value of the history list."""

SAVE_CURRENT = Operation(
    "SaveCurrent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/SaveCurrent",
    params=(Param("current", "Current", HISTORY_CODEC, nillable=True),),
    results=(Param("response", "Response", HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/SaveCurrent",
)
"""Saving the current history item."""

GET_NEXT_CURRENT = Operation(
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
"""Returns the next current item."""

GET_PREVIOUS_CURRENT = Operation(
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
"""Returns the previous current item."""

DELETE_HISTORY = Operation(
    "DeleteHistory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/DeleteHistory",
    params=(
        Param("history_name", "HistoryName", STR, nillable=True),
        Param("id", "Id", INT),
    ),
    rest_path="/api/v1/Agents/ViewState/DeleteHistory",
)
"""Deletes the history element"""

GET_HISTORY_LENGTH_PREF_VALUE = Operation(
    "GetHistoryLengthPrefValue",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetHistoryLengthPrefValue",
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/ViewState/GetHistoryLengthPrefValue",
)
"""Get the logged on user's preferred history list length."""

SET_HISTORY_LENGTH_PREF_VALUE = Operation(
    "SetHistoryLengthPrefValue",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/SetHistoryLengthPrefValue",
    params=(Param("length", "Length", INT),),
    rest_path="/api/v1/Agents/ViewState/SetHistoryLengthPrefValue",
)
"""Set the logged on user's preferred history list length."""

GET_HISTORIES = Operation(
    "GetHistories",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetHistories",
    results=(Param("response", "Response", LIST_OF_HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/GetHistories",
)
"""Returns all history items that belong to the currently logged in user"""

GET_HISTORIES_BY_NAME = Operation(
    "GetHistoriesByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetHistoriesByName",
    params=(Param("history_name", "HistoryName", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/GetHistoriesByName",
)
"""Returns the named history list that belong to the currently logged in user"""

GET_HISTORIES_BY_NAMES = Operation(
    "GetHistoriesByNames",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetHistoriesByNames",
    params=(Param("history_names", "HistoryNames", LIST_OF_STR_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/GetHistoriesByNames",
)
"""Returns the named history lists that belong to the currently logged in user"""

SAVE_HISTORIES = Operation(
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
"""Replaces the existing history-list for the currently logged in user."""

SAVE_CURRENTS = Operation(
    "SaveCurrents",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/SaveCurrents",
    params=(Param("currents", "Currents", LIST_OF_HISTORY_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/SaveCurrents",
)
"""Saves the history elements as the current value for their respective lists."""

GET_HISTORIES_BY_NAMES_AND_IDS = Operation(
    "GetHistoriesByNamesAndIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ViewState/GetHistoriesByNamesAndIds",
    params=(Param("requests", "Requests", LIST_OF_HISTORY_REQUEST_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_HISTORY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ViewState/GetHistoriesByNamesAndIds",
)
"""Returns history data for the named entities and the given ids - which may not directly
correspond to the current history records in the database."""

PUBLISH_AND_RETRIEVE_UI_EVENTS = Operation(
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
"""Publish zero or more events, and return any new events since the given event id."""

OPERATIONS: dict[str, Operation] = {
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
