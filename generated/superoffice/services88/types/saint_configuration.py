"""Services88 types: ArrayOfSaintConfiguration, SaintConfiguration.

Used by the Saint agent.
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
    Unset,
    blank,
    json_datetime,
    json_extra,
    json_items_nillable,
    json_object,
    json_short,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_short,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_int,
    read_short,
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
    write_short,
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

_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Enabled"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_GENERATION_END = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GenerationEnd"
_GENERATION_START = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GenerationStart"
_OWNER_TABLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnerTable"
_PERIOD_1 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Period1"
_PERIOD_2 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Period2"
_PERIOD_3 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Period3"
_ROWS_GENERATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RowsGenerated"
_SAINT_CONFIGURATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaintConfiguration"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class SaintConfiguration(Carrier):
    """Definition of the three perionds for status monitors and some other settings per saint
    entity

    Carrier object for SaintConfiguration. Services for the SaintConfiguration Carrier is
    available from the Saint Agent.
    """

    owner_table: int | Unset = UNSET
    """The table that is the owning entity"""
    enabled: bool | Unset = UNSET
    """On/off switch for Saint functionality for this entity"""
    period_1: int | Unset = UNSET
    """Length of the first counter period"""
    period_2: int | Unset = UNSET
    """Length of the second counter period"""
    period_3: int | Unset = UNSET
    """Length of the third counter period"""
    generation_start: datetime.datetime | Unset = UNSET
    """When was the last regeneration started"""
    generation_end: datetime.datetime | Unset = UNSET
    """When was the last regeneration finished"""
    rows_generated: int | Unset = UNSET
    """Number of CounterValue rows generated for this entity"""

    def to_xml(self) -> Element:
        return encode_xml_saint_configuration(None, _SAINT_CONFIGURATION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SaintConfiguration:
        return record_from_xml(decode_xml_saint_configuration, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_saint_configuration(self)

    @classmethod
    def from_json(cls, data: Any) -> SaintConfiguration:
        return record_from_json(decode_json_saint_configuration, data)


_SAINT_CONFIGURATION_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "OwnerTable",
        "Enabled",
        "Period1",
        "Period2",
        "Period3",
        "GenerationStart",
        "GenerationEnd",
        "RowsGenerated",
    )
)


def decode_xml_saint_configuration(element: Element) -> SaintConfiguration:
    value = SaintConfiguration()
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
        elif tag == _OWNER_TABLE:
            value.owner_table = read_short(child)
        elif tag == _ENABLED:
            value.enabled = read_bool(child)
        elif tag == _PERIOD_1:
            value.period_1 = read_int(child)
        elif tag == _PERIOD_2:
            value.period_2 = read_int(child)
        elif tag == _PERIOD_3:
            value.period_3 = read_int(child)
        elif tag == _GENERATION_START:
            value.generation_start = read_datetime(child)
        elif tag == _GENERATION_END:
            value.generation_end = read_datetime(child)
        elif tag == _ROWS_GENERATED:
            value.rows_generated = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_saint_configuration(
    parent: Element | None, tag: str, value: SaintConfiguration
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _OWNER_TABLE, value.owner_table, write_short)
    put(element, _ENABLED, value.enabled, write_bool)
    put(element, _PERIOD_1, value.period_1, write_int)
    put(element, _PERIOD_2, value.period_2, write_int)
    put(element, _PERIOD_3, value.period_3, write_int)
    put(element, _GENERATION_START, value.generation_start, write_datetime)
    put(element, _GENERATION_END, value.generation_end, write_datetime)
    put(element, _ROWS_GENERATED, value.rows_generated, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_saint_configuration(data: Any, path: str) -> SaintConfiguration:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SaintConfiguration)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.owner_table = take(data, "OwnerTable", path, json_short)
    value.enabled = take_bool(data, "Enabled", path)
    value.period_1 = take_int(data, "Period1", path)
    value.period_2 = take_int(data, "Period2", path)
    value.period_3 = take_int(data, "Period3", path)
    value.generation_start = take(data, "GenerationStart", path, json_datetime)
    value.generation_end = take(data, "GenerationEnd", path, json_datetime)
    value.rows_generated = take_int(data, "RowsGenerated", path)
    value.extra = (
        None
        if _SAINT_CONFIGURATION_KEYS.issuperset(data)
        else json_extra(data, _SAINT_CONFIGURATION_KEYS)
    )
    return value


def encode_json_saint_configuration(value: SaintConfiguration) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "OwnerTable", value.owner_table, json_write_short)
    put_json(result, "Enabled", value.enabled, json_write_bool)
    put_json(result, "Period1", value.period_1, json_write_int)
    put_json(result, "Period2", value.period_2, json_write_int)
    put_json(result, "Period3", value.period_3, json_write_int)
    put_json(result, "GenerationStart", value.generation_start, json_write_datetime)
    put_json(result, "GenerationEnd", value.generation_end, json_write_datetime)
    put_json(result, "RowsGenerated", value.rows_generated, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SAINT_CONFIGURATION_CODEC = Codec(
    decode_xml_saint_configuration,
    encode_xml_saint_configuration,
    decode_json_saint_configuration,
    encode_json_saint_configuration,
)


def decode_xml_list_of_saint_configuration(element: Element) -> list[SaintConfiguration | None]:
    """``ArrayOfSaintConfiguration``: a list of ``SaintConfiguration`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_saint_configuration(child))
        for child in element
        if child.tag == _SAINT_CONFIGURATION
    ]


def encode_xml_list_of_saint_configuration(
    parent: Element | None, tag: str, value: list[SaintConfiguration | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _SAINT_CONFIGURATION, item, encode_xml_saint_configuration)
    return element


def decode_json_list_of_saint_configuration(
    data: Any, path: str
) -> list[SaintConfiguration | None]:
    return json_items_nillable(data, path, decode_json_saint_configuration)


def encode_json_list_of_saint_configuration(value: list[SaintConfiguration | None]) -> list[Any]:
    return [(None if item is None else encode_json_saint_configuration(item)) for item in value]


LIST_OF_SAINT_CONFIGURATION_CODEC = Codec(
    decode_xml_list_of_saint_configuration,
    encode_xml_list_of_saint_configuration,
    decode_json_list_of_saint_configuration,
    encode_json_list_of_saint_configuration,
)
