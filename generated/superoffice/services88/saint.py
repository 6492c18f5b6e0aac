"""Services88 Saint agent (``Remote/Services88/Saint.svc``).

``SaintAgent`` and ``AsyncSaintAgent`` call it over SOAP, ``SaintRestAgent`` and
``AsyncSaintRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import BOOL, INT, STR, UNSET, Operation, Param, Unset
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
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.saint_configuration import (
    LIST_OF_SAINT_CONFIGURATION_CODEC,
    SAINT_CONFIGURATION_CODEC,
    SaintConfiguration,
)
from .types.status_monitor import LIST_OF_STATUS_MONITOR_CODEC, STATUS_MONITOR_CODEC, StatusMonitor
from .types.status_monitor_periods import STATUS_MONITOR_PERIODS_CODEC, StatusMonitorPeriods

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_SAINT_CONFIGURATION: Operation[SaintConfiguration | None] = Operation(
    "CreateDefaultSaintConfiguration",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/CreateDefaultSaintConfiguration",
    results=(Param("response", "Response", SAINT_CONFIGURATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/CreateDefaultSaintConfiguration",
    rest_select=False,
)

SAVE_SAINT_CONFIGURATION: Operation[SaintConfiguration | None] = Operation(
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
    rest_select=False,
)

CREATE_DEFAULT_STATUS_MONITOR: Operation[StatusMonitor | None] = Operation(
    "CreateDefaultStatusMonitor",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/CreateDefaultStatusMonitor",
    results=(Param("response", "Response", STATUS_MONITOR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/CreateDefaultStatusMonitor",
    rest_select=False,
)

SAVE_STATUS_MONITOR: Operation[StatusMonitor | None] = Operation(
    "SaveStatusMonitor",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/SaveStatusMonitor",
    params=(Param("status_monitor", "StatusMonitor", STATUS_MONITOR_CODEC, nillable=True),),
    results=(Param("response", "Response", STATUS_MONITOR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/SaveStatusMonitor",
    rest_body="status_monitor",
    rest_select=False,
)

CREATE_DEFAULT_STATUS_MONITOR_PERIODS: Operation[StatusMonitorPeriods | None] = Operation(
    "CreateDefaultStatusMonitorPeriods",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/CreateDefaultStatusMonitorPeriods",
    results=(Param("response", "Response", STATUS_MONITOR_PERIODS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/CreateDefaultStatusMonitorPeriods",
    rest_select=False,
)

SAVE_STATUS_MONITOR_PERIODS: Operation[StatusMonitorPeriods | None] = Operation(
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
    rest_select=False,
)

GET_SAINT_CONFIGURATIONS: Operation[list[SaintConfiguration | None] | None] = Operation(
    "GetSaintConfigurations",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/GetSaintConfigurations",
    results=(Param("response", "Response", LIST_OF_SAINT_CONFIGURATION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/GetSaintConfigurations",
)

GET_STATUS_MONITORS: Operation[list[StatusMonitor | None] | None] = Operation(
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

GET_STATUS_MONITOR: Operation[StatusMonitor | None] = Operation(
    "GetStatusMonitor",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/GetStatusMonitor",
    params=(Param("id", "Id", INT),),
    results=(Param("response", "Response", STATUS_MONITOR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/GetStatusMonitor",
)

REGENERATE_STATUS_MONITORS: Operation[BatchTaskInfo | None] = Operation(
    "RegenerateStatusMonitors",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/RegenerateStatusMonitors",
    params=(Param("run_as_batch", "RunAsBatch", BOOL),),
    results=(Param("response", "Response", BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/RegenerateStatusMonitors",
)

SET_RANK_ON_STATUS_MONITORS: Operation[None] = Operation(
    "SetRankOnStatusMonitors",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/SetRankOnStatusMonitors",
    params=(
        Param("type", "Type", STR, nillable=True),
        Param("items_ids", "ItemsIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Saint/SetRankOnStatusMonitors",
)

REGENERATE_STATUS_MONITOR: Operation[None] = Operation(
    "RegenerateStatusMonitor",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/RegenerateStatusMonitor",
    params=(Param("status_monitor_id", "StatusMonitorId", INT),),
    rest_path="/api/v1/Agents/Saint/RegenerateStatusMonitor",
)

REGENERATE_COUNTERS: Operation[BatchTaskInfo | None] = Operation(
    "RegenerateCounters",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/RegenerateCounters",
    params=(Param("run_as_batch", "RunAsBatch", BOOL),),
    results=(Param("response", "Response", BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/RegenerateCounters",
)

GET_STATUS_MONITOR_PERIODS: Operation[StatusMonitorPeriods | None] = Operation(
    "GetStatusMonitorPeriods",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Saint/GetStatusMonitorPeriods",
    results=(Param("response", "Response", STATUS_MONITOR_PERIODS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Saint/GetStatusMonitorPeriods",
)

OPERATIONS: dict[str, Operation[Any]] = {
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


class SaintMethods(SyncCalls):
    """The Saint operations, called synchronously (SOAP or REST)."""

    def create_default_saint_configuration(self) -> SaintConfiguration | None:
        """Loading default values into a new SaintConfiguration.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_SAINT_CONFIGURATION, ())

    def save_saint_configuration(
        self, *, saint_configuration: SaintConfiguration | None | Unset = UNSET
    ) -> SaintConfiguration | None:
        """Updates the existing SaintConfiguration or creates a new SaintConfiguration if the
        id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_SAINT_CONFIGURATION, (saint_configuration,))

    def create_default_status_monitor(self) -> StatusMonitor | None:
        """Loading default values into a new StatusMonitor.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_STATUS_MONITOR, ())

    def save_status_monitor(
        self, *, status_monitor: StatusMonitor | None | Unset = UNSET
    ) -> StatusMonitor | None:
        """Updates the existing StatusMonitor or creates a new StatusMonitor if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_STATUS_MONITOR, (status_monitor,))

    def create_default_status_monitor_periods(self) -> StatusMonitorPeriods | None:
        """Loading default values into a new StatusMonitorPeriods.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_STATUS_MONITOR_PERIODS, ())

    def save_status_monitor_periods(
        self, *, status_monitor_periods: StatusMonitorPeriods | None | Unset = UNSET
    ) -> StatusMonitorPeriods | None:
        """Updates the existing StatusMonitorPeriods or creates a new StatusMonitorPeriods if
        the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_STATUS_MONITOR_PERIODS, (status_monitor_periods,))

    def get_saint_configurations(self) -> list[SaintConfiguration | None] | None:
        """Returns the StatusMonitorPeriods entity.

        Returns:
            The result.
        """
        return self._call(GET_SAINT_CONFIGURATIONS, ())

    def get_status_monitors(
        self, *, id: int | Unset = UNSET, type: str | None | Unset = UNSET
    ) -> list[StatusMonitor | None] | None:
        """Get all active status monitors for a specified target

        Returns:
            The result.
        """
        return self._call(GET_STATUS_MONITORS, (id, type))

    def get_status_monitor(self, *, id: int | Unset = UNSET) -> StatusMonitor | None:
        """Get a single status monitor based on its identity

        Returns:
            The result.
        """
        return self._call(GET_STATUS_MONITOR, (id,))

    def regenerate_status_monitors(
        self, *, run_as_batch: bool | Unset = UNSET
    ) -> BatchTaskInfo | None:
        """Regenerate status monitors

        Returns:
            The result.
        """
        return self._call(REGENERATE_STATUS_MONITORS, (run_as_batch,))

    def set_rank_on_status_monitors(
        self, *, type: str | None | Unset = UNSET, items_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Set rank order on status monitors"""
        return self._call(SET_RANK_ON_STATUS_MONITORS, (type, items_ids))

    def regenerate_status_monitor(self, *, status_monitor_id: int | Unset = UNSET) -> None:
        """Regenerate the given status monitor"""
        return self._call(REGENERATE_STATUS_MONITOR, (status_monitor_id,))

    def regenerate_counters(self, *, run_as_batch: bool | Unset = UNSET) -> BatchTaskInfo | None:
        """Regenerate the Saint counters - this can take several minutes

        Returns:
            The result.
        """
        return self._call(REGENERATE_COUNTERS, (run_as_batch,))

    def get_status_monitor_periods(self) -> StatusMonitorPeriods | None:
        """Returns the StatusMonitorPeriods entity.

        Returns:
            The result.
        """
        return self._call(GET_STATUS_MONITOR_PERIODS, ())


