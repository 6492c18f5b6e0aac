"""Services88 types: WorkflowStepSendSMS.

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
from .workflow_step_base import WorkflowStepBase
from .workflow_step_type import (
    decode_json_workflow_step_type,
    decode_xml_workflow_step_type,
    encode_json_workflow_step_type,
    encode_xml_workflow_step_type,
)

_EXIT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Exit"
_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}From"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_STEP_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StepType"
_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Text"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"
_WORKFLOW_STEP_SEND_SMS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepSendSMS"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowStepSendSMS(WorkflowStepBase):
    """The ``WorkflowStepSendSMS`` record."""

    from_: str | None | Unset = UNSET
    text: str | None | Unset = UNSET
    exit: bool | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_workflow_step_send_sms(None, _WORKFLOW_STEP_SEND_SMS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowStepSendSMS:
        return record_from_xml(decode_xml_workflow_step_send_sms, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_step_send_sms(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowStepSendSMS:
        return record_from_json(decode_json_workflow_step_send_sms, data)


_WORKFLOW_STEP_SEND_SMS_KEYS = frozenset(
    (
        "WorkflowStepId",
        "WorkflowId",
        "StepType",
        "Rank",
        "From",
        "Text",
        "Exit",
    )
)


def decode_xml_workflow_step_send_sms(element: Element) -> WorkflowStepSendSMS:
    value = WorkflowStepSendSMS()
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
        elif tag == _FROM:
            value.from_ = child.text or empty_or_nil(child)
        elif tag == _TEXT:
            value.text = child.text or empty_or_nil(child)
        elif tag == _EXIT:
            value.exit = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_step_send_sms(
    parent: Element | None, tag: str, value: WorkflowStepSendSMS
) -> Element:
    element = new_child(parent, tag)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _STEP_TYPE, value.step_type, encode_xml_workflow_step_type)
    put(element, _RANK, value.rank, write_int)
    put(element, _FROM, value.from_, write_str)
    put(element, _TEXT, value.text, write_str)
    put(element, _EXIT, value.exit, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_step_send_sms(data: Any, path: str) -> WorkflowStepSendSMS:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowStepSendSMS)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.step_type = take(data, "StepType", path, decode_json_workflow_step_type)
    value.rank = take_int(data, "Rank", path)
    value.from_ = take_str_nillable(data, "From", path)
    value.text = take_str_nillable(data, "Text", path)
    value.exit = take_bool(data, "Exit", path)
    value.extra = (
        None
        if _WORKFLOW_STEP_SEND_SMS_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_STEP_SEND_SMS_KEYS)
    )
    return value


def encode_json_workflow_step_send_sms(value: WorkflowStepSendSMS) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "StepType", value.step_type, encode_json_workflow_step_type)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "From", value.from_, json_write_str)
    put_json(result, "Text", value.text, json_write_str)
    put_json(result, "Exit", value.exit, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_STEP_SEND_SMS_CODEC = Codec(
    decode_xml_workflow_step_send_sms,
    encode_xml_workflow_step_send_sms,
    decode_json_workflow_step_send_sms,
    encode_json_workflow_step_send_sms,
)
