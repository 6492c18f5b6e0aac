"""Services88 types: WorkflowStepSendEmail.

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
from .list_of_int import (
    decode_json_list_of_int,
    decode_xml_list_of_int,
    encode_json_list_of_int,
    encode_xml_list_of_int,
)
from .workflow_step_base import WorkflowStepBase
from .workflow_step_type import (
    decode_json_workflow_step_type,
    decode_xml_workflow_step_type,
    encode_json_workflow_step_type,
    encode_xml_workflow_step_type,
)

_ATTACHMENTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Attachments"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_SHIPMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShipmentId"
_STEP_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StepType"
_SUBJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Subject"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"
_WORKFLOW_STEP_SEND_EMAIL = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepSendEmail"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowStepSendEmail(WorkflowStepBase):
    """The ``WorkflowStepSendEmail`` record."""

    subject: str | None | Unset = UNSET
    attachments: list[int] | None | Unset = UNSET
    shipment_id: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_workflow_step_send_email(None, _WORKFLOW_STEP_SEND_EMAIL, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowStepSendEmail:
        return record_from_xml(decode_xml_workflow_step_send_email, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_step_send_email(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowStepSendEmail:
        return record_from_json(decode_json_workflow_step_send_email, data)


_WORKFLOW_STEP_SEND_EMAIL_KEYS = frozenset(
    (
        "WorkflowStepId",
        "WorkflowId",
        "StepType",
        "Rank",
        "Subject",
        "Attachments",
        "ShipmentId",
    )
)


def decode_xml_workflow_step_send_email(element: Element) -> WorkflowStepSendEmail:
    value = WorkflowStepSendEmail()
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
        elif tag == _SUBJECT:
            value.subject = child.text or empty_or_nil(child)
        elif tag == _ATTACHMENTS:
            value.attachments = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        elif tag == _SHIPMENT_ID:
            value.shipment_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_step_send_email(
    parent: Element | None, tag: str, value: WorkflowStepSendEmail
) -> Element:
    element = new_child(parent, tag)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _STEP_TYPE, value.step_type, encode_xml_workflow_step_type)
    put(element, _RANK, value.rank, write_int)
    put(element, _SUBJECT, value.subject, write_str)
    put(element, _ATTACHMENTS, value.attachments, encode_xml_list_of_int)
    put(element, _SHIPMENT_ID, value.shipment_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_step_send_email(data: Any, path: str) -> WorkflowStepSendEmail:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowStepSendEmail)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.step_type = take(data, "StepType", path, decode_json_workflow_step_type)
    value.rank = take_int(data, "Rank", path)
    value.subject = take_str_nillable(data, "Subject", path)
    value.attachments = take_nillable(data, "Attachments", path, decode_json_list_of_int)
    value.shipment_id = take_int(data, "ShipmentId", path)
    value.extra = (
        None
        if _WORKFLOW_STEP_SEND_EMAIL_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_STEP_SEND_EMAIL_KEYS)
    )
    return value


def encode_json_workflow_step_send_email(value: WorkflowStepSendEmail) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "StepType", value.step_type, encode_json_workflow_step_type)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "Subject", value.subject, json_write_str)
    put_json(result, "Attachments", value.attachments, encode_json_list_of_int)
    put_json(result, "ShipmentId", value.shipment_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_STEP_SEND_EMAIL_CODEC = Codec(
    decode_xml_workflow_step_send_email,
    encode_xml_workflow_step_send_email,
    decode_json_workflow_step_send_email,
    encode_json_workflow_step_send_email,
)
