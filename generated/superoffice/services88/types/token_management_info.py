"""Services88 types: TokenManagementInfo.

Used by the User agent.
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
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
    take_str_nillable,
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

_ACCESS_TOKEN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AccessToken"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PROVIDER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Provider"
_REFRESH_TOKEN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RefreshToken"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOKEN_MANAGEMENT_INFO = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}TokenManagementInfo"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class TokenManagementInfo(Carrier):
    """Token information

    Carrier object for TokenManagementInfo. Services for the TokenManagementInfo Carrier is
    available from the User Agent.
    """

    provider: str | None | Unset = UNSET
    """The provider these tokens belong to"""
    access_token: str | None | Unset = dataclasses.field(default=UNSET, repr=False)
    """Access token"""
    refresh_token: str | None | Unset = dataclasses.field(default=UNSET, repr=False)
    """Refresh token"""

    def to_xml(self) -> Element:
        return encode_xml_token_management_info(None, _TOKEN_MANAGEMENT_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TokenManagementInfo:
        return record_from_xml(decode_xml_token_management_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_token_management_info(self)

    @classmethod
    def from_json(cls, data: Any) -> TokenManagementInfo:
        return record_from_json(decode_json_token_management_info, data)


_TOKEN_MANAGEMENT_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Provider",
        "AccessToken",
        "RefreshToken",
    )
)


def decode_xml_token_management_info(element: Element) -> TokenManagementInfo:
    value = TokenManagementInfo()
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
        elif tag == _PROVIDER:
            value.provider = child.text or empty_or_nil(child)
        elif tag == _ACCESS_TOKEN:
            value.access_token = child.text or empty_or_nil(child)
        elif tag == _REFRESH_TOKEN:
            value.refresh_token = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_token_management_info(
    parent: Element | None, tag: str, value: TokenManagementInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PROVIDER, value.provider, write_str)
    put(element, _ACCESS_TOKEN, value.access_token, write_str)
    put(element, _REFRESH_TOKEN, value.refresh_token, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_token_management_info(data: Any, path: str) -> TokenManagementInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TokenManagementInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.provider = take_str_nillable(data, "Provider", path)
    value.access_token = take_str_nillable(data, "AccessToken", path)
    value.refresh_token = take_str_nillable(data, "RefreshToken", path)
    value.extra = (
        None
        if _TOKEN_MANAGEMENT_INFO_KEYS.issuperset(data)
        else json_extra(data, _TOKEN_MANAGEMENT_INFO_KEYS)
    )
    return value


def encode_json_token_management_info(value: TokenManagementInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Provider", value.provider, json_write_str)
    put_json(result, "AccessToken", value.access_token, json_write_str)
    put_json(result, "RefreshToken", value.refresh_token, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TOKEN_MANAGEMENT_INFO_CODEC = Codec(
    decode_xml_token_management_info,
    encode_xml_token_management_info,
    decode_json_token_management_info,
    encode_json_token_management_info,
)
