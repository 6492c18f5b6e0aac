"""Services88 types: ArrayOfTicketInfo, TicketInfo.

Used by the CustomerService agent.
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
    take_int,
    take_nillable,
    take_str_nillable,
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

_CATEGORY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CategoryName"
_CONTACT_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_OWNER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnerName"
_PERSON_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonName"
_PRIORITY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PriorityName"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketId"
_TICKET_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketInfo"
_TICKET_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketUrl"
_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Title"


@dataclasses.dataclass(kw_only=True, repr=False)
class TicketInfo(Carrier):
    """A small carrier that contains information about a ticket

    Carrier object for TicketInfo. Services for the TicketInfo Carrier is available from the
    CustomerService Agent.
    """

    ticket_id: int | Unset = UNSET
    """The id of the created ticket"""
    title: str | None | Unset = UNSET
    """The title/subject of the created ticket"""
    owner_name: str | None | Unset = UNSET
    """The name of the owner which the request was assigned to"""
    category_name: str | None | Unset = UNSET
    """The name of the category for the request"""
    priority_name: str | None | Unset = UNSET
    """The name of the priority for the request"""
    ticket_url: str | None | Unset = UNSET
    """A URL leading directly to the created request. This is a URL ment to be used by a Service
    user
    """
    person_name: str | None | Unset = UNSET
    """The name of the person/customer connected to the ticket"""
    contact_name: str | None | Unset = UNSET
    """The name of the contact/company connected to the ticket"""

    def to_xml(self) -> Element:
        return encode_xml_ticket_info(None, _TICKET_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TicketInfo:
        return record_from_xml(decode_xml_ticket_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ticket_info(self)

    @classmethod
    def from_json(cls, data: Any) -> TicketInfo:
        return record_from_json(decode_json_ticket_info, data)


_TICKET_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TicketId",
        "Title",
        "OwnerName",
        "CategoryName",
        "PriorityName",
        "TicketUrl",
        "PersonName",
        "ContactName",
    )
)


def decode_xml_ticket_info(element: Element) -> TicketInfo:
    value = TicketInfo()
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
        elif tag == _TICKET_ID:
            value.ticket_id = read_int(child)
        elif tag == _TITLE:
            value.title = child.text or empty_or_nil(child)
        elif tag == _OWNER_NAME:
            value.owner_name = child.text or empty_or_nil(child)
        elif tag == _CATEGORY_NAME:
            value.category_name = child.text or empty_or_nil(child)
        elif tag == _PRIORITY_NAME:
            value.priority_name = child.text or empty_or_nil(child)
        elif tag == _TICKET_URL:
            value.ticket_url = child.text or empty_or_nil(child)
        elif tag == _PERSON_NAME:
            value.person_name = child.text or empty_or_nil(child)
        elif tag == _CONTACT_NAME:
            value.contact_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ticket_info(parent: Element | None, tag: str, value: TicketInfo) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TICKET_ID, value.ticket_id, write_int)
    put(element, _TITLE, value.title, write_str)
    put(element, _OWNER_NAME, value.owner_name, write_str)
    put(element, _CATEGORY_NAME, value.category_name, write_str)
    put(element, _PRIORITY_NAME, value.priority_name, write_str)
    put(element, _TICKET_URL, value.ticket_url, write_str)
    put(element, _PERSON_NAME, value.person_name, write_str)
    put(element, _CONTACT_NAME, value.contact_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ticket_info(data: Any, path: str) -> TicketInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TicketInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.ticket_id = take_int(data, "TicketId", path)
    value.title = take_str_nillable(data, "Title", path)
    value.owner_name = take_str_nillable(data, "OwnerName", path)
    value.category_name = take_str_nillable(data, "CategoryName", path)
    value.priority_name = take_str_nillable(data, "PriorityName", path)
    value.ticket_url = take_str_nillable(data, "TicketUrl", path)
    value.person_name = take_str_nillable(data, "PersonName", path)
    value.contact_name = take_str_nillable(data, "ContactName", path)
    value.extra = (
        None if _TICKET_INFO_KEYS.issuperset(data) else json_extra(data, _TICKET_INFO_KEYS)
    )
    return value


def encode_json_ticket_info(value: TicketInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TicketId", value.ticket_id, json_write_int)
    put_json(result, "Title", value.title, json_write_str)
    put_json(result, "OwnerName", value.owner_name, json_write_str)
    put_json(result, "CategoryName", value.category_name, json_write_str)
    put_json(result, "PriorityName", value.priority_name, json_write_str)
    put_json(result, "TicketUrl", value.ticket_url, json_write_str)
    put_json(result, "PersonName", value.person_name, json_write_str)
    put_json(result, "ContactName", value.contact_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TICKET_INFO_CODEC = Codec(
    decode_xml_ticket_info,
    encode_xml_ticket_info,
    decode_json_ticket_info,
    encode_json_ticket_info,
)


def decode_xml_list_of_ticket_info(element: Element) -> list[TicketInfo | None]:
    """``ArrayOfTicketInfo``: a list of ``TicketInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_ticket_info(child))
        for child in element
        if child.tag == _TICKET_INFO
    ]


def encode_xml_list_of_ticket_info(
    parent: Element | None, tag: str, value: list[TicketInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TICKET_INFO, item, encode_xml_ticket_info)
    return element


def decode_json_list_of_ticket_info(data: Any, path: str) -> list[TicketInfo | None]:
    return json_items_nillable(data, path, decode_json_ticket_info)


def encode_json_list_of_ticket_info(value: list[TicketInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_ticket_info(item)) for item in value]


LIST_OF_TICKET_INFO_CODEC = Codec(
    decode_xml_list_of_ticket_info,
    encode_xml_list_of_ticket_info,
    decode_json_list_of_ticket_info,
    encode_json_list_of_ticket_info,
)
