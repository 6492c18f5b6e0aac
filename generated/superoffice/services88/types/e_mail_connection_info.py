"""Services88 types: EMailConnectionInfo.

Used by the Appointment, EMail agents.
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
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_bool,
    take_nillable,
    take_str_nillable,
    write_bool,
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

_E_MAIL_CONNECTION_INFO = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMailConnectionInfo"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FOLDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Folder"
_PASSWORD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Password"
_SERVER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ServerName"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_USER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserName"
_USE_SSL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UseSSL"


@dataclasses.dataclass(kw_only=True, repr=False)
class EMailConnectionInfo(Carrier):
    """All information needed to connect to a mailserver

    Carrier object for EMailConnectionInfo. Services for the EMailConnectionInfo Carrier is
    available from the EMail Agent.
    """

    server_name: str | None | Unset = UNSET
    """Hostname or ip to server to connect to. Custom ports may be specified by adding ':' and the
    port number after the name/ip. Ex: '127.0.0.1:6543'
    """
    user_name: str | None | Unset = UNSET
    """Name of user to log in with"""
    password: str | None | Unset = dataclasses.field(default=UNSET, repr=False)
    """Password for the username"""
    folder: str | None | Unset = UNSET
    """Optional folder to set as current after logging in"""
    use_ssl: bool | Unset = UNSET
    """Use a secure connection with the server"""

    def to_xml(self) -> Element:
        return encode_xml_e_mail_connection_info(None, _E_MAIL_CONNECTION_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> EMailConnectionInfo:
        return record_from_xml(decode_xml_e_mail_connection_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_e_mail_connection_info(self)

    @classmethod
    def from_json(cls, data: Any) -> EMailConnectionInfo:
        return record_from_json(decode_json_e_mail_connection_info, data)


_E_MAIL_CONNECTION_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ServerName",
        "UserName",
        "Password",
        "Folder",
        "UseSSL",
    )
)


def decode_xml_e_mail_connection_info(element: Element) -> EMailConnectionInfo:
    value = EMailConnectionInfo()
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
        elif tag == _SERVER_NAME:
            value.server_name = child.text or empty_or_nil(child)
        elif tag == _USER_NAME:
            value.user_name = child.text or empty_or_nil(child)
        elif tag == _PASSWORD:
            value.password = child.text or empty_or_nil(child)
        elif tag == _FOLDER:
            value.folder = child.text or empty_or_nil(child)
        elif tag == _USE_SSL:
            value.use_ssl = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_e_mail_connection_info(
    parent: Element | None, tag: str, value: EMailConnectionInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SERVER_NAME, value.server_name, write_str)
    put(element, _USER_NAME, value.user_name, write_str)
    put(element, _PASSWORD, value.password, write_str)
    put(element, _FOLDER, value.folder, write_str)
    put(element, _USE_SSL, value.use_ssl, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_e_mail_connection_info(data: Any, path: str) -> EMailConnectionInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(EMailConnectionInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.server_name = take_str_nillable(data, "ServerName", path)
    value.user_name = take_str_nillable(data, "UserName", path)
    value.password = take_str_nillable(data, "Password", path)
    value.folder = take_str_nillable(data, "Folder", path)
    value.use_ssl = take_bool(data, "UseSSL", path)
    value.extra = (
        None
        if _E_MAIL_CONNECTION_INFO_KEYS.issuperset(data)
        else json_extra(data, _E_MAIL_CONNECTION_INFO_KEYS)
    )
    return value


def encode_json_e_mail_connection_info(value: EMailConnectionInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ServerName", value.server_name, json_write_str)
    put_json(result, "UserName", value.user_name, json_write_str)
    put_json(result, "Password", value.password, json_write_str)
    put_json(result, "Folder", value.folder, json_write_str)
    put_json(result, "UseSSL", value.use_ssl, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


E_MAIL_CONNECTION_INFO_CODEC = Codec(
    decode_xml_e_mail_connection_info,
    encode_xml_e_mail_connection_info,
    decode_json_e_mail_connection_info,
    encode_json_e_mail_connection_info,
)
