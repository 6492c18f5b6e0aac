"""Services88 types: ArrayOfWorkflowContentInfo, WorkflowContentInfo.

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
from .workflow_content_type import (
    WorkflowContentType,
    decode_json_workflow_content_type,
    decode_xml_workflow_content_type,
    encode_json_workflow_content_type,
    encode_xml_workflow_content_type,
)

_ACTIONS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Actions"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_WORKFLOW_CONTENT_INFO = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowContentInfo"
)
_WORKFLOW_CONTENT_TYPE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowContentType"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowContentInfo(Carrier):
    """Info about workflow content like messages, forms and links.

    Carrier object for WorkflowContentInfo. Services for the WorkflowContentInfo Carrier is
    available from the Workflow Agent.
    """

    workflow_content_type: WorkflowContentType | str | Unset = UNSET
    """The workflow content type"""
    id: int | Unset = UNSET
    """The id of the content row."""
    actions: bool | Unset = UNSET
    """True if the content (form, link) have associated actions."""

    def to_xml(self) -> Element:
        return encode_xml_workflow_content_info(None, _WORKFLOW_CONTENT_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowContentInfo:
        return record_from_xml(decode_xml_workflow_content_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_content_info(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowContentInfo:
        return record_from_json(decode_json_workflow_content_info, data)


_WORKFLOW_CONTENT_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "WorkflowContentType",
        "Id",
        "Actions",
    )
)


def decode_xml_workflow_content_info(element: Element) -> WorkflowContentInfo:
    value = WorkflowContentInfo()
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
        elif tag == _WORKFLOW_CONTENT_TYPE:
            value.workflow_content_type = decode_xml_workflow_content_type(child)
        elif tag == _ID:
            value.id = read_int(child)
        elif tag == _ACTIONS:
            value.actions = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_content_info(
    parent: Element | None, tag: str, value: WorkflowContentInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(
        element,
        _WORKFLOW_CONTENT_TYPE,
        value.workflow_content_type,
        encode_xml_workflow_content_type,
    )
    put(element, _ID, value.id, write_int)
    put(element, _ACTIONS, value.actions, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_content_info(data: Any, path: str) -> WorkflowContentInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowContentInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.workflow_content_type = take(
        data, "WorkflowContentType", path, decode_json_workflow_content_type
    )
    value.id = take_int(data, "Id", path)
    value.actions = take_bool(data, "Actions", path)
    value.extra = (
        None
        if _WORKFLOW_CONTENT_INFO_KEYS.issuperset(data)
        else json_extra(data, _WORKFLOW_CONTENT_INFO_KEYS)
    )
    return value


def encode_json_workflow_content_info(value: WorkflowContentInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(
        result,
        "WorkflowContentType",
        value.workflow_content_type,
        encode_json_workflow_content_type,
    )
    put_json(result, "Id", value.id, json_write_int)
    put_json(result, "Actions", value.actions, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_CONTENT_INFO_CODEC = Codec(
    decode_xml_workflow_content_info,
    encode_xml_workflow_content_info,
    decode_json_workflow_content_info,
    encode_json_workflow_content_info,
)


def decode_xml_list_of_workflow_content_info(element: Element) -> list[WorkflowContentInfo | None]:
    """``ArrayOfWorkflowContentInfo``: a list of ``WorkflowContentInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_workflow_content_info(child))
        for child in element
        if child.tag == _WORKFLOW_CONTENT_INFO
    ]


def encode_xml_list_of_workflow_content_info(
    parent: Element | None, tag: str, value: list[WorkflowContentInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _WORKFLOW_CONTENT_INFO, item, encode_xml_workflow_content_info)
    return element


def decode_json_list_of_workflow_content_info(
    data: Any, path: str
) -> list[WorkflowContentInfo | None]:
    return json_items_nillable(data, path, decode_json_workflow_content_info)


def encode_json_list_of_workflow_content_info(
    value: list[WorkflowContentInfo | None],
) -> list[Any]:
    return [(None if item is None else encode_json_workflow_content_info(item)) for item in value]


LIST_OF_WORKFLOW_CONTENT_INFO_CODEC = Codec(
    decode_xml_list_of_workflow_content_info,
    encode_xml_list_of_workflow_content_info,
    decode_json_list_of_workflow_content_info,
    encode_json_list_of_workflow_content_info,
)
