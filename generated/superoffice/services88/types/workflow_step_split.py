"""Services88 types: WorkflowStepSplit.

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
    empty_or_nil,
    json_extra,
    json_object,
    json_write_bool,
    json_write_int,
    json_write_str,
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
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
)
from .workflow_split_option_type import (
    WorkflowSplitOptionType,
    decode_json_workflow_split_option_type,
    decode_xml_workflow_split_option_type,
    encode_json_workflow_split_option_type,
    encode_xml_workflow_split_option_type,
)
from .workflow_step_base import WorkflowStepBase
from .workflow_step_option_base import (
    WorkflowStepOptionBase,
    decode_json_list_of_workflow_step_option_base,
    decode_xml_list_of_workflow_step_option_base,
    encode_json_list_of_workflow_step_option_base,
    encode_xml_list_of_workflow_step_option_base,
)
from .workflow_step_type import (
    decode_json_workflow_step_type,
    decode_xml_workflow_step_type,
    encode_json_workflow_step_type,
    encode_xml_workflow_step_type,
)

_EXIT_FLOW = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExitFlow"
_EXIT_TO_FLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExitToFlowId"
_EXIT_TO_SELECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExitToSelectionId"
_OPTIONS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Options"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_SHIPMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShipmentId"
_SPLIT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SplitName"
_SPLIT_OPTION_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SplitOptionType"
_STEP_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StepType"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"
_WORKFLOW_STEP_SPLIT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepSplit"


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowStepSplit(WorkflowStepBase):
    """The ``WorkflowStepSplit`` record."""

    split_name: str | None | Unset = UNSET
    split_option_type: WorkflowSplitOptionType | str | Unset = UNSET
    shipment_id: int | Unset = UNSET
    options: list[WorkflowStepOptionBase | None] | None | Unset = UNSET
    exit_flow: bool | Unset = UNSET
    exit_to_flow_id: int | Unset = UNSET
    exit_to_selection_id: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_workflow_step_split(None, _WORKFLOW_STEP_SPLIT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowStepSplit:
        return record_from_xml(decode_xml_workflow_step_split, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_step_split(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowStepSplit:
        return record_from_json(decode_json_workflow_step_split, data)


_WORKFLOW_STEP_SPLIT_KEYS = frozenset(
    (
        "WorkflowStepId",
        "WorkflowId",
        "StepType",
        "Rank",
        "SplitName",
        "SplitOptionType",
        "ShipmentId",
        "Options",
        "ExitFlow",
        "ExitToFlowId",
        "ExitToSelectionId",
    )
)


def decode_xml_workflow_step_split(element: Element) -> WorkflowStepSplit:
    value = WorkflowStepSplit()
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
        elif tag == _SPLIT_NAME:
            value.split_name = child.text or empty_or_nil(child)
        elif tag == _SPLIT_OPTION_TYPE:
            value.split_option_type = decode_xml_workflow_split_option_type(child)
        elif tag == _SHIPMENT_ID:
            value.shipment_id = read_int(child)
        elif tag == _OPTIONS:
            value.options = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_workflow_step_option_base(child)
            )
        elif tag == _EXIT_FLOW:
            value.exit_flow = read_bool(child)
        elif tag == _EXIT_TO_FLOW_ID:
            value.exit_to_flow_id = read_int(child)
        elif tag == _EXIT_TO_SELECTION_ID:
            value.exit_to_selection_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_step_split(
    parent: Element | None, tag: str, value: WorkflowStepSplit
) -> Element:
    element = new_child(parent, tag)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _STEP_TYPE, value.step_type, encode_xml_workflow_step_type)
    put(element, _RANK, value.rank, write_int)
    put(element, _SPLIT_NAME, value.split_name, write_str)
    put(
        element, _SPLIT_OPTION_TYPE, value.split_option_type, encode_xml_workflow_split_option_type
    )
    put(element, _SHIPMENT_ID, value.shipment_id, write_int)
    put(element, _OPTIONS, value.options, encode_xml_list_of_workflow_step_option_base)
    put(element, _EXIT_FLOW, value.exit_flow, write_bool)
    put(element, _EXIT_TO_FLOW_ID, value.exit_to_flow_id, write_int)
    put(element, _EXIT_TO_SELECTION_ID, value.exit_to_selection_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_step_split(data: Any, path: str) -> WorkflowStepSplit:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowStepSplit)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.step_type = take(data, "StepType", path, decode_json_workflow_step_type)
    value.rank = take_int(data, "Rank", path)
    value.split_name = take_str_nillable(data, "SplitName", path)
    value.split_option_type = take(
        data, "SplitOptionType", path, decode_json_workflow_split_option_type
    )
    value.shipment_id = take_int(data, "ShipmentId", path)
    value.options = take_nillable(
        data, "Options", path, decode_json_list_of_workflow_step_option_base
    )
    value.exit_flow = take_bool(data, "ExitFlow", path)
    value.exit_to_flow_id = take_int(data, "ExitToFlowId", path)
    value.exit_to_selection_id = take_int(data, "ExitToSelectionId", path)
    value.extra = (
        None
        if _WORKFLOW_STEP_SPLIT_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_STEP_SPLIT_KEYS)
    )
    return value


def encode_json_workflow_step_split(value: WorkflowStepSplit) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "StepType", value.step_type, encode_json_workflow_step_type)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "SplitName", value.split_name, json_write_str)
    put_json(
        result, "SplitOptionType", value.split_option_type, encode_json_workflow_split_option_type
    )
    put_json(result, "ShipmentId", value.shipment_id, json_write_int)
    put_json(result, "Options", value.options, encode_json_list_of_workflow_step_option_base)
    put_json(result, "ExitFlow", value.exit_flow, json_write_bool)
    put_json(result, "ExitToFlowId", value.exit_to_flow_id, json_write_int)
    put_json(result, "ExitToSelectionId", value.exit_to_selection_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_STEP_SPLIT_CODEC = Codec(
    decode_xml_workflow_step_split,
    encode_xml_workflow_step_split,
    decode_json_workflow_step_split,
    encode_json_workflow_step_split,
)
