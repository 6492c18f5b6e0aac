"""Services88 types: TimeZoneRule, TimeZoneRuleDictionary.

Used by 7 agents.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

from lxml import etree

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
    json_key_text,
    json_object,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    pair_elements,
    put,
    put_json,
    read_datetime,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_int,
    take_str_nillable,
    write_datetime,
    write_int,
    write_str,
)

_END_DAY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EndDay"
_END_MONTH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EndMonth"
_END_RULE_PATTERN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EndRulePattern"
_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_START_DAY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StartDay"
_START_MONTH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StartMonth"
_START_RULE_PATTERN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StartRulePattern"
_TIME_ZONE_RULE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeZoneRule"
_TIME_ZONE_RULE_KEY_VALUE_PAIR = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeZoneRuleKeyValuePair"
)
_TZ_OFFSET = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TZOffset"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class TimeZoneRule(Record):
    """The ``TimeZoneRule`` record."""

    tz_offset: int | Unset = UNSET
    start_rule_pattern: str | None | Unset = UNSET
    end_rule_pattern: str | None | Unset = UNSET
    start_day: int | Unset = UNSET
    start_month: int | Unset = UNSET
    end_day: int | Unset = UNSET
    end_month: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_time_zone_rule(None, _TIME_ZONE_RULE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TimeZoneRule:
        return record_from_xml(decode_xml_time_zone_rule, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_time_zone_rule(self)

    @classmethod
    def from_json(cls, data: Any) -> TimeZoneRule:
        return record_from_json(decode_json_time_zone_rule, data)


_TIME_ZONE_RULE_KEYS = frozenset(
    (
        "TZOffset",
        "StartRulePattern",
        "EndRulePattern",
        "StartDay",
        "StartMonth",
        "EndDay",
        "EndMonth",
    )
)


def decode_xml_time_zone_rule(element: Element) -> TimeZoneRule:
    value = TimeZoneRule()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TZ_OFFSET:
            value.tz_offset = read_int(child)
        elif tag == _START_RULE_PATTERN:
            value.start_rule_pattern = child.text or empty_or_nil(child)
        elif tag == _END_RULE_PATTERN:
            value.end_rule_pattern = child.text or empty_or_nil(child)
        elif tag == _START_DAY:
            value.start_day = read_int(child)
        elif tag == _START_MONTH:
            value.start_month = read_int(child)
        elif tag == _END_DAY:
            value.end_day = read_int(child)
        elif tag == _END_MONTH:
            value.end_month = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_time_zone_rule(parent: Element | None, tag: str, value: TimeZoneRule) -> Element:
    element = new_child(parent, tag)
    put(element, _TZ_OFFSET, value.tz_offset, write_int)
    put(element, _START_RULE_PATTERN, value.start_rule_pattern, write_str)
    put(element, _END_RULE_PATTERN, value.end_rule_pattern, write_str)
    put(element, _START_DAY, value.start_day, write_int)
    put(element, _START_MONTH, value.start_month, write_int)
    put(element, _END_DAY, value.end_day, write_int)
    put(element, _END_MONTH, value.end_month, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_time_zone_rule(data: Any, path: str) -> TimeZoneRule:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TimeZoneRule)
    value.tz_offset = take_int(data, "TZOffset", path)
    value.start_rule_pattern = take_str_nillable(data, "StartRulePattern", path)
    value.end_rule_pattern = take_str_nillable(data, "EndRulePattern", path)
    value.start_day = take_int(data, "StartDay", path)
    value.start_month = take_int(data, "StartMonth", path)
    value.end_day = take_int(data, "EndDay", path)
    value.end_month = take_int(data, "EndMonth", path)
    value.extra = (
        None if _TIME_ZONE_RULE_KEYS.issuperset(data) else json_extra(data, _TIME_ZONE_RULE_KEYS)
    )
    return value


def encode_json_time_zone_rule(value: TimeZoneRule) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TZOffset", value.tz_offset, json_write_int)
    put_json(result, "StartRulePattern", value.start_rule_pattern, json_write_str)
    put_json(result, "EndRulePattern", value.end_rule_pattern, json_write_str)
    put_json(result, "StartDay", value.start_day, json_write_int)
    put_json(result, "StartMonth", value.start_month, json_write_int)
    put_json(result, "EndDay", value.end_day, json_write_int)
    put_json(result, "EndMonth", value.end_month, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TIME_ZONE_RULE_CODEC = Codec(
    decode_xml_time_zone_rule,
    encode_xml_time_zone_rule,
    decode_json_time_zone_rule,
    encode_json_time_zone_rule,
)


def decode_xml_time_zone_rule_dictionary(
    element: Element,
) -> dict[datetime.datetime, TimeZoneRule | None]:
    """``TimeZoneRuleDictionary``: a dictionary of ``Key``/``Value`` pairs."""
    result: dict[datetime.datetime, TimeZoneRule | None] = {}
    for pair in element:
        if pair.tag == _TIME_ZONE_RULE_KEY_VALUE_PAIR:
            key_element, value_element = pair_elements(pair, _KEY, _VALUE)
            result[read_datetime(key_element)] = (
                None
                if value_element.get(XSI_NIL) in NIL
                else decode_xml_time_zone_rule(value_element)
            )
    return result


def encode_xml_time_zone_rule_dictionary(
    parent: Element | None, tag: str, value: dict[datetime.datetime, TimeZoneRule | None]
) -> Element:
    element = new_child(parent, tag)
    for key, item in value.items():
        pair = etree.SubElement(element, _TIME_ZONE_RULE_KEY_VALUE_PAIR)
        put(pair, _KEY, key, write_datetime)
        put(pair, _VALUE, item, encode_xml_time_zone_rule)
    return element


def decode_json_time_zone_rule_dictionary(
    data: Any, path: str
) -> dict[datetime.datetime, TimeZoneRule | None]:
    return {
        json_datetime(key, path): (
            None if item is None else decode_json_time_zone_rule(item, f"{path}.{key}")
        )
        for key, item in json_object(data, path).items()
    }


def encode_json_time_zone_rule_dictionary(
    value: dict[datetime.datetime, TimeZoneRule | None],
) -> dict[str, Any]:
    return {
        json_key_text(json_write_datetime(key)): (
            None if item is None else encode_json_time_zone_rule(item)
        )
        for key, item in value.items()
    }


TIME_ZONE_RULE_DICTIONARY_CODEC = Codec(
    decode_xml_time_zone_rule_dictionary,
    encode_xml_time_zone_rule_dictionary,
    decode_json_time_zone_rule_dictionary,
    encode_json_time_zone_rule_dictionary,
)
