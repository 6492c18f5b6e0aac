"""Services88 types: ActivitySummary.

Used by the Appointment agent.
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
    take_int,
    take_nillable,
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

_ACTIVITY_SUMMARY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActivitySummary"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NUM_BUSY_ACTIVITIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumBusyActivities"
_NUM_FREE_ACTIVITIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NumFreeActivities"
_PERCENTAGE_BUSY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PercentageBusy"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ActivitySummary(Carrier):
    """Activity information summary - number of free and busy activities.

    Carrier object for ActivitySummary. Services for the ActivitySummary Carrier is available
    from the Appointment Agent.
    """

    num_busy_activities: int | Unset = UNSET
    """Number of activites and tasks in the diary that are of type 'busy'. Sales and documents are
    not activites in this case, only diary appointments and tasks.
    """
    num_free_activities: int | Unset = UNSET
    """Number of activites of the type 'free'. Sales and documents are not activites in this case,
    only diary appointments and tasks.
    """
    percentage_busy: int | Unset = UNSET
    """How much of the active work-day which is booked in appointments."""

    def to_xml(self) -> Element:
        return encode_xml_activity_summary(None, _ACTIVITY_SUMMARY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ActivitySummary:
        return record_from_xml(decode_xml_activity_summary, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_activity_summary(self)

    @classmethod
    def from_json(cls, data: Any) -> ActivitySummary:
        return record_from_json(decode_json_activity_summary, data)


_ACTIVITY_SUMMARY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "NumBusyActivities",
        "NumFreeActivities",
        "PercentageBusy",
    )
)


def decode_xml_activity_summary(element: Element) -> ActivitySummary:
    value = ActivitySummary()
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
        elif tag == _NUM_BUSY_ACTIVITIES:
            value.num_busy_activities = read_int(child)
        elif tag == _NUM_FREE_ACTIVITIES:
            value.num_free_activities = read_int(child)
        elif tag == _PERCENTAGE_BUSY:
            value.percentage_busy = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_activity_summary(
    parent: Element | None, tag: str, value: ActivitySummary
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NUM_BUSY_ACTIVITIES, value.num_busy_activities, write_int)
    put(element, _NUM_FREE_ACTIVITIES, value.num_free_activities, write_int)
    put(element, _PERCENTAGE_BUSY, value.percentage_busy, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_activity_summary(data: Any, path: str) -> ActivitySummary:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ActivitySummary)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.num_busy_activities = take_int(data, "NumBusyActivities", path)
    value.num_free_activities = take_int(data, "NumFreeActivities", path)
    value.percentage_busy = take_int(data, "PercentageBusy", path)
    value.extra = (
        None
        if _ACTIVITY_SUMMARY_KEYS.issuperset(data)
        else json_extra(data, _ACTIVITY_SUMMARY_KEYS)
    )
    return value


def encode_json_activity_summary(value: ActivitySummary) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "NumBusyActivities", value.num_busy_activities, json_write_int)
    put_json(result, "NumFreeActivities", value.num_free_activities, json_write_int)
    put_json(result, "PercentageBusy", value.percentage_busy, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ACTIVITY_SUMMARY_CODEC = Codec(
    decode_xml_activity_summary,
    encode_xml_activity_summary,
    decode_json_activity_summary,
    encode_json_activity_summary,
)
