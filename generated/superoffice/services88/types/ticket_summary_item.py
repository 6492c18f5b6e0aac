"""Services88 types: ArrayOfTicketSummaryItem, TicketSummaryItem.

Used by the Contact, Person, Ticket agents.
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
    Record,
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
    take_str_nillable,
    write_datetime,
    write_int,
    write_str,
)

_ICON_HINT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IconHint"
_REGISTERED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Registered"
_TICKET_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketId"
_TICKET_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketStatus"
_TICKET_SUMMARY_ITEM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketSummaryItem"
_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Title"


@dataclasses.dataclass(kw_only=True, repr=False)
class TicketSummaryItem(Record):
    """The ticket summary with heading, created date.

    Carrier object for TicketSummaryItem. Services for the TicketSummaryItem Carrier is
    available from the Ticket Agent.
    """

    ticket_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    ticket_status: int | Unset = UNSET
    """User defined ticket status"""
    title: str | None | Unset = UNSET
    """The title of the ticket."""
    registered: datetime.datetime | Unset = UNSET
    """When the ticket was created."""
    icon_hint: str | None | Unset = UNSET
    """Icon representing ticket's state"""

    def to_xml(self) -> Element:
        return encode_xml_ticket_summary_item(None, _TICKET_SUMMARY_ITEM, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TicketSummaryItem:
        return record_from_xml(decode_xml_ticket_summary_item, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ticket_summary_item(self)

    @classmethod
    def from_json(cls, data: Any) -> TicketSummaryItem:
        return record_from_json(decode_json_ticket_summary_item, data)


_TICKET_SUMMARY_ITEM_KEYS = frozenset(
    (
        "TicketId",
        "TicketStatus",
        "Title",
        "Registered",
        "IconHint",
    )
)


def decode_xml_ticket_summary_item(element: Element) -> TicketSummaryItem:
    value = TicketSummaryItem()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TICKET_ID:
            value.ticket_id = read_int(child)
        elif tag == _TICKET_STATUS:
            value.ticket_status = read_int(child)
        elif tag == _TITLE:
            value.title = child.text or empty_or_nil(child)
        elif tag == _REGISTERED:
            value.registered = read_datetime(child)
        elif tag == _ICON_HINT:
            value.icon_hint = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ticket_summary_item(
    parent: Element | None, tag: str, value: TicketSummaryItem
) -> Element:
    element = new_child(parent, tag)
    put(element, _TICKET_ID, value.ticket_id, write_int)
    put(element, _TICKET_STATUS, value.ticket_status, write_int)
    put(element, _TITLE, value.title, write_str)
    put(element, _REGISTERED, value.registered, write_datetime)
    put(element, _ICON_HINT, value.icon_hint, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ticket_summary_item(data: Any, path: str) -> TicketSummaryItem:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TicketSummaryItem)
    value.ticket_id = take_int(data, "TicketId", path)
    value.ticket_status = take_int(data, "TicketStatus", path)
    value.title = take_str_nillable(data, "Title", path)
    value.registered = take(data, "Registered", path, json_datetime)
    value.icon_hint = take_str_nillable(data, "IconHint", path)
    value.extra = (
        None
        if _TICKET_SUMMARY_ITEM_KEYS.issuperset(data)
        else json_extra(data, _TICKET_SUMMARY_ITEM_KEYS)
    )
    return value


def encode_json_ticket_summary_item(value: TicketSummaryItem) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TicketId", value.ticket_id, json_write_int)
    put_json(result, "TicketStatus", value.ticket_status, json_write_int)
    put_json(result, "Title", value.title, json_write_str)
    put_json(result, "Registered", value.registered, json_write_datetime)
    put_json(result, "IconHint", value.icon_hint, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TICKET_SUMMARY_ITEM_CODEC = Codec(
    decode_xml_ticket_summary_item,
    encode_xml_ticket_summary_item,
    decode_json_ticket_summary_item,
    encode_json_ticket_summary_item,
)


def decode_xml_list_of_ticket_summary_item(element: Element) -> list[TicketSummaryItem | None]:
    """``ArrayOfTicketSummaryItem``: a list of ``TicketSummaryItem`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_ticket_summary_item(child))
        for child in element
        if child.tag == _TICKET_SUMMARY_ITEM
    ]


def encode_xml_list_of_ticket_summary_item(
    parent: Element | None, tag: str, value: list[TicketSummaryItem | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TICKET_SUMMARY_ITEM, item, encode_xml_ticket_summary_item)
    return element


def decode_json_list_of_ticket_summary_item(
    data: Any, path: str
) -> list[TicketSummaryItem | None]:
    return json_items_nillable(data, path, decode_json_ticket_summary_item)


def encode_json_list_of_ticket_summary_item(value: list[TicketSummaryItem | None]) -> list[Any]:
    return [(None if item is None else encode_json_ticket_summary_item(item)) for item in value]


LIST_OF_TICKET_SUMMARY_ITEM_CODEC = Codec(
    decode_xml_list_of_ticket_summary_item,
    encode_xml_list_of_ticket_summary_item,
    decode_json_list_of_ticket_summary_item,
    encode_json_list_of_ticket_summary_item,
)
