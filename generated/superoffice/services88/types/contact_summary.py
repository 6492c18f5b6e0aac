"""Services88 types: ContactSummary.

Used by the Contact agent.
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
from .contact import (
    Contact,
    decode_json_contact,
    decode_xml_contact,
    encode_json_contact,
    encode_xml_contact,
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
_CONTACT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Contact"
_CONTACT_SUMMARY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactSummary"
_DOCUMENTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Documents"
_FOLLOWUPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Followups"
_SALES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Sales"
_TICKETS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tickets"


@dataclasses.dataclass(kw_only=True, repr=False)
class ContactSummary(Record):
    """Summary of contact with recent activities, chats, and requests included.

    Carrier object for ContactSummary. Services for the ContactSummary Carrier is available from
    the Contact Agent.
    """

    contact: Contact | None | Unset = UNSET
    """Simple Contact data."""
    tickets: list[TicketSummaryItem | None] | None | Unset = UNSET
    """Recent tickets on contact"""
    followups: list[ActivitySummaryItem | None] | None | Unset = UNSET
    """Recent follow-ups on contact"""
    documents: list[ActivitySummaryItem | None] | None | Unset = UNSET
    """Recent documents on contact"""
    sales: list[SaleSummaryItem | None] | None | Unset = UNSET
    """Recent sales on contact"""
    chats: list[ChatSummaryItem | None] | None | Unset = UNSET
    """Recent chats with contact"""

    def to_xml(self) -> Element:
        return encode_xml_contact_summary(None, _CONTACT_SUMMARY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ContactSummary:
        return record_from_xml(decode_xml_contact_summary, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_contact_summary(self)

    @classmethod
    def from_json(cls, data: Any) -> ContactSummary:
        return record_from_json(decode_json_contact_summary, data)


_CONTACT_SUMMARY_KEYS = frozenset(
    (
        "Contact",
        "Tickets",
        "Followups",
        "Documents",
        "Sales",
        "Chats",
    )
)


def decode_xml_contact_summary(element: Element) -> ContactSummary:
    value = ContactSummary()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _CONTACT:
            value.contact = None if child.get(XSI_NIL) in NIL else decode_xml_contact(child)
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


def encode_xml_contact_summary(parent: Element | None, tag: str, value: ContactSummary) -> Element:
    element = new_child(parent, tag)
    put(element, _CONTACT, value.contact, encode_xml_contact)
    put(element, _TICKETS, value.tickets, encode_xml_list_of_ticket_summary_item)
    put(element, _FOLLOWUPS, value.followups, encode_xml_list_of_activity_summary_item)
    put(element, _DOCUMENTS, value.documents, encode_xml_list_of_activity_summary_item)
    put(element, _SALES, value.sales, encode_xml_list_of_sale_summary_item)
    put(element, _CHATS, value.chats, encode_xml_list_of_chat_summary_item)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_contact_summary(data: Any, path: str) -> ContactSummary:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ContactSummary)
    value.contact = take_nillable(data, "Contact", path, decode_json_contact)
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
        None if _CONTACT_SUMMARY_KEYS.issuperset(data) else json_extra(data, _CONTACT_SUMMARY_KEYS)
    )
    return value


def encode_json_contact_summary(value: ContactSummary) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Contact", value.contact, encode_json_contact)
    put_json(result, "Tickets", value.tickets, encode_json_list_of_ticket_summary_item)
    put_json(result, "Followups", value.followups, encode_json_list_of_activity_summary_item)
    put_json(result, "Documents", value.documents, encode_json_list_of_activity_summary_item)
    put_json(result, "Sales", value.sales, encode_json_list_of_sale_summary_item)
    put_json(result, "Chats", value.chats, encode_json_list_of_chat_summary_item)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CONTACT_SUMMARY_CODEC = Codec(
    decode_xml_contact_summary,
    encode_xml_contact_summary,
    decode_json_contact_summary,
    encode_json_contact_summary,
)
