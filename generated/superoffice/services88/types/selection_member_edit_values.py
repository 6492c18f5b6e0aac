"""Services88 types: SelectionMemberEditValues.

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
    empty_or_nil,
    json_extra,
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

_CHANGE_COMPANY_BUSINESS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangeCompanyBusiness"
)
_CHANGE_COMPANY_CATEGORY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangeCompanyCategory"
)
_CHANGE_COMPANY_CODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangeCompanyCode"
_CHANGE_COMPANY_COUNTRY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangeCompanyCountry"
)
_CHANGE_COMPANY_DEPARTMENT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangeCompanyDepartment"
)
_CHANGE_COMPANY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangeCompanyName"
_CHANGE_COMPANY_NUMBER = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangeCompanyNumber"
)
_CHANGE_COMPANY_ORG_NR = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangeCompanyOrgNr"
)
_CHANGE_COMPANY_OUR_CONTACT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangeCompanyOurContact"
)
_CHANGE_CONTACT_JOB_TITLE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangeContactJobTitle"
)
_CHANGE_CONTACT_POSITION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ChangeContactPosition"
)
_COMPANY_BUSINESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CompanyBusiness"
_COMPANY_CATEGORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CompanyCategory"
_COMPANY_CODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CompanyCode"
_COMPANY_COUNTRY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CompanyCountry"
_COMPANY_DEPARTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CompanyDepartment"
_COMPANY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CompanyName"
_COMPANY_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CompanyNumber"
_COMPANY_ORG_NR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CompanyOrgNr"
_COMPANY_OUR_CONTACT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CompanyOurContact"
_CONTACT_JOB_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactJobTitle"
_CONTACT_POSITION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactPosition"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_SELECTION_MEMBER_EDIT_VALUES = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectionMemberEditValues"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class SelectionMemberEditValues(Carrier):
    """A class representing values to change when changing company and contact details from the
    Edit Company Details task for selections.

    Carrier object for SelectionMemberEditValues.
    """

    company_category: int | Unset = UNSET
    """Contains new value for the company category."""
    company_business: int | Unset = UNSET
    """Contains new value for company business."""
    company_our_contact: int | Unset = UNSET
    """Contains new value for company, our contact."""
    company_name: str | None | Unset = UNSET
    """Contains new value for company name."""
    company_department: str | None | Unset = UNSET
    """Contains new value for the company department."""
    company_number: str | None | Unset = UNSET
    """Contains new value for the company number."""
    company_code: str | None | Unset = UNSET
    """Contains new value for the company code."""
    contact_position: int | Unset = UNSET
    """Contains new value for the contact position."""
    change_company_category: bool | Unset = UNSET
    """If true, the category of the company will be changed."""
    change_company_business: bool | Unset = UNSET
    """If true, the business of the company will change."""
    change_company_our_contact: bool | Unset = UNSET
    """If true, the our contact of the company will change."""
    change_company_name: bool | Unset = UNSET
    """If true, the name of the company will change."""
    change_company_department: bool | Unset = UNSET
    """If true, the department of the company will change."""
    change_company_number: bool | Unset = UNSET
    """If true, the number of the company will change."""
    change_company_code: bool | Unset = UNSET
    """If true, the code of the company will change."""
    change_contact_position: bool | Unset = UNSET
    """If true, the position of the contact will change."""
    company_country: int | Unset = UNSET
    """Contains new value for the company country."""
    change_company_country: bool | Unset = UNSET
    """If true, the country of the company will change."""
    contact_job_title: str | None | Unset = UNSET
    """Contains new value for the contact VAT number."""
    change_contact_job_title: bool | Unset = UNSET
    """If true, the VAT number of the contact will change."""
    company_org_nr: str | None | Unset = UNSET
    """Contains new value for the company VAT number."""
    change_company_org_nr: bool | Unset = UNSET
    """If true, the VAT number of the company will change."""

    def to_xml(self) -> Element:
        return encode_xml_selection_member_edit_values(None, _SELECTION_MEMBER_EDIT_VALUES, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SelectionMemberEditValues:
        return record_from_xml(decode_xml_selection_member_edit_values, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_selection_member_edit_values(self)

    @classmethod
    def from_json(cls, data: Any) -> SelectionMemberEditValues:
        return record_from_json(decode_json_selection_member_edit_values, data)


_SELECTION_MEMBER_EDIT_VALUES_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "CompanyCategory",
        "CompanyBusiness",
        "CompanyOurContact",
        "CompanyName",
        "CompanyDepartment",
        "CompanyNumber",
        "CompanyCode",
        "ContactPosition",
        "ChangeCompanyCategory",
        "ChangeCompanyBusiness",
        "ChangeCompanyOurContact",
        "ChangeCompanyName",
        "ChangeCompanyDepartment",
        "ChangeCompanyNumber",
        "ChangeCompanyCode",
        "ChangeContactPosition",
        "CompanyCountry",
        "ChangeCompanyCountry",
        "ContactJobTitle",
        "ChangeContactJobTitle",
        "CompanyOrgNr",
        "ChangeCompanyOrgNr",
    )
)


def decode_xml_selection_member_edit_values(element: Element) -> SelectionMemberEditValues:
    value = SelectionMemberEditValues()
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
        elif tag == _COMPANY_CATEGORY:
            value.company_category = read_int(child)
        elif tag == _COMPANY_BUSINESS:
            value.company_business = read_int(child)
        elif tag == _COMPANY_OUR_CONTACT:
            value.company_our_contact = read_int(child)
        elif tag == _COMPANY_NAME:
            value.company_name = child.text or empty_or_nil(child)
        elif tag == _COMPANY_DEPARTMENT:
            value.company_department = child.text or empty_or_nil(child)
        elif tag == _COMPANY_NUMBER:
            value.company_number = child.text or empty_or_nil(child)
        elif tag == _COMPANY_CODE:
            value.company_code = child.text or empty_or_nil(child)
        elif tag == _CONTACT_POSITION:
            value.contact_position = read_int(child)
        elif tag == _CHANGE_COMPANY_CATEGORY:
            value.change_company_category = read_bool(child)
        elif tag == _CHANGE_COMPANY_BUSINESS:
            value.change_company_business = read_bool(child)
        elif tag == _CHANGE_COMPANY_OUR_CONTACT:
            value.change_company_our_contact = read_bool(child)
        elif tag == _CHANGE_COMPANY_NAME:
            value.change_company_name = read_bool(child)
        elif tag == _CHANGE_COMPANY_DEPARTMENT:
            value.change_company_department = read_bool(child)
        elif tag == _CHANGE_COMPANY_NUMBER:
            value.change_company_number = read_bool(child)
        elif tag == _CHANGE_COMPANY_CODE:
            value.change_company_code = read_bool(child)
        elif tag == _CHANGE_CONTACT_POSITION:
            value.change_contact_position = read_bool(child)
        elif tag == _COMPANY_COUNTRY:
            value.company_country = read_int(child)
        elif tag == _CHANGE_COMPANY_COUNTRY:
            value.change_company_country = read_bool(child)
        elif tag == _CONTACT_JOB_TITLE:
            value.contact_job_title = child.text or empty_or_nil(child)
        elif tag == _CHANGE_CONTACT_JOB_TITLE:
            value.change_contact_job_title = read_bool(child)
        elif tag == _COMPANY_ORG_NR:
            value.company_org_nr = child.text or empty_or_nil(child)
        elif tag == _CHANGE_COMPANY_ORG_NR:
            value.change_company_org_nr = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_selection_member_edit_values(
    parent: Element | None, tag: str, value: SelectionMemberEditValues
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _COMPANY_CATEGORY, value.company_category, write_int)
    put(element, _COMPANY_BUSINESS, value.company_business, write_int)
    put(element, _COMPANY_OUR_CONTACT, value.company_our_contact, write_int)
    put(element, _COMPANY_NAME, value.company_name, write_str)
    put(element, _COMPANY_DEPARTMENT, value.company_department, write_str)
    put(element, _COMPANY_NUMBER, value.company_number, write_str)
    put(element, _COMPANY_CODE, value.company_code, write_str)
    put(element, _CONTACT_POSITION, value.contact_position, write_int)
    put(element, _CHANGE_COMPANY_CATEGORY, value.change_company_category, write_bool)
    put(element, _CHANGE_COMPANY_BUSINESS, value.change_company_business, write_bool)
    put(element, _CHANGE_COMPANY_OUR_CONTACT, value.change_company_our_contact, write_bool)
    put(element, _CHANGE_COMPANY_NAME, value.change_company_name, write_bool)
    put(element, _CHANGE_COMPANY_DEPARTMENT, value.change_company_department, write_bool)
    put(element, _CHANGE_COMPANY_NUMBER, value.change_company_number, write_bool)
    put(element, _CHANGE_COMPANY_CODE, value.change_company_code, write_bool)
    put(element, _CHANGE_CONTACT_POSITION, value.change_contact_position, write_bool)
    put(element, _COMPANY_COUNTRY, value.company_country, write_int)
    put(element, _CHANGE_COMPANY_COUNTRY, value.change_company_country, write_bool)
    put(element, _CONTACT_JOB_TITLE, value.contact_job_title, write_str)
    put(element, _CHANGE_CONTACT_JOB_TITLE, value.change_contact_job_title, write_bool)
    put(element, _COMPANY_ORG_NR, value.company_org_nr, write_str)
    put(element, _CHANGE_COMPANY_ORG_NR, value.change_company_org_nr, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_selection_member_edit_values(data: Any, path: str) -> SelectionMemberEditValues:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SelectionMemberEditValues)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.company_category = take_int(data, "CompanyCategory", path)
    value.company_business = take_int(data, "CompanyBusiness", path)
    value.company_our_contact = take_int(data, "CompanyOurContact", path)
    value.company_name = take_str_nillable(data, "CompanyName", path)
    value.company_department = take_str_nillable(data, "CompanyDepartment", path)
    value.company_number = take_str_nillable(data, "CompanyNumber", path)
    value.company_code = take_str_nillable(data, "CompanyCode", path)
    value.contact_position = take_int(data, "ContactPosition", path)
    value.change_company_category = take_bool(data, "ChangeCompanyCategory", path)
    value.change_company_business = take_bool(data, "ChangeCompanyBusiness", path)
    value.change_company_our_contact = take_bool(data, "ChangeCompanyOurContact", path)
    value.change_company_name = take_bool(data, "ChangeCompanyName", path)
    value.change_company_department = take_bool(data, "ChangeCompanyDepartment", path)
    value.change_company_number = take_bool(data, "ChangeCompanyNumber", path)
    value.change_company_code = take_bool(data, "ChangeCompanyCode", path)
    value.change_contact_position = take_bool(data, "ChangeContactPosition", path)
    value.company_country = take_int(data, "CompanyCountry", path)
    value.change_company_country = take_bool(data, "ChangeCompanyCountry", path)
    value.contact_job_title = take_str_nillable(data, "ContactJobTitle", path)
    value.change_contact_job_title = take_bool(data, "ChangeContactJobTitle", path)
    value.company_org_nr = take_str_nillable(data, "CompanyOrgNr", path)
    value.change_company_org_nr = take_bool(data, "ChangeCompanyOrgNr", path)
    value.extra = (
        None
        if _SELECTION_MEMBER_EDIT_VALUES_KEYS.issuperset(data)
        else json_extra(data, _SELECTION_MEMBER_EDIT_VALUES_KEYS)
    )
    return value


def encode_json_selection_member_edit_values(value: SelectionMemberEditValues) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "CompanyCategory", value.company_category, json_write_int)
    put_json(result, "CompanyBusiness", value.company_business, json_write_int)
    put_json(result, "CompanyOurContact", value.company_our_contact, json_write_int)
    put_json(result, "CompanyName", value.company_name, json_write_str)
    put_json(result, "CompanyDepartment", value.company_department, json_write_str)
    put_json(result, "CompanyNumber", value.company_number, json_write_str)
    put_json(result, "CompanyCode", value.company_code, json_write_str)
    put_json(result, "ContactPosition", value.contact_position, json_write_int)
    put_json(result, "ChangeCompanyCategory", value.change_company_category, json_write_bool)
    put_json(result, "ChangeCompanyBusiness", value.change_company_business, json_write_bool)
    put_json(result, "ChangeCompanyOurContact", value.change_company_our_contact, json_write_bool)
    put_json(result, "ChangeCompanyName", value.change_company_name, json_write_bool)
    put_json(result, "ChangeCompanyDepartment", value.change_company_department, json_write_bool)
    put_json(result, "ChangeCompanyNumber", value.change_company_number, json_write_bool)
    put_json(result, "ChangeCompanyCode", value.change_company_code, json_write_bool)
    put_json(result, "ChangeContactPosition", value.change_contact_position, json_write_bool)
    put_json(result, "CompanyCountry", value.company_country, json_write_int)
    put_json(result, "ChangeCompanyCountry", value.change_company_country, json_write_bool)
    put_json(result, "ContactJobTitle", value.contact_job_title, json_write_str)
    put_json(result, "ChangeContactJobTitle", value.change_contact_job_title, json_write_bool)
    put_json(result, "CompanyOrgNr", value.company_org_nr, json_write_str)
    put_json(result, "ChangeCompanyOrgNr", value.change_company_org_nr, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SELECTION_MEMBER_EDIT_VALUES_CODEC = Codec(
    decode_xml_selection_member_edit_values,
    encode_xml_selection_member_edit_values,
    decode_json_selection_member_edit_values,
    encode_json_selection_member_edit_values,
)
