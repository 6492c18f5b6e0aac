"""Services88 types: ArrayOfCsFeatureToggle, CsFeatureToggle.

Used by the CustomerService agent.
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
    json_write_str,
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
    take_str_nillable,
    write_bool,
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

_CS_FEATURE_TOGGLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CsFeatureToggle"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_STATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}State"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class CsFeatureToggle(Carrier):
    """Carrier object for CsFeatureToggle. Services for the CsFeatureToggle Carrier is available
    from the CustomerService Agent.
    """

    name: str | None | Unset = UNSET
    """Name of the feature toggle"""
    state: bool | Unset = UNSET
    """Describes if the feature toggle is turned on or off"""

    def to_xml(self) -> Element:
        return encode_xml_cs_feature_toggle(None, _CS_FEATURE_TOGGLE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CsFeatureToggle:
        return record_from_xml(decode_xml_cs_feature_toggle, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_cs_feature_toggle(self)

    @classmethod
    def from_json(cls, data: Any) -> CsFeatureToggle:
        return record_from_json(decode_json_cs_feature_toggle, data)


_CS_FEATURE_TOGGLE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "State",
    )
)


def decode_xml_cs_feature_toggle(element: Element) -> CsFeatureToggle:
    value = CsFeatureToggle()
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
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _STATE:
            value.state = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_cs_feature_toggle(
    parent: Element | None, tag: str, value: CsFeatureToggle
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(element, _STATE, value.state, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_cs_feature_toggle(data: Any, path: str) -> CsFeatureToggle:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CsFeatureToggle)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.state = take_bool(data, "State", path)
    value.extra = (
        None
        if _CS_FEATURE_TOGGLE_KEYS.issuperset(data)
        else json_extra(data, _CS_FEATURE_TOGGLE_KEYS)
    )
    return value


def encode_json_cs_feature_toggle(value: CsFeatureToggle) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "State", value.state, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CS_FEATURE_TOGGLE_CODEC = Codec(
    decode_xml_cs_feature_toggle,
    encode_xml_cs_feature_toggle,
    decode_json_cs_feature_toggle,
    encode_json_cs_feature_toggle,
)


def decode_xml_list_of_cs_feature_toggle(element: Element) -> list[CsFeatureToggle | None]:
    """``ArrayOfCsFeatureToggle``: a list of ``CsFeatureToggle`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_cs_feature_toggle(child))
        for child in element
        if child.tag == _CS_FEATURE_TOGGLE
    ]


def encode_xml_list_of_cs_feature_toggle(
    parent: Element | None, tag: str, value: list[CsFeatureToggle | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CS_FEATURE_TOGGLE, item, encode_xml_cs_feature_toggle)
    return element


def decode_json_list_of_cs_feature_toggle(data: Any, path: str) -> list[CsFeatureToggle | None]:
    return json_items_nillable(data, path, decode_json_cs_feature_toggle)


def encode_json_list_of_cs_feature_toggle(value: list[CsFeatureToggle | None]) -> list[Any]:
    return [(None if item is None else encode_json_cs_feature_toggle(item)) for item in value]


LIST_OF_CS_FEATURE_TOGGLE_CODEC = Codec(
    decode_xml_list_of_cs_feature_toggle,
    encode_xml_list_of_cs_feature_toggle,
    decode_json_list_of_cs_feature_toggle,
    encode_json_list_of_cs_feature_toggle,
)
