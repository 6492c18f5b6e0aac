"""Services88 types: ArrayOfWorkflowStepBase, WorkflowStepBase.

Used by the Workflow agent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    NIL,
    UNSET,
    XSI_NIL,
    Codec,
    Element,
    Record,
    Unset,
    blank,
    json_extra,
    json_items_nillable,
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
from .workflow_step_type import (
    WorkflowStepType,
    decode_json_workflow_step_type,
    decode_xml_workflow_step_type,
    encode_json_workflow_step_type,
    encode_xml_workflow_step_type,
)

_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_STEP_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StepType"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_BASE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepBase"
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowStepBase(Record):
    """Workflow step carrier.

    Carrier object for WorkflowStepBase. Services for the WorkflowStepBase Carrier is available
    from the Workflow Agent.
    """

    workflow_step_id: int | Unset = UNSET
    """Primary key"""
    workflow_id: int | Unset = UNSET
    """The workflow to connect to"""
    step_type: WorkflowStepType | str | Unset = UNSET
    """Step type"""
    rank: int | Unset = UNSET
    """Step order"""

    def to_xml(self) -> Element:
        return encode_xml_workflow_step_base(None, _WORKFLOW_STEP_BASE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowStepBase:
        return record_from_xml(decode_xml_workflow_step_base, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_step_base(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowStepBase:
        return record_from_json(decode_json_workflow_step_base, data)


_WORKFLOW_STEP_BASE_KEYS = frozenset(
    (
        "WorkflowStepId",
        "WorkflowId",
        "StepType",
        "Rank",
    )
)


def decode_xml_workflow_step_base(element: Element) -> WorkflowStepBase:
    value = WorkflowStepBase()
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
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_step_base(
    parent: Element | None, tag: str, value: WorkflowStepBase
) -> Element:
    element = new_child(parent, tag)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _STEP_TYPE, value.step_type, encode_xml_workflow_step_type)
    put(element, _RANK, value.rank, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_step_base(data: Any, path: str) -> WorkflowStepBase:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowStepBase)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.step_type = take(data, "StepType", path, decode_json_workflow_step_type)
    value.rank = take_int(data, "Rank", path)
    value.extra = (
        None
        if _WORKFLOW_STEP_BASE_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_STEP_BASE_KEYS)
    )
    return value


def encode_json_workflow_step_base(value: WorkflowStepBase) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "StepType", value.step_type, encode_json_workflow_step_type)
    put_json(result, "Rank", value.rank, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_STEP_BASE_CODEC = Codec(
    decode_xml_workflow_step_base,
    encode_xml_workflow_step_base,
    decode_json_workflow_step_base,
    encode_json_workflow_step_base,
)


def decode_xml_list_of_workflow_step_base(element: Element) -> list[WorkflowStepBase | None]:
    """``ArrayOfWorkflowStepBase``: a list of ``WorkflowStepBase`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_workflow_step_base(child))
        for child in element
        if child.tag == _WORKFLOW_STEP_BASE
    ]


def encode_xml_list_of_workflow_step_base(
    parent: Element | None, tag: str, value: list[WorkflowStepBase | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _WORKFLOW_STEP_BASE, item, encode_xml_workflow_step_base)
    return element


def decode_json_list_of_workflow_step_base(data: Any, path: str) -> list[WorkflowStepBase | None]:
    return json_items_nillable(data, path, decode_json_workflow_step_base)


def encode_json_list_of_workflow_step_base(value: list[WorkflowStepBase | None]) -> list[Any]:
    return [(None if item is None else encode_json_workflow_step_base(item)) for item in value]


LIST_OF_WORKFLOW_STEP_BASE_CODEC = Codec(
    decode_xml_list_of_workflow_step_base,
    encode_xml_list_of_workflow_step_base,
    decode_json_list_of_workflow_step_base,
    encode_json_list_of_workflow_step_base,
)
