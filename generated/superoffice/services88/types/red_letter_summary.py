"""Services88 types: RedLetterSummary.

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
    json_write_bool,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_bool,
    take_nillable,
    write_bool,
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
_IS_OTHER_COUNTRY_HOLIDAY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsOtherCountryHoliday"
)
_IS_OWN_COUNTRY_HOLIDAY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsOwnCountryHoliday"
)
_RED_LETTER_SUMMARY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RedLetterSummary"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class RedLetterSummary(Carrier):
    """Summary of redletter day information - holiday in own country, and in other countries known
    to the system.

    Carrier object for RedLetterSummary. Services for the RedLetterSummary Carrier is available
    from the Appointment Agent.
    """

    is_own_country_holiday: bool | Unset = UNSET
    """If true, this day is a holiday in the country of the given associate."""
    is_other_country_holiday: bool | Unset = UNSET
    """If true, this day is a holiday in at least one of the countries that has defined associates
    in the system, but not in the country of the associate whose diary is being scanned.
    """

    def to_xml(self) -> Element:
        return encode_xml_red_letter_summary(None, _RED_LETTER_SUMMARY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> RedLetterSummary:
        return record_from_xml(decode_xml_red_letter_summary, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_red_letter_summary(self)

    @classmethod
    def from_json(cls, data: Any) -> RedLetterSummary:
        return record_from_json(decode_json_red_letter_summary, data)


_RED_LETTER_SUMMARY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "IsOwnCountryHoliday",
        "IsOtherCountryHoliday",
    )
)


def decode_xml_red_letter_summary(element: Element) -> RedLetterSummary:
    value = RedLetterSummary()
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
        elif tag == _IS_OWN_COUNTRY_HOLIDAY:
            value.is_own_country_holiday = read_bool(child)
        elif tag == _IS_OTHER_COUNTRY_HOLIDAY:
            value.is_other_country_holiday = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_red_letter_summary(
    parent: Element | None, tag: str, value: RedLetterSummary
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _IS_OWN_COUNTRY_HOLIDAY, value.is_own_country_holiday, write_bool)
    put(element, _IS_OTHER_COUNTRY_HOLIDAY, value.is_other_country_holiday, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_red_letter_summary(data: Any, path: str) -> RedLetterSummary:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(RedLetterSummary)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.is_own_country_holiday = take_bool(data, "IsOwnCountryHoliday", path)
    value.is_other_country_holiday = take_bool(data, "IsOtherCountryHoliday", path)
    value.extra = (
        None
        if _RED_LETTER_SUMMARY_KEYS.issuperset(data)
        else json_extra(data, _RED_LETTER_SUMMARY_KEYS)
    )
    return value


def encode_json_red_letter_summary(value: RedLetterSummary) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "IsOwnCountryHoliday", value.is_own_country_holiday, json_write_bool)
    put_json(result, "IsOtherCountryHoliday", value.is_other_country_holiday, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RED_LETTER_SUMMARY_CODEC = Codec(
    decode_xml_red_letter_summary,
    encode_xml_red_letter_summary,
    decode_json_red_letter_summary,
    encode_json_red_letter_summary,
)
