"""Services88 types: ArrayOfWorkflowGoal, WorkflowGoal.

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
from .workflow_goal_type import (
    WorkflowGoalType,
    decode_json_workflow_goal_type,
    decode_xml_workflow_goal_type,
    encode_json_workflow_goal_type,
    encode_xml_workflow_goal_type,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_GOAL_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GoalType"
_RESTRICTION_GROUPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RestrictionGroups"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_WORKFLOW_GOAL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowGoal"
_WORKFLOW_GOAL_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowGoalId"
_WORKFLOW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowId"


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowGoal(Carrier):
    """Workflow goal carrier

    Carrier object for WorkflowGoal. Services for the WorkflowGoal Carrier is available from the
    Workflow Agent.
    """

    workflow_goal_id: int | Unset = UNSET
    """Primary key"""
    workflow_id: int | Unset = UNSET
    """The flow this goal belongs to"""
    goal_type: WorkflowGoalType | str | Unset = UNSET
    """The workflow goal type"""
    restriction_groups: list[ArchiveRestrictionGroup | None] | None | Unset = UNSET
    """The restrictions (can be multiple groups) that make up the Workflow goal criteria"""

    def to_xml(self) -> Element:
        return encode_xml_workflow_goal(None, _WORKFLOW_GOAL, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowGoal:
        return record_from_xml(decode_xml_workflow_goal, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_goal(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowGoal:
        return record_from_json(decode_json_workflow_goal, data)


_WORKFLOW_GOAL_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "WorkflowGoalId",
        "WorkflowId",
        "GoalType",
        "RestrictionGroups",
    )
)


def decode_xml_workflow_goal(element: Element) -> WorkflowGoal:
    value = WorkflowGoal()
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
        elif tag == _WORKFLOW_GOAL_ID:
            value.workflow_goal_id = read_int(child)
        elif tag == _WORKFLOW_ID:
            value.workflow_id = read_int(child)
        elif tag == _GOAL_TYPE:
            value.goal_type = decode_xml_workflow_goal_type(child)
        elif tag == _RESTRICTION_GROUPS:
            value.restriction_groups = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_archive_restriction_group(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_goal(parent: Element | None, tag: str, value: WorkflowGoal) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _WORKFLOW_GOAL_ID, value.workflow_goal_id, write_int)
    put(element, _WORKFLOW_ID, value.workflow_id, write_int)
    put(element, _GOAL_TYPE, value.goal_type, encode_xml_workflow_goal_type)
    put(
        element,
        _RESTRICTION_GROUPS,
        value.restriction_groups,
        encode_xml_list_of_archive_restriction_group,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_goal(data: Any, path: str) -> WorkflowGoal:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowGoal)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.workflow_goal_id = take_int(data, "WorkflowGoalId", path)
    value.workflow_id = take_int(data, "WorkflowId", path)
    value.goal_type = take(data, "GoalType", path, decode_json_workflow_goal_type)
    value.restriction_groups = take_nillable(
        data, "RestrictionGroups", path, decode_json_list_of_archive_restriction_group
    )
    value.extra = (
        None if _WORKFLOW_GOAL_KEYS.issuperset(data) else json_extra(data, _WORKFLOW_GOAL_KEYS)
    )
    return value


def encode_json_workflow_goal(value: WorkflowGoal) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "WorkflowGoalId", value.workflow_goal_id, json_write_int)
    put_json(result, "WorkflowId", value.workflow_id, json_write_int)
    put_json(result, "GoalType", value.goal_type, encode_json_workflow_goal_type)
    put_json(
        result,
        "RestrictionGroups",
        value.restriction_groups,
        encode_json_list_of_archive_restriction_group,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_GOAL_CODEC = Codec(
    decode_xml_workflow_goal,
    encode_xml_workflow_goal,
    decode_json_workflow_goal,
    encode_json_workflow_goal,
)


def decode_xml_list_of_workflow_goal(element: Element) -> list[WorkflowGoal | None]:
    """``ArrayOfWorkflowGoal``: a list of ``WorkflowGoal`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_workflow_goal(child))
        for child in element
        if child.tag == _WORKFLOW_GOAL
    ]


def encode_xml_list_of_workflow_goal(
    parent: Element | None, tag: str, value: list[WorkflowGoal | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _WORKFLOW_GOAL, item, encode_xml_workflow_goal)
    return element


def decode_json_list_of_workflow_goal(data: Any, path: str) -> list[WorkflowGoal | None]:
    return json_items_nillable(data, path, decode_json_workflow_goal)


def encode_json_list_of_workflow_goal(value: list[WorkflowGoal | None]) -> list[Any]:
    return [(None if item is None else encode_json_workflow_goal(item)) for item in value]


LIST_OF_WORKFLOW_GOAL_CODEC = Codec(
    decode_xml_list_of_workflow_goal,
    encode_xml_list_of_workflow_goal,
    decode_json_list_of_workflow_goal,
    encode_json_list_of_workflow_goal,
)
