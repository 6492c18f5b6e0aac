"""Services88 types: ServiceAuth.

Used by the EMail, User agents.
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

_AUTH_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AuthType"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PASSWORD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Password"
_PORT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Port"
_SERVER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Server"
_SERVICE_AUTH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ServiceAuth"
_SERVICE_AUTH_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ServiceAuthId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_USERNAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Username"


@dataclasses.dataclass(kw_only=True, repr=False)
class ServiceAuth(Carrier):
    """Properties for service authentication

    Carrier object for ServiceAuth. Services for the ServiceAuth Carrier is available from the
    User Agent.
    """

    service_auth_id: int | Unset = UNSET
    """The primary key"""
    server: str | None | Unset = UNSET
    """The mail server"""
    port: int | Unset = UNSET
    """The server port"""
    auth_type: str | None | Unset = UNSET
    """The type of authentication, plain-text, OAuth..."""
    username: str | None | Unset = UNSET
    """The username"""
    password: str | None | Unset = dataclasses.field(default=UNSET, repr=False)
    """The (decrypted) password or token"""

    def to_xml(self) -> Element:
        return encode_xml_service_auth(None, _SERVICE_AUTH, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ServiceAuth:
        return record_from_xml(decode_xml_service_auth, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_service_auth(self)

    @classmethod
    def from_json(cls, data: Any) -> ServiceAuth:
        return record_from_json(decode_json_service_auth, data)


_SERVICE_AUTH_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ServiceAuthId",
        "Server",
        "Port",
        "AuthType",
        "Username",
        "Password",
    )
)


def decode_xml_service_auth(element: Element) -> ServiceAuth:
    value = ServiceAuth()
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
        elif tag == _SERVICE_AUTH_ID:
            value.service_auth_id = read_int(child)
        elif tag == _SERVER:
            value.server = child.text or empty_or_nil(child)
        elif tag == _PORT:
            value.port = read_int(child)
        elif tag == _AUTH_TYPE:
            value.auth_type = child.text or empty_or_nil(child)
        elif tag == _USERNAME:
            value.username = child.text or empty_or_nil(child)
        elif tag == _PASSWORD:
            value.password = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_service_auth(parent: Element | None, tag: str, value: ServiceAuth) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SERVICE_AUTH_ID, value.service_auth_id, write_int)
    put(element, _SERVER, value.server, write_str)
    put(element, _PORT, value.port, write_int)
    put(element, _AUTH_TYPE, value.auth_type, write_str)
    put(element, _USERNAME, value.username, write_str)
    put(element, _PASSWORD, value.password, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_service_auth(data: Any, path: str) -> ServiceAuth:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ServiceAuth)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.service_auth_id = take_int(data, "ServiceAuthId", path)
    value.server = take_str_nillable(data, "Server", path)
    value.port = take_int(data, "Port", path)
    value.auth_type = take_str_nillable(data, "AuthType", path)
    value.username = take_str_nillable(data, "Username", path)
    value.password = take_str_nillable(data, "Password", path)
    value.extra = (
        None if _SERVICE_AUTH_KEYS.issuperset(data) else json_extra(data, _SERVICE_AUTH_KEYS)
    )
    return value


def encode_json_service_auth(value: ServiceAuth) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ServiceAuthId", value.service_auth_id, json_write_int)
    put_json(result, "Server", value.server, json_write_str)
    put_json(result, "Port", value.port, json_write_int)
    put_json(result, "AuthType", value.auth_type, json_write_str)
    put_json(result, "Username", value.username, json_write_str)
    put_json(result, "Password", value.password, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SERVICE_AUTH_CODEC = Codec(
    decode_xml_service_auth,
    encode_xml_service_auth,
    decode_json_service_auth,
    encode_json_service_auth,
)
