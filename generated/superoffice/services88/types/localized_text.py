"""Services88 types: ArrayOfLocalizedText, LocalizedText.

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
    take,
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
from .localized_text_type import (
    LocalizedTextType,
    decode_json_localized_text_type,
    decode_xml_localized_text_type,
    encode_json_localized_text_type,
    encode_xml_localized_text_type,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_BUILT_IN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsBuiltIn"
_LANGUAGE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LanguageId"
_LOCALIZED_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LocalizedText"
_LOCALIZED_TEXT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LocalizedTextId"
_RESOURCE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ResourceId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Text"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"


@dataclasses.dataclass(kw_only=True, repr=False)
class LocalizedText(Carrier):
    """Carrier object for LocalizedText. Services for the LocalizedText Carrier is available from
    the List Agent.
    """

    language_id: int | Unset = UNSET
    """Language id as LCID value"""
    resource_id: int | Unset = UNSET
    """Resource ID"""
    text: str | None | Unset = UNSET
    """The text string itself"""
    type: LocalizedTextType | str | Unset = UNSET
    """The type of the text string, e.g. Field label, Udef label, etc."""
    localized_text_id: int | Unset = UNSET
    """Primary key"""
    is_built_in: bool | Unset = UNSET
    """1 = this row is populated and maintained by SuperOffice"""

    def to_xml(self) -> Element:
        return encode_xml_localized_text(None, _LOCALIZED_TEXT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> LocalizedText:
        return record_from_xml(decode_xml_localized_text, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_localized_text(self)

    @classmethod
    def from_json(cls, data: Any) -> LocalizedText:
        return record_from_json(decode_json_localized_text, data)


_LOCALIZED_TEXT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "LanguageId",
        "ResourceId",
        "Text",
        "Type",
        "LocalizedTextId",
        "IsBuiltIn",
    )
)


def decode_xml_localized_text(element: Element) -> LocalizedText:
    value = LocalizedText()
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
        elif tag == _LANGUAGE_ID:
            value.language_id = read_int(child)
        elif tag == _RESOURCE_ID:
            value.resource_id = read_int(child)
        elif tag == _TEXT:
            value.text = child.text or empty_or_nil(child)
        elif tag == _TYPE:
            value.type = decode_xml_localized_text_type(child)
        elif tag == _LOCALIZED_TEXT_ID:
            value.localized_text_id = read_int(child)
        elif tag == _IS_BUILT_IN:
            value.is_built_in = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_localized_text(parent: Element | None, tag: str, value: LocalizedText) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _LANGUAGE_ID, value.language_id, write_int)
    put(element, _RESOURCE_ID, value.resource_id, write_int)
    put(element, _TEXT, value.text, write_str)
    put(element, _TYPE, value.type, encode_xml_localized_text_type)
    put(element, _LOCALIZED_TEXT_ID, value.localized_text_id, write_int)
    put(element, _IS_BUILT_IN, value.is_built_in, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_localized_text(data: Any, path: str) -> LocalizedText:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(LocalizedText)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.language_id = take_int(data, "LanguageId", path)
    value.resource_id = take_int(data, "ResourceId", path)
    value.text = take_str_nillable(data, "Text", path)
    value.type = take(data, "Type", path, decode_json_localized_text_type)
    value.localized_text_id = take_int(data, "LocalizedTextId", path)
    value.is_built_in = take_bool(data, "IsBuiltIn", path)
    value.extra = (
        None if _LOCALIZED_TEXT_KEYS.issuperset(data) else json_extra(data, _LOCALIZED_TEXT_KEYS)
    )
    return value


def encode_json_localized_text(value: LocalizedText) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "LanguageId", value.language_id, json_write_int)
    put_json(result, "ResourceId", value.resource_id, json_write_int)
    put_json(result, "Text", value.text, json_write_str)
    put_json(result, "Type", value.type, encode_json_localized_text_type)
    put_json(result, "LocalizedTextId", value.localized_text_id, json_write_int)
    put_json(result, "IsBuiltIn", value.is_built_in, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


LOCALIZED_TEXT_CODEC = Codec(
    decode_xml_localized_text,
    encode_xml_localized_text,
    decode_json_localized_text,
    encode_json_localized_text,
)


def decode_xml_list_of_localized_text(element: Element) -> list[LocalizedText | None]:
    """``ArrayOfLocalizedText``: a list of ``LocalizedText`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_localized_text(child))
        for child in element
        if child.tag == _LOCALIZED_TEXT
    ]


def encode_xml_list_of_localized_text(
    parent: Element | None, tag: str, value: list[LocalizedText | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _LOCALIZED_TEXT, item, encode_xml_localized_text)
    return element


def decode_json_list_of_localized_text(data: Any, path: str) -> list[LocalizedText | None]:
    return json_items_nillable(data, path, decode_json_localized_text)


def encode_json_list_of_localized_text(value: list[LocalizedText | None]) -> list[Any]:
    return [(None if item is None else encode_json_localized_text(item)) for item in value]


LIST_OF_LOCALIZED_TEXT_CODEC = Codec(
    decode_xml_list_of_localized_text,
    encode_xml_list_of_localized_text,
    decode_json_list_of_localized_text,
    encode_json_list_of_localized_text,
)
