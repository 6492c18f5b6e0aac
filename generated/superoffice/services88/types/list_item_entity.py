"""Services88 types: ArrayOfListItemEntity, ListItemEntity.

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
_LIST_ITEM_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ListItemEntity"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_UD_LIST_DEFINITION_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UdListDefinitionId"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class ListItemEntity(Carrier):
    """The list item entity contains generic list item information

    Carrier object for ListItemEntity. Services for the ListItemEntity Carrier is available from
    the List Agent.
    """

    id: int | Unset = UNSET
    """The identity of the list item"""
    name: str | None | Unset = UNSET
    """The name of the list item"""
    tooltip: str | None | Unset = UNSET
    """The tooltip of the list item"""
    deleted: bool | Unset = UNSET
    """True if the list item is marked as deleted"""
    ud_list_definition_id: int | Unset = UNSET
    """The id of the list which this list item belongs to"""
    rank: int | Unset = UNSET
    """The rank of the list item"""

    def to_xml(self) -> Element:
        return encode_xml_list_item_entity(None, _LIST_ITEM_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ListItemEntity:
        return record_from_xml(decode_xml_list_item_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_list_item_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> ListItemEntity:
        return record_from_json(decode_json_list_item_entity, data)


_LIST_ITEM_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Id",
        "Name",
        "Tooltip",
        "Deleted",
        "UdListDefinitionId",
        "Rank",
    )
)


def decode_xml_list_item_entity(element: Element) -> ListItemEntity:
    value = ListItemEntity()
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
        elif tag == _UD_LIST_DEFINITION_ID:
            value.ud_list_definition_id = read_int(child)
        elif tag == _RANK:
            value.rank = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_list_item_entity(
    parent: Element | None, tag: str, value: ListItemEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ID, value.id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _UD_LIST_DEFINITION_ID, value.ud_list_definition_id, write_int)
    put(element, _RANK, value.rank, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_list_item_entity(data: Any, path: str) -> ListItemEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ListItemEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.id = take_int(data, "Id", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.ud_list_definition_id = take_int(data, "UdListDefinitionId", path)
    value.rank = take_int(data, "Rank", path)
    value.extra = (
        None
        if _LIST_ITEM_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _LIST_ITEM_ENTITY_KEYS)
    )
    return value


def encode_json_list_item_entity(value: ListItemEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Id", value.id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "UdListDefinitionId", value.ud_list_definition_id, json_write_int)
    put_json(result, "Rank", value.rank, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


LIST_ITEM_ENTITY_CODEC = Codec(
    decode_xml_list_item_entity,
    encode_xml_list_item_entity,
    decode_json_list_item_entity,
    encode_json_list_item_entity,
)


def decode_xml_list_of_list_item_entity(element: Element) -> list[ListItemEntity | None]:
    """``ArrayOfListItemEntity``: a list of ``ListItemEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_list_item_entity(child))
        for child in element
        if child.tag == _LIST_ITEM_ENTITY
    ]


def encode_xml_list_of_list_item_entity(
    parent: Element | None, tag: str, value: list[ListItemEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _LIST_ITEM_ENTITY, item, encode_xml_list_item_entity)
    return element


def decode_json_list_of_list_item_entity(data: Any, path: str) -> list[ListItemEntity | None]:
    return json_items_nillable(data, path, decode_json_list_item_entity)


def encode_json_list_of_list_item_entity(value: list[ListItemEntity | None]) -> list[Any]:
    return [(None if item is None else encode_json_list_item_entity(item)) for item in value]


LIST_OF_LIST_ITEM_ENTITY_CODEC = Codec(
    decode_xml_list_of_list_item_entity,
    encode_xml_list_of_list_item_entity,
    decode_json_list_of_list_item_entity,
    encode_json_list_of_list_item_entity,
)
