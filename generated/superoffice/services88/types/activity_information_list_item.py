"""Services88 types: ActivityInformationListItem, ArrayOfActivityInformationListItem.

Used by the Appointment agent.
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
from .activity_summary import (
    ActivitySummary,
    decode_json_activity_summary,
    decode_xml_activity_summary,
    encode_json_activity_summary,
    encode_xml_activity_summary,
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

_ACTIVITY_INFORMATION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActivityInformation"
)
_ACTIVITY_INFORMATION_LIST_ITEM = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActivityInformationListItem"
)
_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Date"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ActivityInformationListItem(Carrier):
    """Carrier object for ActivityInformationListItem. Services for the ActivityInformationListItem
    Carrier is available from the Appointment Agent.
    """

    date: datetime.datetime | Unset = UNSET
    """Date that this item is valid for; there is exactly one item per date, ordered by date."""
    activity_information: ActivitySummary | None | Unset = UNSET
    """Activity information summary - number of free and busy activities."""

    def to_xml(self) -> Element:
        return encode_xml_activity_information_list_item(
            None, _ACTIVITY_INFORMATION_LIST_ITEM, self
        )

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ActivityInformationListItem:
        return record_from_xml(decode_xml_activity_information_list_item, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_activity_information_list_item(self)

    @classmethod
    def from_json(cls, data: Any) -> ActivityInformationListItem:
        return record_from_json(decode_json_activity_information_list_item, data)


_ACTIVITY_INFORMATION_LIST_ITEM_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Date",
        "ActivityInformation",
    )
)


def decode_xml_activity_information_list_item(element: Element) -> ActivityInformationListItem:
    value = ActivityInformationListItem()
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
        elif tag == _DATE:
            value.date = read_datetime(child)
        elif tag == _ACTIVITY_INFORMATION:
            value.activity_information = (
                None if child.get(XSI_NIL) in NIL else decode_xml_activity_summary(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_activity_information_list_item(
    parent: Element | None, tag: str, value: ActivityInformationListItem
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DATE, value.date, write_datetime)
    put(element, _ACTIVITY_INFORMATION, value.activity_information, encode_xml_activity_summary)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_activity_information_list_item(
    data: Any, path: str
) -> ActivityInformationListItem:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ActivityInformationListItem)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.date = take(data, "Date", path, json_datetime)
    value.activity_information = take_nillable(
        data, "ActivityInformation", path, decode_json_activity_summary
    )
    value.extra = (
        None
        if _ACTIVITY_INFORMATION_LIST_ITEM_KEYS.issuperset(data)
        else json_extra(data, _ACTIVITY_INFORMATION_LIST_ITEM_KEYS)
    )
    return value


def encode_json_activity_information_list_item(
    value: ActivityInformationListItem,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Date", value.date, json_write_datetime)
    put_json(
        result, "ActivityInformation", value.activity_information, encode_json_activity_summary
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ACTIVITY_INFORMATION_LIST_ITEM_CODEC = Codec(
    decode_xml_activity_information_list_item,
    encode_xml_activity_information_list_item,
    decode_json_activity_information_list_item,
    encode_json_activity_information_list_item,
)


def decode_xml_list_of_activity_information_list_item(
    element: Element,
) -> list[ActivityInformationListItem | None]:
    """``ArrayOfActivityInformationListItem``: a list of ``ActivityInformationListItem`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_activity_information_list_item(child))
        for child in element
        if child.tag == _ACTIVITY_INFORMATION_LIST_ITEM
    ]


def encode_xml_list_of_activity_information_list_item(
    parent: Element | None, tag: str, value: list[ActivityInformationListItem | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(
            element,
            _ACTIVITY_INFORMATION_LIST_ITEM,
            item,
            encode_xml_activity_information_list_item,
        )
    return element


def decode_json_list_of_activity_information_list_item(
    data: Any, path: str
) -> list[ActivityInformationListItem | None]:
    return json_items_nillable(data, path, decode_json_activity_information_list_item)


def encode_json_list_of_activity_information_list_item(
    value: list[ActivityInformationListItem | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_activity_information_list_item(item))
        for item in value
    ]


LIST_OF_ACTIVITY_INFORMATION_LIST_ITEM_CODEC = Codec(
    decode_xml_list_of_activity_information_list_item,
    encode_xml_list_of_activity_information_list_item,
    decode_json_list_of_activity_information_list_item,
    encode_json_list_of_activity_information_list_item,
)
