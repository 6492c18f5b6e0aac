"""Services88 types: PreviewReplyTemplate.

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
    json_write_bool,
    json_write_datetime,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_nillable,
    take_str_nillable,
    write_bool,
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

_BODY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Body"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_HTML = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsHtml"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_OWNED_BY_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnedByFullName"
_PREVIEW_REPLY_TEMPLATE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}PreviewReplyTemplate"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"


@dataclasses.dataclass(kw_only=True, repr=False)
class PreviewReplyTemplate(Carrier):
    """A reply template with information suitable for preview.

    Carrier object for PreviewReplyTemplate. Services for the PreviewReplyTemplate Carrier is
    available from the CustomerService Agent.
    """

    name: str | None | Unset = UNSET
    """The name for this reply template."""
    description: str | None | Unset = UNSET
    """The description for this reply template."""
    owned_by_full_name: str | None | Unset = UNSET
    """Full name of the associate that owns this reply template"""
    updated: datetime.datetime | Unset = UNSET
    """Date/time this reply template was last updated."""
    body: str | None | Unset = UNSET
    """Reply template body in the best available format."""
    is_html: bool | Unset = UNSET
    """If true, body is HTML."""

    def to_xml(self) -> Element:
        return encode_xml_preview_reply_template(None, _PREVIEW_REPLY_TEMPLATE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> PreviewReplyTemplate:
        return record_from_xml(decode_xml_preview_reply_template, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_preview_reply_template(self)

    @classmethod
    def from_json(cls, data: Any) -> PreviewReplyTemplate:
        return record_from_json(decode_json_preview_reply_template, data)


_PREVIEW_REPLY_TEMPLATE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "Description",
        "OwnedByFullName",
        "Updated",
        "Body",
        "IsHtml",
    )
)


def decode_xml_preview_reply_template(element: Element) -> PreviewReplyTemplate:
    value = PreviewReplyTemplate()
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
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _OWNED_BY_FULL_NAME:
            value.owned_by_full_name = child.text or empty_or_nil(child)
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        elif tag == _BODY:
            value.body = child.text or empty_or_nil(child)
        elif tag == _IS_HTML:
            value.is_html = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_preview_reply_template(
    parent: Element | None, tag: str, value: PreviewReplyTemplate
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _OWNED_BY_FULL_NAME, value.owned_by_full_name, write_str)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _BODY, value.body, write_str)
    put(element, _IS_HTML, value.is_html, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_preview_reply_template(data: Any, path: str) -> PreviewReplyTemplate:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(PreviewReplyTemplate)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.owned_by_full_name = take_str_nillable(data, "OwnedByFullName", path)
    value.updated = take(data, "Updated", path, json_datetime)
    value.body = take_str_nillable(data, "Body", path)
    value.is_html = take_bool(data, "IsHtml", path)
    value.extra = (
        None
        if _PREVIEW_REPLY_TEMPLATE_KEYS.issuperset(data)
        else json_extra(data, _PREVIEW_REPLY_TEMPLATE_KEYS)
    )
    return value


def encode_json_preview_reply_template(value: PreviewReplyTemplate) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "OwnedByFullName", value.owned_by_full_name, json_write_str)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "Body", value.body, json_write_str)
    put_json(result, "IsHtml", value.is_html, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PREVIEW_REPLY_TEMPLATE_CODEC = Codec(
    decode_xml_preview_reply_template,
    encode_xml_preview_reply_template,
    decode_json_preview_reply_template,
    encode_json_preview_reply_template,
)
