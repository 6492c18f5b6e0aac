"""Services88 types: ArrayOfCredentialsGroup, CredentialsGroup.

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

_CREDENTIALS_GROUP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CredentialsGroup"
_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class CredentialsGroup(Carrier):
    """When the CredentialType's control is of type link, the user is selected from a source like
    active directory. This will then be the organisational unit (e.g. user security group) in
    active directory. Only one group is listed if the system does not support groups.

    Carrier object for CredentialsGroup. Services for the CredentialsGroup Carrier is available
    from the User Agent.
    """

    name: str | None | Unset = UNSET
    """This is the full name of the group as needed to discover the users within the group. this
    value should not be displayed to the end user.
    """
    display_name: str | None | Unset = UNSET
    """The display name of the group to display to the user."""

    def to_xml(self) -> Element:
        return encode_xml_credentials_group(None, _CREDENTIALS_GROUP, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CredentialsGroup:
        return record_from_xml(decode_xml_credentials_group, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_credentials_group(self)

    @classmethod
    def from_json(cls, data: Any) -> CredentialsGroup:
        return record_from_json(decode_json_credentials_group, data)


_CREDENTIALS_GROUP_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "DisplayName",
    )
)


def decode_xml_credentials_group(element: Element) -> CredentialsGroup:
    value = CredentialsGroup()
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
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_NAME:
            value.display_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_credentials_group(
    parent: Element | None, tag: str, value: CredentialsGroup
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(element, _DISPLAY_NAME, value.display_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_credentials_group(data: Any, path: str) -> CredentialsGroup:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CredentialsGroup)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.display_name = take_str_nillable(data, "DisplayName", path)
    value.extra = (
        None
        if _CREDENTIALS_GROUP_KEYS.issuperset(data)
        else json_extra(data, _CREDENTIALS_GROUP_KEYS)
    )
    return value


def encode_json_credentials_group(value: CredentialsGroup) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "DisplayName", value.display_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CREDENTIALS_GROUP_CODEC = Codec(
    decode_xml_credentials_group,
    encode_xml_credentials_group,
    decode_json_credentials_group,
    encode_json_credentials_group,
)


def decode_xml_list_of_credentials_group(element: Element) -> list[CredentialsGroup | None]:
    """``ArrayOfCredentialsGroup``: a list of ``CredentialsGroup`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_credentials_group(child))
        for child in element
        if child.tag == _CREDENTIALS_GROUP
    ]


def encode_xml_list_of_credentials_group(
    parent: Element | None, tag: str, value: list[CredentialsGroup | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _CREDENTIALS_GROUP, item, encode_xml_credentials_group)
    return element


def decode_json_list_of_credentials_group(data: Any, path: str) -> list[CredentialsGroup | None]:
    return json_items_nillable(data, path, decode_json_credentials_group)


def encode_json_list_of_credentials_group(value: list[CredentialsGroup | None]) -> list[Any]:
    return [(None if item is None else encode_json_credentials_group(item)) for item in value]


LIST_OF_CREDENTIALS_GROUP_CODEC = Codec(
    decode_xml_list_of_credentials_group,
    encode_xml_list_of_credentials_group,
    decode_json_list_of_credentials_group,
    encode_json_list_of_credentials_group,
)
