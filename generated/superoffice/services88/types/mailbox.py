"""Services88 types: ArrayOfMailbox, Mailbox.

Used by the CustomerService agent.
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

_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Address"
_CATEGORY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CategoryName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_MAILBOX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Mailbox"
_MAIL_IN_FILTER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MailInFilterId"
_PRIORITY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PriorityName"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class Mailbox(Carrier):
    """Carrier containing information about a Service mailbox

    Carrier object for Mailbox. Services for the Mailbox Carrier is available from the
    CustomerService Agent.
    """

    mail_in_filter_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    address: str | None | Unset = UNSET
    """The address associated with this mailbox (used as FROM: address when sending emails)."""
    category_name: str | None | Unset = UNSET
    """The name of the category that the mailbox is connected to"""
    priority_name: str | None | Unset = UNSET
    """The name of the priority that the mailbox is connected to"""

    def to_xml(self) -> Element:
        return encode_xml_mailbox(None, _MAILBOX, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Mailbox:
        return record_from_xml(decode_xml_mailbox, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_mailbox(self)

    @classmethod
    def from_json(cls, data: Any) -> Mailbox:
        return record_from_json(decode_json_mailbox, data)


_MAILBOX_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "MailInFilterId",
        "Address",
        "CategoryName",
        "PriorityName",
    )
)


def decode_xml_mailbox(element: Element) -> Mailbox:
    value = Mailbox()
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
        elif tag == _MAIL_IN_FILTER_ID:
            value.mail_in_filter_id = read_int(child)
        elif tag == _ADDRESS:
            value.address = child.text or empty_or_nil(child)
        elif tag == _CATEGORY_NAME:
            value.category_name = child.text or empty_or_nil(child)
        elif tag == _PRIORITY_NAME:
            value.priority_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_mailbox(parent: Element | None, tag: str, value: Mailbox) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _MAIL_IN_FILTER_ID, value.mail_in_filter_id, write_int)
    put(element, _ADDRESS, value.address, write_str)
    put(element, _CATEGORY_NAME, value.category_name, write_str)
    put(element, _PRIORITY_NAME, value.priority_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_mailbox(data: Any, path: str) -> Mailbox:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Mailbox)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.mail_in_filter_id = take_int(data, "MailInFilterId", path)
    value.address = take_str_nillable(data, "Address", path)
    value.category_name = take_str_nillable(data, "CategoryName", path)
    value.priority_name = take_str_nillable(data, "PriorityName", path)
    value.extra = None if _MAILBOX_KEYS.issuperset(data) else json_extra(data, _MAILBOX_KEYS)
    return value


def encode_json_mailbox(value: Mailbox) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "MailInFilterId", value.mail_in_filter_id, json_write_int)
    put_json(result, "Address", value.address, json_write_str)
    put_json(result, "CategoryName", value.category_name, json_write_str)
    put_json(result, "PriorityName", value.priority_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


MAILBOX_CODEC = Codec(
    decode_xml_mailbox, encode_xml_mailbox, decode_json_mailbox, encode_json_mailbox
)


def decode_xml_list_of_mailbox(element: Element) -> list[Mailbox | None]:
    """``ArrayOfMailbox``: a list of ``Mailbox`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_mailbox(child))
        for child in element
        if child.tag == _MAILBOX
    ]


def encode_xml_list_of_mailbox(
    parent: Element | None, tag: str, value: list[Mailbox | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _MAILBOX, item, encode_xml_mailbox)
    return element


def decode_json_list_of_mailbox(data: Any, path: str) -> list[Mailbox | None]:
    return json_items_nillable(data, path, decode_json_mailbox)


def encode_json_list_of_mailbox(value: list[Mailbox | None]) -> list[Any]:
    return [(None if item is None else encode_json_mailbox(item)) for item in value]


LIST_OF_MAILBOX_CODEC = Codec(
    decode_xml_list_of_mailbox,
    encode_xml_list_of_mailbox,
    decode_json_list_of_mailbox,
    encode_json_list_of_mailbox,
)
