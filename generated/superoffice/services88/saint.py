"""Services88 Saint agent (``Remote/Services88/Saint.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param, STR
from .types.batch_task_info import BATCH_TASK_INFO_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.saint_configuration import LIST_OF_SAINT_CONFIGURATION_CODEC, SAINT_CONFIGURATION_CODEC
from .types.status_monitor import LIST_OF_STATUS_MONITOR_CODEC, STATUS_MONITOR_CODEC
from .types.status_monitor_periods import STATUS_MONITOR_PERIODS_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_SAINT_CONFIGURATION = Operation(
    "CreateDefaultSaintConfiguration",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/CreateDefaultSaintConfiguration",
    results=(Param("response", "Response", SAINT_CONFIGURATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/CreateDefaultSaintConfiguration",
)
"""Loading default values into a new SaintConfiguration."""

SAVE_SAINT_CONFIGURATION = Operation(
    "SaveSaintConfiguration",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/SaveSaintConfiguration",
    params=(
        Param(
            "saint_configuration", "SaintConfiguration", SAINT_CONFIGURATION_CODEC, nillable=True
        ),
    ),
    results=(Param("response", "Response", SAINT_CONFIGURATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/SaveSaintConfiguration",
    rest_body="saint_configuration",
)
"""Updates the existing SaintConfiguration or creates a new SaintConfiguration if the id
parameter is 0."""

CREATE_DEFAULT_STATUS_MONITOR = Operation(
    "CreateDefaultStatusMonitor",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/CreateDefaultStatusMonitor",
    results=(Param("response", "Response", STATUS_MONITOR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/CreateDefaultStatusMonitor",
)
"""Loading default values into a new StatusMonitor."""

SAVE_STATUS_MONITOR = Operation(
    "SaveStatusMonitor",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/SaveStatusMonitor",
    params=(Param("status_monitor", "StatusMonitor", STATUS_MONITOR_CODEC, nillable=True),),
    results=(Param("response", "Response", STATUS_MONITOR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/SaveStatusMonitor",
    rest_body="status_monitor",
)
"""Updates the existing StatusMonitor or creates a new StatusMonitor if the id parameter is 0."""

CREATE_DEFAULT_STATUS_MONITOR_PERIODS = Operation(
    "CreateDefaultStatusMonitorPeriods",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/CreateDefaultStatusMonitorPeriods",
    results=(Param("response", "Response", STATUS_MONITOR_PERIODS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/CreateDefaultStatusMonitorPeriods",
)
"""Loading default values into a new StatusMonitorPeriods."""

SAVE_STATUS_MONITOR_PERIODS = Operation(
    "SaveStatusMonitorPeriods",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/SaveStatusMonitorPeriods",
    params=(
        Param(
            "status_monitor_periods",
            "StatusMonitorPeriods",
            STATUS_MONITOR_PERIODS_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", STATUS_MONITOR_PERIODS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/SaveStatusMonitorPeriods",
    rest_body="status_monitor_periods",
)
"""Updates the existing StatusMonitorPeriods or creates a new StatusMonitorPeriods if the id
parameter is 0."""

GET_SAINT_CONFIGURATIONS = Operation(
    "GetSaintConfigurations",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/GetSaintConfigurations",
    results=(Param("response", "Response", LIST_OF_SAINT_CONFIGURATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/GetSaintConfigurations",
)
"""Returns the StatusMonitorPeriods entity."""

GET_STATUS_MONITORS = Operation(
    "GetStatusMonitors",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/GetStatusMonitors",
    params=(
        Param("id", "Id", INT),
        Param("type", "Type", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_STATUS_MONITOR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/GetStatusMonitors",
)
"""Get all active status monitors for a specified target"""

GET_STATUS_MONITOR = Operation(
    "GetStatusMonitor",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/GetStatusMonitor",
    params=(Param("id", "Id", INT),),
    results=(Param("response", "Response", STATUS_MONITOR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/GetStatusMonitor",
)
"""Get a single status monitor based on its identity"""

REGENERATE_STATUS_MONITORS = Operation(
    "RegenerateStatusMonitors",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/RegenerateStatusMonitors",
    params=(Param("run_as_batch", "RunAsBatch", BOOL),),
    results=(Param("response", "Response", BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/RegenerateStatusMonitors",
)
"""Regenerate status monitors"""

SET_RANK_ON_STATUS_MONITORS = Operation(
    "SetRankOnStatusMonitors",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/SetRankOnStatusMonitors",
    params=(
        Param("type", "Type", STR, nillable=True),
        Param("items_ids", "ItemsIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Saint/SetRankOnStatusMonitors",
)
"""Set rank order on status monitors"""

REGENERATE_STATUS_MONITOR = Operation(
    "RegenerateStatusMonitor",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/RegenerateStatusMonitor",
    params=(Param("status_monitor_id", "StatusMonitorId", INT),),
    rest_path="/api/v1/Agents/Saint/RegenerateStatusMonitor",
)
"""Regenerate the given status monitor"""

REGENERATE_COUNTERS = Operation(
    "RegenerateCounters",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/RegenerateCounters",
    params=(Param("run_as_batch", "RunAsBatch", BOOL),),
    results=(Param("response", "Response", BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/RegenerateCounters",
)
"""Regenerate the Saint counters - this can take several minutes"""

GET_STATUS_MONITOR_PERIODS = Operation(
    "GetStatusMonitorPeriods",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/GetStatusMonitorPeriods",
    results=(Param("response", "Response", STATUS_MONITOR_PERIODS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/GetStatusMonitorPeriods",
)
"""Returns the StatusMonitorPeriods entity."""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultSaintConfiguration": CREATE_DEFAULT_SAINT_CONFIGURATION,
    "SaveSaintConfiguration": SAVE_SAINT_CONFIGURATION,
    "CreateDefaultStatusMonitor": CREATE_DEFAULT_STATUS_MONITOR,
    "SaveStatusMonitor": SAVE_STATUS_MONITOR,
    "CreateDefaultStatusMonitorPeriods": CREATE_DEFAULT_STATUS_MONITOR_PERIODS,
    "SaveStatusMonitorPeriods": SAVE_STATUS_MONITOR_PERIODS,
    "GetSaintConfigurations": GET_SAINT_CONFIGURATIONS,
    "GetStatusMonitors": GET_STATUS_MONITORS,
    "GetStatusMonitor": GET_STATUS_MONITOR,
    "RegenerateStatusMonitors": REGENERATE_STATUS_MONITORS,
    "SetRankOnStatusMonitors": SET_RANK_ON_STATUS_MONITORS,
    "RegenerateStatusMonitor": REGENERATE_STATUS_MONITOR,
    "RegenerateCounters": REGENERATE_COUNTERS,
    "GetStatusMonitorPeriods": GET_STATUS_MONITOR_PERIODS,
}
