"""Services88 types: ArrayOfEMailAddress, EMailAddress.

Used by the Appointment, EMail agents.
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
from .list_of_int import (
    decode_json_list_of_int,
    decode_xml_list_of_int,
    encode_json_list_of_int,
    encode_xml_list_of_int,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Address"
_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_DUPLICATE_PERSON_IDS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DuplicatePersonIds"
)
_EMAIL_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailId"
_E_MAIL_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMailAddress"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PERSON_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonName"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class EMailAddress(Carrier):
    """Carrier object for EMailAddress. Services for the EMailAddress Carrier is available from the
    EMail Agent.
    """

    contact_id: int | Unset = UNSET
    """Primary key"""
    contact_name: str | None | Unset = UNSET
    person_id: int | Unset = UNSET
    """Primary key"""
    person_name: str | None | Unset = UNSET
    associate_id: int | Unset = UNSET
    """Primary key"""
    address: str | None | Unset = UNSET
    email_id: int | Unset = UNSET
    """Primary key"""
    duplicate_person_ids: list[int] | None | Unset = UNSET
    """All persons with this EmailAddress stored in db is listed here"""
    name: str | None | Unset = UNSET
    """The name on the email address"""

    def to_xml(self) -> Element:
        return encode_xml_e_mail_address(None, _E_MAIL_ADDRESS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> EMailAddress:
        return record_from_xml(decode_xml_e_mail_address, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_e_mail_address(self)

    @classmethod
    def from_json(cls, data: Any) -> EMailAddress:
        return record_from_json(decode_json_e_mail_address, data)


_E_MAIL_ADDRESS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ContactId",
        "ContactName",
        "PersonId",
        "PersonName",
        "AssociateId",
        "Address",
        "EmailId",
        "DuplicatePersonIds",
        "Name",
    )
)


def decode_xml_e_mail_address(element: Element) -> EMailAddress:
    value = EMailAddress()
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
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _PERSON_NAME:
            value.person_name = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _ADDRESS:
            value.address = child.text or empty_or_nil(child)
        elif tag == _EMAIL_ID:
            value.email_id = read_int(child)
        elif tag == _DUPLICATE_PERSON_IDS:
            value.duplicate_person_ids = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_e_mail_address(parent: Element | None, tag: str, value: EMailAddress) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _PERSON_NAME, value.person_name, write_str)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _ADDRESS, value.address, write_str)
    put(element, _EMAIL_ID, value.email_id, write_int)
    put(element, _DUPLICATE_PERSON_IDS, value.duplicate_person_ids, encode_xml_list_of_int)
    put(element, _NAME, value.name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_e_mail_address(data: Any, path: str) -> EMailAddress:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(EMailAddress)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.contact_id = take_int(data, "ContactId", path)
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.person_id = take_int(data, "PersonId", path)
    value.person_name = take_str_nillable(data, "PersonName", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.address = take_str_nillable(data, "Address", path)
    value.email_id = take_int(data, "EmailId", path)
    value.duplicate_person_ids = take_nillable(
        data, "DuplicatePersonIds", path, decode_json_list_of_int
    )
    value.name = take_str_nillable(data, "Name", path)
    value.extra = (
        None if _E_MAIL_ADDRESS_KEYS.issuperset(data) else json_extra(data, _E_MAIL_ADDRESS_KEYS)
    )
    return value


def encode_json_e_mail_address(value: EMailAddress) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "ContactName", value.contact_name, json_write_str)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "PersonName", value.person_name, json_write_str)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "Address", value.address, json_write_str)
    put_json(result, "EmailId", value.email_id, json_write_int)
    put_json(result, "DuplicatePersonIds", value.duplicate_person_ids, encode_json_list_of_int)
    put_json(result, "Name", value.name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


E_MAIL_ADDRESS_CODEC = Codec(
    decode_xml_e_mail_address,
    encode_xml_e_mail_address,
    decode_json_e_mail_address,
    encode_json_e_mail_address,
)


def decode_xml_list_of_e_mail_address(element: Element) -> list[EMailAddress | None]:
    """``ArrayOfEMailAddress``: a list of ``EMailAddress`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_e_mail_address(child))
        for child in element
        if child.tag == _E_MAIL_ADDRESS
    ]


def encode_xml_list_of_e_mail_address(
    parent: Element | None, tag: str, value: list[EMailAddress | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _E_MAIL_ADDRESS, item, encode_xml_e_mail_address)
    return element


def decode_json_list_of_e_mail_address(data: Any, path: str) -> list[EMailAddress | None]:
    return json_items_nillable(data, path, decode_json_e_mail_address)


def encode_json_list_of_e_mail_address(value: list[EMailAddress | None]) -> list[Any]:
    return [(None if item is None else encode_json_e_mail_address(item)) for item in value]


LIST_OF_E_MAIL_ADDRESS_CODEC = Codec(
    decode_xml_list_of_e_mail_address,
    encode_xml_list_of_e_mail_address,
    decode_json_list_of_e_mail_address,
    encode_json_list_of_e_mail_address,
)
