"""Services88 types: ArrayOfPerson, Person.

Used by 11 agents.
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

_ACTIVE_ERP_LINKS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveErpLinks"
_ACTIVE_INTERESTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActiveInterests"
_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_ASSOCIATE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateName"
_CATEGORY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CategoryName"
_CONTACT_COUNTRY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactCountryId"
_CONTACT_DEPARTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactDepartment"
_CONTACT_FAX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactFax"
_CONTACT_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactFullName"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_CONTACT_ORG_NR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactOrgNr"
_CONTACT_PHONE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactPhone"
_COUNTRY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CountryId"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_DIRECT_PHONE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DirectPhone"
_EMAIL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Email"
_EMAIL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailName"
_FAX_PHONE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FaxPhone"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FIRSTNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Firstname"
_FORMAL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormalName"
_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FullName"
_KANAFNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Kanafname"
_KANALNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Kanalname"
_LASTNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Lastname"
_MIDDLE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MiddleName"
_MOBILE_PHONE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MobilePhone"
_MRMRS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Mrmrs"
_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Person"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PERSON_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonNumber"
_POSITION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Position"
_POST_1 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Post1"
_POST_2 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Post2"
_POST_3 = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Post3"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_RETIRED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Retired"
_SUPPORT_ASSOCIATE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SupportAssociateId"
)
_SUPPORT_LANGUAGE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SupportLanguageId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET_PRIORITY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketPriorityId"
_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Title"
_USE_PERSON_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UsePersonAddress"


@dataclasses.dataclass(kw_only=True, repr=False)
class Person(Carrier):
    """Carrier object for Person. Services for the Person Carrier is available from the Person
    Agent.
    """

    position: str | None | Unset = UNSET
    """The position. This is a predefined SuperOffice value, different from Title"""
    person_id: int | Unset = UNSET
    """Primary key"""
    mrmrs: str | None | Unset = UNSET
    """e.g. Mrs sex_title"""
    firstname: str | None | Unset = UNSET
    """First name"""
    lastname: str | None | Unset = UNSET
    """Last name"""
    middle_name: str | None | Unset = UNSET
    """Middle name or 'van' etc."""
    title: str | None | Unset = UNSET
    """Title"""
    description: str | None | Unset = UNSET
    """Info text/description on person."""
    email: str | None | Unset = UNSET
    """First email on contact person."""
    full_name: str | None | Unset = UNSET
    """Get the persons full name (internal name used in clients for employees)."""
    direct_phone: str | None | Unset = UNSET
    """Returns the direct phone that belong to the contact person."""
    formal_name: str | None | Unset = UNSET
    """Get formal name for a person, as used in labels. (Full name + person title + academic title)"""
    country_id: int | Unset = UNSET
    """Country"""
    contact_id: int | Unset = UNSET
    """Owning contact ID"""
    contact_name: str | None | Unset = UNSET
    """The persons company name"""
    retired: int | Unset = UNSET
    """1 = the user is retired and should have no rights, not appear in lists, etc."""
    rank: int | Unset = UNSET
    """Display sort sequence for default sort order"""
    active_interests: int | Unset = UNSET
    """Number of records in pintr table; select count(*) from pintr pi where pi.person_id =
    this.person_id == activeInterests is always true
    """
    contact_department: str | None | Unset = UNSET
    """The persons contact department"""
    contact_country_id: int | Unset = UNSET
    """The persons contact country id"""
    contact_org_nr: str | None | Unset = UNSET
    """The persons contact organization number"""
    fax_phone: str | None | Unset = UNSET
    """Returns the fax phone that belong to the contact person."""
    mobile_phone: str | None | Unset = UNSET
    """Returns the mobile phone that belong to the contact person."""
    contact_phone: str | None | Unset = UNSET
    """Returns the direct phone that belong to the persons contact."""
    associate_name: str | None | Unset = UNSET
    """Name of the person's owner"""
    associate_id: int | Unset = UNSET
    """Id of the item's owner (Associate id)"""
    use_person_address: bool | Unset = UNSET
    """If 1, use person's address for mailing instead of company address"""
    contact_fax: str | None | Unset = UNSET
    """Actual phone number as eneterd by the user"""
    kanafname: str | None | Unset = UNSET
    """Kana first name, used in Japanese versions only"""
    kanalname: str | None | Unset = UNSET
    """Kana last name, used in Japanese versions only"""
    post_1: str | None | Unset = UNSET
    """Postal address, used in Japanese versions only"""
    post_2: str | None | Unset = UNSET
    """Postal address, used in Japanese versions only"""
    post_3: str | None | Unset = UNSET
    """Postal address, used in Japanese versions only"""
    email_name: str | None | Unset = UNSET
    """E-mail description"""
    contact_full_name: str | None | Unset = UNSET
    """Company full name + department"""
    active_erp_links: int | Unset = UNSET
    """How many active ERP links are there for this person?"""
    ticket_priority_id: int | Unset = UNSET
    """Ticket priority ID"""
    support_language_id: int | Unset = UNSET
    """Support priority ID"""
    support_associate_id: int | Unset = UNSET
    """Our support contact for this person"""
    category_name: str | None | Unset = UNSET
    """The category list item name"""
    person_number: str | None | Unset = UNSET
    """Alphanumeric user field"""

    def to_xml(self) -> Element:
        return encode_xml_person(None, _PERSON, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Person:
        return record_from_xml(decode_xml_person, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_person(self)

    @classmethod
    def from_json(cls, data: Any) -> Person:
        return record_from_json(decode_json_person, data)


_PERSON_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Position",
        "PersonId",
        "Mrmrs",
        "Firstname",
        "Lastname",
        "MiddleName",
        "Title",
        "Description",
        "Email",
        "FullName",
        "DirectPhone",
        "FormalName",
        "CountryId",
        "ContactId",
        "ContactName",
        "Retired",
        "Rank",
        "ActiveInterests",
        "ContactDepartment",
        "ContactCountryId",
        "ContactOrgNr",
        "FaxPhone",
        "MobilePhone",
        "ContactPhone",
        "AssociateName",
        "AssociateId",
        "UsePersonAddress",
        "ContactFax",
        "Kanafname",
        "Kanalname",
        "Post1",
        "Post2",
        "Post3",
        "EmailName",
        "ContactFullName",
        "ActiveErpLinks",
        "TicketPriorityId",
        "SupportLanguageId",
        "SupportAssociateId",
        "CategoryName",
        "PersonNumber",
    )
)


