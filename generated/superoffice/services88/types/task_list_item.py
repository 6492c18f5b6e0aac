"""Services88 types: ArrayOfTaskListItem, TaskListItem.

Used by 4 agents.
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
    json_items_nillable,
    json_object,
    json_short,
    json_write_bool,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_short,
    write_str,
)
from .carrier import Carrier
from .color_index import (
    ColorIndex,
    decode_json_color_index,
    decode_xml_color_index,
    encode_json_color_index,
    encode_xml_color_index,
)
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
from .task_direction import (
    TaskDirection,
    decode_json_task_direction,
    decode_xml_task_direction,
    encode_json_task_direction,
    encode_xml_task_direction,
)
from .task_type import (
    TaskType,
    decode_json_task_type,
    decode_xml_task_type,
    encode_json_task_type,
    encode_xml_task_type,
)
from .video_meeting_status import (
    VideoMeetingStatus,
    decode_json_video_meeting_status,
    decode_xml_video_meeting_status,
    encode_json_video_meeting_status,
    encode_xml_video_meeting_status,
)

_COLOR_INDEX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ColorIndex"
_DEFAULT_VIDEOMEETING_STATUS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultVideomeetingStatus"
)
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_DIRECTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Direction"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_INTENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IntentId"
_IS_DEFAULT_ALLDAY_EVENT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsDefaultAlldayEvent"
)
_IS_DEFAULT_FREE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsDefaultFree"
_IS_DEFAULT_PUBLISHED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsDefaultPublished"
)
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TASK_LIST_ITEM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TaskListItem"
_TASK_LIST_ITEM_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TaskListItemId"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class TaskListItem(Carrier):
    """Carrier object for TaskListItem. Services for the TaskListItem Carrier is available from the
    Appointment Agent.
    """

    task_list_item_id: int | Unset = UNSET
    """Primary key"""
    value: str | None | Unset = UNSET
    """The list item"""
    direction: TaskDirection | str | Unset = UNSET
    """1 = incoming, 2 = outgoing, see EAppntDirection"""
    type: TaskType | str | Unset = UNSET
    """1 = app, 2 = doc, 3 = email, 4 = fax, 5 = phone, 6 = todo - see EAppntRecordTypes"""
    tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    deleted: bool | Unset = UNSET
    """If true, the Task list item is deleted"""
    intent_id: int | Unset = UNSET
    """Link to the intention of this kind of task (used by SAINT)"""
    rank: int | Unset = UNSET
    """Rank order"""
    is_default_allday_event: bool | Unset = UNSET
    """True if all day event"""
    is_default_free: bool | Unset = UNSET
    """True if free, false if busy"""
    is_default_published: bool | Unset = UNSET
    """Published to external persons"""
    color_index: ColorIndex | str | Unset = UNSET
    """JAP"""
    default_videomeeting_status: VideoMeetingStatus | str | Unset = UNSET
    """Default video-meeting status for meetings created in SuperOffice CRM."""

    def to_xml(self) -> Element:
        return encode_xml_task_list_item(None, _TASK_LIST_ITEM, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TaskListItem:
        return record_from_xml(decode_xml_task_list_item, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_task_list_item(self)

    @classmethod
    def from_json(cls, data: Any) -> TaskListItem:
        return record_from_json(decode_json_task_list_item, data)


_TASK_LIST_ITEM_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TaskListItemId",
        "Value",
        "Direction",
        "Type",
        "Tooltip",
        "Deleted",
        "IntentId",
        "Rank",
        "IsDefaultAlldayEvent",
        "IsDefaultFree",
        "IsDefaultPublished",
        "ColorIndex",
        "DefaultVideomeetingStatus",
    )
)


def decode_xml_task_list_item(element: Element) -> TaskListItem:
    value = TaskListItem()
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
        elif tag == _TASK_LIST_ITEM_ID:
            value.task_list_item_id = read_int(child)
        elif tag == _VALUE:
            value.value = child.text or empty_or_nil(child)
        elif tag == _DIRECTION:
            value.direction = decode_xml_task_direction(child)
        elif tag == _TYPE:
            value.type = decode_xml_task_type(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _INTENT_ID:
            value.intent_id = read_int(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _IS_DEFAULT_ALLDAY_EVENT:
            value.is_default_allday_event = read_bool(child)
        elif tag == _IS_DEFAULT_FREE:
            value.is_default_free = read_bool(child)
        elif tag == _IS_DEFAULT_PUBLISHED:
            value.is_default_published = read_bool(child)
        elif tag == _COLOR_INDEX:
            value.color_index = decode_xml_color_index(child)
        elif tag == _DEFAULT_VIDEOMEETING_STATUS:
            value.default_videomeeting_status = decode_xml_video_meeting_status(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_task_list_item(parent: Element | None, tag: str, value: TaskListItem) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TASK_LIST_ITEM_ID, value.task_list_item_id, write_int)
    put(element, _VALUE, value.value, write_str)
    put(element, _DIRECTION, value.direction, encode_xml_task_direction)
    put(element, _TYPE, value.type, encode_xml_task_type)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _INTENT_ID, value.intent_id, write_int)
    put(element, _RANK, value.rank, write_short)
    put(element, _IS_DEFAULT_ALLDAY_EVENT, value.is_default_allday_event, write_bool)
    put(element, _IS_DEFAULT_FREE, value.is_default_free, write_bool)
    put(element, _IS_DEFAULT_PUBLISHED, value.is_default_published, write_bool)
    put(element, _COLOR_INDEX, value.color_index, encode_xml_color_index)
    put(
        element,
        _DEFAULT_VIDEOMEETING_STATUS,
        value.default_videomeeting_status,
        encode_xml_video_meeting_status,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_task_list_item(data: Any, path: str) -> TaskListItem:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TaskListItem)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.task_list_item_id = take_int(data, "TaskListItemId", path)
    value.value = take_str_nillable(data, "Value", path)
    value.direction = take(data, "Direction", path, decode_json_task_direction)
    value.type = take(data, "Type", path, decode_json_task_type)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.intent_id = take_int(data, "IntentId", path)
    value.rank = take(data, "Rank", path, json_short)
    value.is_default_allday_event = take_bool(data, "IsDefaultAlldayEvent", path)
    value.is_default_free = take_bool(data, "IsDefaultFree", path)
    value.is_default_published = take_bool(data, "IsDefaultPublished", path)
    value.color_index = take(data, "ColorIndex", path, decode_json_color_index)
    value.default_videomeeting_status = take(
        data, "DefaultVideomeetingStatus", path, decode_json_video_meeting_status
    )
    value.extra = (
        None if _TASK_LIST_ITEM_KEYS.issuperset(data) else json_extra(data, _TASK_LIST_ITEM_KEYS)
    )
    return value


def encode_json_task_list_item(value: TaskListItem) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TaskListItemId", value.task_list_item_id, json_write_int)
    put_json(result, "Value", value.value, json_write_str)
    put_json(result, "Direction", value.direction, encode_json_task_direction)
    put_json(result, "Type", value.type, encode_json_task_type)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "IntentId", value.intent_id, json_write_int)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "IsDefaultAlldayEvent", value.is_default_allday_event, json_write_bool)
    put_json(result, "IsDefaultFree", value.is_default_free, json_write_bool)
    put_json(result, "IsDefaultPublished", value.is_default_published, json_write_bool)
    put_json(result, "ColorIndex", value.color_index, encode_json_color_index)
    put_json(
        result,
        "DefaultVideomeetingStatus",
        value.default_videomeeting_status,
        encode_json_video_meeting_status,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TASK_LIST_ITEM_CODEC = Codec(
    decode_xml_task_list_item,
    encode_xml_task_list_item,
    decode_json_task_list_item,
    encode_json_task_list_item,
)


def decode_xml_list_of_task_list_item(element: Element) -> list[TaskListItem | None]:
    """``ArrayOfTaskListItem``: a list of ``TaskListItem`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_task_list_item(child))
        for child in element
        if child.tag == _TASK_LIST_ITEM
    ]


def encode_xml_list_of_task_list_item(
    parent: Element | None, tag: str, value: list[TaskListItem | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TASK_LIST_ITEM, item, encode_xml_task_list_item)
    return element


def decode_json_list_of_task_list_item(data: Any, path: str) -> list[TaskListItem | None]:
    return json_items_nillable(data, path, decode_json_task_list_item)


def encode_json_list_of_task_list_item(value: list[TaskListItem | None]) -> list[Any]:
    return [(None if item is None else encode_json_task_list_item(item)) for item in value]


LIST_OF_TASK_LIST_ITEM_CODEC = Codec(
    decode_xml_list_of_task_list_item,
    encode_xml_list_of_task_list_item,
    decode_json_list_of_task_list_item,
    encode_json_list_of_task_list_item,
)
