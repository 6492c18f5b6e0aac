"""Services88 types: WorkflowStepWaitForAction.

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
    Unset,
    blank,
    json_extra,
    json_object,
    json_write_bool,
    json_write_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    write_bool,
    write_int,
)
from .workflow_step_base import WorkflowStepBase
from .workflow_step_type import (
    decode_json_workflow_step_type,
    decode_xml_workflow_step_type,
    encode_json_workflow_step_type,
    encode_xml_workflow_step_type,
)
from .workflow_time_wait_interval_type import (
    WorkflowTimeWaitIntervalType,
    decode_json_workflow_time_wait_interval_type,
    decode_xml_workflow_time_wait_interval_type,
    encode_json_workflow_time_wait_interval_type,
    encode_xml_workflow_time_wait_interval_type,
)
from .workflow_wait_for_action import (
    WorkflowWaitForAction,
    decode_json_list_of_workflow_wait_for_action,
    decode_xml_list_of_workflow_wait_for_action,
    encode_json_list_of_workflow_wait_for_action,
    encode_xml_list_of_workflow_wait_for_action,
)

_ACTIONS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Actions"
_ACTION_TIMEOUT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActionTimeout"
_EXIT_FLOW = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExitFlow"
_EXIT_TO_FLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExitToFlowId"
_EXIT_TO_SELECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExitToSelectionId"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_STEP_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StepType"
_TIMEOUT_INTERVAL_TYPE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeoutIntervalType"
)
_WAIT_FOR_TIMEOUT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WaitForTimeout"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"
_WORKFLOW_STEP_WAIT_FOR_ACTION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepWaitForAction"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowStepWaitForAction(WorkflowStepBase):
    """The ``WorkflowStepWaitForAction`` record."""

    exit_flow: bool | Unset = UNSET
    exit_to_flow_id: int | Unset = UNSET
    exit_to_selection_id: int | Unset = UNSET
    action_timeout: int | Unset = UNSET
    wait_for_timeout: bool | Unset = UNSET
    timeout_interval_type: WorkflowTimeWaitIntervalType | str | Unset = UNSET
    actions: list[WorkflowWaitForAction | None] | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_workflow_step_wait_for_action(None, _WORKFLOW_STEP_WAIT_FOR_ACTION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowStepWaitForAction:
        return record_from_xml(decode_xml_workflow_step_wait_for_action, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_step_wait_for_action(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowStepWaitForAction:
        return record_from_json(decode_json_workflow_step_wait_for_action, data)


_WORKFLOW_STEP_WAIT_FOR_ACTION_KEYS = frozenset(
    (
        "WorkflowStepId",
        "WorkflowId",
        "StepType",
        "Rank",
        "ExitFlow",
        "ExitToFlowId",
        "ExitToSelectionId",
        "ActionTimeout",
        "WaitForTimeout",
        "TimeoutIntervalType",
        "Actions",
    )
)


def decode_xml_workflow_step_wait_for_action(element: Element) -> WorkflowStepWaitForAction:
    value = WorkflowStepWaitForAction()
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
        elif tag == _EXIT_FLOW:
            value.exit_flow = read_bool(child)
        elif tag == _EXIT_TO_FLOW_ID:
            value.exit_to_flow_id = read_int(child)
        elif tag == _EXIT_TO_SELECTION_ID:
            value.exit_to_selection_id = read_int(child)
        elif tag == _ACTION_TIMEOUT:
            value.action_timeout = read_int(child)
        elif tag == _WAIT_FOR_TIMEOUT:
            value.wait_for_timeout = read_bool(child)
        elif tag == _TIMEOUT_INTERVAL_TYPE:
            value.timeout_interval_type = decode_xml_workflow_time_wait_interval_type(child)
        elif tag == _ACTIONS:
            value.actions = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_workflow_wait_for_action(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_step_wait_for_action(
    parent: Element | None, tag: str, value: WorkflowStepWaitForAction
) -> Element:
    element = new_child(parent, tag)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _STEP_TYPE, value.step_type, encode_xml_workflow_step_type)
    put(element, _RANK, value.rank, write_int)
    put(element, _EXIT_FLOW, value.exit_flow, write_bool)
    put(element, _EXIT_TO_FLOW_ID, value.exit_to_flow_id, write_int)
    put(element, _EXIT_TO_SELECTION_ID, value.exit_to_selection_id, write_int)
    put(element, _ACTION_TIMEOUT, value.action_timeout, write_int)
    put(element, _WAIT_FOR_TIMEOUT, value.wait_for_timeout, write_bool)
    put(
        element,
        _TIMEOUT_INTERVAL_TYPE,
        value.timeout_interval_type,
        encode_xml_workflow_time_wait_interval_type,
    )
    put(element, _ACTIONS, value.actions, encode_xml_list_of_workflow_wait_for_action)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_step_wait_for_action(data: Any, path: str) -> WorkflowStepWaitForAction:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowStepWaitForAction)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.step_type = take(data, "StepType", path, decode_json_workflow_step_type)
    value.rank = take_int(data, "Rank", path)
    value.exit_flow = take_bool(data, "ExitFlow", path)
    value.exit_to_flow_id = take_int(data, "ExitToFlowId", path)
    value.exit_to_selection_id = take_int(data, "ExitToSelectionId", path)
    value.action_timeout = take_int(data, "ActionTimeout", path)
    value.wait_for_timeout = take_bool(data, "WaitForTimeout", path)
    value.timeout_interval_type = take(
        data, "TimeoutIntervalType", path, decode_json_workflow_time_wait_interval_type
    )
    value.actions = take_nillable(
        data, "Actions", path, decode_json_list_of_workflow_wait_for_action
    )
    value.extra = (
        None
        if _WORKFLOW_STEP_WAIT_FOR_ACTION_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_STEP_WAIT_FOR_ACTION_KEYS)
    )
    return value


def encode_json_workflow_step_wait_for_action(value: WorkflowStepWaitForAction) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "StepType", value.step_type, encode_json_workflow_step_type)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "ExitFlow", value.exit_flow, json_write_bool)
    put_json(result, "ExitToFlowId", value.exit_to_flow_id, json_write_int)
    put_json(result, "ExitToSelectionId", value.exit_to_selection_id, json_write_int)
    put_json(result, "ActionTimeout", value.action_timeout, json_write_int)
    put_json(result, "WaitForTimeout", value.wait_for_timeout, json_write_bool)
    put_json(
        result,
        "TimeoutIntervalType",
        value.timeout_interval_type,
        encode_json_workflow_time_wait_interval_type,
    )
    put_json(result, "Actions", value.actions, encode_json_list_of_workflow_wait_for_action)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_STEP_WAIT_FOR_ACTION_CODEC = Codec(
    decode_xml_workflow_step_wait_for_action,
    encode_xml_workflow_step_wait_for_action,
    decode_json_workflow_step_wait_for_action,
    encode_json_workflow_step_wait_for_action,
)
