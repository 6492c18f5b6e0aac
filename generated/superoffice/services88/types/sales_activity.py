"""Services88 types: SalesActivity.

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
    json_extra,
    json_object,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
)
from .carrier import Carrier
from .contact import (
    Contact,
    decode_json_list_of_contact,
    decode_xml_list_of_contact,
    encode_json_list_of_contact,
    encode_xml_list_of_contact,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .person import (
    Person,
    decode_json_person,
    decode_xml_person,
    encode_json_person,
    encode_xml_person,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_REQUESTED_CONTACTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RequestedContacts"
_REQUESTED_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RequestedPerson"
_SALES_ACTIVITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SalesActivity"
_SALES_REP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SalesRep"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class SalesActivity(Carrier):
    """Carrier object for SalesActivity. Services for the SalesActivity Carrier is available from
    the Appointment Agent.
    """

    requested_contacts: list[Contact | None] | None | Unset = UNSET
    """The companies that match the request"""
    requested_person: Person | None | Unset = UNSET
    """The person that matches the request."""
    sales_rep: Person | None | Unset = UNSET
    """The sales representative for the person that matches the request."""

    def to_xml(self) -> Element:
        return encode_xml_sales_activity(None, _SALES_ACTIVITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SalesActivity:
        return record_from_xml(decode_xml_sales_activity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_sales_activity(self)

    @classmethod
    def from_json(cls, data: Any) -> SalesActivity:
        return record_from_json(decode_json_sales_activity, data)


_SALES_ACTIVITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "RequestedContacts",
        "RequestedPerson",
        "SalesRep",
    )
)


def decode_xml_sales_activity(element: Element) -> SalesActivity:
    value = SalesActivity()
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
        elif tag == _REQUESTED_CONTACTS:
            value.requested_contacts = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_contact(child)
            )
        elif tag == _REQUESTED_PERSON:
            value.requested_person = (
                None if child.get(XSI_NIL) in NIL else decode_xml_person(child)
            )
        elif tag == _SALES_REP:
            value.sales_rep = None if child.get(XSI_NIL) in NIL else decode_xml_person(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_sales_activity(parent: Element | None, tag: str, value: SalesActivity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _REQUESTED_CONTACTS, value.requested_contacts, encode_xml_list_of_contact)
    put(element, _REQUESTED_PERSON, value.requested_person, encode_xml_person)
    put(element, _SALES_REP, value.sales_rep, encode_xml_person)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_sales_activity(data: Any, path: str) -> SalesActivity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SalesActivity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.requested_contacts = take_nillable(
        data, "RequestedContacts", path, decode_json_list_of_contact
    )
    value.requested_person = take_nillable(data, "RequestedPerson", path, decode_json_person)
    value.sales_rep = take_nillable(data, "SalesRep", path, decode_json_person)
    value.extra = (
        None if _SALES_ACTIVITY_KEYS.issuperset(data) else json_extra(data, _SALES_ACTIVITY_KEYS)
    )
    return value


def encode_json_sales_activity(value: SalesActivity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "RequestedContacts", value.requested_contacts, encode_json_list_of_contact)
    put_json(result, "RequestedPerson", value.requested_person, encode_json_person)
    put_json(result, "SalesRep", value.sales_rep, encode_json_person)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SALES_ACTIVITY_CODEC = Codec(
    decode_xml_sales_activity,
    encode_xml_sales_activity,
    decode_json_sales_activity,
    encode_json_sales_activity,
)
