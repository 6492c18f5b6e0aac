"""Services88 types: ArrayOfWorkflowStepOptionBase, WorkflowStepOptionBase.

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
    empty_or_nil,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_int,
    json_write_str,
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
    take_nillable,
    take_str_nillable,
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
from .workflow_step_base import (
    WorkflowStepBase,
    decode_json_list_of_workflow_step_base,
    decode_xml_list_of_workflow_step_base,
    encode_json_list_of_workflow_step_base,
    encode_xml_list_of_workflow_step_base,
)

_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_OPTION_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OptionType"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_STEPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Steps"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"
_WORKFLOW_STEP_OPTION_BASE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepOptionBase"
)
_WORKFLOW_STEP_OPTION_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepOptionId"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowStepOptionBase(Record):
    """Workflow step split option carrier base carrier class.

    Carrier object for WorkflowStepOptionBase. Services for the WorkflowStepOptionBase Carrier
    is available from the Workflow Agent.
    """

    option_type: WorkflowSplitOptionType | str | Unset = UNSET
    """Type of option"""
    workflow_step_option_id: int | Unset = UNSET
    """Primary key"""
    workflow_step_id: int | Unset = UNSET
    """The workflow step this instance belongs to"""
    workflow_id: int | Unset = UNSET
    """Workflow id"""
    name: str | None | Unset = UNSET
    """The name of this option"""
    rank: int | Unset = UNSET
    """Step order"""
    steps: list[WorkflowStepBase | None] | None | Unset = UNSET
    """The steps to execute if this option/path is selected"""

    def to_xml(self) -> Element:
        return encode_xml_workflow_step_option_base(None, _WORKFLOW_STEP_OPTION_BASE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowStepOptionBase:
        return record_from_xml(decode_xml_workflow_step_option_base, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_step_option_base(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowStepOptionBase:
        return record_from_json(decode_json_workflow_step_option_base, data)


_WORKFLOW_STEP_OPTION_BASE_KEYS = frozenset(
    (
        "OptionType",
        "WorkflowStepOptionId",
        "WorkflowStepId",
        "WorkflowId",
        "Name",
        "Rank",
        "Steps",
    )
)


def decode_xml_workflow_step_option_base(element: Element) -> WorkflowStepOptionBase:
    value = WorkflowStepOptionBase()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _OPTION_TYPE:
            value.option_type = decode_xml_workflow_split_option_type(child)
        elif tag == _WORKFLOW_STEP_OPTION_ID:
            value.workflow_step_option_id = read_int(child)
        elif tag == _WORKFLOW_STEP_ID:
            value.workflow_step_id = read_int(child)
        elif tag == _WORKFLOW_ID:
            value.workflow_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _STEPS:
            value.steps = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_workflow_step_base(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_step_option_base(
    parent: Element | None, tag: str, value: WorkflowStepOptionBase
) -> Element:
    element = new_child(parent, tag)
    put(element, _OPTION_TYPE, value.option_type, encode_xml_workflow_split_option_type)
    put(element, _WORKFLOW_STEP_OPTION_ID, value.workflow_step_option_id, write_int)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _RANK, value.rank, write_int)
    put(element, _STEPS, value.steps, encode_xml_list_of_workflow_step_base)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_step_option_base(data: Any, path: str) -> WorkflowStepOptionBase:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowStepOptionBase)
    value.option_type = take(data, "OptionType", path, decode_json_workflow_split_option_type)
    value.workflow_step_option_id = take_int(data, "WorkflowStepOptionId", path)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.rank = take_int(data, "Rank", path)
    value.steps = take_nillable(data, "Steps", path, decode_json_list_of_workflow_step_base)
    value.extra = (
        None
        if _WORKFLOW_STEP_OPTION_BASE_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_STEP_OPTION_BASE_KEYS)
    )
    return value


def encode_json_workflow_step_option_base(value: WorkflowStepOptionBase) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "OptionType", value.option_type, encode_json_workflow_split_option_type)
    put_json(result, "WorkflowStepOptionId", value.workflow_step_option_id, json_write_int)
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "Steps", value.steps, encode_json_list_of_workflow_step_base)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_STEP_OPTION_BASE_CODEC = Codec(
    decode_xml_workflow_step_option_base,
    encode_xml_workflow_step_option_base,
    decode_json_workflow_step_option_base,
    encode_json_workflow_step_option_base,
)


def decode_xml_list_of_workflow_step_option_base(
    element: Element,
) -> list[WorkflowStepOptionBase | None]:
    """``ArrayOfWorkflowStepOptionBase``: a list of ``WorkflowStepOptionBase`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_workflow_step_option_base(child))
        for child in element
        if child.tag == _WORKFLOW_STEP_OPTION_BASE
    ]


def encode_xml_list_of_workflow_step_option_base(
    parent: Element | None, tag: str, value: list[WorkflowStepOptionBase | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _WORKFLOW_STEP_OPTION_BASE, item, encode_xml_workflow_step_option_base)
    return element


def decode_json_list_of_workflow_step_option_base(
    data: Any, path: str
) -> list[WorkflowStepOptionBase | None]:
    return json_items_nillable(data, path, decode_json_workflow_step_option_base)


def encode_json_list_of_workflow_step_option_base(
    value: list[WorkflowStepOptionBase | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_workflow_step_option_base(item)) for item in value
    ]


LIST_OF_WORKFLOW_STEP_OPTION_BASE_CODEC = Codec(
    decode_xml_list_of_workflow_step_option_base,
    encode_xml_list_of_workflow_step_option_base,
    decode_json_list_of_workflow_step_option_base,
    encode_json_list_of_workflow_step_option_base,
)
