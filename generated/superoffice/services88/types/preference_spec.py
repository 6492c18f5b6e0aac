"""Services88 types: ArrayOfPreferenceSpec, PreferenceSpec.

Used by the CustomerService, Pocket, Preference agents.
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
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
    take_str_nillable,
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

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_PREFERENCE_SPEC = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreferenceSpec"
_SECTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Section"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class PreferenceSpec(Carrier):
    """Preference specification, consisting of the section name and key name

    Carrier object for PreferenceSpec. Services for the PreferenceSpec Carrier is available from
    the Preference Agent.
    """

    section: str | None | Unset = UNSET
    """Preference section name"""
    key: str | None | Unset = UNSET
    """Preference key name"""

    def to_xml(self) -> Element:
        return encode_xml_preference_spec(None, _PREFERENCE_SPEC, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PreferenceSpec:
        return record_from_xml(decode_xml_preference_spec, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_preference_spec(self)

    @classmethod
    def from_json(cls, data: Any) -> PreferenceSpec:
        return record_from_json(decode_json_preference_spec, data)


_PREFERENCE_SPEC_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Section",
        "Key",
    )
)


def decode_xml_preference_spec(element: Element) -> PreferenceSpec:
    value = PreferenceSpec()
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
        elif tag == _SECTION:
            value.section = child.text or empty_or_nil(child)
        elif tag == _KEY:
            value.key = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_preference_spec(parent: Element | None, tag: str, value: PreferenceSpec) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SECTION, value.section, write_str)
    put(element, _KEY, value.key, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_preference_spec(data: Any, path: str) -> PreferenceSpec:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PreferenceSpec)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.section = take_str_nillable(data, "Section", path)
    value.key = take_str_nillable(data, "Key", path)
    value.extra = (
        None if _PREFERENCE_SPEC_KEYS.issuperset(data) else json_extra(data, _PREFERENCE_SPEC_KEYS)
    )
    return value


def encode_json_preference_spec(value: PreferenceSpec) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Section", value.section, json_write_str)
    put_json(result, "Key", value.key, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PREFERENCE_SPEC_CODEC = Codec(
    decode_xml_preference_spec,
    encode_xml_preference_spec,
    decode_json_preference_spec,
    encode_json_preference_spec,
)


def decode_xml_list_of_preference_spec(element: Element) -> list[PreferenceSpec | None]:
    """``ArrayOfPreferenceSpec``: a list of ``PreferenceSpec`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_preference_spec(child))
        for child in element
        if child.tag == _PREFERENCE_SPEC
    ]


def encode_xml_list_of_preference_spec(
    parent: Element | None, tag: str, value: list[PreferenceSpec | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PREFERENCE_SPEC, item, encode_xml_preference_spec)
    return element


def decode_json_list_of_preference_spec(data: Any, path: str) -> list[PreferenceSpec | None]:
    return json_items_nillable(data, path, decode_json_preference_spec)


def encode_json_list_of_preference_spec(value: list[PreferenceSpec | None]) -> list[Any]:
    return [(None if item is None else encode_json_preference_spec(item)) for item in value]


LIST_OF_PREFERENCE_SPEC_CODEC = Codec(
    decode_xml_list_of_preference_spec,
    encode_xml_list_of_preference_spec,
    decode_json_list_of_preference_spec,
    encode_json_list_of_preference_spec,
)
