"""Services88 types: ArrayOfStatisticsDataValue, StatisticsDataValue.

Used by the CustomerService agent.
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
    empty_or_nil,
    json_extra,
    json_float,
    json_items_nillable,
    json_object,
    json_write_float,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_float,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    take_str_nillable,
    write_float,
    write_str,
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

_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_LABEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Label"
_STATISTICS_DATA_VALUE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}StatisticsDataValue"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class StatisticsDataValue(Carrier):
    """This class contains a single data value in a data set, used by CS for Status Screen reports

    Carrier object for StatisticsDataValue. Services for the StatisticsDataValue Carrier is
    available from the CustomerService Agent.
    """

    label: str | None | Unset = UNSET
    """The label for the data value"""
    value: float | Unset = UNSET
    """The value for the data value"""
    description: str | None | Unset = UNSET
    """Tooltip for data value"""

    def to_xml(self) -> Element:
        return encode_xml_statistics_data_value(None, _STATISTICS_DATA_VALUE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> StatisticsDataValue:
        return record_from_xml(decode_xml_statistics_data_value, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_statistics_data_value(self)

    @classmethod
    def from_json(cls, data: Any) -> StatisticsDataValue:
        return record_from_json(decode_json_statistics_data_value, data)


_STATISTICS_DATA_VALUE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Label",
        "Value",
        "Description",
    )
)


def decode_xml_statistics_data_value(element: Element) -> StatisticsDataValue:
    value = StatisticsDataValue()
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
        elif tag == _LABEL:
            value.label = child.text or empty_or_nil(child)
        elif tag == _VALUE:
            value.value = read_float(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_statistics_data_value(
    parent: Element | None, tag: str, value: StatisticsDataValue
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _LABEL, value.label, write_str)
    put(element, _VALUE, value.value, write_float)
    put(element, _DESCRIPTION, value.description, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_statistics_data_value(data: Any, path: str) -> StatisticsDataValue:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(StatisticsDataValue)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.label = take_str_nillable(data, "Label", path)
    value.value = take(data, "Value", path, json_float)
    value.description = take_str_nillable(data, "Description", path)
    value.extra = (
        None
        if _STATISTICS_DATA_VALUE_KEYS.issuperset(data)
        else json_extra(data, _STATISTICS_DATA_VALUE_KEYS)
    )
    return value


def encode_json_statistics_data_value(value: StatisticsDataValue) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Label", value.label, json_write_str)
    put_json(result, "Value", value.value, json_write_float)
    put_json(result, "Description", value.description, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


STATISTICS_DATA_VALUE_CODEC = Codec(
    decode_xml_statistics_data_value,
    encode_xml_statistics_data_value,
    decode_json_statistics_data_value,
    encode_json_statistics_data_value,
)


def decode_xml_list_of_statistics_data_value(element: Element) -> list[StatisticsDataValue | None]:
    """``ArrayOfStatisticsDataValue``: a list of ``StatisticsDataValue`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_statistics_data_value(child))
        for child in element
        if child.tag == _STATISTICS_DATA_VALUE
    ]


def encode_xml_list_of_statistics_data_value(
    parent: Element | None, tag: str, value: list[StatisticsDataValue | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _STATISTICS_DATA_VALUE, item, encode_xml_statistics_data_value)
    return element


def decode_json_list_of_statistics_data_value(
    data: Any, path: str
) -> list[StatisticsDataValue | None]:
    return json_items_nillable(data, path, decode_json_statistics_data_value)


def encode_json_list_of_statistics_data_value(
    value: list[StatisticsDataValue | None],
) -> list[Any]:
    return [(None if item is None else encode_json_statistics_data_value(item)) for item in value]


LIST_OF_STATISTICS_DATA_VALUE_CODEC = Codec(
    decode_xml_list_of_statistics_data_value,
    encode_xml_list_of_statistics_data_value,
    decode_json_list_of_statistics_data_value,
    encode_json_list_of_statistics_data_value,
)
