"""Services88 types: ArrayOfProjectMember, ProjectMember.

Used by the Project agent.
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
    json_items_nillable,
    json_object,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
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

_COMMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Comment"
_CONTACT_DEPARTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactDepartment"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_COUNTRY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CountryId"
_EMAIL_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailAddress"
_EMAIL_ADDRESS_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailAddressName"
_EMAIL_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FIRSTNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Firstname"
_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FullName"
_LASTNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Lastname"
_MIDDLE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MiddleName"
_MRMRS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Mrmrs"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PHONE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Phone"
_PHONE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PhoneId"
_PROJECTMEMBER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectmemberId"
_PROJECT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectId"
_PROJECT_MEMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectMember"
_PROJECT_MEMBER_TYPE_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectMemberTypeId"
)
_PROJECT_MEMBER_TYPE_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectMemberTypeName"
)
_PROJECT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectName"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"


@dataclasses.dataclass(kw_only=True, repr=False)
class ProjectMember(Carrier):
    """A person can be a member of multiple projects, with a different comment and member type in
    each project.

    Carrier object for ProjectMember. Services for the ProjectMember Carrier is available from
    the Project Agent.
    """

    projectmember_id: int | Unset = UNSET
    """Primary key"""
    contact_id: int | Unset = UNSET
    """Contact ID of person who is the project member"""
    project_id: int | Unset = UNSET
    """Parent project - the project this project member belongs to."""
    contact_name: str | None | Unset = UNSET
    """Contact name"""
    contact_department: str | None | Unset = UNSET
    """Contact department"""
    project_name: str | None | Unset = UNSET
    """Name of the project this project member belongs to."""
    email_id: int | Unset = UNSET
    """The person's email address id"""
    email_address: str | None | Unset = UNSET
    """The e-mail address"""
    country_id: int | Unset = UNSET
    """Country"""
    firstname: str | None | Unset = UNSET
    """First name"""
    middle_name: str | None | Unset = UNSET
    """Middle name or 'van' etc."""
    lastname: str | None | Unset = UNSET
    """Last name"""
    person_id: int | Unset = UNSET
    """The person's id - primary key"""
    mrmrs: str | None | Unset = UNSET
    """e.g. Mrs, Dr, Ms."""
    project_member_type_name: str | None | Unset = UNSET
    """The projectmembers type name: 'secretary', 'member', etc."""
    phone: str | None | Unset = UNSET
    """Phone number"""
    phone_id: int | Unset = UNSET
    """The phone id"""
    project_member_type_id: int | Unset = UNSET
    """ProjectMember Type Id - from the ProjectMemberType list.

    Use MDO List name "PMembType" to get list items.
    """
    email_address_name: str | None | Unset = UNSET
    """The e-mail address description"""
    comment: str | None | Unset = UNSET
    """Comment text on the project membership"""
    full_name: str | None | Unset = UNSET
    """The person's full name localized to the current culture/country. (internal name used in
    clients for employees)
    """
    registered: datetime.datetime | Unset = UNSET
    """The date and time when the project member was registered in UTC."""
    updated: datetime.datetime | Unset = UNSET
    """The date and time when the project member was last updated in UTC."""

    def to_xml(self) -> Element:
        return encode_xml_project_member(None, _PROJECT_MEMBER, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ProjectMember:
        return record_from_xml(decode_xml_project_member, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_project_member(self)

    @classmethod
    def from_json(cls, data: Any) -> ProjectMember:
        return record_from_json(decode_json_project_member, data)


_PROJECT_MEMBER_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ProjectmemberId",
        "ContactId",
        "ProjectId",
        "ContactName",
        "ContactDepartment",
        "ProjectName",
        "EmailId",
        "EmailAddress",
        "CountryId",
        "Firstname",
        "MiddleName",
        "Lastname",
        "PersonId",
        "Mrmrs",
        "ProjectMemberTypeName",
        "Phone",
        "PhoneId",
        "ProjectMemberTypeId",
        "EmailAddressName",
        "Comment",
        "FullName",
        "Registered",
        "Updated",
    )
)


