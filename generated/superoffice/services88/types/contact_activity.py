"""Services88 types: ArrayOfContactActivity, ContactActivity.

Used by the Contact agent.
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
from .contact_action import (
    ContactAction,
    decode_json_contact_action,
    decode_xml_contact_action,
    encode_json_contact_action,
    encode_xml_contact_action,
)
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

_ACTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Action"
_ACTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActionId"
_ACTION_TIME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActionTime"
_ACTIVITY_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActivityPersonId"
_ACTIVITY_PERSON_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ActivityPersonName"
)
_ASSOCIATE_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateFullName"
_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_CATEGORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Category"
_CONTACT_ACTIVITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactActivity"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_DEPARTMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Department"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_ORG_NR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OrgNr"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}URL"


@dataclasses.dataclass(kw_only=True, repr=False)
class ContactActivity(Carrier):
    """Carrier object for ContactActivity. Services for the ContactActivity Carrier is available
    from the Contact Agent.
    """

    contact_id: int | Unset = UNSET
    """Primary key"""
    department: str | None | Unset = UNSET
    """Department"""
    org_nr: str | None | Unset = UNSET
    """VAT number or similar"""
    name: str | None | Unset = UNSET
    """Contact name"""
    url: str | None | Unset = UNSET
    """URL address"""
    associate_full_name: str | None | Unset = UNSET
    """The contact's owner"""
    action: ContactAction | str | Unset = UNSET
    """The activity that has occured on this contact."""
    action_time: datetime.datetime | Unset = UNSET
    """The time of the activity. If more than one activity has occured on the contact, the last
    activity time is shown.
    """
    category: str | None | Unset = UNSET
    """The contact category."""
    activity_person_name: str | None | Unset = UNSET
    """The person that carried out the activity on the contact."""
    action_id: int | Unset = UNSET
    """Id of the last element an activity was found on. I.e. AppointmentId, ContactId, or PersonId"""
    person_id: int | Unset = UNSET
    """The person id"""
    activity_person_id: int | Unset = UNSET
    """Id of the person causing the activity."""
    associate_id: int | Unset = UNSET
    """Our contact"""

    def to_xml(self) -> Element:
        return encode_xml_contact_activity(None, _CONTACT_ACTIVITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ContactActivity:
        return record_from_xml(decode_xml_contact_activity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_contact_activity(self)

    @classmethod
    def from_json(cls, data: Any) -> ContactActivity:
        return record_from_json(decode_json_contact_activity, data)


_CONTACT_ACTIVITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ContactId",
        "Department",
        "OrgNr",
        "Name",
        "URL",
        "AssociateFullName",
        "Action",
        "ActionTime",
        "Category",
        "ActivityPersonName",
        "ActionId",
        "PersonId",
        "ActivityPersonId",
        "AssociateId",
    )
)


def decode_xml_contact_activity(element: Element) -> ContactActivity:
    value = ContactActivity()
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
        elif tag == _DEPARTMENT:
            value.department = child.text or empty_or_nil(child)
        elif tag == _ORG_NR:
            value.org_nr = child.text or empty_or_nil(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _URL:
            value.url = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_FULL_NAME:
            value.associate_full_name = child.text or empty_or_nil(child)
        elif tag == _ACTION:
            value.action = decode_xml_contact_action(child)
        elif tag == _ACTION_TIME:
            value.action_time = read_datetime(child)
        elif tag == _CATEGORY:
            value.category = child.text or empty_or_nil(child)
        elif tag == _ACTIVITY_PERSON_NAME:
            value.activity_person_name = child.text or empty_or_nil(child)
        elif tag == _ACTION_ID:
            value.action_id = read_int(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _ACTIVITY_PERSON_ID:
            value.activity_person_id = read_int(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_contact_activity(
    parent: Element | None, tag: str, value: ContactActivity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _DEPARTMENT, value.department, write_str)
    put(element, _ORG_NR, value.org_nr, write_str)
    put(element, _NAME, value.name, write_str)
    put(element, _URL, value.url, write_str)
    put(element, _ASSOCIATE_FULL_NAME, value.associate_full_name, write_str)
    put(element, _ACTION, value.action, encode_xml_contact_action)
    put(element, _ACTION_TIME, value.action_time, write_datetime)
    put(element, _CATEGORY, value.category, write_str)
    put(element, _ACTIVITY_PERSON_NAME, value.activity_person_name, write_str)
    put(element, _ACTION_ID, value.action_id, write_int)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _ACTIVITY_PERSON_ID, value.activity_person_id, write_int)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_contact_activity(data: Any, path: str) -> ContactActivity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ContactActivity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.contact_id = take_int(data, "ContactId", path)
    value.department = take_str_nillable(data, "Department", path)
    value.org_nr = take_str_nillable(data, "OrgNr", path)
    value.name = take_str_nillable(data, "Name", path)
    value.url = take_str_nillable(data, "URL", path)
    value.associate_full_name = take_str_nillable(data, "AssociateFullName", path)
    value.action = take(data, "Action", path, decode_json_contact_action)
    value.action_time = take(data, "ActionTime", path, json_datetime)
    value.category = take_str_nillable(data, "Category", path)
    value.activity_person_name = take_str_nillable(data, "ActivityPersonName", path)
    value.action_id = take_int(data, "ActionId", path)
    value.person_id = take_int(data, "PersonId", path)
    value.activity_person_id = take_int(data, "ActivityPersonId", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.extra = (
        None
        if _CONTACT_ACTIVITY_KEYS.issuperset(data)
        else json_extra(data, _CONTACT_ACTIVITY_KEYS)
    )
    return value


def encode_json_contact_activity(value: ContactActivity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "Department", value.department, json_write_str)
    put_json(result, "OrgNr", value.org_nr, json_write_str)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "URL", value.url, json_write_str)
    put_json(result, "AssociateFullName", value.associate_full_name, json_write_str)
    put_json(result, "Action", value.action, encode_json_contact_action)
    put_json(result, "ActionTime", value.action_time, json_write_datetime)
    put_json(result, "Category", value.category, json_write_str)
    put_json(result, "ActivityPersonName", value.activity_person_name, json_write_str)
    put_json(result, "ActionId", value.action_id, json_write_int)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "ActivityPersonId", value.activity_person_id, json_write_int)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CONTACT_ACTIVITY_CODEC = Codec(
    decode_xml_contact_activity,
    encode_xml_contact_activity,
    decode_json_contact_activity,
    encode_json_contact_activity,
)


def decode_xml_list_of_contact_activity(element: Element) -> list[ContactActivity | None]:
    """``ArrayOfContactActivity``: a list of ``ContactActivity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_contact_activity(child))
        for child in element
        if child.tag == _CONTACT_ACTIVITY
    ]


def encode_xml_list_of_contact_activity(
    parent: Element | None, tag: str, value: list[ContactActivity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CONTACT_ACTIVITY, item, encode_xml_contact_activity)
    return element


def decode_json_list_of_contact_activity(data: Any, path: str) -> list[ContactActivity | None]:
    return json_items_nillable(data, path, decode_json_contact_activity)


def encode_json_list_of_contact_activity(value: list[ContactActivity | None]) -> list[Any]:
    return [(None if item is None else encode_json_contact_activity(item)) for item in value]


LIST_OF_CONTACT_ACTIVITY_CODEC = Codec(
    decode_xml_list_of_contact_activity,
    encode_xml_list_of_contact_activity,
    decode_json_list_of_contact_activity,
    encode_json_list_of_contact_activity,
)
