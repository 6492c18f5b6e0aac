"""Services88 types: ArrayOfStatisticsDataSet, StatisticsDataSet.

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
    json_items_nillable,
    json_object,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
    take_str_nillable,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .statistics_data_value import (
    StatisticsDataValue,
    decode_json_list_of_statistics_data_value,
    decode_xml_list_of_statistics_data_value,
    encode_json_list_of_statistics_data_value,
    encode_xml_list_of_statistics_data_value,
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
_STATISTICS_DATA_SET = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StatisticsDataSet"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_VALUES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Values"


@dataclasses.dataclass(kw_only=True, repr=False)
class StatisticsDataSet(Carrier):
    """Carrier object for StatisticsDataSet. Services for the StatisticsDataSet Carrier is
    available from the CustomerService Agent.
    """

    label: str | None | Unset = UNSET
    """The label for the data set"""
    values: list[StatisticsDataValue | None] | None | Unset = UNSET
    """Values in this set"""
    description: str | None | Unset = UNSET
    """Tooltip for data value"""

    def to_xml(self) -> Element:
        return encode_xml_statistics_data_set(None, _STATISTICS_DATA_SET, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> StatisticsDataSet:
        return record_from_xml(decode_xml_statistics_data_set, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_statistics_data_set(self)

    @classmethod
    def from_json(cls, data: Any) -> StatisticsDataSet:
        return record_from_json(decode_json_statistics_data_set, data)


_STATISTICS_DATA_SET_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Label",
        "Values",
        "Description",
    )
)


def decode_xml_statistics_data_set(element: Element) -> StatisticsDataSet:
    value = StatisticsDataSet()
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
        elif tag == _VALUES:
            value.values = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_statistics_data_value(child)
            )
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_statistics_data_set(
    parent: Element | None, tag: str, value: StatisticsDataSet
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _LABEL, value.label, write_str)
    put(element, _VALUES, value.values, encode_xml_list_of_statistics_data_value)
    put(element, _DESCRIPTION, value.description, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_statistics_data_set(data: Any, path: str) -> StatisticsDataSet:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(StatisticsDataSet)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.label = take_str_nillable(data, "Label", path)
    value.values = take_nillable(data, "Values", path, decode_json_list_of_statistics_data_value)
    value.description = take_str_nillable(data, "Description", path)
    value.extra = (
        None
        if _STATISTICS_DATA_SET_KEYS.issuperset(data)
        else json_extra(data, _STATISTICS_DATA_SET_KEYS)
    )
    return value


def encode_json_statistics_data_set(value: StatisticsDataSet) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Label", value.label, json_write_str)
    put_json(result, "Values", value.values, encode_json_list_of_statistics_data_value)
    put_json(result, "Description", value.description, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


STATISTICS_DATA_SET_CODEC = Codec(
    decode_xml_statistics_data_set,
    encode_xml_statistics_data_set,
    decode_json_statistics_data_set,
    encode_json_statistics_data_set,
)


def decode_xml_list_of_statistics_data_set(element: Element) -> list[StatisticsDataSet | None]:
    """``ArrayOfStatisticsDataSet``: a list of ``StatisticsDataSet`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_statistics_data_set(child))
        for child in element
        if child.tag == _STATISTICS_DATA_SET
    ]


def encode_xml_list_of_statistics_data_set(
    parent: Element | None, tag: str, value: list[StatisticsDataSet | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _STATISTICS_DATA_SET, item, encode_xml_statistics_data_set)
    return element


def decode_json_list_of_statistics_data_set(
    data: Any, path: str
) -> list[StatisticsDataSet | None]:
    return json_items_nillable(data, path, decode_json_statistics_data_set)


def encode_json_list_of_statistics_data_set(value: list[StatisticsDataSet | None]) -> list[Any]:
    return [(None if item is None else encode_json_statistics_data_set(item)) for item in value]


LIST_OF_STATISTICS_DATA_SET_CODEC = Codec(
    decode_xml_list_of_statistics_data_set,
    encode_xml_list_of_statistics_data_set,
    decode_json_list_of_statistics_data_set,
    encode_json_list_of_statistics_data_set,
)
