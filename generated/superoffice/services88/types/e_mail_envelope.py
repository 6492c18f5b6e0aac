"""Services88 types: ArrayOfEMailEnvelope, EMailEnvelope.

Used by the Appointment, EMail agents.
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
from .e_mail_address import (
    EMailAddress,
    decode_json_e_mail_address,
    decode_json_list_of_e_mail_address,
    decode_xml_e_mail_address,
    decode_xml_list_of_e_mail_address,
    encode_json_e_mail_address,
    encode_json_list_of_e_mail_address,
    encode_xml_e_mail_address,
    encode_xml_list_of_e_mail_address,
)
from .e_mail_flags import (
    EMailFlags,
    decode_json_e_mail_flags,
    decode_xml_e_mail_flags,
    encode_json_e_mail_flags,
    encode_xml_e_mail_flags,
)
from .e_mail_priority import (
    EMailPriority,
    decode_json_e_mail_priority,
    decode_xml_e_mail_priority,
    encode_json_e_mail_priority,
    encode_xml_e_mail_priority,
)
from .e_mail_so_info import (
    EMailSOInfo,
    decode_json_e_mail_so_info,
    decode_xml_e_mail_so_info,
    encode_json_e_mail_so_info,
    encode_xml_e_mail_so_info,
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

_E_MAIL_ENVELOPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMailEnvelope"
_E_MAIL_SO_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMailSOInfo"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FLAGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Flags"
_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}From"
_MESSAGE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MessageId"
_PRIORITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Priority"
_SENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Sent"
_SERVER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ServerId"
_SIZE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Size"
_SUBJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Subject"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}To"


@dataclasses.dataclass(kw_only=True, repr=False)
class EMailEnvelope(Carrier):
    """Limited information about one e-mail.

    Carrier object for EMailEnvelope. Services for the EMailEnvelope Carrier is available from
    the EMail Agent.
    """

    server_id: int | Unset = UNSET
    """Unique id for the e-mail on the server"""
    message_id: str | None | Unset = UNSET
    """Unique id of e-mails"""
    subject: str | None | Unset = UNSET
    """Subject of the e-mail"""
    from_: EMailAddress | None | Unset = UNSET
    """Who did the e-mail originate from"""
    to: list[EMailAddress | None] | None | Unset = UNSET
    """To recipients of e-mail"""
    sent: datetime.datetime | Unset = UNSET
    """When was the e-mail sent"""
    priority: EMailPriority | str | Unset = UNSET
    """Importance of the e-mail"""
    flags: EMailFlags | str | Unset = UNSET
    """Flag status of this mail (unread, replied, deleted )"""
    size: int | Unset = UNSET
    """Total size of the e-mail"""
    e_mail_so_info: EMailSOInfo | None | Unset = UNSET
    """Glue between SuperOffice data and an e-mail."""

    def to_xml(self) -> Element:
        return encode_xml_e_mail_envelope(None, _E_MAIL_ENVELOPE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> EMailEnvelope:
        return record_from_xml(decode_xml_e_mail_envelope, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_e_mail_envelope(self)

    @classmethod
    def from_json(cls, data: Any) -> EMailEnvelope:
        return record_from_json(decode_json_e_mail_envelope, data)


_E_MAIL_ENVELOPE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ServerId",
        "MessageId",
        "Subject",
        "From",
        "To",
        "Sent",
        "Priority",
        "Flags",
        "Size",
        "EMailSOInfo",
    )
)


def decode_xml_e_mail_envelope(element: Element) -> EMailEnvelope:
    value = EMailEnvelope()
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
        elif tag == _SERVER_ID:
            value.server_id = read_int(child)
        elif tag == _MESSAGE_ID:
            value.message_id = child.text or empty_or_nil(child)
        elif tag == _SUBJECT:
            value.subject = child.text or empty_or_nil(child)
        elif tag == _FROM:
            value.from_ = None if child.get(XSI_NIL) in NIL else decode_xml_e_mail_address(child)
        elif tag == _TO:
            value.to = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_e_mail_address(child)
            )
        elif tag == _SENT:
            value.sent = read_datetime(child)
        elif tag == _PRIORITY:
            value.priority = decode_xml_e_mail_priority(child)
        elif tag == _FLAGS:
            value.flags = decode_xml_e_mail_flags(child)
        elif tag == _SIZE:
            value.size = read_int(child)
        elif tag == _E_MAIL_SO_INFO:
            value.e_mail_so_info = (
                None if child.get(XSI_NIL) in NIL else decode_xml_e_mail_so_info(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_e_mail_envelope(parent: Element | None, tag: str, value: EMailEnvelope) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SERVER_ID, value.server_id, write_int)
    put(element, _MESSAGE_ID, value.message_id, write_str)
    put(element, _SUBJECT, value.subject, write_str)
    put(element, _FROM, value.from_, encode_xml_e_mail_address)
    put(element, _TO, value.to, encode_xml_list_of_e_mail_address)
    put(element, _SENT, value.sent, write_datetime)
    put(element, _PRIORITY, value.priority, encode_xml_e_mail_priority)
    put(element, _FLAGS, value.flags, encode_xml_e_mail_flags)
    put(element, _SIZE, value.size, write_int)
    put(element, _E_MAIL_SO_INFO, value.e_mail_so_info, encode_xml_e_mail_so_info)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_e_mail_envelope(data: Any, path: str) -> EMailEnvelope:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(EMailEnvelope)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.server_id = take_int(data, "ServerId", path)
    value.message_id = take_str_nillable(data, "MessageId", path)
    value.subject = take_str_nillable(data, "Subject", path)
    value.from_ = take_nillable(data, "From", path, decode_json_e_mail_address)
    value.to = take_nillable(data, "To", path, decode_json_list_of_e_mail_address)
    value.sent = take(data, "Sent", path, json_datetime)
    value.priority = take(data, "Priority", path, decode_json_e_mail_priority)
    value.flags = take(data, "Flags", path, decode_json_e_mail_flags)
    value.size = take_int(data, "Size", path)
    value.e_mail_so_info = take_nillable(data, "EMailSOInfo", path, decode_json_e_mail_so_info)
    value.extra = (
        None if _E_MAIL_ENVELOPE_KEYS.issuperset(data) else json_extra(data, _E_MAIL_ENVELOPE_KEYS)
    )
    return value


def encode_json_e_mail_envelope(value: EMailEnvelope) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ServerId", value.server_id, json_write_int)
    put_json(result, "MessageId", value.message_id, json_write_str)
    put_json(result, "Subject", value.subject, json_write_str)
    put_json(result, "From", value.from_, encode_json_e_mail_address)
    put_json(result, "To", value.to, encode_json_list_of_e_mail_address)
    put_json(result, "Sent", value.sent, json_write_datetime)
    put_json(result, "Priority", value.priority, encode_json_e_mail_priority)
    put_json(result, "Flags", value.flags, encode_json_e_mail_flags)
    put_json(result, "Size", value.size, json_write_int)
    put_json(result, "EMailSOInfo", value.e_mail_so_info, encode_json_e_mail_so_info)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


E_MAIL_ENVELOPE_CODEC = Codec(
    decode_xml_e_mail_envelope,
    encode_xml_e_mail_envelope,
    decode_json_e_mail_envelope,
    encode_json_e_mail_envelope,
)


def decode_xml_list_of_e_mail_envelope(element: Element) -> list[EMailEnvelope | None]:
    """``ArrayOfEMailEnvelope``: a list of ``EMailEnvelope`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_e_mail_envelope(child))
        for child in element
        if child.tag == _E_MAIL_ENVELOPE
    ]


def encode_xml_list_of_e_mail_envelope(
    parent: Element | None, tag: str, value: list[EMailEnvelope | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _E_MAIL_ENVELOPE, item, encode_xml_e_mail_envelope)
    return element


def decode_json_list_of_e_mail_envelope(data: Any, path: str) -> list[EMailEnvelope | None]:
    return json_items_nillable(data, path, decode_json_e_mail_envelope)


def encode_json_list_of_e_mail_envelope(value: list[EMailEnvelope | None]) -> list[Any]:
    return [(None if item is None else encode_json_e_mail_envelope(item)) for item in value]


LIST_OF_E_MAIL_ENVELOPE_CODEC = Codec(
    decode_xml_list_of_e_mail_envelope,
    encode_xml_list_of_e_mail_envelope,
    decode_json_list_of_e_mail_envelope,
    encode_json_list_of_e_mail_envelope,
)
