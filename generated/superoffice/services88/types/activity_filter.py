"""Services88 types: ActivityFilter.

Used by the Archive agent.
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
    json_object,
    json_write_datetime,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    write_datetime,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_mdo_list_item import (
    MDOListItem,
    decode_json_list_of_mdo_list_item,
    decode_xml_list_of_mdo_list_item,
    encode_json_list_of_mdo_list_item,
    encode_xml_list_of_mdo_list_item,
)
from .list_of_selectable_mdo_list_item import (
    SelectableMDOListItem,
    decode_json_list_of_selectable_mdo_list_item,
    decode_xml_list_of_selectable_mdo_list_item,
    encode_json_list_of_selectable_mdo_list_item,
    encode_xml_list_of_selectable_mdo_list_item,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ACTIVITY_FILTER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActivityFilter"
_ASSOCIATE_LIST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateList"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FROM_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FromDate"
_FUTURE_DATE_LIST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FutureDateList"
_GROUP_LIST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GroupList"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TO_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ToDate"


@dataclasses.dataclass(kw_only=True, repr=False)
class ActivityFilter(Carrier):
    """Activity list filter information.

    Carrier object for ActivityFilter. Services for the ActivityFilter Carrier is available from
    the Archive Agent.
    """

    from_date: datetime.datetime | Unset = UNSET
    """The filtering From date"""
    to_date: datetime.datetime | Unset = UNSET
    """The filtering To date"""
    associate_list: list[SelectableMDOListItem | None] | None | Unset = UNSET
    """The list of associates to filter on"""
    group_list: list[SelectableMDOListItem | None] | None | Unset = UNSET
    """The list of groups to filter on"""
    future_date_list: list[MDOListItem | None] | None | Unset = UNSET
    """The list of future date selections. This is a static MDO list with standard values."""

    def to_xml(self) -> Element:
        return encode_xml_activity_filter(None, _ACTIVITY_FILTER, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ActivityFilter:
        return record_from_xml(decode_xml_activity_filter, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_activity_filter(self)

    @classmethod
    def from_json(cls, data: Any) -> ActivityFilter:
        return record_from_json(decode_json_activity_filter, data)


_ACTIVITY_FILTER_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "FromDate",
        "ToDate",
        "AssociateList",
        "GroupList",
        "FutureDateList",
    )
)


def decode_xml_activity_filter(element: Element) -> ActivityFilter:
    value = ActivityFilter()
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
        elif tag == _FROM_DATE:
            value.from_date = read_datetime(child)
        elif tag == _TO_DATE:
            value.to_date = read_datetime(child)
        elif tag == _ASSOCIATE_LIST:
            value.associate_list = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_selectable_mdo_list_item(child)
            )
        elif tag == _GROUP_LIST:
            value.group_list = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_selectable_mdo_list_item(child)
            )
        elif tag == _FUTURE_DATE_LIST:
            value.future_date_list = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_mdo_list_item(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_activity_filter(parent: Element | None, tag: str, value: ActivityFilter) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _FROM_DATE, value.from_date, write_datetime)
    put(element, _TO_DATE, value.to_date, write_datetime)
    put(
        element, _ASSOCIATE_LIST, value.associate_list, encode_xml_list_of_selectable_mdo_list_item
    )
    put(element, _GROUP_LIST, value.group_list, encode_xml_list_of_selectable_mdo_list_item)
    put(element, _FUTURE_DATE_LIST, value.future_date_list, encode_xml_list_of_mdo_list_item)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_activity_filter(data: Any, path: str) -> ActivityFilter:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ActivityFilter)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.from_date = take(data, "FromDate", path, json_datetime)
    value.to_date = take(data, "ToDate", path, json_datetime)
    value.associate_list = take_nillable(
        data, "AssociateList", path, decode_json_list_of_selectable_mdo_list_item
    )
    value.group_list = take_nillable(
        data, "GroupList", path, decode_json_list_of_selectable_mdo_list_item
    )
    value.future_date_list = take_nillable(
        data, "FutureDateList", path, decode_json_list_of_mdo_list_item
    )
    value.extra = (
        None if _ACTIVITY_FILTER_KEYS.issuperset(data) else json_extra(data, _ACTIVITY_FILTER_KEYS)
    )
    return value


def encode_json_activity_filter(value: ActivityFilter) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "FromDate", value.from_date, json_write_datetime)
    put_json(result, "ToDate", value.to_date, json_write_datetime)
    put_json(
        result, "AssociateList", value.associate_list, encode_json_list_of_selectable_mdo_list_item
    )
    put_json(result, "GroupList", value.group_list, encode_json_list_of_selectable_mdo_list_item)
    put_json(result, "FutureDateList", value.future_date_list, encode_json_list_of_mdo_list_item)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ACTIVITY_FILTER_CODEC = Codec(
    decode_xml_activity_filter,
    encode_xml_activity_filter,
    decode_json_activity_filter,
    encode_json_activity_filter,
)
