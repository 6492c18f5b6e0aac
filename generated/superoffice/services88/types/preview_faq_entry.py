"""Services88 types: PreviewFaqEntry.

Used by the CustomerService agent.
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
    json_write_datetime,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_nillable,
    take_str_nillable,
    write_datetime,
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

_ANSWER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Answer"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PREVIEW_FAQ_ENTRY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreviewFaqEntry"
_QUESTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Question"
_REGISTERED_BY_FULL_NAME = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}RegisteredByFullName"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TITLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Title"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"


@dataclasses.dataclass(kw_only=True, repr=False)
class PreviewFaqEntry(Carrier):
    """A faq entry with information suitable for preview.

    Carrier object for PreviewFaqEntry. Services for the PreviewFaqEntry Carrier is available
    from the CustomerService Agent.
    """

    title: str | None | Unset = UNSET
    """The title of this entry."""
    registered_by_full_name: str | None | Unset = UNSET
    """Full name of associate that created this faq entry"""
    updated: datetime.datetime | Unset = UNSET
    """Date/time this faq entry was last updated."""
    question: str | None | Unset = UNSET
    """The question for this entry."""
    answer: str | None | Unset = UNSET
    """The answer for this entry."""

    def to_xml(self) -> Element:
        return encode_xml_preview_faq_entry(None, _PREVIEW_FAQ_ENTRY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PreviewFaqEntry:
        return record_from_xml(decode_xml_preview_faq_entry, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_preview_faq_entry(self)

    @classmethod
    def from_json(cls, data: Any) -> PreviewFaqEntry:
        return record_from_json(decode_json_preview_faq_entry, data)


_PREVIEW_FAQ_ENTRY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Title",
        "RegisteredByFullName",
        "Updated",
        "Question",
        "Answer",
    )
)


def decode_xml_preview_faq_entry(element: Element) -> PreviewFaqEntry:
    value = PreviewFaqEntry()
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
        elif tag == _TITLE:
            value.title = child.text or empty_or_nil(child)
        elif tag == _REGISTERED_BY_FULL_NAME:
            value.registered_by_full_name = child.text or empty_or_nil(child)
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        elif tag == _QUESTION:
            value.question = child.text or empty_or_nil(child)
        elif tag == _ANSWER:
            value.answer = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_preview_faq_entry(
    parent: Element | None, tag: str, value: PreviewFaqEntry
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TITLE, value.title, write_str)
    put(element, _REGISTERED_BY_FULL_NAME, value.registered_by_full_name, write_str)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _QUESTION, value.question, write_str)
    put(element, _ANSWER, value.answer, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_preview_faq_entry(data: Any, path: str) -> PreviewFaqEntry:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PreviewFaqEntry)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.title = take_str_nillable(data, "Title", path)
    value.registered_by_full_name = take_str_nillable(data, "RegisteredByFullName", path)
    value.updated = take(data, "Updated", path, json_datetime)
    value.question = take_str_nillable(data, "Question", path)
    value.answer = take_str_nillable(data, "Answer", path)
    value.extra = (
        None
        if _PREVIEW_FAQ_ENTRY_KEYS.issuperset(data)
        else json_extra(data, _PREVIEW_FAQ_ENTRY_KEYS)
    )
    return value


def encode_json_preview_faq_entry(value: PreviewFaqEntry) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Title", value.title, json_write_str)
    put_json(result, "RegisteredByFullName", value.registered_by_full_name, json_write_str)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "Question", value.question, json_write_str)
    put_json(result, "Answer", value.answer, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PREVIEW_FAQ_ENTRY_CODEC = Codec(
    decode_xml_preview_faq_entry,
    encode_xml_preview_faq_entry,
    decode_json_preview_faq_entry,
    encode_json_preview_faq_entry,
)
