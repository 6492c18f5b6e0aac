"""Services88 types: WorkflowStepRunScript.

Used by the Workflow agent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    UNSET,
    Codec,
    Element,
    Unset,
    blank,
    json_extra,
    json_object,
    json_write_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    write_int,
)
from .workflow_step_base import WorkflowStepBase
from .workflow_step_type import (
    decode_json_workflow_step_type,
    decode_xml_workflow_step_type,
    encode_json_workflow_step_type,
    encode_xml_workflow_step_type,
)

_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_SCRIPT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ScriptId"
_STEP_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StepType"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"
_WORKFLOW_STEP_RUN_SCRIPT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepRunScript"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowStepRunScript(WorkflowStepBase):
    """The ``WorkflowStepRunScript`` record."""

    script_id: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_workflow_step_run_script(None, _WORKFLOW_STEP_RUN_SCRIPT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowStepRunScript:
        return record_from_xml(decode_xml_workflow_step_run_script, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_step_run_script(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowStepRunScript:
        return record_from_json(decode_json_workflow_step_run_script, data)


_WORKFLOW_STEP_RUN_SCRIPT_KEYS = frozenset(
    (
        "WorkflowStepId",
        "WorkflowId",
        "StepType",
        "Rank",
        "ScriptId",
    )
)


def decode_xml_workflow_step_run_script(element: Element) -> WorkflowStepRunScript:
    value = WorkflowStepRunScript()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _WORKFLOW_STEP_ID:
            value.workflow_step_id = read_int(child)
        elif tag == _WORKFLOW_ID:
            value.workflow_id = read_int(child)
        elif tag == _STEP_TYPE:
            value.step_type = decode_xml_workflow_step_type(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _SCRIPT_ID:
            value.script_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_step_run_script(
    parent: Element | None, tag: str, value: WorkflowStepRunScript
) -> Element:
    element = new_child(parent, tag)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _STEP_TYPE, value.step_type, encode_xml_workflow_step_type)
    put(element, _RANK, value.rank, write_int)
    put(element, _SCRIPT_ID, value.script_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_step_run_script(data: Any, path: str) -> WorkflowStepRunScript:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowStepRunScript)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.step_type = take(data, "StepType", path, decode_json_workflow_step_type)
    value.rank = take_int(data, "Rank", path)
    value.script_id = take_int(data, "ScriptId", path)
    value.extra = (
        None
        if _WORKFLOW_STEP_RUN_SCRIPT_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_STEP_RUN_SCRIPT_KEYS)
    )
    return value


def encode_json_workflow_step_run_script(value: WorkflowStepRunScript) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "StepType", value.step_type, encode_json_workflow_step_type)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "ScriptId", value.script_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_STEP_RUN_SCRIPT_CODEC = Codec(
    decode_xml_workflow_step_run_script,
    encode_xml_workflow_step_run_script,
    decode_json_workflow_step_run_script,
    encode_json_workflow_step_run_script,
)
