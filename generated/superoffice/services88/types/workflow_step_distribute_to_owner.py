"""Services88 types: WorkflowStepDistributeToOwner.

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
    json_extra,
    json_object,
    json_write_bool,
    json_write_int,
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
    write_bool,
    write_int,
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

_ASSOCIATES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Associates"
_DEFAULT_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultAssociate"
_DISTRIBUTE_QUEUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DistributeQueue"
_ONLY_TO_UNASSIGNED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OnlyToUnassigned"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_STEP_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StepType"
_USER_GROUPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserGroups"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_DISTRIBUTE_TO_OWNER = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepDistributeToOwner"
)
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowStepDistributeToOwner(WorkflowStepBase):
    """The ``WorkflowStepDistributeToOwner`` record."""

    only_to_unassigned: bool | Unset = UNSET
    associates: list[int] | None | Unset = UNSET
    user_groups: list[int] | None | Unset = UNSET
    distribute_queue: list[int] | None | Unset = UNSET
    default_associate: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_workflow_step_distribute_to_owner(
            None, _WORKFLOW_STEP_DISTRIBUTE_TO_OWNER, self
        )

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowStepDistributeToOwner:
        return record_from_xml(decode_xml_workflow_step_distribute_to_owner, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_step_distribute_to_owner(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowStepDistributeToOwner:
        return record_from_json(decode_json_workflow_step_distribute_to_owner, data)


_WORKFLOW_STEP_DISTRIBUTE_TO_OWNER_KEYS = frozenset(
    (
        "WorkflowStepId",
        "WorkflowId",
        "StepType",
        "Rank",
        "OnlyToUnassigned",
        "Associates",
        "UserGroups",
        "DistributeQueue",
        "DefaultAssociate",
    )
)


def decode_xml_workflow_step_distribute_to_owner(
    element: Element,
) -> WorkflowStepDistributeToOwner:
    value = WorkflowStepDistributeToOwner()
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
        elif tag == _ONLY_TO_UNASSIGNED:
            value.only_to_unassigned = read_bool(child)
        elif tag == _ASSOCIATES:
            value.associates = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
        elif tag == _USER_GROUPS:
            value.user_groups = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        elif tag == _DISTRIBUTE_QUEUE:
            value.distribute_queue = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        elif tag == _DEFAULT_ASSOCIATE:
            value.default_associate = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_step_distribute_to_owner(
    parent: Element | None, tag: str, value: WorkflowStepDistributeToOwner
) -> Element:
    element = new_child(parent, tag)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _STEP_TYPE, value.step_type, encode_xml_workflow_step_type)
    put(element, _RANK, value.rank, write_int)
    put(element, _ONLY_TO_UNASSIGNED, value.only_to_unassigned, write_bool)
    put(element, _ASSOCIATES, value.associates, encode_xml_list_of_int)
    put(element, _USER_GROUPS, value.user_groups, encode_xml_list_of_int)
    put(element, _DISTRIBUTE_QUEUE, value.distribute_queue, encode_xml_list_of_int)
    put(element, _DEFAULT_ASSOCIATE, value.default_associate, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_step_distribute_to_owner(
    data: Any, path: str
) -> WorkflowStepDistributeToOwner:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowStepDistributeToOwner)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.step_type = take(data, "StepType", path, decode_json_workflow_step_type)
    value.rank = take_int(data, "Rank", path)
    value.only_to_unassigned = take_bool(data, "OnlyToUnassigned", path)
    value.associates = take_nillable(data, "Associates", path, decode_json_list_of_int)
    value.user_groups = take_nillable(data, "UserGroups", path, decode_json_list_of_int)
    value.distribute_queue = take_nillable(data, "DistributeQueue", path, decode_json_list_of_int)
    value.default_associate = take_int(data, "DefaultAssociate", path)
    value.extra = (
        None
        if _WORKFLOW_STEP_DISTRIBUTE_TO_OWNER_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_STEP_DISTRIBUTE_TO_OWNER_KEYS)
    )
    return value


def encode_json_workflow_step_distribute_to_owner(
    value: WorkflowStepDistributeToOwner,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "StepType", value.step_type, encode_json_workflow_step_type)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "OnlyToUnassigned", value.only_to_unassigned, json_write_bool)
    put_json(result, "Associates", value.associates, encode_json_list_of_int)
    put_json(result, "UserGroups", value.user_groups, encode_json_list_of_int)
    put_json(result, "DistributeQueue", value.distribute_queue, encode_json_list_of_int)
    put_json(result, "DefaultAssociate", value.default_associate, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_STEP_DISTRIBUTE_TO_OWNER_CODEC = Codec(
    decode_xml_workflow_step_distribute_to_owner,
    encode_xml_workflow_step_distribute_to_owner,
    decode_json_workflow_step_distribute_to_owner,
    encode_json_workflow_step_distribute_to_owner,
)
