"""Services88 types: WorkflowEvent.

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
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    take_str_nillable,
    write_str,
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
from .workflow_event_type import (
    WorkflowEventType,
    decode_json_workflow_event_type,
    decode_xml_workflow_event_type,
    encode_json_workflow_event_type,
    encode_xml_workflow_event_type,
)

_ATTRIBUTES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Attributes"
_EVENT_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EventType"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_WORKFLOW_EVENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WorkflowEvent"


@dataclasses.dataclass(kw_only=True, repr=False)
class WorkflowEvent(Carrier):
    """Workflow event carrier

    Carrier object for WorkflowEvent. Services for the WorkflowEvent Carrier is available from
    the Workflow Agent.
    """

    event_type: WorkflowEventType | str | Unset = UNSET
    """The workflow event type"""
    attributes: str | None | Unset = UNSET
    """Event info"""

    def to_xml(self) -> Element:
        return encode_xml_workflow_event(None, _WORKFLOW_EVENT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WorkflowEvent:
        return record_from_xml(decode_xml_workflow_event, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_workflow_event(self)

    @classmethod
    def from_json(cls, data: Any) -> WorkflowEvent:
        return record_from_json(decode_json_workflow_event, data)


_WORKFLOW_EVENT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "EventType",
        "Attributes",
    )
)


def decode_xml_workflow_event(element: Element) -> WorkflowEvent:
    value = WorkflowEvent()
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
        elif tag == _EVENT_TYPE:
            value.event_type = decode_xml_workflow_event_type(child)
        elif tag == _ATTRIBUTES:
            value.attributes = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_workflow_event(parent: Element | None, tag: str, value: WorkflowEvent) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _EVENT_TYPE, value.event_type, encode_xml_workflow_event_type)
    put(element, _ATTRIBUTES, value.attributes, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_workflow_event(data: Any, path: str) -> WorkflowEvent:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WorkflowEvent)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.event_type = take(data, "EventType", path, decode_json_workflow_event_type)
    value.attributes = take_str_nillable(data, "Attributes", path)
    value.extra = (
        None if _WORKFLOW_EVENT_KEYS.issuperset(data) else json_extra(data, _WORKFLOW_EVENT_KEYS)
    )
    return value


def encode_json_workflow_event(value: WorkflowEvent) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "EventType", value.event_type, encode_json_workflow_event_type)
    put_json(result, "Attributes", value.attributes, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WORKFLOW_EVENT_CODEC = Codec(
    decode_xml_workflow_event,
    encode_xml_workflow_event,
    decode_json_workflow_event,
    encode_json_workflow_event,
)
