"""Services88 types: UserPresenceStatus.

Used by the User agent.
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
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_str_nillable,
    write_str,
)
from .ej_user_status import (
    EjUserStatus,
    decode_json_ej_user_status,
    decode_xml_ej_user_status,
    encode_json_ej_user_status,
    encode_xml_ej_user_status,
)

_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Message"
_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Status"
_USER_PRESENCE_STATUS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserPresenceStatus"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class UserPresenceStatus(Record):
    """Manage present/absent status for a Service user account (influences ticket assignments).

    Carrier object for UserPresenceStatus. Services for the UserPresenceStatus Carrier is
    available from the User Agent.
    """

    status: EjUserStatus | str | Unset = UNSET
    """The status (enum) for this user."""
    message: str | None | Unset = UNSET
    """Comment to add for user when status is not present."""

    def to_xml(self) -> Element:
        return encode_xml_user_presence_status(None, _USER_PRESENCE_STATUS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> UserPresenceStatus:
        return record_from_xml(decode_xml_user_presence_status, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_user_presence_status(self)

    @classmethod
    def from_json(cls, data: Any) -> UserPresenceStatus:
        return record_from_json(decode_json_user_presence_status, data)


_USER_PRESENCE_STATUS_KEYS = frozenset(
    (
        "Status",
        "Message",
    )
)


def decode_xml_user_presence_status(element: Element) -> UserPresenceStatus:
    value = UserPresenceStatus()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _STATUS:
            value.status = decode_xml_ej_user_status(child)
        elif tag == _MESSAGE:
            value.message = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_user_presence_status(
    parent: Element | None, tag: str, value: UserPresenceStatus
) -> Element:
    element = new_child(parent, tag)
    put(element, _STATUS, value.status, encode_xml_ej_user_status)
    put(element, _MESSAGE, value.message, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_user_presence_status(data: Any, path: str) -> UserPresenceStatus:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(UserPresenceStatus)
    value.status = take(data, "Status", path, decode_json_ej_user_status)
    value.message = take_str_nillable(data, "Message", path)
    value.extra = (
        None
        if _USER_PRESENCE_STATUS_KEYS.issuperset(data)
        else json_extra(data, _USER_PRESENCE_STATUS_KEYS)
    )
    return value


def encode_json_user_presence_status(value: UserPresenceStatus) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "Status", value.status, encode_json_ej_user_status)
    put_json(result, "Message", value.message, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


USER_PRESENCE_STATUS_CODEC = Codec(
    decode_xml_user_presence_status,
    encode_xml_user_presence_status,
    decode_json_user_presence_status,
    encode_json_user_presence_status,
)
