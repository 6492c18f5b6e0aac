"""Services88 types: ContactRelationEntity.

Used by the Relation agent.
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
    json_object,
    json_short,
    json_write_datetime,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    read_short,
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
    write_short,
    write_str,
)
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
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

_ACTIVE_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveText"
_COMMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Comment"
_CONTACT_RELATION_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactRelationEntity"
)
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedDate"
_DESTINATION_CONTACT_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DestinationContactId"
)
_DESTINATION_CONTACT_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DestinationContactName"
)
_DESTINATION_PERSON_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DestinationPersonId"
)
_DESTINATION_PERSON_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DestinationPersonName"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PASSIVE_TEXT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PassiveText"
_RELATION_DEFINITION_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RelationDefinitionId"
)
_RELATION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RelationId"
_REVERSED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Reversed"
_SOURCE_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SourceContactId"
_SOURCE_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SourceContactName"
_SOURCE_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SourcePersonId"
_SOURCE_PERSON_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SourcePersonName"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_UPDATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedDate"


@dataclasses.dataclass(kw_only=True, repr=False)
class ContactRelationEntity(Carrier):
    """Relationship between a (contact/person) and another (contact/person), as described by the
    RelationDefinition.

    Carrier object for ContactRelationEntity. Services for the ContactRelationEntity Carrier is
    available from the Relation Agent.
    """

    source_contact_id: int | Unset = UNSET
    """Id of the source contact. The value is mandatory."""
    source_person_id: int | Unset = UNSET
    """Id of the source person. The value is not mandatory. The person must belong to the source
    contact.
    """
    destination_contact_id: int | Unset = UNSET
    """Id of the destination contact. The value is mandatory."""
    destination_person_id: int | Unset = UNSET
    """Id of the destination person. The value is not mandatory. The person must belong to the
    destination contact.
    """
    relation_id: int | Unset = UNSET
    """Primary key"""
    comment: str | None | Unset = UNSET
    """Comment for relation"""
    relation_definition_id: int | Unset = UNSET
    """Reference to definition"""
    reversed: int | Unset = UNSET
    """Is direction reversed relative to definition"""
    updated_date: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    created_date: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    created_by: Associate | None | Unset = UNSET
    updated_by: Associate | None | Unset = UNSET
    source_contact_name: str | None | Unset = UNSET
    """Name of the source contact."""
    source_person_name: str | None | Unset = UNSET
    """Name of the source person."""
    destination_contact_name: str | None | Unset = UNSET
    """Name of the destination contact."""
    destination_person_name: str | None | Unset = UNSET
    """Name of the destination person."""
    active_text: str | None | Unset = UNSET
    """Active text for the relation."""
    passive_text: str | None | Unset = UNSET
    """Passive text for the relation."""

    def to_xml(self) -> Element:
        return encode_xml_contact_relation_entity(None, _CONTACT_RELATION_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ContactRelationEntity:
        return record_from_xml(decode_xml_contact_relation_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_contact_relation_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> ContactRelationEntity:
        return record_from_json(decode_json_contact_relation_entity, data)


_CONTACT_RELATION_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "SourceContactId",
        "SourcePersonId",
        "DestinationContactId",
        "DestinationPersonId",
        "RelationId",
        "Comment",
        "RelationDefinitionId",
        "Reversed",
        "UpdatedDate",
        "CreatedDate",
        "CreatedBy",
        "UpdatedBy",
        "SourceContactName",
        "SourcePersonName",
        "DestinationContactName",
        "DestinationPersonName",
        "ActiveText",
        "PassiveText",
    )
)


def decode_xml_contact_relation_entity(element: Element) -> ContactRelationEntity:
    value = ContactRelationEntity()
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
        elif tag == _SOURCE_CONTACT_ID:
            value.source_contact_id = read_int(child)
        elif tag == _SOURCE_PERSON_ID:
            value.source_person_id = read_int(child)
        elif tag == _DESTINATION_CONTACT_ID:
            value.destination_contact_id = read_int(child)
        elif tag == _DESTINATION_PERSON_ID:
            value.destination_person_id = read_int(child)
        elif tag == _RELATION_ID:
            value.relation_id = read_int(child)
        elif tag == _COMMENT:
            value.comment = child.text or empty_or_nil(child)
        elif tag == _RELATION_DEFINITION_ID:
            value.relation_definition_id = read_int(child)
        elif tag == _REVERSED:
            value.reversed = read_short(child)
        elif tag == _UPDATED_DATE:
            value.updated_date = read_datetime(child)
        elif tag == _CREATED_DATE:
            value.created_date = read_datetime(child)
        elif tag == _CREATED_BY:
            value.created_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _UPDATED_BY:
            value.updated_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _SOURCE_CONTACT_NAME:
            value.source_contact_name = child.text or empty_or_nil(child)
        elif tag == _SOURCE_PERSON_NAME:
            value.source_person_name = child.text or empty_or_nil(child)
        elif tag == _DESTINATION_CONTACT_NAME:
            value.destination_contact_name = child.text or empty_or_nil(child)
        elif tag == _DESTINATION_PERSON_NAME:
            value.destination_person_name = child.text or empty_or_nil(child)
        elif tag == _ACTIVE_TEXT:
            value.active_text = child.text or empty_or_nil(child)
        elif tag == _PASSIVE_TEXT:
            value.passive_text = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_contact_relation_entity(
    parent: Element | None, tag: str, value: ContactRelationEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SOURCE_CONTACT_ID, value.source_contact_id, write_int)
    put(element, _SOURCE_PERSON_ID, value.source_person_id, write_int)
    put(element, _DESTINATION_CONTACT_ID, value.destination_contact_id, write_int)
    put(element, _DESTINATION_PERSON_ID, value.destination_person_id, write_int)
    put(element, _RELATION_ID, value.relation_id, write_int)
    put(element, _COMMENT, value.comment, write_str)
    put(element, _RELATION_DEFINITION_ID, value.relation_definition_id, write_int)
    put(element, _REVERSED, value.reversed, write_short)
    put(element, _UPDATED_DATE, value.updated_date, write_datetime)
    put(element, _CREATED_DATE, value.created_date, write_datetime)
    put(element, _CREATED_BY, value.created_by, encode_xml_associate)
    put(element, _UPDATED_BY, value.updated_by, encode_xml_associate)
    put(element, _SOURCE_CONTACT_NAME, value.source_contact_name, write_str)
    put(element, _SOURCE_PERSON_NAME, value.source_person_name, write_str)
    put(element, _DESTINATION_CONTACT_NAME, value.destination_contact_name, write_str)
    put(element, _DESTINATION_PERSON_NAME, value.destination_person_name, write_str)
    put(element, _ACTIVE_TEXT, value.active_text, write_str)
    put(element, _PASSIVE_TEXT, value.passive_text, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_contact_relation_entity(data: Any, path: str) -> ContactRelationEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ContactRelationEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.source_contact_id = take_int(data, "SourceContactId", path)
    value.source_person_id = take_int(data, "SourcePersonId", path)
    value.destination_contact_id = take_int(data, "DestinationContactId", path)
    value.destination_person_id = take_int(data, "DestinationPersonId", path)
    value.relation_id = take_int(data, "RelationId", path)
    value.comment = take_str_nillable(data, "Comment", path)
    value.relation_definition_id = take_int(data, "RelationDefinitionId", path)
    value.reversed = take(data, "Reversed", path, json_short)
    value.updated_date = take(data, "UpdatedDate", path, json_datetime)
    value.created_date = take(data, "CreatedDate", path, json_datetime)
    value.created_by = take_nillable(data, "CreatedBy", path, decode_json_associate)
    value.updated_by = take_nillable(data, "UpdatedBy", path, decode_json_associate)
    value.source_contact_name = take_str_nillable(data, "SourceContactName", path)
    value.source_person_name = take_str_nillable(data, "SourcePersonName", path)
    value.destination_contact_name = take_str_nillable(data, "DestinationContactName", path)
    value.destination_person_name = take_str_nillable(data, "DestinationPersonName", path)
    value.active_text = take_str_nillable(data, "ActiveText", path)
    value.passive_text = take_str_nillable(data, "PassiveText", path)
    value.extra = (
        None
        if _CONTACT_RELATION_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _CONTACT_RELATION_ENTITY_KEYS)
    )
    return value


def encode_json_contact_relation_entity(value: ContactRelationEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "SourceContactId", value.source_contact_id, json_write_int)
    put_json(result, "SourcePersonId", value.source_person_id, json_write_int)
    put_json(result, "DestinationContactId", value.destination_contact_id, json_write_int)
    put_json(result, "DestinationPersonId", value.destination_person_id, json_write_int)
    put_json(result, "RelationId", value.relation_id, json_write_int)
    put_json(result, "Comment", value.comment, json_write_str)
    put_json(result, "RelationDefinitionId", value.relation_definition_id, json_write_int)
    put_json(result, "Reversed", value.reversed, json_write_short)
    put_json(result, "UpdatedDate", value.updated_date, json_write_datetime)
    put_json(result, "CreatedDate", value.created_date, json_write_datetime)
    put_json(result, "CreatedBy", value.created_by, encode_json_associate)
    put_json(result, "UpdatedBy", value.updated_by, encode_json_associate)
    put_json(result, "SourceContactName", value.source_contact_name, json_write_str)
    put_json(result, "SourcePersonName", value.source_person_name, json_write_str)
    put_json(result, "DestinationContactName", value.destination_contact_name, json_write_str)
    put_json(result, "DestinationPersonName", value.destination_person_name, json_write_str)
    put_json(result, "ActiveText", value.active_text, json_write_str)
    put_json(result, "PassiveText", value.passive_text, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CONTACT_RELATION_ENTITY_CODEC = Codec(
    decode_xml_contact_relation_entity,
    encode_xml_contact_relation_entity,
    decode_json_contact_relation_entity,
    encode_json_contact_relation_entity,
)
