"""Services88 types: EMailConnectionInfoExtended.

Used by the EMail agent.
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
    json_write_bool,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
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

_E_MAIL_CONNECTION_INFO_EXTENDED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMailConnectionInfoExtended"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FOLDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Folder"
_PASSWORD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Password"
_PORT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Port"
_PROTOCOL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Protocol"
_SERVER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ServerName"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_USER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserName"
_USE_SSL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UseSSL"


@dataclasses.dataclass(kw_only=True, repr=False)
class EMailConnectionInfoExtended(Carrier):
    """Carrier object for EMailConnectionInfoExtended. Services for the EMailConnectionInfoExtended
    Carrier is available from the EMail Agent.
    """

    port: int | Unset = UNSET
    server_name: str | None | Unset = UNSET
    """Hostname or ip to server to connect to. Custom ports may be specified by adding ':' and the
    port number after the name/ip. Ex: '127.0.0.1:6543'
    """
    protocol: str | None | Unset = UNSET
    user_name: str | None | Unset = UNSET
    """Name of user to log in with"""
    password: str | None | Unset = dataclasses.field(default=UNSET, repr=False)
    """Password for the username"""
    use_ssl: bool | Unset = UNSET
    """Use a secure connection with the server"""
    folder: str | None | Unset = UNSET
    """Optional folder to set as current after logging in"""

    def to_xml(self) -> Element:
        return encode_xml_e_mail_connection_info_extended(
            None, _E_MAIL_CONNECTION_INFO_EXTENDED, self
        )

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> EMailConnectionInfoExtended:
        return record_from_xml(decode_xml_e_mail_connection_info_extended, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_e_mail_connection_info_extended(self)

    @classmethod
    def from_json(cls, data: Any) -> EMailConnectionInfoExtended:
        return record_from_json(decode_json_e_mail_connection_info_extended, data)


_E_MAIL_CONNECTION_INFO_EXTENDED_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Port",
        "ServerName",
        "Protocol",
        "UserName",
        "Password",
        "UseSSL",
        "Folder",
    )
)


def decode_xml_e_mail_connection_info_extended(element: Element) -> EMailConnectionInfoExtended:
    value = EMailConnectionInfoExtended()
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
        elif tag == _PORT:
            value.port = read_int(child)
        elif tag == _SERVER_NAME:
            value.server_name = child.text or empty_or_nil(child)
        elif tag == _PROTOCOL:
            value.protocol = child.text or empty_or_nil(child)
        elif tag == _USER_NAME:
            value.user_name = child.text or empty_or_nil(child)
        elif tag == _PASSWORD:
            value.password = child.text or empty_or_nil(child)
        elif tag == _USE_SSL:
            value.use_ssl = read_bool(child)
        elif tag == _FOLDER:
            value.folder = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_e_mail_connection_info_extended(
    parent: Element | None, tag: str, value: EMailConnectionInfoExtended
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PORT, value.port, write_int)
    put(element, _SERVER_NAME, value.server_name, write_str)
    put(element, _PROTOCOL, value.protocol, write_str)
    put(element, _USER_NAME, value.user_name, write_str)
    put(element, _PASSWORD, value.password, write_str)
    put(element, _USE_SSL, value.use_ssl, write_bool)
    put(element, _FOLDER, value.folder, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_e_mail_connection_info_extended(
    data: Any, path: str
) -> EMailConnectionInfoExtended:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(EMailConnectionInfoExtended)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.port = take_int(data, "Port", path)
    value.server_name = take_str_nillable(data, "ServerName", path)
    value.protocol = take_str_nillable(data, "Protocol", path)
    value.user_name = take_str_nillable(data, "UserName", path)
    value.password = take_str_nillable(data, "Password", path)
    value.use_ssl = take_bool(data, "UseSSL", path)
    value.folder = take_str_nillable(data, "Folder", path)
    value.extra = (
        None
        if _E_MAIL_CONNECTION_INFO_EXTENDED_KEYS.issuperset(data)
        else json_extra(data, _E_MAIL_CONNECTION_INFO_EXTENDED_KEYS)
    )
    return value


def encode_json_e_mail_connection_info_extended(
    value: EMailConnectionInfoExtended,
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Port", value.port, json_write_int)
    put_json(result, "ServerName", value.server_name, json_write_str)
    put_json(result, "Protocol", value.protocol, json_write_str)
    put_json(result, "UserName", value.user_name, json_write_str)
    put_json(result, "Password", value.password, json_write_str)
    put_json(result, "UseSSL", value.use_ssl, json_write_bool)
    put_json(result, "Folder", value.folder, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


E_MAIL_CONNECTION_INFO_EXTENDED_CODEC = Codec(
    decode_xml_e_mail_connection_info_extended,
    encode_xml_e_mail_connection_info_extended,
    decode_json_e_mail_connection_info_extended,
    encode_json_e_mail_connection_info_extended,
)
