"""Services88 types: ArrayOfTicketMessageHeader, TicketMessageHeader.

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
    take,
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
from .message_header_std_item import (
    MessageHeaderStdItem,
    decode_json_message_header_std_item,
    decode_xml_message_header_std_item,
    encode_json_message_header_std_item,
    encode_xml_message_header_std_item,
)
from .message_header_std_item_col import (
    MessageHeaderStdItemCol,
    decode_json_message_header_std_item_col,
    decode_xml_message_header_std_item_col,
    encode_json_message_header_std_item_col,
    encode_xml_message_header_std_item_col,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_STD_ITEM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StdItem"
_STD_ITEM_COL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StdItemCol"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET_MESSAGE_HEADER = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketMessageHeader"
)
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class TicketMessageHeader(Carrier):
    """Contains information about a header connected to a ticket message

    Carrier object for TicketMessageHeader.
    """

    id: int | Unset = UNSET
    """Id"""
    name: str | None | Unset = UNSET
    """The name of the header. This can for example be To, Cc or other custom headers that is set
    up in Service
    """
    value: str | None | Unset = UNSET
    """The value of the header. Can for example be an email address, or a custom header extracted
    from emails
    """
    std_item: MessageHeaderStdItem | str | Unset = UNSET
    """If this has a value, it indicates that a standard header text from the language database
    should be used - and witch one to use
    """
    std_item_col: MessageHeaderStdItemCol | str | Unset = UNSET
    """If this is 1, concatenate the standard item text with header name field, if 2 use header
    value field instead. If this col is 0, use the empty field - preferably the value column.
    """

    def to_xml(self) -> Element:
        return encode_xml_ticket_message_header(None, _TICKET_MESSAGE_HEADER, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TicketMessageHeader:
        return record_from_xml(decode_xml_ticket_message_header, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_ticket_message_header(self)

    @classmethod
    def from_json(cls, data: Any) -> TicketMessageHeader:
        return record_from_json(decode_json_ticket_message_header, data)


_TICKET_MESSAGE_HEADER_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Id",
        "Name",
        "Value",
        "StdItem",
        "StdItemCol",
    )
)


def decode_xml_ticket_message_header(element: Element) -> TicketMessageHeader:
    value = TicketMessageHeader()
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
        elif tag == _ID:
            value.id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _VALUE:
            value.value = child.text or empty_or_nil(child)
        elif tag == _STD_ITEM:
            value.std_item = decode_xml_message_header_std_item(child)
        elif tag == _STD_ITEM_COL:
            value.std_item_col = decode_xml_message_header_std_item_col(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_ticket_message_header(
    parent: Element | None, tag: str, value: TicketMessageHeader
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ID, value.id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _VALUE, value.value, write_str)
    put(element, _STD_ITEM, value.std_item, encode_xml_message_header_std_item)
    put(element, _STD_ITEM_COL, value.std_item_col, encode_xml_message_header_std_item_col)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_ticket_message_header(data: Any, path: str) -> TicketMessageHeader:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TicketMessageHeader)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.id = take_int(data, "Id", path)
    value.name = take_str_nillable(data, "Name", path)
    value.value = take_str_nillable(data, "Value", path)
    value.std_item = take(data, "StdItem", path, decode_json_message_header_std_item)
    value.std_item_col = take(data, "StdItemCol", path, decode_json_message_header_std_item_col)
    value.extra = (
        None
        if _TICKET_MESSAGE_HEADER_KEYS.issuperset(data)
        else json_extra(data, _TICKET_MESSAGE_HEADER_KEYS)
    )
    return value


def encode_json_ticket_message_header(value: TicketMessageHeader) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Id", value.id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Value", value.value, json_write_str)
    put_json(result, "StdItem", value.std_item, encode_json_message_header_std_item)
    put_json(result, "StdItemCol", value.std_item_col, encode_json_message_header_std_item_col)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TICKET_MESSAGE_HEADER_CODEC = Codec(
    decode_xml_ticket_message_header,
    encode_xml_ticket_message_header,
    decode_json_ticket_message_header,
    encode_json_ticket_message_header,
)


def decode_xml_list_of_ticket_message_header(element: Element) -> list[TicketMessageHeader | None]:
    """``ArrayOfTicketMessageHeader``: a list of ``TicketMessageHeader`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_ticket_message_header(child))
        for child in element
        if child.tag == _TICKET_MESSAGE_HEADER
    ]


def encode_xml_list_of_ticket_message_header(
    parent: Element | None, tag: str, value: list[TicketMessageHeader | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TICKET_MESSAGE_HEADER, item, encode_xml_ticket_message_header)
    return element


def decode_json_list_of_ticket_message_header(
    data: Any, path: str
) -> list[TicketMessageHeader | None]:
    return json_items_nillable(data, path, decode_json_ticket_message_header)


def encode_json_list_of_ticket_message_header(
    value: list[TicketMessageHeader | None],
) -> list[Any]:
    return [(None if item is None else encode_json_ticket_message_header(item)) for item in value]


LIST_OF_TICKET_MESSAGE_HEADER_CODEC = Codec(
    decode_xml_list_of_ticket_message_header,
    encode_xml_list_of_ticket_message_header,
    decode_json_list_of_ticket_message_header,
    encode_json_list_of_ticket_message_header,
)
