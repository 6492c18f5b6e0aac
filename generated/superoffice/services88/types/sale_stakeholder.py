"""Services88 types: ArrayOfSaleStakeholder, SaleStakeholder.

Used by the Sale agent.
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
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
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

_COMMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Comment"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_COUNTRY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CountryId"
_EMAIL_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailAddress"
_EMAIL_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailDescription"
_EMAIL_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FIRSTNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Firstname"
_LASTNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Lastname"
_MIDDLE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MiddleName"
_MRMRS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Mrmrs"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PHONE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Phone"
_PHONE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PhoneId"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_SALE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleId"
_SALE_STAKEHOLDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleStakeholder"
_SALE_STAKEHOLDER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleStakeholderId"
_STAKEHOLDER_ROLE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StakeholderRoleId"
_STAKEHOLDER_ROLE_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}StakeholderRoleName"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class SaleStakeholder(Carrier):
    """Carrier object for SaleStakeholder. Services for the SaleStakeholder Carrier is available
    from the Sale Agent.
    """

    stakeholder_role_name: str | None | Unset = UNSET
    """Stakeholder role name"""
    comment: str | None | Unset = UNSET
    """Optional comment text"""
    stakeholder_role_id: int | Unset = UNSET
    """Stakeholde role list id - Primary key"""
    country_id: int | Unset = UNSET
    """Country id - primary key"""
    person_id: int | Unset = UNSET
    """Person id - Primary key"""
    email_description: str | None | Unset = UNSET
    """E-mail description"""
    email_id: int | Unset = UNSET
    """E-mail address id - Primary key"""
    email_address: str | None | Unset = UNSET
    """E-mail address"""
    phone_id: int | Unset = UNSET
    """Primary key"""
    contact_name: str | None | Unset = UNSET
    """Contact name"""
    contact_id: int | Unset = UNSET
    """Contact ID of person or contact who is the sale stakeholder"""
    sale_id: int | Unset = UNSET
    """Parent sale"""
    mrmrs: str | None | Unset = UNSET
    """e.g. Mrs, Mr, Ms, Dr."""
    firstname: str | None | Unset = UNSET
    """First name"""
    middle_name: str | None | Unset = UNSET
    """Middle name or 'van' etc."""
    lastname: str | None | Unset = UNSET
    """Last name"""
    sale_stakeholder_id: int | Unset = UNSET
    """Primary key"""
    rank: int | Unset = UNSET
    """Rank in list of stakeholders"""
    phone: str | None | Unset = UNSET
    """Phone number"""

    def to_xml(self) -> Element:
        return encode_xml_sale_stakeholder(None, _SALE_STAKEHOLDER, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SaleStakeholder:
        return record_from_xml(decode_xml_sale_stakeholder, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_sale_stakeholder(self)

    @classmethod
    def from_json(cls, data: Any) -> SaleStakeholder:
        return record_from_json(decode_json_sale_stakeholder, data)


_SALE_STAKEHOLDER_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "StakeholderRoleName",
        "Comment",
        "StakeholderRoleId",
        "CountryId",
        "PersonId",
        "EmailDescription",
        "EmailId",
        "EmailAddress",
        "PhoneId",
        "ContactName",
        "ContactId",
        "SaleId",
        "Mrmrs",
        "Firstname",
        "MiddleName",
        "Lastname",
        "SaleStakeholderId",
        "Rank",
        "Phone",
    )
)


def decode_xml_sale_stakeholder(element: Element) -> SaleStakeholder:
    value = SaleStakeholder()
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
        elif tag == _STAKEHOLDER_ROLE_NAME:
            value.stakeholder_role_name = child.text or empty_or_nil(child)
        elif tag == _COMMENT:
            value.comment = child.text or empty_or_nil(child)
        elif tag == _STAKEHOLDER_ROLE_ID:
            value.stakeholder_role_id = read_int(child)
        elif tag == _COUNTRY_ID:
            value.country_id = read_int(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _EMAIL_DESCRIPTION:
            value.email_description = child.text or empty_or_nil(child)
        elif tag == _EMAIL_ID:
            value.email_id = read_int(child)
        elif tag == _EMAIL_ADDRESS:
            value.email_address = child.text or empty_or_nil(child)
        elif tag == _PHONE_ID:
            value.phone_id = read_int(child)
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _SALE_ID:
            value.sale_id = read_int(child)
        elif tag == _MRMRS:
            value.mrmrs = child.text or empty_or_nil(child)
        elif tag == _FIRSTNAME:
            value.firstname = child.text or empty_or_nil(child)
        elif tag == _MIDDLE_NAME:
            value.middle_name = child.text or empty_or_nil(child)
        elif tag == _LASTNAME:
            value.lastname = child.text or empty_or_nil(child)
        elif tag == _SALE_STAKEHOLDER_ID:
            value.sale_stakeholder_id = read_int(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _PHONE:
            value.phone = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_sale_stakeholder(
    parent: Element | None, tag: str, value: SaleStakeholder
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _STAKEHOLDER_ROLE_NAME, value.stakeholder_role_name, write_str)
    put(element, _COMMENT, value.comment, write_str)
    put(element, _STAKEHOLDER_ROLE_ID, value.stakeholder_role_id, write_int)
    put(element, _COUNTRY_ID, value.country_id, write_int)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _EMAIL_DESCRIPTION, value.email_description, write_str)
    put(element, _EMAIL_ID, value.email_id, write_int)
    put(element, _EMAIL_ADDRESS, value.email_address, write_str)
    put(element, _PHONE_ID, value.phone_id, write_int)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _SALE_ID, value.sale_id, write_int)
    put(element, _MRMRS, value.mrmrs, write_str)
    put(element, _FIRSTNAME, value.firstname, write_str)
    put(element, _MIDDLE_NAME, value.middle_name, write_str)
    put(element, _LASTNAME, value.lastname, write_str)
    put(element, _SALE_STAKEHOLDER_ID, value.sale_stakeholder_id, write_int)
    put(element, _RANK, value.rank, write_short)
    put(element, _PHONE, value.phone, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_sale_stakeholder(data: Any, path: str) -> SaleStakeholder:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SaleStakeholder)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.stakeholder_role_name = take_str_nillable(data, "StakeholderRoleName", path)
    value.comment = take_str_nillable(data, "Comment", path)
    value.stakeholder_role_id = take_int(data, "StakeholderRoleId", path)
    value.country_id = take_int(data, "CountryId", path)
    value.person_id = take_int(data, "PersonId", path)
    value.email_description = take_str_nillable(data, "EmailDescription", path)
    value.email_id = take_int(data, "EmailId", path)
    value.email_address = take_str_nillable(data, "EmailAddress", path)
    value.phone_id = take_int(data, "PhoneId", path)
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.sale_id = take_int(data, "SaleId", path)
    value.mrmrs = take_str_nillable(data, "Mrmrs", path)
    value.firstname = take_str_nillable(data, "Firstname", path)
    value.middle_name = take_str_nillable(data, "MiddleName", path)
    value.lastname = take_str_nillable(data, "Lastname", path)
    value.sale_stakeholder_id = take_int(data, "SaleStakeholderId", path)
    value.rank = take(data, "Rank", path, json_short)
    value.phone = take_str_nillable(data, "Phone", path)
    value.extra = (
        None
        if _SALE_STAKEHOLDER_KEYS.issuperset(data)
        else json_extra(data, _SALE_STAKEHOLDER_KEYS)
    )
    return value


def encode_json_sale_stakeholder(value: SaleStakeholder) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "StakeholderRoleName", value.stakeholder_role_name, json_write_str)
    put_json(result, "Comment", value.comment, json_write_str)
    put_json(result, "StakeholderRoleId", value.stakeholder_role_id, json_write_int)
    put_json(result, "CountryId", value.country_id, json_write_int)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "EmailDescription", value.email_description, json_write_str)
    put_json(result, "EmailId", value.email_id, json_write_int)
    put_json(result, "EmailAddress", value.email_address, json_write_str)
    put_json(result, "PhoneId", value.phone_id, json_write_int)
    put_json(result, "ContactName", value.contact_name, json_write_str)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "SaleId", value.sale_id, json_write_int)
    put_json(result, "Mrmrs", value.mrmrs, json_write_str)
    put_json(result, "Firstname", value.firstname, json_write_str)
    put_json(result, "MiddleName", value.middle_name, json_write_str)
    put_json(result, "Lastname", value.lastname, json_write_str)
    put_json(result, "SaleStakeholderId", value.sale_stakeholder_id, json_write_int)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "Phone", value.phone, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SALE_STAKEHOLDER_CODEC = Codec(
    decode_xml_sale_stakeholder,
    encode_xml_sale_stakeholder,
    decode_json_sale_stakeholder,
    encode_json_sale_stakeholder,
)


def decode_xml_list_of_sale_stakeholder(element: Element) -> list[SaleStakeholder | None]:
    """``ArrayOfSaleStakeholder``: a list of ``SaleStakeholder`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_sale_stakeholder(child))
        for child in element
        if child.tag == _SALE_STAKEHOLDER
    ]


def encode_xml_list_of_sale_stakeholder(
    parent: Element | None, tag: str, value: list[SaleStakeholder | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _SALE_STAKEHOLDER, item, encode_xml_sale_stakeholder)
    return element


def decode_json_list_of_sale_stakeholder(data: Any, path: str) -> list[SaleStakeholder | None]:
    return json_items_nillable(data, path, decode_json_sale_stakeholder)


def encode_json_list_of_sale_stakeholder(value: list[SaleStakeholder | None]) -> list[Any]:
    return [(None if item is None else encode_json_sale_stakeholder(item)) for item in value]


LIST_OF_SALE_STAKEHOLDER_CODEC = Codec(
    decode_xml_list_of_sale_stakeholder,
    encode_xml_list_of_sale_stakeholder,
    decode_json_list_of_sale_stakeholder,
    encode_json_list_of_sale_stakeholder,
)
