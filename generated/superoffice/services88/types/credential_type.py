"""Services88 types: ArrayOfCredentialType, CredentialType.

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
    take,
    take_bool,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_str,
)
from .carrier import Carrier
from .credential_control_type import (
    CredentialControlType,
    decode_json_credential_control_type,
    decode_xml_credential_control_type,
    encode_json_credential_control_type,
    encode_xml_credential_control_type,
)
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

_CAN_CREATE_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CanCreatePerson"
_CREDENTIAL_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CredentialType"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_DISPLAY_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayType"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_USER_NAME_SUPPORTED = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsUserNameSupported"
)
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_VALUE_CONTROL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ValueControl"


@dataclasses.dataclass(kw_only=True, repr=False)
class CredentialType(Carrier):
    """Description of credential type

    Carrier object for CredentialType. Services for the CredentialType Carrier is available from
    the User Agent.
    """

    display_type: str | None | Unset = UNSET
    """The name of the credentials to be displayed in the user interface. This will typically be
    Password for user-name/password scenarios and Active Directoru User for AD integration.
    """
    type: str | None | Unset = UNSET
    """Type of credentials, corresponding to name of plugin and type in the credentials table"""
    description: str | None | Unset = UNSET
    """Description of the authentication type. This value is used in a list of authentication
    providers that can be choosen by an end user and should be a fairly describtive text. This
    will typically be SuperOffice is responsible for username and password for a password
    scenario.
    """
    value_control: CredentialControlType | str | Unset = UNSET
    """Type of control used to display the value."""
    can_create_person: bool | Unset = UNSET
    is_user_name_supported: bool | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_credential_type(None, _CREDENTIAL_TYPE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CredentialType:
        return record_from_xml(decode_xml_credential_type, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_credential_type(self)

    @classmethod
    def from_json(cls, data: Any) -> CredentialType:
        return record_from_json(decode_json_credential_type, data)


_CREDENTIAL_TYPE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "DisplayType",
        "Type",
        "Description",
        "ValueControl",
        "CanCreatePerson",
        "IsUserNameSupported",
    )
)


def decode_xml_credential_type(element: Element) -> CredentialType:
    value = CredentialType()
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
        elif tag == _DISPLAY_TYPE:
            value.display_type = child.text or empty_or_nil(child)
        elif tag == _TYPE:
            value.type = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _VALUE_CONTROL:
            value.value_control = decode_xml_credential_control_type(child)
        elif tag == _CAN_CREATE_PERSON:
            value.can_create_person = read_bool(child)
        elif tag == _IS_USER_NAME_SUPPORTED:
            value.is_user_name_supported = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_credential_type(parent: Element | None, tag: str, value: CredentialType) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DISPLAY_TYPE, value.display_type, write_str)
    put(element, _TYPE, value.type, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _VALUE_CONTROL, value.value_control, encode_xml_credential_control_type)
    put(element, _CAN_CREATE_PERSON, value.can_create_person, write_bool)
    put(element, _IS_USER_NAME_SUPPORTED, value.is_user_name_supported, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_credential_type(data: Any, path: str) -> CredentialType:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CredentialType)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.display_type = take_str_nillable(data, "DisplayType", path)
    value.type = take_str_nillable(data, "Type", path)
    value.description = take_str_nillable(data, "Description", path)
    value.value_control = take(data, "ValueControl", path, decode_json_credential_control_type)
    value.can_create_person = take_bool(data, "CanCreatePerson", path)
    value.is_user_name_supported = take_bool(data, "IsUserNameSupported", path)
    value.extra = (
        None if _CREDENTIAL_TYPE_KEYS.issuperset(data) else json_extra(data, _CREDENTIAL_TYPE_KEYS)
    )
    return value


def encode_json_credential_type(value: CredentialType) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "DisplayType", value.display_type, json_write_str)
    put_json(result, "Type", value.type, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "ValueControl", value.value_control, encode_json_credential_control_type)
    put_json(result, "CanCreatePerson", value.can_create_person, json_write_bool)
    put_json(result, "IsUserNameSupported", value.is_user_name_supported, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CREDENTIAL_TYPE_CODEC = Codec(
    decode_xml_credential_type,
    encode_xml_credential_type,
    decode_json_credential_type,
    encode_json_credential_type,
)


def decode_xml_list_of_credential_type(element: Element) -> list[CredentialType | None]:
    """``ArrayOfCredentialType``: a list of ``CredentialType`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_credential_type(child))
        for child in element
        if child.tag == _CREDENTIAL_TYPE
    ]


def encode_xml_list_of_credential_type(
    parent: Element | None, tag: str, value: list[CredentialType | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CREDENTIAL_TYPE, item, encode_xml_credential_type)
    return element


def decode_json_list_of_credential_type(data: Any, path: str) -> list[CredentialType | None]:
    return json_items_nillable(data, path, decode_json_credential_type)


def encode_json_list_of_credential_type(value: list[CredentialType | None]) -> list[Any]:
    return [(None if item is None else encode_json_credential_type(item)) for item in value]


LIST_OF_CREDENTIAL_TYPE_CODEC = Codec(
    decode_xml_list_of_credential_type,
    encode_xml_list_of_credential_type,
    decode_json_list_of_credential_type,
    encode_json_list_of_credential_type,
)
