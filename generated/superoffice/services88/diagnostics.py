"""Services88 Diagnostics agent (``Remote/Services88/Diagnostics.svc``).

``DiagnosticsAgent`` and ``AsyncDiagnosticsAgent`` call it over SOAP,
``DiagnosticsRestAgent`` and ``AsyncDiagnosticsRestAgent`` over REST; all four share the
same typed methods and dataclasses.
"""

from __future__ import annotations

import datetime
from typing import Any

from ..runtime import BOOL, DATETIME, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.cache_invalidation import LIST_OF_CACHE_INVALIDATION_CODEC, CacheInvalidation
from .types.entity_counts import LIST_OF_ENTITY_COUNTS_CODEC, EntityCounts
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.system_message import LIST_OF_SYSTEM_MESSAGE_CODEC, SystemMessage
from .types.system_message_type import SYSTEM_MESSAGE_TYPE_CODEC, SystemMessageType
from .types.web_app_usage import LIST_OF_WEB_APP_USAGE_CODEC, WebAppUsage

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

FLUSH_CACHES: Operation[None] = Operation(
    "FlushCaches",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/FlushCaches",
    rest_path="/api/v1/Agents/Diagnostics/FlushCaches",
)

GET_CACHE_NAMES: Operation[list[str | None] | None] = Operation(
    "GetCacheNames",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/GetCacheNames",
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/GetCacheNames",
)

