"""Services88 Batch agent (``Remote/Services88/Batch.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param, STR
from .types.batch_task_info import BATCH_TASK_INFO_CODEC, LIST_OF_BATCH_TASK_INFO_CODEC
from .types.batch_task_state import BATCH_TASK_STATE_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_BATCH_TASK_INFO = Operation(
    "GetBatchTaskInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/GetBatchTaskInfo",
    params=(Param("id", "Id", INT),),
    results=(Param("response", "Response", BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Batch/GetBatchTaskInfo",
)
"""Get a single BatchTaskInfo based on Id."""

GET_BATCH_TASK_INFOS_BY_ASSOCIATES = Operation(
    "GetBatchTaskInfosByAssociates",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/GetBatchTaskInfosByAssociates",
    params=(Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Batch/GetBatchTaskInfosByAssociates",
)
"""Get an array of BatchTaskInfo for the provided associate id's."""

START_BATCH_JOB = Operation(
    "StartBatchJob",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/StartBatchJob",
    params=(Param("batch_task_info", "BatchTaskInfo", BATCH_TASK_INFO_CODEC, nillable=True),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Batch/StartBatchJob",
)
"""Start a batch job based on BatchTaskInfo."""

STOP_BATCH_JOB = Operation(
    "StopBatchJob",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/StopBatchJob",
    params=(Param("id", "Id", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Batch/StopBatchJob",
)
"""Stop a batch job based on Id."""

GET_BATCH_TASK_INFOS_BY_STATE = Operation(
    "GetBatchTaskInfosByState",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/GetBatchTaskInfosByState",
    params=(Param("state", "State", BATCH_TASK_STATE_CODEC),),
    results=(Param("response", "Response", LIST_OF_BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Batch/GetBatchTaskInfosByState",
)
"""Gets an array of user BatchTaskInfo with state defined by a BatchTaskState."""

UPDATE_BATCH_TASK = Operation(
    "UpdateBatchTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/UpdateBatchTask",
    params=(Param("batch_task_info", "BatchTaskInfo", BATCH_TASK_INFO_CODEC, nillable=True),),
    results=(Param("response", "Response", BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Batch/UpdateBatchTask",
)
"""Update information about a BatchTask."""

GET_BATCH_TASK_INFOS_BY_NAME_AND_STATE = Operation(
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
"""Gets an array of user BatchTaskInfo with state defined by a BatchTaskState and the batchtask
definition name."""

GET_BATCH_TASK_INFOS_BY_NAME_AND_ASSOCIATES = Operation(
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
"""Get an array of BatchTaskInfo for the provided associate id's and batch task definition
name."""

GET_BATCH_TASK_INFOS_BY_ASSOCIATES_AND_STATE = Operation(
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
"""Get an array of BatchTaskInfo for the provided associate id's and batch task state."""

DELETE_BATCH_TASKS = Operation(
    "DeleteBatchTasks",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/DeleteBatchTasks",
    params=(Param("batch_task_ids", "BatchTaskIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Batch/DeleteBatchTasks",
)
"""Delete batch tasks from the database."""

DELETE_BATCH_TASK = Operation(
    "DeleteBatchTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/DeleteBatchTask",
    params=(Param("batch_task_id", "BatchTaskId", INT),),
    rest_path="/api/v1/Agents/Batch/DeleteBatchTask",
)
"""Delete a batch task from the database."""

GET_ALL_BATCH_TASK_INFOS_BY_NAME = Operation(
    "GetAllBatchTaskInfosByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/GetAllBatchTaskInfosByName",
    params=(Param("task_name", "TaskName", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Batch/GetAllBatchTaskInfosByName",
)
"""Get an array of system and user BatchTaskInfo for the provided task name."""

GET_ALL_BATCH_TASK_INFOS_BY_NAME_AND_STATE = Operation(
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
"""Get an array of system and user BatchTaskInfo for the provided task name and state."""

GET_SYSTEM_BATCH_TASK_INFOS_BY_NAME = Operation(
    "GetSystemBatchTaskInfosByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Batch/GetSystemBatchTaskInfosByName",
    params=(Param("task_name", "TaskName", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_BATCH_TASK_INFO_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Batch/GetSystemBatchTaskInfosByName",
)
"""Get an array of system BatchTaskInfo for the provided task name."""

GET_SYSTEM_BATCH_TASK_INFOS_BY_NAME_AND_STATE = Operation(
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
"""Get an array of system BatchTaskInfo for the provided task name and state."""

OPERATIONS: dict[str, Operation] = {
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
