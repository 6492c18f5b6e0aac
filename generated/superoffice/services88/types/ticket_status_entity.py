"""Services88 types: ArrayOfTicketStatusEntity, TicketStatusEntity.

Used by the List, Ticket agents.
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
    take,
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
from .ticket_base_status import (
    TicketBaseStatus,
    decode_json_ticket_base_status,
    decode_xml_ticket_base_status,
    encode_json_ticket_base_status,
    encode_xml_ticket_base_status,
)
from .ticket_status_time_counter import (
    TicketStatusTimeCounter,
    decode_json_ticket_status_time_counter,
    decode_xml_ticket_status_time_counter,
    encode_json_ticket_status_time_counter,
    encode_xml_ticket_status_time_counter,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_DEFAULT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsDefault"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_NO_EMAIL_REOPEN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NoEmailReopen"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET_STATUS_ENTITY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketStatusEntity"
)
_TICKET_STATUS_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketStatusId"
_TIME_COUNTER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeCounter"
_USED_IN_QUEUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UsedInQueue"


@dataclasses.dataclass(kw_only=True, repr=False)
class TicketStatusEntity(Carrier):
    """Entity for a ticket status. This entity describes the meta data for a ticket status, and
    provides special operations on it.

    Carrier object for TicketStatusEntity. Services for the TicketStatusEntity Carrier is
    available from the List Agent.
    """

    ticket_status_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    name: str | None | Unset = UNSET
    """Name of user defined ticket status"""
    status: TicketBaseStatus | str | Unset = UNSET
    """The &amp;apos;classic&amp;apos; ticket status. I.e. active/closed/postponed/deleted"""
    time_counter: TicketStatusTimeCounter | str | Unset = UNSET
    """Which field in ticket we count time spent on (queue, internal, external)"""
    no_email_reopen: bool | Unset = UNSET
    """Whether inbound emails can reopen requests with this status or not"""
    is_default: bool | Unset = UNSET
    """Indicates if status is default one as there might be more than one status with same internal
    status
    """
    used_in_queue: bool | Unset = UNSET
    """If set, status is used in GetNext calculations"""

    def to_xml(self) -> Element:
        return encode_xml_ticket_status_entity(None, _TICKET_STATUS_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TicketStatusEntity:
        return record_from_xml(decode_xml_ticket_status_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ticket_status_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> TicketStatusEntity:
        return record_from_json(decode_json_ticket_status_entity, data)


_TICKET_STATUS_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TicketStatusId",
        "Name",
        "Status",
        "TimeCounter",
        "NoEmailReopen",
        "IsDefault",
        "UsedInQueue",
    )
)


def decode_xml_ticket_status_entity(element: Element) -> TicketStatusEntity:
    value = TicketStatusEntity()
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
        elif tag == _TICKET_STATUS_ID:
            value.ticket_status_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _STATUS:
            value.status = decode_xml_ticket_base_status(child)
        elif tag == _TIME_COUNTER:
            value.time_counter = decode_xml_ticket_status_time_counter(child)
        elif tag == _NO_EMAIL_REOPEN:
            value.no_email_reopen = read_bool(child)
        elif tag == _IS_DEFAULT:
            value.is_default = read_bool(child)
        elif tag == _USED_IN_QUEUE:
            value.used_in_queue = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ticket_status_entity(
    parent: Element | None, tag: str, value: TicketStatusEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TICKET_STATUS_ID, value.ticket_status_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _STATUS, value.status, encode_xml_ticket_base_status)
    put(element, _TIME_COUNTER, value.time_counter, encode_xml_ticket_status_time_counter)
    put(element, _NO_EMAIL_REOPEN, value.no_email_reopen, write_bool)
    put(element, _IS_DEFAULT, value.is_default, write_bool)
    put(element, _USED_IN_QUEUE, value.used_in_queue, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ticket_status_entity(data: Any, path: str) -> TicketStatusEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TicketStatusEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.ticket_status_id = take_int(data, "TicketStatusId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.status = take(data, "Status", path, decode_json_ticket_base_status)
    value.time_counter = take(data, "TimeCounter", path, decode_json_ticket_status_time_counter)
    value.no_email_reopen = take_bool(data, "NoEmailReopen", path)
    value.is_default = take_bool(data, "IsDefault", path)
    value.used_in_queue = take_bool(data, "UsedInQueue", path)
    value.extra = (
        None
        if _TICKET_STATUS_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _TICKET_STATUS_ENTITY_KEYS)
    )
    return value


def encode_json_ticket_status_entity(value: TicketStatusEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TicketStatusId", value.ticket_status_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Status", value.status, encode_json_ticket_base_status)
    put_json(result, "TimeCounter", value.time_counter, encode_json_ticket_status_time_counter)
    put_json(result, "NoEmailReopen", value.no_email_reopen, json_write_bool)
    put_json(result, "IsDefault", value.is_default, json_write_bool)
    put_json(result, "UsedInQueue", value.used_in_queue, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TICKET_STATUS_ENTITY_CODEC = Codec(
    decode_xml_ticket_status_entity,
    encode_xml_ticket_status_entity,
    decode_json_ticket_status_entity,
    encode_json_ticket_status_entity,
)


def decode_xml_list_of_ticket_status_entity(element: Element) -> list[TicketStatusEntity | None]:
    """``ArrayOfTicketStatusEntity``: a list of ``TicketStatusEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_ticket_status_entity(child))
        for child in element
        if child.tag == _TICKET_STATUS_ENTITY
    ]


def encode_xml_list_of_ticket_status_entity(
    parent: Element | None, tag: str, value: list[TicketStatusEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TICKET_STATUS_ENTITY, item, encode_xml_ticket_status_entity)
    return element


def decode_json_list_of_ticket_status_entity(
    data: Any, path: str
) -> list[TicketStatusEntity | None]:
    return json_items_nillable(data, path, decode_json_ticket_status_entity)


def encode_json_list_of_ticket_status_entity(value: list[TicketStatusEntity | None]) -> list[Any]:
    return [(None if item is None else encode_json_ticket_status_entity(item)) for item in value]


LIST_OF_TICKET_STATUS_ENTITY_CODEC = Codec(
    decode_xml_list_of_ticket_status_entity,
    encode_xml_list_of_ticket_status_entity,
    decode_json_list_of_ticket_status_entity,
    encode_json_list_of_ticket_status_entity,
)
