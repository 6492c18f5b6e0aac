"""Services88 types: DocumentPreview.

Used by the Document, Ticket agents.
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
    json_object,
    json_write_bytes,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bytes,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_int,
    take_nillable,
    take_str_nillable,
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

_DOCUMENT_PREVIEW = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentPreview"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_SIZE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Size"
_STREAM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Stream"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"


@dataclasses.dataclass(kw_only=True, repr=False)
class DocumentPreview(Carrier):
    """Document data intended for preview purposes

    Carrier object for DocumentPreview. Services for the DocumentPreview Carrier is available
    from the Document Agent.
    """

    name: str | None | Unset = UNSET
    """The documents name"""
    type: str | None | Unset = UNSET
    """The mimetype of the stream"""
    size: int | Unset = UNSET
    """Size of the stream"""
    stream: bytes | None | Unset = UNSET
    """Document data"""

    def to_xml(self) -> Element:
        return encode_xml_document_preview(None, _DOCUMENT_PREVIEW, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DocumentPreview:
        return record_from_xml(decode_xml_document_preview, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_document_preview(self)

    @classmethod
    def from_json(cls, data: Any) -> DocumentPreview:
        return record_from_json(decode_json_document_preview, data)


_DOCUMENT_PREVIEW_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "Type",
        "Size",
        "Stream",
    )
)


def decode_xml_document_preview(element: Element) -> DocumentPreview:
    value = DocumentPreview()
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
        elif tag == _TYPE:
            value.type = child.text or empty_or_nil(child)
        elif tag == _SIZE:
            value.size = read_int(child)
        elif tag == _STREAM:
            value.stream = None if child.get(XSI_NIL) in NIL else read_bytes(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_document_preview(
    parent: Element | None, tag: str, value: DocumentPreview
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(element, _TYPE, value.type, write_str)
    put(element, _SIZE, value.size, write_int)
    put(element, _STREAM, value.stream, write_bytes)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_document_preview(data: Any, path: str) -> DocumentPreview:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DocumentPreview)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.type = take_str_nillable(data, "Type", path)
    value.size = take_int(data, "Size", path)
    value.stream = take_nillable(data, "Stream", path, json_bytes)
    value.extra = (
        None
        if _DOCUMENT_PREVIEW_KEYS.issuperset(data)
        else json_extra(data, _DOCUMENT_PREVIEW_KEYS)
    )
    return value


def encode_json_document_preview(value: DocumentPreview) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Type", value.type, json_write_str)
    put_json(result, "Size", value.size, json_write_int)
    put_json(result, "Stream", value.stream, json_write_bytes)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DOCUMENT_PREVIEW_CODEC = Codec(
    decode_xml_document_preview,
    encode_xml_document_preview,
    decode_json_document_preview,
    encode_json_document_preview,
)
