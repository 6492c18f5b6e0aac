"""Services88 types: MailboxEntity.

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
from .mailbox_type import (
    MailboxType,
    decode_json_mailbox_type,
    decode_xml_mailbox_type,
    encode_json_mailbox_type,
    encode_xml_mailbox_type,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Address"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_MAILBOX_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MailboxEntity"
_MAIL_IN_FILTER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MailInFilterId"
_PASSWORD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Password"
_PORT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Port"
_SERVER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Server"
_SERVER_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ServerType"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_USERNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Username"


@dataclasses.dataclass(kw_only=True, repr=False)
class MailboxEntity(Carrier):
    """This entity represent a mailbox used for importing emails in Service

    Carrier object for MailboxEntity. Services for the MailboxEntity Carrier is available from
    the CustomerService Agent.
    """

    mail_in_filter_id: int | Unset = UNSET
    """The primary key (auto-incremented)"""
    server_type: MailboxType | str | Unset = UNSET
    """Enum indicating the protocol to use (POP/IMAP)."""
    address: str | None | Unset = UNSET
    """The address associated with this mailbox (used as FROM: address when sending emails)."""
    username: str | None | Unset = UNSET
    """The username used to log onto the mail account"""
    password: str | None | Unset = dataclasses.field(default=UNSET, repr=False)
    """The password used to log into the mail account. This is hidden when reading"""
    server: str | None | Unset = UNSET
    """The email server to connect to"""
    port: int | Unset = UNSET
    """The port used to connect to the server"""

    def to_xml(self) -> Element:
        return encode_xml_mailbox_entity(None, _MAILBOX_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> MailboxEntity:
        return record_from_xml(decode_xml_mailbox_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_mailbox_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> MailboxEntity:
        return record_from_json(decode_json_mailbox_entity, data)


_MAILBOX_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "MailInFilterId",
        "ServerType",
        "Address",
        "Username",
        "Password",
        "Server",
        "Port",
    )
)


def decode_xml_mailbox_entity(element: Element) -> MailboxEntity:
    value = MailboxEntity()
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
        elif tag == _SERVER_TYPE:
            value.server_type = decode_xml_mailbox_type(child)
        elif tag == _ADDRESS:
            value.address = child.text or empty_or_nil(child)
        elif tag == _USERNAME:
            value.username = child.text or empty_or_nil(child)
        elif tag == _PASSWORD:
            value.password = child.text or empty_or_nil(child)
        elif tag == _SERVER:
            value.server = child.text or empty_or_nil(child)
        elif tag == _PORT:
            value.port = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_mailbox_entity(parent: Element | None, tag: str, value: MailboxEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _MAIL_IN_FILTER_ID, value.mail_in_filter_id, write_int)
    put(element, _SERVER_TYPE, value.server_type, encode_xml_mailbox_type)
    put(element, _ADDRESS, value.address, write_str)
    put(element, _USERNAME, value.username, write_str)
    put(element, _PASSWORD, value.password, write_str)
    put(element, _SERVER, value.server, write_str)
    put(element, _PORT, value.port, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_mailbox_entity(data: Any, path: str) -> MailboxEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(MailboxEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.mail_in_filter_id = take_int(data, "MailInFilterId", path)
    value.server_type = take(data, "ServerType", path, decode_json_mailbox_type)
    value.address = take_str_nillable(data, "Address", path)
    value.username = take_str_nillable(data, "Username", path)
    value.password = take_str_nillable(data, "Password", path)
    value.server = take_str_nillable(data, "Server", path)
    value.port = take_int(data, "Port", path)
    value.extra = (
        None if _MAILBOX_ENTITY_KEYS.issuperset(data) else json_extra(data, _MAILBOX_ENTITY_KEYS)
    )
    return value


def encode_json_mailbox_entity(value: MailboxEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "MailInFilterId", value.mail_in_filter_id, json_write_int)
    put_json(result, "ServerType", value.server_type, encode_json_mailbox_type)
    put_json(result, "Address", value.address, json_write_str)
    put_json(result, "Username", value.username, json_write_str)
    put_json(result, "Password", value.password, json_write_str)
    put_json(result, "Server", value.server, json_write_str)
    put_json(result, "Port", value.port, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


MAILBOX_ENTITY_CODEC = Codec(
    decode_xml_mailbox_entity,
    encode_xml_mailbox_entity,
    decode_json_mailbox_entity,
    encode_json_mailbox_entity,
)
