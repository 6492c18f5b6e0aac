"""Services88 types: BatchTaskCancellationBehaviour.

Used by the Batch, FreeText, Saint agents.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class BatchTaskCancellationBehaviour(enum.Enum):
    """The ``BatchTaskCancellationBehaviour`` enumeration."""

    CAN_CANCEL = 0
    CANCEL_WITH_WARNING = 1
    CANNOT_CANCEL = 2


_BATCH_TASK_CANCELLATION_BEHAVIOUR_NAMES: dict[BatchTaskCancellationBehaviour, str] = {
    BatchTaskCancellationBehaviour.CAN_CANCEL: "CanCancel",
    BatchTaskCancellationBehaviour.CANCEL_WITH_WARNING: "CancelWithWarning",
    BatchTaskCancellationBehaviour.CANNOT_CANCEL: "CannotCancel",
}
_BATCH_TASK_CANCELLATION_BEHAVIOUR_BY_NAME: dict[str, BatchTaskCancellationBehaviour] = {
    "CanCancel": BatchTaskCancellationBehaviour.CAN_CANCEL,
    "CancelWithWarning": BatchTaskCancellationBehaviour.CANCEL_WITH_WARNING,
    "CannotCancel": BatchTaskCancellationBehaviour.CANNOT_CANCEL,
}
_BATCH_TASK_CANCELLATION_BEHAVIOUR_BY_VALUE: dict[int, BatchTaskCancellationBehaviour] = {
    member.value: member for member in BatchTaskCancellationBehaviour
}


def decode_xml_batch_task_cancellation_behaviour(
    element: Element,
) -> BatchTaskCancellationBehaviour | str:
    return enum_from_text(element.text or "", _BATCH_TASK_CANCELLATION_BEHAVIOUR_BY_NAME)


def encode_xml_batch_task_cancellation_behaviour(
    parent: Element, tag: str, value: BatchTaskCancellationBehaviour | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(
        value, _BATCH_TASK_CANCELLATION_BEHAVIOUR_NAMES
    )


def decode_json_batch_task_cancellation_behaviour(
    data: Any, path: str
) -> BatchTaskCancellationBehaviour | str:
    return json_enum(
        data,
        path,
        _BATCH_TASK_CANCELLATION_BEHAVIOUR_BY_NAME,
        _BATCH_TASK_CANCELLATION_BEHAVIOUR_BY_VALUE,
    )


def encode_json_batch_task_cancellation_behaviour(
    value: BatchTaskCancellationBehaviour | str,
) -> str:
    return enum_to_text(value, _BATCH_TASK_CANCELLATION_BEHAVIOUR_NAMES)


BATCH_TASK_CANCELLATION_BEHAVIOUR_CODEC = Codec(
    decode_xml_batch_task_cancellation_behaviour,
    encode_xml_batch_task_cancellation_behaviour,
    decode_json_batch_task_cancellation_behaviour,
    encode_json_batch_task_cancellation_behaviour,
)
