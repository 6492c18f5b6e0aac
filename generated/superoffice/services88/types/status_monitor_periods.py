"""Services88 types: StatusMonitorPeriods.

Used by the Saint agent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    NIL,
    UNSET,
    XSI_NIL,
    Codec,
    Element,
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
    take_int,
    take_nillable,
    write_int,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PERIOD_1 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Period1"
_PERIOD_2 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Period2"
_PERIOD_3 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Period3"
_STATUS_MONITOR_PERIODS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}StatusMonitorPeriods"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class StatusMonitorPeriods(Carrier):
    """Obsolete, use SaintConfiguration carrier and methods instead. Was:Definition of the three
    perionds for status monitors

    Carrier object for StatusMonitorPeriods. Services for the StatusMonitorPeriods Carrier is
    available from the Saint Agent.
    """

    period_1: int | Unset = UNSET
    """Days in the first period"""
    period_2: int | Unset = UNSET
    """Days in the second period"""
    period_3: int | Unset = UNSET
    """Days in the third period"""

    def to_xml(self) -> Element:
        return encode_xml_status_monitor_periods(None, _STATUS_MONITOR_PERIODS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> StatusMonitorPeriods:
        return record_from_xml(decode_xml_status_monitor_periods, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_status_monitor_periods(self)

    @classmethod
    def from_json(cls, data: Any) -> StatusMonitorPeriods:
        return record_from_json(decode_json_status_monitor_periods, data)


_STATUS_MONITOR_PERIODS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Period1",
        "Period2",
        "Period3",
    )
)


def decode_xml_status_monitor_periods(element: Element) -> StatusMonitorPeriods:
    value = StatusMonitorPeriods()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TABLE_RIGHT:
            value.table_right = (
                None if child.get(XSI_NIL) in NIL else decode_xml_table_right(child)
            )
        elif tag == _FIELD_PROPERTIES:
            value.field_properties = (
                None if child.get(XSI_NIL) in NIL else decode_xml_field_property_dictionary(child)
            )
        elif tag == _PERIOD_1:
            value.period_1 = read_int(child)
        elif tag == _PERIOD_2:
            value.period_2 = read_int(child)
        elif tag == _PERIOD_3:
            value.period_3 = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_status_monitor_periods(
    parent: Element | None, tag: str, value: StatusMonitorPeriods
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PERIOD_1, value.period_1, write_int)
    put(element, _PERIOD_2, value.period_2, write_int)
    put(element, _PERIOD_3, value.period_3, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_status_monitor_periods(data: Any, path: str) -> StatusMonitorPeriods:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(StatusMonitorPeriods)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.period_1 = take_int(data, "Period1", path)
    value.period_2 = take_int(data, "Period2", path)
    value.period_3 = take_int(data, "Period3", path)
    value.extra = (
        None
        if _STATUS_MONITOR_PERIODS_KEYS.issuperset(data)
        else json_extra(data, _STATUS_MONITOR_PERIODS_KEYS)
    )
    return value


def encode_json_status_monitor_periods(value: StatusMonitorPeriods) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Period1", value.period_1, json_write_int)
    put_json(result, "Period2", value.period_2, json_write_int)
    put_json(result, "Period3", value.period_3, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


STATUS_MONITOR_PERIODS_CODEC = Codec(
    decode_xml_status_monitor_periods,
    encode_xml_status_monitor_periods,
    decode_json_status_monitor_periods,
    encode_json_status_monitor_periods,
)
