"""Services88 types: ArrayOfUntrustedCredentials, UntrustedCredentials.

Used by the User agent.
"""

from __future__ import annotations

import dataclasses
import datetime
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
    json_datetime,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_bool,
    json_write_datetime,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_datetime,
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

_COMMENT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Comment"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_ACTIVE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsActive"
_PUBLIC_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PublicValue"
_SECRET_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SecretValue"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UNTRUSTED_CREDENTIALS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}UntrustedCredentials"
)
_VALID_FROM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ValidFrom"
_VALID_TO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ValidTo"


@dataclasses.dataclass(kw_only=True, repr=False)
class UntrustedCredentials(Carrier):
    """Credentials for external authentication.

    Carrier object for UntrustedCredentials. Services for the UntrustedCredentials Carrier is
    available from the User Agent.
    """

    valid_from: datetime.datetime | Unset = UNSET
    """Credentials are valid from this date."""
    valid_to: datetime.datetime | Unset = UNSET
    """Credentials are valid to this date."""
    comment: str | None | Unset = UNSET
    """Description of credentials. Max 255 characters."""
    secret_value: str | None | Unset = UNSET
    """Data stored encrypted in the db. Typically a password. Max 70 characters."""
    public_value: str | None | Unset = UNSET
    """Data stored unencrypted in the db. Typically server and or username. Max 238 characters."""
    is_active: bool | Unset = UNSET
    """Is this credentials currently active."""

    def to_xml(self) -> Element:
        return encode_xml_untrusted_credentials(None, _UNTRUSTED_CREDENTIALS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> UntrustedCredentials:
        return record_from_xml(decode_xml_untrusted_credentials, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_untrusted_credentials(self)

    @classmethod
    def from_json(cls, data: Any) -> UntrustedCredentials:
        return record_from_json(decode_json_untrusted_credentials, data)


_UNTRUSTED_CREDENTIALS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ValidFrom",
        "ValidTo",
        "Comment",
        "SecretValue",
        "PublicValue",
        "IsActive",
    )
)


def decode_xml_untrusted_credentials(element: Element) -> UntrustedCredentials:
    value = UntrustedCredentials()
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
        elif tag == _VALID_FROM:
            value.valid_from = read_datetime(child)
        elif tag == _VALID_TO:
            value.valid_to = read_datetime(child)
        elif tag == _COMMENT:
            value.comment = child.text or empty_or_nil(child)
        elif tag == _SECRET_VALUE:
            value.secret_value = child.text or empty_or_nil(child)
        elif tag == _PUBLIC_VALUE:
            value.public_value = child.text or empty_or_nil(child)
        elif tag == _IS_ACTIVE:
            value.is_active = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_untrusted_credentials(
    parent: Element | None, tag: str, value: UntrustedCredentials
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _VALID_FROM, value.valid_from, write_datetime)
    put(element, _VALID_TO, value.valid_to, write_datetime)
    put(element, _COMMENT, value.comment, write_str)
    put(element, _SECRET_VALUE, value.secret_value, write_str)
    put(element, _PUBLIC_VALUE, value.public_value, write_str)
    put(element, _IS_ACTIVE, value.is_active, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_untrusted_credentials(data: Any, path: str) -> UntrustedCredentials:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(UntrustedCredentials)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.valid_from = take(data, "ValidFrom", path, json_datetime)
    value.valid_to = take(data, "ValidTo", path, json_datetime)
    value.comment = take_str_nillable(data, "Comment", path)
    value.secret_value = take_str_nillable(data, "SecretValue", path)
    value.public_value = take_str_nillable(data, "PublicValue", path)
    value.is_active = take_bool(data, "IsActive", path)
    value.extra = (
        None
        if _UNTRUSTED_CREDENTIALS_KEYS.issuperset(data)
        else json_extra(data, _UNTRUSTED_CREDENTIALS_KEYS)
    )
    return value


def encode_json_untrusted_credentials(value: UntrustedCredentials) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ValidFrom", value.valid_from, json_write_datetime)
    put_json(result, "ValidTo", value.valid_to, json_write_datetime)
    put_json(result, "Comment", value.comment, json_write_str)
    put_json(result, "SecretValue", value.secret_value, json_write_str)
    put_json(result, "PublicValue", value.public_value, json_write_str)
    put_json(result, "IsActive", value.is_active, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


UNTRUSTED_CREDENTIALS_CODEC = Codec(
    decode_xml_untrusted_credentials,
    encode_xml_untrusted_credentials,
    decode_json_untrusted_credentials,
    encode_json_untrusted_credentials,
)


def decode_xml_list_of_untrusted_credentials(
    element: Element,
) -> list[UntrustedCredentials | None]:
    """``ArrayOfUntrustedCredentials``: a list of ``UntrustedCredentials`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_untrusted_credentials(child))
        for child in element
        if child.tag == _UNTRUSTED_CREDENTIALS
    ]


def encode_xml_list_of_untrusted_credentials(
    parent: Element | None, tag: str, value: list[UntrustedCredentials | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _UNTRUSTED_CREDENTIALS, item, encode_xml_untrusted_credentials)
    return element


def decode_json_list_of_untrusted_credentials(
    data: Any, path: str
) -> list[UntrustedCredentials | None]:
    return json_items_nillable(data, path, decode_json_untrusted_credentials)


def encode_json_list_of_untrusted_credentials(
    value: list[UntrustedCredentials | None],
) -> list[Any]:
    return [(None if item is None else encode_json_untrusted_credentials(item)) for item in value]


LIST_OF_UNTRUSTED_CREDENTIALS_CODEC = Codec(
    decode_xml_list_of_untrusted_credentials,
    encode_xml_list_of_untrusted_credentials,
    decode_json_list_of_untrusted_credentials,
    encode_json_list_of_untrusted_credentials,
)
