"""Services88 types: ArrayOfQuoteVersionAttachment, QuoteVersionAttachment.

Used by the Quote agent.
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
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_int,
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
    write_bool,
    write_int,
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

_DOCUMENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DocumentId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_INCLUDED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Included"
_QUOTE_VERSION_ATTACHMENT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuoteVersionAttachment"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class QuoteVersionAttachment(Carrier):
    """Attachment documents for a given version of a Quote

    Carrier object for QuoteVersionAttachment. Services for the QuoteVersionAttachment Carrier
    is available from the Quote Agent.
    """

    document_id: int | Unset = UNSET
    """Link to document"""
    included: bool | Unset = UNSET
    """Will this attachment be included in the next 'Send Quote' operation"""

    def to_xml(self) -> Element:
        return encode_xml_quote_version_attachment(None, _QUOTE_VERSION_ATTACHMENT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> QuoteVersionAttachment:
        return record_from_xml(decode_xml_quote_version_attachment, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_quote_version_attachment(self)

    @classmethod
    def from_json(cls, data: Any) -> QuoteVersionAttachment:
        return record_from_json(decode_json_quote_version_attachment, data)


_QUOTE_VERSION_ATTACHMENT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "DocumentId",
        "Included",
    )
)


def decode_xml_quote_version_attachment(element: Element) -> QuoteVersionAttachment:
    value = QuoteVersionAttachment()
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
        elif tag == _DOCUMENT_ID:
            value.document_id = read_int(child)
        elif tag == _INCLUDED:
            value.included = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_quote_version_attachment(
    parent: Element | None, tag: str, value: QuoteVersionAttachment
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DOCUMENT_ID, value.document_id, write_int)
    put(element, _INCLUDED, value.included, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_quote_version_attachment(data: Any, path: str) -> QuoteVersionAttachment:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(QuoteVersionAttachment)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.document_id = take_int(data, "DocumentId", path)
    value.included = take_bool(data, "Included", path)
    value.extra = (
        None
        if _QUOTE_VERSION_ATTACHMENT_KEYS.issuperset(data)
        else json_extra(data, _QUOTE_VERSION_ATTACHMENT_KEYS)
    )
    return value


def encode_json_quote_version_attachment(value: QuoteVersionAttachment) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "DocumentId", value.document_id, json_write_int)
    put_json(result, "Included", value.included, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


QUOTE_VERSION_ATTACHMENT_CODEC = Codec(
    decode_xml_quote_version_attachment,
    encode_xml_quote_version_attachment,
    decode_json_quote_version_attachment,
    encode_json_quote_version_attachment,
)


def decode_xml_list_of_quote_version_attachment(
    element: Element,
) -> list[QuoteVersionAttachment | None]:
    """``ArrayOfQuoteVersionAttachment``: a list of ``QuoteVersionAttachment`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_quote_version_attachment(child))
        for child in element
        if child.tag == _QUOTE_VERSION_ATTACHMENT
    ]


def encode_xml_list_of_quote_version_attachment(
    parent: Element | None, tag: str, value: list[QuoteVersionAttachment | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _QUOTE_VERSION_ATTACHMENT, item, encode_xml_quote_version_attachment)
    return element


def decode_json_list_of_quote_version_attachment(
    data: Any, path: str
) -> list[QuoteVersionAttachment | None]:
    return json_items_nillable(data, path, decode_json_quote_version_attachment)


def encode_json_list_of_quote_version_attachment(
    value: list[QuoteVersionAttachment | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_quote_version_attachment(item)) for item in value
    ]


LIST_OF_QUOTE_VERSION_ATTACHMENT_CODEC = Codec(
    decode_xml_list_of_quote_version_attachment,
    encode_xml_list_of_quote_version_attachment,
    decode_json_list_of_quote_version_attachment,
    encode_json_list_of_quote_version_attachment,
)
