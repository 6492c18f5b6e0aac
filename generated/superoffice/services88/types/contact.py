"""Services88 types: ArrayOfContact, Contact.

Used by 10 agents.
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
from .address import (
    Address,
    decode_json_address,
    decode_xml_address,
    encode_json_address,
    encode_xml_address,
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

_ACTIVE_ERP_LINKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveErpLinks"
_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Address"
_ASSOCIATE_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateFullName"
_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_BUSINESS_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BusinessName"
_CATEGORY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CategoryName"
_CITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}City"
_CONTACT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Contact"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_COUNTRY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CountryId"
_COUNTRY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CountryName"
_DEPARTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Department"
_DIRECT_PHONE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DirectPhone"
_EMAIL_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailAddress"
_EMAIL_ADDRESS_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailAddressName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FORMATTED_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormattedAddress"
_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FullName"
_IS_OWNER_CONTACT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsOwnerContact"
_KANANAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Kananame"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_NUMBER_1 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Number1"
_NUMBER_2 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Number2"
_ORG_NR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OrgNr"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}URL"
_URL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}URLName"


@dataclasses.dataclass(kw_only=True, repr=False)
class Contact(Carrier):
    """Carrier object for Contact. Services for the Contact Carrier is available from the Contact
    Agent.
    """

    contact_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Contact name"""
    org_nr: str | None | Unset = UNSET
    """VAT number or similar"""
    department: str | None | Unset = UNSET
    """Department"""
    url: str | None | Unset = UNSET
    """The internet address to this contact"""
    city: str | None | Unset = UNSET
    """City corresponding to zip code"""
    direct_phone: str | None | Unset = UNSET
    """The contacts phone"""
    associate_id: int | Unset = UNSET
    """Our contact"""
    country_id: int | Unset = UNSET
    """Country"""
    email_address: str | None | Unset = UNSET
    """The contact email address"""
    kananame: str | None | Unset = UNSET
    """Contact kana name, used in Japanese versions only"""
    email_address_name: str | None | Unset = UNSET
    """Visible field"""
    url_name: str | None | Unset = UNSET
    """Visible field"""
    associate_full_name: str | None | Unset = UNSET
    """The associate's culture formatted fullname (firstname, middleName and lastname)"""
    business_name: str | None | Unset = UNSET
    """The business list item name"""
    category_name: str | None | Unset = UNSET
    """The category list item name"""
    country_name: str | None | Unset = UNSET
    """Name of country in installed language"""
    address: Address | None | Unset = UNSET
    """Contact address as a list of LocalizedFieldList objects. Used to store localized information
    such as formatted address data. Suitable for passing to an address control for display.
    """
    formatted_address: str | None | Unset = UNSET
    """The contact's address, formatted with linebreaks and spaces into a single string."""
    full_name: str | None | Unset = UNSET
    is_owner_contact: bool | Unset = UNSET
    """Is the contact an owner contact. This means that all persons on this contact can on only be
    internal users and not external users.
    """
    active_erp_links: int | Unset = UNSET
    """The number of active erp links"""
    number_1: str | None | Unset = UNSET
    """Alphanumeric user field"""
    number_2: str | None | Unset = UNSET
    """Alphanumeric user field"""

    def to_xml(self) -> Element:
        return encode_xml_contact(None, _CONTACT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Contact:
        return record_from_xml(decode_xml_contact, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_contact(self)

    @classmethod
    def from_json(cls, data: Any) -> Contact:
        return record_from_json(decode_json_contact, data)


_CONTACT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ContactId",
        "Name",
        "OrgNr",
        "Department",
        "URL",
        "City",
        "DirectPhone",
        "AssociateId",
        "CountryId",
        "EmailAddress",
        "Kananame",
        "EmailAddressName",
        "URLName",
        "AssociateFullName",
        "BusinessName",
        "CategoryName",
        "CountryName",
        "Address",
        "FormattedAddress",
        "FullName",
        "IsOwnerContact",
        "ActiveErpLinks",
        "Number1",
        "Number2",
    )
)


