"""Services88 types: WorkflowStepCreateFollowUp.

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
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
)
from .free_busy import (
    FreeBusy,
    decode_json_free_busy,
    decode_xml_free_busy,
    encode_json_free_busy,
    encode_xml_free_busy,
)
from .workflow_action_type import (
    WorkflowActionType,
    decode_json_workflow_action_type,
    decode_xml_workflow_action_type,
    encode_json_workflow_action_type,
    encode_xml_workflow_action_type,
)
from .workflow_owner_type import (
    WorkflowOwnerType,
    decode_json_workflow_owner_type,
    decode_xml_workflow_owner_type,
    encode_json_workflow_owner_type,
    encode_xml_workflow_owner_type,
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
_AGENDA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Agenda"
_AVAILABILITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Availability"
_COMPLETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Completed"
_DURATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Duration"
_FOLLOW_UP_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FollowUpType"
_OWNER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Owner"
_OWNER_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnerType"
_PROJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Project"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_STEP_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StepType"
_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Title"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_CREATE_FOLLOW_UP = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepCreateFollowUp"
)
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowStepCreateFollowUp(WorkflowStepBase):
    """The ``WorkflowStepCreateFollowUp`` record."""

    title: str | None | Unset = UNSET
    follow_up_type: int | Unset = UNSET
    project: int | Unset = UNSET
    completed: bool | Unset = UNSET
    action_type: WorkflowActionType | str | Unset = UNSET
    action_time: int | Unset = UNSET
    action_time_unit: WorkflowTimeWaitIntervalType | str | Unset = UNSET
    duration: int | Unset = UNSET
    availability: FreeBusy | str | Unset = UNSET
    owner_type: WorkflowOwnerType | str | Unset = UNSET
    agenda: str | None | Unset = UNSET
    owner: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_workflow_step_create_follow_up(
            None, _WORKFLOW_STEP_CREATE_FOLLOW_UP, self
        )

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowStepCreateFollowUp:
        return record_from_xml(decode_xml_workflow_step_create_follow_up, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_step_create_follow_up(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowStepCreateFollowUp:
        return record_from_json(decode_json_workflow_step_create_follow_up, data)


_WORKFLOW_STEP_CREATE_FOLLOW_UP_KEYS = frozenset(
    (
        "WorkflowStepId",
        "WorkflowId",
        "StepType",
        "Rank",
        "Title",
        "FollowUpType",
        "Project",
        "Completed",
        "ActionType",
        "ActionTime",
        "ActionTimeUnit",
        "Duration",
        "Availability",
        "OwnerType",
        "Agenda",
        "Owner",
    )
)


def decode_xml_workflow_step_create_follow_up(element: Element) -> WorkflowStepCreateFollowUp:
    value = WorkflowStepCreateFollowUp()
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
        elif tag == _FOLLOW_UP_TYPE:
            value.follow_up_type = read_int(child)
        elif tag == _PROJECT:
            value.project = read_int(child)
        elif tag == _COMPLETED:
            value.completed = read_bool(child)
        elif tag == _ACTION_TYPE:
            value.action_type = decode_xml_workflow_action_type(child)
        elif tag == _ACTION_TIME:
            value.action_time = read_int(child)
        elif tag == _ACTION_TIME_UNIT:
            value.action_time_unit = decode_xml_workflow_time_wait_interval_type(child)
        elif tag == _DURATION:
            value.duration = read_int(child)
        elif tag == _AVAILABILITY:
            value.availability = decode_xml_free_busy(child)
        elif tag == _OWNER_TYPE:
            value.owner_type = decode_xml_workflow_owner_type(child)
        elif tag == _AGENDA:
            value.agenda = child.text or empty_or_nil(child)
        elif tag == _OWNER:
            value.owner = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_step_create_follow_up(
    parent: Element | None, tag: str, value: WorkflowStepCreateFollowUp
) -> Element:
    element = new_child(parent, tag)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _STEP_TYPE, value.step_type, encode_xml_workflow_step_type)
    put(element, _RANK, value.rank, write_int)
    put(element, _TITLE, value.title, write_str)
    put(element, _FOLLOW_UP_TYPE, value.follow_up_type, write_int)
    put(element, _PROJECT, value.project, write_int)
    put(element, _COMPLETED, value.completed, write_bool)
    put(element, _ACTION_TYPE, value.action_type, encode_xml_workflow_action_type)
    put(element, _ACTION_TIME, value.action_time, write_int)
    put(
        element,
        _ACTION_TIME_UNIT,
        value.action_time_unit,
        encode_xml_workflow_time_wait_interval_type,
    )
    put(element, _DURATION, value.duration, write_int)
    put(element, _AVAILABILITY, value.availability, encode_xml_free_busy)
    put(element, _OWNER_TYPE, value.owner_type, encode_xml_workflow_owner_type)
    put(element, _AGENDA, value.agenda, write_str)
    put(element, _OWNER, value.owner, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_step_create_follow_up(data: Any, path: str) -> WorkflowStepCreateFollowUp:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowStepCreateFollowUp)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.step_type = take(data, "StepType", path, decode_json_workflow_step_type)
    value.rank = take_int(data, "Rank", path)
    value.title = take_str_nillable(data, "Title", path)
    value.follow_up_type = take_int(data, "FollowUpType", path)
    value.project = take_int(data, "Project", path)
    value.completed = take_bool(data, "Completed", path)
    value.action_type = take(data, "ActionType", path, decode_json_workflow_action_type)
    value.action_time = take_int(data, "ActionTime", path)
    value.action_time_unit = take(
        data, "ActionTimeUnit", path, decode_json_workflow_time_wait_interval_type
    )
    value.duration = take_int(data, "Duration", path)
    value.availability = take(data, "Availability", path, decode_json_free_busy)
    value.owner_type = take(data, "OwnerType", path, decode_json_workflow_owner_type)
    value.agenda = take_str_nillable(data, "Agenda", path)
    value.owner = take_int(data, "Owner", path)
    value.extra = (
        None
        if _WORKFLOW_STEP_CREATE_FOLLOW_UP_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_STEP_CREATE_FOLLOW_UP_KEYS)
    )
    return value


def encode_json_workflow_step_create_follow_up(
    value: WorkflowStepCreateFollowUp,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "StepType", value.step_type, encode_json_workflow_step_type)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "Title", value.title, json_write_str)
    put_json(result, "FollowUpType", value.follow_up_type, json_write_int)
    put_json(result, "Project", value.project, json_write_int)
    put_json(result, "Completed", value.completed, json_write_bool)
    put_json(result, "ActionType", value.action_type, encode_json_workflow_action_type)
    put_json(result, "ActionTime", value.action_time, json_write_int)
    put_json(
        result,
        "ActionTimeUnit",
        value.action_time_unit,
        encode_json_workflow_time_wait_interval_type,
    )
    put_json(result, "Duration", value.duration, json_write_int)
    put_json(result, "Availability", value.availability, encode_json_free_busy)
    put_json(result, "OwnerType", value.owner_type, encode_json_workflow_owner_type)
    put_json(result, "Agenda", value.agenda, json_write_str)
    put_json(result, "Owner", value.owner, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_STEP_CREATE_FOLLOW_UP_CODEC = Codec(
    decode_xml_workflow_step_create_follow_up,
    encode_xml_workflow_step_create_follow_up,
    decode_json_workflow_step_create_follow_up,
    encode_json_workflow_step_create_follow_up,
)
