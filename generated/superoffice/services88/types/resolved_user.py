"""Services88 types: ResolvedUser.

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
    json_extra,
    json_object,
    json_write_bool,
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
    write_bool,
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
from .user import User, decode_json_user, decode_xml_user, encode_json_user, encode_xml_user

_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PERSON_CREATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonCreated"
_RESOLVED_USER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ResolvedUser"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_USER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}User"


@dataclasses.dataclass(kw_only=True, repr=False)
class ResolvedUser(Carrier):
    """The User Service. The service implements all services working with the User object.

    Carrier object for ResolvedUser. Services for the ResolvedUser Carrier is available from the
    User Agent.
    """

    user: User | None | Unset = UNSET
    """The resolved User instance."""
    person_created: bool | Unset = UNSET
    """Indicates if the resolved person was created or not."""

    def to_xml(self) -> Element:
        return encode_xml_resolved_user(None, _RESOLVED_USER, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ResolvedUser:
        return record_from_xml(decode_xml_resolved_user, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_resolved_user(self)

    @classmethod
    def from_json(cls, data: Any) -> ResolvedUser:
        return record_from_json(decode_json_resolved_user, data)


_RESOLVED_USER_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "User",
        "PersonCreated",
    )
)


def decode_xml_resolved_user(element: Element) -> ResolvedUser:
    value = ResolvedUser()
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
        elif tag == _USER:
            value.user = None if child.get(XSI_NIL) in NIL else decode_xml_user(child)
        elif tag == _PERSON_CREATED:
            value.person_created = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_resolved_user(parent: Element | None, tag: str, value: ResolvedUser) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _USER, value.user, encode_xml_user)
    put(element, _PERSON_CREATED, value.person_created, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_resolved_user(data: Any, path: str) -> ResolvedUser:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ResolvedUser)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.user = take_nillable(data, "User", path, decode_json_user)
    value.person_created = take_bool(data, "PersonCreated", path)
    value.extra = (
        None if _RESOLVED_USER_KEYS.issuperset(data) else json_extra(data, _RESOLVED_USER_KEYS)
    )
    return value


def encode_json_resolved_user(value: ResolvedUser) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "User", value.user, encode_json_user)
    put_json(result, "PersonCreated", value.person_created, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


RESOLVED_USER_CODEC = Codec(
    decode_xml_resolved_user,
    encode_xml_resolved_user,
    decode_json_resolved_user,
    encode_json_resolved_user,
)
