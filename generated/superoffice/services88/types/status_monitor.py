"""Services88 types: ArrayOfStatusMonitor, StatusMonitor.

Used by the Saint agent.
"""

from __future__ import annotations

import dataclasses
import datetime
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
    json_datetime,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_int,
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
    write_datetime,
    write_int,
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

_DEFAULT_TASK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultTask"
_DEFAULT_TASK_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultTaskText"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_GENERATION_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GenerationStart"
_IS_VISUAL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsVisual"
_LAST_GENERATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastGenerated"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_NEEDS_UPDATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NeedsUpdate"
_NUM_MATCHES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumMatches"
_NUM_NEED_UPDATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumNeedUpdate"
_OWNER_TABLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnerTable"
_PICTURE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PictureId"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_STATUS_MONITOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StatusMonitor"
_STATUS_MONITOR_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StatusMonitorId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class StatusMonitor(Carrier):
    """Definition of all properties for a status monitor

    Carrier object for StatusMonitor. Services for the StatusMonitor Carrier is available from
    the Saint Agent.
    """

    owner_table: int | Unset = UNSET
    """Id of table that owns the status monitor"""
    rank: int | Unset = UNSET
    """Priority rank, in case more than one status is signalled. Lowest wins"""
    default_task: int | Unset = UNSET
    """"Default task type for this status; the default task text is in the text table (since it can
    be long), and may contain template variables\"
    """
    default_task_text: str | None | Unset = UNSET
    """Default task text for this status"""
    is_visual: bool | Unset = UNSET
    """Should the status be visualized (active) in the client"""
    last_generated: datetime.datetime | Unset = UNSET
    """When was this status last generated (i.e., statusValue rows created)"""
    description: str | None | Unset = UNSET
    """Description of the status monitor"""
    name: str | None | Unset = UNSET
    """Name of status monitor"""
    status_monitor_id: int | Unset = UNSET
    """Primary key"""
    picture_id: int | Unset = UNSET
    """Id of BinaryObject row that contains image for status monitor"""
    needs_update: bool | Unset = UNSET
    """Is the definition dirty, ie., ALL values are invalid until a recalculation; this flag is set
    when the status DEFINITION is changed, as opposed to the flag on StatusValue
    """
    deleted: bool | Unset = UNSET
    """Deleted flag, 1 if this record is deleted (never from the database)"""
    num_matches: int | Unset = UNSET
    """Number of targets that have this status, this should be the number of rows in StatusValue
    pointing to this definition, and that have isSignalled set to 1
    """
    num_need_update: int | Unset = UNSET
    """Number of targets that had this status, but have their needsUpdate bit set due to some
    change
    """
    generation_start: datetime.datetime | Unset = UNSET
    """When was the last regeneration started"""

    def to_xml(self) -> Element:
        return encode_xml_status_monitor(None, _STATUS_MONITOR, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> StatusMonitor:
        return record_from_xml(decode_xml_status_monitor, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_status_monitor(self)

    @classmethod
    def from_json(cls, data: Any) -> StatusMonitor:
        return record_from_json(decode_json_status_monitor, data)


_STATUS_MONITOR_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "OwnerTable",
        "Rank",
        "DefaultTask",
        "DefaultTaskText",
        "IsVisual",
        "LastGenerated",
        "Description",
        "Name",
        "StatusMonitorId",
        "PictureId",
        "NeedsUpdate",
        "Deleted",
        "NumMatches",
        "NumNeedUpdate",
        "GenerationStart",
    )
)


