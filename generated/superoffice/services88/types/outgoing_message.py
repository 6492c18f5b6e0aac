"""Services88 types: ArrayOfOutgoingMessage, OutgoingMessage.

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

_CONTENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Content"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FORMAT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Format"
_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}From"
_OUTGOING_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OutgoingMessage"
_PARENT_MESSAGING_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ParentMessagingId"
_SUGGESTED_SESSION_KEY = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SuggestedSessionKey"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}To"


@dataclasses.dataclass(kw_only=True, repr=False)
class OutgoingMessage(Carrier):
    """The ``OutgoingMessage`` record."""

    from_: str | None | Unset = UNSET
    to: str | None | Unset = UNSET
    content: str | None | Unset = UNSET
    format: str | None | Unset = UNSET
    parent_messaging_id: int | Unset = UNSET
    suggested_session_key: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_outgoing_message(None, _OUTGOING_MESSAGE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> OutgoingMessage:
        return record_from_xml(decode_xml_outgoing_message, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_outgoing_message(self)

    @classmethod
    def from_json(cls, data: Any) -> OutgoingMessage:
        return record_from_json(decode_json_outgoing_message, data)


_OUTGOING_MESSAGE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "From",
        "To",
        "Content",
        "Format",
        "ParentMessagingId",
        "SuggestedSessionKey",
    )
)


def decode_xml_outgoing_message(element: Element) -> OutgoingMessage:
    value = OutgoingMessage()
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
        elif tag == _FROM:
            value.from_ = child.text or empty_or_nil(child)
        elif tag == _TO:
            value.to = child.text or empty_or_nil(child)
        elif tag == _CONTENT:
            value.content = child.text or empty_or_nil(child)
        elif tag == _FORMAT:
            value.format = child.text or empty_or_nil(child)
        elif tag == _PARENT_MESSAGING_ID:
            value.parent_messaging_id = read_int(child)
        elif tag == _SUGGESTED_SESSION_KEY:
            value.suggested_session_key = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_outgoing_message(
    parent: Element | None, tag: str, value: OutgoingMessage
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _FROM, value.from_, write_str)
    put(element, _TO, value.to, write_str)
    put(element, _CONTENT, value.content, write_str)
    put(element, _FORMAT, value.format, write_str)
    put(element, _PARENT_MESSAGING_ID, value.parent_messaging_id, write_int)
    put(element, _SUGGESTED_SESSION_KEY, value.suggested_session_key, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_outgoing_message(data: Any, path: str) -> OutgoingMessage:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(OutgoingMessage)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.from_ = take_str_nillable(data, "From", path)
    value.to = take_str_nillable(data, "To", path)
    value.content = take_str_nillable(data, "Content", path)
    value.format = take_str_nillable(data, "Format", path)
    value.parent_messaging_id = take_int(data, "ParentMessagingId", path)
    value.suggested_session_key = take_str_nillable(data, "SuggestedSessionKey", path)
    value.extra = (
        None
        if _OUTGOING_MESSAGE_KEYS.issuperset(data)
        else json_extra(data, _OUTGOING_MESSAGE_KEYS)
    )
    return value


def encode_json_outgoing_message(value: OutgoingMessage) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "From", value.from_, json_write_str)
    put_json(result, "To", value.to, json_write_str)
    put_json(result, "Content", value.content, json_write_str)
    put_json(result, "Format", value.format, json_write_str)
    put_json(result, "ParentMessagingId", value.parent_messaging_id, json_write_int)
    put_json(result, "SuggestedSessionKey", value.suggested_session_key, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


OUTGOING_MESSAGE_CODEC = Codec(
    decode_xml_outgoing_message,
    encode_xml_outgoing_message,
    decode_json_outgoing_message,
    encode_json_outgoing_message,
)


def decode_xml_list_of_outgoing_message(element: Element) -> list[OutgoingMessage | None]:
    """``ArrayOfOutgoingMessage``: a list of ``OutgoingMessage`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_outgoing_message(child))
        for child in element
        if child.tag == _OUTGOING_MESSAGE
    ]


def encode_xml_list_of_outgoing_message(
    parent: Element | None, tag: str, value: list[OutgoingMessage | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _OUTGOING_MESSAGE, item, encode_xml_outgoing_message)
    return element


def decode_json_list_of_outgoing_message(data: Any, path: str) -> list[OutgoingMessage | None]:
    return json_items_nillable(data, path, decode_json_outgoing_message)


def encode_json_list_of_outgoing_message(value: list[OutgoingMessage | None]) -> list[Any]:
    return [(None if item is None else encode_json_outgoing_message(item)) for item in value]


LIST_OF_OUTGOING_MESSAGE_CODEC = Codec(
    decode_xml_list_of_outgoing_message,
    encode_xml_list_of_outgoing_message,
    decode_json_list_of_outgoing_message,
    encode_json_list_of_outgoing_message,
)
