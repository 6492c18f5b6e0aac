"""Services88 types: ArrayOfUserGroup, UserGroup.

Used by the Targets, User agents.
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
    json_short,
    json_write_bool,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_short,
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

_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Id"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_USER_GROUP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserGroup"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class UserGroup(Carrier):
    """The main user group that this user belongs to

    Carrier object for UserGroup. Services for the UserGroup Carrier is available from the User
    Agent.
    """

    value: str | None | Unset = UNSET
    """UserGroup name"""
    tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    id: int | Unset = UNSET
    """Primary key"""
    rank: int | Unset = UNSET
    """Rank order"""
    deleted: bool | Unset = UNSET
    """Deleted equal to true means that this is a user group that no longer can be selected by the
    user. It is not permitted to delete a UserGroup.
    """

    def to_xml(self) -> Element:
        return encode_xml_user_group(None, _USER_GROUP, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> UserGroup:
        return record_from_xml(decode_xml_user_group, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_user_group(self)

    @classmethod
    def from_json(cls, data: Any) -> UserGroup:
        return record_from_json(decode_json_user_group, data)


_USER_GROUP_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Value",
        "Tooltip",
        "Id",
        "Rank",
        "Deleted",
    )
)


def decode_xml_user_group(element: Element) -> UserGroup:
    value = UserGroup()
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
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _ID:
            value.id = read_int(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_user_group(parent: Element | None, tag: str, value: UserGroup) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _VALUE, value.value, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _ID, value.id, write_int)
    put(element, _RANK, value.rank, write_short)
    put(element, _DELETED, value.deleted, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_user_group(data: Any, path: str) -> UserGroup:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(UserGroup)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.value = take_str_nillable(data, "Value", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.id = take_int(data, "Id", path)
    value.rank = take(data, "Rank", path, json_short)
    value.deleted = take_bool(data, "Deleted", path)
    value.extra = None if _USER_GROUP_KEYS.issuperset(data) else json_extra(data, _USER_GROUP_KEYS)
    return value


def encode_json_user_group(value: UserGroup) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Value", value.value, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Id", value.id, json_write_int)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


USER_GROUP_CODEC = Codec(
    decode_xml_user_group, encode_xml_user_group, decode_json_user_group, encode_json_user_group
)


def decode_xml_list_of_user_group(element: Element) -> list[UserGroup | None]:
    """``ArrayOfUserGroup``: a list of ``UserGroup`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_user_group(child))
        for child in element
        if child.tag == _USER_GROUP
    ]


def encode_xml_list_of_user_group(
    parent: Element | None, tag: str, value: list[UserGroup | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _USER_GROUP, item, encode_xml_user_group)
    return element


def decode_json_list_of_user_group(data: Any, path: str) -> list[UserGroup | None]:
    return json_items_nillable(data, path, decode_json_user_group)


def encode_json_list_of_user_group(value: list[UserGroup | None]) -> list[Any]:
    return [(None if item is None else encode_json_user_group(item)) for item in value]


LIST_OF_USER_GROUP_CODEC = Codec(
    decode_xml_list_of_user_group,
    encode_xml_list_of_user_group,
    decode_json_list_of_user_group,
    encode_json_list_of_user_group,
)
