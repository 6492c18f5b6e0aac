"""Services88 types: WorkflowDefinitionStatus.

Used by the Workflow agent.
"""

from __future__ import annotations

import enum
from typing import Any

from lxml import etree

from ...runtime import Codec, Element, enum_from_text, enum_to_text, json_enum


class WorkflowDefinitionStatus(enum.Enum):
    """The ``WorkflowDefinitionStatus`` enumeration."""

    NONE = 0
    STOPPED = 1
    PAUSED = 2
    RUNNING = 3


_WORKFLOW_DEFINITION_STATUS_NAMES: dict[WorkflowDefinitionStatus, str] = {
    WorkflowDefinitionStatus.NONE: "None",
    WorkflowDefinitionStatus.STOPPED: "Stopped",
    WorkflowDefinitionStatus.PAUSED: "Paused",
    WorkflowDefinitionStatus.RUNNING: "Running",
}
_WORKFLOW_DEFINITION_STATUS_BY_NAME: dict[str, WorkflowDefinitionStatus] = {
    "None": WorkflowDefinitionStatus.NONE,
    "Stopped": WorkflowDefinitionStatus.STOPPED,
    "Paused": WorkflowDefinitionStatus.PAUSED,
    "Running": WorkflowDefinitionStatus.RUNNING,
}
_WORKFLOW_DEFINITION_STATUS_BY_VALUE: dict[int, WorkflowDefinitionStatus] = {
    member.value: member for member in WorkflowDefinitionStatus
}


def decode_xml_workflow_definition_status(element: Element) -> WorkflowDefinitionStatus | str:
    return enum_from_text(element.text or "", _WORKFLOW_DEFINITION_STATUS_BY_NAME)


def encode_xml_workflow_definition_status(
    parent: Element, tag: str, value: WorkflowDefinitionStatus | str
) -> None:
    etree.SubElement(parent, tag).text = enum_to_text(value, _WORKFLOW_DEFINITION_STATUS_NAMES)


def decode_json_workflow_definition_status(data: Any, path: str) -> WorkflowDefinitionStatus | str:
    return json_enum(
        data, path, _WORKFLOW_DEFINITION_STATUS_BY_NAME, _WORKFLOW_DEFINITION_STATUS_BY_VALUE
    )


def encode_json_workflow_definition_status(value: WorkflowDefinitionStatus | str) -> str:
    return enum_to_text(value, _WORKFLOW_DEFINITION_STATUS_NAMES)


WORKFLOW_DEFINITION_STATUS_CODEC = Codec(
    decode_xml_workflow_definition_status,
    encode_xml_workflow_definition_status,
    decode_json_workflow_definition_status,
    encode_json_workflow_definition_status,
)
