"""Services88 types: ArrayOfResourceOverride, ResourceOverride.

Used by the Resource agent.
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

_CULTURE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Culture"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_ACTIVE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsActive"
_RESOURCE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ResourceName"
_RESOURCE_OVERRIDE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ResourceOverride"
_RESOURCE_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ResourceValue"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ResourceOverride(Carrier):
    """Override specifications for resources/labels

    Carrier object for ResourceOverride. Services for the ResourceOverride Carrier is available
    from the Resource Agent.
    """

    resource_name: str | None | Unset = UNSET
    """The name of the resource, without any brackets or braces - example: SR_CONTACT"""
    resource_value: str | None | Unset = UNSET
    """The value of the resource in the given culture"""
    culture: str | None | Unset = UNSET
    """.NET-style culture code, such as NB-NO or EN-UK"""
    is_active: bool | Unset = UNSET
    """Is this override active"""

    def to_xml(self) -> Element:
        return encode_xml_resource_override(None, _RESOURCE_OVERRIDE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ResourceOverride:
        return record_from_xml(decode_xml_resource_override, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_resource_override(self)

    @classmethod
    def from_json(cls, data: Any) -> ResourceOverride:
        return record_from_json(decode_json_resource_override, data)


_RESOURCE_OVERRIDE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ResourceName",
        "ResourceValue",
        "Culture",
        "IsActive",
    )
)


def decode_xml_resource_override(element: Element) -> ResourceOverride:
    value = ResourceOverride()
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
        elif tag == _RESOURCE_NAME:
            value.resource_name = child.text or empty_or_nil(child)
        elif tag == _RESOURCE_VALUE:
            value.resource_value = child.text or empty_or_nil(child)
        elif tag == _CULTURE:
            value.culture = child.text or empty_or_nil(child)
        elif tag == _IS_ACTIVE:
            value.is_active = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_resource_override(
    parent: Element | None, tag: str, value: ResourceOverride
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _RESOURCE_NAME, value.resource_name, write_str)
    put(element, _RESOURCE_VALUE, value.resource_value, write_str)
    put(element, _CULTURE, value.culture, write_str)
    put(element, _IS_ACTIVE, value.is_active, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_resource_override(data: Any, path: str) -> ResourceOverride:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ResourceOverride)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.resource_name = take_str_nillable(data, "ResourceName", path)
    value.resource_value = take_str_nillable(data, "ResourceValue", path)
    value.culture = take_str_nillable(data, "Culture", path)
    value.is_active = take_bool(data, "IsActive", path)
    value.extra = (
        None
        if _RESOURCE_OVERRIDE_KEYS.issuperset(data)
        else json_extra(data, _RESOURCE_OVERRIDE_KEYS)
    )
    return value


def encode_json_resource_override(value: ResourceOverride) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ResourceName", value.resource_name, json_write_str)
    put_json(result, "ResourceValue", value.resource_value, json_write_str)
    put_json(result, "Culture", value.culture, json_write_str)
    put_json(result, "IsActive", value.is_active, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RESOURCE_OVERRIDE_CODEC = Codec(
    decode_xml_resource_override,
    encode_xml_resource_override,
    decode_json_resource_override,
    encode_json_resource_override,
)


def decode_xml_list_of_resource_override(element: Element) -> list[ResourceOverride | None]:
    """``ArrayOfResourceOverride``: a list of ``ResourceOverride`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_resource_override(child))
        for child in element
        if child.tag == _RESOURCE_OVERRIDE
    ]


def encode_xml_list_of_resource_override(
    parent: Element | None, tag: str, value: list[ResourceOverride | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _RESOURCE_OVERRIDE, item, encode_xml_resource_override)
    return element


def decode_json_list_of_resource_override(data: Any, path: str) -> list[ResourceOverride | None]:
    return json_items_nillable(data, path, decode_json_resource_override)


def encode_json_list_of_resource_override(value: list[ResourceOverride | None]) -> list[Any]:
    return [(None if item is None else encode_json_resource_override(item)) for item in value]


LIST_OF_RESOURCE_OVERRIDE_CODEC = Codec(
    decode_xml_list_of_resource_override,
    encode_xml_list_of_resource_override,
    decode_json_list_of_resource_override,
    encode_json_list_of_resource_override,
)
