"""Services88 types: RelationDefinitionEntity.

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
from .relation_target import (
    RelationTarget,
    decode_json_relation_target,
    decode_xml_relation_target,
    encode_json_relation_target,
    encode_xml_relation_target,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_DESTINATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Destination"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PASSIVE_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PassiveText"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_RELATION_DEFINITION_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RelationDefinitionEntity"
)
_RELDEF_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReldefId"
_SOURCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Source"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"


@dataclasses.dataclass(kw_only=True, repr=False)
class RelationDefinitionEntity(Carrier):
    """A relation definition entity with source and destination tables

    Carrier object for RelationDefinitionEntity. Services for the RelationDefinitionEntity
    Carrier is available from the List Agent.
    """

    reldef_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Active text"""
    tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    passive_text: str | None | Unset = UNSET
    """Text used in passive direction"""
    deleted: bool | Unset = UNSET
    """True if deleted"""
    rank: int | Unset = UNSET
    """Rank order"""
    source: RelationTarget | str | Unset = UNSET
    """The source of the relation"""
    destination: RelationTarget | str | Unset = UNSET
    """The destination of the relation"""

    def to_xml(self) -> Element:
        return encode_xml_relation_definition_entity(None, _RELATION_DEFINITION_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> RelationDefinitionEntity:
        return record_from_xml(decode_xml_relation_definition_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_relation_definition_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> RelationDefinitionEntity:
        return record_from_json(decode_json_relation_definition_entity, data)


_RELATION_DEFINITION_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ReldefId",
        "Name",
        "Tooltip",
        "PassiveText",
        "Deleted",
        "Rank",
        "Source",
        "Destination",
    )
)


def decode_xml_relation_definition_entity(element: Element) -> RelationDefinitionEntity:
    value = RelationDefinitionEntity()
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
        elif tag == _RELDEF_ID:
            value.reldef_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _PASSIVE_TEXT:
            value.passive_text = child.text or empty_or_nil(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _SOURCE:
            value.source = decode_xml_relation_target(child)
        elif tag == _DESTINATION:
            value.destination = decode_xml_relation_target(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_relation_definition_entity(
    parent: Element | None, tag: str, value: RelationDefinitionEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _RELDEF_ID, value.reldef_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _PASSIVE_TEXT, value.passive_text, write_str)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _RANK, value.rank, write_short)
    put(element, _SOURCE, value.source, encode_xml_relation_target)
    put(element, _DESTINATION, value.destination, encode_xml_relation_target)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_relation_definition_entity(data: Any, path: str) -> RelationDefinitionEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(RelationDefinitionEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.reldef_id = take_int(data, "ReldefId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.passive_text = take_str_nillable(data, "PassiveText", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.rank = take(data, "Rank", path, json_short)
    value.source = take(data, "Source", path, decode_json_relation_target)
    value.destination = take(data, "Destination", path, decode_json_relation_target)
    value.extra = (
        None
        if _RELATION_DEFINITION_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _RELATION_DEFINITION_ENTITY_KEYS)
    )
    return value


def encode_json_relation_definition_entity(value: RelationDefinitionEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ReldefId", value.reldef_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "PassiveText", value.passive_text, json_write_str)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "Source", value.source, encode_json_relation_target)
    put_json(result, "Destination", value.destination, encode_json_relation_target)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RELATION_DEFINITION_ENTITY_CODEC = Codec(
    decode_xml_relation_definition_entity,
    encode_xml_relation_definition_entity,
    decode_json_relation_definition_entity,
    encode_json_relation_definition_entity,
)
