"""Services88 types: FreeText.

Used by the FreeText agent.
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
    json_write_bool,
    json_write_datetime,
    json_write_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_int,
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
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .free_text_operator import (
    FreeTextOperator,
    decode_json_free_text_operator,
    decode_xml_free_text_operator,
    encode_json_free_text_operator,
    encode_xml_free_text_operator,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_AUTO_ENABLE_TRAVEL_AREAS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}AutoEnableTravelAreas"
)
_COUNT_WORDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CountWords"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FREE_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FreeText"
_FREE_TEXT_ENABLED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FreeTextEnabled"
_LAST_GENERATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LastGenerated"
_MULTI_WORD_OPERATOR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MultiWordOperator"
_OCCURRENCES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Occurrences"
_SINGLE_WORD_OPERATOR = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SingleWordOperator"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class FreeText(Carrier):
    """Used to manage freetext search.

    Carrier object for FreeText. Services for the FreeText Carrier is available from the
    FreeText Agent.
    """

    free_text_enabled: bool | Unset = UNSET
    """True if freetext search enabled"""
    single_word_operator: FreeTextOperator | str | Unset = UNSET
    """Starts with, contains or exact match"""
    multi_word_operator: FreeTextOperator | str | Unset = UNSET
    """Starts with, contains or exact match"""
    count_words: int | Unset = UNSET
    """Count of unique search words"""
    occurrences: int | Unset = UNSET
    """Total count of search words"""
    last_generated: datetime.datetime | Unset = UNSET
    """Last time search has been generated"""
    auto_enable_travel_areas: bool | Unset = UNSET
    """Automatically enable freetext search for new travel areas"""

    def to_xml(self) -> Element:
        return encode_xml_free_text(None, _FREE_TEXT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> FreeText:
        return record_from_xml(decode_xml_free_text, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_free_text(self)

    @classmethod
    def from_json(cls, data: Any) -> FreeText:
        return record_from_json(decode_json_free_text, data)


_FREE_TEXT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "FreeTextEnabled",
        "SingleWordOperator",
        "MultiWordOperator",
        "CountWords",
        "Occurrences",
        "LastGenerated",
        "AutoEnableTravelAreas",
    )
)


def decode_xml_free_text(element: Element) -> FreeText:
    value = FreeText()
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
        elif tag == _FREE_TEXT_ENABLED:
            value.free_text_enabled = read_bool(child)
        elif tag == _SINGLE_WORD_OPERATOR:
            value.single_word_operator = decode_xml_free_text_operator(child)
        elif tag == _MULTI_WORD_OPERATOR:
            value.multi_word_operator = decode_xml_free_text_operator(child)
        elif tag == _COUNT_WORDS:
            value.count_words = read_int(child)
        elif tag == _OCCURRENCES:
            value.occurrences = read_int(child)
        elif tag == _LAST_GENERATED:
            value.last_generated = read_datetime(child)
        elif tag == _AUTO_ENABLE_TRAVEL_AREAS:
            value.auto_enable_travel_areas = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_free_text(parent: Element | None, tag: str, value: FreeText) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _FREE_TEXT_ENABLED, value.free_text_enabled, write_bool)
    put(element, _SINGLE_WORD_OPERATOR, value.single_word_operator, encode_xml_free_text_operator)
    put(element, _MULTI_WORD_OPERATOR, value.multi_word_operator, encode_xml_free_text_operator)
    put(element, _COUNT_WORDS, value.count_words, write_int)
    put(element, _OCCURRENCES, value.occurrences, write_int)
    put(element, _LAST_GENERATED, value.last_generated, write_datetime)
    put(element, _AUTO_ENABLE_TRAVEL_AREAS, value.auto_enable_travel_areas, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_free_text(data: Any, path: str) -> FreeText:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(FreeText)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.free_text_enabled = take_bool(data, "FreeTextEnabled", path)
    value.single_word_operator = take(
        data, "SingleWordOperator", path, decode_json_free_text_operator
    )
    value.multi_word_operator = take(
        data, "MultiWordOperator", path, decode_json_free_text_operator
    )
    value.count_words = take_int(data, "CountWords", path)
    value.occurrences = take_int(data, "Occurrences", path)
    value.last_generated = take(data, "LastGenerated", path, json_datetime)
    value.auto_enable_travel_areas = take_bool(data, "AutoEnableTravelAreas", path)
    value.extra = None if _FREE_TEXT_KEYS.issuperset(data) else json_extra(data, _FREE_TEXT_KEYS)
    return value


def encode_json_free_text(value: FreeText) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "FreeTextEnabled", value.free_text_enabled, json_write_bool)
    put_json(
        result, "SingleWordOperator", value.single_word_operator, encode_json_free_text_operator
    )
    put_json(
        result, "MultiWordOperator", value.multi_word_operator, encode_json_free_text_operator
    )
    put_json(result, "CountWords", value.count_words, json_write_int)
    put_json(result, "Occurrences", value.occurrences, json_write_int)
    put_json(result, "LastGenerated", value.last_generated, json_write_datetime)
    put_json(result, "AutoEnableTravelAreas", value.auto_enable_travel_areas, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


FREE_TEXT_CODEC = Codec(
    decode_xml_free_text, encode_xml_free_text, decode_json_free_text, encode_json_free_text
)
