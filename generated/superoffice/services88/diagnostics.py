"""Services88 Diagnostics agent (``Remote/Services88/Diagnostics.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, DATETIME, INT, Operation, Param, STR
from .types.cache_invalidation import LIST_OF_CACHE_INVALIDATION_CODEC
from .types.entity_counts import LIST_OF_ENTITY_COUNTS_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.system_message import LIST_OF_SYSTEM_MESSAGE_CODEC
from .types.system_message_type import SYSTEM_MESSAGE_TYPE_CODEC
from .types.web_app_usage import LIST_OF_WEB_APP_USAGE_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

FLUSH_CACHES = Operation(
    "FlushCaches",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/FlushCaches",
    rest_path="/api/v1/Agents/Diagnostics/FlushCaches",
)
"""Flushes all NetServer caches"""

GET_CACHE_NAMES = Operation(
    "GetCacheNames",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/GetCacheNames",
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/GetCacheNames",
)
"""Get the name of the caches that can be flushed"""

FLUSH_CACHES_BY_NAME = Operation(
    "FlushCachesByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/FlushCachesByName",
    params=(Param("cache_names", "CacheNames", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/FlushCachesByName",
)
"""Flushes all NetServer caches named"""

GET_CACHE_STATE = Operation(
    "GetCacheState",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/GetCacheState",
    params=(Param("cache_names", "CacheNames", LIST_OF_STR_CODEC, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/GetCacheState",
)
"""Get the current generation value of the named caches."""

GET_CACHE_INVALIDATION_GENERATIONS = Operation(
    "GetCacheInvalidationGenerations",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/GetCacheInvalidationGenerations",
    params=(Param("names", "Names", LIST_OF_STR_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CACHE_INVALIDATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/GetCacheInvalidationGenerations",
)
"""Get generation for provided names"""

GET_ENTITY_COUNTS_FOR_CURRENT_USER = Operation(
    "GetEntityCountsForCurrentUser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/GetEntityCountsForCurrentUser",
    results=(Param("response", "Response", LIST_OF_ENTITY_COUNTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/GetEntityCountsForCurrentUser",
)
"""Get an array of entities and number of entities created for the current associate"""

GET_ENTITY_COUNTS_FOR_ALL_USERS = Operation(
    "GetEntityCountsForAllUsers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/GetEntityCountsForAllUsers",
    results=(Param("response", "Response", LIST_OF_ENTITY_COUNTS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/GetEntityCountsForAllUsers",
)
"""Get an array of entities and number of entities created for all associates."""

LOG_VIEW_STATE = Operation(
    "LogViewState",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/LogViewState",
    params=(Param("view_state", "ViewState", STR, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/LogViewState",
)
"""Log a change in view state."""

CHANGE_LOG_SETTINGS = Operation(
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
"""Change NetServer log settings."""

COLLECT_DATA_ADDITIONS = Operation(
    "CollectDataAdditions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/CollectDataAdditions",
    rest_path="/api/v1/Agents/Diagnostics/CollectDataAdditions",
)
"""Collect and transmit usage statistics: Database Additions."""

COLLECT_WIN_USAGE = Operation(
    "CollectWinUsage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/CollectWinUsage",
    rest_path="/api/v1/Agents/Diagnostics/CollectWinUsage",
)
"""Collect and transmit usage statistics: Windows CRM Client Usage."""

COLLECT_WEB_USAGE = Operation(
    "CollectWebUsage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/CollectWebUsage",
    rest_path="/api/v1/Agents/Diagnostics/CollectWebUsage",
)
"""Collect and transmit usage statistics: Web-based clients Usage."""

COLLECT_TABLE_SIZES = Operation(
    "CollectTableSizes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/CollectTableSizes",
    rest_path="/api/v1/Agents/Diagnostics/CollectTableSizes",
)
"""Collect and transmit usage statistics: Table Sizes."""

RESYNC_USERS = Operation(
    "ResyncUsers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/ResyncUsers",
    rest_path="/api/v1/Agents/Diagnostics/ResyncUsers",
)
"""Resynchronize user information with SuperOffice Community, if opted-out then this call does
nothing."""

SEND_SYSTEM_MESSAGE = Operation(
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
"""Adds a system message for a specific associate."""

REMOVE_SYSTEM_MESSAGE = Operation(
    "RemoveSystemMessage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/RemoveSystemMessage",
    params=(
        Param("onlineapp_id", "OnlineappId", INT),
        Param("system_message_id", "SystemMessageId", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Diagnostics/RemoveSystemMessage",
)
"""Removes a system message for current associate"""

REMOVE_SYSTEM_MESSAGE_FOR_ASSOCIATE = Operation(
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
"""Removes a system message for specific associate."""

GET_SYSTEM_MESSAGES = Operation(
    "GetSystemMessages",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/GetSystemMessages",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", LIST_OF_SYSTEM_MESSAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/GetSystemMessages",
)
"""Retrieves a list of system messages for a specific associate."""

REMOVE_EXPIRED_SYSTEM_MESSAGES = Operation(
    "RemoveExpiredSystemMessages",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/RemoveExpiredSystemMessages",
    rest_path="/api/v1/Agents/Diagnostics/RemoveExpiredSystemMessages",
)
"""Deletes expired system messages."""

GET_NEXT_TABLE_NUMBER = Operation(
    "GetNextTableNumber",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/GetNextTableNumber",
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Diagnostics/GetNextTableNumber",
)
"""Increment save and return NextTableNumber, to be used when creating new extra table"""

PERFORM_TASKS_AFTER_UPGRADE = Operation(
    "PerformTasksAfterUpgrade",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/PerformTasksAfterUpgrade",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/PerformTasksAfterUpgrade",
)
"""After upgrading to a new fileset, there may be tasks that need to be done."""

PERFORM_TASKS_AFTER_CUSTOM_OBJECT_TABLE_CREATED = Operation(
    "PerformTasksAfterCustomObjectTableCreated",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/PerformTasksAfterCustomObjectTableCreated",
    params=(Param("table_name", "TableName", STR, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/PerformTasksAfterCustomObjectTableCreated",
)
"""A temporary method to be used from c++ until CustomObjectsAgent."""

PERFORM_TASKS_AFTER_CUSTOM_OBJECT_TABLE_DELETED = Operation(
    "PerformTasksAfterCustomObjectTableDeleted",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/PerformTasksAfterCustomObjectTableDeleted",
    params=(Param("table_name", "TableName", STR, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/PerformTasksAfterCustomObjectTableDeleted",
)
"""A temporary method to be used from c++ until CustomObjectsAgent."""

ADD_WEB_APP_USAGE = Operation(
    "AddWebAppUsage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Diagnostics/AddWebAppUsage",
    params=(Param("web_app_usages", "WebAppUsages", LIST_OF_WEB_APP_USAGE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Diagnostics/AddWebAppUsage",
)
"""Adds WebApp usage to existing log"""

WEB_APP_USAGE_EXISTS_IN_PERIOD = Operation(
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
"""Returns true if viewState has been clicked at least once since FromDate, if asscoiateId &lt;
0 or FromDate is DateTime."""

GET_WEB_APP_USAGES_FOR_PERIOD = Operation(
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
"""Get all WebAppUsages for a given period, that match an optional search term"""

OPERATIONS: dict[str, Operation] = {
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
