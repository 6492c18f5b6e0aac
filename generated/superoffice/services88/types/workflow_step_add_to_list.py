"""Services88 types: WorkflowStepAddToList.

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

_PROJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Project"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_SELECTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Selection"
_STEP_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StepType"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_ADD_TO_LIST = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepAddToList"
)
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowStepAddToList(WorkflowStepBase):
    """The ``WorkflowStepAddToList`` record."""

    selection: int | Unset = UNSET
    project: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_workflow_step_add_to_list(None, _WORKFLOW_STEP_ADD_TO_LIST, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowStepAddToList:
        return record_from_xml(decode_xml_workflow_step_add_to_list, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_step_add_to_list(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowStepAddToList:
        return record_from_json(decode_json_workflow_step_add_to_list, data)


_WORKFLOW_STEP_ADD_TO_LIST_KEYS = frozenset(
    (
        "WorkflowStepId",
        "WorkflowId",
        "StepType",
        "Rank",
        "Selection",
        "Project",
    )
)


def decode_xml_workflow_step_add_to_list(element: Element) -> WorkflowStepAddToList:
    value = WorkflowStepAddToList()
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
        elif tag == _SELECTION:
            value.selection = read_int(child)
        elif tag == _PROJECT:
            value.project = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_step_add_to_list(
    parent: Element | None, tag: str, value: WorkflowStepAddToList
) -> Element:
    element = new_child(parent, tag)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _STEP_TYPE, value.step_type, encode_xml_workflow_step_type)
    put(element, _RANK, value.rank, write_int)
    put(element, _SELECTION, value.selection, write_int)
    put(element, _PROJECT, value.project, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_step_add_to_list(data: Any, path: str) -> WorkflowStepAddToList:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowStepAddToList)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.step_type = take(data, "StepType", path, decode_json_workflow_step_type)
    value.rank = take_int(data, "Rank", path)
    value.selection = take_int(data, "Selection", path)
    value.project = take_int(data, "Project", path)
    value.extra = (
        None
        if _WORKFLOW_STEP_ADD_TO_LIST_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_STEP_ADD_TO_LIST_KEYS)
    )
    return value


def encode_json_workflow_step_add_to_list(value: WorkflowStepAddToList) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "StepType", value.step_type, encode_json_workflow_step_type)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "Selection", value.selection, json_write_int)
    put_json(result, "Project", value.project, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_STEP_ADD_TO_LIST_CODEC = Codec(
    decode_xml_workflow_step_add_to_list,
    encode_xml_workflow_step_add_to_list,
    decode_json_workflow_step_add_to_list,
    encode_json_workflow_step_add_to_list,
)
