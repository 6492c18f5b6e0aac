"""Services88 types: ArrayOfRecipient, Recipient.

Used by the Ticket agent.
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
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_items_nillable,
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
    take,
    take_str_nillable,
    write_str,
)
from .recipient_type import (
    RecipientType,
    decode_json_recipient_type,
    decode_xml_recipient_type,
    encode_json_recipient_type,
    encode_xml_recipient_type,
)

_DISPLAY_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayValue"
_RECIPIENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Recipient"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class Recipient(Record):
    """Class representing ticket message recipient.

    Carrier object for Recipient.
    """

    type: RecipientType | str | Unset = UNSET
    """Recipient type: To, Cc."""
    value: str | None | Unset = UNSET
    """Email address"""
    display_value: str | None | Unset = UNSET
    """User friendly display"""

    def to_xml(self) -> Element:
        return encode_xml_recipient(None, _RECIPIENT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Recipient:
        return record_from_xml(decode_xml_recipient, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_recipient(self)

    @classmethod
    def from_json(cls, data: Any) -> Recipient:
        return record_from_json(decode_json_recipient, data)


_RECIPIENT_KEYS = frozenset(
    (
        "Type",
        "Value",
        "DisplayValue",
    )
)


def decode_xml_recipient(element: Element) -> Recipient:
    value = Recipient()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _TYPE:
            value.type = decode_xml_recipient_type(child)
        elif tag == _VALUE:
            value.value = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_VALUE:
            value.display_value = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_recipient(parent: Element | None, tag: str, value: Recipient) -> Element:
    element = new_child(parent, tag)
    put(element, _TYPE, value.type, encode_xml_recipient_type)
    put(element, _VALUE, value.value, write_str)
    put(element, _DISPLAY_VALUE, value.display_value, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_recipient(data: Any, path: str) -> Recipient:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Recipient)
    value.type = take(data, "Type", path, decode_json_recipient_type)
    value.value = take_str_nillable(data, "Value", path)
    value.display_value = take_str_nillable(data, "DisplayValue", path)
    value.extra = None if _RECIPIENT_KEYS.issuperset(data) else json_extra(data, _RECIPIENT_KEYS)
    return value


def encode_json_recipient(value: Recipient) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Type", value.type, encode_json_recipient_type)
    put_json(result, "Value", value.value, json_write_str)
    put_json(result, "DisplayValue", value.display_value, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RECIPIENT_CODEC = Codec(
    decode_xml_recipient, encode_xml_recipient, decode_json_recipient, encode_json_recipient
)


def decode_xml_list_of_recipient(element: Element) -> list[Recipient | None]:
    """``ArrayOfRecipient``: a list of ``Recipient`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_recipient(child))
        for child in element
        if child.tag == _RECIPIENT
    ]


def encode_xml_list_of_recipient(
    parent: Element | None, tag: str, value: list[Recipient | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _RECIPIENT, item, encode_xml_recipient)
    return element


def decode_json_list_of_recipient(data: Any, path: str) -> list[Recipient | None]:
    return json_items_nillable(data, path, decode_json_recipient)


def encode_json_list_of_recipient(value: list[Recipient | None]) -> list[Any]:
    return [(None if item is None else encode_json_recipient(item)) for item in value]


LIST_OF_RECIPIENT_CODEC = Codec(
    decode_xml_list_of_recipient,
    encode_xml_list_of_recipient,
    decode_json_list_of_recipient,
    encode_json_list_of_recipient,
)
