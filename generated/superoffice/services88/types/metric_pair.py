"""Services88 types: ArrayOfMetricPair, MetricPair.

Used by the ViewState agent.
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
    take_str_nillable,
    write_int,
    write_str,
)

_METRIC_PAIR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MetricPair"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class MetricPair(Record):
    """Metric, in the form of string-&gt;int

    Carrier object for MetricPair.
    """

    name: str | None | Unset = UNSET
    """The name of the metric"""
    value: int | Unset = UNSET
    """The value of the metric"""

    def to_xml(self) -> Element:
        return encode_xml_metric_pair(None, _METRIC_PAIR, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> MetricPair:
        return record_from_xml(decode_xml_metric_pair, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_metric_pair(self)

    @classmethod
    def from_json(cls, data: Any) -> MetricPair:
        return record_from_json(decode_json_metric_pair, data)


_METRIC_PAIR_KEYS = frozenset(
    (
        "Name",
        "Value",
    )
)


def decode_xml_metric_pair(element: Element) -> MetricPair:
    value = MetricPair()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _VALUE:
            value.value = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_metric_pair(parent: Element | None, tag: str, value: MetricPair) -> Element:
    element = new_child(parent, tag)
    put(element, _NAME, value.name, write_str)
    put(element, _VALUE, value.value, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_metric_pair(data: Any, path: str) -> MetricPair:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(MetricPair)
    value.name = take_str_nillable(data, "Name", path)
    value.value = take_int(data, "Value", path)
    value.extra = (
        None if _METRIC_PAIR_KEYS.issuperset(data) else json_extra(data, _METRIC_PAIR_KEYS)
    )
    return value


def encode_json_metric_pair(value: MetricPair) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Value", value.value, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


METRIC_PAIR_CODEC = Codec(
    decode_xml_metric_pair,
    encode_xml_metric_pair,
    decode_json_metric_pair,
    encode_json_metric_pair,
)


def decode_xml_list_of_metric_pair(element: Element) -> list[MetricPair | None]:
    """``ArrayOfMetricPair``: a list of ``MetricPair`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_metric_pair(child))
        for child in element
        if child.tag == _METRIC_PAIR
    ]


def encode_xml_list_of_metric_pair(
    parent: Element | None, tag: str, value: list[MetricPair | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _METRIC_PAIR, item, encode_xml_metric_pair)
    return element


def decode_json_list_of_metric_pair(data: Any, path: str) -> list[MetricPair | None]:
    return json_items_nillable(data, path, decode_json_metric_pair)


def encode_json_list_of_metric_pair(value: list[MetricPair | None]) -> list[Any]:
    return [(None if item is None else encode_json_metric_pair(item)) for item in value]


LIST_OF_METRIC_PAIR_CODEC = Codec(
    decode_xml_list_of_metric_pair,
    encode_xml_list_of_metric_pair,
    decode_json_list_of_metric_pair,
    encode_json_list_of_metric_pair,
)
