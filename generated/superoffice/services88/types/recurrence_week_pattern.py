"""Services88 types: RecurrenceWeekPattern.

Used by 4 agents.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    UNSET,
    Codec,
    Element,
    Record,
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
    take,
    take_int,
    write_int,
)
from .weekday import (
    Weekday,
    decode_json_weekday,
    decode_xml_weekday,
    encode_json_weekday,
    encode_xml_weekday,
)

_CYCLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Cycle"
_RECURRENCE_WEEK_PATTERN = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecurrenceWeekPattern"
)
_WEEKDAYS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Weekdays"


@dataclasses.dataclass(kw_only=True, repr=False)
class RecurrenceWeekPattern(Record):
    """Class representing a pattern for weekly recurrence"""

    cycle: int | Unset = UNSET
    """The number of weeks between each repetition"""
    weekdays: Weekday | str | Unset = UNSET
    """The weekdays the recurrence should occur for"""

    def to_xml(self) -> Element:
        return encode_xml_recurrence_week_pattern(None, _RECURRENCE_WEEK_PATTERN, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> RecurrenceWeekPattern:
        return record_from_xml(decode_xml_recurrence_week_pattern, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_recurrence_week_pattern(self)

    @classmethod
    def from_json(cls, data: Any) -> RecurrenceWeekPattern:
        return record_from_json(decode_json_recurrence_week_pattern, data)


_RECURRENCE_WEEK_PATTERN_KEYS = frozenset(
    (
        "Cycle",
        "Weekdays",
    )
)


def decode_xml_recurrence_week_pattern(element: Element) -> RecurrenceWeekPattern:
    value = RecurrenceWeekPattern()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _CYCLE:
            value.cycle = read_int(child)
        elif tag == _WEEKDAYS:
            value.weekdays = decode_xml_weekday(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_recurrence_week_pattern(
    parent: Element | None, tag: str, value: RecurrenceWeekPattern
) -> Element:
    element = new_child(parent, tag)
    put(element, _CYCLE, value.cycle, write_int)
    put(element, _WEEKDAYS, value.weekdays, encode_xml_weekday)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_recurrence_week_pattern(data: Any, path: str) -> RecurrenceWeekPattern:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(RecurrenceWeekPattern)
    value.cycle = take_int(data, "Cycle", path)
    value.weekdays = take(data, "Weekdays", path, decode_json_weekday)
    value.extra = (
        None
        if _RECURRENCE_WEEK_PATTERN_KEYS.issuperset(data)
        else json_extra(data, _RECURRENCE_WEEK_PATTERN_KEYS)
    )
    return value


def encode_json_recurrence_week_pattern(value: RecurrenceWeekPattern) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Cycle", value.cycle, json_write_int)
    put_json(result, "Weekdays", value.weekdays, encode_json_weekday)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RECURRENCE_WEEK_PATTERN_CODEC = Codec(
    decode_xml_recurrence_week_pattern,
    encode_xml_recurrence_week_pattern,
    decode_json_recurrence_week_pattern,
    encode_json_recurrence_week_pattern,
)
