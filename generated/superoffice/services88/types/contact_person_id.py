"""Services88 types: ArrayOfContactPersonId, ContactPersonId.

Used by the Selection agent.
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
    json_items_nillable,
    json_object,
    json_write_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_int,
    take_nillable,
    write_int,
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

_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactPersonId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ContactPersonId(Carrier):
    """Class representing an ContactPersonId carrier used for storing either a person id or a
    contact id. If PersonId contains an id, ContactId will be 0, and the other way around.

    Carrier object for ContactPersonId.
    """

    person_id: int | Unset = UNSET
    """A person id."""
    contact_id: int | Unset = UNSET
    """A contact id."""

    def to_xml(self) -> Element:
        return encode_xml_contact_person_id(None, _CONTACT_PERSON_ID, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ContactPersonId:
        return record_from_xml(decode_xml_contact_person_id, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_contact_person_id(self)

    @classmethod
    def from_json(cls, data: Any) -> ContactPersonId:
        return record_from_json(decode_json_contact_person_id, data)


_CONTACT_PERSON_ID_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "PersonId",
        "ContactId",
    )
)


def decode_xml_contact_person_id(element: Element) -> ContactPersonId:
    value = ContactPersonId()
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
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_contact_person_id(
    parent: Element | None, tag: str, value: ContactPersonId
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_contact_person_id(data: Any, path: str) -> ContactPersonId:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ContactPersonId)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.person_id = take_int(data, "PersonId", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.extra = (
        None
        if _CONTACT_PERSON_ID_KEYS.issuperset(data)
        else json_extra(data, _CONTACT_PERSON_ID_KEYS)
    )
    return value


def encode_json_contact_person_id(value: ContactPersonId) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CONTACT_PERSON_ID_CODEC = Codec(
    decode_xml_contact_person_id,
    encode_xml_contact_person_id,
    decode_json_contact_person_id,
    encode_json_contact_person_id,
)


def decode_xml_list_of_contact_person_id(element: Element) -> list[ContactPersonId | None]:
    """``ArrayOfContactPersonId``: a list of ``ContactPersonId`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_contact_person_id(child))
        for child in element
        if child.tag == _CONTACT_PERSON_ID
    ]


def encode_xml_list_of_contact_person_id(
    parent: Element | None, tag: str, value: list[ContactPersonId | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CONTACT_PERSON_ID, item, encode_xml_contact_person_id)
    return element


def decode_json_list_of_contact_person_id(data: Any, path: str) -> list[ContactPersonId | None]:
    return json_items_nillable(data, path, decode_json_contact_person_id)


def encode_json_list_of_contact_person_id(value: list[ContactPersonId | None]) -> list[Any]:
    return [(None if item is None else encode_json_contact_person_id(item)) for item in value]


LIST_OF_CONTACT_PERSON_ID_CODEC = Codec(
    decode_xml_list_of_contact_person_id,
    encode_xml_list_of_contact_person_id,
    decode_json_list_of_contact_person_id,
    encode_json_list_of_contact_person_id,
)
