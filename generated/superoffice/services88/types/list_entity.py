"""Services88 types: ArrayOfListEntity, ListEntity.

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

_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_IN_USE_BY_USER_DEFINED_FIELDS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}InUseByUserDefinedFields"
)
_IS_CUSTOM_LIST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsCustomList"
_IS_MDO_LIST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsMDOList"
_LIST_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ListEntity"
_LIST_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ListType"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_USE_GROUPS_AND_HEADINGS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UseGroupsAndHeadings"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class ListEntity(Carrier):
    """The list entity contains information about a specific list

    Carrier object for ListEntity. Services for the ListEntity Carrier is available from the
    List Agent.
    """

    id: int | Unset = UNSET
    """The identity of the list"""
    name: str | None | Unset = UNSET
    """The name of the list"""
    tooltip: str | None | Unset = UNSET
    """The tooltip of the list"""
    deleted: bool | Unset = UNSET
    """True if the list item is marked as deleted"""
    rank: int | Unset = UNSET
    """The rank of the list"""
    is_custom_list: bool | Unset = UNSET
    """Indicates if this is a custom list or a standard list"""
    is_mdo_list: bool | Unset = UNSET
    """Indicates if this is a MDO list"""
    use_groups_and_headings: bool | Unset = UNSET
    """Indicates if this list should use groups and headings"""
    list_type: str | None | Unset = UNSET
    """The type of this list, often indicated by the database name, but not necessarily"""
    in_use_by_user_defined_fields: bool | Unset = UNSET
    """True if this in use by one or more udfields"""

    def to_xml(self) -> Element:
        return encode_xml_list_entity(None, _LIST_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ListEntity:
        return record_from_xml(decode_xml_list_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_list_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> ListEntity:
        return record_from_json(decode_json_list_entity, data)


_LIST_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Id",
        "Name",
        "Tooltip",
        "Deleted",
        "Rank",
        "IsCustomList",
        "IsMDOList",
        "UseGroupsAndHeadings",
        "ListType",
        "InUseByUserDefinedFields",
    )
)


def decode_xml_list_entity(element: Element) -> ListEntity:
    value = ListEntity()
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
        elif tag == _ID:
            value.id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        elif tag == _IS_CUSTOM_LIST:
            value.is_custom_list = read_bool(child)
        elif tag == _IS_MDO_LIST:
            value.is_mdo_list = read_bool(child)
        elif tag == _USE_GROUPS_AND_HEADINGS:
            value.use_groups_and_headings = read_bool(child)
        elif tag == _LIST_TYPE:
            value.list_type = child.text or empty_or_nil(child)
        elif tag == _IN_USE_BY_USER_DEFINED_FIELDS:
            value.in_use_by_user_defined_fields = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_list_entity(parent: Element | None, tag: str, value: ListEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ID, value.id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _RANK, value.rank, write_int)
    put(element, _IS_CUSTOM_LIST, value.is_custom_list, write_bool)
    put(element, _IS_MDO_LIST, value.is_mdo_list, write_bool)
    put(element, _USE_GROUPS_AND_HEADINGS, value.use_groups_and_headings, write_bool)
    put(element, _LIST_TYPE, value.list_type, write_str)
    put(element, _IN_USE_BY_USER_DEFINED_FIELDS, value.in_use_by_user_defined_fields, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_list_entity(data: Any, path: str) -> ListEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ListEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.id = take_int(data, "Id", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.rank = take_int(data, "Rank", path)
    value.is_custom_list = take_bool(data, "IsCustomList", path)
    value.is_mdo_list = take_bool(data, "IsMDOList", path)
    value.use_groups_and_headings = take_bool(data, "UseGroupsAndHeadings", path)
    value.list_type = take_str_nillable(data, "ListType", path)
    value.in_use_by_user_defined_fields = take_bool(data, "InUseByUserDefinedFields", path)
    value.extra = (
        None if _LIST_ENTITY_KEYS.issuperset(data) else json_extra(data, _LIST_ENTITY_KEYS)
    )
    return value


def encode_json_list_entity(value: ListEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Id", value.id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "Rank", value.rank, json_write_int)
    put_json(result, "IsCustomList", value.is_custom_list, json_write_bool)
    put_json(result, "IsMDOList", value.is_mdo_list, json_write_bool)
    put_json(result, "UseGroupsAndHeadings", value.use_groups_and_headings, json_write_bool)
    put_json(result, "ListType", value.list_type, json_write_str)
    put_json(
        result, "InUseByUserDefinedFields", value.in_use_by_user_defined_fields, json_write_bool
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


LIST_ENTITY_CODEC = Codec(
    decode_xml_list_entity,
    encode_xml_list_entity,
    decode_json_list_entity,
    encode_json_list_entity,
)


def decode_xml_list_of_list_entity(element: Element) -> list[ListEntity | None]:
    """``ArrayOfListEntity``: a list of ``ListEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_list_entity(child))
        for child in element
        if child.tag == _LIST_ENTITY
    ]


def encode_xml_list_of_list_entity(
    parent: Element | None, tag: str, value: list[ListEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _LIST_ENTITY, item, encode_xml_list_entity)
    return element


def decode_json_list_of_list_entity(data: Any, path: str) -> list[ListEntity | None]:
    return json_items_nillable(data, path, decode_json_list_entity)


def encode_json_list_of_list_entity(value: list[ListEntity | None]) -> list[Any]:
    return [(None if item is None else encode_json_list_entity(item)) for item in value]


LIST_OF_LIST_ENTITY_CODEC = Codec(
    decode_xml_list_of_list_entity,
    encode_xml_list_of_list_entity,
    decode_json_list_of_list_entity,
    encode_json_list_of_list_entity,
)
