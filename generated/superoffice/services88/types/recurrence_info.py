"""Services88 types: RecurrenceInfo.

Used by 4 agents.
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
    Record,
    Unset,
    blank,
    json_datetime,
    json_extra,
    json_object,
    json_write_bool,
    json_write_datetime,
    json_write_int,
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
    write_bool,
    write_datetime,
    write_int,
)
from .recurrence_date import (
    RecurrenceDate,
    decode_json_list_of_recurrence_date,
    decode_xml_list_of_recurrence_date,
    encode_json_list_of_recurrence_date,
    encode_xml_list_of_recurrence_date,
)
from .recurrence_day_pattern import (
    RecurrenceDayPattern,
    decode_json_recurrence_day_pattern,
    decode_xml_recurrence_day_pattern,
    encode_json_recurrence_day_pattern,
    encode_xml_recurrence_day_pattern,
)
from .recurrence_end_type import (
    RecurrenceEndType,
    decode_json_recurrence_end_type,
    decode_xml_recurrence_end_type,
    encode_json_recurrence_end_type,
    encode_xml_recurrence_end_type,
)
from .recurrence_month_pattern import (
    RecurrenceMonthPattern,
    decode_json_recurrence_month_pattern,
    decode_xml_recurrence_month_pattern,
    encode_json_recurrence_month_pattern,
    encode_xml_recurrence_month_pattern,
)
from .recurrence_pattern import (
    RecurrencePattern,
    decode_json_recurrence_pattern,
    decode_xml_recurrence_pattern,
    encode_json_recurrence_pattern,
    encode_xml_recurrence_pattern,
)
from .recurrence_week_pattern import (
    RecurrenceWeekPattern,
    decode_json_recurrence_week_pattern,
    decode_xml_recurrence_week_pattern,
    encode_json_recurrence_week_pattern,
    encode_xml_recurrence_week_pattern,
)
from .recurrence_year_pattern import (
    RecurrenceYearPattern,
    decode_json_recurrence_year_pattern,
    decode_xml_recurrence_year_pattern,
    encode_json_recurrence_year_pattern,
    encode_xml_recurrence_year_pattern,
)

_DATES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Dates"
_DAY_PATTERN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DayPattern"
_END_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EndDate"
_IS_RECURRENCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsRecurrence"
_MONTH_PATTERN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MonthPattern"
_PATTERN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Pattern"
_RECURRENCE_COUNTER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecurrenceCounter"
_RECURRENCE_END_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecurrenceEndType"
_RECURRENCE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecurrenceId"
_RECURRENCE_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecurrenceInfo"
_START_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StartDate"
_WEEK_PATTERN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WeekPattern"
_YEAR_PATTERN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}YearPattern"


@dataclasses.dataclass(kw_only=True, repr=False)
class RecurrenceInfo(Record):
    """Class representing the recurrence of an appointment booking"""

    recurrence_id: int | Unset = UNSET
    """The recurrence rule id"""
    start_date: datetime.datetime | Unset = UNSET
    """Start date of the repetition pattern"""
    end_date: datetime.datetime | Unset = UNSET
    """End date of the repetition pattern Only used when the end is calculated from a end date.
    {SuperOffice.Data.RecurrenceEndType.EndDate}
    """
    recurrence_end_type: RecurrenceEndType | str | Unset = UNSET
    """Type defining how the end of the recurrence sequence should be calculated"""
    pattern: RecurrencePattern | str | Unset = UNSET
    """The recurrence pattern (Daily, Weekly, Monthly, Yearly, Custom)"""
    day_pattern: RecurrenceDayPattern | None | Unset = UNSET
    """Pattern describing a daily recurrence Only set when the recurrence pattern i daily.
    {SuperOffice.Data.RecurrencePattern.Daily}
    """
    week_pattern: RecurrenceWeekPattern | None | Unset = UNSET
    """Pattern describing a daily recurrence Only set when the recurrence pattern i weekly.
    {SuperOffice.Data.RecurrencePattern.Weekly}
    """
    month_pattern: RecurrenceMonthPattern | None | Unset = UNSET
    """Pattern describing a daily recurrence Only set when the recurrence pattern i monthly.
    {SuperOffice.Data.RecurrencePattern.Monthly}
    """
    year_pattern: RecurrenceYearPattern | None | Unset = UNSET
    """Pattern describing a daily recurrence Only set when the recurrence pattern i yearly.
    {SuperOffice.Data.RecurrencePattern.Yearly}
    """
    dates: list[RecurrenceDate | None] | None | Unset = UNSET
    """List of all dates where this recurrence occurs"""
    recurrence_counter: int | Unset = UNSET
    """Number of recurrences Only used when the end is calculated from a number of repetitions.
    {SuperOffice.Data.RecurrenceEndType.Counter}
    """
    is_recurrence: bool | Unset = UNSET
    """Get a or set IsRecurrence, indicating if this is a repeating appointment or not."""

    def to_xml(self) -> Element:
        return encode_xml_recurrence_info(None, _RECURRENCE_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> RecurrenceInfo:
        return record_from_xml(decode_xml_recurrence_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_recurrence_info(self)

    @classmethod
    def from_json(cls, data: Any) -> RecurrenceInfo:
        return record_from_json(decode_json_recurrence_info, data)


_RECURRENCE_INFO_KEYS = frozenset(
    (
        "RecurrenceId",
        "StartDate",
        "EndDate",
        "RecurrenceEndType",
        "Pattern",
        "DayPattern",
        "WeekPattern",
        "MonthPattern",
        "YearPattern",
        "Dates",
        "RecurrenceCounter",
        "IsRecurrence",
    )
)


def decode_xml_recurrence_info(element: Element) -> RecurrenceInfo:
    value = RecurrenceInfo()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _RECURRENCE_ID:
            value.recurrence_id = read_int(child)
        elif tag == _START_DATE:
            value.start_date = read_datetime(child)
        elif tag == _END_DATE:
            value.end_date = read_datetime(child)
        elif tag == _RECURRENCE_END_TYPE:
            value.recurrence_end_type = decode_xml_recurrence_end_type(child)
        elif tag == _PATTERN:
            value.pattern = decode_xml_recurrence_pattern(child)
        elif tag == _DAY_PATTERN:
            value.day_pattern = (
                None if child.get(XSI_NIL) in NIL else decode_xml_recurrence_day_pattern(child)
            )
        elif tag == _WEEK_PATTERN:
            value.week_pattern = (
                None if child.get(XSI_NIL) in NIL else decode_xml_recurrence_week_pattern(child)
            )
        elif tag == _MONTH_PATTERN:
            value.month_pattern = (
                None if child.get(XSI_NIL) in NIL else decode_xml_recurrence_month_pattern(child)
            )
        elif tag == _YEAR_PATTERN:
            value.year_pattern = (
                None if child.get(XSI_NIL) in NIL else decode_xml_recurrence_year_pattern(child)
            )
        elif tag == _DATES:
            value.dates = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_recurrence_date(child)
            )
        elif tag == _RECURRENCE_COUNTER:
            value.recurrence_counter = read_int(child)
        elif tag == _IS_RECURRENCE:
            value.is_recurrence = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_recurrence_info(parent: Element | None, tag: str, value: RecurrenceInfo) -> Element:
    element = new_child(parent, tag)
    put(element, _RECURRENCE_ID, value.recurrence_id, write_int)
    put(element, _START_DATE, value.start_date, write_datetime)
    put(element, _END_DATE, value.end_date, write_datetime)
    put(element, _RECURRENCE_END_TYPE, value.recurrence_end_type, encode_xml_recurrence_end_type)
    put(element, _PATTERN, value.pattern, encode_xml_recurrence_pattern)
    put(element, _DAY_PATTERN, value.day_pattern, encode_xml_recurrence_day_pattern)
    put(element, _WEEK_PATTERN, value.week_pattern, encode_xml_recurrence_week_pattern)
    put(element, _MONTH_PATTERN, value.month_pattern, encode_xml_recurrence_month_pattern)
    put(element, _YEAR_PATTERN, value.year_pattern, encode_xml_recurrence_year_pattern)
    put(element, _DATES, value.dates, encode_xml_list_of_recurrence_date)
    put(element, _RECURRENCE_COUNTER, value.recurrence_counter, write_int)
    put(element, _IS_RECURRENCE, value.is_recurrence, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_recurrence_info(data: Any, path: str) -> RecurrenceInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(RecurrenceInfo)
    value.recurrence_id = take_int(data, "RecurrenceId", path)
    value.start_date = take(data, "StartDate", path, json_datetime)
    value.end_date = take(data, "EndDate", path, json_datetime)
    value.recurrence_end_type = take(
        data, "RecurrenceEndType", path, decode_json_recurrence_end_type
    )
    value.pattern = take(data, "Pattern", path, decode_json_recurrence_pattern)
    value.day_pattern = take_nillable(data, "DayPattern", path, decode_json_recurrence_day_pattern)
    value.week_pattern = take_nillable(
        data, "WeekPattern", path, decode_json_recurrence_week_pattern
    )
    value.month_pattern = take_nillable(
        data, "MonthPattern", path, decode_json_recurrence_month_pattern
    )
    value.year_pattern = take_nillable(
        data, "YearPattern", path, decode_json_recurrence_year_pattern
    )
    value.dates = take_nillable(data, "Dates", path, decode_json_list_of_recurrence_date)
    value.recurrence_counter = take_int(data, "RecurrenceCounter", path)
    value.is_recurrence = take_bool(data, "IsRecurrence", path)
    value.extra = (
        None if _RECURRENCE_INFO_KEYS.issuperset(data) else json_extra(data, _RECURRENCE_INFO_KEYS)
    )
    return value


def encode_json_recurrence_info(value: RecurrenceInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "RecurrenceId", value.recurrence_id, json_write_int)
    put_json(result, "StartDate", value.start_date, json_write_datetime)
    put_json(result, "EndDate", value.end_date, json_write_datetime)
    put_json(
        result, "RecurrenceEndType", value.recurrence_end_type, encode_json_recurrence_end_type
    )
    put_json(result, "Pattern", value.pattern, encode_json_recurrence_pattern)
    put_json(result, "DayPattern", value.day_pattern, encode_json_recurrence_day_pattern)
    put_json(result, "WeekPattern", value.week_pattern, encode_json_recurrence_week_pattern)
    put_json(result, "MonthPattern", value.month_pattern, encode_json_recurrence_month_pattern)
    put_json(result, "YearPattern", value.year_pattern, encode_json_recurrence_year_pattern)
    put_json(result, "Dates", value.dates, encode_json_list_of_recurrence_date)
    put_json(result, "RecurrenceCounter", value.recurrence_counter, json_write_int)
    put_json(result, "IsRecurrence", value.is_recurrence, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RECURRENCE_INFO_CODEC = Codec(
    decode_xml_recurrence_info,
    encode_xml_recurrence_info,
    decode_json_recurrence_info,
    encode_json_recurrence_info,
)
