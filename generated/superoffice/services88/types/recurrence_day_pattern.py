"""Services88 types: RecurrenceDayPattern.

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
from .recurrence_daily_pattern import (
    RecurrenceDailyPattern,
    decode_json_recurrence_daily_pattern,
    decode_xml_recurrence_daily_pattern,
    encode_json_recurrence_daily_pattern,
    encode_xml_recurrence_daily_pattern,
)

_CYCLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Cycle"
_PATTERN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Pattern"
_RECURRENCE_DAY_PATTERN = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecurrenceDayPattern"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class RecurrenceDayPattern(Record):
    """Class representing a pattern for daily recurrence"""

    cycle: int | Unset = UNSET
    """The number of days between each recurrence. Only used when the cyclic pattern occurs.
    {SuperOffice.Data.RecurrenceDailyPattern.EveryCyclicDay}
    """
    pattern: RecurrenceDailyPattern | str | Unset = UNSET
    """The type of daily recurrence pattern"""

    def to_xml(self) -> Element:
        return encode_xml_recurrence_day_pattern(None, _RECURRENCE_DAY_PATTERN, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> RecurrenceDayPattern:
        return record_from_xml(decode_xml_recurrence_day_pattern, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_recurrence_day_pattern(self)

    @classmethod
    def from_json(cls, data: Any) -> RecurrenceDayPattern:
        return record_from_json(decode_json_recurrence_day_pattern, data)


_RECURRENCE_DAY_PATTERN_KEYS = frozenset(
    (
        "Cycle",
        "Pattern",
    )
)


def decode_xml_recurrence_day_pattern(element: Element) -> RecurrenceDayPattern:
    value = RecurrenceDayPattern()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _CYCLE:
            value.cycle = read_int(child)
        elif tag == _PATTERN:
            value.pattern = decode_xml_recurrence_daily_pattern(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_recurrence_day_pattern(
    parent: Element | None, tag: str, value: RecurrenceDayPattern
) -> Element:
    element = new_child(parent, tag)
    put(element, _CYCLE, value.cycle, write_int)
    put(element, _PATTERN, value.pattern, encode_xml_recurrence_daily_pattern)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_recurrence_day_pattern(data: Any, path: str) -> RecurrenceDayPattern:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(RecurrenceDayPattern)
    value.cycle = take_int(data, "Cycle", path)
    value.pattern = take(data, "Pattern", path, decode_json_recurrence_daily_pattern)
    value.extra = (
        None
        if _RECURRENCE_DAY_PATTERN_KEYS.issuperset(data)
        else json_extra(data, _RECURRENCE_DAY_PATTERN_KEYS)
    )
    return value


def encode_json_recurrence_day_pattern(value: RecurrenceDayPattern) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Cycle", value.cycle, json_write_int)
    put_json(result, "Pattern", value.pattern, encode_json_recurrence_daily_pattern)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RECURRENCE_DAY_PATTERN_CODEC = Codec(
    decode_xml_recurrence_day_pattern,
    encode_xml_recurrence_day_pattern,
    decode_json_recurrence_day_pattern,
    encode_json_recurrence_day_pattern,
)
