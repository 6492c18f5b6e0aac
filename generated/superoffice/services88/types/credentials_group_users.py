"""Services88 types: CredentialsGroupUsers.

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
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
)
from .carrier import Carrier
from .credential_user import (
    CredentialUser,
    decode_json_list_of_credential_user,
    decode_xml_list_of_credential_user,
    encode_json_list_of_credential_user,
    encode_xml_list_of_credential_user,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_str import (
    decode_json_list_of_str,
    decode_xml_list_of_str,
    encode_json_list_of_str,
    encode_xml_list_of_str,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CREDENTIALS_GROUP_USERS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}CredentialsGroupUsers"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HEADINGS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Headings"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_USERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Users"


@dataclasses.dataclass(kw_only=True, repr=False)
class CredentialsGroupUsers(Carrier):
    """This is the users within a user group.

    Carrier object for CredentialsGroupUsers. Services for the CredentialsGroupUsers Carrier is
    available from the User Agent.
    """

    headings: list[str | None] | None | Unset = UNSET
    """Headings in which to list the different users."""
    users: list[CredentialUser | None] | None | Unset = UNSET
    """The list of actual users that can be selected"""

    def to_xml(self) -> Element:
        return encode_xml_credentials_group_users(None, _CREDENTIALS_GROUP_USERS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CredentialsGroupUsers:
        return record_from_xml(decode_xml_credentials_group_users, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_credentials_group_users(self)

    @classmethod
    def from_json(cls, data: Any) -> CredentialsGroupUsers:
        return record_from_json(decode_json_credentials_group_users, data)


_CREDENTIALS_GROUP_USERS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Headings",
        "Users",
    )
)


def decode_xml_credentials_group_users(element: Element) -> CredentialsGroupUsers:
    value = CredentialsGroupUsers()
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
        elif tag == _HEADINGS:
            value.headings = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
        elif tag == _USERS:
            value.users = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_credential_user(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_credentials_group_users(
    parent: Element | None, tag: str, value: CredentialsGroupUsers
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _HEADINGS, value.headings, encode_xml_list_of_str)
    put(element, _USERS, value.users, encode_xml_list_of_credential_user)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_credentials_group_users(data: Any, path: str) -> CredentialsGroupUsers:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CredentialsGroupUsers)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.headings = take_nillable(data, "Headings", path, decode_json_list_of_str)
    value.users = take_nillable(data, "Users", path, decode_json_list_of_credential_user)
    value.extra = (
        None
        if _CREDENTIALS_GROUP_USERS_KEYS.issuperset(data)
        else json_extra(data, _CREDENTIALS_GROUP_USERS_KEYS)
    )
    return value


def encode_json_credentials_group_users(value: CredentialsGroupUsers) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Headings", value.headings, encode_json_list_of_str)
    put_json(result, "Users", value.users, encode_json_list_of_credential_user)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CREDENTIALS_GROUP_USERS_CODEC = Codec(
    decode_xml_credentials_group_users,
    encode_xml_credentials_group_users,
    decode_json_credentials_group_users,
    encode_json_credentials_group_users,
)
