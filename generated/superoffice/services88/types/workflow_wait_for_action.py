"""Services88 types: ArrayOfWorkflowWaitForAction, WorkflowWaitForAction.

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
    json_items_nillable,
    json_object,
    json_write_int,
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
    write_int,
)
from .archive_restriction_group import (
    ArchiveRestrictionGroup,
    decode_json_list_of_archive_restriction_group,
    decode_xml_list_of_archive_restriction_group,
    encode_json_list_of_archive_restriction_group,
    encode_xml_list_of_archive_restriction_group,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .workflow_wait_for_action_type import (
    WorkflowWaitForActionType,
    decode_json_workflow_wait_for_action_type,
    decode_xml_workflow_wait_for_action_type,
    encode_json_workflow_wait_for_action_type,
    encode_xml_workflow_wait_for_action_type,
)

_ACTION_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActionType"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_RESTRICTION_GROUPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RestrictionGroups"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"
_WORKFLOW_STEP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowStepId"
_WORKFLOW_WAIT_FOR_ACTION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowWaitForAction"
)
_WORKFLOW_WAIT_FOR_ACTION_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowWaitForActionId"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowWaitForAction(Carrier):
    """Workflow action info carrier

    Carrier object for WorkflowWaitForAction. Services for the WorkflowWaitForAction Carrier is
    available from the Workflow Agent.
    """

    workflow_wait_for_action_id: int | Unset = UNSET
    """Primary key"""
    workflow_step_id: int | Unset = UNSET
    """The workflow step this instance belongs to"""
    workflow_id: int | Unset = UNSET
    """Workflow id"""
    rank: int | Unset = UNSET
    """The rank of this action"""
    action_type: WorkflowWaitForActionType | str | Unset = UNSET
    """The type of action"""
    restriction_groups: list[ArchiveRestrictionGroup | None] | None | Unset = UNSET
    """The restrictions (can be multiple groups) that make up the Workflow action criteria"""

    def to_xml(self) -> Element:
        return encode_xml_workflow_wait_for_action(None, _WORKFLOW_WAIT_FOR_ACTION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowWaitForAction:
        return record_from_xml(decode_xml_workflow_wait_for_action, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_wait_for_action(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowWaitForAction:
        return record_from_json(decode_json_workflow_wait_for_action, data)


_WORKFLOW_WAIT_FOR_ACTION_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "WorkflowWaitForActionId",
        "WorkflowStepId",
        "WorkflowId",
        "Rank",
        "ActionType",
        "RestrictionGroups",
    )
)


def decode_xml_workflow_wait_for_action(element: Element) -> WorkflowWaitForAction:
    value = WorkflowWaitForAction()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TABLE_RIGHT:
            value.table_right = (
                None if child.get(XSI_NIL) in NIL else decode_xml_table_right(child)
            )
        elif tag == _FIELD_PROPERTIES:
            value.field_properties = (
                None if child.get(XSI_NIL) in NIL else decode_xml_field_property_dictionary(child)
            )
        elif tag == _WORKFLOW_WAIT_FOR_ACTION_ID:
            value.workflow_wait_for_action_id = read_int(child)
        elif tag == _WORKFLOW_STEP_ID:
            value.workflow_step_id = read_int(child)
        elif tag == _WORKFLOW_ID:
            value.workflow_id = read_int(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _ACTION_TYPE:
            value.action_type = decode_xml_workflow_wait_for_action_type(child)
        elif tag == _RESTRICTION_GROUPS:
            value.restriction_groups = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_archive_restriction_group(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_wait_for_action(
    parent: Element | None, tag: str, value: WorkflowWaitForAction
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _WORKFLOW_WAIT_FOR_ACTION_ID, value.workflow_wait_for_action_id, write_int)
    put(element, _WORKFLOW_STEP_ID, value.workflow_step_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _RANK, value.rank, write_int)
    put(element, _ACTION_TYPE, value.action_type, encode_xml_workflow_wait_for_action_type)
    put(
        element,
        _RESTRICTION_GROUPS,
        value.restriction_groups,
        encode_xml_list_of_archive_restriction_group,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_wait_for_action(data: Any, path: str) -> WorkflowWaitForAction:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowWaitForAction)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.workflow_wait_for_action_id = take_int(data, "WorkflowWaitForActionId", path)
    value.workflow_step_id = take_int(data, "WorkflowStepId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.rank = take_int(data, "Rank", path)
    value.action_type = take(data, "ActionType", path, decode_json_workflow_wait_for_action_type)
    value.restriction_groups = take_nillable(
        data, "RestrictionGroups", path, decode_json_list_of_archive_restriction_group
    )
    value.extra = (
        None
        if _WORKFLOW_WAIT_FOR_ACTION_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_WAIT_FOR_ACTION_KEYS)
    )
    return value


def encode_json_workflow_wait_for_action(value: WorkflowWaitForAction) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "WorkflowWaitForActionId", value.workflow_wait_for_action_id, json_write_int)
    put_json(result, "WorkflowStepId", value.workflow_step_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "ActionType", value.action_type, encode_json_workflow_wait_for_action_type)
    put_json(
        result,
        "RestrictionGroups",
        value.restriction_groups,
        encode_json_list_of_archive_restriction_group,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_WAIT_FOR_ACTION_CODEC = Codec(
    decode_xml_workflow_wait_for_action,
    encode_xml_workflow_wait_for_action,
    decode_json_workflow_wait_for_action,
    encode_json_workflow_wait_for_action,
)


def decode_xml_list_of_workflow_wait_for_action(
    element: Element,
) -> list[WorkflowWaitForAction | None]:
    """``ArrayOfWorkflowWaitForAction``: a list of ``WorkflowWaitForAction`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_workflow_wait_for_action(child))
        for child in element
        if child.tag == _WORKFLOW_WAIT_FOR_ACTION
    ]


def encode_xml_list_of_workflow_wait_for_action(
    parent: Element | None, tag: str, value: list[WorkflowWaitForAction | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _WORKFLOW_WAIT_FOR_ACTION, item, encode_xml_workflow_wait_for_action)
    return element


def decode_json_list_of_workflow_wait_for_action(
    data: Any, path: str
) -> list[WorkflowWaitForAction | None]:
    return json_items_nillable(data, path, decode_json_workflow_wait_for_action)


def encode_json_list_of_workflow_wait_for_action(
    value: list[WorkflowWaitForAction | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_workflow_wait_for_action(item)) for item in value
    ]


LIST_OF_WORKFLOW_WAIT_FOR_ACTION_CODEC = Codec(
    decode_xml_list_of_workflow_wait_for_action,
    encode_xml_list_of_workflow_wait_for_action,
    decode_json_list_of_workflow_wait_for_action,
    encode_json_list_of_workflow_wait_for_action,
)
