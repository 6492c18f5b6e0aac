"""Services88 types: RecurrenceMonthPattern.

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
from .recurrence_monthly_pattern import (
    RecurrenceMonthlyPattern,
    decode_json_recurrence_monthly_pattern,
    decode_xml_recurrence_monthly_pattern,
    encode_json_recurrence_monthly_pattern,
    encode_xml_recurrence_monthly_pattern,
)
from .week_of_month import (
    WeekOfMonth,
    decode_json_week_of_month,
    decode_xml_week_of_month,
    encode_json_week_of_month,
    encode_xml_week_of_month,
)
from .weekday import (
    Weekday,
    decode_json_weekday,
    decode_xml_weekday,
    encode_json_weekday,
    encode_xml_weekday,
)

_CYCLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Cycle"
_DAY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Day"
_PATTERN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Pattern"
_RECURRENCE_MONTH_PATTERN = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecurrenceMonthPattern"
)
_WEEKDAY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Weekday"
_WEEK_OF_MONTH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WeekOfMonth"


@dataclasses.dataclass(kw_only=True, repr=False)
class RecurrenceMonthPattern(Record):
    """Class representing a pattern for monthly recurrence"""

    cycle: int | Unset = UNSET
    """The number of months between each repetition"""
    day: int | Unset = UNSET
    """The day of the month when the recurrence occurs Only used when the weekday of month pattern
    occurs.
    {SuperOffice.Data.RecurrenceMonthlyPattern.DayOfMonth}{SuperOffice.Data.RecurrenceYearlyPattern.DayOfMonth}
    """
    weekday: Weekday | str | Unset = UNSET
    """The weekday of the recurring pattern. Only used when the weekday of month pattern occurs.
    {SuperOffice.Data.RecurrenceMonthlyPattern.WeekdayOfMonth}{SuperOffice.Data.RecurrenceYearlyPattern.WeekdayOfMonth}
    """
    week_of_month: WeekOfMonth | str | Unset = UNSET
    """The week of the month Only used when the weekday of month pattern occurs.
    {SuperOffice.Data.RecurrenceMonthlyPattern.WeekdayOfMonth}{SuperOffice.Data.RecurrenceYearlyPattern.WeekdayOfMonth}
    """
    pattern: RecurrenceMonthlyPattern | str | Unset = UNSET
    """The type of monthly recurrence pattern"""

    def to_xml(self) -> Element:
        return encode_xml_recurrence_month_pattern(None, _RECURRENCE_MONTH_PATTERN, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> RecurrenceMonthPattern:
        return record_from_xml(decode_xml_recurrence_month_pattern, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_recurrence_month_pattern(self)

    @classmethod
    def from_json(cls, data: Any) -> RecurrenceMonthPattern:
        return record_from_json(decode_json_recurrence_month_pattern, data)


_RECURRENCE_MONTH_PATTERN_KEYS = frozenset(
    (
        "Cycle",
        "Day",
        "Weekday",
        "WeekOfMonth",
        "Pattern",
    )
)


def decode_xml_recurrence_month_pattern(element: Element) -> RecurrenceMonthPattern:
    value = RecurrenceMonthPattern()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _CYCLE:
            value.cycle = read_int(child)
        elif tag == _DAY:
            value.day = read_int(child)
        elif tag == _WEEKDAY:
            value.weekday = decode_xml_weekday(child)
        elif tag == _WEEK_OF_MONTH:
            value.week_of_month = decode_xml_week_of_month(child)
        elif tag == _PATTERN:
            value.pattern = decode_xml_recurrence_monthly_pattern(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_recurrence_month_pattern(
    parent: Element | None, tag: str, value: RecurrenceMonthPattern
) -> Element:
    element = new_child(parent, tag)
    put(element, _CYCLE, value.cycle, write_int)
    put(element, _DAY, value.day, write_int)
    put(element, _WEEKDAY, value.weekday, encode_xml_weekday)
    put(element, _WEEK_OF_MONTH, value.week_of_month, encode_xml_week_of_month)
    put(element, _PATTERN, value.pattern, encode_xml_recurrence_monthly_pattern)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_recurrence_month_pattern(data: Any, path: str) -> RecurrenceMonthPattern:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(RecurrenceMonthPattern)
    value.cycle = take_int(data, "Cycle", path)
    value.day = take_int(data, "Day", path)
    value.weekday = take(data, "Weekday", path, decode_json_weekday)
    value.week_of_month = take(data, "WeekOfMonth", path, decode_json_week_of_month)
    value.pattern = take(data, "Pattern", path, decode_json_recurrence_monthly_pattern)
    value.extra = (
        None
        if _RECURRENCE_MONTH_PATTERN_KEYS.issuperset(data)
        else json_extra(data, _RECURRENCE_MONTH_PATTERN_KEYS)
    )
    return value


def encode_json_recurrence_month_pattern(value: RecurrenceMonthPattern) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Cycle", value.cycle, json_write_int)
    put_json(result, "Day", value.day, json_write_int)
    put_json(result, "Weekday", value.weekday, encode_json_weekday)
    put_json(result, "WeekOfMonth", value.week_of_month, encode_json_week_of_month)
    put_json(result, "Pattern", value.pattern, encode_json_recurrence_monthly_pattern)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RECURRENCE_MONTH_PATTERN_CODEC = Codec(
    decode_xml_recurrence_month_pattern,
    encode_xml_recurrence_month_pattern,
    decode_json_recurrence_month_pattern,
    encode_json_recurrence_month_pattern,
)
