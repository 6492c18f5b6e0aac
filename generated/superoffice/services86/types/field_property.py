"""Services86 types: FieldProperty, FieldPropertyDictionary.

Used by the ErpSync agent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from lxml import etree

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
    json_key_text,
    json_object,
    json_values_nillable,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    pair_elements,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_int,
    take_nillable,
    take_str_nillable,
    write_int,
    write_str,
)
from .field_right import (
    FieldRight,
    decode_json_field_right,
    decode_xml_field_right,
    encode_json_field_right,
    encode_xml_field_right,
)

_FIELD_LENGTH = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldLength"
_FIELD_PROPERTY = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldProperty"
_FIELD_PROPERTY_DICTIONARY_KEY_VALUE_PAIR = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldPropertyDictionaryKeyValuePair"
)
_FIELD_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldRight"
_FIELD_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldType"
_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services86}Key"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services86}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class FieldProperty(Record):
    """Class holding properties like field length, field type about a field in the carrier."""

    field_right: FieldRight | None | Unset = UNSET
    field_type: str | None | Unset = UNSET
    field_length: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_field_property(None, _FIELD_PROPERTY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> FieldProperty:
        return record_from_xml(decode_xml_field_property, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_field_property(self)

    @classmethod
    def from_json(cls, data: Any) -> FieldProperty:
        return record_from_json(decode_json_field_property, data)


_FIELD_PROPERTY_KEYS = frozenset(
    (
        "FieldRight",
        "FieldType",
        "FieldLength",
    )
)


def decode_xml_field_property(element: Element) -> FieldProperty:
    value = FieldProperty()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _FIELD_RIGHT:
            value.field_right = (
                None if child.get(XSI_NIL) in NIL else decode_xml_field_right(child)
            )
        elif tag == _FIELD_TYPE:
            value.field_type = child.text or empty_or_nil(child)
        elif tag == _FIELD_LENGTH:
            value.field_length = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_field_property(parent: Element | None, tag: str, value: FieldProperty) -> Element:
    element = new_child(parent, tag)
    put(element, _FIELD_RIGHT, value.field_right, encode_xml_field_right)
    put(element, _FIELD_TYPE, value.field_type, write_str)
    put(element, _FIELD_LENGTH, value.field_length, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_field_property(data: Any, path: str) -> FieldProperty:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(FieldProperty)
    value.field_right = take_nillable(data, "FieldRight", path, decode_json_field_right)
    value.field_type = take_str_nillable(data, "FieldType", path)
    value.field_length = take_int(data, "FieldLength", path)
    value.extra = (
        None if _FIELD_PROPERTY_KEYS.issuperset(data) else json_extra(data, _FIELD_PROPERTY_KEYS)
    )
    return value


def encode_json_field_property(value: FieldProperty) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "FieldRight", value.field_right, encode_json_field_right)
    put_json(result, "FieldType", value.field_type, json_write_str)
    put_json(result, "FieldLength", value.field_length, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


FIELD_PROPERTY_CODEC = Codec(
    decode_xml_field_property,
    encode_xml_field_property,
    decode_json_field_property,
    encode_json_field_property,
)


def decode_xml_field_property_dictionary(element: Element) -> dict[str, FieldProperty | None]:
    """``FieldPropertyDictionary``: a dictionary of ``Key``/``Value`` pairs."""
    result: dict[str, FieldProperty | None] = {}
    for pair in element:
        if pair.tag == _FIELD_PROPERTY_DICTIONARY_KEY_VALUE_PAIR:
            key_element, value_element = pair_elements(pair, _KEY, _VALUE)
            result[key_element.text or ""] = (
                None
                if value_element.get(XSI_NIL) in NIL
                else decode_xml_field_property(value_element)
            )
    return result


def encode_xml_field_property_dictionary(
    parent: Element | None, tag: str, value: dict[str, FieldProperty | None]
) -> Element:
    element = new_child(parent, tag)
    for key, item in value.items():
        pair = etree.SubElement(element, _FIELD_PROPERTY_DICTIONARY_KEY_VALUE_PAIR)
        put(pair, _KEY, key, write_str)
        put(pair, _VALUE, item, encode_xml_field_property)
    return element


def decode_json_field_property_dictionary(data: Any, path: str) -> dict[str, FieldProperty | None]:
    return json_values_nillable(data, path, decode_json_field_property)


def encode_json_field_property_dictionary(
    value: dict[str, FieldProperty | None],
) -> dict[str, Any]:
    return {
        json_key_text(json_write_str(key)): (
            None if item is None else encode_json_field_property(item)
        )
        for key, item in value.items()
    }


FIELD_PROPERTY_DICTIONARY_CODEC = Codec(
    decode_xml_field_property_dictionary,
    encode_xml_field_property_dictionary,
    decode_json_field_property_dictionary,
    encode_json_field_property_dictionary,
)
