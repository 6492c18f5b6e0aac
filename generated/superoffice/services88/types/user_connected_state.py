"""Services88 types: UserConnectedState.

Used by the Appointment agent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    UNSET,
    Codec,
    Element,
    Record,
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
    take_str_nillable,
    write_bool,
    write_str,
)

_IS_CONNECTED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsConnected"
_LOGIN_URL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LoginUrl"
_PROVIDER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProviderId"
_USER_CONNECTED_STATE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserConnectedState"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class UserConnectedState(Record):
    """Details about the users connected state.

    Carrier object for UserConnectedState. Services for the UserConnectedState Carrier is
    available from the Appointment Agent.
    """

    is_connected: bool | Unset = UNSET
    """If true, the user is configured for VideoMeetings"""
    provider_id: str | None | Unset = UNSET
    """Information about the provider configured on the tenant"""
    login_url: str | None | Unset = UNSET
    """The URL to create a new Authorization record in the VideoMeetings provider"""

    def to_xml(self) -> Element:
        return encode_xml_user_connected_state(None, _USER_CONNECTED_STATE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> UserConnectedState:
        return record_from_xml(decode_xml_user_connected_state, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_user_connected_state(self)

    @classmethod
    def from_json(cls, data: Any) -> UserConnectedState:
        return record_from_json(decode_json_user_connected_state, data)


_USER_CONNECTED_STATE_KEYS = frozenset(
    (
        "IsConnected",
        "ProviderId",
        "LoginUrl",
    )
)


def decode_xml_user_connected_state(element: Element) -> UserConnectedState:
    value = UserConnectedState()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _IS_CONNECTED:
            value.is_connected = read_bool(child)
        elif tag == _PROVIDER_ID:
            value.provider_id = child.text or empty_or_nil(child)
        elif tag == _LOGIN_URL:
            value.login_url = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_user_connected_state(
    parent: Element | None, tag: str, value: UserConnectedState
) -> Element:
    element = new_child(parent, tag)
    put(element, _IS_CONNECTED, value.is_connected, write_bool)
    put(element, _PROVIDER_ID, value.provider_id, write_str)
    put(element, _LOGIN_URL, value.login_url, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_user_connected_state(data: Any, path: str) -> UserConnectedState:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(UserConnectedState)
    value.is_connected = take_bool(data, "IsConnected", path)
    value.provider_id = take_str_nillable(data, "ProviderId", path)
    value.login_url = take_str_nillable(data, "LoginUrl", path)
    value.extra = (
        None
        if _USER_CONNECTED_STATE_KEYS.issuperset(data)
        else json_extra(data, _USER_CONNECTED_STATE_KEYS)
    )
    return value


def encode_json_user_connected_state(value: UserConnectedState) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "IsConnected", value.is_connected, json_write_bool)
    put_json(result, "ProviderId", value.provider_id, json_write_str)
    put_json(result, "LoginUrl", value.login_url, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


USER_CONNECTED_STATE_CODEC = Codec(
    decode_xml_user_connected_state,
    encode_xml_user_connected_state,
    decode_json_user_connected_state,
    encode_json_user_connected_state,
)
