"""Services88 types: ArrayOfAttachmentEntity, AttachmentEntity.

Used by the CustomerService, Person, Ticket agents.
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

_ATTACHMENT_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AttachmentEntity"
_ATTACHMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AttachmentId"
_ATT_SIZE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AttSize"
_AUTH_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AuthKey"
_CONTENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContentId"
_CONTENT_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContentType"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_INLINE_IMAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}InlineImage"
_IS_SAFE_FILE_EXTENSION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsSafeFileExtension"
)
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class AttachmentEntity(Carrier):
    """The Attachment carrier represent meta data for a Service attachment

    Carrier object for AttachmentEntity. Services for the AttachmentEntity Carrier is available
    from the Ticket Agent.
    """

    attachment_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    name: str | None | Unset = UNSET
    """The filename for the attachment."""
    content_type: str | None | Unset = UNSET
    """The content type for the attachment (e.g. &amp;apos;applaction/octet-stream&amp;apos; or
    &amp;apos;application/vnd.openxmlformats-officedocument.wordprocessingml.document&amp;apos;).
    """
    att_size: int | Unset = UNSET
    """The size (in bytes) for the attachment."""
    inline_image: bool | Unset = UNSET
    """True if this attachment is inlined in the html_body."""
    content_id: str | None | Unset = UNSET
    """The content_id of this attachment, used for inline images"""
    auth_key: str | None | Unset = UNSET
    """The key used for authenticating access to this attachment."""
    is_safe_file_extension: bool | Unset = UNSET
    """Is file considered to be safe (based on extension and settings)"""

    def to_xml(self) -> Element:
        return encode_xml_attachment_entity(None, _ATTACHMENT_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> AttachmentEntity:
        return record_from_xml(decode_xml_attachment_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_attachment_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> AttachmentEntity:
        return record_from_json(decode_json_attachment_entity, data)


_ATTACHMENT_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "AttachmentId",
        "Name",
        "ContentType",
        "AttSize",
        "InlineImage",
        "ContentId",
        "AuthKey",
        "IsSafeFileExtension",
    )
)


def decode_xml_attachment_entity(element: Element) -> AttachmentEntity:
    value = AttachmentEntity()
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
        elif tag == _ATTACHMENT_ID:
            value.attachment_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _CONTENT_TYPE:
            value.content_type = child.text or empty_or_nil(child)
        elif tag == _ATT_SIZE:
            value.att_size = read_int(child)
        elif tag == _INLINE_IMAGE:
            value.inline_image = read_bool(child)
        elif tag == _CONTENT_ID:
            value.content_id = child.text or empty_or_nil(child)
        elif tag == _AUTH_KEY:
            value.auth_key = child.text or empty_or_nil(child)
        elif tag == _IS_SAFE_FILE_EXTENSION:
            value.is_safe_file_extension = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_attachment_entity(
    parent: Element | None, tag: str, value: AttachmentEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ATTACHMENT_ID, value.attachment_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _CONTENT_TYPE, value.content_type, write_str)
    put(element, _ATT_SIZE, value.att_size, write_int)
    put(element, _INLINE_IMAGE, value.inline_image, write_bool)
    put(element, _CONTENT_ID, value.content_id, write_str)
    put(element, _AUTH_KEY, value.auth_key, write_str)
    put(element, _IS_SAFE_FILE_EXTENSION, value.is_safe_file_extension, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_attachment_entity(data: Any, path: str) -> AttachmentEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(AttachmentEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.attachment_id = take_int(data, "AttachmentId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.content_type = take_str_nillable(data, "ContentType", path)
    value.att_size = take_int(data, "AttSize", path)
    value.inline_image = take_bool(data, "InlineImage", path)
    value.content_id = take_str_nillable(data, "ContentId", path)
    value.auth_key = take_str_nillable(data, "AuthKey", path)
    value.is_safe_file_extension = take_bool(data, "IsSafeFileExtension", path)
    value.extra = (
        None
        if _ATTACHMENT_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _ATTACHMENT_ENTITY_KEYS)
    )
    return value


def encode_json_attachment_entity(value: AttachmentEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "AttachmentId", value.attachment_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "ContentType", value.content_type, json_write_str)
    put_json(result, "AttSize", value.att_size, json_write_int)
    put_json(result, "InlineImage", value.inline_image, json_write_bool)
    put_json(result, "ContentId", value.content_id, json_write_str)
    put_json(result, "AuthKey", value.auth_key, json_write_str)
    put_json(result, "IsSafeFileExtension", value.is_safe_file_extension, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ATTACHMENT_ENTITY_CODEC = Codec(
    decode_xml_attachment_entity,
    encode_xml_attachment_entity,
    decode_json_attachment_entity,
    encode_json_attachment_entity,
)


def decode_xml_list_of_attachment_entity(element: Element) -> list[AttachmentEntity | None]:
    """``ArrayOfAttachmentEntity``: a list of ``AttachmentEntity`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_attachment_entity(child))
        for child in element
        if child.tag == _ATTACHMENT_ENTITY
    ]


def encode_xml_list_of_attachment_entity(
    parent: Element | None, tag: str, value: list[AttachmentEntity | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ATTACHMENT_ENTITY, item, encode_xml_attachment_entity)
    return element


def decode_json_list_of_attachment_entity(data: Any, path: str) -> list[AttachmentEntity | None]:
    return json_items_nillable(data, path, decode_json_attachment_entity)


def encode_json_list_of_attachment_entity(value: list[AttachmentEntity | None]) -> list[Any]:
    return [(None if item is None else encode_json_attachment_entity(item)) for item in value]


LIST_OF_ATTACHMENT_ENTITY_CODEC = Codec(
    decode_xml_list_of_attachment_entity,
    encode_xml_list_of_attachment_entity,
    decode_json_list_of_attachment_entity,
    encode_json_list_of_attachment_entity,
)
