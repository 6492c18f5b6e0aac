"""Services88 types: ArrayOfLanguageInfo, LanguageInfo.

Used by the List agent.
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
    json_write_bool,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
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

_ENGLISH_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EnglishName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_BUILT_IN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsBuiltIn"
_LANGUAGE_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LanguageInfo"
_LANGUAGE_INFO_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LanguageInfoId"
_LCID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LCID"
_NATIVE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NativeName"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_THREE_LETTER_ISO_LANGUAGE_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ThreeLetterISOLanguageName"
)
_TWO_LETTER_ISO_LANGUAGE_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TwoLetterISOLanguageName"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class LanguageInfo(Carrier):
    """Carrier object for LanguageInfo. Services for the LanguageInfo Carrier is available from the
    List Agent.
    """

    language_info_id: int | Unset = UNSET
    """Primary key"""
    lcid: int | Unset = UNSET
    """Language/culture id as a numeric .NET code"""
    english_name: str | None | Unset = UNSET
    """English name of this language (Norwegian)"""
    native_name: str | None | Unset = UNSET
    """The native name of this language (Norsk Bokmål)"""
    three_letter_iso_language_name: str | None | Unset = UNSET
    """ISO 3-letter abbreviation"""
    two_letter_iso_language_name: str | None | Unset = UNSET
    """ISO 2-letter abbreviation"""
    is_built_in: bool | Unset = UNSET
    """Has this row been inserted by SuperOffice priming data"""

    def to_xml(self) -> Element:
        return encode_xml_language_info(None, _LANGUAGE_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> LanguageInfo:
        return record_from_xml(decode_xml_language_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_language_info(self)

    @classmethod
    def from_json(cls, data: Any) -> LanguageInfo:
        return record_from_json(decode_json_language_info, data)


_LANGUAGE_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "LanguageInfoId",
        "LCID",
        "EnglishName",
        "NativeName",
        "ThreeLetterISOLanguageName",
        "TwoLetterISOLanguageName",
        "IsBuiltIn",
    )
)


def decode_xml_language_info(element: Element) -> LanguageInfo:
    value = LanguageInfo()
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
        elif tag == _LANGUAGE_INFO_ID:
            value.language_info_id = read_int(child)
        elif tag == _LCID:
            value.lcid = read_int(child)
        elif tag == _ENGLISH_NAME:
            value.english_name = child.text or empty_or_nil(child)
        elif tag == _NATIVE_NAME:
            value.native_name = child.text or empty_or_nil(child)
        elif tag == _THREE_LETTER_ISO_LANGUAGE_NAME:
            value.three_letter_iso_language_name = child.text or empty_or_nil(child)
        elif tag == _TWO_LETTER_ISO_LANGUAGE_NAME:
            value.two_letter_iso_language_name = child.text or empty_or_nil(child)
        elif tag == _IS_BUILT_IN:
            value.is_built_in = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_language_info(parent: Element | None, tag: str, value: LanguageInfo) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _LANGUAGE_INFO_ID, value.language_info_id, write_int)
    put(element, _LCID, value.lcid, write_int)
    put(element, _ENGLISH_NAME, value.english_name, write_str)
    put(element, _NATIVE_NAME, value.native_name, write_str)
    put(element, _THREE_LETTER_ISO_LANGUAGE_NAME, value.three_letter_iso_language_name, write_str)
    put(element, _TWO_LETTER_ISO_LANGUAGE_NAME, value.two_letter_iso_language_name, write_str)
    put(element, _IS_BUILT_IN, value.is_built_in, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_language_info(data: Any, path: str) -> LanguageInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(LanguageInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.language_info_id = take_int(data, "LanguageInfoId", path)
    value.lcid = take_int(data, "LCID", path)
    value.english_name = take_str_nillable(data, "EnglishName", path)
    value.native_name = take_str_nillable(data, "NativeName", path)
    value.three_letter_iso_language_name = take_str_nillable(
        data, "ThreeLetterISOLanguageName", path
    )
    value.two_letter_iso_language_name = take_str_nillable(data, "TwoLetterISOLanguageName", path)
    value.is_built_in = take_bool(data, "IsBuiltIn", path)
    value.extra = (
        None if _LANGUAGE_INFO_KEYS.issuperset(data) else json_extra(data, _LANGUAGE_INFO_KEYS)
    )
    return value


def encode_json_language_info(value: LanguageInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "LanguageInfoId", value.language_info_id, json_write_int)
    put_json(result, "LCID", value.lcid, json_write_int)
    put_json(result, "EnglishName", value.english_name, json_write_str)
    put_json(result, "NativeName", value.native_name, json_write_str)
    put_json(
        result, "ThreeLetterISOLanguageName", value.three_letter_iso_language_name, json_write_str
    )
    put_json(
        result, "TwoLetterISOLanguageName", value.two_letter_iso_language_name, json_write_str
    )
    put_json(result, "IsBuiltIn", value.is_built_in, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


LANGUAGE_INFO_CODEC = Codec(
    decode_xml_language_info,
    encode_xml_language_info,
    decode_json_language_info,
    encode_json_language_info,
)


def decode_xml_list_of_language_info(element: Element) -> list[LanguageInfo | None]:
    """``ArrayOfLanguageInfo``: a list of ``LanguageInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_language_info(child))
        for child in element
        if child.tag == _LANGUAGE_INFO
    ]


def encode_xml_list_of_language_info(
    parent: Element | None, tag: str, value: list[LanguageInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _LANGUAGE_INFO, item, encode_xml_language_info)
    return element


def decode_json_list_of_language_info(data: Any, path: str) -> list[LanguageInfo | None]:
    return json_items_nillable(data, path, decode_json_language_info)


def encode_json_list_of_language_info(value: list[LanguageInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_language_info(item)) for item in value]


LIST_OF_LANGUAGE_INFO_CODEC = Codec(
    decode_xml_list_of_language_info,
    encode_xml_list_of_language_info,
    decode_json_list_of_language_info,
    encode_json_list_of_language_info,
)
