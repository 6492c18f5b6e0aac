"""Services88 types: ArrayOfContactOrPersonFromEmail, ContactOrPersonFromEmail.

Used by the EMail agent.
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
    json_write_int,
    json_write_str,
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
    take_str_nillable,
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

_CONTACT_CATEGORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactCategory"
_CONTACT_DEPARTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactDepartment"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_CONTACT_OR_PERSON_FROM_EMAIL = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactOrPersonFromEmail"
)
_EMAIL_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailAddress"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FullName"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_SORT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SortName"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ContactOrPersonFromEmail(Carrier):
    """Carrier object for ContactOrPersonFromEmail. Services for the ContactOrPersonFromEmail
    Carrier is available from the EMail Agent.
    """

    person_id: int | Unset = UNSET
    """The id of the person"""
    full_name: str | None | Unset = UNSET
    """The person fullname"""
    email_address: str | None | Unset = UNSET
    """The emailAddress"""
    contact_id: int | Unset = UNSET
    """The id of the contact"""
    contact_name: str | None | Unset = UNSET
    """The contact name"""
    contact_department: str | None | Unset = UNSET
    """Department"""
    contact_category: str | None | Unset = UNSET
    """Contact category"""
    sort_name: str | None | Unset = UNSET
    """If person ? The person name, else contact name"""

    def to_xml(self) -> Element:
        return encode_xml_contact_or_person_from_email(None, _CONTACT_OR_PERSON_FROM_EMAIL, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ContactOrPersonFromEmail:
        return record_from_xml(decode_xml_contact_or_person_from_email, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_contact_or_person_from_email(self)

    @classmethod
    def from_json(cls, data: Any) -> ContactOrPersonFromEmail:
        return record_from_json(decode_json_contact_or_person_from_email, data)


_CONTACT_OR_PERSON_FROM_EMAIL_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "PersonId",
        "FullName",
        "EmailAddress",
        "ContactId",
        "ContactName",
        "ContactDepartment",
        "ContactCategory",
        "SortName",
    )
)


def decode_xml_contact_or_person_from_email(element: Element) -> ContactOrPersonFromEmail:
    value = ContactOrPersonFromEmail()
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
        elif tag == _FULL_NAME:
            value.full_name = child.text or empty_or_nil(child)
        elif tag == _EMAIL_ADDRESS:
            value.email_address = child.text or empty_or_nil(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_DEPARTMENT:
            value.contact_department = child.text or empty_or_nil(child)
        elif tag == _CONTACT_CATEGORY:
            value.contact_category = child.text or empty_or_nil(child)
        elif tag == _SORT_NAME:
            value.sort_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_contact_or_person_from_email(
    parent: Element | None, tag: str, value: ContactOrPersonFromEmail
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _FULL_NAME, value.full_name, write_str)
    put(element, _EMAIL_ADDRESS, value.email_address, write_str)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    put(element, _CONTACT_DEPARTMENT, value.contact_department, write_str)
    put(element, _CONTACT_CATEGORY, value.contact_category, write_str)
    put(element, _SORT_NAME, value.sort_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_contact_or_person_from_email(data: Any, path: str) -> ContactOrPersonFromEmail:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ContactOrPersonFromEmail)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.person_id = take_int(data, "PersonId", path)
    value.full_name = take_str_nillable(data, "FullName", path)
    value.email_address = take_str_nillable(data, "EmailAddress", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.contact_department = take_str_nillable(data, "ContactDepartment", path)
    value.contact_category = take_str_nillable(data, "ContactCategory", path)
    value.sort_name = take_str_nillable(data, "SortName", path)
    value.extra = (
        None
        if _CONTACT_OR_PERSON_FROM_EMAIL_KEYS.issuperset(data)
        else json_extra(data, _CONTACT_OR_PERSON_FROM_EMAIL_KEYS)
    )
    return value


def encode_json_contact_or_person_from_email(value: ContactOrPersonFromEmail) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "FullName", value.full_name, json_write_str)
    put_json(result, "EmailAddress", value.email_address, json_write_str)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "ContactName", value.contact_name, json_write_str)
    put_json(result, "ContactDepartment", value.contact_department, json_write_str)
    put_json(result, "ContactCategory", value.contact_category, json_write_str)
    put_json(result, "SortName", value.sort_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CONTACT_OR_PERSON_FROM_EMAIL_CODEC = Codec(
    decode_xml_contact_or_person_from_email,
    encode_xml_contact_or_person_from_email,
    decode_json_contact_or_person_from_email,
    encode_json_contact_or_person_from_email,
)


def decode_xml_list_of_contact_or_person_from_email(
    element: Element,
) -> list[ContactOrPersonFromEmail | None]:
    """``ArrayOfContactOrPersonFromEmail``: a list of ``ContactOrPersonFromEmail`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_contact_or_person_from_email(child))
        for child in element
        if child.tag == _CONTACT_OR_PERSON_FROM_EMAIL
    ]


def encode_xml_list_of_contact_or_person_from_email(
    parent: Element | None, tag: str, value: list[ContactOrPersonFromEmail | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CONTACT_OR_PERSON_FROM_EMAIL, item, encode_xml_contact_or_person_from_email)
    return element


def decode_json_list_of_contact_or_person_from_email(
    data: Any, path: str
) -> list[ContactOrPersonFromEmail | None]:
    return json_items_nillable(data, path, decode_json_contact_or_person_from_email)


def encode_json_list_of_contact_or_person_from_email(
    value: list[ContactOrPersonFromEmail | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_contact_or_person_from_email(item))
        for item in value
    ]


LIST_OF_CONTACT_OR_PERSON_FROM_EMAIL_CODEC = Codec(
    decode_xml_list_of_contact_or_person_from_email,
    encode_xml_list_of_contact_or_person_from_email,
    decode_json_list_of_contact_or_person_from_email,
    encode_json_list_of_contact_or_person_from_email,
)
