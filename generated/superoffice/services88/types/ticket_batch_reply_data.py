"""Services88 types: TicketBatchReplyData.

Used by the Ticket agent.
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
from .list_of_int import (
    decode_json_list_of_int,
    decode_xml_list_of_int,
    encode_json_list_of_int,
    encode_xml_list_of_int,
)
from .ticket_security_level import (
    TicketSecurityLevel,
    decode_json_ticket_security_level,
    decode_xml_ticket_security_level,
    encode_json_ticket_security_level,
    encode_xml_ticket_security_level,
)

_ATTACHMENT_IDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AttachmentIds"
_CLOSE_TICKETS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CloseTickets"
_HTML_BODY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HtmlBody"
_SEND_COPY_TO_CUSTOMER = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SendCopyToCustomer"
)
_SLEVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Slevel"
_TICKET_BATCH_REPLY_DATA = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketBatchReplyData"
)
_TICKET_IDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketIds"
_TIME_SPENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TimeSpent"


@dataclasses.dataclass(kw_only=True, repr=False)
class TicketBatchReplyData(Record):
    """Data to add a batched ticket reply.

    Carrier object for TicketBatchReplyData. Services for the TicketBatchReplyData Carrier is
    available from the Ticket Agent.
    """

    ticket_ids: list[int] | None | Unset = UNSET
    """IDs of tickets to reply to."""
    close_tickets: bool | Unset = UNSET
    """true to close the tickets after replying; otherwise, false."""
    attachment_ids: list[int] | None | Unset = UNSET
    """The IDs of attachments to connect to the reply message."""
    html_body: str | None | Unset = UNSET
    """The html body for the message (if any)."""
    slevel: TicketSecurityLevel | str | Unset = UNSET
    """The securitylevel of the message."""
    time_spent: int | Unset = UNSET
    """The time spent (minutes) for this message."""
    send_copy_to_customer: bool | Unset = UNSET
    """true to email the reply message to customers; otherwise, false."""

    def to_xml(self) -> Element:
        return encode_xml_ticket_batch_reply_data(None, _TICKET_BATCH_REPLY_DATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TicketBatchReplyData:
        return record_from_xml(decode_xml_ticket_batch_reply_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ticket_batch_reply_data(self)

    @classmethod
    def from_json(cls, data: Any) -> TicketBatchReplyData:
        return record_from_json(decode_json_ticket_batch_reply_data, data)


_TICKET_BATCH_REPLY_DATA_KEYS = frozenset(
    (
        "TicketIds",
        "CloseTickets",
        "AttachmentIds",
        "HtmlBody",
        "Slevel",
        "TimeSpent",
        "SendCopyToCustomer",
    )
)


def decode_xml_ticket_batch_reply_data(element: Element) -> TicketBatchReplyData:
    value = TicketBatchReplyData()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TICKET_IDS:
            value.ticket_ids = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
        elif tag == _CLOSE_TICKETS:
            value.close_tickets = read_bool(child)
        elif tag == _ATTACHMENT_IDS:
            value.attachment_ids = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        elif tag == _HTML_BODY:
            value.html_body = child.text or empty_or_nil(child)
        elif tag == _SLEVEL:
            value.slevel = decode_xml_ticket_security_level(child)
        elif tag == _TIME_SPENT:
            value.time_spent = read_int(child)
        elif tag == _SEND_COPY_TO_CUSTOMER:
            value.send_copy_to_customer = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ticket_batch_reply_data(
    parent: Element | None, tag: str, value: TicketBatchReplyData
) -> Element:
    element = new_child(parent, tag)
    put(element, _TICKET_IDS, value.ticket_ids, encode_xml_list_of_int)
    put(element, _CLOSE_TICKETS, value.close_tickets, write_bool)
    put(element, _ATTACHMENT_IDS, value.attachment_ids, encode_xml_list_of_int)
    put(element, _HTML_BODY, value.html_body, write_str)
    put(element, _SLEVEL, value.slevel, encode_xml_ticket_security_level)
    put(element, _TIME_SPENT, value.time_spent, write_int)
    put(element, _SEND_COPY_TO_CUSTOMER, value.send_copy_to_customer, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ticket_batch_reply_data(data: Any, path: str) -> TicketBatchReplyData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TicketBatchReplyData)
    value.ticket_ids = take_nillable(data, "TicketIds", path, decode_json_list_of_int)
    value.close_tickets = take_bool(data, "CloseTickets", path)
    value.attachment_ids = take_nillable(data, "AttachmentIds", path, decode_json_list_of_int)
    value.html_body = take_str_nillable(data, "HtmlBody", path)
    value.slevel = take(data, "Slevel", path, decode_json_ticket_security_level)
    value.time_spent = take_int(data, "TimeSpent", path)
    value.send_copy_to_customer = take_bool(data, "SendCopyToCustomer", path)
    value.extra = (
        None
        if _TICKET_BATCH_REPLY_DATA_KEYS.issuperset(data)
        else json_extra(data, _TICKET_BATCH_REPLY_DATA_KEYS)
    )
    return value


def encode_json_ticket_batch_reply_data(value: TicketBatchReplyData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TicketIds", value.ticket_ids, encode_json_list_of_int)
    put_json(result, "CloseTickets", value.close_tickets, json_write_bool)
    put_json(result, "AttachmentIds", value.attachment_ids, encode_json_list_of_int)
    put_json(result, "HtmlBody", value.html_body, json_write_str)
    put_json(result, "Slevel", value.slevel, encode_json_ticket_security_level)
    put_json(result, "TimeSpent", value.time_spent, json_write_int)
    put_json(result, "SendCopyToCustomer", value.send_copy_to_customer, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TICKET_BATCH_REPLY_DATA_CODEC = Codec(
    decode_xml_ticket_batch_reply_data,
    encode_xml_ticket_batch_reply_data,
    decode_json_ticket_batch_reply_data,
    encode_json_ticket_batch_reply_data,
)
