"""Services88 types: AttachmentPreview.

Used by the Ticket agent.
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
    json_bytes,
    json_datetime,
    json_extra,
    json_object,
    json_write_bytes,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bytes,
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
    write_bytes,
    write_datetime,
    write_int,
    write_str,
)
from .attachment_entity import (
    AttachmentEntity,
    decode_json_list_of_attachment_entity,
    decode_xml_list_of_attachment_entity,
    encode_json_list_of_attachment_entity,
    encode_xml_list_of_attachment_entity,
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

_ATTACHMENT_PREVIEW = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AttachmentPreview"
_CONTENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Content"
_EMAIL_ATTACHMENTS_INFO = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailAttachmentsInfo"
)
_EMAIL_CC = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailCc"
_EMAIL_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailDate"
_EMAIL_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailFrom"
_EMAIL_SUBJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailSubject"
_EMAIL_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EmailTo"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_MIME_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MimeType"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_SIZE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Size"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class AttachmentPreview(Carrier):
    """Service attachment data intended for preview purposes

    Carrier object for AttachmentPreview. Services for the AttachmentPreview Carrier is
    available from the Ticket Agent.
    """

    name: str | None | Unset = UNSET
    """Name of the attachment file"""
    mime_type: str | None | Unset = UNSET
    """The mimetype of the attachment"""
    size: int | Unset = UNSET
    """Size of the attachment in bytes"""
    content: bytes | None | Unset = UNSET
    """Attachment data"""
    email_subject: str | None | Unset = UNSET
    """Subject of the attached RFC822 email. Null for non-RFC822 attachment"""
    email_from: str | None | Unset = UNSET
    """From field of the attached RFC822 email. Null for non-RFC822 attachment"""
    email_to: str | None | Unset = UNSET
    """To field of the attached RFC822 email. Null for non-RFC822 attachment"""
    email_cc: str | None | Unset = UNSET
    """Cc field of the attached RFC822 email. Null for non-RFC822 attachment"""
    email_date: datetime.datetime | Unset = UNSET
    """Date of the attached RFC822 email. Default DateTime value for non-RFC822 attachment"""
    email_attachments_info: list[AttachmentEntity | None] | None | Unset = UNSET
    """The attachments inside the attached RFC822 email. Empty array for non-RFC822 attachment"""

    def to_xml(self) -> Element:
        return encode_xml_attachment_preview(None, _ATTACHMENT_PREVIEW, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> AttachmentPreview:
        return record_from_xml(decode_xml_attachment_preview, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_attachment_preview(self)

    @classmethod
    def from_json(cls, data: Any) -> AttachmentPreview:
        return record_from_json(decode_json_attachment_preview, data)


_ATTACHMENT_PREVIEW_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "MimeType",
        "Size",
        "Content",
        "EmailSubject",
        "EmailFrom",
        "EmailTo",
        "EmailCc",
        "EmailDate",
        "EmailAttachmentsInfo",
    )
)


def decode_xml_attachment_preview(element: Element) -> AttachmentPreview:
    value = AttachmentPreview()
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
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _MIME_TYPE:
            value.mime_type = child.text or empty_or_nil(child)
        elif tag == _SIZE:
            value.size = read_int(child)
        elif tag == _CONTENT:
            value.content = None if child.get(XSI_NIL) in NIL else read_bytes(child)
        elif tag == _EMAIL_SUBJECT:
            value.email_subject = child.text or empty_or_nil(child)
        elif tag == _EMAIL_FROM:
            value.email_from = child.text or empty_or_nil(child)
        elif tag == _EMAIL_TO:
            value.email_to = child.text or empty_or_nil(child)
        elif tag == _EMAIL_CC:
            value.email_cc = child.text or empty_or_nil(child)
        elif tag == _EMAIL_DATE:
            value.email_date = read_datetime(child)
        elif tag == _EMAIL_ATTACHMENTS_INFO:
            value.email_attachments_info = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_attachment_entity(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_attachment_preview(
    parent: Element | None, tag: str, value: AttachmentPreview
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(element, _MIME_TYPE, value.mime_type, write_str)
    put(element, _SIZE, value.size, write_int)
    put(element, _CONTENT, value.content, write_bytes)
    put(element, _EMAIL_SUBJECT, value.email_subject, write_str)
    put(element, _EMAIL_FROM, value.email_from, write_str)
    put(element, _EMAIL_TO, value.email_to, write_str)
    put(element, _EMAIL_CC, value.email_cc, write_str)
    put(element, _EMAIL_DATE, value.email_date, write_datetime)
    put(
        element,
        _EMAIL_ATTACHMENTS_INFO,
        value.email_attachments_info,
        encode_xml_list_of_attachment_entity,
    )
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_attachment_preview(data: Any, path: str) -> AttachmentPreview:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(AttachmentPreview)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.mime_type = take_str_nillable(data, "MimeType", path)
    value.size = take_int(data, "Size", path)
    value.content = take_nillable(data, "Content", path, json_bytes)
    value.email_subject = take_str_nillable(data, "EmailSubject", path)
    value.email_from = take_str_nillable(data, "EmailFrom", path)
    value.email_to = take_str_nillable(data, "EmailTo", path)
    value.email_cc = take_str_nillable(data, "EmailCc", path)
    value.email_date = take(data, "EmailDate", path, json_datetime)
    value.email_attachments_info = take_nillable(
        data, "EmailAttachmentsInfo", path, decode_json_list_of_attachment_entity
    )
    value.extra = (
        None
        if _ATTACHMENT_PREVIEW_KEYS.issuperset(data)
        else json_extra(data, _ATTACHMENT_PREVIEW_KEYS)
    )
    return value


def encode_json_attachment_preview(value: AttachmentPreview) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "MimeType", value.mime_type, json_write_str)
    put_json(result, "Size", value.size, json_write_int)
    put_json(result, "Content", value.content, json_write_bytes)
    put_json(result, "EmailSubject", value.email_subject, json_write_str)
    put_json(result, "EmailFrom", value.email_from, json_write_str)
    put_json(result, "EmailTo", value.email_to, json_write_str)
    put_json(result, "EmailCc", value.email_cc, json_write_str)
    put_json(result, "EmailDate", value.email_date, json_write_datetime)
    put_json(
        result,
        "EmailAttachmentsInfo",
        value.email_attachments_info,
        encode_json_list_of_attachment_entity,
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ATTACHMENT_PREVIEW_CODEC = Codec(
    decode_xml_attachment_preview,
    encode_xml_attachment_preview,
    decode_json_attachment_preview,
    encode_json_attachment_preview,
)
