"""Services88 types: WorkflowStepCreateSale.

Used by the Workflow agent.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

from ...runtime import (
    UNSET,
    Codec,
    Element,
    Unset,
    blank,
    empty_or_nil,
    json_datetime,
    json_extra,
    json_float,
    json_object,
    json_write_datetime,
    json_write_float,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_float,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_str_nillable,
    write_datetime,
    write_float,
    write_int,
    write_str,
)
from .workflow_action_type import (
    WorkflowActionType,
    decode_json_workflow_action_type,
    decode_xml_workflow_action_type,
    encode_json_workflow_action_type,
    encode_xml_workflow_action_type,
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

_ACTION_TIME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActionTime"
_ACTION_TIME_UNIT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActionTimeUnit"
_ACTION_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActionType"
_AMOUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Amount"
_CURRENCY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Currency"
_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Date"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_OWNER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Owner"
_PROJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Project"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_SALE_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleType"
_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Source"
_STAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Stage"
_STEP_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StepType"
_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Title"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_CREATE_SALE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepCreateSale"
)
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowStepCreateSale(WorkflowStepBase):
    """The ``WorkflowStepCreateSale`` record."""

    title: str | None | Unset = UNSET
    sale_type: int | Unset = UNSET
    stage: int | Unset = UNSET
    amount: float | Unset = UNSET
    currency: int | Unset = UNSET
    description: str | None | Unset = UNSET
    project: int | Unset = UNSET
    action_type: WorkflowActionType | str | Unset = UNSET
    action_time: int | Unset = UNSET
    action_time_unit: WorkflowTimeWaitIntervalType | str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    owner: int | Unset = UNSET
    source: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_workflow_step_create_sale(None, _WORKFLOW_STEP_CREATE_SALE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowStepCreateSale:
        return record_from_xml(decode_xml_workflow_step_create_sale, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_step_create_sale(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowStepCreateSale:
        return record_from_json(decode_json_workflow_step_create_sale, data)


_WORKFLOW_STEP_CREATE_SALE_KEYS = frozenset(
    (
        "WorkflowStepId",
        "WorkflowId",
        "StepType",
        "Rank",
        "Title",
        "SaleType",
        "Stage",
        "Amount",
        "Currency",
        "Description",
        "Project",
        "ActionType",
        "ActionTime",
        "ActionTimeUnit",
        "Date",
        "Owner",
        "Source",
    )
)


def decode_xml_workflow_step_create_sale(element: Element) -> WorkflowStepCreateSale:
    value = WorkflowStepCreateSale()
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
        elif tag == _TITLE:
            value.title = child.text or empty_or_nil(child)
        elif tag == _SALE_TYPE:
            value.sale_type = read_int(child)
        elif tag == _STAGE:
            value.stage = read_int(child)
        elif tag == _AMOUNT:
            value.amount = read_float(child)
        elif tag == _CURRENCY:
            value.currency = read_int(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _PROJECT:
            value.project = read_int(child)
        elif tag == _ACTION_TYPE:
            value.action_type = decode_xml_workflow_action_type(child)
        elif tag == _ACTION_TIME:
            value.action_time = read_int(child)
        elif tag == _ACTION_TIME_UNIT:
            value.action_time_unit = decode_xml_workflow_time_wait_interval_type(child)
        elif tag == _DATE:
            value.date = read_datetime(child)
        elif tag == _OWNER:
            value.owner = read_int(child)
        elif tag == _SOURCE:
            value.source = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_step_create_sale(
    parent: Element | None, tag: str, value: WorkflowStepCreateSale
) -> Element:
    element = new_child(parent, tag)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _STEP_TYPE, value.step_type, encode_xml_workflow_step_type)
    put(element, _RANK, value.rank, write_int)
    put(element, _TITLE, value.title, write_str)
    put(element, _SALE_TYPE, value.sale_type, write_int)
    put(element, _STAGE, value.stage, write_int)
    put(element, _AMOUNT, value.amount, write_float)
    put(element, _CURRENCY, value.currency, write_int)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _PROJECT, value.project, write_int)
    put(element, _ACTION_TYPE, value.action_type, encode_xml_workflow_action_type)
    put(element, _ACTION_TIME, value.action_time, write_int)
    put(
        element,
        _ACTION_TIME_UNIT,
        value.action_time_unit,
        encode_xml_workflow_time_wait_interval_type,
    )
    put(element, _DATE, value.date, write_datetime)
    put(element, _OWNER, value.owner, write_int)
    put(element, _SOURCE, value.source, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_step_create_sale(data: Any, path: str) -> WorkflowStepCreateSale:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowStepCreateSale)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.step_type = take(data, "StepType", path, decode_json_workflow_step_type)
    value.rank = take_int(data, "Rank", path)
    value.title = take_str_nillable(data, "Title", path)
    value.sale_type = take_int(data, "SaleType", path)
    value.stage = take_int(data, "Stage", path)
    value.amount = take(data, "Amount", path, json_float)
    value.currency = take_int(data, "Currency", path)
    value.description = take_str_nillable(data, "Description", path)
    value.project = take_int(data, "Project", path)
    value.action_type = take(data, "ActionType", path, decode_json_workflow_action_type)
    value.action_time = take_int(data, "ActionTime", path)
    value.action_time_unit = take(
        data, "ActionTimeUnit", path, decode_json_workflow_time_wait_interval_type
    )
    value.date = take(data, "Date", path, json_datetime)
    value.owner = take_int(data, "Owner", path)
    value.source = take_int(data, "Source", path)
    value.extra = (
        None
        if _WORKFLOW_STEP_CREATE_SALE_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_STEP_CREATE_SALE_KEYS)
    )
    return value


def encode_json_workflow_step_create_sale(value: WorkflowStepCreateSale) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "StepType", value.step_type, encode_json_workflow_step_type)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "Title", value.title, json_write_str)
    put_json(result, "SaleType", value.sale_type, json_write_int)
    put_json(result, "Stage", value.stage, json_write_int)
    put_json(result, "Amount", value.amount, json_write_float)
    put_json(result, "Currency", value.currency, json_write_int)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Project", value.project, json_write_int)
    put_json(result, "ActionType", value.action_type, encode_json_workflow_action_type)
    put_json(result, "ActionTime", value.action_time, json_write_int)
    put_json(
        result,
        "ActionTimeUnit",
        value.action_time_unit,
        encode_json_workflow_time_wait_interval_type,
    )
    put_json(result, "Date", value.date, json_write_datetime)
    put_json(result, "Owner", value.owner, json_write_int)
    put_json(result, "Source", value.source, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_STEP_CREATE_SALE_CODEC = Codec(
    decode_xml_workflow_step_create_sale,
    encode_xml_workflow_step_create_sale,
    decode_json_workflow_step_create_sale,
    encode_json_workflow_step_create_sale,
)