class AsyncSaintMethods(AsyncCalls):
    """The Saint operations, called asynchronously (SOAP or REST)."""

    async def create_default_saint_configuration(self) -> SaintConfiguration | None:
        """Loading default values into a new SaintConfiguration.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_SAINT_CONFIGURATION, ())

    async def save_saint_configuration(
        self, *, saint_configuration: SaintConfiguration | None | Unset = UNSET
    ) -> SaintConfiguration | None:
        """Updates the existing SaintConfiguration or creates a new SaintConfiguration if the
        id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_SAINT_CONFIGURATION, (saint_configuration,))

    async def create_default_status_monitor(self) -> StatusMonitor | None:
        """Loading default values into a new StatusMonitor.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_STATUS_MONITOR, ())

    async def save_status_monitor(
        self, *, status_monitor: StatusMonitor | None | Unset = UNSET
    ) -> StatusMonitor | None:
        """Updates the existing StatusMonitor or creates a new StatusMonitor if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_STATUS_MONITOR, (status_monitor,))

    async def create_default_status_monitor_periods(self) -> StatusMonitorPeriods | None:
        """Loading default values into a new StatusMonitorPeriods.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_STATUS_MONITOR_PERIODS, ())

    async def save_status_monitor_periods(
        self, *, status_monitor_periods: StatusMonitorPeriods | None | Unset = UNSET
    ) -> StatusMonitorPeriods | None:
        """Updates the existing StatusMonitorPeriods or creates a new StatusMonitorPeriods if
        the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_STATUS_MONITOR_PERIODS, (status_monitor_periods,))

    async def get_saint_configurations(self) -> list[SaintConfiguration | None] | None:
        """Returns the StatusMonitorPeriods entity.

        Returns:
            The result.
        """
        return await self._call(GET_SAINT_CONFIGURATIONS, ())

    async def get_status_monitors(
        self, *, id: int | Unset = UNSET, type: str | None | Unset = UNSET
    ) -> list[StatusMonitor | None] | None:
        """Get all active status monitors for a specified target

        Returns:
            The result.
        """
        return await self._call(GET_STATUS_MONITORS, (id, type))

    async def get_status_monitor(self, *, id: int | Unset = UNSET) -> StatusMonitor | None:
        """Get a single status monitor based on its identity

        Returns:
            The result.
        """
        return await self._call(GET_STATUS_MONITOR, (id,))

    async def regenerate_status_monitors(
        self, *, run_as_batch: bool | Unset = UNSET
    ) -> BatchTaskInfo | None:
        """Regenerate status monitors

        Returns:
            The result.
        """
        return await self._call(REGENERATE_STATUS_MONITORS, (run_as_batch,))

    async def set_rank_on_status_monitors(
        self, *, type: str | None | Unset = UNSET, items_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Set rank order on status monitors"""
        return await self._call(SET_RANK_ON_STATUS_MONITORS, (type, items_ids))

    async def regenerate_status_monitor(self, *, status_monitor_id: int | Unset = UNSET) -> None:
        """Regenerate the given status monitor"""
        return await self._call(REGENERATE_STATUS_MONITOR, (status_monitor_id,))

    async def regenerate_counters(
        self, *, run_as_batch: bool | Unset = UNSET
    ) -> BatchTaskInfo | None:
        """Regenerate the Saint counters - this can take several minutes

        Returns:
            The result.
        """
        return await self._call(REGENERATE_COUNTERS, (run_as_batch,))

    async def get_status_monitor_periods(self) -> StatusMonitorPeriods | None:
        """Returns the StatusMonitorPeriods entity.

        Returns:
            The result.
        """
        return await self._call(GET_STATUS_MONITOR_PERIODS, ())


class SaintAgent(SaintMethods, SoapCaller):
    """Saint over SOAP 1.1 (``Remote/Services88/Saint.svc``), synchronous."""

    _PATH = "Remote/Services88/Saint.svc"
    _HEADERS = HEADERS


class AsyncSaintAgent(AsyncSaintMethods, AsyncSoapCaller):
    """Saint over SOAP 1.1 (``Remote/Services88/Saint.svc``), asynchronous."""

    _PATH = "Remote/Services88/Saint.svc"
    _HEADERS = HEADERS


class SaintRestAgent(SaintMethods, RestCaller):
    """Saint over REST (``/api/v1/Agents/Saint/...``), synchronous."""


class AsyncSaintRestAgent(AsyncSaintMethods, AsyncRestCaller):
    """Saint over REST (``/api/v1/Agents/Saint/...``), asynchronous."""
