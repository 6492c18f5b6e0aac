"""Services88 types: ArrayOfHeadingEntity, HeadingEntity.

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
_HEADING_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HeadingEntity"
_HEADING_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HeadingId"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_UD_LIST_DEFINITION_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UdListDefinitionId"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class HeadingEntity(Carrier):
    """The heading entity contains generic list item information

    Carrier object for HeadingEntity. Services for the HeadingEntity Carrier is available from
    the List Agent.
    """

    heading_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """The visible heading"""
    tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    deleted: bool | Unset = UNSET
    """True if the heading is marked as deleted"""
    rank: int | Unset = UNSET
    """Rank order"""
    ud_list_definition_id: int | Unset = UNSET
    """The id of the list which this heading belongs to"""

    def to_xml(self) -> Element:
        return encode_xml_heading_entity(None, _HEADING_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> HeadingEntity:
        return record_from_xml(decode_xml_heading_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_heading_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> HeadingEntity:
        return record_from_json(decode_json_heading_entity, data)


_HEADING_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "HeadingId",
        "Name",
        "Tooltip",
        "Deleted",
        "Rank",
        "UdListDefinitionId",
    )
)


def decode_xml_heading_entity(element: Element) -> HeadingEntity:
    value = HeadingEntity()
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
        elif tag == _HEADING_ID:
            value.heading_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _UD_LIST_DEFINITION_ID:
            value.ud_list_definition_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_heading_entity(parent: Element | None, tag: str, value: HeadingEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _HEADING_ID, value.heading_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _RANK, value.rank, write_short)
    put(element, _UD_LIST_DEFINITION_ID, value.ud_list_definition_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_heading_entity(data: Any, path: str) -> HeadingEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(HeadingEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.heading_id = take_int(data, "HeadingId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.rank = take(data, "Rank", path, json_short)
    value.ud_list_definition_id = take_int(data, "UdListDefinitionId", path)
    value.extra = (
        None if _HEADING_ENTITY_KEYS.issuperset(data) else json_extra(data, _HEADING_ENTITY_KEYS)
    )
    return value


def encode_json_heading_entity(value: HeadingEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "HeadingId", value.heading_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "UdListDefinitionId", value.ud_list_definition_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


HEADING_ENTITY_CODEC = Codec(
    decode_xml_heading_entity,
    encode_xml_heading_entity,
    decode_json_heading_entity,
    encode_json_heading_entity,
)


def decode_xml_list_of_heading_entity(element: Element) -> list[HeadingEntity | None]:
    """``ArrayOfHeadingEntity``: a list of ``HeadingEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_heading_entity(child))
        for child in element
        if child.tag == _HEADING_ENTITY
    ]


def encode_xml_list_of_heading_entity(
    parent: Element | None, tag: str, value: list[HeadingEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _HEADING_ENTITY, item, encode_xml_heading_entity)
    return element


def decode_json_list_of_heading_entity(data: Any, path: str) -> list[HeadingEntity | None]:
    return json_items_nillable(data, path, decode_json_heading_entity)


def encode_json_list_of_heading_entity(value: list[HeadingEntity | None]) -> list[Any]:
    return [(None if item is None else encode_json_heading_entity(item)) for item in value]


LIST_OF_HEADING_ENTITY_CODEC = Codec(
    decode_xml_list_of_heading_entity,
    encode_xml_list_of_heading_entity,
    decode_json_list_of_heading_entity,
    encode_json_list_of_heading_entity,
)
