"""Services88 types: WorkflowStepNotifyBySMS.

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
from .list_of_str import (
    decode_json_list_of_str,
    decode_xml_list_of_str,
    encode_json_list_of_str,
    encode_xml_list_of_str,
)
from .workflow_notify_sms_type import (
    WorkflowNotifySMSType,
    decode_json_workflow_notify_sms_type,
    decode_xml_workflow_notify_sms_type,
    encode_json_workflow_notify_sms_type,
    encode_xml_workflow_notify_sms_type,
)
from .workflow_step_base import WorkflowStepBase
from .workflow_step_type import (
    decode_json_workflow_step_type,
    decode_xml_workflow_step_type,
    encode_json_workflow_step_type,
    encode_xml_workflow_step_type,
)

_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}From"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_SPECIFIC_PHONE_NUMBERS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SpecificPhoneNumbers"
)
_STEP_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StepType"
_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Text"
_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}To"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"
_WORKFLOW_STEP_NOTIFY_BY_SMS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepNotifyBySMS"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowStepNotifyBySMS(WorkflowStepBase):
    """The ``WorkflowStepNotifyBySMS`` record."""

    to: WorkflowNotifySMSType | str | Unset = UNSET
    specific_phone_numbers: list[str | None] | None | Unset = UNSET
    from_: str | None | Unset = UNSET
    text: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_workflow_step_notify_by_sms(None, _WORKFLOW_STEP_NOTIFY_BY_SMS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowStepNotifyBySMS:
        return record_from_xml(decode_xml_workflow_step_notify_by_sms, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_step_notify_by_sms(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowStepNotifyBySMS:
        return record_from_json(decode_json_workflow_step_notify_by_sms, data)


_WORKFLOW_STEP_NOTIFY_BY_SMS_KEYS = frozenset(
    (
        "WorkflowStepId",
        "WorkflowId",
        "StepType",
        "Rank",
        "To",
        "SpecificPhoneNumbers",
        "From",
        "Text",
    )
)


def decode_xml_workflow_step_notify_by_sms(element: Element) -> WorkflowStepNotifyBySMS:
    value = WorkflowStepNotifyBySMS()
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
        elif tag == _TO:
            value.to = decode_xml_workflow_notify_sms_type(child)
        elif tag == _SPECIFIC_PHONE_NUMBERS:
            value.specific_phone_numbers = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        elif tag == _FROM:
            value.from_ = child.text or empty_or_nil(child)
        elif tag == _TEXT:
            value.text = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_step_notify_by_sms(
    parent: Element | None, tag: str, value: WorkflowStepNotifyBySMS
) -> Element:
    element = new_child(parent, tag)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _STEP_TYPE, value.step_type, encode_xml_workflow_step_type)
    put(element, _RANK, value.rank, write_int)
    put(element, _TO, value.to, encode_xml_workflow_notify_sms_type)
    put(element, _SPECIFIC_PHONE_NUMBERS, value.specific_phone_numbers, encode_xml_list_of_str)
    put(element, _FROM, value.from_, write_str)
    put(element, _TEXT, value.text, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_step_notify_by_sms(data: Any, path: str) -> WorkflowStepNotifyBySMS:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowStepNotifyBySMS)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.step_type = take(data, "StepType", path, decode_json_workflow_step_type)
    value.rank = take_int(data, "Rank", path)
    value.to = take(data, "To", path, decode_json_workflow_notify_sms_type)
    value.specific_phone_numbers = take_nillable(
        data, "SpecificPhoneNumbers", path, decode_json_list_of_str
    )
    value.from_ = take_str_nillable(data, "From", path)
    value.text = take_str_nillable(data, "Text", path)
    value.extra = (
        None
        if _WORKFLOW_STEP_NOTIFY_BY_SMS_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_STEP_NOTIFY_BY_SMS_KEYS)
    )
    return value


def encode_json_workflow_step_notify_by_sms(value: WorkflowStepNotifyBySMS) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "StepType", value.step_type, encode_json_workflow_step_type)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "To", value.to, encode_json_workflow_notify_sms_type)
    put_json(result, "SpecificPhoneNumbers", value.specific_phone_numbers, encode_json_list_of_str)
    put_json(result, "From", value.from_, json_write_str)
    put_json(result, "Text", value.text, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_STEP_NOTIFY_BY_SMS_CODEC = Codec(
    decode_xml_workflow_step_notify_by_sms,
    encode_xml_workflow_step_notify_by_sms,
    decode_json_workflow_step_notify_by_sms,
    encode_json_workflow_step_notify_by_sms,
)