def decode_xml_status_monitor(element: Element) -> StatusMonitor:
    value = StatusMonitor()
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
        elif tag == _OWNER_TABLE:
            value.owner_table = read_int(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _DEFAULT_TASK:
            value.default_task = read_int(child)
        elif tag == _DEFAULT_TASK_TEXT:
            value.default_task_text = child.text or empty_or_nil(child)
        elif tag == _IS_VISUAL:
            value.is_visual = read_bool(child)
        elif tag == _LAST_GENERATED:
            value.last_generated = read_datetime(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _STATUS_MONITOR_ID:
            value.status_monitor_id = read_int(child)
        elif tag == _PICTURE_ID:
            value.picture_id = read_int(child)
        elif tag == _NEEDS_UPDATE:
            value.needs_update = read_bool(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _NUM_MATCHES:
            value.num_matches = read_int(child)
        elif tag == _NUM_NEED_UPDATE:
            value.num_need_update = read_int(child)
        elif tag == _GENERATION_START:
            value.generation_start = read_datetime(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_status_monitor(parent: Element | None, tag: str, value: StatusMonitor) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _OWNER_TABLE, value.owner_table, write_int)
    put(element, _RANK, value.rank, write_int)
    put(element, _DEFAULT_TASK, value.default_task, write_int)
    put(element, _DEFAULT_TASK_TEXT, value.default_task_text, write_str)
    put(element, _IS_VISUAL, value.is_visual, write_bool)
    put(element, _LAST_GENERATED, value.last_generated, write_datetime)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _NAME, value.name, write_str)
    put(element, _STATUS_MONITOR_ID, value.status_monitor_id, write_int)
    put(element, _PICTURE_ID, value.picture_id, write_int)
    put(element, _NEEDS_UPDATE, value.needs_update, write_bool)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _NUM_MATCHES, value.num_matches, write_int)
    put(element, _NUM_NEED_UPDATE, value.num_need_update, write_int)
    put(element, _GENERATION_START, value.generation_start, write_datetime)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_status_monitor(data: Any, path: str) -> StatusMonitor:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(StatusMonitor)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.owner_table = take_int(data, "OwnerTable", path)
    value.rank = take_int(data, "Rank", path)
    value.default_task = take_int(data, "DefaultTask", path)
    value.default_task_text = take_str_nillable(data, "DefaultTaskText", path)
    value.is_visual = take_bool(data, "IsVisual", path)
    value.last_generated = take(data, "LastGenerated", path, json_datetime)
    value.description = take_str_nillable(data, "Description", path)
    value.name = take_str_nillable(data, "Name", path)
    value.status_monitor_id = take_int(data, "StatusMonitorId", path)
    value.picture_id = take_int(data, "PictureId", path)
    value.needs_update = take_bool(data, "NeedsUpdate", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.num_matches = take_int(data, "NumMatches", path)
    value.num_need_update = take_int(data, "NumNeedUpdate", path)
    value.generation_start = take(data, "GenerationStart", path, json_datetime)
    value.extra = (
        None if _STATUS_MONITOR_KEYS.issuperset(data) else json_extra(data, _STATUS_MONITOR_KEYS)
    )
    return value


def encode_json_status_monitor(value: StatusMonitor) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "OwnerTable", value.owner_table, json_write_int)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "DefaultTask", value.default_task, json_write_int)
    put_json(result, "DefaultTaskText", value.default_task_text, json_write_str)
    put_json(result, "IsVisual", value.is_visual, json_write_bool)
    put_json(result, "LastGenerated", value.last_generated, json_write_datetime)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "StatusMonitorId", value.status_monitor_id, json_write_int)
    put_json(result, "PictureId", value.picture_id, json_write_int)
    put_json(result, "NeedsUpdate", value.needs_update, json_write_bool)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "NumMatches", value.num_matches, json_write_int)
    put_json(result, "NumNeedUpdate", value.num_need_update, json_write_int)
    put_json(result, "GenerationStart", value.generation_start, json_write_datetime)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


STATUS_MONITOR_CODEC = Codec(
    decode_xml_status_monitor,
    encode_xml_status_monitor,
    decode_json_status_monitor,
    encode_json_status_monitor,
)


def decode_xml_list_of_status_monitor(element: Element) -> list[StatusMonitor | None]:
    """``ArrayOfStatusMonitor``: a list of ``StatusMonitor`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_status_monitor(child))
        for child in element
        if child.tag == _STATUS_MONITOR
    ]


def encode_xml_list_of_status_monitor(
    parent: Element | None, tag: str, value: list[StatusMonitor | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _STATUS_MONITOR, item, encode_xml_status_monitor)
    return element


def decode_json_list_of_status_monitor(data: Any, path: str) -> list[StatusMonitor | None]:
    return json_items_nillable(data, path, decode_json_status_monitor)


def encode_json_list_of_status_monitor(value: list[StatusMonitor | None]) -> list[Any]:
    return [(None if item is None else encode_json_status_monitor(item)) for item in value]


LIST_OF_STATUS_MONITOR_CODEC = Codec(
    decode_xml_list_of_status_monitor,
    encode_xml_list_of_status_monitor,
    decode_json_list_of_status_monitor,
    encode_json_list_of_status_monitor,
)
