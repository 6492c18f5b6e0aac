"""Services88 types: SoTimeZone.

Used by 58 agents.
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
    empty_or_nil,
    json_extra,
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
    take_str_nillable,
    write_int,
    write_str,
)

_SO_TIME_ZONE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SoTimeZone"
_SO_TIME_ZONE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SoTimeZoneId"
_SO_TIME_ZONE_LOCATION_CODE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SoTimeZoneLocationCode"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class SoTimeZone(Record):
    """The ``SoTimeZone`` record."""

    so_time_zone_id: int | Unset = UNSET
    so_time_zone_location_code: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_so_time_zone(None, _SO_TIME_ZONE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SoTimeZone:
        return record_from_xml(decode_xml_so_time_zone, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_so_time_zone(self)

    @classmethod
    def from_json(cls, data: Any) -> SoTimeZone:
        return record_from_json(decode_json_so_time_zone, data)


_SO_TIME_ZONE_KEYS = frozenset(
    (
        "SoTimeZoneId",
        "SoTimeZoneLocationCode",
    )
)


def decode_xml_so_time_zone(element: Element) -> SoTimeZone:
    value = SoTimeZone()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _SO_TIME_ZONE_ID:
            value.so_time_zone_id = read_int(child)
        elif tag == _SO_TIME_ZONE_LOCATION_CODE:
            value.so_time_zone_location_code = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_so_time_zone(parent: Element | None, tag: str, value: SoTimeZone) -> Element:
    element = new_child(parent, tag)
    put(element, _SO_TIME_ZONE_ID, value.so_time_zone_id, write_int)
    put(element, _SO_TIME_ZONE_LOCATION_CODE, value.so_time_zone_location_code, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_so_time_zone(data: Any, path: str) -> SoTimeZone:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SoTimeZone)
    value.so_time_zone_id = take_int(data, "SoTimeZoneId", path)
    value.so_time_zone_location_code = take_str_nillable(data, "SoTimeZoneLocationCode", path)
    value.extra = (
        None if _SO_TIME_ZONE_KEYS.issuperset(data) else json_extra(data, _SO_TIME_ZONE_KEYS)
    )
    return value


def encode_json_so_time_zone(value: SoTimeZone) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "SoTimeZoneId", value.so_time_zone_id, json_write_int)
    put_json(result, "SoTimeZoneLocationCode", value.so_time_zone_location_code, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SO_TIME_ZONE_CODEC = Codec(
    decode_xml_so_time_zone,
    encode_xml_so_time_zone,
    decode_json_so_time_zone,
    encode_json_so_time_zone,
)
