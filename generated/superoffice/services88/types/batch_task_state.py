"""Services88 types: BatchTaskState.

Used by the Batch, FreeText, Saint agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class BatchTaskState(enum.Enum):
    """The ``BatchTaskState`` enumeration."""

    UNKNOWN = 0
    NEW = 1
    AQUIRED = 2
    STARTED = 3
    SUCCEEDED = 4
    FAILED = 5
    SUCCEEDED_MANUAL_CLEANUP = 6
    ALL = 99999


_BATCH_TASK_STATE_NAMES: dict[BatchTaskState, str] = {
    BatchTaskState.UNKNOWN: "Unknown",
    BatchTaskState.NEW: "New",
    BatchTaskState.AQUIRED: "Aquired",
    BatchTaskState.STARTED: "Started",
    BatchTaskState.SUCCEEDED: "Succeeded",
    BatchTaskState.FAILED: "Failed",
    BatchTaskState.SUCCEEDED_MANUAL_CLEANUP: "SucceededManualCleanup",
    BatchTaskState.ALL: "All",
}
_BATCH_TASK_STATE_BY_NAME: dict[str, BatchTaskState] = {
    "Unknown": BatchTaskState.UNKNOWN,
    "New": BatchTaskState.NEW,
    "Aquired": BatchTaskState.AQUIRED,
    "Started": BatchTaskState.STARTED,
    "Succeeded": BatchTaskState.SUCCEEDED,
    "Failed": BatchTaskState.FAILED,
    "SucceededManualCleanup": BatchTaskState.SUCCEEDED_MANUAL_CLEANUP,
    "All": BatchTaskState.ALL,
}
_BATCH_TASK_STATE_BY_VALUE: dict[int, BatchTaskState] = {
    member.value: member for member in BatchTaskState
}


def decode_xml_batch_task_state(element: Element) -> BatchTaskState | str:
    return enum_from_text(element.text or "", _BATCH_TASK_STATE_BY_NAME)


def encode_xml_batch_task_state(parent: Element, tag: str, value: BatchTaskState | str) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _BATCH_TASK_STATE_NAMES)


def decode_json_batch_task_state(data: Any, path: str) -> BatchTaskState | str:
    return json_enum(data, path, _BATCH_TASK_STATE_BY_NAME, _BATCH_TASK_STATE_BY_VALUE)


def encode_json_batch_task_state(value: BatchTaskState | str) -> str:
    return enum_to_text(value, _BATCH_TASK_STATE_NAMES)


BATCH_TASK_STATE_CODEC = Codec(
    decode_xml_batch_task_state,
    encode_xml_batch_task_state,
    decode_json_batch_task_state,
    encode_json_batch_task_state,
)
