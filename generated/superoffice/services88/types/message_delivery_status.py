"""Services88 types: ArrayOfMessageDeliveryStatus, MessageDeliveryStatus.

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

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_MESSAGE_DELIVERY_STATUS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}MessageDeliveryStatus"
)
_MESSAGING_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MessagingId"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_STATUS_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}StatusDescription"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class MessageDeliveryStatus(Carrier):
    """The ``MessageDeliveryStatus`` record."""

    status: int | Unset = UNSET
    status_description: str | None | Unset = UNSET
    messaging_id: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_message_delivery_status(None, _MESSAGE_DELIVERY_STATUS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> MessageDeliveryStatus:
        return record_from_xml(decode_xml_message_delivery_status, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_message_delivery_status(self)

    @classmethod
    def from_json(cls, data: Any) -> MessageDeliveryStatus:
        return record_from_json(decode_json_message_delivery_status, data)


_MESSAGE_DELIVERY_STATUS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Status",
        "StatusDescription",
        "MessagingId",
    )
)


def decode_xml_message_delivery_status(element: Element) -> MessageDeliveryStatus:
    value = MessageDeliveryStatus()
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
        elif tag == _STATUS:
            value.status = read_int(child)
        elif tag == _STATUS_DESCRIPTION:
            value.status_description = child.text or empty_or_nil(child)
        elif tag == _MESSAGING_ID:
            value.messaging_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_message_delivery_status(
    parent: Element | None, tag: str, value: MessageDeliveryStatus
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _STATUS, value.status, write_int)
    put(element, _STATUS_DESCRIPTION, value.status_description, write_str)
    put(element, _MESSAGING_ID, value.messaging_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_message_delivery_status(data: Any, path: str) -> MessageDeliveryStatus:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(MessageDeliveryStatus)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.status = take_int(data, "Status", path)
    value.status_description = take_str_nillable(data, "StatusDescription", path)
    value.messaging_id = take_int(data, "MessagingId", path)
    value.extra = (
        None
        if _MESSAGE_DELIVERY_STATUS_KEYS.issuperset(data)
        else json_extra(data, _MESSAGE_DELIVERY_STATUS_KEYS)
    )
    return value


def encode_json_message_delivery_status(value: MessageDeliveryStatus) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Status", value.status, json_write_int)
    put_json(result, "StatusDescription", value.status_description, json_write_str)
    put_json(result, "MessagingId", value.messaging_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


MESSAGE_DELIVERY_STATUS_CODEC = Codec(
    decode_xml_message_delivery_status,
    encode_xml_message_delivery_status,
    decode_json_message_delivery_status,
    encode_json_message_delivery_status,
)


def decode_xml_list_of_message_delivery_status(
    element: Element,
) -> list[MessageDeliveryStatus | None]:
    """``ArrayOfMessageDeliveryStatus``: a list of ``MessageDeliveryStatus`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_message_delivery_status(child))
        for child in element
        if child.tag == _MESSAGE_DELIVERY_STATUS
    ]


def encode_xml_list_of_message_delivery_status(
    parent: Element | None, tag: str, value: list[MessageDeliveryStatus | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _MESSAGE_DELIVERY_STATUS, item, encode_xml_message_delivery_status)
    return element


def decode_json_list_of_message_delivery_status(
    data: Any, path: str
) -> list[MessageDeliveryStatus | None]:
    return json_items_nillable(data, path, decode_json_message_delivery_status)


def encode_json_list_of_message_delivery_status(
    value: list[MessageDeliveryStatus | None],
) -> list[Any]:
    return [
        (None if item is None else encode_json_message_delivery_status(item)) for item in value
    ]


LIST_OF_MESSAGE_DELIVERY_STATUS_CODEC = Codec(
    decode_xml_list_of_message_delivery_status,
    encode_xml_list_of_message_delivery_status,
    decode_json_list_of_message_delivery_status,
    encode_json_list_of_message_delivery_status,
)
