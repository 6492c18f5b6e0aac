"""Services88 types: WorkflowStepUpdateParticipant.

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
from .field_value_info import (
    FieldValueInfo,
    decode_json_list_of_field_value_info,
    decode_xml_list_of_field_value_info,
    encode_json_list_of_field_value_info,
    encode_xml_list_of_field_value_info,
)
from .workflow_step_base import WorkflowStepBase
from .workflow_step_type import (
    decode_json_workflow_step_type,
    decode_xml_workflow_step_type,
    encode_json_workflow_step_type,
    encode_xml_workflow_step_type,
)

_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_VALUES_COMPANY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldValuesCompany"
)
_FIELD_VALUES_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldValuesPerson"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_STEP_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StepType"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"
_WORKFLOW_STEP_UPDATE_PARTICIPANT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepUpdateParticipant"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowStepUpdateParticipant(WorkflowStepBase):
    """The ``WorkflowStepUpdateParticipant`` record."""

    description: str | None | Unset = UNSET
    field_values_person: list[FieldValueInfo | None] | None | Unset = UNSET
    field_values_company: list[FieldValueInfo | None] | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_workflow_step_update_participant(
            None, _WORKFLOW_STEP_UPDATE_PARTICIPANT, self
        )

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowStepUpdateParticipant:
        return record_from_xml(decode_xml_workflow_step_update_participant, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_step_update_participant(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowStepUpdateParticipant:
        return record_from_json(decode_json_workflow_step_update_participant, data)


_WORKFLOW_STEP_UPDATE_PARTICIPANT_KEYS = frozenset(
    (
        "WorkflowStepId",
        "WorkflowId",
        "StepType",
        "Rank",
        "Description",
        "FieldValuesPerson",
        "FieldValuesCompany",
    )
)


def decode_xml_workflow_step_update_participant(element: Element) -> WorkflowStepUpdateParticipant:
    value = WorkflowStepUpdateParticipant()
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
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _FIELD_VALUES_PERSON:
            value.field_values_person = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_field_value_info(child)
            )
        elif tag == _FIELD_VALUES_COMPANY:
            value.field_values_company = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_field_value_info(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_step_update_participant(
    parent: Element | None, tag: str, value: WorkflowStepUpdateParticipant
) -> Element:
    element = new_child(parent, tag)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _STEP_TYPE, value.step_type, encode_xml_workflow_step_type)
    put(element, _RANK, value.rank, write_int)
    put(element, _DESCRIPTION, value.description, write_str)
    put(
        element,
        _FIELD_VALUES_PERSON,
        value.field_values_person,
        encode_xml_list_of_field_value_info,
    )
    put(
        element,
        _FIELD_VALUES_COMPANY,
        value.field_values_company,
        encode_xml_list_of_field_value_info,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_step_update_participant(
    data: Any, path: str
) -> WorkflowStepUpdateParticipant:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowStepUpdateParticipant)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.step_type = take(data, "StepType", path, decode_json_workflow_step_type)
    value.rank = take_int(data, "Rank", path)
    value.description = take_str_nillable(data, "Description", path)
    value.field_values_person = take_nillable(
        data, "FieldValuesPerson", path, decode_json_list_of_field_value_info
    )
    value.field_values_company = take_nillable(
        data, "FieldValuesCompany", path, decode_json_list_of_field_value_info
    )
    value.extra = (
        None
        if _WORKFLOW_STEP_UPDATE_PARTICIPANT_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_STEP_UPDATE_PARTICIPANT_KEYS)
    )
    return value


def encode_json_workflow_step_update_participant(
    value: WorkflowStepUpdateParticipant,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "StepType", value.step_type, encode_json_workflow_step_type)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "Description", value.description, json_write_str)
    put_json(
        result,
        "FieldValuesPerson",
        value.field_values_person,
        encode_json_list_of_field_value_info,
    )
    put_json(
        result,
        "FieldValuesCompany",
        value.field_values_company,
        encode_json_list_of_field_value_info,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_STEP_UPDATE_PARTICIPANT_CODEC = Codec(
    decode_xml_workflow_step_update_participant,
    encode_xml_workflow_step_update_participant,
    decode_json_workflow_step_update_participant,
    encode_json_workflow_step_update_participant,
)
