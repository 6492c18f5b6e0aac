"""Services88 types: AccessGatewayInfo.

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

_ACCESS_GATEWAY_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AccessGatewayInfo"
_CLIENT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ClientId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_REDIRECT_URI = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RedirectUri"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class AccessGatewayInfo(Carrier):
    """Access gateway related data and operations

    Carrier object for AccessGatewayInfo. Services for the AccessGatewayInfo Carrier is
    available from the User Agent.
    """

    client_id: str | None | Unset = UNSET
    """This is the registered client_id for AccessGateway OIDC"""
    redirect_uri: str | None | Unset = UNSET
    """This is the registered redirect_uri for AccessGateway OIDC."""

    def to_xml(self) -> Element:
        return encode_xml_access_gateway_info(None, _ACCESS_GATEWAY_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> AccessGatewayInfo:
        return record_from_xml(decode_xml_access_gateway_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_access_gateway_info(self)

    @classmethod
    def from_json(cls, data: Any) -> AccessGatewayInfo:
        return record_from_json(decode_json_access_gateway_info, data)


_ACCESS_GATEWAY_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ClientId",
        "RedirectUri",
    )
)


def decode_xml_access_gateway_info(element: Element) -> AccessGatewayInfo:
    value = AccessGatewayInfo()
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
        elif tag == _CLIENT_ID:
            value.client_id = child.text or empty_or_nil(child)
        elif tag == _REDIRECT_URI:
            value.redirect_uri = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_access_gateway_info(
    parent: Element | None, tag: str, value: AccessGatewayInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CLIENT_ID, value.client_id, write_str)
    put(element, _REDIRECT_URI, value.redirect_uri, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_access_gateway_info(data: Any, path: str) -> AccessGatewayInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(AccessGatewayInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.client_id = take_str_nillable(data, "ClientId", path)
    value.redirect_uri = take_str_nillable(data, "RedirectUri", path)
    value.extra = (
        None
        if _ACCESS_GATEWAY_INFO_KEYS.issuperset(data)
        else json_extra(data, _ACCESS_GATEWAY_INFO_KEYS)
    )
    return value


def encode_json_access_gateway_info(value: AccessGatewayInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ClientId", value.client_id, json_write_str)
    put_json(result, "RedirectUri", value.redirect_uri, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ACCESS_GATEWAY_INFO_CODEC = Codec(
    decode_xml_access_gateway_info,
    encode_xml_access_gateway_info,
    decode_json_access_gateway_info,
    encode_json_access_gateway_info,
)
