"""Services88 Batch agent (``Remote/Services88/Batch.svc``).

``BatchAgent`` and ``AsyncBatchAgent`` call it over SOAP, ``BatchRestAgent`` and
``AsyncBatchRestAgent`` over REST; all four share the same typed methods and dataclasses.
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
from .types.batch_task_info import (
    BATCH_TASK_INFO_CODEC,
    LIST_OF_BATCH_TASK_INFO_CODEC,
    BatchTaskInfo,
)
from .types.batch_task_state import BATCH_TASK_STATE_CODEC, BatchTaskState
from .types.list_of_int import LIST_OF_INT_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_BATCH_TASK_INFO: Operation[BatchTaskInfo | None] = Operation(
    "GetBatchTaskInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/GetBatchTaskInfo",
    params=(Param("id", "Id", INT),),
    results=(Param("response", "Response", BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Batch/GetBatchTaskInfo",
)

GET_BATCH_TASK_INFOS_BY_ASSOCIATES: Operation[list[BatchTaskInfo | None] | None] = Operation(
    "GetBatchTaskInfosByAssociates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/GetBatchTaskInfosByAssociates",
    params=(Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Batch/GetBatchTaskInfosByAssociates",
)

START_BATCH_JOB: Operation[int | None] = Operation(
    "StartBatchJob",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/StartBatchJob",
    params=(Param("batch_task_info", "BatchTaskInfo", BATCH_TASK_INFO_CODEC, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Batch/StartBatchJob",
)

STOP_BATCH_JOB: Operation[bool | None] = Operation(
    "StopBatchJob",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/StopBatchJob",
    params=(Param("id", "Id", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Batch/StopBatchJob",
)

GET_BATCH_TASK_INFOS_BY_STATE: Operation[list[BatchTaskInfo | None] | None] = Operation(
    "GetBatchTaskInfosByState",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/GetBatchTaskInfosByState",
    params=(Param("state", "State", BATCH_TASK_STATE_CODEC),),
    results=(Param("response", "Response", LIST_OF_BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Batch/GetBatchTaskInfosByState",
)

UPDATE_BATCH_TASK: Operation[BatchTaskInfo | None] = Operation(
    "UpdateBatchTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/UpdateBatchTask",
    params=(Param("batch_task_info", "BatchTaskInfo", BATCH_TASK_INFO_CODEC, nillable=True),),
    results=(Param("response", "Response", BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Batch/UpdateBatchTask",
)

GET_BATCH_TASK_INFOS_BY_NAME_AND_STATE: Operation[list[BatchTaskInfo | None] | None] = Operation(
    "GetBatchTaskInfosByNameAndState",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/GetBatchTaskInfosByNameAndState",
    params=(
        Param("name", "Name", STR, nillable=True),
        Param("state", "State", BATCH_TASK_STATE_CODEC),
    ),
    results=(Param("response", "Response", LIST_OF_BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Batch/GetBatchTaskInfosByNameAndState",
)

GET_BATCH_TASK_INFOS_BY_NAME_AND_ASSOCIATES: Operation[list[BatchTaskInfo | None] | None] = (
    Operation(
        "GetBatchTaskInfosByNameAndAssociates",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/GetBatchTaskInfosByNameAndAssociates",
        params=(
            Param("name", "Name", STR, nillable=True),
            Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),
        ),
        results=(Param("response", "Response", LIST_OF_BATCH_TASK_INFO_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Batch/GetBatchTaskInfosByNameAndAssociates",
    )
)

GET_BATCH_TASK_INFOS_BY_ASSOCIATES_AND_STATE: Operation[list[BatchTaskInfo | None] | None] = (
    Operation(
        "GetBatchTaskInfosByAssociatesAndState",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/GetBatchTaskInfosByAssociatesAndState",
        params=(
            Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),
            Param("state", "State", BATCH_TASK_STATE_CODEC),
        ),
        results=(Param("response", "Response", LIST_OF_BATCH_TASK_INFO_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Batch/GetBatchTaskInfosByAssociatesAndState",
    )
)

DELETE_BATCH_TASKS: Operation[None] = Operation(
    "DeleteBatchTasks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/DeleteBatchTasks",
    params=(Param("batch_task_ids", "BatchTaskIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Batch/DeleteBatchTasks",
)

DELETE_BATCH_TASK: Operation[None] = Operation(
    "DeleteBatchTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/DeleteBatchTask",
    params=(Param("batch_task_id", "BatchTaskId", INT),),
    rest_path="/api/v1/Agents/Batch/DeleteBatchTask",
)

GET_ALL_BATCH_TASK_INFOS_BY_NAME: Operation[list[BatchTaskInfo | None] | None] = Operation(
    "GetAllBatchTaskInfosByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/GetAllBatchTaskInfosByName",
    params=(Param("task_name", "TaskName", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Batch/GetAllBatchTaskInfosByName",
)

GET_ALL_BATCH_TASK_INFOS_BY_NAME_AND_STATE: Operation[list[BatchTaskInfo | None] | None] = (
    Operation(
        "GetAllBatchTaskInfosByNameAndState",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/GetAllBatchTaskInfosByNameAndState",
        params=(
            Param("task_name", "TaskName", STR, nillable=True),
            Param("state", "State", BATCH_TASK_STATE_CODEC),
        ),
        results=(Param("response", "Response", LIST_OF_BATCH_TASK_INFO_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Batch/GetAllBatchTaskInfosByNameAndState",
    )
)

GET_SYSTEM_BATCH_TASK_INFOS_BY_NAME: Operation[list[BatchTaskInfo | None] | None] = Operation(
    "GetSystemBatchTaskInfosByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/GetSystemBatchTaskInfosByName",
    params=(Param("task_name", "TaskName", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Batch/GetSystemBatchTaskInfosByName",
)

GET_SYSTEM_BATCH_TASK_INFOS_BY_NAME_AND_STATE: Operation[list[BatchTaskInfo | None] | None] = (
    Operation(
        "GetSystemBatchTaskInfosByNameAndState",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/GetSystemBatchTaskInfosByNameAndState",
        params=(
            Param("task_name", "TaskName", STR, nillable=True),
            Param("state", "State", BATCH_TASK_STATE_CODEC),
        ),
        results=(Param("response", "Response", LIST_OF_BATCH_TASK_INFO_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Batch/GetSystemBatchTaskInfosByNameAndState",
    )
)

OPERATIONS: dict[str, Operation[Any]] = {
    "GetBatchTaskInfo": GET_BATCH_TASK_INFO,
    "GetBatchTaskInfosByAssociates": GET_BATCH_TASK_INFOS_BY_ASSOCIATES,
    "StartBatchJob": START_BATCH_JOB,
    "StopBatchJob": STOP_BATCH_JOB,
    "GetBatchTaskInfosByState": GET_BATCH_TASK_INFOS_BY_STATE,
    "UpdateBatchTask": UPDATE_BATCH_TASK,
    "GetBatchTaskInfosByNameAndState": GET_BATCH_TASK_INFOS_BY_NAME_AND_STATE,
    "GetBatchTaskInfosByNameAndAssociates": GET_BATCH_TASK_INFOS_BY_NAME_AND_ASSOCIATES,
    "GetBatchTaskInfosByAssociatesAndState": GET_BATCH_TASK_INFOS_BY_ASSOCIATES_AND_STATE,
    "DeleteBatchTasks": DELETE_BATCH_TASKS,
    "DeleteBatchTask": DELETE_BATCH_TASK,
    "GetAllBatchTaskInfosByName": GET_ALL_BATCH_TASK_INFOS_BY_NAME,
    "GetAllBatchTaskInfosByNameAndState": GET_ALL_BATCH_TASK_INFOS_BY_NAME_AND_STATE,
    "GetSystemBatchTaskInfosByName": GET_SYSTEM_BATCH_TASK_INFOS_BY_NAME,
    "GetSystemBatchTaskInfosByNameAndState": GET_SYSTEM_BATCH_TASK_INFOS_BY_NAME_AND_STATE,
}


class BatchMethods(SyncCalls):
    """The Batch operations, called synchronously (SOAP or REST)."""

    def get_batch_task_info(self, *, id: int | Unset = UNSET) -> BatchTaskInfo | None:
        """Get a single BatchTaskInfo based on Id.

        Returns:
            The result.
        """
        return self._call(GET_BATCH_TASK_INFO, (id,))

    def get_batch_task_infos_by_associates(
        self, *, associate_ids: list[int] | None | Unset = UNSET
    ) -> list[BatchTaskInfo | None] | None:
        """Get an array of BatchTaskInfo for the provided associate id's.

        Returns:
            The result.
        """
        return self._call(GET_BATCH_TASK_INFOS_BY_ASSOCIATES, (associate_ids,))

    def start_batch_job(
        self, *, batch_task_info: BatchTaskInfo | None | Unset = UNSET
    ) -> int | None:
        """Start a batch job based on BatchTaskInfo.

        Returns:
            The result.
        """
        return self._call(START_BATCH_JOB, (batch_task_info,))

    def stop_batch_job(self, *, id: int | Unset = UNSET) -> bool | None:
        """Stop a batch job based on Id.

        Returns:
            The result.
        """
        return self._call(STOP_BATCH_JOB, (id,))

    def get_batch_task_infos_by_state(
        self, *, state: BatchTaskState | str | Unset = UNSET
    ) -> list[BatchTaskInfo | None] | None:
        """Gets an array of user BatchTaskInfo with state defined by a BatchTaskState.

        Returns:
            The result.
        """
        return self._call(GET_BATCH_TASK_INFOS_BY_STATE, (state,))

    def update_batch_task(
        self, *, batch_task_info: BatchTaskInfo | None | Unset = UNSET
    ) -> BatchTaskInfo | None:
        """Update information about a BatchTask.

        Returns:
            The result.
        """
        return self._call(UPDATE_BATCH_TASK, (batch_task_info,))

    def get_batch_task_infos_by_name_and_state(
        self, *, name: str | None | Unset = UNSET, state: BatchTaskState | str | Unset = UNSET
    ) -> list[BatchTaskInfo | None] | None:
        """Gets an array of user BatchTaskInfo with state defined by a BatchTaskState and the
        batchtask definition name.

        Returns:
            The result.
        """
        return self._call(GET_BATCH_TASK_INFOS_BY_NAME_AND_STATE, (name, state))

    def get_batch_task_infos_by_name_and_associates(
        self, *, name: str | None | Unset = UNSET, associate_ids: list[int] | None | Unset = UNSET
    ) -> list[BatchTaskInfo | None] | None:
        """Get an array of BatchTaskInfo for the provided associate id's and batch task
        definition name.

        Returns:
            The result.
        """
        return self._call(GET_BATCH_TASK_INFOS_BY_NAME_AND_ASSOCIATES, (name, associate_ids))

    def get_batch_task_infos_by_associates_and_state(
        self,
        *,
        associate_ids: list[int] | None | Unset = UNSET,
        state: BatchTaskState | str | Unset = UNSET,
    ) -> list[BatchTaskInfo | None] | None:
        """Get an array of BatchTaskInfo for the provided associate id's and batch task state.

        Returns:
            The result.
        """
        return self._call(GET_BATCH_TASK_INFOS_BY_ASSOCIATES_AND_STATE, (associate_ids, state))

    def delete_batch_tasks(self, *, batch_task_ids: list[int] | None | Unset = UNSET) -> None:
        """Delete batch tasks from the database."""
        return self._call(DELETE_BATCH_TASKS, (batch_task_ids,))

    def delete_batch_task(self, *, batch_task_id: int | Unset = UNSET) -> None:
        """Delete a batch task from the database."""
        return self._call(DELETE_BATCH_TASK, (batch_task_id,))

    def get_all_batch_task_infos_by_name(
        self, *, task_name: str | None | Unset = UNSET
    ) -> list[BatchTaskInfo | None] | None:
        """Get an array of system and user BatchTaskInfo for the provided task name.

        Returns:
            The result.
        """
        return self._call(GET_ALL_BATCH_TASK_INFOS_BY_NAME, (task_name,))

    def get_all_batch_task_infos_by_name_and_state(
        self, *, task_name: str | None | Unset = UNSET, state: BatchTaskState | str | Unset = UNSET
    ) -> list[BatchTaskInfo | None] | None:
        """Get an array of system and user BatchTaskInfo for the provided task name and state.

        Returns:
            The result.
        """
        return self._call(GET_ALL_BATCH_TASK_INFOS_BY_NAME_AND_STATE, (task_name, state))

    def get_system_batch_task_infos_by_name(
        self, *, task_name: str | None | Unset = UNSET
    ) -> list[BatchTaskInfo | None] | None:
        """Get an array of system BatchTaskInfo for the provided task name.

        Returns:
            The result.
        """
        return self._call(GET_SYSTEM_BATCH_TASK_INFOS_BY_NAME, (task_name,))

    def get_system_batch_task_infos_by_name_and_state(
        self, *, task_name: str | None | Unset = UNSET, state: BatchTaskState | str | Unset = UNSET
    ) -> list[BatchTaskInfo | None] | None:
        """Get an array of system BatchTaskInfo for the provided task name and state.

        Returns:
            The result.
        """
        return self._call(GET_SYSTEM_BATCH_TASK_INFOS_BY_NAME_AND_STATE, (task_name, state))


class AsyncBatchMethods(AsyncCalls):
    """The Batch operations, called asynchronously (SOAP or REST)."""

    async def get_batch_task_info(self, *, id: int | Unset = UNSET) -> BatchTaskInfo | None:
        """Get a single BatchTaskInfo based on Id.

        Returns:
            The result.
        """
        return await self._call(GET_BATCH_TASK_INFO, (id,))

    async def get_batch_task_infos_by_associates(
        self, *, associate_ids: list[int] | None | Unset = UNSET
    ) -> list[BatchTaskInfo | None] | None:
        """Get an array of BatchTaskInfo for the provided associate id's.

        Returns:
            The result.
        """
        return await self._call(GET_BATCH_TASK_INFOS_BY_ASSOCIATES, (associate_ids,))

    async def start_batch_job(
        self, *, batch_task_info: BatchTaskInfo | None | Unset = UNSET
    ) -> int | None:
        """Start a batch job based on BatchTaskInfo.

        Returns:
            The result.
        """
        return await self._call(START_BATCH_JOB, (batch_task_info,))

    async def stop_batch_job(self, *, id: int | Unset = UNSET) -> bool | None:
        """Stop a batch job based on Id.

        Returns:
            The result.
        """
        return await self._call(STOP_BATCH_JOB, (id,))

    async def get_batch_task_infos_by_state(
        self, *, state: BatchTaskState | str | Unset = UNSET
    ) -> list[BatchTaskInfo | None] | None:
        """Gets an array of user BatchTaskInfo with state defined by a BatchTaskState.

        Returns:
            The result.
        """
        return await self._call(GET_BATCH_TASK_INFOS_BY_STATE, (state,))

    async def update_batch_task(
        self, *, batch_task_info: BatchTaskInfo | None | Unset = UNSET
    ) -> BatchTaskInfo | None:
        """Update information about a BatchTask.

        Returns:
            The result.
        """
        return await self._call(UPDATE_BATCH_TASK, (batch_task_info,))

    async def get_batch_task_infos_by_name_and_state(
        self, *, name: str | None | Unset = UNSET, state: BatchTaskState | str | Unset = UNSET
    ) -> list[BatchTaskInfo | None] | None:
        """Gets an array of user BatchTaskInfo with state defined by a BatchTaskState and the
        batchtask definition name.

        Returns:
            The result.
        """
        return await self._call(GET_BATCH_TASK_INFOS_BY_NAME_AND_STATE, (name, state))

    async def get_batch_task_infos_by_name_and_associates(
        self, *, name: str | None | Unset = UNSET, associate_ids: list[int] | None | Unset = UNSET
    ) -> list[BatchTaskInfo | None] | None:
        """Get an array of BatchTaskInfo for the provided associate id's and batch task
        definition name.

        Returns:
            The result.
        """
        return await self._call(GET_BATCH_TASK_INFOS_BY_NAME_AND_ASSOCIATES, (name, associate_ids))

    async def get_batch_task_infos_by_associates_and_state(
        self,
        *,
        associate_ids: list[int] | None | Unset = UNSET,
        state: BatchTaskState | str | Unset = UNSET,
    ) -> list[BatchTaskInfo | None] | None:
        """Get an array of BatchTaskInfo for the provided associate id's and batch task state.

        Returns:
            The result.
        """
        return await self._call(
            GET_BATCH_TASK_INFOS_BY_ASSOCIATES_AND_STATE, (associate_ids, state)
        )

    async def delete_batch_tasks(
        self, *, batch_task_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Delete batch tasks from the database."""
        return await self._call(DELETE_BATCH_TASKS, (batch_task_ids,))

    async def delete_batch_task(self, *, batch_task_id: int | Unset = UNSET) -> None:
        """Delete a batch task from the database."""
        return await self._call(DELETE_BATCH_TASK, (batch_task_id,))

    async def get_all_batch_task_infos_by_name(
        self, *, task_name: str | None | Unset = UNSET
    ) -> list[BatchTaskInfo | None] | None:
        """Get an array of system and user BatchTaskInfo for the provided task name.

        Returns:
            The result.
        """
        return await self._call(GET_ALL_BATCH_TASK_INFOS_BY_NAME, (task_name,))

    async def get_all_batch_task_infos_by_name_and_state(
        self, *, task_name: str | None | Unset = UNSET, state: BatchTaskState | str | Unset = UNSET
    ) -> list[BatchTaskInfo | None] | None:
        """Get an array of system and user BatchTaskInfo for the provided task name and state.

        Returns:
            The result.
        """
        return await self._call(GET_ALL_BATCH_TASK_INFOS_BY_NAME_AND_STATE, (task_name, state))

    async def get_system_batch_task_infos_by_name(
        self, *, task_name: str | None | Unset = UNSET
    ) -> list[BatchTaskInfo | None] | None:
        """Get an array of system BatchTaskInfo for the provided task name.

        Returns:
            The result.
        """
        return await self._call(GET_SYSTEM_BATCH_TASK_INFOS_BY_NAME, (task_name,))

    async def get_system_batch_task_infos_by_name_and_state(
        self, *, task_name: str | None | Unset = UNSET, state: BatchTaskState | str | Unset = UNSET
    ) -> list[BatchTaskInfo | None] | None:
        """Get an array of system BatchTaskInfo for the provided task name and state.

        Returns:
            The result.
        """
        return await self._call(GET_SYSTEM_BATCH_TASK_INFOS_BY_NAME_AND_STATE, (task_name, state))


class BatchAgent(BatchMethods, SoapCaller):
    """Batch over SOAP 1.1 (``Remote/Services88/Batch.svc``), synchronous."""

    _PATH = "Remote/Services88/Batch.svc"
    _HEADERS = HEADERS


class AsyncBatchAgent(AsyncBatchMethods, AsyncSoapCaller):
    """Batch over SOAP 1.1 (``Remote/Services88/Batch.svc``), asynchronous."""

    _PATH = "Remote/Services88/Batch.svc"
    _HEADERS = HEADERS


class BatchRestAgent(BatchMethods, RestCaller):
    """Batch over REST (``/api/v1/Agents/Batch/...``), synchronous."""


class AsyncBatchRestAgent(AsyncBatchMethods, AsyncRestCaller):
    """Batch over REST (``/api/v1/Agents/Batch/...``), asynchronous."""
