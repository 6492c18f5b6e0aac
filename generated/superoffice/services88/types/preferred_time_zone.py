"""Services88 types: PreferredTimeZone.

Used by the TimeZone agent.
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
    json_short,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_str_nillable,
    write_int,
    write_short,
    write_str,
)

_BIAS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Bias"
_COUNTRY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Country"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_LOCATION_CODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LocationCode"
_PREFERENCE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreferenceId"
_PREFERRED_TIME_ZONE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreferredTimeZone"
_TZ_LOCATION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TZLocationId"


@dataclasses.dataclass(kw_only=True, repr=False)
class PreferredTimeZone(Record):
    """This service support fetching of client interface configuration data. &lt;para/&gt; Client
    configuration data include Application configuration, which defines how an application is
    composed out of pages; and page configuration that defines how a page is built out of
    panels, cards, views and controls. &lt;para/&gt; Separate access points also exist for
    fetching object mappings and filter lists.

    Carrier object for PreferredTimeZone. Services for the PreferredTimeZone Carrier is
    available from the TimeZone Agent.
    """

    preference_id: int | Unset = UNSET
    """Primary key of userpreference row that specifies the TZLocationId, if set; 0 if the data are
    from a fallback (but still valid)
    """
    tz_location_id: int | Unset = UNSET
    """Primary key"""
    location_code: str | None | Unset = UNSET
    """Code, such as CA-NT, identifying the timezone location in the imported data. Unique, NOT
    equal to the culture codes of Windows
    """
    description: str | None | Unset = UNSET
    """Description of the time zone"""
    country: str | None | Unset = UNSET
    """Name of the country of the time zone"""
    bias: int | Unset = UNSET
    """number of minutes bias relative to UTC time"""

    def to_xml(self) -> Element:
        return encode_xml_preferred_time_zone(None, _PREFERRED_TIME_ZONE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PreferredTimeZone:
        return record_from_xml(decode_xml_preferred_time_zone, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_preferred_time_zone(self)

    @classmethod
    def from_json(cls, data: Any) -> PreferredTimeZone:
        return record_from_json(decode_json_preferred_time_zone, data)


_PREFERRED_TIME_ZONE_KEYS = frozenset(
    (
        "PreferenceId",
        "TZLocationId",
        "LocationCode",
        "Description",
        "Country",
        "Bias",
    )
)


def decode_xml_preferred_time_zone(element: Element) -> PreferredTimeZone:
    value = PreferredTimeZone()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _PREFERENCE_ID:
            value.preference_id = read_int(child)
        elif tag == _TZ_LOCATION_ID:
            value.tz_location_id = read_int(child)
        elif tag == _LOCATION_CODE:
            value.location_code = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _COUNTRY:
            value.country = child.text or empty_or_nil(child)
        elif tag == _BIAS:
            value.bias = read_short(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_preferred_time_zone(
    parent: Element | None, tag: str, value: PreferredTimeZone
) -> Element:
    element = new_child(parent, tag)
    put(element, _PREFERENCE_ID, value.preference_id, write_int)
    put(element, _TZ_LOCATION_ID, value.tz_location_id, write_int)
    put(element, _LOCATION_CODE, value.location_code, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _COUNTRY, value.country, write_str)
    put(element, _BIAS, value.bias, write_short)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_preferred_time_zone(data: Any, path: str) -> PreferredTimeZone:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PreferredTimeZone)
    value.preference_id = take_int(data, "PreferenceId", path)
    value.tz_location_id = take_int(data, "TZLocationId", path)
    value.location_code = take_str_nillable(data, "LocationCode", path)
    value.description = take_str_nillable(data, "Description", path)
    value.country = take_str_nillable(data, "Country", path)
    value.bias = take(data, "Bias", path, json_short)
    value.extra = (
        None
        if _PREFERRED_TIME_ZONE_KEYS.issuperset(data)
        else json_extra(data, _PREFERRED_TIME_ZONE_KEYS)
    )
    return value


def encode_json_preferred_time_zone(value: PreferredTimeZone) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "PreferenceId", value.preference_id, json_write_int)
    put_json(result, "TZLocationId", value.tz_location_id, json_write_int)
    put_json(result, "LocationCode", value.location_code, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Country", value.country, json_write_str)
    put_json(result, "Bias", value.bias, json_write_short)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PREFERRED_TIME_ZONE_CODEC = Codec(
    decode_xml_preferred_time_zone,
    encode_xml_preferred_time_zone,
    decode_json_preferred_time_zone,
    encode_json_preferred_time_zone,
)
