"""Services88 types: PreviewContact.

Used by the Contact agent.
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
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
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
from .address import (
    Address,
    decode_json_address,
    decode_xml_address,
    encode_json_address,
    encode_xml_address,
)

_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Address"
_ASSOCIATE_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateFullName"
_BUSINESS_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BusinessName"
_CATEGORY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CategoryName"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_COUNTRY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CountryId"
_DEPARTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Department"
_DIRECT_PHONE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DirectPhone"
_EMAIL_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailAddress"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_NUMBER_2 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Number2"
_PREVIEW_CONTACT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreviewContact"
_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}URL"


@dataclasses.dataclass(kw_only=True, repr=False)
class PreviewContact(Record):
    """Contact preview

    Carrier object for PreviewContact. Services for the PreviewContact Carrier is available from
    the Contact Agent.
    """

    contact_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Contact name"""
    department: str | None | Unset = UNSET
    """Department"""
    country_id: int | Unset = UNSET
    """Country"""
    number_2: str | None | Unset = UNSET
    """Alphanumeric user field"""
    direct_phone: str | None | Unset = UNSET
    """The contacts phone"""
    url: str | None | Unset = UNSET
    """The internet address to this contact"""
    email_address: str | None | Unset = UNSET
    """The contact email address"""
    business_name: str | None | Unset = UNSET
    """The business list item name"""
    category_name: str | None | Unset = UNSET
    """The category list item name"""
    associate_full_name: str | None | Unset = UNSET
    """The associate's culture formatted fullname (firstname, middleName and lastname)"""
    address: Address | None | Unset = UNSET
    """Contact address as a list of LocalizedFieldList objects. Used to store localized information
    such as formatted address data. Suitable for passing to an address control for display.
    """

    def to_xml(self) -> Element:
        return encode_xml_preview_contact(None, _PREVIEW_CONTACT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PreviewContact:
        return record_from_xml(decode_xml_preview_contact, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_preview_contact(self)

    @classmethod
    def from_json(cls, data: Any) -> PreviewContact:
        return record_from_json(decode_json_preview_contact, data)


_PREVIEW_CONTACT_KEYS = frozenset(
    (
        "ContactId",
        "Name",
        "Department",
        "CountryId",
        "Number2",
        "DirectPhone",
        "URL",
        "EmailAddress",
        "BusinessName",
        "CategoryName",
        "AssociateFullName",
        "Address",
    )
)


def decode_xml_preview_contact(element: Element) -> PreviewContact:
    value = PreviewContact()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DEPARTMENT:
            value.department = child.text or empty_or_nil(child)
        elif tag == _COUNTRY_ID:
            value.country_id = read_int(child)
        elif tag == _NUMBER_2:
            value.number_2 = child.text or empty_or_nil(child)
        elif tag == _DIRECT_PHONE:
            value.direct_phone = child.text or empty_or_nil(child)
        elif tag == _URL:
            value.url = child.text or empty_or_nil(child)
        elif tag == _EMAIL_ADDRESS:
            value.email_address = child.text or empty_or_nil(child)
        elif tag == _BUSINESS_NAME:
            value.business_name = child.text or empty_or_nil(child)
        elif tag == _CATEGORY_NAME:
            value.category_name = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_FULL_NAME:
            value.associate_full_name = child.text or empty_or_nil(child)
        elif tag == _ADDRESS:
            value.address = None if child.get(XSI_NIL) in NIL else decode_xml_address(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_preview_contact(parent: Element | None, tag: str, value: PreviewContact) -> Element:
    element = new_child(parent, tag)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DEPARTMENT, value.department, write_str)
    put(element, _COUNTRY_ID, value.country_id, write_int)
    put(element, _NUMBER_2, value.number_2, write_str)
    put(element, _DIRECT_PHONE, value.direct_phone, write_str)
    put(element, _URL, value.url, write_str)
    put(element, _EMAIL_ADDRESS, value.email_address, write_str)
    put(element, _BUSINESS_NAME, value.business_name, write_str)
    put(element, _CATEGORY_NAME, value.category_name, write_str)
    put(element, _ASSOCIATE_FULL_NAME, value.associate_full_name, write_str)
    put(element, _ADDRESS, value.address, encode_xml_address)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_preview_contact(data: Any, path: str) -> PreviewContact:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PreviewContact)
    value.contact_id = take_int(data, "ContactId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.department = take_str_nillable(data, "Department", path)
    value.country_id = take_int(data, "CountryId", path)
    value.number_2 = take_str_nillable(data, "Number2", path)
    value.direct_phone = take_str_nillable(data, "DirectPhone", path)
    value.url = take_str_nillable(data, "URL", path)
    value.email_address = take_str_nillable(data, "EmailAddress", path)
    value.business_name = take_str_nillable(data, "BusinessName", path)
    value.category_name = take_str_nillable(data, "CategoryName", path)
    value.associate_full_name = take_str_nillable(data, "AssociateFullName", path)
    value.address = take_nillable(data, "Address", path, decode_json_address)
    value.extra = (
        None if _PREVIEW_CONTACT_KEYS.issuperset(data) else json_extra(data, _PREVIEW_CONTACT_KEYS)
    )
    return value


def encode_json_preview_contact(value: PreviewContact) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Department", value.department, json_write_str)
    put_json(result, "CountryId", value.country_id, json_write_int)
    put_json(result, "Number2", value.number_2, json_write_str)
    put_json(result, "DirectPhone", value.direct_phone, json_write_str)
    put_json(result, "URL", value.url, json_write_str)
    put_json(result, "EmailAddress", value.email_address, json_write_str)
    put_json(result, "BusinessName", value.business_name, json_write_str)
    put_json(result, "CategoryName", value.category_name, json_write_str)
    put_json(result, "AssociateFullName", value.associate_full_name, json_write_str)
    put_json(result, "Address", value.address, encode_json_address)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PREVIEW_CONTACT_CODEC = Codec(
    decode_xml_preview_contact,
    encode_xml_preview_contact,
    decode_json_preview_contact,
    encode_json_preview_contact,
)