FLUSH_CACHES_BY_NAME: Operation[None] = Operation(
    "FlushCachesByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/FlushCachesByName",
    params=(Param("cache_names", "CacheNames", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/FlushCachesByName",
)

GET_CACHE_STATE: Operation[str | None] = Operation(
    "GetCacheState",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/GetCacheState",
    params=(Param("cache_names", "CacheNames", LIST_OF_STR_CODEC, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/GetCacheState",
)

GET_CACHE_INVALIDATION_GENERATIONS: Operation[list[CacheInvalidation | None] | None] = Operation(
    "GetCacheInvalidationGenerations",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/GetCacheInvalidationGenerations",
    params=(Param("names", "Names", LIST_OF_STR_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CACHE_INVALIDATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/GetCacheInvalidationGenerations",
)

GET_ENTITY_COUNTS_FOR_CURRENT_USER: Operation[list[EntityCounts | None] | None] = Operation(
    "GetEntityCountsForCurrentUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/GetEntityCountsForCurrentUser",
    results=(Param("response", "Response", LIST_OF_ENTITY_COUNTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/GetEntityCountsForCurrentUser",
)

GET_ENTITY_COUNTS_FOR_ALL_USERS: Operation[list[EntityCounts | None] | None] = Operation(
    "GetEntityCountsForAllUsers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/GetEntityCountsForAllUsers",
    results=(Param("response", "Response", LIST_OF_ENTITY_COUNTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/GetEntityCountsForAllUsers",
)

LOG_VIEW_STATE: Operation[None] = Operation(
    "LogViewState",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/LogViewState",
    params=(Param("view_state", "ViewState", STR, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/LogViewState",
)

CHANGE_LOG_SETTINGS: Operation[None] = Operation(
    "ChangeLogSettings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/ChangeLogSettings",
    params=(
        Param("log_warning", "LogWarning", BOOL),
        Param("log_information", "LogInformation", BOOL),
        Param("log_success_audit", "LogSuccessAudit", BOOL),
        Param("log_failure_audit", "LogFailureAudit", BOOL),
        Param("log_to_event_log", "LogToEventLog", BOOL),
        Param("log_to_super_office", "LogToSuperOffice", BOOL),
        Param("log_to_file", "LogToFile", BOOL),
        Param("log_to_trace", "LogToTrace", BOOL),
    ),
    rest_path="/api/v1/Agents/Diagnostics/ChangeLogSettings",
)

COLLECT_DATA_ADDITIONS: Operation[None] = Operation(
    "CollectDataAdditions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/CollectDataAdditions",
    rest_path="/api/v1/Agents/Diagnostics/CollectDataAdditions",
)

COLLECT_WIN_USAGE: Operation[None] = Operation(
    "CollectWinUsage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/CollectWinUsage",
    rest_path="/api/v1/Agents/Diagnostics/CollectWinUsage",
)

COLLECT_WEB_USAGE: Operation[None] = Operation(
    "CollectWebUsage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/CollectWebUsage",
    rest_path="/api/v1/Agents/Diagnostics/CollectWebUsage",
)

COLLECT_TABLE_SIZES: Operation[None] = Operation(
    "CollectTableSizes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/CollectTableSizes",
    rest_path="/api/v1/Agents/Diagnostics/CollectTableSizes",
)

RESYNC_USERS: Operation[None] = Operation(
    "ResyncUsers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/ResyncUsers",
    rest_path="/api/v1/Agents/Diagnostics/ResyncUsers",
)

SEND_SYSTEM_MESSAGE: Operation[None] = Operation(
    "SendSystemMessage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/SendSystemMessage",
    params=(
        Param("system_message_id", "SystemMessageId", STR, nillable=True),
        Param("associate_id", "AssociateId", INT),
        Param("markdown_message", "MarkdownMessage", STR, nillable=True),
        Param("expire", "Expire", DATETIME),
        Param("type", "Type", SYSTEM_MESSAGE_TYPE_CODEC),
    ),
    rest_path="/api/v1/Agents/Diagnostics/SendSystemMessage",
)

REMOVE_SYSTEM_MESSAGE: Operation[None] = Operation(
    "RemoveSystemMessage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/RemoveSystemMessage",
    params=(
        Param("onlineapp_id", "OnlineappId", INT),
        Param("system_message_id", "SystemMessageId", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Diagnostics/RemoveSystemMessage",
)

REMOVE_SYSTEM_MESSAGE_FOR_ASSOCIATE: Operation[None] = Operation(
    "RemoveSystemMessageForAssociate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/RemoveSystemMessageForAssociate",
    params=(
        Param("onlineapp_id", "OnlineappId", INT),
        Param("system_message_id", "SystemMessageId", STR, nillable=True),
        Param("associate_id", "AssociateId", INT),
    ),
    rest_path="/api/v1/Agents/Diagnostics/RemoveSystemMessageForAssociate",
)

GET_SYSTEM_MESSAGES: Operation[list[SystemMessage | None] | None] = Operation(
    "GetSystemMessages",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/GetSystemMessages",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", LIST_OF_SYSTEM_MESSAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/GetSystemMessages",
)

REMOVE_EXPIRED_SYSTEM_MESSAGES: Operation[None] = Operation(
    "RemoveExpiredSystemMessages",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/RemoveExpiredSystemMessages",
    rest_path="/api/v1/Agents/Diagnostics/RemoveExpiredSystemMessages",
)

GET_NEXT_TABLE_NUMBER: Operation[int | None] = Operation(
    "GetNextTableNumber",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/GetNextTableNumber",
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Diagnostics/GetNextTableNumber",
)

PERFORM_TASKS_AFTER_UPGRADE: Operation[str | None] = Operation(
    "PerformTasksAfterUpgrade",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/PerformTasksAfterUpgrade",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/PerformTasksAfterUpgrade",
)

PERFORM_TASKS_AFTER_CUSTOM_OBJECT_TABLE_CREATED: Operation[None] = Operation(
    "PerformTasksAfterCustomObjectTableCreated",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/PerformTasksAfterCustomObjectTableCreated",
    params=(Param("table_name", "TableName", STR, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/PerformTasksAfterCustomObjectTableCreated",
)

PERFORM_TASKS_AFTER_CUSTOM_OBJECT_TABLE_DELETED: Operation[None] = Operation(
    "PerformTasksAfterCustomObjectTableDeleted",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/PerformTasksAfterCustomObjectTableDeleted",
    params=(Param("table_name", "TableName", STR, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/PerformTasksAfterCustomObjectTableDeleted",
)

ADD_WEB_APP_USAGE: Operation[None] = Operation(
    "AddWebAppUsage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/AddWebAppUsage",
    params=(Param("web_app_usages", "WebAppUsages", LIST_OF_WEB_APP_USAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/AddWebAppUsage",
)

WEB_APP_USAGE_EXISTS_IN_PERIOD: Operation[bool | None] = Operation(
    "WebAppUsageExistsInPeriod",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/WebAppUsageExistsInPeriod",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("view_state", "ViewState", STR, nillable=True),
        Param("from_date", "FromDate", DATETIME),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Diagnostics/WebAppUsageExistsInPeriod",
)

GET_WEB_APP_USAGES_FOR_PERIOD: Operation[list[WebAppUsage | None] | None] = Operation(
    "GetWebAppUsagesForPeriod",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/GetWebAppUsagesForPeriod",
    params=(
        Param("from_date", "FromDate", DATETIME),
        Param("to_date", "ToDate", DATETIME),
        Param("search_term", "SearchTerm", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_WEB_APP_USAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/GetWebAppUsagesForPeriod",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "FlushCaches": FLUSH_CACHES,
    "GetCacheNames": GET_CACHE_NAMES,
    "FlushCachesByName": FLUSH_CACHES_BY_NAME,
    "GetCacheState": GET_CACHE_STATE,
    "GetCacheInvalidationGenerations": GET_CACHE_INVALIDATION_GENERATIONS,
    "GetEntityCountsForCurrentUser": GET_ENTITY_COUNTS_FOR_CURRENT_USER,
    "GetEntityCountsForAllUsers": GET_ENTITY_COUNTS_FOR_ALL_USERS,
    "LogViewState": LOG_VIEW_STATE,
    "ChangeLogSettings": CHANGE_LOG_SETTINGS,
    "CollectDataAdditions": COLLECT_DATA_ADDITIONS,
    "CollectWinUsage": COLLECT_WIN_USAGE,
    "CollectWebUsage": COLLECT_WEB_USAGE,
    "CollectTableSizes": COLLECT_TABLE_SIZES,
    "ResyncUsers": RESYNC_USERS,
    "SendSystemMessage": SEND_SYSTEM_MESSAGE,
    "RemoveSystemMessage": REMOVE_SYSTEM_MESSAGE,
    "RemoveSystemMessageForAssociate": REMOVE_SYSTEM_MESSAGE_FOR_ASSOCIATE,
    "GetSystemMessages": GET_SYSTEM_MESSAGES,
    "RemoveExpiredSystemMessages": REMOVE_EXPIRED_SYSTEM_MESSAGES,
    "GetNextTableNumber": GET_NEXT_TABLE_NUMBER,
    "PerformTasksAfterUpgrade": PERFORM_TASKS_AFTER_UPGRADE,
    "PerformTasksAfterCustomObjectTableCreated": PERFORM_TASKS_AFTER_CUSTOM_OBJECT_TABLE_CREATED,
    "PerformTasksAfterCustomObjectTableDeleted": PERFORM_TASKS_AFTER_CUSTOM_OBJECT_TABLE_DELETED,
    "AddWebAppUsage": ADD_WEB_APP_USAGE,
    "WebAppUsageExistsInPeriod": WEB_APP_USAGE_EXISTS_IN_PERIOD,
    "GetWebAppUsagesForPeriod": GET_WEB_APP_USAGES_FOR_PERIOD,
}


class DiagnosticsMethods(SyncCalls):
    """The Diagnostics operations, called synchronously (SOAP or REST)."""

    def flush_caches(self) -> None:
        """Flushes all NetServer caches"""
        return self._call(FLUSH_CACHES, ())

    def get_cache_names(self) -> list[str | None] | None:
        """Get the name of the caches that can be flushed

        Returns:
            The result.
        """
        return self._call(GET_CACHE_NAMES, ())

    def flush_caches_by_name(
        self, *, cache_names: list[str | None] | None | Unset = UNSET
    ) -> None:
        """Flushes all NetServer caches named"""
        return self._call(FLUSH_CACHES_BY_NAME, (cache_names,))

    def get_cache_state(
        self, *, cache_names: list[str | None] | None | Unset = UNSET
    ) -> str | None:
        """Get the current generation value of the named caches.

        Returns:
            The result.
        """
        return self._call(GET_CACHE_STATE, (cache_names,))

    def get_cache_invalidation_generations(
        self, *, names: list[str | None] | None | Unset = UNSET
    ) -> list[CacheInvalidation | None] | None:
        """Get generation for provided names

        Returns:
            The result.
        """
        return self._call(GET_CACHE_INVALIDATION_GENERATIONS, (names,))

    def get_entity_counts_for_current_user(self) -> list[EntityCounts | None] | None:
        """Get an array of entities and number of entities created for the current associate

        Returns:
            The result.
        """
        return self._call(GET_ENTITY_COUNTS_FOR_CURRENT_USER, ())

    def get_entity_counts_for_all_users(self) -> list[EntityCounts | None] | None:
        """Get an array of entities and number of entities created for all associates.

        Returns:
            The result.
        """
        return self._call(GET_ENTITY_COUNTS_FOR_ALL_USERS, ())

    def log_view_state(self, *, view_state: str | None | Unset = UNSET) -> None:
        """Log a change in view state."""
        return self._call(LOG_VIEW_STATE, (view_state,))

    def change_log_settings(
        self,
        *,
        log_warning: bool | Unset = UNSET,
        log_information: bool | Unset = UNSET,
        log_success_audit: bool | Unset = UNSET,
        log_failure_audit: bool | Unset = UNSET,
        log_to_event_log: bool | Unset = UNSET,
        log_to_super_office: bool | Unset = UNSET,
        log_to_file: bool | Unset = UNSET,
        log_to_trace: bool | Unset = UNSET,
    ) -> None:
        """Change NetServer log settings."""
        return self._call(
            CHANGE_LOG_SETTINGS,
            (
                log_warning,
                log_information,
                log_success_audit,
                log_failure_audit,
                log_to_event_log,
                log_to_super_office,
                log_to_file,
                log_to_trace,
            ),
        )

    def collect_data_additions(self) -> None:
        """Collect and transmit usage statistics: Database Additions."""
        return self._call(COLLECT_DATA_ADDITIONS, ())

    def collect_win_usage(self) -> None:
        """Collect and transmit usage statistics: Windows CRM Client Usage."""
        return self._call(COLLECT_WIN_USAGE, ())

    def collect_web_usage(self) -> None:
        """Collect and transmit usage statistics: Web-based clients Usage."""
        return self._call(COLLECT_WEB_USAGE, ())

    def collect_table_sizes(self) -> None:
        """Collect and transmit usage statistics: Table Sizes."""
        return self._call(COLLECT_TABLE_SIZES, ())

    def resync_users(self) -> None:
        """Resynchronize user information with SuperOffice Community, if opted-out then this
        call does nothing.
        """
        return self._call(RESYNC_USERS, ())

    def send_system_message(
        self,
        *,
        system_message_id: str | None | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        markdown_message: str | None | Unset = UNSET,
        expire: datetime.datetime | Unset = UNSET,
        type: SystemMessageType | str | Unset = UNSET,
    ) -> None:
        """Adds a system message for a specific associate."""
        return self._call(
            SEND_SYSTEM_MESSAGE, (system_message_id, associate_id, markdown_message, expire, type)
        )

    def remove_system_message(
        self, *, onlineapp_id: int | Unset = UNSET, system_message_id: str | None | Unset = UNSET
    ) -> None:
        """Removes a system message for current associate"""
        return self._call(REMOVE_SYSTEM_MESSAGE, (onlineapp_id, system_message_id))

    def remove_system_message_for_associate(
        self,
        *,
        onlineapp_id: int | Unset = UNSET,
        system_message_id: str | None | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> None:
        """Removes a system message for specific associate."""
        return self._call(
            REMOVE_SYSTEM_MESSAGE_FOR_ASSOCIATE, (onlineapp_id, system_message_id, associate_id)
        )

    def get_system_messages(
        self, *, associate_id: int | Unset = UNSET
    ) -> list[SystemMessage | None] | None:
        """Retrieves a list of system messages for a specific associate.

        Returns:
            The result.
        """
        return self._call(GET_SYSTEM_MESSAGES, (associate_id,))

    def remove_expired_system_messages(self) -> None:
        """Deletes expired system messages."""
        return self._call(REMOVE_EXPIRED_SYSTEM_MESSAGES, ())

    def get_next_table_number(self) -> int | None:
        """Increment save and return NextTableNumber, to be used when creating new extra table

        Returns:
            The result.
        """
        return self._call(GET_NEXT_TABLE_NUMBER, ())

    def perform_tasks_after_upgrade(self) -> str | None:
        """After upgrading to a new fileset, there may be tasks that need to be done.

        Returns:
            The result.
        """
        return self._call(PERFORM_TASKS_AFTER_UPGRADE, ())

    def perform_tasks_after_custom_object_table_created(
        self, *, table_name: str | None | Unset = UNSET
    ) -> None:
        """A temporary method to be used from c++ until CustomObjectsAgent."""
        return self._call(PERFORM_TASKS_AFTER_CUSTOM_OBJECT_TABLE_CREATED, (table_name,))

    def perform_tasks_after_custom_object_table_deleted(
        self, *, table_name: str | None | Unset = UNSET
    ) -> None:
        """A temporary method to be used from c++ until CustomObjectsAgent."""
        return self._call(PERFORM_TASKS_AFTER_CUSTOM_OBJECT_TABLE_DELETED, (table_name,))

    def add_web_app_usage(
        self, *, web_app_usages: list[WebAppUsage | None] | None | Unset = UNSET
    ) -> None:
        """Adds WebApp usage to existing log"""
        return self._call(ADD_WEB_APP_USAGE, (web_app_usages,))

    def web_app_usage_exists_in_period(
        self,
        *,
        associate_id: int | Unset = UNSET,
        view_state: str | None | Unset = UNSET,
        from_date: datetime.datetime | Unset = UNSET,
    ) -> bool | None:
        """Returns true if viewState has been clicked at least once since FromDate, if
        asscoiateId &lt; 0 or FromDate is DateTime.

        Returns:
            The result.
        """
        return self._call(WEB_APP_USAGE_EXISTS_IN_PERIOD, (associate_id, view_state, from_date))

    def get_web_app_usages_for_period(
        self,
        *,
        from_date: datetime.datetime | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        search_term: str | None | Unset = UNSET,
    ) -> list[WebAppUsage | None] | None:
        """Get all WebAppUsages for a given period, that match an optional search term

        Returns:
            The result.
        """
        return self._call(GET_WEB_APP_USAGES_FOR_PERIOD, (from_date, to_date, search_term))


class AsyncDiagnosticsMethods(AsyncCalls):
    """The Diagnostics operations, called asynchronously (SOAP or REST)."""

    async def flush_caches(self) -> None:
        """Flushes all NetServer caches"""
        return await self._call(FLUSH_CACHES, ())

    async def get_cache_names(self) -> list[str | None] | None:
        """Get the name of the caches that can be flushed

        Returns:
            The result.
        """
        return await self._call(GET_CACHE_NAMES, ())

    async def flush_caches_by_name(
        self, *, cache_names: list[str | None] | None | Unset = UNSET
    ) -> None:
        """Flushes all NetServer caches named"""
        return await self._call(FLUSH_CACHES_BY_NAME, (cache_names,))

    async def get_cache_state(
        self, *, cache_names: list[str | None] | None | Unset = UNSET
    ) -> str | None:
        """Get the current generation value of the named caches.

        Returns:
            The result.
        """
        return await self._call(GET_CACHE_STATE, (cache_names,))

    async def get_cache_invalidation_generations(
        self, *, names: list[str | None] | None | Unset = UNSET
    ) -> list[CacheInvalidation | None] | None:
        """Get generation for provided names

        Returns:
            The result.
        """
        return await self._call(GET_CACHE_INVALIDATION_GENERATIONS, (names,))

    async def get_entity_counts_for_current_user(self) -> list[EntityCounts | None] | None:
        """Get an array of entities and number of entities created for the current associate

        Returns:
            The result.
        """
        return await self._call(GET_ENTITY_COUNTS_FOR_CURRENT_USER, ())

    async def get_entity_counts_for_all_users(self) -> list[EntityCounts | None] | None:
        """Get an array of entities and number of entities created for all associates.

        Returns:
            The result.
        """
        return await self._call(GET_ENTITY_COUNTS_FOR_ALL_USERS, ())

    async def log_view_state(self, *, view_state: str | None | Unset = UNSET) -> None:
        """Log a change in view state."""
        return await self._call(LOG_VIEW_STATE, (view_state,))

    async def change_log_settings(
        self,
        *,
        log_warning: bool | Unset = UNSET,
        log_information: bool | Unset = UNSET,
        log_success_audit: bool | Unset = UNSET,
        log_failure_audit: bool | Unset = UNSET,
        log_to_event_log: bool | Unset = UNSET,
        log_to_super_office: bool | Unset = UNSET,
        log_to_file: bool | Unset = UNSET,
        log_to_trace: bool | Unset = UNSET,
    ) -> None:
        """Change NetServer log settings."""
        return await self._call(
            CHANGE_LOG_SETTINGS,
            (
                log_warning,
                log_information,
                log_success_audit,
                log_failure_audit,
                log_to_event_log,
                log_to_super_office,
                log_to_file,
                log_to_trace,
            ),
        )

    async def collect_data_additions(self) -> None:
        """Collect and transmit usage statistics: Database Additions."""
        return await self._call(COLLECT_DATA_ADDITIONS, ())

    async def collect_win_usage(self) -> None:
        """Collect and transmit usage statistics: Windows CRM Client Usage."""
        return await self._call(COLLECT_WIN_USAGE, ())

    async def collect_web_usage(self) -> None:
        """Collect and transmit usage statistics: Web-based clients Usage."""
        return await self._call(COLLECT_WEB_USAGE, ())

    async def collect_table_sizes(self) -> None:
        """Collect and transmit usage statistics: Table Sizes."""
        return await self._call(COLLECT_TABLE_SIZES, ())

    async def resync_users(self) -> None:
        """Resynchronize user information with SuperOffice Community, if opted-out then this
        call does nothing.
        """
        return await self._call(RESYNC_USERS, ())

    async def send_system_message(
        self,
        *,
        system_message_id: str | None | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        markdown_message: str | None | Unset = UNSET,
        expire: datetime.datetime | Unset = UNSET,
        type: SystemMessageType | str | Unset = UNSET,
    ) -> None:
        """Adds a system message for a specific associate."""
        return await self._call(
            SEND_SYSTEM_MESSAGE, (system_message_id, associate_id, markdown_message, expire, type)
        )

    async def remove_system_message(
        self, *, onlineapp_id: int | Unset = UNSET, system_message_id: str | None | Unset = UNSET
    ) -> None:
        """Removes a system message for current associate"""
        return await self._call(REMOVE_SYSTEM_MESSAGE, (onlineapp_id, system_message_id))

    async def remove_system_message_for_associate(
        self,
        *,
        onlineapp_id: int | Unset = UNSET,
        system_message_id: str | None | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> None:
        """Removes a system message for specific associate."""
        return await self._call(
            REMOVE_SYSTEM_MESSAGE_FOR_ASSOCIATE, (onlineapp_id, system_message_id, associate_id)
        )

    async def get_system_messages(
        self, *, associate_id: int | Unset = UNSET
    ) -> list[SystemMessage | None] | None:
        """Retrieves a list of system messages for a specific associate.

        Returns:
            The result.
        """
        return await self._call(GET_SYSTEM_MESSAGES, (associate_id,))

    async def remove_expired_system_messages(self) -> None:
        """Deletes expired system messages."""
        return await self._call(REMOVE_EXPIRED_SYSTEM_MESSAGES, ())

    async def get_next_table_number(self) -> int | None:
        """Increment save and return NextTableNumber, to be used when creating new extra table

        Returns:
            The result.
        """
        return await self._call(GET_NEXT_TABLE_NUMBER, ())

    async def perform_tasks_after_upgrade(self) -> str | None:
        """After upgrading to a new fileset, there may be tasks that need to be done.

        Returns:
            The result.
        """
        return await self._call(PERFORM_TASKS_AFTER_UPGRADE, ())

    async def perform_tasks_after_custom_object_table_created(
        self, *, table_name: str | None | Unset = UNSET
    ) -> None:
        """A temporary method to be used from c++ until CustomObjectsAgent."""
        return await self._call(PERFORM_TASKS_AFTER_CUSTOM_OBJECT_TABLE_CREATED, (table_name,))

    async def perform_tasks_after_custom_object_table_deleted(
        self, *, table_name: str | None | Unset = UNSET
    ) -> None:
        """A temporary method to be used from c++ until CustomObjectsAgent."""
        return await self._call(PERFORM_TASKS_AFTER_CUSTOM_OBJECT_TABLE_DELETED, (table_name,))

    async def add_web_app_usage(
        self, *, web_app_usages: list[WebAppUsage | None] | None | Unset = UNSET
    ) -> None:
        """Adds WebApp usage to existing log"""
        return await self._call(ADD_WEB_APP_USAGE, (web_app_usages,))

    async def web_app_usage_exists_in_period(
        self,
        *,
        associate_id: int | Unset = UNSET,
        view_state: str | None | Unset = UNSET,
        from_date: datetime.datetime | Unset = UNSET,
    ) -> bool | None:
        """Returns true if viewState has been clicked at least once since FromDate, if
        asscoiateId &lt; 0 or FromDate is DateTime.

        Returns:
            The result.
        """
        return await self._call(
            WEB_APP_USAGE_EXISTS_IN_PERIOD, (associate_id, view_state, from_date)
        )

    async def get_web_app_usages_for_period(
        self,
        *,
        from_date: datetime.datetime | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        search_term: str | None | Unset = UNSET,
    ) -> list[WebAppUsage | None] | None:
        """Get all WebAppUsages for a given period, that match an optional search term

        Returns:
            The result.
        """
        return await self._call(GET_WEB_APP_USAGES_FOR_PERIOD, (from_date, to_date, search_term))


class DiagnosticsAgent(DiagnosticsMethods, SoapCaller):
    """Diagnostics over SOAP 1.1 (``Remote/Services88/Diagnostics.svc``), synchronous."""

    _PATH = "Remote/Services88/Diagnostics.svc"
    _HEADERS = HEADERS


class AsyncDiagnosticsAgent(AsyncDiagnosticsMethods, AsyncSoapCaller):
    """Diagnostics over SOAP 1.1 (``Remote/Services88/Diagnostics.svc``), asynchronous."""

    _PATH = "Remote/Services88/Diagnostics.svc"
    _HEADERS = HEADERS


class DiagnosticsRestAgent(DiagnosticsMethods, RestCaller):
    """Diagnostics over REST (``/api/v1/Agents/Diagnostics/...``), synchronous."""


class AsyncDiagnosticsRestAgent(AsyncDiagnosticsMethods, AsyncRestCaller):
    """Diagnostics over REST (``/api/v1/Agents/Diagnostics/...``), asynchronous."""
