"""Services88 types: PersonSummary.

Used by the Person agent.
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
from .activity_summary_item import (
    ActivitySummaryItem,
    decode_json_list_of_activity_summary_item,
    decode_xml_list_of_activity_summary_item,
    encode_json_list_of_activity_summary_item,
    encode_xml_list_of_activity_summary_item,
)
from .chat_summary_item import (
    ChatSummaryItem,
    decode_json_list_of_chat_summary_item,
    decode_xml_list_of_chat_summary_item,
    encode_json_list_of_chat_summary_item,
    encode_xml_list_of_chat_summary_item,
)
from .person import (
    Person,
    decode_json_person,
    decode_xml_person,
    encode_json_person,
    encode_xml_person,
)
from .sale_summary_item import (
    SaleSummaryItem,
    decode_json_list_of_sale_summary_item,
    decode_xml_list_of_sale_summary_item,
    encode_json_list_of_sale_summary_item,
    encode_xml_list_of_sale_summary_item,
)
from .ticket_summary_item import (
    TicketSummaryItem,
    decode_json_list_of_ticket_summary_item,
    decode_xml_list_of_ticket_summary_item,
    encode_json_list_of_ticket_summary_item,
    encode_xml_list_of_ticket_summary_item,
)

_CHATS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Chats"
_DOCUMENTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Documents"
_FOLLOWUPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Followups"
_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Person"
_PERSON_SUMMARY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonSummary"
_SALES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Sales"
_TICKETS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tickets"


@dataclasses.dataclass(kw_only=True, repr=False)
class PersonSummary(Record):
    """Summary of person, with recent activities, chats, and requests included.

    Carrier object for PersonSummary. Services for the PersonSummary Carrier is available from
    the Person Agent.
    """

    person: Person | None | Unset = UNSET
    """Simple Person data."""
    tickets: list[TicketSummaryItem | None] | None | Unset = UNSET
    """Recent tickets on person"""
    followups: list[ActivitySummaryItem | None] | None | Unset = UNSET
    """Recent follow-ups on person"""
    documents: list[ActivitySummaryItem | None] | None | Unset = UNSET
    """Recent documents on person"""
    sales: list[SaleSummaryItem | None] | None | Unset = UNSET
    """Recent sales on person"""
    chats: list[ChatSummaryItem | None] | None | Unset = UNSET
    """Recent chats with person"""

    def to_xml(self) -> Element:
        return encode_xml_person_summary(None, _PERSON_SUMMARY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PersonSummary:
        return record_from_xml(decode_xml_person_summary, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_person_summary(self)

    @classmethod
    def from_json(cls, data: Any) -> PersonSummary:
        return record_from_json(decode_json_person_summary, data)


_PERSON_SUMMARY_KEYS = frozenset(
    (
        "Person",
        "Tickets",
        "Followups",
        "Documents",
        "Sales",
        "Chats",
    )
)


def decode_xml_person_summary(element: Element) -> PersonSummary:
    value = PersonSummary()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _PERSON:
            value.person = None if child.get(XSI_NIL) in NIL else decode_xml_person(child)
        elif tag == _TICKETS:
            value.tickets = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_ticket_summary_item(child)
            )
        elif tag == _FOLLOWUPS:
            value.followups = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_activity_summary_item(child)
            )
        elif tag == _DOCUMENTS:
            value.documents = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_activity_summary_item(child)
            )
        elif tag == _SALES:
            value.sales = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_sale_summary_item(child)
            )
        elif tag == _CHATS:
            value.chats = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_chat_summary_item(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_person_summary(parent: Element | None, tag: str, value: PersonSummary) -> Element:
    element = new_child(parent, tag)
    put(element, _PERSON, value.person, encode_xml_person)
    put(element, _TICKETS, value.tickets, encode_xml_list_of_ticket_summary_item)
    put(element, _FOLLOWUPS, value.followups, encode_xml_list_of_activity_summary_item)
    put(element, _DOCUMENTS, value.documents, encode_xml_list_of_activity_summary_item)
    put(element, _SALES, value.sales, encode_xml_list_of_sale_summary_item)
    put(element, _CHATS, value.chats, encode_xml_list_of_chat_summary_item)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_person_summary(data: Any, path: str) -> PersonSummary:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PersonSummary)
    value.person = take_nillable(data, "Person", path, decode_json_person)
    value.tickets = take_nillable(data, "Tickets", path, decode_json_list_of_ticket_summary_item)
    value.followups = take_nillable(
        data, "Followups", path, decode_json_list_of_activity_summary_item
    )
    value.documents = take_nillable(
        data, "Documents", path, decode_json_list_of_activity_summary_item
    )
    value.sales = take_nillable(data, "Sales", path, decode_json_list_of_sale_summary_item)
    value.chats = take_nillable(data, "Chats", path, decode_json_list_of_chat_summary_item)
    value.extra = (
        None if _PERSON_SUMMARY_KEYS.issuperset(data) else json_extra(data, _PERSON_SUMMARY_KEYS)
    )
    return value


def encode_json_person_summary(value: PersonSummary) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Person", value.person, encode_json_person)
    put_json(result, "Tickets", value.tickets, encode_json_list_of_ticket_summary_item)
    put_json(result, "Followups", value.followups, encode_json_list_of_activity_summary_item)
    put_json(result, "Documents", value.documents, encode_json_list_of_activity_summary_item)
    put_json(result, "Sales", value.sales, encode_json_list_of_sale_summary_item)
    put_json(result, "Chats", value.chats, encode_json_list_of_chat_summary_item)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PERSON_SUMMARY_CODEC = Codec(
    decode_xml_person_summary,
    encode_xml_person_summary,
    decode_json_person_summary,
    encode_json_person_summary,
)
