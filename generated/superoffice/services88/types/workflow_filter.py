"""Services88 types: WorkflowFilter.

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
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
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

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_RESTRICTION_GROUPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RestrictionGroups"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_WORKFLOW_FILTER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowFilter"


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowFilter(Carrier):
    """Workflow filter carrier

    Carrier object for WorkflowFilter. Services for the WorkflowFilter Carrier is available from
    the Workflow Agent.
    """

    restriction_groups: list[ArchiveRestrictionGroup | None] | None | Unset = UNSET
    """The restrictions (can be multiple groups) that make up the Workflow filter"""

    def to_xml(self) -> Element:
        return encode_xml_workflow_filter(None, _WORKFLOW_FILTER, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowFilter:
        return record_from_xml(decode_xml_workflow_filter, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_filter(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowFilter:
        return record_from_json(decode_json_workflow_filter, data)


_WORKFLOW_FILTER_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "RestrictionGroups",
    )
)


def decode_xml_workflow_filter(element: Element) -> WorkflowFilter:
    value = WorkflowFilter()
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
        elif tag == _RESTRICTION_GROUPS:
            value.restriction_groups = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_archive_restriction_group(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_filter(parent: Element | None, tag: str, value: WorkflowFilter) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(
        element,
        _RESTRICTION_GROUPS,
        value.restriction_groups,
        encode_xml_list_of_archive_restriction_group,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_filter(data: Any, path: str) -> WorkflowFilter:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowFilter)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.restriction_groups = take_nillable(
        data, "RestrictionGroups", path, decode_json_list_of_archive_restriction_group
    )
    value.extra = (
        None if _WORKFLOW_FILTER_KEYS.issuperset(data) else json_extra(data, _WORKFLOW_FILTER_KEYS)
    )
    return value


def encode_json_workflow_filter(value: WorkflowFilter) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(
        result,
        "RestrictionGroups",
        value.restriction_groups,
        encode_json_list_of_archive_restriction_group,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_FILTER_CODEC = Codec(
    decode_xml_workflow_filter,
    encode_xml_workflow_filter,
    decode_json_workflow_filter,
    encode_json_workflow_filter,
)
