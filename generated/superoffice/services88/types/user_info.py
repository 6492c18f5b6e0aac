"""Services88 types: ArrayOfUserInfo, UserInfo.

Used by 5 agents.
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
from .user_type import (
    UserType,
    decode_json_user_type,
    decode_xml_user_type,
    encode_json_user_type,
    encode_xml_user_type,
)

_CAN_LOGON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CanLogon"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_EJ_USER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EjUserId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_GRANTED_LICENSES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GrantedLicenses"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_ROLE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RoleName"
_ROLE_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RoleTooltip"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_USER_GROUP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserGroupId"
_USER_GROUP_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserGroupName"
_USER_GROUP_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserGroupTooltip"
_USER_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserInfo"
_USER_INFO_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserInfoId"
_USER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserName"
_USER_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserType"


@dataclasses.dataclass(kw_only=True, repr=False)
class UserInfo(Carrier):
    """Carrier object for UserInfo. Services for the UserInfo Carrier is available from the User
    Agent.
    """

    deleted: bool | Unset = UNSET
    """If true, the user is retired and should have no rights, not appear in lists, etc."""
    user_info_id: int | Unset = UNSET
    """Primary key"""
    user_name: str | None | Unset = UNSET
    """Initials, also login name, possibly database user name"""
    person_id: int | Unset = UNSET
    """Owning person record"""
    rank: int | Unset = UNSET
    """Rank order"""
    tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    user_group_id: int | Unset = UNSET
    """Primary group membership, see UserGroupLink for secondary memberships"""
    ej_user_id: int | Unset = UNSET
    """ID of the ej user record corresponding to this associate; 0 for associates that are not ej
    users
    """
    user_type: UserType | str | Unset = UNSET
    granted_licenses: list[str | None] | None | Unset = UNSET
    can_logon: bool | Unset = UNSET
    role_name: str | None | Unset = UNSET
    role_tooltip: str | None | Unset = UNSET
    user_group_name: str | None | Unset = UNSET
    user_group_tooltip: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_user_info(None, _USER_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> UserInfo:
        return record_from_xml(decode_xml_user_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_user_info(self)

    @classmethod
    def from_json(cls, data: Any) -> UserInfo:
        return record_from_json(decode_json_user_info, data)


_USER_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Deleted",
        "UserInfoId",
        "UserName",
        "PersonId",
        "Rank",
        "Tooltip",
        "UserGroupId",
        "EjUserId",
        "UserType",
        "GrantedLicenses",
        "CanLogon",
        "RoleName",
        "RoleTooltip",
        "UserGroupName",
        "UserGroupTooltip",
    )
)


def decode_xml_user_info(element: Element) -> UserInfo:
    value = UserInfo()
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
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _USER_INFO_ID:
            value.user_info_id = read_int(child)
        elif tag == _USER_NAME:
            value.user_name = child.text or empty_or_nil(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _USER_GROUP_ID:
            value.user_group_id = read_int(child)
        elif tag == _EJ_USER_ID:
            value.ej_user_id = read_int(child)
        elif tag == _USER_TYPE:
            value.user_type = decode_xml_user_type(child)
        elif tag == _GRANTED_LICENSES:
            value.granted_licenses = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        elif tag == _CAN_LOGON:
            value.can_logon = read_bool(child)
        elif tag == _ROLE_NAME:
            value.role_name = child.text or empty_or_nil(child)
        elif tag == _ROLE_TOOLTIP:
            value.role_tooltip = child.text or empty_or_nil(child)
        elif tag == _USER_GROUP_NAME:
            value.user_group_name = child.text or empty_or_nil(child)
        elif tag == _USER_GROUP_TOOLTIP:
            value.user_group_tooltip = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_user_info(parent: Element | None, tag: str, value: UserInfo) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _USER_INFO_ID, value.user_info_id, write_int)
    put(element, _USER_NAME, value.user_name, write_str)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _RANK, value.rank, write_short)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _USER_GROUP_ID, value.user_group_id, write_int)
    put(element, _EJ_USER_ID, value.ej_user_id, write_int)
    put(element, _USER_TYPE, value.user_type, encode_xml_user_type)
    put(element, _GRANTED_LICENSES, value.granted_licenses, encode_xml_list_of_str)
    put(element, _CAN_LOGON, value.can_logon, write_bool)
    put(element, _ROLE_NAME, value.role_name, write_str)
    put(element, _ROLE_TOOLTIP, value.role_tooltip, write_str)
    put(element, _USER_GROUP_NAME, value.user_group_name, write_str)
    put(element, _USER_GROUP_TOOLTIP, value.user_group_tooltip, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_user_info(data: Any, path: str) -> UserInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(UserInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.deleted = take_bool(data, "Deleted", path)
    value.user_info_id = take_int(data, "UserInfoId", path)
    value.user_name = take_str_nillable(data, "UserName", path)
    value.person_id = take_int(data, "PersonId", path)
    value.rank = take(data, "Rank", path, json_short)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.user_group_id = take_int(data, "UserGroupId", path)
    value.ej_user_id = take_int(data, "EjUserId", path)
    value.user_type = take(data, "UserType", path, decode_json_user_type)
    value.granted_licenses = take_nillable(data, "GrantedLicenses", path, decode_json_list_of_str)
    value.can_logon = take_bool(data, "CanLogon", path)
    value.role_name = take_str_nillable(data, "RoleName", path)
    value.role_tooltip = take_str_nillable(data, "RoleTooltip", path)
    value.user_group_name = take_str_nillable(data, "UserGroupName", path)
    value.user_group_tooltip = take_str_nillable(data, "UserGroupTooltip", path)
    value.extra = None if _USER_INFO_KEYS.issuperset(data) else json_extra(data, _USER_INFO_KEYS)
    return value


def encode_json_user_info(value: UserInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "UserInfoId", value.user_info_id, json_write_int)
    put_json(result, "UserName", value.user_name, json_write_str)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "UserGroupId", value.user_group_id, json_write_int)
    put_json(result, "EjUserId", value.ej_user_id, json_write_int)
    put_json(result, "UserType", value.user_type, encode_json_user_type)
    put_json(result, "GrantedLicenses", value.granted_licenses, encode_json_list_of_str)
    put_json(result, "CanLogon", value.can_logon, json_write_bool)
    put_json(result, "RoleName", value.role_name, json_write_str)
    put_json(result, "RoleTooltip", value.role_tooltip, json_write_str)
    put_json(result, "UserGroupName", value.user_group_name, json_write_str)
    put_json(result, "UserGroupTooltip", value.user_group_tooltip, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


USER_INFO_CODEC = Codec(
    decode_xml_user_info, encode_xml_user_info, decode_json_user_info, encode_json_user_info
)


def decode_xml_list_of_user_info(element: Element) -> list[UserInfo | None]:
    """``ArrayOfUserInfo``: a list of ``UserInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_user_info(child))
        for child in element
        if child.tag == _USER_INFO
    ]


def encode_xml_list_of_user_info(
    parent: Element | None, tag: str, value: list[UserInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _USER_INFO, item, encode_xml_user_info)
    return element


def decode_json_list_of_user_info(data: Any, path: str) -> list[UserInfo | None]:
    return json_items_nillable(data, path, decode_json_user_info)


def encode_json_list_of_user_info(value: list[UserInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_user_info(item)) for item in value]


LIST_OF_USER_INFO_CODEC = Codec(
    decode_xml_list_of_user_info,
    encode_xml_list_of_user_info,
    decode_json_list_of_user_info,
    encode_json_list_of_user_info,
)
