"""Services88 types: ArrayOfCredential, Credential.

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
from .credential_type import (
    CredentialType,
    decode_json_credential_type,
    decode_xml_credential_type,
    encode_json_credential_type,
    encode_xml_credential_type,
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

_CREDENTIAL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Credential"
_DISPLAY_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayValue"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class Credential(Carrier):
    """Credentials supported for authentication

    Carrier object for Credential. Services for the Credential Carrier is available from the
    User Agent.
    """

    type: CredentialType | None | Unset = UNSET
    """Description of credential type"""
    value: str | None | Unset = UNSET
    """This is the actuall value of the credentials. This will typically be the password or teh
    users SID in active directory
    """
    display_value: str | None | Unset = UNSET
    """The value displayed to the user. this will typically be the users login name in active
    directory.
    """

    def to_xml(self) -> Element:
        return encode_xml_credential(None, _CREDENTIAL, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Credential:
        return record_from_xml(decode_xml_credential, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_credential(self)

    @classmethod
    def from_json(cls, data: Any) -> Credential:
        return record_from_json(decode_json_credential, data)


_CREDENTIAL_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Type",
        "Value",
        "DisplayValue",
    )
)


def decode_xml_credential(element: Element) -> Credential:
    value = Credential()
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
        elif tag == _TYPE:
            value.type = None if child.get(XSI_NIL) in NIL else decode_xml_credential_type(child)
        elif tag == _VALUE:
            value.value = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_VALUE:
            value.display_value = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_credential(parent: Element | None, tag: str, value: Credential) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TYPE, value.type, encode_xml_credential_type)
    put(element, _VALUE, value.value, write_str)
    put(element, _DISPLAY_VALUE, value.display_value, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_credential(data: Any, path: str) -> Credential:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Credential)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.type = take_nillable(data, "Type", path, decode_json_credential_type)
    value.value = take_str_nillable(data, "Value", path)
    value.display_value = take_str_nillable(data, "DisplayValue", path)
    value.extra = None if _CREDENTIAL_KEYS.issuperset(data) else json_extra(data, _CREDENTIAL_KEYS)
    return value


def encode_json_credential(value: Credential) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Type", value.type, encode_json_credential_type)
    put_json(result, "Value", value.value, json_write_str)
    put_json(result, "DisplayValue", value.display_value, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CREDENTIAL_CODEC = Codec(
    decode_xml_credential, encode_xml_credential, decode_json_credential, encode_json_credential
)


def decode_xml_list_of_credential(element: Element) -> list[Credential | None]:
    """``ArrayOfCredential``: a list of ``Credential`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_credential(child))
        for child in element
        if child.tag == _CREDENTIAL
    ]


def encode_xml_list_of_credential(
    parent: Element | None, tag: str, value: list[Credential | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CREDENTIAL, item, encode_xml_credential)
    return element


def decode_json_list_of_credential(data: Any, path: str) -> list[Credential | None]:
    return json_items_nillable(data, path, decode_json_credential)


def encode_json_list_of_credential(value: list[Credential | None]) -> list[Any]:
    return [(None if item is None else encode_json_credential(item)) for item in value]


LIST_OF_CREDENTIAL_CODEC = Codec(
    decode_xml_list_of_credential,
    encode_xml_list_of_credential,
    decode_json_list_of_credential,
    encode_json_list_of_credential,
)
