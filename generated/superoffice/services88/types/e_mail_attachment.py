"""Services88 types: ArrayOfEMailAttachment, EMailAttachment.

Used by the Appointment, EMail agents.
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
    json_bytes,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_bytes,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_bytes,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_bytes,
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

_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_DISPOSITION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Disposition"
_ENCODING = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Encoding"
_E_MAIL_ATTACHMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMailAttachment"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FILENAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Filename"
_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_IS_SAFE_FILE_EXTENSION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsSafeFileExtension"
)
_SIZE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Size"
_STREAM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Stream"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"


@dataclasses.dataclass(kw_only=True, repr=False)
class EMailAttachment(Carrier):
    """Information about an attachment

    Carrier object for EMailAttachment. Services for the EMailAttachment Carrier is available
    from the EMail Agent.
    """

    description: str | None | Unset = UNSET
    """Name/description"""
    filename: str | None | Unset = UNSET
    """Filename"""
    size: int | Unset = UNSET
    """Size of attachment"""
    type: str | None | Unset = UNSET
    """Attachment Content-Type"""
    encoding: str | None | Unset = UNSET
    """Content-Transfer-Encoding"""
    id: str | None | Unset = UNSET
    """Content-ID"""
    disposition: str | None | Unset = UNSET
    """Content-Disposition"""
    is_safe_file_extension: bool | Unset = UNSET
    """If the user should be allowed to download and perform other actions on the attachment."""
    stream: bytes | None | Unset = UNSET
    """Binary stream for outgoing attachments. This property will not be populated for existing
    e-mail items.
    """

    def to_xml(self) -> Element:
        return encode_xml_e_mail_attachment(None, _E_MAIL_ATTACHMENT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> EMailAttachment:
        return record_from_xml(decode_xml_e_mail_attachment, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_e_mail_attachment(self)

    @classmethod
    def from_json(cls, data: Any) -> EMailAttachment:
        return record_from_json(decode_json_e_mail_attachment, data)


_E_MAIL_ATTACHMENT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Description",
        "Filename",
        "Size",
        "Type",
        "Encoding",
        "Id",
        "Disposition",
        "IsSafeFileExtension",
        "Stream",
    )
)


def decode_xml_e_mail_attachment(element: Element) -> EMailAttachment:
    value = EMailAttachment()
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
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _FILENAME:
            value.filename = child.text or empty_or_nil(child)
        elif tag == _SIZE:
            value.size = read_int(child)
        elif tag == _TYPE:
            value.type = child.text or empty_or_nil(child)
        elif tag == _ENCODING:
            value.encoding = child.text or empty_or_nil(child)
        elif tag == _ID:
            value.id = child.text or empty_or_nil(child)
        elif tag == _DISPOSITION:
            value.disposition = child.text or empty_or_nil(child)
        elif tag == _IS_SAFE_FILE_EXTENSION:
            value.is_safe_file_extension = read_bool(child)
        elif tag == _STREAM:
            value.stream = None if child.get(XSI_NIL) in NIL else read_bytes(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_e_mail_attachment(
    parent: Element | None, tag: str, value: EMailAttachment
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _FILENAME, value.filename, write_str)
    put(element, _SIZE, value.size, write_int)
    put(element, _TYPE, value.type, write_str)
    put(element, _ENCODING, value.encoding, write_str)
    put(element, _ID, value.id, write_str)
    put(element, _DISPOSITION, value.disposition, write_str)
    put(element, _IS_SAFE_FILE_EXTENSION, value.is_safe_file_extension, write_bool)
    put(element, _STREAM, value.stream, write_bytes)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_e_mail_attachment(data: Any, path: str) -> EMailAttachment:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(EMailAttachment)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.description = take_str_nillable(data, "Description", path)
    value.filename = take_str_nillable(data, "Filename", path)
    value.size = take_int(data, "Size", path)
    value.type = take_str_nillable(data, "Type", path)
    value.encoding = take_str_nillable(data, "Encoding", path)
    value.id = take_str_nillable(data, "Id", path)
    value.disposition = take_str_nillable(data, "Disposition", path)
    value.is_safe_file_extension = take_bool(data, "IsSafeFileExtension", path)
    value.stream = take_nillable(data, "Stream", path, json_bytes)
    value.extra = (
        None
        if _E_MAIL_ATTACHMENT_KEYS.issuperset(data)
        else json_extra(data, _E_MAIL_ATTACHMENT_KEYS)
    )
    return value


def encode_json_e_mail_attachment(value: EMailAttachment) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "Filename", value.filename, json_write_str)
    put_json(result, "Size", value.size, json_write_int)
    put_json(result, "Type", value.type, json_write_str)
    put_json(result, "Encoding", value.encoding, json_write_str)
    put_json(result, "Id", value.id, json_write_str)
    put_json(result, "Disposition", value.disposition, json_write_str)
    put_json(result, "IsSafeFileExtension", value.is_safe_file_extension, json_write_bool)
    put_json(result, "Stream", value.stream, json_write_bytes)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


E_MAIL_ATTACHMENT_CODEC = Codec(
    decode_xml_e_mail_attachment,
    encode_xml_e_mail_attachment,
    decode_json_e_mail_attachment,
    encode_json_e_mail_attachment,
)


def decode_xml_list_of_e_mail_attachment(element: Element) -> list[EMailAttachment | None]:
    """``ArrayOfEMailAttachment``: a list of ``EMailAttachment`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_e_mail_attachment(child))
        for child in element
        if child.tag == _E_MAIL_ATTACHMENT
    ]


def encode_xml_list_of_e_mail_attachment(
    parent: Element | None, tag: str, value: list[EMailAttachment | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _E_MAIL_ATTACHMENT, item, encode_xml_e_mail_attachment)
    return element


def decode_json_list_of_e_mail_attachment(data: Any, path: str) -> list[EMailAttachment | None]:
    return json_items_nillable(data, path, decode_json_e_mail_attachment)


def encode_json_list_of_e_mail_attachment(value: list[EMailAttachment | None]) -> list[Any]:
    return [(None if item is None else encode_json_e_mail_attachment(item)) for item in value]


LIST_OF_E_MAIL_ATTACHMENT_CODEC = Codec(
    decode_xml_list_of_e_mail_attachment,
    encode_xml_list_of_e_mail_attachment,
    decode_json_list_of_e_mail_attachment,
    encode_json_list_of_e_mail_attachment,
)
