"""Services88 types: ArrayOfEMailEntity, EMailEntity.

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
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
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
    write_datetime,
    write_int,
    write_str,
)
from .cal_method import (
    CalMethod,
    decode_json_cal_method,
    decode_xml_cal_method,
    encode_json_cal_method,
    encode_xml_cal_method,
)
from .cal_reply_status import (
    CalReplyStatus,
    decode_json_cal_reply_status,
    decode_xml_cal_reply_status,
    encode_json_cal_reply_status,
    encode_xml_cal_reply_status,
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
from .e_mail_attachment import (
    EMailAttachment,
    decode_json_list_of_e_mail_attachment,
    decode_xml_list_of_e_mail_attachment,
    encode_json_list_of_e_mail_attachment,
    encode_xml_list_of_e_mail_attachment,
)
from .e_mail_custom_header import (
    EMailCustomHeader,
    decode_json_list_of_e_mail_custom_header,
    decode_xml_list_of_e_mail_custom_header,
    encode_json_list_of_e_mail_custom_header,
    encode_xml_list_of_e_mail_custom_header,
)
from .e_mail_envelope import (
    EMailEnvelope,
    decode_json_e_mail_envelope,
    decode_xml_e_mail_envelope,
    encode_json_e_mail_envelope,
    encode_xml_e_mail_envelope,
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

_ACCOUNT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AccountId"
_ATTACHMENTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Attachments"
_BCC = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Bcc"
_CAL_METHOD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CalMethod"
_CAL_REPLY_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CalReplyStatus"
_CC = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Cc"
_CUSTOM_HEADER_LIST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomHeaderList"
_EMAIL_ITEM_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailItemId"
_E_MAIL_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMailEntity"
_E_MAIL_SO_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMailSOInfo"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FLAGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Flags"
_FOLDER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FolderName"
_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}From"
_HAS_CALENDAR_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasCalendarData"
_HTML_BODY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HTMLBody"
_IN_REPLY_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InReplyTo"
_IS_SENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsSent"
_MESSAGE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MessageID"
_PLAIN_BODY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PlainBody"
_PRIORITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Priority"
_RECEIVED_AT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReceivedAt"
_REPLIED_AT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RepliedAt"
_SENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Sent"
_SERVER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ServerId"
_SIZE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Size"
_SUBJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Subject"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}To"


@dataclasses.dataclass(kw_only=True, repr=False)
class EMailEntity(Carrier):
    """All information about an e-mail

    Carrier object for EMailEntity. Services for the EMailEntity Carrier is available from the
    EMail Agent.
    """

    to: list[EMailAddress | None] | None | Unset = UNSET
    """To recipients of e-mail"""
    cc: list[EMailAddress | None] | None | Unset = UNSET
    """Cc recipients of e-mail"""
    bcc: list[EMailAddress | None] | None | Unset = UNSET
    """Bcc recipient of e-mail"""
    subject: str | None | Unset = UNSET
    """Subject of the e-mail"""
    html_body: str | None | Unset = UNSET
    """Body formatted in HTML"""
    from_: EMailAddress | None | Unset = UNSET
    """Who did the e-mail originate from"""
    sent: datetime.datetime | Unset = UNSET
    """When was the e-mail sent"""
    size: int | Unset = UNSET
    """Total size of the e-mail"""
    priority: EMailPriority | str | Unset = UNSET
    """Importance of the e-mail"""
    flags: EMailFlags | str | Unset = UNSET
    """Flag status of this mail (unread, replied, deleted )"""
    message_id: str | None | Unset = UNSET
    """Unique id of e-mails"""
    plain_body: str | None | Unset = UNSET
    """Body formatted in plain text"""
    is_sent: bool | Unset = UNSET
    """Is this a sent e-mail (not new)"""
    e_mail_so_info: EMailSOInfo | None | Unset = UNSET
    """Glue between SuperOffice data and an e-mail."""
    server_id: int | Unset = UNSET
    """Unique id for the e-mail on the server"""
    attachments: list[EMailAttachment | None] | None | Unset = UNSET
    custom_header_list: list[EMailCustomHeader | None] | None | Unset = UNSET
    """Non standard e-mail headers"""
    folder_name: str | None | Unset = UNSET
    """Name of folder the e-mail belongs in"""
    email_item_id: int | Unset = UNSET
    """Primary key"""
    account_id: int | Unset = UNSET
    """Account Id"""
    received_at: datetime.datetime | Unset = UNSET
    """Received date time"""
    in_reply_to: EMailEnvelope | None | Unset = UNSET
    """The envelope of the email this email is a reply to, if it exists"""
    replied_at: datetime.datetime | Unset = UNSET
    """When this email was replied at"""
    has_calendar_data: bool | Unset = UNSET
    """If this email contains exactly one iCal appointment"""
    cal_method: CalMethod | str | Unset = UNSET
    """Method stored in the associated iCal appointment. Indicates if the iCal data is a reply,
    counter proposal etc.
    """
    cal_reply_status: CalReplyStatus | str | Unset = UNSET
    """Reply status stored in calendar data for the ical method is REPLY"""

    def to_xml(self) -> Element:
        return encode_xml_e_mail_entity(None, _E_MAIL_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> EMailEntity:
        return record_from_xml(decode_xml_e_mail_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_e_mail_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> EMailEntity:
        return record_from_json(decode_json_e_mail_entity, data)


_E_MAIL_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "To",
        "Cc",
        "Bcc",
        "Subject",
        "HTMLBody",
        "From",
        "Sent",
        "Size",
        "Priority",
        "Flags",
        "MessageID",
        "PlainBody",
        "IsSent",
        "EMailSOInfo",
        "ServerId",
        "Attachments",
        "CustomHeaderList",
        "FolderName",
        "EmailItemId",
        "AccountId",
        "ReceivedAt",
        "InReplyTo",
        "RepliedAt",
        "HasCalendarData",
        "CalMethod",
        "CalReplyStatus",
    )
)


def decode_xml_e_mail_entity(element: Element) -> EMailEntity:
    value = EMailEntity()
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
        elif tag == _TO:
            value.to = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_e_mail_address(child)
            )
        elif tag == _CC:
            value.cc = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_e_mail_address(child)
            )
        elif tag == _BCC:
            value.bcc = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_e_mail_address(child)
            )
        elif tag == _SUBJECT:
            value.subject = child.text or empty_or_nil(child)
        elif tag == _HTML_BODY:
            value.html_body = child.text or empty_or_nil(child)
        elif tag == _FROM:
            value.from_ = None if child.get(XSI_NIL) in NIL else decode_xml_e_mail_address(child)
        elif tag == _SENT:
            value.sent = read_datetime(child)
        elif tag == _SIZE:
            value.size = read_int(child)
        elif tag == _PRIORITY:
            value.priority = decode_xml_e_mail_priority(child)
        elif tag == _FLAGS:
            value.flags = decode_xml_e_mail_flags(child)
        elif tag == _MESSAGE_ID:
            value.message_id = child.text or empty_or_nil(child)
        elif tag == _PLAIN_BODY:
            value.plain_body = child.text or empty_or_nil(child)
        elif tag == _IS_SENT:
            value.is_sent = read_bool(child)
        elif tag == _E_MAIL_SO_INFO:
            value.e_mail_so_info = (
                None if child.get(XSI_NIL) in NIL else decode_xml_e_mail_so_info(child)
            )
        elif tag == _SERVER_ID:
            value.server_id = read_int(child)
        elif tag == _ATTACHMENTS:
            value.attachments = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_e_mail_attachment(child)
            )
        elif tag == _CUSTOM_HEADER_LIST:
            value.custom_header_list = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_e_mail_custom_header(child)
            )
        elif tag == _FOLDER_NAME:
            value.folder_name = child.text or empty_or_nil(child)
        elif tag == _EMAIL_ITEM_ID:
            value.email_item_id = read_int(child)
        elif tag == _ACCOUNT_ID:
            value.account_id = read_int(child)
        elif tag == _RECEIVED_AT:
            value.received_at = read_datetime(child)
        elif tag == _IN_REPLY_TO:
            value.in_reply_to = (
                None if child.get(XSI_NIL) in NIL else decode_xml_e_mail_envelope(child)
            )
        elif tag == _REPLIED_AT:
            value.replied_at = read_datetime(child)
        elif tag == _HAS_CALENDAR_DATA:
            value.has_calendar_data = read_bool(child)
        elif tag == _CAL_METHOD:
            value.cal_method = decode_xml_cal_method(child)
        elif tag == _CAL_REPLY_STATUS:
            value.cal_reply_status = decode_xml_cal_reply_status(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_e_mail_entity(parent: Element | None, tag: str, value: EMailEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TO, value.to, encode_xml_list_of_e_mail_address)
    put(element, _CC, value.cc, encode_xml_list_of_e_mail_address)
    put(element, _BCC, value.bcc, encode_xml_list_of_e_mail_address)
    put(element, _SUBJECT, value.subject, write_str)
    put(element, _HTML_BODY, value.html_body, write_str)
    put(element, _FROM, value.from_, encode_xml_e_mail_address)
    put(element, _SENT, value.sent, write_datetime)
    put(element, _SIZE, value.size, write_int)
    put(element, _PRIORITY, value.priority, encode_xml_e_mail_priority)
    put(element, _FLAGS, value.flags, encode_xml_e_mail_flags)
    put(element, _MESSAGE_ID, value.message_id, write_str)
    put(element, _PLAIN_BODY, value.plain_body, write_str)
    put(element, _IS_SENT, value.is_sent, write_bool)
    put(element, _E_MAIL_SO_INFO, value.e_mail_so_info, encode_xml_e_mail_so_info)
    put(element, _SERVER_ID, value.server_id, write_int)
    put(element, _ATTACHMENTS, value.attachments, encode_xml_list_of_e_mail_attachment)
    put(
        element,
        _CUSTOM_HEADER_LIST,
        value.custom_header_list,
        encode_xml_list_of_e_mail_custom_header,
    )
    put(element, _FOLDER_NAME, value.folder_name, write_str)
    put(element, _EMAIL_ITEM_ID, value.email_item_id, write_int)
    put(element, _ACCOUNT_ID, value.account_id, write_int)
    put(element, _RECEIVED_AT, value.received_at, write_datetime)
    put(element, _IN_REPLY_TO, value.in_reply_to, encode_xml_e_mail_envelope)
    put(element, _REPLIED_AT, value.replied_at, write_datetime)
    put(element, _HAS_CALENDAR_DATA, value.has_calendar_data, write_bool)
    put(element, _CAL_METHOD, value.cal_method, encode_xml_cal_method)
    put(element, _CAL_REPLY_STATUS, value.cal_reply_status, encode_xml_cal_reply_status)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_e_mail_entity(data: Any, path: str) -> EMailEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(EMailEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.to = take_nillable(data, "To", path, decode_json_list_of_e_mail_address)
    value.cc = take_nillable(data, "Cc", path, decode_json_list_of_e_mail_address)
    value.bcc = take_nillable(data, "Bcc", path, decode_json_list_of_e_mail_address)
    value.subject = take_str_nillable(data, "Subject", path)
    value.html_body = take_str_nillable(data, "HTMLBody", path)
    value.from_ = take_nillable(data, "From", path, decode_json_e_mail_address)
    value.sent = take(data, "Sent", path, json_datetime)
    value.size = take_int(data, "Size", path)
    value.priority = take(data, "Priority", path, decode_json_e_mail_priority)
    value.flags = take(data, "Flags", path, decode_json_e_mail_flags)
    value.message_id = take_str_nillable(data, "MessageID", path)
    value.plain_body = take_str_nillable(data, "PlainBody", path)
    value.is_sent = take_bool(data, "IsSent", path)
    value.e_mail_so_info = take_nillable(data, "EMailSOInfo", path, decode_json_e_mail_so_info)
    value.server_id = take_int(data, "ServerId", path)
    value.attachments = take_nillable(
        data, "Attachments", path, decode_json_list_of_e_mail_attachment
    )
    value.custom_header_list = take_nillable(
        data, "CustomHeaderList", path, decode_json_list_of_e_mail_custom_header
    )
    value.folder_name = take_str_nillable(data, "FolderName", path)
    value.email_item_id = take_int(data, "EmailItemId", path)
    value.account_id = take_int(data, "AccountId", path)
    value.received_at = take(data, "ReceivedAt", path, json_datetime)
    value.in_reply_to = take_nillable(data, "InReplyTo", path, decode_json_e_mail_envelope)
    value.replied_at = take(data, "RepliedAt", path, json_datetime)
    value.has_calendar_data = take_bool(data, "HasCalendarData", path)
    value.cal_method = take(data, "CalMethod", path, decode_json_cal_method)
    value.cal_reply_status = take(data, "CalReplyStatus", path, decode_json_cal_reply_status)
    value.extra = (
        None if _E_MAIL_ENTITY_KEYS.issuperset(data) else json_extra(data, _E_MAIL_ENTITY_KEYS)
    )
    return value


def encode_json_e_mail_entity(value: EMailEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "To", value.to, encode_json_list_of_e_mail_address)
    put_json(result, "Cc", value.cc, encode_json_list_of_e_mail_address)
    put_json(result, "Bcc", value.bcc, encode_json_list_of_e_mail_address)
    put_json(result, "Subject", value.subject, json_write_str)
    put_json(result, "HTMLBody", value.html_body, json_write_str)
    put_json(result, "From", value.from_, encode_json_e_mail_address)
    put_json(result, "Sent", value.sent, json_write_datetime)
    put_json(result, "Size", value.size, json_write_int)
    put_json(result, "Priority", value.priority, encode_json_e_mail_priority)
    put_json(result, "Flags", value.flags, encode_json_e_mail_flags)
    put_json(result, "MessageID", value.message_id, json_write_str)
    put_json(result, "PlainBody", value.plain_body, json_write_str)
    put_json(result, "IsSent", value.is_sent, json_write_bool)
    put_json(result, "EMailSOInfo", value.e_mail_so_info, encode_json_e_mail_so_info)
    put_json(result, "ServerId", value.server_id, json_write_int)
    put_json(result, "Attachments", value.attachments, encode_json_list_of_e_mail_attachment)
    put_json(
        result,
        "CustomHeaderList",
        value.custom_header_list,
        encode_json_list_of_e_mail_custom_header,
    )
    put_json(result, "FolderName", value.folder_name, json_write_str)
    put_json(result, "EmailItemId", value.email_item_id, json_write_int)
    put_json(result, "AccountId", value.account_id, json_write_int)
    put_json(result, "ReceivedAt", value.received_at, json_write_datetime)
    put_json(result, "InReplyTo", value.in_reply_to, encode_json_e_mail_envelope)
    put_json(result, "RepliedAt", value.replied_at, json_write_datetime)
    put_json(result, "HasCalendarData", value.has_calendar_data, json_write_bool)
    put_json(result, "CalMethod", value.cal_method, encode_json_cal_method)
    put_json(result, "CalReplyStatus", value.cal_reply_status, encode_json_cal_reply_status)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


E_MAIL_ENTITY_CODEC = Codec(
    decode_xml_e_mail_entity,
    encode_xml_e_mail_entity,
    decode_json_e_mail_entity,
    encode_json_e_mail_entity,
)


def decode_xml_list_of_e_mail_entity(element: Element) -> list[EMailEntity | None]:
    """``ArrayOfEMailEntity``: a list of ``EMailEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_e_mail_entity(child))
        for child in element
        if child.tag == _E_MAIL_ENTITY
    ]


def encode_xml_list_of_e_mail_entity(
    parent: Element | None, tag: str, value: list[EMailEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _E_MAIL_ENTITY, item, encode_xml_e_mail_entity)
    return element


def decode_json_list_of_e_mail_entity(data: Any, path: str) -> list[EMailEntity | None]:
    return json_items_nillable(data, path, decode_json_e_mail_entity)


def encode_json_list_of_e_mail_entity(value: list[EMailEntity | None]) -> list[Any]:
    return [(None if item is None else encode_json_e_mail_entity(item)) for item in value]


LIST_OF_E_MAIL_ENTITY_CODEC = Codec(
    decode_xml_list_of_e_mail_entity,
    encode_xml_list_of_e_mail_entity,
    decode_json_list_of_e_mail_entity,
    encode_json_list_of_e_mail_entity,
)
