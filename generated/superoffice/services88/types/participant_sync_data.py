"""Services88 types: ArrayOfParticipantSyncData, ParticipantSyncData.

Used by the Appointment agent.
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
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_int,
    write_str,
)
from .address_sync_data import (
    AddressSyncData,
    decode_json_address_sync_data,
    decode_xml_address_sync_data,
    encode_json_address_sync_data,
    encode_xml_address_sync_data,
)
from .appointment_status import (
    AppointmentStatus,
    decode_json_appointment_status,
    decode_xml_appointment_status,
    encode_json_appointment_status,
    encode_xml_appointment_status,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_str import (
    decode_json_list_of_str,
    decode_xml_list_of_str,
    encode_json_list_of_str,
    encode_xml_list_of_str,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CONTACT_BUSINESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactBusiness"
_CONTACT_CATEGORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactCategory"
_CONTACT_COUNTRY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactCountry"
_CONTACT_DEPARTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactDepartment"
_CONTACT_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactFullName"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_CONTACT_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactUrl"
_COUNTRY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Country"
_E_MAIL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMail"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_MESSENGER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Messenger"
_PARTICIPANT_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ParticipantStatus"
_PARTICIPANT_SYNC_DATA = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ParticipantSyncData"
)
_PERSON_ACADEMIC_TITLE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonAcademicTitle"
)
_PERSON_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonAddress"
_PERSON_COUNTRY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonCountry"
_PERSON_FIRST_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonFirstName"
_PERSON_FORMAL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonFormalName"
_PERSON_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonFullName"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PERSON_LASTNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonLastname"
_PERSON_MIDDLE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonMiddleName"
_PERSON_MRMRS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonMrmrs"
_PERSON_POSITION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonPosition"
_PERSON_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonTitle"
_PHONE_CONTACT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PhoneContact"
_PHONE_DIRECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PhoneDirect"
_PHONE_FAX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PhoneFax"
_PHONE_MOBILE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PhoneMobile"
_PHONE_PRIVATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PhonePrivate"
_POSTAL_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PostalAddress"
_STREET_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StreetAddress"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Url"
_VOIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Voip"


@dataclasses.dataclass(kw_only=True, repr=False)
class ParticipantSyncData(Carrier):
    """Carrier object for ParticipantSyncData. Services for the ParticipantSyncData Carrier is
    available from the Appointment Agent.
    """

    person_id: int | Unset = UNSET
    """Person ID of person the appointment is with, may be 0"""
    person_first_name: str | None | Unset = UNSET
    """First name"""
    person_middle_name: str | None | Unset = UNSET
    """Middle name or 'van' etc."""
    person_lastname: str | None | Unset = UNSET
    """Last name"""
    person_mrmrs: str | None | Unset = UNSET
    """e.g. Mrs sex_title"""
    person_title: str | None | Unset = UNSET
    """Title"""
    person_position: str | None | Unset = UNSET
    """The position. This is a predefined SuperOffice value, different from Title"""
    person_academic_title: str | None | Unset = UNSET
    """Academic title, populated from Salutation list but can be overwritten with anything at all"""
    person_formal_name: str | None | Unset = UNSET
    """Get formal name for a person, as used in labels. (Full name + person title + academic title)"""
    person_full_name: str | None | Unset = UNSET
    """The person's full name localized to the current culture/country. (internal name used in
    clients for employees)
    """
    contact_id: int | Unset = UNSET
    """Contact ID of owning contact, may be 0"""
    contact_name: str | None | Unset = UNSET
    """Contact name"""
    contact_department: str | None | Unset = UNSET
    """Department"""
    contact_business: str | None | Unset = UNSET
    """The business that the contact is associated with. The GUI forces the user to enter a
    business type.
    """
    contact_country: str | None | Unset = UNSET
    contact_category: str | None | Unset = UNSET
    """The category that is set on the company. The GUI forces the user to enter a category type"""
    contact_full_name: str | None | Unset = UNSET
    e_mail: list[str | None] | None | Unset = UNSET
    phone_private: list[str | None] | None | Unset = UNSET
    """Returns a collection of phone numbers that belong to the contact person."""
    phone_fax: list[str | None] | None | Unset = UNSET
    """Returns a collection of fax numbers that belong to the contact person."""
    phone_mobile: list[str | None] | None | Unset = UNSET
    """Returns a collection of mobile phone numbers that belong to the contact person."""
    phone_direct: list[str | None] | None | Unset = UNSET
    phone_contact: list[str | None] | None | Unset = UNSET
    """Returns a collection of office phone numbers that belong to the contact person."""
    messenger: list[str | None] | None | Unset = UNSET
    voip: list[str | None] | None | Unset = UNSET
    contact_url: list[str | None] | None | Unset = UNSET
    """The contact's internet adresses"""
    url: list[str | None] | None | Unset = UNSET
    """The urls related to this person."""
    street_address: AddressSyncData | None | Unset = UNSET
    postal_address: AddressSyncData | None | Unset = UNSET
    country: str | None | Unset = UNSET
    """The country this contact is located in. The country a contact is saved with, affects the
    phone number format, and the address layout.
    """
    person_address: AddressSyncData | None | Unset = UNSET
    person_country: str | None | Unset = UNSET
    """The country this contact person is located in."""
    participant_status: AppointmentStatus | str | Unset = UNSET
    """The appointment status for this participant."""

    def to_xml(self) -> Element:
        return encode_xml_participant_sync_data(None, _PARTICIPANT_SYNC_DATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ParticipantSyncData:
        return record_from_xml(decode_xml_participant_sync_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_participant_sync_data(self)

    @classmethod
    def from_json(cls, data: Any) -> ParticipantSyncData:
        return record_from_json(decode_json_participant_sync_data, data)


_PARTICIPANT_SYNC_DATA_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "PersonId",
        "PersonFirstName",
        "PersonMiddleName",
        "PersonLastname",
        "PersonMrmrs",
        "PersonTitle",
        "PersonPosition",
        "PersonAcademicTitle",
        "PersonFormalName",
        "PersonFullName",
        "ContactId",
        "ContactName",
        "ContactDepartment",
        "ContactBusiness",
        "ContactCountry",
        "ContactCategory",
        "ContactFullName",
        "EMail",
        "PhonePrivate",
        "PhoneFax",
        "PhoneMobile",
        "PhoneDirect",
        "PhoneContact",
        "Messenger",
        "Voip",
        "ContactUrl",
        "Url",
        "StreetAddress",
        "PostalAddress",
        "Country",
        "PersonAddress",
        "PersonCountry",
        "ParticipantStatus",
    )
)


