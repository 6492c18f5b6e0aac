"""Services88 types: ReplyTemplateParsed.

Used by the CustomerService, Person agents.
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
    json_object,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_int,
    take_nillable,
    take_str_nillable,
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

_ATTACHMENTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Attachments"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HTML_PARSED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HtmlParsed"
_PLAIN_PARSED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PlainParsed"
_REPLY_TEMPLATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyTemplateId"
_REPLY_TEMPLATE_PARSED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ReplyTemplateParsed"
)
_SUBJECT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Subject"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ReplyTemplateParsed(Carrier):
    """Reply template with parsed text. Represent one language version of reply template

    Carrier object for ReplyTemplateParsed. Services for the ReplyTemplateParsed Carrier is
    available from the CustomerService Agent.
    """

    reply_template_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    plain_parsed: str | None | Unset = UNSET
    """The plain text version of the reply template, and if applicable parsed with customer and
    ticket data
    """
    html_parsed: str | None | Unset = UNSET
    """The HTML version of the reply template, and if applicable parsed with customer and ticket
    data
    """
    attachments: list[AttachmentEntity | None] | None | Unset = UNSET
    """Meta data for the connected attachments"""
    subject: str | None | Unset = UNSET
    """The subject for this reply template"""

    def to_xml(self) -> Element:
        return encode_xml_reply_template_parsed(None, _REPLY_TEMPLATE_PARSED, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ReplyTemplateParsed:
        return record_from_xml(decode_xml_reply_template_parsed, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_reply_template_parsed(self)

    @classmethod
    def from_json(cls, data: Any) -> ReplyTemplateParsed:
        return record_from_json(decode_json_reply_template_parsed, data)


_REPLY_TEMPLATE_PARSED_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ReplyTemplateId",
        "PlainParsed",
        "HtmlParsed",
        "Attachments",
        "Subject",
    )
)


def decode_xml_reply_template_parsed(element: Element) -> ReplyTemplateParsed:
    value = ReplyTemplateParsed()
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
        elif tag == _REPLY_TEMPLATE_ID:
            value.reply_template_id = read_int(child)
        elif tag == _PLAIN_PARSED:
            value.plain_parsed = child.text or empty_or_nil(child)
        elif tag == _HTML_PARSED:
            value.html_parsed = child.text or empty_or_nil(child)
        elif tag == _ATTACHMENTS:
            value.attachments = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_attachment_entity(child)
            )
        elif tag == _SUBJECT:
            value.subject = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_reply_template_parsed(
    parent: Element | None, tag: str, value: ReplyTemplateParsed
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _REPLY_TEMPLATE_ID, value.reply_template_id, write_int)
    put(element, _PLAIN_PARSED, value.plain_parsed, write_str)
    put(element, _HTML_PARSED, value.html_parsed, write_str)
    put(element, _ATTACHMENTS, value.attachments, encode_xml_list_of_attachment_entity)
    put(element, _SUBJECT, value.subject, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_reply_template_parsed(data: Any, path: str) -> ReplyTemplateParsed:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ReplyTemplateParsed)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.reply_template_id = take_int(data, "ReplyTemplateId", path)
    value.plain_parsed = take_str_nillable(data, "PlainParsed", path)
    value.html_parsed = take_str_nillable(data, "HtmlParsed", path)
    value.attachments = take_nillable(
        data, "Attachments", path, decode_json_list_of_attachment_entity
    )
    value.subject = take_str_nillable(data, "Subject", path)
    value.extra = (
        None
        if _REPLY_TEMPLATE_PARSED_KEYS.issuperset(data)
        else json_extra(data, _REPLY_TEMPLATE_PARSED_KEYS)
    )
    return value


def encode_json_reply_template_parsed(value: ReplyTemplateParsed) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ReplyTemplateId", value.reply_template_id, json_write_int)
    put_json(result, "PlainParsed", value.plain_parsed, json_write_str)
    put_json(result, "HtmlParsed", value.html_parsed, json_write_str)
    put_json(result, "Attachments", value.attachments, encode_json_list_of_attachment_entity)
    put_json(result, "Subject", value.subject, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


REPLY_TEMPLATE_PARSED_CODEC = Codec(
    decode_xml_reply_template_parsed,
    encode_xml_reply_template_parsed,
    decode_json_reply_template_parsed,
    encode_json_reply_template_parsed,
)
