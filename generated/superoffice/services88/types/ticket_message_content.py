"""Services88 types: TicketMessageContent.

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
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
    take_str_nillable,
    write_str,
)
from .attachment_entity import (
    AttachmentEntity,
    decode_json_list_of_attachment_entity,
    decode_xml_list_of_attachment_entity,
    encode_json_list_of_attachment_entity,
    encode_xml_list_of_attachment_entity,
)

_ATTACHMENTS_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AttachmentsInfo"
_BODY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Body"
_TICKET_MESSAGE_CONTENT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketMessageContent"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class TicketMessageContent(Record):
    """Message content to fill a new message.

    Carrier object for TicketMessageContent. Services for the TicketMessageContent Carrier is
    available from the Ticket Agent.
    """

    body: str | None | Unset = UNSET
    """Body (including default editor content, content from template, user signature, quoted
    message content) as sanitized HTML
    """
    attachments_info: list[AttachmentEntity | None] | None | Unset = UNSET
    """Message attachments information"""

    def to_xml(self) -> Element:
        return encode_xml_ticket_message_content(None, _TICKET_MESSAGE_CONTENT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TicketMessageContent:
        return record_from_xml(decode_xml_ticket_message_content, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ticket_message_content(self)

    @classmethod
    def from_json(cls, data: Any) -> TicketMessageContent:
        return record_from_json(decode_json_ticket_message_content, data)


_TICKET_MESSAGE_CONTENT_KEYS = frozenset(
    (
        "Body",
        "AttachmentsInfo",
    )
)


def decode_xml_ticket_message_content(element: Element) -> TicketMessageContent:
    value = TicketMessageContent()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _BODY:
            value.body = child.text or empty_or_nil(child)
        elif tag == _ATTACHMENTS_INFO:
            value.attachments_info = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_attachment_entity(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ticket_message_content(
    parent: Element | None, tag: str, value: TicketMessageContent
) -> Element:
    element = new_child(parent, tag)
    put(element, _BODY, value.body, write_str)
    put(element, _ATTACHMENTS_INFO, value.attachments_info, encode_xml_list_of_attachment_entity)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ticket_message_content(data: Any, path: str) -> TicketMessageContent:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TicketMessageContent)
    value.body = take_str_nillable(data, "Body", path)
    value.attachments_info = take_nillable(
        data, "AttachmentsInfo", path, decode_json_list_of_attachment_entity
    )
    value.extra = (
        None
        if _TICKET_MESSAGE_CONTENT_KEYS.issuperset(data)
        else json_extra(data, _TICKET_MESSAGE_CONTENT_KEYS)
    )
    return value


def encode_json_ticket_message_content(value: TicketMessageContent) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Body", value.body, json_write_str)
    put_json(
        result, "AttachmentsInfo", value.attachments_info, encode_json_list_of_attachment_entity
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TICKET_MESSAGE_CONTENT_CODEC = Codec(
    decode_xml_ticket_message_content,
    encode_xml_ticket_message_content,
    decode_json_ticket_message_content,
    encode_json_ticket_message_content,
)
