"""Services88 types: CsSessionKey.

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

_CS_SESSION_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CsSessionKey"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Key"
_LOGIN_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LoginId"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_USER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserId"


@dataclasses.dataclass(kw_only=True, repr=False)
class CsSessionKey(Carrier):
    """Carrier object for CsSessionKey. Services for the CsSessionKey Carrier is available from the
    CustomerService Agent.
    """

    key: str | None | Unset = UNSET
    """The session key created in the login table"""
    login_id: int | Unset = UNSET
    """The id of the login row"""
    user_id: int | Unset = UNSET
    """The ejuser id owning this session key"""

    def to_xml(self) -> Element:
        return encode_xml_cs_session_key(None, _CS_SESSION_KEY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CsSessionKey:
        return record_from_xml(decode_xml_cs_session_key, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_cs_session_key(self)

    @classmethod
    def from_json(cls, data: Any) -> CsSessionKey:
        return record_from_json(decode_json_cs_session_key, data)


_CS_SESSION_KEY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Key",
        "LoginId",
        "UserId",
    )
)


def decode_xml_cs_session_key(element: Element) -> CsSessionKey:
    value = CsSessionKey()
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
        elif tag == _KEY:
            value.key = child.text or empty_or_nil(child)
        elif tag == _LOGIN_ID:
            value.login_id = read_int(child)
        elif tag == _USER_ID:
            value.user_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_cs_session_key(parent: Element | None, tag: str, value: CsSessionKey) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _KEY, value.key, write_str)
    put(element, _LOGIN_ID, value.login_id, write_int)
    put(element, _USER_ID, value.user_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_cs_session_key(data: Any, path: str) -> CsSessionKey:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CsSessionKey)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.key = take_str_nillable(data, "Key", path)
    value.login_id = take_int(data, "LoginId", path)
    value.user_id = take_int(data, "UserId", path)
    value.extra = (
        None if _CS_SESSION_KEY_KEYS.issuperset(data) else json_extra(data, _CS_SESSION_KEY_KEYS)
    )
    return value


def encode_json_cs_session_key(value: CsSessionKey) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Key", value.key, json_write_str)
    put_json(result, "LoginId", value.login_id, json_write_int)
    put_json(result, "UserId", value.user_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CS_SESSION_KEY_CODEC = Codec(
    decode_xml_cs_session_key,
    encode_xml_cs_session_key,
    decode_json_cs_session_key,
    encode_json_cs_session_key,
)
