"""Services88 types: ArrayOfCredentialUser, CredentialUser.

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
    json_items_nillable,
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

_CAN_CREATE_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CanCreatePerson"
_COLUMNS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Columns"
_CREDENTIAL_USER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CredentialUser"
_DISPLAY_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayValue"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class CredentialUser(Carrier):
    """Information about a users credentials in a foregin system that can be bound to a SuperOffice
    user (i.e. associate)

    Carrier object for CredentialUser. Services for the CredentialUser Carrier is available from
    the User Agent.
    """

    value: str | None | Unset = UNSET
    """Identification of user in the foreign system. This value needs to be applied to the
    Credential.Value field
    """
    display_value: str | None | Unset = UNSET
    """Display value of the user. This value needs to be applied to the Credential.DisplayValue
    field.
    """
    columns: list[str | None] | None | Unset = UNSET
    """Columns, matching CredentialUsers.Headings"""
    can_create_person: bool | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_credential_user(None, _CREDENTIAL_USER, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CredentialUser:
        return record_from_xml(decode_xml_credential_user, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_credential_user(self)

    @classmethod
    def from_json(cls, data: Any) -> CredentialUser:
        return record_from_json(decode_json_credential_user, data)


_CREDENTIAL_USER_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Value",
        "DisplayValue",
        "Columns",
        "CanCreatePerson",
    )
)


def decode_xml_credential_user(element: Element) -> CredentialUser:
    value = CredentialUser()
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
        elif tag == _VALUE:
            value.value = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_VALUE:
            value.display_value = child.text or empty_or_nil(child)
        elif tag == _COLUMNS:
            value.columns = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
        elif tag == _CAN_CREATE_PERSON:
            value.can_create_person = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_credential_user(parent: Element | None, tag: str, value: CredentialUser) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _VALUE, value.value, write_str)
    put(element, _DISPLAY_VALUE, value.display_value, write_str)
    put(element, _COLUMNS, value.columns, encode_xml_list_of_str)
    put(element, _CAN_CREATE_PERSON, value.can_create_person, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_credential_user(data: Any, path: str) -> CredentialUser:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CredentialUser)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.value = take_str_nillable(data, "Value", path)
    value.display_value = take_str_nillable(data, "DisplayValue", path)
    value.columns = take_nillable(data, "Columns", path, decode_json_list_of_str)
    value.can_create_person = take_bool(data, "CanCreatePerson", path)
    value.extra = (
        None if _CREDENTIAL_USER_KEYS.issuperset(data) else json_extra(data, _CREDENTIAL_USER_KEYS)
    )
    return value


def encode_json_credential_user(value: CredentialUser) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Value", value.value, json_write_str)
    put_json(result, "DisplayValue", value.display_value, json_write_str)
    put_json(result, "Columns", value.columns, encode_json_list_of_str)
    put_json(result, "CanCreatePerson", value.can_create_person, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CREDENTIAL_USER_CODEC = Codec(
    decode_xml_credential_user,
    encode_xml_credential_user,
    decode_json_credential_user,
    encode_json_credential_user,
)


def decode_xml_list_of_credential_user(element: Element) -> list[CredentialUser | None]:
    """``ArrayOfCredentialUser``: a list of ``CredentialUser`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_credential_user(child))
        for child in element
        if child.tag == _CREDENTIAL_USER
    ]


def encode_xml_list_of_credential_user(
    parent: Element | None, tag: str, value: list[CredentialUser | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CREDENTIAL_USER, item, encode_xml_credential_user)
    return element


def decode_json_list_of_credential_user(data: Any, path: str) -> list[CredentialUser | None]:
    return json_items_nillable(data, path, decode_json_credential_user)


def encode_json_list_of_credential_user(value: list[CredentialUser | None]) -> list[Any]:
    return [(None if item is None else encode_json_credential_user(item)) for item in value]


LIST_OF_CREDENTIAL_USER_CODEC = Codec(
    decode_xml_list_of_credential_user,
    encode_xml_list_of_credential_user,
    decode_json_list_of_credential_user,
    encode_json_list_of_credential_user,
)
