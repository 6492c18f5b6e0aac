"""Services88 types: SoPrincipalCarrier.

Used by the SoPrincipal agent.
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
    Record,
    Unset,
    blank,
    empty_or_nil,
    json_extra,
    json_object,
    json_write_bool,
    json_write_int,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    read_int,
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
    write_str,
)
from .ej_user_status import (
    EjUserStatus,
    decode_json_ej_user_status,
    decode_xml_ej_user_status,
    encode_json_ej_user_status,
    encode_xml_ej_user_status,
)
from .granted_module_license import (
    GrantedModuleLicense,
    decode_json_list_of_granted_module_license,
    decode_xml_list_of_granted_module_license,
    encode_json_list_of_granted_module_license,
    encode_xml_list_of_granted_module_license,
)
from .list_of_int import (
    decode_json_list_of_int,
    decode_xml_list_of_int,
    encode_json_list_of_int,
    encode_xml_list_of_int,
)
from .list_of_str import (
    decode_json_list_of_str,
    decode_xml_list_of_str,
    encode_json_list_of_str,
    encode_xml_list_of_str,
)
from .provided_credential import (
    ProvidedCredential,
    decode_json_list_of_provided_credential,
    decode_xml_list_of_provided_credential,
    encode_json_list_of_provided_credential,
    encode_xml_list_of_provided_credential,
)
from .role_type import (
    RoleType,
    decode_json_role_type,
    decode_xml_role_type,
    encode_json_role_type,
    encode_xml_role_type,
)
from .user_type import (
    UserType,
    decode_json_user_type,
    decode_xml_user_type,
    encode_json_user_type,
    encode_xml_user_type,
)

_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Associate"
_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_BUSINESS_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BusinessId"
_CATEGORY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CategoryId"
_CONTACT_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactId"
_CONTACT_OWNER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ContactOwner"
_COUNTRY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CountryId"
_DATABASE_CONTEXT_IDENTIFIER = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DatabaseContextIdentifier"
)
_EJ_ACCESS_LEVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EjAccessLevel"
_EJ_USER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EjUserId"
_EJ_USER_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EjUserStatus"
_E_MAIL_ADDRESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EMailAddress"
_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FullName"
_FUNCTION_RIGHTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FunctionRights"
_GROUP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GroupId"
_HOME_COUNTRY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HomeCountryId"
_IS_PERSON = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsPerson"
_LICENSES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Licenses"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_PROVIDED_CREDENTIALS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProvidedCredentials"
)
_ROLE_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RoleDescription"
_ROLE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RoleId"
_ROLE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RoleName"
_ROLE_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RoleType"
_SECONDARY_GROUPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SecondaryGroups"
_SO_PRINCIPAL_CARRIER = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SoPrincipalCarrier"
)
_USER_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserType"


@dataclasses.dataclass(kw_only=True, repr=False)
class SoPrincipalCarrier(Record):
    """The ``SoPrincipalCarrier`` record."""

    user_type: UserType | str | Unset = UNSET
    associate: str | None | Unset = UNSET
    associate_id: int | Unset = UNSET
    is_person: bool | Unset = UNSET
    person_id: int | Unset = UNSET
    country_id: int | Unset = UNSET
    home_country_id: int | Unset = UNSET
    contact_id: int | Unset = UNSET
    group_id: int | Unset = UNSET
    business_id: int | Unset = UNSET
    category_id: int | Unset = UNSET
    contact_owner: int | Unset = UNSET
    role_id: int | Unset = UNSET
    role_name: str | None | Unset = UNSET
    role_description: str | None | Unset = UNSET
    role_type: RoleType | str | Unset = UNSET
    licenses: list[GrantedModuleLicense | None] | None | Unset = UNSET
    full_name: str | None | Unset = UNSET
    e_mail_address: str | None | Unset = UNSET
    function_rights: list[str | None] | None | Unset = UNSET
    ej_user_id: int | Unset = UNSET
    ej_access_level: int | Unset = UNSET
    ej_user_status: EjUserStatus | str | Unset = UNSET
    provided_credentials: list[ProvidedCredential | None] | None | Unset = UNSET
    secondary_groups: list[int] | None | Unset = UNSET
    database_context_identifier: str | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_so_principal_carrier(None, _SO_PRINCIPAL_CARRIER, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SoPrincipalCarrier:
        return record_from_xml(decode_xml_so_principal_carrier, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_so_principal_carrier(self)

    @classmethod
    def from_json(cls, data: Any) -> SoPrincipalCarrier:
        return record_from_json(decode_json_so_principal_carrier, data)


_SO_PRINCIPAL_CARRIER_KEYS = frozenset(
    (
        "UserType",
        "Associate",
        "AssociateId",
        "IsPerson",
        "PersonId",
        "CountryId",
        "HomeCountryId",
        "ContactId",
        "GroupId",
        "BusinessId",
        "CategoryId",
        "ContactOwner",
        "RoleId",
        "RoleName",
        "RoleDescription",
        "RoleType",
        "Licenses",
        "FullName",
        "EMailAddress",
        "FunctionRights",
        "EjUserId",
        "EjAccessLevel",
        "EjUserStatus",
        "ProvidedCredentials",
        "SecondaryGroups",
        "DatabaseContextIdentifier",
    )
)


def decode_xml_so_principal_carrier(element: Element) -> SoPrincipalCarrier:
    value = SoPrincipalCarrier()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _USER_TYPE:
            value.user_type = decode_xml_user_type(child)
        elif tag == _ASSOCIATE:
            value.associate = child.text or empty_or_nil(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _IS_PERSON:
            value.is_person = read_bool(child)
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _COUNTRY_ID:
            value.country_id = read_int(child)
        elif tag == _HOME_COUNTRY_ID:
            value.home_country_id = read_int(child)
        elif tag == _CONTACT_ID:
            value.contact_id = read_int(child)
        elif tag == _GROUP_ID:
            value.group_id = read_int(child)
        elif tag == _BUSINESS_ID:
            value.business_id = read_int(child)
        elif tag == _CATEGORY_ID:
            value.category_id = read_int(child)
        elif tag == _CONTACT_OWNER:
            value.contact_owner = read_int(child)
        elif tag == _ROLE_ID:
            value.role_id = read_int(child)
        elif tag == _ROLE_NAME:
            value.role_name = child.text or empty_or_nil(child)
        elif tag == _ROLE_DESCRIPTION:
            value.role_description = child.text or empty_or_nil(child)
        elif tag == _ROLE_TYPE:
            value.role_type = decode_xml_role_type(child)
        elif tag == _LICENSES:
            value.licenses = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_granted_module_license(child)
            )
        elif tag == _FULL_NAME:
            value.full_name = child.text or empty_or_nil(child)
        elif tag == _E_MAIL_ADDRESS:
            value.e_mail_address = child.text or empty_or_nil(child)
        elif tag == _FUNCTION_RIGHTS:
            value.function_rights = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
            )
        elif tag == _EJ_USER_ID:
            value.ej_user_id = read_int(child)
        elif tag == _EJ_ACCESS_LEVEL:
            value.ej_access_level = read_int(child)
        elif tag == _EJ_USER_STATUS:
            value.ej_user_status = decode_xml_ej_user_status(child)
        elif tag == _PROVIDED_CREDENTIALS:
            value.provided_credentials = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_provided_credential(child)
            )
        elif tag == _SECONDARY_GROUPS:
            value.secondary_groups = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        elif tag == _DATABASE_CONTEXT_IDENTIFIER:
            value.database_context_identifier = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_so_principal_carrier(
    parent: Element | None, tag: str, value: SoPrincipalCarrier
) -> Element:
    element = new_child(parent, tag)
    put(element, _USER_TYPE, value.user_type, encode_xml_user_type)
    put(element, _ASSOCIATE, value.associate, write_str)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _IS_PERSON, value.is_person, write_bool)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _COUNTRY_ID, value.country_id, write_int)
    put(element, _HOME_COUNTRY_ID, value.home_country_id, write_int)
    put(element, _CONTACT_ID, value.contact_id, write_int)
    put(element, _GROUP_ID, value.group_id, write_int)
    put(element, _BUSINESS_ID, value.business_id, write_int)
    put(element, _CATEGORY_ID, value.category_id, write_int)
    put(element, _CONTACT_OWNER, value.contact_owner, write_int)
    put(element, _ROLE_ID, value.role_id, write_int)
    put(element, _ROLE_NAME, value.role_name, write_str)
    put(element, _ROLE_DESCRIPTION, value.role_description, write_str)
    put(element, _ROLE_TYPE, value.role_type, encode_xml_role_type)
    put(element, _LICENSES, value.licenses, encode_xml_list_of_granted_module_license)
    put(element, _FULL_NAME, value.full_name, write_str)
    put(element, _E_MAIL_ADDRESS, value.e_mail_address, write_str)
    put(element, _FUNCTION_RIGHTS, value.function_rights, encode_xml_list_of_str)
    put(element, _EJ_USER_ID, value.ej_user_id, write_int)
    put(element, _EJ_ACCESS_LEVEL, value.ej_access_level, write_int)
    put(element, _EJ_USER_STATUS, value.ej_user_status, encode_xml_ej_user_status)
    put(
        element,
        _PROVIDED_CREDENTIALS,
        value.provided_credentials,
        encode_xml_list_of_provided_credential,
    )
    put(element, _SECONDARY_GROUPS, value.secondary_groups, encode_xml_list_of_int)
    put(element, _DATABASE_CONTEXT_IDENTIFIER, value.database_context_identifier, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_so_principal_carrier(data: Any, path: str) -> SoPrincipalCarrier:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SoPrincipalCarrier)
    value.user_type = take(data, "UserType", path, decode_json_user_type)
    value.associate = take_str_nillable(data, "Associate", path)
    value.associate_id = take_int(data, "AssociateId", path)
    value.is_person = take_bool(data, "IsPerson", path)
    value.person_id = take_int(data, "PersonId", path)
    value.country_id = take_int(data, "CountryId", path)
    value.home_country_id = take_int(data, "HomeCountryId", path)
    value.contact_id = take_int(data, "ContactId", path)
    value.group_id = take_int(data, "GroupId", path)
    value.business_id = take_int(data, "BusinessId", path)
    value.category_id = take_int(data, "CategoryId", path)
    value.contact_owner = take_int(data, "ContactOwner", path)
    value.role_id = take_int(data, "RoleId", path)
    value.role_name = take_str_nillable(data, "RoleName", path)
    value.role_description = take_str_nillable(data, "RoleDescription", path)
    value.role_type = take(data, "RoleType", path, decode_json_role_type)
    value.licenses = take_nillable(
        data, "Licenses", path, decode_json_list_of_granted_module_license
    )
    value.full_name = take_str_nillable(data, "FullName", path)
    value.e_mail_address = take_str_nillable(data, "EMailAddress", path)
    value.function_rights = take_nillable(data, "FunctionRights", path, decode_json_list_of_str)
    value.ej_user_id = take_int(data, "EjUserId", path)
    value.ej_access_level = take_int(data, "EjAccessLevel", path)
    value.ej_user_status = take(data, "EjUserStatus", path, decode_json_ej_user_status)
    value.provided_credentials = take_nillable(
        data, "ProvidedCredentials", path, decode_json_list_of_provided_credential
    )
    value.secondary_groups = take_nillable(data, "SecondaryGroups", path, decode_json_list_of_int)
    value.database_context_identifier = take_str_nillable(data, "DatabaseContextIdentifier", path)
    value.extra = (
        None
        if _SO_PRINCIPAL_CARRIER_KEYS.issuperset(data)
        else json_extra(data, _SO_PRINCIPAL_CARRIER_KEYS)
    )
    return value


def encode_json_so_principal_carrier(value: SoPrincipalCarrier) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "UserType", value.user_type, encode_json_user_type)
    put_json(result, "Associate", value.associate, json_write_str)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "IsPerson", value.is_person, json_write_bool)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "CountryId", value.country_id, json_write_int)
    put_json(result, "HomeCountryId", value.home_country_id, json_write_int)
    put_json(result, "ContactId", value.contact_id, json_write_int)
    put_json(result, "GroupId", value.group_id, json_write_int)
    put_json(result, "BusinessId", value.business_id, json_write_int)
    put_json(result, "CategoryId", value.category_id, json_write_int)
    put_json(result, "ContactOwner", value.contact_owner, json_write_int)
    put_json(result, "RoleId", value.role_id, json_write_int)
    put_json(result, "RoleName", value.role_name, json_write_str)
    put_json(result, "RoleDescription", value.role_description, json_write_str)
    put_json(result, "RoleType", value.role_type, encode_json_role_type)
    put_json(result, "Licenses", value.licenses, encode_json_list_of_granted_module_license)
    put_json(result, "FullName", value.full_name, json_write_str)
    put_json(result, "EMailAddress", value.e_mail_address, json_write_str)
    put_json(result, "FunctionRights", value.function_rights, encode_json_list_of_str)
    put_json(result, "EjUserId", value.ej_user_id, json_write_int)
    put_json(result, "EjAccessLevel", value.ej_access_level, json_write_int)
    put_json(result, "EjUserStatus", value.ej_user_status, encode_json_ej_user_status)
    put_json(
        result,
        "ProvidedCredentials",
        value.provided_credentials,
        encode_json_list_of_provided_credential,
    )
    put_json(result, "SecondaryGroups", value.secondary_groups, encode_json_list_of_int)
    put_json(
        result, "DatabaseContextIdentifier", value.database_context_identifier, json_write_str
    )
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SO_PRINCIPAL_CARRIER_CODEC = Codec(
    decode_xml_so_principal_carrier,
    encode_xml_so_principal_carrier,
    decode_json_so_principal_carrier,
    encode_json_so_principal_carrier,
)
