"""Services88 types: WorkflowStepOptionPersonData.

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
from .archive_restriction_group import (
    ArchiveRestrictionGroup,
    decode_json_list_of_archive_restriction_group,
    decode_xml_list_of_archive_restriction_group,
    encode_json_list_of_archive_restriction_group,
    encode_xml_list_of_archive_restriction_group,
)
from .workflow_split_option_type import (
    decode_json_workflow_split_option_type,
    decode_xml_workflow_split_option_type,
    encode_json_workflow_split_option_type,
    encode_xml_workflow_split_option_type,
)
from .workflow_step_base import (
    decode_json_list_of_workflow_step_base,
    decode_xml_list_of_workflow_step_base,
    encode_json_list_of_workflow_step_base,
    encode_xml_list_of_workflow_step_base,
)
from .workflow_step_option_base import WorkflowStepOptionBase

_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_OPTION_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OptionType"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_RESTRICTION_GROUPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RestrictionGroups"
_STEPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Steps"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"
_WORKFLOW_STEP_OPTION_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepOptionId"
)
_WORKFLOW_STEP_OPTION_PERSON_DATA = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepOptionPersonData"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowStepOptionPersonData(WorkflowStepOptionBase):
    """The ``WorkflowStepOptionPersonData`` record."""

    restriction_groups: list[ArchiveRestrictionGroup | None] | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_workflow_step_option_person_data(
            None, _WORKFLOW_STEP_OPTION_PERSON_DATA, self
        )

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowStepOptionPersonData:
        return record_from_xml(decode_xml_workflow_step_option_person_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_step_option_person_data(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowStepOptionPersonData:
        return record_from_json(decode_json_workflow_step_option_person_data, data)


_WORKFLOW_STEP_OPTION_PERSON_DATA_KEYS = frozenset(
    (
        "OptionType",
        "WorkflowStepOptionId",
        "WorkflowStepId",
        "WorkflowId",
        "Name",
        "Rank",
        "Steps",
        "RestrictionGroups",
    )
)


def decode_xml_workflow_step_option_person_data(element: Element) -> WorkflowStepOptionPersonData:
    value = WorkflowStepOptionPersonData()
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
        elif tag == _RESTRICTION_GROUPS:
            value.restriction_groups = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_archive_restriction_group(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_step_option_person_data(
    parent: Element | None, tag: str, value: WorkflowStepOptionPersonData
) -> Element:
    element = new_child(parent, tag)
    put(element, _OPTION_TYPE, value.option_type, encode_xml_workflow_split_option_type)
    put(element, _WORKFLOW_STEP_OPTION_ID, value.workflow_step_option_id, write_int)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _RANK, value.rank, write_int)
    put(element, _STEPS, value.steps, encode_xml_list_of_workflow_step_base)
    put(
        element,
        _RESTRICTION_GROUPS,
        value.restriction_groups,
        encode_xml_list_of_archive_restriction_group,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_step_option_person_data(
    data: Any, path: str
) -> WorkflowStepOptionPersonData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowStepOptionPersonData)
    value.option_type = take(data, "OptionType", path, decode_json_workflow_split_option_type)
    value.workflow_step_option_id = take_int(data, "WorkflowStepOptionId", path)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.rank = take_int(data, "Rank", path)
    value.steps = take_nillable(data, "Steps", path, decode_json_list_of_workflow_step_base)
    value.restriction_groups = take_nillable(
        data, "RestrictionGroups", path, decode_json_list_of_archive_restriction_group
    )
    value.extra = (
        None
        if _WORKFLOW_STEP_OPTION_PERSON_DATA_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_STEP_OPTION_PERSON_DATA_KEYS)
    )
    return value


def encode_json_workflow_step_option_person_data(
    value: WorkflowStepOptionPersonData,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "OptionType", value.option_type, encode_json_workflow_split_option_type)
    put_json(result, "WorkflowStepOptionId", value.workflow_step_option_id, json_write_int)
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "Steps", value.steps, encode_json_list_of_workflow_step_base)
    put_json(
        result,
        "RestrictionGroups",
        value.restriction_groups,
        encode_json_list_of_archive_restriction_group,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_STEP_OPTION_PERSON_DATA_CODEC = Codec(
    decode_xml_workflow_step_option_person_data,
    encode_xml_workflow_step_option_person_data,
    decode_json_workflow_step_option_person_data,
    encode_json_workflow_step_option_person_data,
)
