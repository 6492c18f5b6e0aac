"""Services88 types: ArrayOfRecurrenceDate, RecurrenceDate.

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
    empty_or_nil,
    json_datetime,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_datetime,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_str_nillable,
    write_bool,
    write_datetime,
    write_str,
)

_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Date"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_DESCRIPTION_STYLE_HINT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DescriptionStyleHint"
)
_IS_CONFLICT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsConflict"
_RECURRENCE_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RecurrenceDate"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"


@dataclasses.dataclass(kw_only=True, repr=False)
class RecurrenceDate(Record):
    """Class representing a Date for recurrence."""

    date: datetime.datetime | Unset = UNSET
    """Date of the recurrence."""
    is_conflict: bool | Unset = UNSET
    """Is there a conflict for this occurrence."""
    description: str | None | Unset = UNSET
    """Conflict or day (e.g. red, blue, etc. letter-day) name."""
    description_style_hint: str | None | Unset = UNSET
    """Style hint for the description (i.e. red for red-letter-days)"""
    tooltip: str | None | Unset = UNSET
    """Description of conflict or other things happening this day."""

    def to_xml(self) -> Element:
        return encode_xml_recurrence_date(None, _RECURRENCE_DATE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> RecurrenceDate:
        return record_from_xml(decode_xml_recurrence_date, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_recurrence_date(self)

    @classmethod
    def from_json(cls, data: Any) -> RecurrenceDate:
        return record_from_json(decode_json_recurrence_date, data)


_RECURRENCE_DATE_KEYS = frozenset(
    (
        "Date",
        "IsConflict",
        "Description",
        "DescriptionStyleHint",
        "Tooltip",
    )
)


def decode_xml_recurrence_date(element: Element) -> RecurrenceDate:
    value = RecurrenceDate()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _DATE:
            value.date = read_datetime(child)
        elif tag == _IS_CONFLICT:
            value.is_conflict = read_bool(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION_STYLE_HINT:
            value.description_style_hint = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_recurrence_date(parent: Element | None, tag: str, value: RecurrenceDate) -> Element:
    element = new_child(parent, tag)
    put(element, _DATE, value.date, write_datetime)
    put(element, _IS_CONFLICT, value.is_conflict, write_bool)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _DESCRIPTION_STYLE_HINT, value.description_style_hint, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_recurrence_date(data: Any, path: str) -> RecurrenceDate:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(RecurrenceDate)
    value.date = take(data, "Date", path, json_datetime)
    value.is_conflict = take_bool(data, "IsConflict", path)
    value.description = take_str_nillable(data, "Description", path)
    value.description_style_hint = take_str_nillable(data, "DescriptionStyleHint", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.extra = (
        None if _RECURRENCE_DATE_KEYS.issuperset(data) else json_extra(data, _RECURRENCE_DATE_KEYS)
    )
    return value


def encode_json_recurrence_date(value: RecurrenceDate) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Date", value.date, json_write_datetime)
    put_json(result, "IsConflict", value.is_conflict, json_write_bool)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "DescriptionStyleHint", value.description_style_hint, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RECURRENCE_DATE_CODEC = Codec(
    decode_xml_recurrence_date,
    encode_xml_recurrence_date,
    decode_json_recurrence_date,
    encode_json_recurrence_date,
)


def decode_xml_list_of_recurrence_date(element: Element) -> list[RecurrenceDate | None]:
    """``ArrayOfRecurrenceDate``: a list of ``RecurrenceDate`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_recurrence_date(child))
        for child in element
        if child.tag == _RECURRENCE_DATE
    ]


def encode_xml_list_of_recurrence_date(
    parent: Element | None, tag: str, value: list[RecurrenceDate | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _RECURRENCE_DATE, item, encode_xml_recurrence_date)
    return element


def decode_json_list_of_recurrence_date(data: Any, path: str) -> list[RecurrenceDate | None]:
    return json_items_nillable(data, path, decode_json_recurrence_date)


def encode_json_list_of_recurrence_date(value: list[RecurrenceDate | None]) -> list[Any]:
    return [(None if item is None else encode_json_recurrence_date(item)) for item in value]


LIST_OF_RECURRENCE_DATE_CODEC = Codec(
    decode_xml_list_of_recurrence_date,
    encode_xml_list_of_recurrence_date,
    decode_json_list_of_recurrence_date,
    encode_json_list_of_recurrence_date,
)