def decode_xml_participant_sync_data(element: Element) -> ParticipantSyncData:
    value = ParticipantSyncData()
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
        elif tag == _PERSON_FIRST_NAME:
            value.person_first_name = child.text or empty_or_nil(child)
        elif tag == _PERSON_MIDDLE_NAME:
            value.person_middle_name = child.text or empty_or_nil(child)
        elif tag == _PERSON_LASTNAME:
            value.person_lastname = child.text or empty_or_nil(child)
        elif tag == _PERSON_MRMRS:
            value.person_mrmrs = child.text or empty_or_nil(child)
        elif tag == _PERSON_TITLE:
            value.person_title = child.text or empty_or_nil(child)
        elif tag == _PERSON_POSITION:
            value.person_position = child.text or empty_or_nil(child)
        elif tag == _PERSON_ACADEMIC_TITLE:
            value.person_academic_title = child.text or empty_or_nil(child)
        elif tag == _PERSON_FORMAL_NAME:
            value.person_formal_name = child.text or empty_or_nil(child)
        elif tag == _PERSON_FULL_NAME:
            value.person_full_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_DEPARTMENT:
            value.contact_department = child.text or empty_or_nil(child)
        elif tag == _CONTACT_BUSINESS:
            value.contact_business = child.text or empty_or_nil(child)
        elif tag == _CONTACT_COUNTRY:
            value.contact_country = child.text or empty_or_nil(child)
        elif tag == _CONTACT_CATEGORY:
            value.contact_category = child.text or empty_or_nil(child)
        elif tag == _CONTACT_FULL_NAME:
            value.contact_full_name = child.text or empty_or_nil(child)
        elif tag == _E_MAIL:
            value.e_mail = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
        elif tag == _PHONE_PRIVATE:
            value.phone_private = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        elif tag == _PHONE_FAX:
            value.phone_fax = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
        elif tag == _PHONE_MOBILE:
            value.phone_mobile = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        elif tag == _PHONE_DIRECT:
            value.phone_direct = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        elif tag == _PHONE_CONTACT:
            value.phone_contact = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        elif tag == _MESSENGER:
            value.messenger = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
        elif tag == _VOIP:
            value.voip = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
        elif tag == _CONTACT_URL:
            value.contact_url = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        elif tag == _URL:
            value.url = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
        elif tag == _STREET_ADDRESS:
            value.street_address = (
                None if child.get(XSI_NIL) in NIL else decode_xml_address_sync_data(child)
            )
        elif tag == _POSTAL_ADDRESS:
            value.postal_address = (
                None if child.get(XSI_NIL) in NIL else decode_xml_address_sync_data(child)
            )
        elif tag == _COUNTRY:
            value.country = child.text or empty_or_nil(child)
        elif tag == _PERSON_ADDRESS:
            value.person_address = (
                None if child.get(XSI_NIL) in NIL else decode_xml_address_sync_data(child)
            )
        elif tag == _PERSON_COUNTRY:
            value.person_country = child.text or empty_or_nil(child)
        elif tag == _PARTICIPANT_STATUS:
            value.participant_status = decode_xml_appointment_status(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_participant_sync_data(
    parent: Element | None, tag: str, value: ParticipantSyncData
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _PERSON_FIRST_NAME, value.person_first_name, write_str)
    put(element, _PERSON_MIDDLE_NAME, value.person_middle_name, write_str)
    put(element, _PERSON_LASTNAME, value.person_lastname, write_str)
    put(element, _PERSON_MRMRS, value.person_mrmrs, write_str)
    put(element, _PERSON_TITLE, value.person_title, write_str)
    put(element, _PERSON_POSITION, value.person_position, write_str)
    put(element, _PERSON_ACADEMIC_TITLE, value.person_academic_title, write_str)
    put(element, _PERSON_FORMAL_NAME, value.person_formal_name, write_str)
    put(element, _PERSON_FULL_NAME, value.person_full_name, write_str)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    put(element, _CONTACT_DEPARTMENT, value.contact_department, write_str)
    put(element, _CONTACT_BUSINESS, value.contact_business, write_str)
    put(element, _CONTACT_COUNTRY, value.contact_country, write_str)
    put(element, _CONTACT_CATEGORY, value.contact_category, write_str)
    put(element, _CONTACT_FULL_NAME, value.contact_full_name, write_str)
    put(element, _E_MAIL, value.e_mail, encode_xml_list_of_str)
    put(element, _PHONE_PRIVATE, value.phone_private, encode_xml_list_of_str)
    put(element, _PHONE_FAX, value.phone_fax, encode_xml_list_of_str)
    put(element, _PHONE_MOBILE, value.phone_mobile, encode_xml_list_of_str)
    put(element, _PHONE_DIRECT, value.phone_direct, encode_xml_list_of_str)
    put(element, _PHONE_CONTACT, value.phone_contact, encode_xml_list_of_str)
    put(element, _MESSENGER, value.messenger, encode_xml_list_of_str)
    put(element, _VOIP, value.voip, encode_xml_list_of_str)
    put(element, _CONTACT_URL, value.contact_url, encode_xml_list_of_str)
    put(element, _URL, value.url, encode_xml_list_of_str)
    put(element, _STREET_ADDRESS, value.street_address, encode_xml_address_sync_data)
    put(element, _POSTAL_ADDRESS, value.postal_address, encode_xml_address_sync_data)
    put(element, _COUNTRY, value.country, write_str)
    put(element, _PERSON_ADDRESS, value.person_address, encode_xml_address_sync_data)
    put(element, _PERSON_COUNTRY, value.person_country, write_str)
    put(element, _PARTICIPANT_STATUS, value.participant_status, encode_xml_appointment_status)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_participant_sync_data(data: Any, path: str) -> ParticipantSyncData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ParticipantSyncData)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.person_id = take_int(data, "PersonId", path)
    value.person_first_name = take_str_nillable(data, "PersonFirstName", path)
    value.person_middle_name = take_str_nillable(data, "PersonMiddleName", path)
    value.person_lastname = take_str_nillable(data, "PersonLastname", path)
    value.person_mrmrs = take_str_nillable(data, "PersonMrmrs", path)
    value.person_title = take_str_nillable(data, "PersonTitle", path)
    value.person_position = take_str_nillable(data, "PersonPosition", path)
    value.person_academic_title = take_str_nillable(data, "PersonAcademicTitle", path)
    value.person_formal_name = take_str_nillable(data, "PersonFormalName", path)
    value.person_full_name = take_str_nillable(data, "PersonFullName", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.contact_department = take_str_nillable(data, "ContactDepartment", path)
    value.contact_business = take_str_nillable(data, "ContactBusiness", path)
    value.contact_country = take_str_nillable(data, "ContactCountry", path)
    value.contact_category = take_str_nillable(data, "ContactCategory", path)
    value.contact_full_name = take_str_nillable(data, "ContactFullName", path)
    value.e_mail = take_nillable(data, "EMail", path, decode_json_list_of_str)
    value.phone_private = take_nillable(data, "PhonePrivate", path, decode_json_list_of_str)
    value.phone_fax = take_nillable(data, "PhoneFax", path, decode_json_list_of_str)
    value.phone_mobile = take_nillable(data, "PhoneMobile", path, decode_json_list_of_str)
    value.phone_direct = take_nillable(data, "PhoneDirect", path, decode_json_list_of_str)
    value.phone_contact = take_nillable(data, "PhoneContact", path, decode_json_list_of_str)
    value.messenger = take_nillable(data, "Messenger", path, decode_json_list_of_str)
    value.voip = take_nillable(data, "Voip", path, decode_json_list_of_str)
    value.contact_url = take_nillable(data, "ContactUrl", path, decode_json_list_of_str)
    value.url = take_nillable(data, "Url", path, decode_json_list_of_str)
    value.street_address = take_nillable(
        data, "StreetAddress", path, decode_json_address_sync_data
    )
    value.postal_address = take_nillable(
        data, "PostalAddress", path, decode_json_address_sync_data
    )
    value.country = take_str_nillable(data, "Country", path)
    value.person_address = take_nillable(
        data, "PersonAddress", path, decode_json_address_sync_data
    )
    value.person_country = take_str_nillable(data, "PersonCountry", path)
    value.participant_status = take(
        data, "ParticipantStatus", path, decode_json_appointment_status
    )
    value.extra = (
        None
        if _PARTICIPANT_SYNC_DATA_KEYS.issuperset(data)
        else json_extra(data, _PARTICIPANT_SYNC_DATA_KEYS)
    )
    return value


def encode_json_participant_sync_data(value: ParticipantSyncData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "PersonFirstName", value.person_first_name, json_write_str)
    put_json(result, "PersonMiddleName", value.person_middle_name, json_write_str)
    put_json(result, "PersonLastname", value.person_lastname, json_write_str)
    put_json(result, "PersonMrmrs", value.person_mrmrs, json_write_str)
    put_json(result, "PersonTitle", value.person_title, json_write_str)
    put_json(result, "PersonPosition", value.person_position, json_write_str)
    put_json(result, "PersonAcademicTitle", value.person_academic_title, json_write_str)
    put_json(result, "PersonFormalName", value.person_formal_name, json_write_str)
    put_json(result, "PersonFullName", value.person_full_name, json_write_str)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "ContactName", value.contact_name, json_write_str)
    put_json(result, "ContactDepartment", value.contact_department, json_write_str)
    put_json(result, "ContactBusiness", value.contact_business, json_write_str)
    put_json(result, "ContactCountry", value.contact_country, json_write_str)
    put_json(result, "ContactCategory", value.contact_category, json_write_str)
    put_json(result, "ContactFullName", value.contact_full_name, json_write_str)
    put_json(result, "EMail", value.e_mail, encode_json_list_of_str)
    put_json(result, "PhonePrivate", value.phone_private, encode_json_list_of_str)
    put_json(result, "PhoneFax", value.phone_fax, encode_json_list_of_str)
    put_json(result, "PhoneMobile", value.phone_mobile, encode_json_list_of_str)
    put_json(result, "PhoneDirect", value.phone_direct, encode_json_list_of_str)
    put_json(result, "PhoneContact", value.phone_contact, encode_json_list_of_str)
    put_json(result, "Messenger", value.messenger, encode_json_list_of_str)
    put_json(result, "Voip", value.voip, encode_json_list_of_str)
    put_json(result, "ContactUrl", value.contact_url, encode_json_list_of_str)
    put_json(result, "Url", value.url, encode_json_list_of_str)
    put_json(result, "StreetAddress", value.street_address, encode_json_address_sync_data)
    put_json(result, "PostalAddress", value.postal_address, encode_json_address_sync_data)
    put_json(result, "Country", value.country, json_write_str)
    put_json(result, "PersonAddress", value.person_address, encode_json_address_sync_data)
    put_json(result, "PersonCountry", value.person_country, json_write_str)
    put_json(result, "ParticipantStatus", value.participant_status, encode_json_appointment_status)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PARTICIPANT_SYNC_DATA_CODEC = Codec(
    decode_xml_participant_sync_data,
    encode_xml_participant_sync_data,
    decode_json_participant_sync_data,
    encode_json_participant_sync_data,
)


def decode_xml_list_of_participant_sync_data(element: Element) -> list[ParticipantSyncData | None]:
    """``ArrayOfParticipantSyncData``: a list of ``ParticipantSyncData`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_participant_sync_data(child))
        for child in element
        if child.tag == _PARTICIPANT_SYNC_DATA
    ]


def encode_xml_list_of_participant_sync_data(
    parent: Element | None, tag: str, value: list[ParticipantSyncData | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PARTICIPANT_SYNC_DATA, item, encode_xml_participant_sync_data)
    return element


def decode_json_list_of_participant_sync_data(
    data: Any, path: str
) -> list[ParticipantSyncData | None]:
    return json_items_nillable(data, path, decode_json_participant_sync_data)


def encode_json_list_of_participant_sync_data(
    value: list[ParticipantSyncData | None],
) -> list[Any]:
    return [(None if item is None else encode_json_participant_sync_data(item)) for item in value]


LIST_OF_PARTICIPANT_SYNC_DATA_CODEC = Codec(
    decode_xml_list_of_participant_sync_data,
    encode_xml_list_of_participant_sync_data,
    decode_json_list_of_participant_sync_data,
    encode_json_list_of_participant_sync_data,
)
