"""Services88 types: WorkflowTimeWaitAlgorithm.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WorkflowTimeWaitAlgorithm(enum.Enum):
    """The ``WorkflowTimeWaitAlgorithm`` enumeration."""

    NONE = 0
    NUM_INTERVALS = 1
    UNTIL_SPECIFIED = 2
    UNTIL_DATE_FIELD = 3


_WORKFLOW_TIME_WAIT_ALGORITHM_NAMES: dict[WorkflowTimeWaitAlgorithm, str] = {
    WorkflowTimeWaitAlgorithm.NONE: "None",
    WorkflowTimeWaitAlgorithm.NUM_INTERVALS: "NumIntervals",
    WorkflowTimeWaitAlgorithm.UNTIL_SPECIFIED: "UntilSpecified",
    WorkflowTimeWaitAlgorithm.UNTIL_DATE_FIELD: "UntilDateField",
}
_WORKFLOW_TIME_WAIT_ALGORITHM_BY_NAME: dict[str, WorkflowTimeWaitAlgorithm] = {
    "None": WorkflowTimeWaitAlgorithm.NONE,
    "NumIntervals": WorkflowTimeWaitAlgorithm.NUM_INTERVALS,
    "UntilSpecified": WorkflowTimeWaitAlgorithm.UNTIL_SPECIFIED,
    "UntilDateField": WorkflowTimeWaitAlgorithm.UNTIL_DATE_FIELD,
}
_WORKFLOW_TIME_WAIT_ALGORITHM_BY_VALUE: dict[int, WorkflowTimeWaitAlgorithm] = {
    member.value: member for member in WorkflowTimeWaitAlgorithm
}


def decode_xml_workflow_time_wait_algorithm(element: Element) -> WorkflowTimeWaitAlgorithm | str:
    return enum_from_text(element.text or "", _WORKFLOW_TIME_WAIT_ALGORITHM_BY_NAME)


def encode_xml_workflow_time_wait_algorithm(
    parent: Element, tag: str, value: WorkflowTimeWaitAlgorithm | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _WORKFLOW_TIME_WAIT_ALGORITHM_NAMES)


def decode_json_workflow_time_wait_algorithm(
    data: Any, path: str
) -> WorkflowTimeWaitAlgorithm | str:
    return json_enum(
        data, path, _WORKFLOW_TIME_WAIT_ALGORITHM_BY_NAME, _WORKFLOW_TIME_WAIT_ALGORITHM_BY_VALUE
    )


def encode_json_workflow_time_wait_algorithm(value: WorkflowTimeWaitAlgorithm | str) -> str:
    return enum_to_text(value, _WORKFLOW_TIME_WAIT_ALGORITHM_NAMES)


WORKFLOW_TIME_WAIT_ALGORITHM_CODEC = Codec(
    decode_xml_workflow_time_wait_algorithm,
    encode_xml_workflow_time_wait_algorithm,
    decode_json_workflow_time_wait_algorithm,
    encode_json_workflow_time_wait_algorithm,
)