def decode_xml_project_member(element: Element) -> ProjectMember:
    value = ProjectMember()
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
        elif tag == _PROJECTMEMBER_ID:
            value.projectmember_id = read_int(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _PROJECT_ID:
            value.project_id = read_int(child)
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_DEPARTMENT:
            value.contact_department = child.text or empty_or_nil(child)
        elif tag == _PROJECT_NAME:
            value.project_name = child.text or empty_or_nil(child)
        elif tag == _EMAIL_ID:
            value.email_id = read_int(child)
        elif tag == _EMAIL_ADDRESS:
            value.email_address = child.text or empty_or_nil(child)
        elif tag == _COUNTRY_ID:
            value.country_id = read_int(child)
        elif tag == _FIRSTNAME:
            value.firstname = child.text or empty_or_nil(child)
        elif tag == _MIDDLE_NAME:
            value.middle_name = child.text or empty_or_nil(child)
        elif tag == _LASTNAME:
            value.lastname = child.text or empty_or_nil(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _MRMRS:
            value.mrmrs = child.text or empty_or_nil(child)
        elif tag == _PROJECT_MEMBER_TYPE_NAME:
            value.project_member_type_name = child.text or empty_or_nil(child)
        elif tag == _PHONE:
            value.phone = child.text or empty_or_nil(child)
        elif tag == _PHONE_ID:
            value.phone_id = read_int(child)
        elif tag == _PROJECT_MEMBER_TYPE_ID:
            value.project_member_type_id = read_int(child)
        elif tag == _EMAIL_ADDRESS_NAME:
            value.email_address_name = child.text or empty_or_nil(child)
        elif tag == _COMMENT:
            value.comment = child.text or empty_or_nil(child)
        elif tag == _FULL_NAME:
            value.full_name = child.text or empty_or_nil(child)
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_project_member(parent: Element | None, tag: str, value: ProjectMember) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PROJECTMEMBER_ID, value.projectmember_id, write_int)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _PROJECT_ID, value.project_id, write_int)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    put(element, _CONTACT_DEPARTMENT, value.contact_department, write_str)
    put(element, _PROJECT_NAME, value.project_name, write_str)
    put(element, _EMAIL_ID, value.email_id, write_int)
    put(element, _EMAIL_ADDRESS, value.email_address, write_str)
    put(element, _COUNTRY_ID, value.country_id, write_int)
    put(element, _FIRSTNAME, value.firstname, write_str)
    put(element, _MIDDLE_NAME, value.middle_name, write_str)
    put(element, _LASTNAME, value.lastname, write_str)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _MRMRS, value.mrmrs, write_str)
    put(element, _PROJECT_MEMBER_TYPE_NAME, value.project_member_type_name, write_str)
    put(element, _PHONE, value.phone, write_str)
    put(element, _PHONE_ID, value.phone_id, write_int)
    put(element, _PROJECT_MEMBER_TYPE_ID, value.project_member_type_id, write_int)
    put(element, _EMAIL_ADDRESS_NAME, value.email_address_name, write_str)
    put(element, _COMMENT, value.comment, write_str)
    put(element, _FULL_NAME, value.full_name, write_str)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _UPDATED, value.updated, write_datetime)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_project_member(data: Any, path: str) -> ProjectMember:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ProjectMember)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.projectmember_id = take_int(data, "ProjectmemberId", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.project_id = take_int(data, "ProjectId", path)
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.contact_department = take_str_nillable(data, "ContactDepartment", path)
    value.project_name = take_str_nillable(data, "ProjectName", path)
    value.email_id = take_int(data, "EmailId", path)
    value.email_address = take_str_nillable(data, "EmailAddress", path)
    value.country_id = take_int(data, "CountryId", path)
    value.firstname = take_str_nillable(data, "Firstname", path)
    value.middle_name = take_str_nillable(data, "MiddleName", path)
    value.lastname = take_str_nillable(data, "Lastname", path)
    value.person_id = take_int(data, "PersonId", path)
    value.mrmrs = take_str_nillable(data, "Mrmrs", path)
    value.project_member_type_name = take_str_nillable(data, "ProjectMemberTypeName", path)
    value.phone = take_str_nillable(data, "Phone", path)
    value.phone_id = take_int(data, "PhoneId", path)
    value.project_member_type_id = take_int(data, "ProjectMemberTypeId", path)
    value.email_address_name = take_str_nillable(data, "EmailAddressName", path)
    value.comment = take_str_nillable(data, "Comment", path)
    value.full_name = take_str_nillable(data, "FullName", path)
    value.registered = take(data, "Registered", path, json_datetime)
    value.updated = take(data, "Updated", path, json_datetime)
    value.extra = (
        None if _PROJECT_MEMBER_KEYS.issuperset(data) else json_extra(data, _PROJECT_MEMBER_KEYS)
    )
    return value


def encode_json_project_member(value: ProjectMember) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ProjectmemberId", value.projectmember_id, json_write_int)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "ProjectId", value.project_id, json_write_int)
    put_json(result, "ContactName", value.contact_name, json_write_str)
    put_json(result, "ContactDepartment", value.contact_department, json_write_str)
    put_json(result, "ProjectName", value.project_name, json_write_str)
    put_json(result, "EmailId", value.email_id, json_write_int)
    put_json(result, "EmailAddress", value.email_address, json_write_str)
    put_json(result, "CountryId", value.country_id, json_write_int)
    put_json(result, "Firstname", value.firstname, json_write_str)
    put_json(result, "MiddleName", value.middle_name, json_write_str)
    put_json(result, "Lastname", value.lastname, json_write_str)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "Mrmrs", value.mrmrs, json_write_str)
    put_json(result, "ProjectMemberTypeName", value.project_member_type_name, json_write_str)
    put_json(result, "Phone", value.phone, json_write_str)
    put_json(result, "PhoneId", value.phone_id, json_write_int)
    put_json(result, "ProjectMemberTypeId", value.project_member_type_id, json_write_int)
    put_json(result, "EmailAddressName", value.email_address_name, json_write_str)
    put_json(result, "Comment", value.comment, json_write_str)
    put_json(result, "FullName", value.full_name, json_write_str)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "Updated", value.updated, json_write_datetime)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PROJECT_MEMBER_CODEC = Codec(
    decode_xml_project_member,
    encode_xml_project_member,
    decode_json_project_member,
    encode_json_project_member,
)


def decode_xml_list_of_project_member(element: Element) -> list[ProjectMember | None]:
    """``ArrayOfProjectMember``: a list of ``ProjectMember`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_project_member(child))
        for child in element
        if child.tag == _PROJECT_MEMBER
    ]


def encode_xml_list_of_project_member(
    parent: Element | None, tag: str, value: list[ProjectMember | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _PROJECT_MEMBER, item, encode_xml_project_member)
    return element


def decode_json_list_of_project_member(data: Any, path: str) -> list[ProjectMember | None]:
    return json_items_nillable(data, path, decode_json_project_member)


def encode_json_list_of_project_member(value: list[ProjectMember | None]) -> list[Any]:
    return [(None if item is None else encode_json_project_member(item)) for item in value]


LIST_OF_PROJECT_MEMBER_CODEC = Codec(
    decode_xml_list_of_project_member,
    encode_xml_list_of_project_member,
    decode_json_list_of_project_member,
    encode_json_list_of_project_member,
)
