"""Services88 types: MultiAlarmData.

Used by the Appointment agent.
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
from .alarm_data import (
    AlarmData,
    decode_json_list_of_alarm_data,
    decode_xml_list_of_alarm_data,
    encode_json_list_of_alarm_data,
    encode_xml_list_of_alarm_data,
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

_ALARMS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Alarms"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_MULTI_ALARM_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MultiAlarmData"
_POLLING_INTERVAL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PollingInterval"
_SILENT_AFTER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SilentAfter"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class MultiAlarmData(Carrier):
    """Carrier object for MultiAlarmData. Services for the MultiAlarmData Carrier is available from
    the Appointment Agent.
    """

    alarms: list[AlarmData | None] | None | Unset = UNSET
    polling_interval: int | Unset = UNSET
    silent_after: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_multi_alarm_data(None, _MULTI_ALARM_DATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> MultiAlarmData:
        return record_from_xml(decode_xml_multi_alarm_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_multi_alarm_data(self)

    @classmethod
    def from_json(cls, data: Any) -> MultiAlarmData:
        return record_from_json(decode_json_multi_alarm_data, data)


_MULTI_ALARM_DATA_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Alarms",
        "PollingInterval",
        "SilentAfter",
    )
)


def decode_xml_multi_alarm_data(element: Element) -> MultiAlarmData:
    value = MultiAlarmData()
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
        elif tag == _ALARMS:
            value.alarms = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_alarm_data(child)
            )
        elif tag == _POLLING_INTERVAL:
            value.polling_interval = read_int(child)
        elif tag == _SILENT_AFTER:
            value.silent_after = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_multi_alarm_data(
    parent: Element | None, tag: str, value: MultiAlarmData
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ALARMS, value.alarms, encode_xml_list_of_alarm_data)
    put(element, _POLLING_INTERVAL, value.polling_interval, write_int)
    put(element, _SILENT_AFTER, value.silent_after, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_multi_alarm_data(data: Any, path: str) -> MultiAlarmData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(MultiAlarmData)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.alarms = take_nillable(data, "Alarms", path, decode_json_list_of_alarm_data)
    value.polling_interval = take_int(data, "PollingInterval", path)
    value.silent_after = take_int(data, "SilentAfter", path)
    value.extra = (
        None
        if _MULTI_ALARM_DATA_KEYS.issuperset(data)
        else json_extra(data, _MULTI_ALARM_DATA_KEYS)
    )
    return value


def encode_json_multi_alarm_data(value: MultiAlarmData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Alarms", value.alarms, encode_json_list_of_alarm_data)
    put_json(result, "PollingInterval", value.polling_interval, json_write_int)
    put_json(result, "SilentAfter", value.silent_after, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


MULTI_ALARM_DATA_CODEC = Codec(
    decode_xml_multi_alarm_data,
    encode_xml_multi_alarm_data,
    decode_json_multi_alarm_data,
    encode_json_multi_alarm_data,
)
