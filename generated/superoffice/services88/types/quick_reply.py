"""Services88 types: ArrayOfQuickReply, QuickReply.

Used by the List agent.
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
_QUICK_REPLY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuickReply"
_QUICK_REPLY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}QuickReplyId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class QuickReply(Carrier):
    """Carrier object for QuickReply. Services for the QuickReply Carrier is available from the
    List Agent.
    """

    quick_reply_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """The short name of the quick reply"""
    html_body: str | None | Unset = UNSET
    """The html body of the quick reply"""

    def to_xml(self) -> Element:
        return encode_xml_quick_reply(None, _QUICK_REPLY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> QuickReply:
        return record_from_xml(decode_xml_quick_reply, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_quick_reply(self)

    @classmethod
    def from_json(cls, data: Any) -> QuickReply:
        return record_from_json(decode_json_quick_reply, data)


_QUICK_REPLY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "QuickReplyId",
        "Name",
        "HtmlBody",
    )
)


def decode_xml_quick_reply(element: Element) -> QuickReply:
    value = QuickReply()
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
        elif tag == _QUICK_REPLY_ID:
            value.quick_reply_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _HTML_BODY:
            value.html_body = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_quick_reply(parent: Element | None, tag: str, value: QuickReply) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _QUICK_REPLY_ID, value.quick_reply_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _HTML_BODY, value.html_body, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_quick_reply(data: Any, path: str) -> QuickReply:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(QuickReply)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.quick_reply_id = take_int(data, "QuickReplyId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.html_body = take_str_nillable(data, "HtmlBody", path)
    value.extra = (
        None if _QUICK_REPLY_KEYS.issuperset(data) else json_extra(data, _QUICK_REPLY_KEYS)
    )
    return value


def encode_json_quick_reply(value: QuickReply) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "QuickReplyId", value.quick_reply_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "HtmlBody", value.html_body, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


QUICK_REPLY_CODEC = Codec(
    decode_xml_quick_reply,
    encode_xml_quick_reply,
    decode_json_quick_reply,
    encode_json_quick_reply,
)


def decode_xml_list_of_quick_reply(element: Element) -> list[QuickReply | None]:
    """``ArrayOfQuickReply``: a list of ``QuickReply`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_quick_reply(child))
        for child in element
        if child.tag == _QUICK_REPLY
    ]


def encode_xml_list_of_quick_reply(
    parent: Element | None, tag: str, value: list[QuickReply | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _QUICK_REPLY, item, encode_xml_quick_reply)
    return element


def decode_json_list_of_quick_reply(data: Any, path: str) -> list[QuickReply | None]:
    return json_items_nillable(data, path, decode_json_quick_reply)


def encode_json_list_of_quick_reply(value: list[QuickReply | None]) -> list[Any]:
    return [(None if item is None else encode_json_quick_reply(item)) for item in value]


LIST_OF_QUICK_REPLY_CODEC = Codec(
    decode_xml_list_of_quick_reply,
    encode_xml_list_of_quick_reply,
    decode_json_list_of_quick_reply,
    encode_json_list_of_quick_reply,
)
