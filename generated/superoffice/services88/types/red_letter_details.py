"""Services88 types: RedLetterDetails.

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
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_str import (
    decode_json_list_of_str,
    decode_xml_list_of_str,
    encode_json_list_of_str,
    encode_xml_list_of_str,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_OTHER_COUNTRY_DAY_TEXTS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OtherCountryDayTexts"
)
_OWN_COUNTRY_DAY_TEXTS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnCountryDayTexts"
)
_RED_LETTER_DETAILS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RedLetterDetails"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class RedLetterDetails(Carrier):
    """Red letter day text details, all the texts related to the given day.

    Carrier object for RedLetterDetails. Services for the RedLetterDetails Carrier is available
    from the Appointment Agent.
    """

    own_country_day_texts: list[str | None] | None | Unset = UNSET
    """Array - possibly empty - of the texts related to one day in the redletter system."""
    other_country_day_texts: list[str | None] | None | Unset = UNSET
    """Red letter day texts for other countries than the associates' own country"""

    def to_xml(self) -> Element:
        return encode_xml_red_letter_details(None, _RED_LETTER_DETAILS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> RedLetterDetails:
        return record_from_xml(decode_xml_red_letter_details, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_red_letter_details(self)

    @classmethod
    def from_json(cls, data: Any) -> RedLetterDetails:
        return record_from_json(decode_json_red_letter_details, data)


_RED_LETTER_DETAILS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "OwnCountryDayTexts",
        "OtherCountryDayTexts",
    )
)


def decode_xml_red_letter_details(element: Element) -> RedLetterDetails:
    value = RedLetterDetails()
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
        elif tag == _OWN_COUNTRY_DAY_TEXTS:
            value.own_country_day_texts = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        elif tag == _OTHER_COUNTRY_DAY_TEXTS:
            value.other_country_day_texts = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_red_letter_details(
    parent: Element | None, tag: str, value: RedLetterDetails
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _OWN_COUNTRY_DAY_TEXTS, value.own_country_day_texts, encode_xml_list_of_str)
    put(element, _OTHER_COUNTRY_DAY_TEXTS, value.other_country_day_texts, encode_xml_list_of_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_red_letter_details(data: Any, path: str) -> RedLetterDetails:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(RedLetterDetails)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.own_country_day_texts = take_nillable(
        data, "OwnCountryDayTexts", path, decode_json_list_of_str
    )
    value.other_country_day_texts = take_nillable(
        data, "OtherCountryDayTexts", path, decode_json_list_of_str
    )
    value.extra = (
        None
        if _RED_LETTER_DETAILS_KEYS.issuperset(data)
        else json_extra(data, _RED_LETTER_DETAILS_KEYS)
    )
    return value


def encode_json_red_letter_details(value: RedLetterDetails) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "OwnCountryDayTexts", value.own_country_day_texts, encode_json_list_of_str)
    put_json(
        result, "OtherCountryDayTexts", value.other_country_day_texts, encode_json_list_of_str
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RED_LETTER_DETAILS_CODEC = Codec(
    decode_xml_red_letter_details,
    encode_xml_red_letter_details,
    decode_json_red_letter_details,
    encode_json_red_letter_details,
)
