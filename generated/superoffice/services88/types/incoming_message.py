"""Services88 types: IncomingMessage.

Used by the Messaging agent.
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
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
    take_str_nillable,
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

_CONTENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Content"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FORMAT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Format"
_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}From"
_INCOMING_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IncomingMessage"
_PLUGIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Plugin"
_SESSION_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SessionKey"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}To"


@dataclasses.dataclass(kw_only=True, repr=False)
class IncomingMessage(Carrier):
    """The ``IncomingMessage`` record."""

    to: str | None | Unset = UNSET
    from_: str | None | Unset = UNSET
    content: str | None | Unset = UNSET
    format: str | None | Unset = UNSET
    session_key: str | None | Unset = UNSET
    plugin: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_incoming_message(None, _INCOMING_MESSAGE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> IncomingMessage:
        return record_from_xml(decode_xml_incoming_message, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_incoming_message(self)

    @classmethod
    def from_json(cls, data: Any) -> IncomingMessage:
        return record_from_json(decode_json_incoming_message, data)


_INCOMING_MESSAGE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "To",
        "From",
        "Content",
        "Format",
        "SessionKey",
        "Plugin",
    )
)


def decode_xml_incoming_message(element: Element) -> IncomingMessage:
    value = IncomingMessage()
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
        elif tag == _TO:
            value.to = child.text or empty_or_nil(child)
        elif tag == _FROM:
            value.from_ = child.text or empty_or_nil(child)
        elif tag == _CONTENT:
            value.content = child.text or empty_or_nil(child)
        elif tag == _FORMAT:
            value.format = child.text or empty_or_nil(child)
        elif tag == _SESSION_KEY:
            value.session_key = child.text or empty_or_nil(child)
        elif tag == _PLUGIN:
            value.plugin = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_incoming_message(
    parent: Element | None, tag: str, value: IncomingMessage
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TO, value.to, write_str)
    put(element, _FROM, value.from_, write_str)
    put(element, _CONTENT, value.content, write_str)
    put(element, _FORMAT, value.format, write_str)
    put(element, _SESSION_KEY, value.session_key, write_str)
    put(element, _PLUGIN, value.plugin, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_incoming_message(data: Any, path: str) -> IncomingMessage:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(IncomingMessage)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.to = take_str_nillable(data, "To", path)
    value.from_ = take_str_nillable(data, "From", path)
    value.content = take_str_nillable(data, "Content", path)
    value.format = take_str_nillable(data, "Format", path)
    value.session_key = take_str_nillable(data, "SessionKey", path)
    value.plugin = take_str_nillable(data, "Plugin", path)
    value.extra = (
        None
        if _INCOMING_MESSAGE_KEYS.issuperset(data)
        else json_extra(data, _INCOMING_MESSAGE_KEYS)
    )
    return value


def encode_json_incoming_message(value: IncomingMessage) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "To", value.to, json_write_str)
    put_json(result, "From", value.from_, json_write_str)
    put_json(result, "Content", value.content, json_write_str)
    put_json(result, "Format", value.format, json_write_str)
    put_json(result, "SessionKey", value.session_key, json_write_str)
    put_json(result, "Plugin", value.plugin, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


INCOMING_MESSAGE_CODEC = Codec(
    decode_xml_incoming_message,
    encode_xml_incoming_message,
    decode_json_incoming_message,
    encode_json_incoming_message,
)
