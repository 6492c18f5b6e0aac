"""Services88 types: ArrayOfHierarchyEntity, HierarchyEntity.

Used by the List, Workflow agents.
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
    empty_or_nil,
    json_datetime,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_datetime,
    write_int,
    write_str,
)
from .carrier import Carrier
from .domain import (
    Domain,
    decode_json_domain,
    decode_xml_domain,
    encode_json_domain,
    encode_xml_domain,
)
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

_CHILDREN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Children"
_DOMAIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Domain"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FULLNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Fullname"
_HIERARCHY_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HierarchyEntity"
_HIERARCHY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HierarchyId"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PARENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ParentId"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_REGISTERED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RegisteredAssociateId"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"
_UPDATED_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedAssociateId"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class HierarchyEntity(Carrier):
    """Folder structures

    Carrier object for HierarchyEntity. Services for the HierarchyEntity Carrier is available
    from the List Agent.
    """

    hierarchy_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    domain: Domain | str | Unset = UNSET
    """Domain seperating the different hierarchy"""
    name: str | None | Unset = UNSET
    """Name of this hierarchy folder."""
    fullname: str | None | Unset = UNSET
    """The full name of this category, i.e. Foo/bar/test."""
    parent_id: int | Unset = UNSET
    """Parent table"""
    children: list[HierarchyEntity | None] | None | Unset = UNSET
    """Sub-items, if any."""
    registered: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    registered_associate_id: int | Unset = UNSET
    """Registered by whom"""
    updated: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    updated_associate_id: int | Unset = UNSET
    """Last updated by whom"""

    def to_xml(self) -> Element:
        return encode_xml_hierarchy_entity(None, _HIERARCHY_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> HierarchyEntity:
        return record_from_xml(decode_xml_hierarchy_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_hierarchy_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> HierarchyEntity:
        return record_from_json(decode_json_hierarchy_entity, data)


_HIERARCHY_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "HierarchyId",
        "Domain",
        "Name",
        "Fullname",
        "ParentId",
        "Children",
        "Registered",
        "RegisteredAssociateId",
        "Updated",
        "UpdatedAssociateId",
    )
)


def decode_xml_hierarchy_entity(element: Element) -> HierarchyEntity:
    value = HierarchyEntity()
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
        elif tag == _HIERARCHY_ID:
            value.hierarchy_id = read_int(child)
        elif tag == _DOMAIN:
            value.domain = decode_xml_domain(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _FULLNAME:
            value.fullname = child.text or empty_or_nil(child)
        elif tag == _PARENT_ID:
            value.parent_id = read_int(child)
        elif tag == _CHILDREN:
            value.children = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_hierarchy_entity(child)
            )
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        elif tag == _REGISTERED_ASSOCIATE_ID:
            value.registered_associate_id = read_int(child)
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        elif tag == _UPDATED_ASSOCIATE_ID:
            value.updated_associate_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_hierarchy_entity(
    parent: Element | None, tag: str, value: HierarchyEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _HIERARCHY_ID, value.hierarchy_id, write_int)
    put(element, _DOMAIN, value.domain, encode_xml_domain)
    put(element, _NAME, value.name, write_str)
    put(element, _FULLNAME, value.fullname, write_str)
    put(element, _PARENT_ID, value.parent_id, write_int)
    put(element, _CHILDREN, value.children, encode_xml_list_of_hierarchy_entity)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _REGISTERED_ASSOCIATE_ID, value.registered_associate_id, write_int)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _UPDATED_ASSOCIATE_ID, value.updated_associate_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_hierarchy_entity(data: Any, path: str) -> HierarchyEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(HierarchyEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.hierarchy_id = take_int(data, "HierarchyId", path)
    value.domain = take(data, "Domain", path, decode_json_domain)
    value.name = take_str_nillable(data, "Name", path)
    value.fullname = take_str_nillable(data, "Fullname", path)
    value.parent_id = take_int(data, "ParentId", path)
    value.children = take_nillable(data, "Children", path, decode_json_list_of_hierarchy_entity)
    value.registered = take(data, "Registered", path, json_datetime)
    value.registered_associate_id = take_int(data, "RegisteredAssociateId", path)
    value.updated = take(data, "Updated", path, json_datetime)
    value.updated_associate_id = take_int(data, "UpdatedAssociateId", path)
    value.extra = (
        None
        if _HIERARCHY_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _HIERARCHY_ENTITY_KEYS)
    )
    return value


def encode_json_hierarchy_entity(value: HierarchyEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "HierarchyId", value.hierarchy_id, json_write_int)
    put_json(result, "Domain", value.domain, encode_json_domain)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Fullname", value.fullname, json_write_str)
    put_json(result, "ParentId", value.parent_id, json_write_int)
    put_json(result, "Children", value.children, encode_json_list_of_hierarchy_entity)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "RegisteredAssociateId", value.registered_associate_id, json_write_int)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "UpdatedAssociateId", value.updated_associate_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


HIERARCHY_ENTITY_CODEC = Codec(
    decode_xml_hierarchy_entity,
    encode_xml_hierarchy_entity,
    decode_json_hierarchy_entity,
    encode_json_hierarchy_entity,
)


def decode_xml_list_of_hierarchy_entity(element: Element) -> list[HierarchyEntity | None]:
    """``ArrayOfHierarchyEntity``: a list of ``HierarchyEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_hierarchy_entity(child))
        for child in element
        if child.tag == _HIERARCHY_ENTITY
    ]


def encode_xml_list_of_hierarchy_entity(
    parent: Element | None, tag: str, value: list[HierarchyEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _HIERARCHY_ENTITY, item, encode_xml_hierarchy_entity)
    return element


def decode_json_list_of_hierarchy_entity(data: Any, path: str) -> list[HierarchyEntity | None]:
    return json_items_nillable(data, path, decode_json_hierarchy_entity)


def encode_json_list_of_hierarchy_entity(value: list[HierarchyEntity | None]) -> list[Any]:
    return [(None if item is None else encode_json_hierarchy_entity(item)) for item in value]


LIST_OF_HIERARCHY_ENTITY_CODEC = Codec(
    decode_xml_list_of_hierarchy_entity,
    encode_xml_list_of_hierarchy_entity,
    decode_json_list_of_hierarchy_entity,
    encode_json_list_of_hierarchy_entity,
)
