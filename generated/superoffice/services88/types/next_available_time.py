"""Services88 types: ArrayOfNextAvailableTime, NextAvailableTime.

Used by the Appointment agent.
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
    json_datetime,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_datetime,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    write_datetime,
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

_AVAILABLE_TIME_END = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AvailableTimeEnd"
_AVAILABLE_TIME_START = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AvailableTimeStart"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NEXT_AVAILABLE_TIME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NextAvailableTime"
_RECOMMENDED_TIME_END = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecommendedTimeEnd"
)
_RECOMMENDED_TIME_START = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecommendedTimeStart"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class NextAvailableTime(Carrier):
    """The soonest-available working time slot

    Carrier object for NextAvailableTime. Services for the NextAvailableTime Carrier is
    available from the Appointment Agent.
    """

    available_time_start: datetime.datetime | Unset = UNSET
    """The available start date time."""
    available_time_end: datetime.datetime | Unset = UNSET
    """The available end date time."""
    recommended_time_start: datetime.datetime | Unset = UNSET
    """The recommended start date time."""
    recommended_time_end: datetime.datetime | Unset = UNSET
    """The recomended end date time."""

    def to_xml(self) -> Element:
        return encode_xml_next_available_time(None, _NEXT_AVAILABLE_TIME, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> NextAvailableTime:
        return record_from_xml(decode_xml_next_available_time, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_next_available_time(self)

    @classmethod
    def from_json(cls, data: Any) -> NextAvailableTime:
        return record_from_json(decode_json_next_available_time, data)


_NEXT_AVAILABLE_TIME_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "AvailableTimeStart",
        "AvailableTimeEnd",
        "RecommendedTimeStart",
        "RecommendedTimeEnd",
    )
)


def decode_xml_next_available_time(element: Element) -> NextAvailableTime:
    value = NextAvailableTime()
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
        elif tag == _AVAILABLE_TIME_START:
            value.available_time_start = read_datetime(child)
        elif tag == _AVAILABLE_TIME_END:
            value.available_time_end = read_datetime(child)
        elif tag == _RECOMMENDED_TIME_START:
            value.recommended_time_start = read_datetime(child)
        elif tag == _RECOMMENDED_TIME_END:
            value.recommended_time_end = read_datetime(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_next_available_time(
    parent: Element | None, tag: str, value: NextAvailableTime
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _AVAILABLE_TIME_START, value.available_time_start, write_datetime)
    put(element, _AVAILABLE_TIME_END, value.available_time_end, write_datetime)
    put(element, _RECOMMENDED_TIME_START, value.recommended_time_start, write_datetime)
    put(element, _RECOMMENDED_TIME_END, value.recommended_time_end, write_datetime)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_next_available_time(data: Any, path: str) -> NextAvailableTime:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(NextAvailableTime)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.available_time_start = take(data, "AvailableTimeStart", path, json_datetime)
    value.available_time_end = take(data, "AvailableTimeEnd", path, json_datetime)
    value.recommended_time_start = take(data, "RecommendedTimeStart", path, json_datetime)
    value.recommended_time_end = take(data, "RecommendedTimeEnd", path, json_datetime)
    value.extra = (
        None
        if _NEXT_AVAILABLE_TIME_KEYS.issuperset(data)
        else json_extra(data, _NEXT_AVAILABLE_TIME_KEYS)
    )
    return value


def encode_json_next_available_time(value: NextAvailableTime) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "AvailableTimeStart", value.available_time_start, json_write_datetime)
    put_json(result, "AvailableTimeEnd", value.available_time_end, json_write_datetime)
    put_json(result, "RecommendedTimeStart", value.recommended_time_start, json_write_datetime)
    put_json(result, "RecommendedTimeEnd", value.recommended_time_end, json_write_datetime)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


NEXT_AVAILABLE_TIME_CODEC = Codec(
    decode_xml_next_available_time,
    encode_xml_next_available_time,
    decode_json_next_available_time,
    encode_json_next_available_time,
)


def decode_xml_list_of_next_available_time(element: Element) -> list[NextAvailableTime | None]:
    """``ArrayOfNextAvailableTime``: a list of ``NextAvailableTime`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_next_available_time(child))
        for child in element
        if child.tag == _NEXT_AVAILABLE_TIME
    ]


def encode_xml_list_of_next_available_time(
    parent: Element | None, tag: str, value: list[NextAvailableTime | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _NEXT_AVAILABLE_TIME, item, encode_xml_next_available_time)
    return element


def decode_json_list_of_next_available_time(
    data: Any, path: str
) -> list[NextAvailableTime | None]:
    return json_items_nillable(data, path, decode_json_next_available_time)


def encode_json_list_of_next_available_time(value: list[NextAvailableTime | None]) -> list[Any]:
    return [(None if item is None else encode_json_next_available_time(item)) for item in value]


LIST_OF_NEXT_AVAILABLE_TIME_CODEC = Codec(
    decode_xml_list_of_next_available_time,
    encode_xml_list_of_next_available_time,
    decode_json_list_of_next_available_time,
    encode_json_list_of_next_available_time,
)