def decode_xml_person(element: Element) -> Person:
    value = Person()
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
        elif tag == _POSITION:
            value.position = child.text or empty_or_nil(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _MRMRS:
            value.mrmrs = child.text or empty_or_nil(child)
        elif tag == _FIRSTNAME:
            value.firstname = child.text or empty_or_nil(child)
        elif tag == _LASTNAME:
            value.lastname = child.text or empty_or_nil(child)
        elif tag == _MIDDLE_NAME:
            value.middle_name = child.text or empty_or_nil(child)
        elif tag == _TITLE:
            value.title = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _EMAIL:
            value.email = child.text or empty_or_nil(child)
        elif tag == _FULL_NAME:
            value.full_name = child.text or empty_or_nil(child)
        elif tag == _DIRECT_PHONE:
            value.direct_phone = child.text or empty_or_nil(child)
        elif tag == _FORMAL_NAME:
            value.formal_name = child.text or empty_or_nil(child)
        elif tag == _COUNTRY_ID:
            value.country_id = read_int(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        elif tag == _RETIRED:
            value.retired = read_short(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _ACTIVE_INTERESTS:
            value.active_interests = read_short(child)
        elif tag == _CONTACT_DEPARTMENT:
            value.contact_department = child.text or empty_or_nil(child)
        elif tag == _CONTACT_COUNTRY_ID:
            value.contact_country_id = read_int(child)
        elif tag == _CONTACT_ORG_NR:
            value.contact_org_nr = child.text or empty_or_nil(child)
        elif tag == _FAX_PHONE:
            value.fax_phone = child.text or empty_or_nil(child)
        elif tag == _MOBILE_PHONE:
            value.mobile_phone = child.text or empty_or_nil(child)
        elif tag == _CONTACT_PHONE:
            value.contact_phone = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_NAME:
            value.associate_name = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _USE_PERSON_ADDRESS:
            value.use_person_address = read_bool(child)
        elif tag == _CONTACT_FAX:
            value.contact_fax = child.text or empty_or_nil(child)
        elif tag == _KANAFNAME:
            value.kanafname = child.text or empty_or_nil(child)
        elif tag == _KANALNAME:
            value.kanalname = child.text or empty_or_nil(child)
        elif tag == _POST_1:
            value.post_1 = child.text or empty_or_nil(child)
        elif tag == _POST_2:
            value.post_2 = child.text or empty_or_nil(child)
        elif tag == _POST_3:
            value.post_3 = child.text or empty_or_nil(child)
        elif tag == _EMAIL_NAME:
            value.email_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_FULL_NAME:
            value.contact_full_name = child.text or empty_or_nil(child)
        elif tag == _ACTIVE_ERP_LINKS:
            value.active_erp_links = read_int(child)
        elif tag == _TICKET_PRIORITY_ID:
            value.ticket_priority_id = read_int(child)
        elif tag == _SUPPORT_LANGUAGE_ID:
            value.support_language_id = read_int(child)
        elif tag == _SUPPORT_ASSOCIATE_ID:
            value.support_associate_id = read_int(child)
        elif tag == _CATEGORY_NAME:
            value.category_name = child.text or empty_or_nil(child)
        elif tag == _PERSON_NUMBER:
            value.person_number = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_person(parent: Element | None, tag: str, value: Person) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _POSITION, value.position, write_str)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _MRMRS, value.mrmrs, write_str)
    put(element, _FIRSTNAME, value.firstname, write_str)
    put(element, _LASTNAME, value.lastname, write_str)
    put(element, _MIDDLE_NAME, value.middle_name, write_str)
    put(element, _TITLE, value.title, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _EMAIL, value.email, write_str)
    put(element, _FULL_NAME, value.full_name, write_str)
    put(element, _DIRECT_PHONE, value.direct_phone, write_str)
    put(element, _FORMAL_NAME, value.formal_name, write_str)
    put(element, _COUNTRY_ID, value.country_id, write_int)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    put(element, _RETIRED, value.retired, write_short)
    put(element, _RANK, value.rank, write_short)
    put(element, _ACTIVE_INTERESTS, value.active_interests, write_short)
    put(element, _CONTACT_DEPARTMENT, value.contact_department, write_str)
    put(element, _CONTACT_COUNTRY_ID, value.contact_country_id, write_int)
    put(element, _CONTACT_ORG_NR, value.contact_org_nr, write_str)
    put(element, _FAX_PHONE, value.fax_phone, write_str)
    put(element, _MOBILE_PHONE, value.mobile_phone, write_str)
    put(element, _CONTACT_PHONE, value.contact_phone, write_str)
    put(element, _ASSOCIATE_NAME, value.associate_name, write_str)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _USE_PERSON_ADDRESS, value.use_person_address, write_bool)
    put(element, _CONTACT_FAX, value.contact_fax, write_str)
    put(element, _KANAFNAME, value.kanafname, write_str)
    put(element, _KANALNAME, value.kanalname, write_str)
    put(element, _POST_1, value.post_1, write_str)
    put(element, _POST_2, value.post_2, write_str)
    put(element, _POST_3, value.post_3, write_str)
    put(element, _EMAIL_NAME, value.email_name, write_str)
    put(element, _CONTACT_FULL_NAME, value.contact_full_name, write_str)
    put(element, _ACTIVE_ERP_LINKS, value.active_erp_links, write_int)
    put(element, _TICKET_PRIORITY_ID, value.ticket_priority_id, write_int)
    put(element, _SUPPORT_LANGUAGE_ID, value.support_language_id, write_int)
    put(element, _SUPPORT_ASSOCIATE_ID, value.support_associate_id, write_int)
    put(element, _CATEGORY_NAME, value.category_name, write_str)
    put(element, _PERSON_NUMBER, value.person_number, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_person(data: Any, path: str) -> Person:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Person)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.position = take_str_nillable(data, "Position", path)
    value.person_id = take_int(data, "PersonId", path)
    value.mrmrs = take_str_nillable(data, "Mrmrs", path)
    value.firstname = take_str_nillable(data, "Firstname", path)
    value.lastname = take_str_nillable(data, "Lastname", path)
    value.middle_name = take_str_nillable(data, "MiddleName", path)
    value.title = take_str_nillable(data, "Title", path)
    value.description = take_str_nillable(data, "Description", path)
    value.email = take_str_nillable(data, "Email", path)
    value.full_name = take_str_nillable(data, "FullName", path)
    value.direct_phone = take_str_nillable(data, "DirectPhone", path)
    value.formal_name = take_str_nillable(data, "FormalName", path)
    value.country_id = take_int(data, "CountryId", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.retired = take(data, "Retired", path, json_short)
    value.rank = take(data, "Rank", path, json_short)
    value.active_interests = take(data, "ActiveInterests", path, json_short)
    value.contact_department = take_str_nillable(data, "ContactDepartment", path)
    value.contact_country_id = take_int(data, "ContactCountryId", path)
    value.contact_org_nr = take_str_nillable(data, "ContactOrgNr", path)
    value.fax_phone = take_str_nillable(data, "FaxPhone", path)
    value.mobile_phone = take_str_nillable(data, "MobilePhone", path)
    value.contact_phone = take_str_nillable(data, "ContactPhone", path)
    value.associate_name = take_str_nillable(data, "AssociateName", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.use_person_address = take_bool(data, "UsePersonAddress", path)
    value.contact_fax = take_str_nillable(data, "ContactFax", path)
    value.kanafname = take_str_nillable(data, "Kanafname", path)
    value.kanalname = take_str_nillable(data, "Kanalname", path)
    value.post_1 = take_str_nillable(data, "Post1", path)
    value.post_2 = take_str_nillable(data, "Post2", path)
    value.post_3 = take_str_nillable(data, "Post3", path)
    value.email_name = take_str_nillable(data, "EmailName", path)
    value.contact_full_name = take_str_nillable(data, "ContactFullName", path)
    value.active_erp_links = take_int(data, "ActiveErpLinks", path)
    value.ticket_priority_id = take_int(data, "TicketPriorityId", path)
    value.support_language_id = take_int(data, "SupportLanguageId", path)
    value.support_associate_id = take_int(data, "SupportAssociateId", path)
    value.category_name = take_str_nillable(data, "CategoryName", path)
    value.person_number = take_str_nillable(data, "PersonNumber", path)
    value.extra = None if _PERSON_KEYS.issuperset(data) else json_extra(data, _PERSON_KEYS)
    return value


def encode_json_person(value: Person) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Position", value.position, json_write_str)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "Mrmrs", value.mrmrs, json_write_str)
    put_json(result, "Firstname", value.firstname, json_write_str)
    put_json(result, "Lastname", value.lastname, json_write_str)
    put_json(result, "MiddleName", value.middle_name, json_write_str)
    put_json(result, "Title", value.title, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Email", value.email, json_write_str)
    put_json(result, "FullName", value.full_name, json_write_str)
    put_json(result, "DirectPhone", value.direct_phone, json_write_str)
    put_json(result, "FormalName", value.formal_name, json_write_str)
    put_json(result, "CountryId", value.country_id, json_write_int)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "ContactName", value.contact_name, json_write_str)
    put_json(result, "Retired", value.retired, json_write_short)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "ActiveInterests", value.active_interests, json_write_short)
    put_json(result, "ContactDepartment", value.contact_department, json_write_str)
    put_json(result, "ContactCountryId", value.contact_country_id, json_write_int)
    put_json(result, "ContactOrgNr", value.contact_org_nr, json_write_str)
    put_json(result, "FaxPhone", value.fax_phone, json_write_str)
    put_json(result, "MobilePhone", value.mobile_phone, json_write_str)
    put_json(result, "ContactPhone", value.contact_phone, json_write_str)
    put_json(result, "AssociateName", value.associate_name, json_write_str)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "UsePersonAddress", value.use_person_address, json_write_bool)
    put_json(result, "ContactFax", value.contact_fax, json_write_str)
    put_json(result, "Kanafname", value.kanafname, json_write_str)
    put_json(result, "Kanalname", value.kanalname, json_write_str)
    put_json(result, "Post1", value.post_1, json_write_str)
    put_json(result, "Post2", value.post_2, json_write_str)
    put_json(result, "Post3", value.post_3, json_write_str)
    put_json(result, "EmailName", value.email_name, json_write_str)
    put_json(result, "ContactFullName", value.contact_full_name, json_write_str)
    put_json(result, "ActiveErpLinks", value.active_erp_links, json_write_int)
    put_json(result, "TicketPriorityId", value.ticket_priority_id, json_write_int)
    put_json(result, "SupportLanguageId", value.support_language_id, json_write_int)
    put_json(result, "SupportAssociateId", value.support_associate_id, json_write_int)
    put_json(result, "CategoryName", value.category_name, json_write_str)
    put_json(result, "PersonNumber", value.person_number, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PERSON_CODEC = Codec(decode_xml_person, encode_xml_person, decode_json_person, encode_json_person)


def decode_xml_list_of_person(element: Element) -> list[Person | None]:
    """``ArrayOfPerson``: a list of ``Person`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_person(child))
        for child in element
        if child.tag == _PERSON
    ]


def encode_xml_list_of_person(
    parent: Element | None, tag: str, value: list[Person | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PERSON, item, encode_xml_person)
    return element


def decode_json_list_of_person(data: Any, path: str) -> list[Person | None]:
    return json_items_nillable(data, path, decode_json_person)


def encode_json_list_of_person(value: list[Person | None]) -> list[Any]:
    return [(None if item is None else encode_json_person(item)) for item in value]


LIST_OF_PERSON_CODEC = Codec(
    decode_xml_list_of_person,
    encode_xml_list_of_person,
    decode_json_list_of_person,
    encode_json_list_of_person,
)
