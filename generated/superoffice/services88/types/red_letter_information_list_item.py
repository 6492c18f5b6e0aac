"""Services88 types: ArrayOfRedLetterInformationListItem, RedLetterInformationListItem.

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
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .red_letter_details import (
    RedLetterDetails,
    decode_json_red_letter_details,
    decode_xml_red_letter_details,
    encode_json_red_letter_details,
    encode_xml_red_letter_details,
)
from .red_letter_summary import (
    RedLetterSummary,
    decode_json_red_letter_summary,
    decode_xml_red_letter_summary,
    encode_json_red_letter_summary,
    encode_xml_red_letter_summary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Date"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_RED_LETTER_DETAILS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RedLetterDetails"
_RED_LETTER_INFORMATION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RedLetterInformation"
)
_RED_LETTER_INFORMATION_LIST_ITEM = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RedLetterInformationListItem"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class RedLetterInformationListItem(Carrier):
    """Detailed information on red-letter days, including both holidays and other days with their
    individual texts.

    Carrier object for RedLetterInformationListItem. Services for the
    RedLetterInformationListItem Carrier is available from the Appointment Agent.
    """

    date: datetime.datetime | Unset = UNSET
    """Date that this item is valid for; there is exactly one item per date, ordered by date."""
    red_letter_information: RedLetterSummary | None | Unset = UNSET
    """Summary of redletter day information - holiday in own country, and in other countries known
    to the system.
    """
    red_letter_details: RedLetterDetails | None | Unset = UNSET
    """Red letter day text details, all the texts related to the given day."""

    def to_xml(self) -> Element:
        return encode_xml_red_letter_information_list_item(
            None, _RED_LETTER_INFORMATION_LIST_ITEM, self
        )

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> RedLetterInformationListItem:
        return record_from_xml(decode_xml_red_letter_information_list_item, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_red_letter_information_list_item(self)

    @classmethod
    def from_json(cls, data: Any) -> RedLetterInformationListItem:
        return record_from_json(decode_json_red_letter_information_list_item, data)


_RED_LETTER_INFORMATION_LIST_ITEM_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Date",
        "RedLetterInformation",
        "RedLetterDetails",
    )
)


def decode_xml_red_letter_information_list_item(element: Element) -> RedLetterInformationListItem:
    value = RedLetterInformationListItem()
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
        elif tag == _RED_LETTER_INFORMATION:
            value.red_letter_information = (
                None if child.get(XSI_NIL) in NIL else decode_xml_red_letter_summary(child)
            )
        elif tag == _RED_LETTER_DETAILS:
            value.red_letter_details = (
                None if child.get(XSI_NIL) in NIL else decode_xml_red_letter_details(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_red_letter_information_list_item(
    parent: Element | None, tag: str, value: RedLetterInformationListItem
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DATE, value.date, write_datetime)
    put(
        element,
        _RED_LETTER_INFORMATION,
        value.red_letter_information,
        encode_xml_red_letter_summary,
    )
    put(element, _RED_LETTER_DETAILS, value.red_letter_details, encode_xml_red_letter_details)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_red_letter_information_list_item(
    data: Any, path: str
) -> RedLetterInformationListItem:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(RedLetterInformationListItem)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.date = take(data, "Date", path, json_datetime)
    value.red_letter_information = take_nillable(
        data, "RedLetterInformation", path, decode_json_red_letter_summary
    )
    value.red_letter_details = take_nillable(
        data, "RedLetterDetails", path, decode_json_red_letter_details
    )
    value.extra = (
        None
        if _RED_LETTER_INFORMATION_LIST_ITEM_KEYS.issuperset(data)
        else json_extra(data, _RED_LETTER_INFORMATION_LIST_ITEM_KEYS)
    )
    return value


def encode_json_red_letter_information_list_item(
    value: RedLetterInformationListItem,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Date", value.date, json_write_datetime)
    put_json(
        result,
        "RedLetterInformation",
        value.red_letter_information,
        encode_json_red_letter_summary,
    )
    put_json(result, "RedLetterDetails", value.red_letter_details, encode_json_red_letter_details)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RED_LETTER_INFORMATION_LIST_ITEM_CODEC = Codec(
    decode_xml_red_letter_information_list_item,
    encode_xml_red_letter_information_list_item,
    decode_json_red_letter_information_list_item,
    encode_json_red_letter_information_list_item,
)


def decode_xml_list_of_red_letter_information_list_item(
    element: Element,
) -> list[RedLetterInformationListItem | None]:
    """``ArrayOfRedLetterInformationListItem``: a list of ``RedLetterInformationListItem`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_red_letter_information_list_item(child))
        for child in element
        if child.tag == _RED_LETTER_INFORMATION_LIST_ITEM
    ]


def encode_xml_list_of_red_letter_information_list_item(
    parent: Element | None, tag: str, value: list[RedLetterInformationListItem | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(
            element,
            _RED_LETTER_INFORMATION_LIST_ITEM,
            item,
            encode_xml_red_letter_information_list_item,
        )
    return element


def decode_json_list_of_red_letter_information_list_item(
    data: Any, path: str
) -> list[RedLetterInformationListItem | None]:
    return json_items_nillable(data, path, decode_json_red_letter_information_list_item)


def encode_json_list_of_red_letter_information_list_item(
    value: list[RedLetterInformationListItem | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_red_letter_information_list_item(item))
        for item in value
    ]


LIST_OF_RED_LETTER_INFORMATION_LIST_ITEM_CODEC = Codec(
    decode_xml_list_of_red_letter_information_list_item,
    encode_xml_list_of_red_letter_information_list_item,
    decode_json_list_of_red_letter_information_list_item,
    encode_json_list_of_red_letter_information_list_item,
)
