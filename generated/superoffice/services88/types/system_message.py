"""Services88 types: ArrayOfSystemMessage, SystemMessage.

Used by the Diagnostics agent.
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
    json_items_nillable,
    json_object,
    json_write_datetime,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_datetime,
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
from .system_message_type import (
    SystemMessageType,
    decode_json_system_message_type,
    decode_xml_system_message_type,
    encode_json_system_message_type,
    encode_xml_system_message_type,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_EXPIRE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Expire"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_MARKDOWN_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MarkdownMessage"
_MESSAGE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MessageId"
_ONLINEAPP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OnlineappId"
_SYSTEM_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SystemMessage"
_SYSTEM_MESSAGE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SystemMessageId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"


@dataclasses.dataclass(kw_only=True, repr=False)
class SystemMessage(Carrier):
    """System Message to be displayed to a user

    Carrier object for SystemMessage. Services for the SystemMessage Carrier is available from
    the Diagnostics Agent.
    """

    message_id: int | Unset = UNSET
    """Primary key"""
    associate_id: int | Unset = UNSET
    """The associate that is the target of this message"""
    onlineapp_id: int | Unset = UNSET
    """The online app that owns this message"""
    system_message_id: str | None | Unset = UNSET
    """Message identifier, used for message update or removal"""
    markdown_message: str | None | Unset = UNSET
    """Markdown message to be displayed to user"""
    expire: datetime.datetime | Unset = UNSET
    """The date and time the message expires in UTC."""
    type: SystemMessageType | str | Unset = UNSET
    """Type of message, example: info, warning, error"""

    def to_xml(self) -> Element:
        return encode_xml_system_message(None, _SYSTEM_MESSAGE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SystemMessage:
        return record_from_xml(decode_xml_system_message, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_system_message(self)

    @classmethod
    def from_json(cls, data: Any) -> SystemMessage:
        return record_from_json(decode_json_system_message, data)


_SYSTEM_MESSAGE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "MessageId",
        "AssociateId",
        "OnlineappId",
        "SystemMessageId",
        "MarkdownMessage",
        "Expire",
        "Type",
    )
)


def decode_xml_system_message(element: Element) -> SystemMessage:
    value = SystemMessage()
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
        elif tag == _MESSAGE_ID:
            value.message_id = read_int(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _ONLINEAPP_ID:
            value.onlineapp_id = read_int(child)
        elif tag == _SYSTEM_MESSAGE_ID:
            value.system_message_id = child.text or empty_or_nil(child)
        elif tag == _MARKDOWN_MESSAGE:
            value.markdown_message = child.text or empty_or_nil(child)
        elif tag == _EXPIRE:
            value.expire = read_datetime(child)
        elif tag == _TYPE:
            value.type = decode_xml_system_message_type(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_system_message(parent: Element | None, tag: str, value: SystemMessage) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _MESSAGE_ID, value.message_id, write_int)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _ONLINEAPP_ID, value.onlineapp_id, write_int)
    put(element, _SYSTEM_MESSAGE_ID, value.system_message_id, write_str)
    put(element, _MARKDOWN_MESSAGE, value.markdown_message, write_str)
    put(element, _EXPIRE, value.expire, write_datetime)
    put(element, _TYPE, value.type, encode_xml_system_message_type)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_system_message(data: Any, path: str) -> SystemMessage:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SystemMessage)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.message_id = take_int(data, "MessageId", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.onlineapp_id = take_int(data, "OnlineappId", path)
    value.system_message_id = take_str_nillable(data, "SystemMessageId", path)
    value.markdown_message = take_str_nillable(data, "MarkdownMessage", path)
    value.expire = take(data, "Expire", path, json_datetime)
    value.type = take(data, "Type", path, decode_json_system_message_type)
    value.extra = (
        None if _SYSTEM_MESSAGE_KEYS.issuperset(data) else json_extra(data, _SYSTEM_MESSAGE_KEYS)
    )
    return value


def encode_json_system_message(value: SystemMessage) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "MessageId", value.message_id, json_write_int)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "OnlineappId", value.onlineapp_id, json_write_int)
    put_json(result, "SystemMessageId", value.system_message_id, json_write_str)
    put_json(result, "MarkdownMessage", value.markdown_message, json_write_str)
    put_json(result, "Expire", value.expire, json_write_datetime)
    put_json(result, "Type", value.type, encode_json_system_message_type)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SYSTEM_MESSAGE_CODEC = Codec(
    decode_xml_system_message,
    encode_xml_system_message,
    decode_json_system_message,
    encode_json_system_message,
)


def decode_xml_list_of_system_message(element: Element) -> list[SystemMessage | None]:
    """``ArrayOfSystemMessage``: a list of ``SystemMessage`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_system_message(child))
        for child in element
        if child.tag == _SYSTEM_MESSAGE
    ]


def encode_xml_list_of_system_message(
    parent: Element | None, tag: str, value: list[SystemMessage | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _SYSTEM_MESSAGE, item, encode_xml_system_message)
    return element


def decode_json_list_of_system_message(data: Any, path: str) -> list[SystemMessage | None]:
    return json_items_nillable(data, path, decode_json_system_message)


def encode_json_list_of_system_message(value: list[SystemMessage | None]) -> list[Any]:
    return [(None if item is None else encode_json_system_message(item)) for item in value]


LIST_OF_SYSTEM_MESSAGE_CODEC = Codec(
    decode_xml_list_of_system_message,
    encode_xml_list_of_system_message,
    decode_json_list_of_system_message,
    encode_json_list_of_system_message,
)
