"""Services88 types: WorkflowStepCreateRequest.

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
    take_str_nillable,
    write_int,
    write_str,
)
from .workflow_step_base import WorkflowStepBase
from .workflow_step_type import (
    decode_json_workflow_step_type,
    decode_xml_workflow_step_type,
    encode_json_workflow_step_type,
    encode_xml_workflow_step_type,
)

_CATEGORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Category"
_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Message"
_OWNER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Owner"
_PRIORITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Priority"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_REQUEST_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RequestType"
_STEP_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StepType"
_TICKET_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketStatus"
_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Title"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_CREATE_REQUEST = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepCreateRequest"
)
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowStepCreateRequest(WorkflowStepBase):
    """The ``WorkflowStepCreateRequest`` record."""

    title: str | None | Unset = UNSET
    request_type: int | Unset = UNSET
    category: int | Unset = UNSET
    priority: int | Unset = UNSET
    ticket_status: int | Unset = UNSET
    message: str | None | Unset = UNSET
    owner: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_workflow_step_create_request(None, _WORKFLOW_STEP_CREATE_REQUEST, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowStepCreateRequest:
        return record_from_xml(decode_xml_workflow_step_create_request, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_step_create_request(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowStepCreateRequest:
        return record_from_json(decode_json_workflow_step_create_request, data)


_WORKFLOW_STEP_CREATE_REQUEST_KEYS = frozenset(
    (
        "WorkflowStepId",
        "WorkflowId",
        "StepType",
        "Rank",
        "Title",
        "RequestType",
        "Category",
        "Priority",
        "TicketStatus",
        "Message",
        "Owner",
    )
)


def decode_xml_workflow_step_create_request(element: Element) -> WorkflowStepCreateRequest:
    value = WorkflowStepCreateRequest()
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
        elif tag == _REQUEST_TYPE:
            value.request_type = read_int(child)
        elif tag == _CATEGORY:
            value.category = read_int(child)
        elif tag == _PRIORITY:
            value.priority = read_int(child)
        elif tag == _TICKET_STATUS:
            value.ticket_status = read_int(child)
        elif tag == _MESSAGE:
            value.message = child.text or empty_or_nil(child)
        elif tag == _OWNER:
            value.owner = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_step_create_request(
    parent: Element | None, tag: str, value: WorkflowStepCreateRequest
) -> Element:
    element = new_child(parent, tag)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _STEP_TYPE, value.step_type, encode_xml_workflow_step_type)
    put(element, _RANK, value.rank, write_int)
    put(element, _TITLE, value.title, write_str)
    put(element, _REQUEST_TYPE, value.request_type, write_int)
    put(element, _CATEGORY, value.category, write_int)
    put(element, _PRIORITY, value.priority, write_int)
    put(element, _TICKET_STATUS, value.ticket_status, write_int)
    put(element, _MESSAGE, value.message, write_str)
    put(element, _OWNER, value.owner, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_step_create_request(data: Any, path: str) -> WorkflowStepCreateRequest:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowStepCreateRequest)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.step_type = take(data, "StepType", path, decode_json_workflow_step_type)
    value.rank = take_int(data, "Rank", path)
    value.title = take_str_nillable(data, "Title", path)
    value.request_type = take_int(data, "RequestType", path)
    value.category = take_int(data, "Category", path)
    value.priority = take_int(data, "Priority", path)
    value.ticket_status = take_int(data, "TicketStatus", path)
    value.message = take_str_nillable(data, "Message", path)
    value.owner = take_int(data, "Owner", path)
    value.extra = (
        None
        if _WORKFLOW_STEP_CREATE_REQUEST_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_STEP_CREATE_REQUEST_KEYS)
    )
    return value


def encode_json_workflow_step_create_request(value: WorkflowStepCreateRequest) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "StepType", value.step_type, encode_json_workflow_step_type)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "Title", value.title, json_write_str)
    put_json(result, "RequestType", value.request_type, json_write_int)
    put_json(result, "Category", value.category, json_write_int)
    put_json(result, "Priority", value.priority, json_write_int)
    put_json(result, "TicketStatus", value.ticket_status, json_write_int)
    put_json(result, "Message", value.message, json_write_str)
    put_json(result, "Owner", value.owner, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_STEP_CREATE_REQUEST_CODEC = Codec(
    decode_xml_workflow_step_create_request,
    encode_xml_workflow_step_create_request,
    decode_json_workflow_step_create_request,
    encode_json_workflow_step_create_request,
)
