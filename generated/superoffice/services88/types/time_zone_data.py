"""Services88 types: ArrayOfTimeZoneData, TimeZoneData.

Used by 7 agents.
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
    json_extra,
    json_items_nillable,
    json_object,
    json_write_int,
    json_write_str,
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
    take_str_nillable,
    write_int,
    write_str,
)
from .time_zone_rule import (
    TimeZoneRule,
    decode_json_time_zone_rule_dictionary,
    decode_xml_time_zone_rule_dictionary,
    encode_json_time_zone_rule_dictionary,
    encode_xml_time_zone_rule_dictionary,
)

_ISO_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsoNumber"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_TIME_ZONE_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeZoneData"
_TIME_ZONE_DST_RULES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeZoneDSTRules"
_TIME_ZONE_STD_RULES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeZoneSTDRules"
_TZ_LOCATION_CITIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TZLocationCities"
_TZ_LOCATION_CODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TZLocationCode"
_TZ_LOCATION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TZLocationID"


@dataclasses.dataclass(kw_only=True, repr=False)
class TimeZoneData(Record):
    """The ``TimeZoneData`` record."""

    tz_location_id: int | Unset = UNSET
    """Timezone location ID - primary key."""
    name: str | None | Unset = UNSET
    """Name associated with the location: Country name + region name, Norway, United States -
    Alaska
    """
    tz_location_code: str | None | Unset = UNSET
    """Code associated with location: UTC, AR-NQ, AU-QLD, PF2A Not the an ISO country code. Unique."""
    tz_location_cities: str | None | Unset = UNSET
    """Cities associated with location: Oslo, London, Rio de Janeiro"""
    iso_number: int | Unset = UNSET
    """Country ISO code associated with location: 578"""
    time_zone_std_rules: dict[datetime.datetime, TimeZoneRule | None] | None | Unset = UNSET
    """Dictionary of standard rules"""
    time_zone_dst_rules: dict[datetime.datetime, TimeZoneRule | None] | None | Unset = UNSET
    """Dictionary of Daylight saving time rules"""

    def to_xml(self) -> Element:
        return encode_xml_time_zone_data(None, _TIME_ZONE_DATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TimeZoneData:
        return record_from_xml(decode_xml_time_zone_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_time_zone_data(self)

    @classmethod
    def from_json(cls, data: Any) -> TimeZoneData:
        return record_from_json(decode_json_time_zone_data, data)


_TIME_ZONE_DATA_KEYS = frozenset(
    (
        "TZLocationID",
        "Name",
        "TZLocationCode",
        "TZLocationCities",
        "IsoNumber",
        "TimeZoneSTDRules",
        "TimeZoneDSTRules",
    )
)


def decode_xml_time_zone_data(element: Element) -> TimeZoneData:
    value = TimeZoneData()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TZ_LOCATION_ID:
            value.tz_location_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TZ_LOCATION_CODE:
            value.tz_location_code = child.text or empty_or_nil(child)
        elif tag == _TZ_LOCATION_CITIES:
            value.tz_location_cities = child.text or empty_or_nil(child)
        elif tag == _ISO_NUMBER:
            value.iso_number = read_int(child)
        elif tag == _TIME_ZONE_STD_RULES:
            value.time_zone_std_rules = (
                None if child.get(XSI_NIL) in NIL else decode_xml_time_zone_rule_dictionary(child)
            )
        elif tag == _TIME_ZONE_DST_RULES:
            value.time_zone_dst_rules = (
                None if child.get(XSI_NIL) in NIL else decode_xml_time_zone_rule_dictionary(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_time_zone_data(parent: Element | None, tag: str, value: TimeZoneData) -> Element:
    element = new_child(parent, tag)
    put(element, _TZ_LOCATION_ID, value.tz_location_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TZ_LOCATION_CODE, value.tz_location_code, write_str)
    put(element, _TZ_LOCATION_CITIES, value.tz_location_cities, write_str)
    put(element, _ISO_NUMBER, value.iso_number, write_int)
    put(
        element,
        _TIME_ZONE_STD_RULES,
        value.time_zone_std_rules,
        encode_xml_time_zone_rule_dictionary,
    )
    put(
        element,
        _TIME_ZONE_DST_RULES,
        value.time_zone_dst_rules,
        encode_xml_time_zone_rule_dictionary,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_time_zone_data(data: Any, path: str) -> TimeZoneData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TimeZoneData)
    value.tz_location_id = take_int(data, "TZLocationID", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tz_location_code = take_str_nillable(data, "TZLocationCode", path)
    value.tz_location_cities = take_str_nillable(data, "TZLocationCities", path)
    value.iso_number = take_int(data, "IsoNumber", path)
    value.time_zone_std_rules = take_nillable(
        data, "TimeZoneSTDRules", path, decode_json_time_zone_rule_dictionary
    )
    value.time_zone_dst_rules = take_nillable(
        data, "TimeZoneDSTRules", path, decode_json_time_zone_rule_dictionary
    )
    value.extra = (
        None if _TIME_ZONE_DATA_KEYS.issuperset(data) else json_extra(data, _TIME_ZONE_DATA_KEYS)
    )
    return value


def encode_json_time_zone_data(value: TimeZoneData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TZLocationID", value.tz_location_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "TZLocationCode", value.tz_location_code, json_write_str)
    put_json(result, "TZLocationCities", value.tz_location_cities, json_write_str)
    put_json(result, "IsoNumber", value.iso_number, json_write_int)
    put_json(
        result,
        "TimeZoneSTDRules",
        value.time_zone_std_rules,
        encode_json_time_zone_rule_dictionary,
    )
    put_json(
        result,
        "TimeZoneDSTRules",
        value.time_zone_dst_rules,
        encode_json_time_zone_rule_dictionary,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TIME_ZONE_DATA_CODEC = Codec(
    decode_xml_time_zone_data,
    encode_xml_time_zone_data,
    decode_json_time_zone_data,
    encode_json_time_zone_data,
)


def decode_xml_list_of_time_zone_data(element: Element) -> list[TimeZoneData | None]:
    """``ArrayOfTimeZoneData``: a list of ``TimeZoneData`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_time_zone_data(child))
        for child in element
        if child.tag == _TIME_ZONE_DATA
    ]


def encode_xml_list_of_time_zone_data(
    parent: Element | None, tag: str, value: list[TimeZoneData | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TIME_ZONE_DATA, item, encode_xml_time_zone_data)
    return element


def decode_json_list_of_time_zone_data(data: Any, path: str) -> list[TimeZoneData | None]:
    return json_items_nillable(data, path, decode_json_time_zone_data)


def encode_json_list_of_time_zone_data(value: list[TimeZoneData | None]) -> list[Any]:
    return [(None if item is None else encode_json_time_zone_data(item)) for item in value]


LIST_OF_TIME_ZONE_DATA_CODEC = Codec(
    decode_xml_list_of_time_zone_data,
    encode_xml_list_of_time_zone_data,
    decode_json_list_of_time_zone_data,
    encode_json_list_of_time_zone_data,
)
