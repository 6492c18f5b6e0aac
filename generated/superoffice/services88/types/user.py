"""Services88 types: ArrayOfUser, User.

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
    json_short,
    json_write_bool,
    json_write_datetime,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_datetime,
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
    write_datetime,
    write_int,
    write_short,
    write_str,
)
from .carrier import Carrier
from .credential import (
    Credential,
    decode_json_list_of_credential,
    decode_xml_list_of_credential,
    encode_json_list_of_credential,
    encode_xml_list_of_credential,
)
from .custom_command import (
    CustomCommand,
    decode_json_list_of_custom_command,
    decode_xml_list_of_custom_command,
    encode_json_list_of_custom_command,
    encode_xml_list_of_custom_command,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .license_owner import (
    LicenseOwner,
    decode_json_list_of_license_owner,
    decode_xml_list_of_license_owner,
    encode_json_list_of_license_owner,
    encode_xml_list_of_license_owner,
)
from .list_of_mdo_list_item import (
    MDOListItem,
    decode_json_list_of_mdo_list_item,
    decode_xml_list_of_mdo_list_item,
    encode_json_list_of_mdo_list_item,
    encode_xml_list_of_mdo_list_item,
)
from .person import (
    Person,
    decode_json_person,
    decode_xml_person,
    encode_json_person,
    encode_xml_person,
)
from .role import Role, decode_json_role, decode_xml_role, encode_json_role, encode_xml_role
from .string_dictionary import (
    decode_json_string_dictionary,
    decode_xml_string_dictionary,
    encode_json_string_dictionary,
    encode_xml_string_dictionary,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .user_group import (
    UserGroup,
    decode_json_list_of_user_group,
    decode_json_user_group,
    decode_xml_list_of_user_group,
    decode_xml_user_group,
    encode_json_list_of_user_group,
    encode_json_user_group,
    encode_xml_list_of_user_group,
    encode_xml_user_group,
)
from .user_type import (
    UserType,
    decode_json_user_type,
    decode_xml_user_type,
    encode_json_user_type,
    encode_xml_user_type,
)

_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_CREDENTIALS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Credentials"
_CUSTOM_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomFields"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_EJ_USER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EjUserId"
_EXTRA_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraFields"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IS_ON_TRAVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsOnTravel"
_IS_PERSON_RETIRED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsPersonRetired"
_LASTLOGIN = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Lastlogin"
_LASTLOGOUT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Lastlogout"
_LICENSE_OWNERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LicenseOwners"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_NICK_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}NickName"
_OTHER_GROUPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OtherGroups"
_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Person"
_POST_SAVE_COMMANDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PostSaveCommands"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_REQUEST_SIGNATURE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RequestSignature"
_ROLE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Role"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TICKET_CATEGORIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TicketCategories"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_USER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}User"
_USER_GROUP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserGroup"
_USER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserName"
_WAITING_FOR_APPROVAL = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}WaitingForApproval"
)


@dataclasses.dataclass(kw_only=True, repr=False)
class User(Carrier):
    """SuperOffice User, with login credentials and an associated person.

    Carrier object for User. Services for the User Carrier is available from the User Agent.
    """

    associate_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Initials, UserId - also used as login name for on-site installations. Identifies user in
    archives.
    """
    rank: int | Unset = UNSET
    """Rank order"""
    tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    license_owners: list[LicenseOwner | None] | None | Unset = UNSET
    """The restricted and unrestricted module licenses grouped by license owner. These module
    licenses are either assigned or unassigned to this user
    """
    role: Role | None | Unset = UNSET
    """Users role for role-based security. Determines permissions and access rights for the user."""
    user_group: UserGroup | None | Unset = UNSET
    """The main user group that this user belongs to.

    Use MDO List name "usergroup" to get list items.
    """
    other_groups: list[UserGroup | None] | None | Unset = UNSET
    """The other groups this user is a member of, apart from the main user group.

    Use MDO List name "usergroup" to get list items.
    """
    person: Person | None | Unset = UNSET
    """The person associated with this user. Detailed information about the user

    Use MDO List name "person_new" to get list items.
    """
    deleted: bool | Unset = UNSET
    """If true, the user is retired and should have no rights, not appear in lists, etc."""
    lastlogin: datetime.datetime | Unset = UNSET
    """Last login date"""
    lastlogout: datetime.datetime | Unset = UNSET
    """Last logout date"""
    ej_user_id: int | Unset = UNSET
    """ID of the ej user record corresponding to this associate; 0 for associates that are not ej
    users
    """
    request_signature: str | None | Unset = UNSET
    """ej users request signature"""
    type: UserType | str | Unset = UNSET
    """User type: 1=InternalAssociate, 2=ResourceAssociate, 3=ExternalAssociate,
    4=AnonymousAssociate, 5=SystemAssociate
    """
    is_person_retired: bool | Unset = UNSET
    """True if the user is retired and should have no rights, not appear in lists, etc."""
    is_on_travel: bool | Unset = UNSET
    """True if the user is on travel."""
    credentials: list[Credential | None] | None | Unset = UNSET
    """List of credentials registered for this user. i.e. valid authentication methods."""
    user_name: str | None | Unset = UNSET
    """User name, a.k.a. Login name. This might be an e-mail address."""
    ticket_categories: list[MDOListItem | None] | None | Unset = UNSET
    """Request Ticket Categories assigned to the user.

    Use MDO List name "ejCategory" to get list items.
    """
    nick_name: str | None | Unset = UNSET
    """The unique nick name for this user. Used in Service as an alias, similar to Name/Initials."""
    waiting_for_approval: bool | Unset = UNSET
    """The user is waiting for an administrator to approve/grant her/him access."""
    extra_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.User.CustomFields} instead. Extra fields added to
    the carrier. This could be data from Plug-ins, the foreign key system, external
    applications, etc.
    """
    custom_fields: dict[str, str | None] | None | Unset = UNSET
    """Udef + Extra fields added to the carrier. Extra fields as defined by changes to database
    schema + user-defined fields as defined by admin. Custom fields combines user defined fields
    and extra fields into one bucket. The individual {SuperOffice.CRM.Services.User.ExtraFields}
    and UserDefinedFields properties are deprecated in favor of this combined collection.
    """
    post_save_commands: list[CustomCommand | None] | None | Unset = UNSET
    """Post custom commands the client should execute after save has completed."""

    def to_xml(self) -> Element:
        return encode_xml_user(None, _USER, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> User:
        return record_from_xml(decode_xml_user, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_user(self)

    @classmethod
    def from_json(cls, data: Any) -> User:
        return record_from_json(decode_json_user, data)


_USER_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "AssociateId",
        "Name",
        "Rank",
        "Tooltip",
        "LicenseOwners",
        "Role",
        "UserGroup",
        "OtherGroups",
        "Person",
        "Deleted",
        "Lastlogin",
        "Lastlogout",
        "EjUserId",
        "RequestSignature",
        "Type",
        "IsPersonRetired",
        "IsOnTravel",
        "Credentials",
        "UserName",
        "TicketCategories",
        "NickName",
        "WaitingForApproval",
        "ExtraFields",
        "CustomFields",
        "PostSaveCommands",
    )
)


def decode_xml_user(element: Element) -> User:
    value = User()
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
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _LICENSE_OWNERS:
            value.license_owners = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_license_owner(child)
            )
        elif tag == _ROLE:
            value.role = None if child.get(XSI_NIL) in NIL else decode_xml_role(child)
        elif tag == _USER_GROUP:
            value.user_group = None if child.get(XSI_NIL) in NIL else decode_xml_user_group(child)
        elif tag == _OTHER_GROUPS:
            value.other_groups = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_user_group(child)
            )
        elif tag == _PERSON:
            value.person = None if child.get(XSI_NIL) in NIL else decode_xml_person(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _LASTLOGIN:
            value.lastlogin = read_datetime(child)
        elif tag == _LASTLOGOUT:
            value.lastlogout = read_datetime(child)
        elif tag == _EJ_USER_ID:
            value.ej_user_id = read_int(child)
        elif tag == _REQUEST_SIGNATURE:
            value.request_signature = child.text or empty_or_nil(child)
        elif tag == _TYPE:
            value.type = decode_xml_user_type(child)
        elif tag == _IS_PERSON_RETIRED:
            value.is_person_retired = read_bool(child)
        elif tag == _IS_ON_TRAVEL:
            value.is_on_travel = read_bool(child)
        elif tag == _CREDENTIALS:
            value.credentials = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_credential(child)
            )
        elif tag == _USER_NAME:
            value.user_name = child.text or empty_or_nil(child)
        elif tag == _TICKET_CATEGORIES:
            value.ticket_categories = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_mdo_list_item(child)
            )
        elif tag == _NICK_NAME:
            value.nick_name = child.text or empty_or_nil(child)
        elif tag == _WAITING_FOR_APPROVAL:
            value.waiting_for_approval = read_bool(child)
        elif tag == _EXTRA_FIELDS:
            value.extra_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _CUSTOM_FIELDS:
            value.custom_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _POST_SAVE_COMMANDS:
            value.post_save_commands = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_custom_command(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_user(parent: Element | None, tag: str, value: User) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _RANK, value.rank, write_short)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _LICENSE_OWNERS, value.license_owners, encode_xml_list_of_license_owner)
    put(element, _ROLE, value.role, encode_xml_role)
    put(element, _USER_GROUP, value.user_group, encode_xml_user_group)
    put(element, _OTHER_GROUPS, value.other_groups, encode_xml_list_of_user_group)
    put(element, _PERSON, value.person, encode_xml_person)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _LASTLOGIN, value.lastlogin, write_datetime)
    put(element, _LASTLOGOUT, value.lastlogout, write_datetime)
    put(element, _EJ_USER_ID, value.ej_user_id, write_int)
    put(element, _REQUEST_SIGNATURE, value.request_signature, write_str)
    put(element, _TYPE, value.type, encode_xml_user_type)
    put(element, _IS_PERSON_RETIRED, value.is_person_retired, write_bool)
    put(element, _IS_ON_TRAVEL, value.is_on_travel, write_bool)
    put(element, _CREDENTIALS, value.credentials, encode_xml_list_of_credential)
    put(element, _USER_NAME, value.user_name, write_str)
    put(element, _TICKET_CATEGORIES, value.ticket_categories, encode_xml_list_of_mdo_list_item)
    put(element, _NICK_NAME, value.nick_name, write_str)
    put(element, _WAITING_FOR_APPROVAL, value.waiting_for_approval, write_bool)
    put(element, _EXTRA_FIELDS, value.extra_fields, encode_xml_string_dictionary)
    put(element, _CUSTOM_FIELDS, value.custom_fields, encode_xml_string_dictionary)
    put(element, _POST_SAVE_COMMANDS, value.post_save_commands, encode_xml_list_of_custom_command)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_user(data: Any, path: str) -> User:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(User)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.associate_id = take_int(data, "AssociateId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.rank = take(data, "Rank", path, json_short)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.license_owners = take_nillable(
        data, "LicenseOwners", path, decode_json_list_of_license_owner
    )
    value.role = take_nillable(data, "Role", path, decode_json_role)
    value.user_group = take_nillable(data, "UserGroup", path, decode_json_user_group)
    value.other_groups = take_nillable(data, "OtherGroups", path, decode_json_list_of_user_group)
    value.person = take_nillable(data, "Person", path, decode_json_person)
    value.deleted = take_bool(data, "Deleted", path)
    value.lastlogin = take(data, "Lastlogin", path, json_datetime)
    value.lastlogout = take(data, "Lastlogout", path, json_datetime)
    value.ej_user_id = take_int(data, "EjUserId", path)
    value.request_signature = take_str_nillable(data, "RequestSignature", path)
    value.type = take(data, "Type", path, decode_json_user_type)
    value.is_person_retired = take_bool(data, "IsPersonRetired", path)
    value.is_on_travel = take_bool(data, "IsOnTravel", path)
    value.credentials = take_nillable(data, "Credentials", path, decode_json_list_of_credential)
    value.user_name = take_str_nillable(data, "UserName", path)
    value.ticket_categories = take_nillable(
        data, "TicketCategories", path, decode_json_list_of_mdo_list_item
    )
    value.nick_name = take_str_nillable(data, "NickName", path)
    value.waiting_for_approval = take_bool(data, "WaitingForApproval", path)
    value.extra_fields = take_nillable(data, "ExtraFields", path, decode_json_string_dictionary)
    value.custom_fields = take_nillable(data, "CustomFields", path, decode_json_string_dictionary)
    value.post_save_commands = take_nillable(
        data, "PostSaveCommands", path, decode_json_list_of_custom_command
    )
    value.extra = None if _USER_KEYS.issuperset(data) else json_extra(data, _USER_KEYS)
    return value


def encode_json_user(value: User) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "LicenseOwners", value.license_owners, encode_json_list_of_license_owner)
    put_json(result, "Role", value.role, encode_json_role)
    put_json(result, "UserGroup", value.user_group, encode_json_user_group)
    put_json(result, "OtherGroups", value.other_groups, encode_json_list_of_user_group)
    put_json(result, "Person", value.person, encode_json_person)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "Lastlogin", value.lastlogin, json_write_datetime)
    put_json(result, "Lastlogout", value.lastlogout, json_write_datetime)
    put_json(result, "EjUserId", value.ej_user_id, json_write_int)
    put_json(result, "RequestSignature", value.request_signature, json_write_str)
    put_json(result, "Type", value.type, encode_json_user_type)
    put_json(result, "IsPersonRetired", value.is_person_retired, json_write_bool)
    put_json(result, "IsOnTravel", value.is_on_travel, json_write_bool)
    put_json(result, "Credentials", value.credentials, encode_json_list_of_credential)
    put_json(result, "UserName", value.user_name, json_write_str)
    put_json(
        result, "TicketCategories", value.ticket_categories, encode_json_list_of_mdo_list_item
    )
    put_json(result, "NickName", value.nick_name, json_write_str)
    put_json(result, "WaitingForApproval", value.waiting_for_approval, json_write_bool)
    put_json(result, "ExtraFields", value.extra_fields, encode_json_string_dictionary)
    put_json(result, "CustomFields", value.custom_fields, encode_json_string_dictionary)
    put_json(
        result, "PostSaveCommands", value.post_save_commands, encode_json_list_of_custom_command
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


USER_CODEC = Codec(decode_xml_user, encode_xml_user, decode_json_user, encode_json_user)


def decode_xml_list_of_user(element: Element) -> list[User | None]:
    """``ArrayOfUser``: a list of ``User`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_user(child))
        for child in element
        if child.tag == _USER
    ]


def encode_xml_list_of_user(parent: Element | None, tag: str, value: list[User | None]) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _USER, item, encode_xml_user)
    return element


def decode_json_list_of_user(data: Any, path: str) -> list[User | None]:
    return json_items_nillable(data, path, decode_json_user)


def encode_json_list_of_user(value: list[User | None]) -> list[Any]:
    return [(None if item is None else encode_json_user(item)) for item in value]


LIST_OF_USER_CODEC = Codec(
    decode_xml_list_of_user,
    encode_xml_list_of_user,
    decode_json_list_of_user,
    encode_json_list_of_user,
)
