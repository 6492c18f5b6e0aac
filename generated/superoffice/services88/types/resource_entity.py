"""Services88 types: ResourceEntity.

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
    json_object,
    json_short,
    json_write_bool,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    read_short,
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
    write_short,
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

_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_LOCATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsLocation"
_LOCATION_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LocationAddress"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_RESOURCE_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ResourceEntity"
_RESOURCE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ResourceId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"


@dataclasses.dataclass(kw_only=True, repr=False)
class ResourceEntity(Carrier):
    """The resource entity contains resource information

    Carrier object for ResourceEntity. Services for the ResourceEntity Carrier is available from
    the List Agent.
    """

    resource_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Initials, also login name, possibly database user name"""
    rank: int | Unset = UNSET
    """Rank order"""
    tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    deleted: bool | Unset = UNSET
    """If true, the resource is deleted."""
    is_location: bool | Unset = UNSET
    """If true the resource is a location"""
    location_address: str | None | Unset = UNSET
    """Address of location, if this is a resource that is a location"""

    def to_xml(self) -> Element:
        return encode_xml_resource_entity(None, _RESOURCE_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ResourceEntity:
        return record_from_xml(decode_xml_resource_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_resource_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> ResourceEntity:
        return record_from_json(decode_json_resource_entity, data)


_RESOURCE_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ResourceId",
        "Name",
        "Rank",
        "Tooltip",
        "Deleted",
        "IsLocation",
        "LocationAddress",
    )
)


def decode_xml_resource_entity(element: Element) -> ResourceEntity:
    value = ResourceEntity()
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
        elif tag == _RESOURCE_ID:
            value.resource_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _IS_LOCATION:
            value.is_location = read_bool(child)
        elif tag == _LOCATION_ADDRESS:
            value.location_address = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_resource_entity(parent: Element | None, tag: str, value: ResourceEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _RESOURCE_ID, value.resource_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _RANK, value.rank, write_short)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _IS_LOCATION, value.is_location, write_bool)
    put(element, _LOCATION_ADDRESS, value.location_address, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_resource_entity(data: Any, path: str) -> ResourceEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ResourceEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.resource_id = take_int(data, "ResourceId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.rank = take(data, "Rank", path, json_short)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.is_location = take_bool(data, "IsLocation", path)
    value.location_address = take_str_nillable(data, "LocationAddress", path)
    value.extra = (
        None if _RESOURCE_ENTITY_KEYS.issuperset(data) else json_extra(data, _RESOURCE_ENTITY_KEYS)
    )
    return value


def encode_json_resource_entity(value: ResourceEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ResourceId", value.resource_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "IsLocation", value.is_location, json_write_bool)
    put_json(result, "LocationAddress", value.location_address, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RESOURCE_ENTITY_CODEC = Codec(
    decode_xml_resource_entity,
    encode_xml_resource_entity,
    decode_json_resource_entity,
    encode_json_resource_entity,
)
