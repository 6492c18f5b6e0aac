"""Services88 types: ResolvedPerson.

Used by the Person agent.
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
    json_extra,
    json_object,
    json_write_bool,
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
    write_bool,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .person_entity import (
    PersonEntity,
    decode_json_person_entity,
    decode_xml_person_entity,
    encode_json_person_entity,
    encode_xml_person_entity,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Person"
_PERSON_CREATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonCreated"
_RESOLVED_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ResolvedPerson"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ResolvedPerson(Carrier):
    """The Person Service. The service implements all services working with the Person object.

    Carrier object for ResolvedPerson. Services for the ResolvedPerson Carrier is available from
    the Person Agent.
    """

    person: PersonEntity | None | Unset = UNSET
    """The resolved PersonEntity instance."""
    person_created: bool | Unset = UNSET
    """Indicates if the resolved person was created or not."""

    def to_xml(self) -> Element:
        return encode_xml_resolved_person(None, _RESOLVED_PERSON, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ResolvedPerson:
        return record_from_xml(decode_xml_resolved_person, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_resolved_person(self)

    @classmethod
    def from_json(cls, data: Any) -> ResolvedPerson:
        return record_from_json(decode_json_resolved_person, data)


_RESOLVED_PERSON_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Person",
        "PersonCreated",
    )
)


def decode_xml_resolved_person(element: Element) -> ResolvedPerson:
    value = ResolvedPerson()
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
        elif tag == _PERSON:
            value.person = None if child.get(XSI_NIL) in NIL else decode_xml_person_entity(child)
        elif tag == _PERSON_CREATED:
            value.person_created = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_resolved_person(parent: Element | None, tag: str, value: ResolvedPerson) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PERSON, value.person, encode_xml_person_entity)
    put(element, _PERSON_CREATED, value.person_created, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_resolved_person(data: Any, path: str) -> ResolvedPerson:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ResolvedPerson)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.person = take_nillable(data, "Person", path, decode_json_person_entity)
    value.person_created = take_bool(data, "PersonCreated", path)
    value.extra = (
        None if _RESOLVED_PERSON_KEYS.issuperset(data) else json_extra(data, _RESOLVED_PERSON_KEYS)
    )
    return value


def encode_json_resolved_person(value: ResolvedPerson) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Person", value.person, encode_json_person_entity)
    put_json(result, "PersonCreated", value.person_created, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RESOLVED_PERSON_CODEC = Codec(
    decode_xml_resolved_person,
    encode_xml_resolved_person,
    decode_json_resolved_person,
    encode_json_resolved_person,
)
