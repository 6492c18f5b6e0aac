"""Services88 types: BlobEntity.

Used by the BLOB agent.
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
    json_object,
    json_unsigned_int,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_str,
    json_write_unsigned_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    read_int,
    read_unsigned_int,
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
    write_unsigned_int,
)
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
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

_BLOB_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BlobEntity"
_BLOB_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BlobId"
_BLOB_SIZE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BlobSize"
_CONCEPTUAL_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ConceptualType"
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_CREATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedDate"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_EXTRA_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraInfo"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_ENCRYPTED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsEncrypted"
_IS_ZIPPED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsZipped"
_MIME_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MimeType"
_ORIGINAL_SIZE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OriginalSize"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_UPDATED_DATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedDate"


@dataclasses.dataclass(kw_only=True, repr=False)
class BlobEntity(Carrier):
    """Carrier object for BlobEntity. Services for the BlobEntity Carrier is available from the
    BLOB Agent.
    """

    blob_id: int | Unset = UNSET
    """Primary key"""
    blob_size: int | Unset = UNSET
    """The length, in bytes, of the binary data AS STORED after any encryption and/or zipping.
    Important to get right, since some databases will not tell us just based on the blob itself!
    """
    description: str | None | Unset = UNSET
    """A description that is entered by the user, and visible to the user"""
    extra_info: str | None | Unset = UNSET
    """Extra information, spare field, can be used for anything that makes sense. Should not refer
    to any particular context, that is something for the BinaryObjectLInk
    """
    is_encrypted: bool | Unset = UNSET
    """Has the data been encrypted."""
    is_zipped: bool | Unset = UNSET
    """Has the data been zipped."""
    mime_type: str | None | Unset = UNSET
    """Mime type, describing the technical type (image/jpeg) of the data"""
    original_size: int | Unset = UNSET
    """Original size of the binary data, before encryption and/or zipping. This is what the
    ultimate client will get
    """
    created_date: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    updated_date: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    created_by: Associate | None | Unset = UNSET
    """The person that first created the document. The property is read-only."""
    updated_by: Associate | None | Unset = UNSET
    """The person that last updated the appointment."""
    conceptual_type: str | None | Unset = UNSET
    """The type, for instance PHOTO, PERSONPHOTO, or whatever, that is descriptive of what kind of
    image or data this is
    """

    def to_xml(self) -> Element:
        return encode_xml_blob_entity(None, _BLOB_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> BlobEntity:
        return record_from_xml(decode_xml_blob_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_blob_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> BlobEntity:
        return record_from_json(decode_json_blob_entity, data)


_BLOB_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "BlobId",
        "BlobSize",
        "Description",
        "ExtraInfo",
        "IsEncrypted",
        "IsZipped",
        "MimeType",
        "OriginalSize",
        "CreatedDate",
        "UpdatedDate",
        "CreatedBy",
        "UpdatedBy",
        "ConceptualType",
    )
)


def decode_xml_blob_entity(element: Element) -> BlobEntity:
    value = BlobEntity()
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
        elif tag == _BLOB_ID:
            value.blob_id = read_int(child)
        elif tag == _BLOB_SIZE:
            value.blob_size = read_unsigned_int(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _EXTRA_INFO:
            value.extra_info = child.text or empty_or_nil(child)
        elif tag == _IS_ENCRYPTED:
            value.is_encrypted = read_bool(child)
        elif tag == _IS_ZIPPED:
            value.is_zipped = read_bool(child)
        elif tag == _MIME_TYPE:
            value.mime_type = child.text or empty_or_nil(child)
        elif tag == _ORIGINAL_SIZE:
            value.original_size = read_unsigned_int(child)
        elif tag == _CREATED_DATE:
            value.created_date = read_datetime(child)
        elif tag == _UPDATED_DATE:
            value.updated_date = read_datetime(child)
        elif tag == _CREATED_BY:
            value.created_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _UPDATED_BY:
            value.updated_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _CONCEPTUAL_TYPE:
            value.conceptual_type = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_blob_entity(parent: Element | None, tag: str, value: BlobEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _BLOB_ID, value.blob_id, write_int)
    put(element, _BLOB_SIZE, value.blob_size, write_unsigned_int)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _EXTRA_INFO, value.extra_info, write_str)
    put(element, _IS_ENCRYPTED, value.is_encrypted, write_bool)
    put(element, _IS_ZIPPED, value.is_zipped, write_bool)
    put(element, _MIME_TYPE, value.mime_type, write_str)
    put(element, _ORIGINAL_SIZE, value.original_size, write_unsigned_int)
    put(element, _CREATED_DATE, value.created_date, write_datetime)
    put(element, _UPDATED_DATE, value.updated_date, write_datetime)
    put(element, _CREATED_BY, value.created_by, encode_xml_associate)
    put(element, _UPDATED_BY, value.updated_by, encode_xml_associate)
    put(element, _CONCEPTUAL_TYPE, value.conceptual_type, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_blob_entity(data: Any, path: str) -> BlobEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(BlobEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.blob_id = take_int(data, "BlobId", path)
    value.blob_size = take(data, "BlobSize", path, json_unsigned_int)
    value.description = take_str_nillable(data, "Description", path)
    value.extra_info = take_str_nillable(data, "ExtraInfo", path)
    value.is_encrypted = take_bool(data, "IsEncrypted", path)
    value.is_zipped = take_bool(data, "IsZipped", path)
    value.mime_type = take_str_nillable(data, "MimeType", path)
    value.original_size = take(data, "OriginalSize", path, json_unsigned_int)
    value.created_date = take(data, "CreatedDate", path, json_datetime)
    value.updated_date = take(data, "UpdatedDate", path, json_datetime)
    value.created_by = take_nillable(data, "CreatedBy", path, decode_json_associate)
    value.updated_by = take_nillable(data, "UpdatedBy", path, decode_json_associate)
    value.conceptual_type = take_str_nillable(data, "ConceptualType", path)
    value.extra = (
        None if _BLOB_ENTITY_KEYS.issuperset(data) else json_extra(data, _BLOB_ENTITY_KEYS)
    )
    return value


def encode_json_blob_entity(value: BlobEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "BlobId", value.blob_id, json_write_int)
    put_json(result, "BlobSize", value.blob_size, json_write_unsigned_int)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "ExtraInfo", value.extra_info, json_write_str)
    put_json(result, "IsEncrypted", value.is_encrypted, json_write_bool)
    put_json(result, "IsZipped", value.is_zipped, json_write_bool)
    put_json(result, "MimeType", value.mime_type, json_write_str)
    put_json(result, "OriginalSize", value.original_size, json_write_unsigned_int)
    put_json(result, "CreatedDate", value.created_date, json_write_datetime)
    put_json(result, "UpdatedDate", value.updated_date, json_write_datetime)
    put_json(result, "CreatedBy", value.created_by, encode_json_associate)
    put_json(result, "UpdatedBy", value.updated_by, encode_json_associate)
    put_json(result, "ConceptualType", value.conceptual_type, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


BLOB_ENTITY_CODEC = Codec(
    decode_xml_blob_entity,
    encode_xml_blob_entity,
    decode_json_blob_entity,
    encode_json_blob_entity,
)
