"""Services88 types: ArrayOfWebAppUsage, WebAppUsage.

Used by the Diagnostics agent.
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
    empty_or_nil,
    json_datetime,
    json_extra,
    json_items_nillable,
    json_object,
    json_unsigned_int,
    json_write_datetime,
    json_write_int,
    json_write_str,
    json_write_unsigned_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    read_unsigned_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_datetime,
    write_int,
    write_str,
    write_unsigned_int,
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

_AGGREGATE_BIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AggregateBin"
_AGGREGATE_COUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AggregateCount"
_ASSOC_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssocId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TIMESTAMP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Timestamp"
_VERSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Version"
_VIEW_STATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ViewState"
_WEB_APP_USAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WebAppUsage"
_WEB_APP_USAGE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}WebAppUsageId"


@dataclasses.dataclass(kw_only=True, repr=False)
class WebAppUsage(Carrier):
    """Carrier object for WebAppUsage. Services for the WebAppUsage Carrier is available from the
    Diagnostics Agent.
    """

    web_app_usage_id: int | Unset = UNSET
    """Primary Key"""
    assoc_id: int | Unset = UNSET
    """Associate Id"""
    timestamp: datetime.datetime | Unset = UNSET
    """Which day the usage was logged"""
    view_state: str | None | Unset = UNSET
    """The SoProtocol(ViewState)"""
    aggregate_count: int | Unset = UNSET
    """Number of times the specific soprotocol is accessed"""
    aggregate_bin: int | Unset = UNSET
    """??"""
    version: int | Unset = UNSET
    """??"""

    def to_xml(self) -> Element:
        return encode_xml_web_app_usage(None, _WEB_APP_USAGE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> WebAppUsage:
        return record_from_xml(decode_xml_web_app_usage, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_web_app_usage(self)

    @classmethod
    def from_json(cls, data: Any) -> WebAppUsage:
        return record_from_json(decode_json_web_app_usage, data)


_WEB_APP_USAGE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "WebAppUsageId",
        "AssocId",
        "Timestamp",
        "ViewState",
        "AggregateCount",
        "AggregateBin",
        "Version",
    )
)


def decode_xml_web_app_usage(element: Element) -> WebAppUsage:
    value = WebAppUsage()
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
        elif tag == _WEB_APP_USAGE_ID:
            value.web_app_usage_id = read_int(child)
        elif tag == _ASSOC_ID:
            value.assoc_id = read_int(child)
        elif tag == _TIMESTAMP:
            value.timestamp = read_datetime(child)
        elif tag == _VIEW_STATE:
            value.view_state = child.text or empty_or_nil(child)
        elif tag == _AGGREGATE_COUNT:
            value.aggregate_count = read_unsigned_int(child)
        elif tag == _AGGREGATE_BIN:
            value.aggregate_bin = read_unsigned_int(child)
        elif tag == _VERSION:
            value.version = read_unsigned_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_web_app_usage(parent: Element | None, tag: str, value: WebAppUsage) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _WEB_APP_USAGE_ID, value.web_app_usage_id, write_int)
    put(element, _ASSOC_ID, value.assoc_id, write_int)
    put(element, _TIMESTAMP, value.timestamp, write_datetime)
    put(element, _VIEW_STATE, value.view_state, write_str)
    put(element, _AGGREGATE_COUNT, value.aggregate_count, write_unsigned_int)
    put(element, _AGGREGATE_BIN, value.aggregate_bin, write_unsigned_int)
    put(element, _VERSION, value.version, write_unsigned_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_web_app_usage(data: Any, path: str) -> WebAppUsage:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(WebAppUsage)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.web_app_usage_id = take_int(data, "WebAppUsageId", path)
    value.assoc_id = take_int(data, "AssocId", path)
    value.timestamp = take(data, "Timestamp", path, json_datetime)
    value.view_state = take_str_nillable(data, "ViewState", path)
    value.aggregate_count = take(data, "AggregateCount", path, json_unsigned_int)
    value.aggregate_bin = take(data, "AggregateBin", path, json_unsigned_int)
    value.version = take(data, "Version", path, json_unsigned_int)
    value.extra = (
        None if _WEB_APP_USAGE_KEYS.issuperset(data) else json_extra(data, _WEB_APP_USAGE_KEYS)
    )
    return value


def encode_json_web_app_usage(value: WebAppUsage) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "WebAppUsageId", value.web_app_usage_id, json_write_int)
    put_json(result, "AssocId", value.assoc_id, json_write_int)
    put_json(result, "Timestamp", value.timestamp, json_write_datetime)
    put_json(result, "ViewState", value.view_state, json_write_str)
    put_json(result, "AggregateCount", value.aggregate_count, json_write_unsigned_int)
    put_json(result, "AggregateBin", value.aggregate_bin, json_write_unsigned_int)
    put_json(result, "Version", value.version, json_write_unsigned_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


WEB_APP_USAGE_CODEC = Codec(
    decode_xml_web_app_usage,
    encode_xml_web_app_usage,
    decode_json_web_app_usage,
    encode_json_web_app_usage,
)


def decode_xml_list_of_web_app_usage(element: Element) -> list[WebAppUsage | None]:
    """``ArrayOfWebAppUsage``: a list of ``WebAppUsage`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_web_app_usage(child))
        for child in element
        if child.tag == _WEB_APP_USAGE
    ]


def encode_xml_list_of_web_app_usage(
    parent: Element | None, tag: str, value: list[WebAppUsage | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _WEB_APP_USAGE, item, encode_xml_web_app_usage)
    return element


def decode_json_list_of_web_app_usage(data: Any, path: str) -> list[WebAppUsage | None]:
    return json_items_nillable(data, path, decode_json_web_app_usage)


def encode_json_list_of_web_app_usage(value: list[WebAppUsage | None]) -> list[Any]:
    return [(None if item is None else encode_json_web_app_usage(item)) for item in value]


LIST_OF_WEB_APP_USAGE_CODEC = Codec(
    decode_xml_list_of_web_app_usage,
    encode_xml_list_of_web_app_usage,
    decode_json_list_of_web_app_usage,
    encode_json_list_of_web_app_usage,
)
