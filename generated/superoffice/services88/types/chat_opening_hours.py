"""Services88 types: ChatOpeningHours.

Used by the Chat agent.
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
    json_duration,
    json_extra,
    json_object,
    json_write_bool,
    json_write_duration,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_duration,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_nillable,
    write_bool,
    write_duration,
)
from .time_zone_data import (
    TimeZoneData,
    decode_json_time_zone_data,
    decode_xml_time_zone_data,
    encode_json_time_zone_data,
    encode_xml_time_zone_data,
)

_CHAT_OPENING_HOURS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChatOpeningHours"
_FRI_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FriEnabled"
_FRI_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FriStart"
_FRI_STOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FriStop"
_LUNCH_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LunchStart"
_LUNCH_STOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LunchStop"
_MON_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MonEnabled"
_MON_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MonStart"
_MON_STOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MonStop"
_SAT_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SatEnabled"
_SAT_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SatStart"
_SAT_STOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SatStop"
_SUN_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SunEnabled"
_SUN_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SunStart"
_SUN_STOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SunStop"
_THU_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ThuEnabled"
_THU_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ThuStart"
_THU_STOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ThuStop"
_TUE_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TueEnabled"
_TUE_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TueStart"
_TUE_STOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TueStop"
_TZ_LOCATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TzLocation"
_USE_LUNCH_HOURS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UseLunchHours"
_WED_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WedEnabled"
_WED_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WedStart"
_WED_STOP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WedStop"


@dataclasses.dataclass(kw_only=True, repr=False)
class ChatOpeningHours(Record):
    """Chat Topic Opening Hours

    Carrier object for ChatOpeningHours. Services for the ChatOpeningHours Carrier is available
    from the Chat Agent.
    """

    tz_location: TimeZoneData | None | Unset = UNSET
    """Timezone used for the opening hours (start/stop times) for this topic."""
    mon_enabled: bool | Unset = UNSET
    """Whether open on Mondays."""
    mon_start: datetime.timedelta | Unset = UNSET
    """When opening hours start on Mondays. Only time-part is used."""
    mon_stop: datetime.timedelta | Unset = UNSET
    """When opening hours stop on Mondays. Only time-part is used."""
    tue_enabled: bool | Unset = UNSET
    """Whether open on Tuesdays."""
    tue_start: datetime.timedelta | Unset = UNSET
    """When opening hours start on Tuesdays. Only time-part is used."""
    tue_stop: datetime.timedelta | Unset = UNSET
    """When opening hours stop on Tuesdays. Only time-part is used."""
    wed_enabled: bool | Unset = UNSET
    """Whether open on Wednesdays."""
    wed_start: datetime.timedelta | Unset = UNSET
    """When opening hours start on Wednesdays. Only time-part is used."""
    wed_stop: datetime.timedelta | Unset = UNSET
    """When opening hours stop on Wednesday. Only time-part is used."""
    thu_enabled: bool | Unset = UNSET
    """Whether open on Thursdays."""
    thu_start: datetime.timedelta | Unset = UNSET
    """When opening hours start on Thursdays. Only time-part is used."""
    thu_stop: datetime.timedelta | Unset = UNSET
    """When opening hours stop on Thursdays. Only time-part is used."""
    fri_enabled: bool | Unset = UNSET
    """Whether open on Fridays."""
    fri_start: datetime.timedelta | Unset = UNSET
    """When opening hours start on Fridays. Only time-part is used."""
    fri_stop: datetime.timedelta | Unset = UNSET
    """When opening hours stop on Fridays. Only time-part is used."""
    sat_enabled: bool | Unset = UNSET
    """Whether open on Saturdays."""
    sat_start: datetime.timedelta | Unset = UNSET
    """When opening hours start on Saturdays. Only time-part is used."""
    sat_stop: datetime.timedelta | Unset = UNSET
    """When opening hours stop on Saturdays. Only time-part is used."""
    sun_enabled: bool | Unset = UNSET
    """Whether open on Sundays."""
    sun_start: datetime.timedelta | Unset = UNSET
    """When opening hours start on Sundays. Only time-part is used."""
    sun_stop: datetime.timedelta | Unset = UNSET
    """When opening hours stop on Sundays. Only time-part is used."""
    use_lunch_hours: bool | Unset = UNSET
    """Whether to use lunch hours or not."""
    lunch_start: datetime.timedelta | Unset = UNSET
    """When opening hours starts for lunch. Only time-part is used."""
    lunch_stop: datetime.timedelta | Unset = UNSET
    """When opening hours stops for lunch. Only time-part is used."""

    def to_xml(self) -> Element:
        return encode_xml_chat_opening_hours(None, _CHAT_OPENING_HOURS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ChatOpeningHours:
        return record_from_xml(decode_xml_chat_opening_hours, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_chat_opening_hours(self)

    @classmethod
    def from_json(cls, data: Any) -> ChatOpeningHours:
        return record_from_json(decode_json_chat_opening_hours, data)


_CHAT_OPENING_HOURS_KEYS = frozenset(
    (
        "TzLocation",
        "MonEnabled",
        "MonStart",
        "MonStop",
        "TueEnabled",
        "TueStart",
        "TueStop",
        "WedEnabled",
        "WedStart",
        "WedStop",
        "ThuEnabled",
        "ThuStart",
        "ThuStop",
        "FriEnabled",
        "FriStart",
        "FriStop",
        "SatEnabled",
        "SatStart",
        "SatStop",
        "SunEnabled",
        "SunStart",
        "SunStop",
        "UseLunchHours",
        "LunchStart",
        "LunchStop",
    )
)


def decode_xml_chat_opening_hours(element: Element) -> ChatOpeningHours:
    value = ChatOpeningHours()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TZ_LOCATION:
            value.tz_location = (
                None if child.get(XSI_NIL) in NIL else decode_xml_time_zone_data(child)
            )
        elif tag == _MON_ENABLED:
            value.mon_enabled = read_bool(child)
        elif tag == _MON_START:
            value.mon_start = read_duration(child)
        elif tag == _MON_STOP:
            value.mon_stop = read_duration(child)
        elif tag == _TUE_ENABLED:
            value.tue_enabled = read_bool(child)
        elif tag == _TUE_START:
            value.tue_start = read_duration(child)
        elif tag == _TUE_STOP:
            value.tue_stop = read_duration(child)
        elif tag == _WED_ENABLED:
            value.wed_enabled = read_bool(child)
        elif tag == _WED_START:
            value.wed_start = read_duration(child)
        elif tag == _WED_STOP:
            value.wed_stop = read_duration(child)
        elif tag == _THU_ENABLED:
            value.thu_enabled = read_bool(child)
        elif tag == _THU_START:
            value.thu_start = read_duration(child)
        elif tag == _THU_STOP:
            value.thu_stop = read_duration(child)
        elif tag == _FRI_ENABLED:
            value.fri_enabled = read_bool(child)
        elif tag == _FRI_START:
            value.fri_start = read_duration(child)
        elif tag == _FRI_STOP:
            value.fri_stop = read_duration(child)
        elif tag == _SAT_ENABLED:
            value.sat_enabled = read_bool(child)
        elif tag == _SAT_START:
            value.sat_start = read_duration(child)
        elif tag == _SAT_STOP:
            value.sat_stop = read_duration(child)
        elif tag == _SUN_ENABLED:
            value.sun_enabled = read_bool(child)
        elif tag == _SUN_START:
            value.sun_start = read_duration(child)
        elif tag == _SUN_STOP:
            value.sun_stop = read_duration(child)
        elif tag == _USE_LUNCH_HOURS:
            value.use_lunch_hours = read_bool(child)
        elif tag == _LUNCH_START:
            value.lunch_start = read_duration(child)
        elif tag == _LUNCH_STOP:
            value.lunch_stop = read_duration(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_chat_opening_hours(
    parent: Element | None, tag: str, value: ChatOpeningHours
) -> Element:
    element = new_child(parent, tag)
    put(element, _TZ_LOCATION, value.tz_location, encode_xml_time_zone_data)
    put(element, _MON_ENABLED, value.mon_enabled, write_bool)
    put(element, _MON_START, value.mon_start, write_duration)
    put(element, _MON_STOP, value.mon_stop, write_duration)
    put(element, _TUE_ENABLED, value.tue_enabled, write_bool)
    put(element, _TUE_START, value.tue_start, write_duration)
    put(element, _TUE_STOP, value.tue_stop, write_duration)
    put(element, _WED_ENABLED, value.wed_enabled, write_bool)
    put(element, _WED_START, value.wed_start, write_duration)
    put(element, _WED_STOP, value.wed_stop, write_duration)
    put(element, _THU_ENABLED, value.thu_enabled, write_bool)
    put(element, _THU_START, value.thu_start, write_duration)
    put(element, _THU_STOP, value.thu_stop, write_duration)
    put(element, _FRI_ENABLED, value.fri_enabled, write_bool)
    put(element, _FRI_START, value.fri_start, write_duration)
    put(element, _FRI_STOP, value.fri_stop, write_duration)
    put(element, _SAT_ENABLED, value.sat_enabled, write_bool)
    put(element, _SAT_START, value.sat_start, write_duration)
    put(element, _SAT_STOP, value.sat_stop, write_duration)
    put(element, _SUN_ENABLED, value.sun_enabled, write_bool)
    put(element, _SUN_START, value.sun_start, write_duration)
    put(element, _SUN_STOP, value.sun_stop, write_duration)
    put(element, _USE_LUNCH_HOURS, value.use_lunch_hours, write_bool)
    put(element, _LUNCH_START, value.lunch_start, write_duration)
    put(element, _LUNCH_STOP, value.lunch_stop, write_duration)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_chat_opening_hours(data: Any, path: str) -> ChatOpeningHours:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ChatOpeningHours)
    value.tz_location = take_nillable(data, "TzLocation", path, decode_json_time_zone_data)
    value.mon_enabled = take_bool(data, "MonEnabled", path)
    value.mon_start = take(data, "MonStart", path, json_duration)
    value.mon_stop = take(data, "MonStop", path, json_duration)
    value.tue_enabled = take_bool(data, "TueEnabled", path)
    value.tue_start = take(data, "TueStart", path, json_duration)
    value.tue_stop = take(data, "TueStop", path, json_duration)
    value.wed_enabled = take_bool(data, "WedEnabled", path)
    value.wed_start = take(data, "WedStart", path, json_duration)
    value.wed_stop = take(data, "WedStop", path, json_duration)
    value.thu_enabled = take_bool(data, "ThuEnabled", path)
    value.thu_start = take(data, "ThuStart", path, json_duration)
    value.thu_stop = take(data, "ThuStop", path, json_duration)
    value.fri_enabled = take_bool(data, "FriEnabled", path)
    value.fri_start = take(data, "FriStart", path, json_duration)
    value.fri_stop = take(data, "FriStop", path, json_duration)
    value.sat_enabled = take_bool(data, "SatEnabled", path)
    value.sat_start = take(data, "SatStart", path, json_duration)
    value.sat_stop = take(data, "SatStop", path, json_duration)
    value.sun_enabled = take_bool(data, "SunEnabled", path)
    value.sun_start = take(data, "SunStart", path, json_duration)
    value.sun_stop = take(data, "SunStop", path, json_duration)
    value.use_lunch_hours = take_bool(data, "UseLunchHours", path)
    value.lunch_start = take(data, "LunchStart", path, json_duration)
    value.lunch_stop = take(data, "LunchStop", path, json_duration)
    value.extra = (
        None
        if _CHAT_OPENING_HOURS_KEYS.issuperset(data)
        else json_extra(data, _CHAT_OPENING_HOURS_KEYS)
    )
    return value


def encode_json_chat_opening_hours(value: ChatOpeningHours) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TzLocation", value.tz_location, encode_json_time_zone_data)
    put_json(result, "MonEnabled", value.mon_enabled, json_write_bool)
    put_json(result, "MonStart", value.mon_start, json_write_duration)
    put_json(result, "MonStop", value.mon_stop, json_write_duration)
    put_json(result, "TueEnabled", value.tue_enabled, json_write_bool)
    put_json(result, "TueStart", value.tue_start, json_write_duration)
    put_json(result, "TueStop", value.tue_stop, json_write_duration)
    put_json(result, "WedEnabled", value.wed_enabled, json_write_bool)
    put_json(result, "WedStart", value.wed_start, json_write_duration)
    put_json(result, "WedStop", value.wed_stop, json_write_duration)
    put_json(result, "ThuEnabled", value.thu_enabled, json_write_bool)
    put_json(result, "ThuStart", value.thu_start, json_write_duration)
    put_json(result, "ThuStop", value.thu_stop, json_write_duration)
    put_json(result, "FriEnabled", value.fri_enabled, json_write_bool)
    put_json(result, "FriStart", value.fri_start, json_write_duration)
    put_json(result, "FriStop", value.fri_stop, json_write_duration)
    put_json(result, "SatEnabled", value.sat_enabled, json_write_bool)
    put_json(result, "SatStart", value.sat_start, json_write_duration)
    put_json(result, "SatStop", value.sat_stop, json_write_duration)
    put_json(result, "SunEnabled", value.sun_enabled, json_write_bool)
    put_json(result, "SunStart", value.sun_start, json_write_duration)
    put_json(result, "SunStop", value.sun_stop, json_write_duration)
    put_json(result, "UseLunchHours", value.use_lunch_hours, json_write_bool)
    put_json(result, "LunchStart", value.lunch_start, json_write_duration)
    put_json(result, "LunchStop", value.lunch_stop, json_write_duration)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CHAT_OPENING_HOURS_CODEC = Codec(
    decode_xml_chat_opening_hours,
    encode_xml_chat_opening_hours,
    decode_json_chat_opening_hours,
    encode_json_chat_opening_hours,
)
