"""Services88 types: ArrayOfCallerID, CallerID.

Used by the Pocket agent.
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
    json_items_nillable,
    json_long,
    json_object,
    json_short,
    json_write_int,
    json_write_long,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    read_long,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_str_nillable,
    write_int,
    write_long,
    write_short,
    write_str,
)

_CALLER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CallerID"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_DIAL_IN_PREFIX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DialInPrefix"
_MRMRS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Mrmrs"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PERSON_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonName"
_PHONE_NUMBER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PhoneNumber"


@dataclasses.dataclass(kw_only=True, repr=False)
class CallerID(Record):
    """Describes a caller ID for Mobile to lookup phone calls. Can be for a person, or for a
    company, in which case the personId field will be 0

    Carrier object for CallerID. Services for the CallerID Carrier is available from the Pocket
    Agent.
    """

    phone_number: int | Unset = UNSET
    """Phone number, as a long instead of a string, to avoid parsing all the phonenumbers in Mobile
    CRM
    """
    dial_in_prefix: int | Unset = UNSET
    """Prefix for dialing into the country from outside (country code), empty if PhoneNumber
    already contains the country code
    """
    person_id: int | Unset = UNSET
    """Primary key"""
    person_name: str | None | Unset = UNSET
    """Full name of the person"""
    mrmrs: str | None | Unset = UNSET
    """e.g. Mrs sex_title"""
    contact_id: int | Unset = UNSET
    """Primary key"""
    contact_name: str | None | Unset = UNSET
    """Contact name"""

    def to_xml(self) -> Element:
        return encode_xml_caller_id(None, _CALLER_ID, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CallerID:
        return record_from_xml(decode_xml_caller_id, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_caller_id(self)

    @classmethod
    def from_json(cls, data: Any) -> CallerID:
        return record_from_json(decode_json_caller_id, data)


_CALLER_ID_KEYS = frozenset(
    (
        "PhoneNumber",
        "DialInPrefix",
        "PersonId",
        "PersonName",
        "Mrmrs",
        "ContactId",
        "ContactName",
    )
)


def decode_xml_caller_id(element: Element) -> CallerID:
    value = CallerID()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _PHONE_NUMBER:
            value.phone_number = read_long(child)
        elif tag == _DIAL_IN_PREFIX:
            value.dial_in_prefix = read_short(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _PERSON_NAME:
            value.person_name = child.text or empty_or_nil(child)
        elif tag == _MRMRS:
            value.mrmrs = child.text or empty_or_nil(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_caller_id(parent: Element | None, tag: str, value: CallerID) -> Element:
    element = new_child(parent, tag)
    put(element, _PHONE_NUMBER, value.phone_number, write_long)
    put(element, _DIAL_IN_PREFIX, value.dial_in_prefix, write_short)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _PERSON_NAME, value.person_name, write_str)
    put(element, _MRMRS, value.mrmrs, write_str)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_caller_id(data: Any, path: str) -> CallerID:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CallerID)
    value.phone_number = take(data, "PhoneNumber", path, json_long)
    value.dial_in_prefix = take(data, "DialInPrefix", path, json_short)
    value.person_id = take_int(data, "PersonId", path)
    value.person_name = take_str_nillable(data, "PersonName", path)
    value.mrmrs = take_str_nillable(data, "Mrmrs", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.extra = None if _CALLER_ID_KEYS.issuperset(data) else json_extra(data, _CALLER_ID_KEYS)
    return value


def encode_json_caller_id(value: CallerID) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "PhoneNumber", value.phone_number, json_write_long)
    put_json(result, "DialInPrefix", value.dial_in_prefix, json_write_short)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "PersonName", value.person_name, json_write_str)
    put_json(result, "Mrmrs", value.mrmrs, json_write_str)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "ContactName", value.contact_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CALLER_ID_CODEC = Codec(
    decode_xml_caller_id, encode_xml_caller_id, decode_json_caller_id, encode_json_caller_id
)


def decode_xml_list_of_caller_id(element: Element) -> list[CallerID | None]:
    """``ArrayOfCallerID``: a list of ``CallerID`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_caller_id(child))
        for child in element
        if child.tag == _CALLER_ID
    ]


def encode_xml_list_of_caller_id(
    parent: Element | None, tag: str, value: list[CallerID | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CALLER_ID, item, encode_xml_caller_id)
    return element


def decode_json_list_of_caller_id(data: Any, path: str) -> list[CallerID | None]:
    return json_items_nillable(data, path, decode_json_caller_id)


def encode_json_list_of_caller_id(value: list[CallerID | None]) -> list[Any]:
    return [(None if item is None else encode_json_caller_id(item)) for item in value]


LIST_OF_CALLER_ID_CODEC = Codec(
    decode_xml_list_of_caller_id,
    encode_xml_list_of_caller_id,
    decode_json_list_of_caller_id,
    encode_json_list_of_caller_id,
)