def decode_xml_contact(element: Element) -> Contact:
    value = Contact()
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
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _ORG_NR:
            value.org_nr = child.text or empty_or_nil(child)
        elif tag == _DEPARTMENT:
            value.department = child.text or empty_or_nil(child)
        elif tag == _URL:
            value.url = child.text or empty_or_nil(child)
        elif tag == _CITY:
            value.city = child.text or empty_or_nil(child)
        elif tag == _DIRECT_PHONE:
            value.direct_phone = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _COUNTRY_ID:
            value.country_id = read_int(child)
        elif tag == _EMAIL_ADDRESS:
            value.email_address = child.text or empty_or_nil(child)
        elif tag == _KANANAME:
            value.kananame = child.text or empty_or_nil(child)
        elif tag == _EMAIL_ADDRESS_NAME:
            value.email_address_name = child.text or empty_or_nil(child)
        elif tag == _URL_NAME:
            value.url_name = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_FULL_NAME:
            value.associate_full_name = child.text or empty_or_nil(child)
        elif tag == _BUSINESS_NAME:
            value.business_name = child.text or empty_or_nil(child)
        elif tag == _CATEGORY_NAME:
            value.category_name = child.text or empty_or_nil(child)
        elif tag == _COUNTRY_NAME:
            value.country_name = child.text or empty_or_nil(child)
        elif tag == _ADDRESS:
            value.address = None if child.get(XSI_NIL) in NIL else decode_xml_address(child)
        elif tag == _FORMATTED_ADDRESS:
            value.formatted_address = child.text or empty_or_nil(child)
        elif tag == _FULL_NAME:
            value.full_name = child.text or empty_or_nil(child)
        elif tag == _IS_OWNER_CONTACT:
            value.is_owner_contact = read_bool(child)
        elif tag == _ACTIVE_ERP_LINKS:
            value.active_erp_links = read_int(child)
        elif tag == _NUMBER_1:
            value.number_1 = child.text or empty_or_nil(child)
        elif tag == _NUMBER_2:
            value.number_2 = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_contact(parent: Element | None, tag: str, value: Contact) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _ORG_NR, value.org_nr, write_str)
    put(element, _DEPARTMENT, value.department, write_str)
    put(element, _URL, value.url, write_str)
    put(element, _CITY, value.city, write_str)
    put(element, _DIRECT_PHONE, value.direct_phone, write_str)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _COUNTRY_ID, value.country_id, write_int)
    put(element, _EMAIL_ADDRESS, value.email_address, write_str)
    put(element, _KANANAME, value.kananame, write_str)
    put(element, _EMAIL_ADDRESS_NAME, value.email_address_name, write_str)
    put(element, _URL_NAME, value.url_name, write_str)
    put(element, _ASSOCIATE_FULL_NAME, value.associate_full_name, write_str)
    put(element, _BUSINESS_NAME, value.business_name, write_str)
    put(element, _CATEGORY_NAME, value.category_name, write_str)
    put(element, _COUNTRY_NAME, value.country_name, write_str)
    put(element, _ADDRESS, value.address, encode_xml_address)
    put(element, _FORMATTED_ADDRESS, value.formatted_address, write_str)
    put(element, _FULL_NAME, value.full_name, write_str)
    put(element, _IS_OWNER_CONTACT, value.is_owner_contact, write_bool)
    put(element, _ACTIVE_ERP_LINKS, value.active_erp_links, write_int)
    put(element, _NUMBER_1, value.number_1, write_str)
    put(element, _NUMBER_2, value.number_2, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_contact(data: Any, path: str) -> Contact:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Contact)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.contact_id = take_int(data, "ContactId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.org_nr = take_str_nillable(data, "OrgNr", path)
    value.department = take_str_nillable(data, "Department", path)
    value.url = take_str_nillable(data, "URL", path)
    value.city = take_str_nillable(data, "City", path)
    value.direct_phone = take_str_nillable(data, "DirectPhone", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.country_id = take_int(data, "CountryId", path)
    value.email_address = take_str_nillable(data, "EmailAddress", path)
    value.kananame = take_str_nillable(data, "Kananame", path)
    value.email_address_name = take_str_nillable(data, "EmailAddressName", path)
    value.url_name = take_str_nillable(data, "URLName", path)
    value.associate_full_name = take_str_nillable(data, "AssociateFullName", path)
    value.business_name = take_str_nillable(data, "BusinessName", path)
    value.category_name = take_str_nillable(data, "CategoryName", path)
    value.country_name = take_str_nillable(data, "CountryName", path)
    value.address = take_nillable(data, "Address", path, decode_json_address)
    value.formatted_address = take_str_nillable(data, "FormattedAddress", path)
    value.full_name = take_str_nillable(data, "FullName", path)
    value.is_owner_contact = take_bool(data, "IsOwnerContact", path)
    value.active_erp_links = take_int(data, "ActiveErpLinks", path)
    value.number_1 = take_str_nillable(data, "Number1", path)
    value.number_2 = take_str_nillable(data, "Number2", path)
    value.extra = None if _CONTACT_KEYS.issuperset(data) else json_extra(data, _CONTACT_KEYS)
    return value


def encode_json_contact(value: Contact) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "OrgNr", value.org_nr, json_write_str)
    put_json(result, "Department", value.department, json_write_str)
    put_json(result, "URL", value.url, json_write_str)
    put_json(result, "City", value.city, json_write_str)
    put_json(result, "DirectPhone", value.direct_phone, json_write_str)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "CountryId", value.country_id, json_write_int)
    put_json(result, "EmailAddress", value.email_address, json_write_str)
    put_json(result, "Kananame", value.kananame, json_write_str)
    put_json(result, "EmailAddressName", value.email_address_name, json_write_str)
    put_json(result, "URLName", value.url_name, json_write_str)
    put_json(result, "AssociateFullName", value.associate_full_name, json_write_str)
    put_json(result, "BusinessName", value.business_name, json_write_str)
    put_json(result, "CategoryName", value.category_name, json_write_str)
    put_json(result, "CountryName", value.country_name, json_write_str)
    put_json(result, "Address", value.address, encode_json_address)
    put_json(result, "FormattedAddress", value.formatted_address, json_write_str)
    put_json(result, "FullName", value.full_name, json_write_str)
    put_json(result, "IsOwnerContact", value.is_owner_contact, json_write_bool)
    put_json(result, "ActiveErpLinks", value.active_erp_links, json_write_int)
    put_json(result, "Number1", value.number_1, json_write_str)
    put_json(result, "Number2", value.number_2, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CONTACT_CODEC = Codec(
    decode_xml_contact, encode_xml_contact, decode_json_contact, encode_json_contact
)


def decode_xml_list_of_contact(element: Element) -> list[Contact | None]:
    """``ArrayOfContact``: a list of ``Contact`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_contact(child))
        for child in element
        if child.tag == _CONTACT
    ]


def encode_xml_list_of_contact(
    parent: Element | None, tag: str, value: list[Contact | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CONTACT, item, encode_xml_contact)
    return element


def decode_json_list_of_contact(data: Any, path: str) -> list[Contact | None]:
    return json_items_nillable(data, path, decode_json_contact)


def encode_json_list_of_contact(value: list[Contact | None]) -> list[Any]:
    return [(None if item is None else encode_json_contact(item)) for item in value]


LIST_OF_CONTACT_CODEC = Codec(
    decode_xml_list_of_contact,
    encode_xml_list_of_contact,
    decode_json_list_of_contact,
    encode_json_list_of_contact,
)
