"""Services88 types: PreviewQuickReply.

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

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HTML_BODY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HtmlBody"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PREVIEW_QUICK_REPLY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreviewQuickReply"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"
_UPDATED_BY_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedByFullName"


@dataclasses.dataclass(kw_only=True, repr=False)
class PreviewQuickReply(Carrier):
    """A quick reply with information suitable for preview.

    Carrier object for PreviewQuickReply. Services for the PreviewQuickReply Carrier is
    available from the CustomerService Agent.
    """

    name: str | None | Unset = UNSET
    """The short name of the quick reply"""
    updated_by_full_name: str | None | Unset = UNSET
    """Full name of associate last updating this quick reply"""
    updated: datetime.datetime | Unset = UNSET
    """Date/time this quick reply was last updated."""
    html_body: str | None | Unset = UNSET
    """Quick reply body in HTML format."""

    def to_xml(self) -> Element:
        return encode_xml_preview_quick_reply(None, _PREVIEW_QUICK_REPLY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PreviewQuickReply:
        return record_from_xml(decode_xml_preview_quick_reply, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_preview_quick_reply(self)

    @classmethod
    def from_json(cls, data: Any) -> PreviewQuickReply:
        return record_from_json(decode_json_preview_quick_reply, data)


_PREVIEW_QUICK_REPLY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "UpdatedByFullName",
        "Updated",
        "HtmlBody",
    )
)


def decode_xml_preview_quick_reply(element: Element) -> PreviewQuickReply:
    value = PreviewQuickReply()
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
        elif tag == _UPDATED_BY_FULL_NAME:
            value.updated_by_full_name = child.text or empty_or_nil(child)
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        elif tag == _HTML_BODY:
            value.html_body = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_preview_quick_reply(
    parent: Element | None, tag: str, value: PreviewQuickReply
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(element, _UPDATED_BY_FULL_NAME, value.updated_by_full_name, write_str)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _HTML_BODY, value.html_body, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_preview_quick_reply(data: Any, path: str) -> PreviewQuickReply:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PreviewQuickReply)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.updated_by_full_name = take_str_nillable(data, "UpdatedByFullName", path)
    value.updated = take(data, "Updated", path, json_datetime)
    value.html_body = take_str_nillable(data, "HtmlBody", path)
    value.extra = (
        None
        if _PREVIEW_QUICK_REPLY_KEYS.issuperset(data)
        else json_extra(data, _PREVIEW_QUICK_REPLY_KEYS)
    )
    return value


def encode_json_preview_quick_reply(value: PreviewQuickReply) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "UpdatedByFullName", value.updated_by_full_name, json_write_str)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "HtmlBody", value.html_body, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PREVIEW_QUICK_REPLY_CODEC = Codec(
    decode_xml_preview_quick_reply,
    encode_xml_preview_quick_reply,
    decode_json_preview_quick_reply,
    encode_json_preview_quick_reply,
)
