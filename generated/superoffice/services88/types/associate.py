"""Services88 types: ArrayOfAssociate, Associate.

Used by 21 agents.
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
from .user_type import (
    UserType,
    decode_json_user_type,
    decode_xml_user_type,
    encode_json_user_type,
    encode_xml_user_type,
)

_ASSOCIATE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Associate"
_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_CUSTOM_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CustomFields"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_EJ_USER_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EjUserId"
_EXTRA_FIELDS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExtraFields"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FORMAL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FormalName"
_FULL_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FullName"
_GROUP_IDX = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GroupIdx"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PERSON_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PersonId"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_USER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UserName"


@dataclasses.dataclass(kw_only=True, repr=False)
class Associate(Carrier):
    """Carrier object for Associate. Services for the Associate Carrier is available from the
    Associate Agent.
    """

    associate_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Initials, also login name, possibly database user name"""
    person_id: int | Unset = UNSET
    """Owning person record

    Use MDO List name "person" to get list items.
    """
    rank: int | Unset = UNSET
    """Rank order"""
    tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    type: UserType | str | Unset = UNSET
    """User type - 1 = internal user, 2 = resource, 3 = external user, 4 = anonymous, 5 = system"""
    group_idx: int | Unset = UNSET
    """Primary group membership, see UserGroupLink for secondary memberships"""
    full_name: str | None | Unset = UNSET
    """The associate's culture formatted fullname (firstname, middleName and lastname)"""
    formal_name: str | None | Unset = UNSET
    """The associate's culture formatted formalname (firstname, middleName and lastname, title,
    mrmrs)
    """
    deleted: bool | Unset = UNSET
    """If true, the user is retired and should have no rights, not appear in lists, etc."""
    ej_user_id: int | Unset = UNSET
    """ID of the ej user record corresponding to this associate; 0 for associates that are not ej
    users
    """
    user_name: str | None | Unset = UNSET
    """User name"""
    extra_fields: dict[str, str | None] | None | Unset = UNSET
    """Deprecated: Use {SuperOffice.CRM.Services.Associate.CustomFields} instead. Extra fields
    added to the carrier. This could be data from Plug-ins, the foreign key system, external
    applications, etc.
    """
    custom_fields: dict[str, str | None] | None | Unset = UNSET
    """Udef + Extra fields added to the carrier. Extra fields as defined by changes to database
    schema + user-defined fields as defined by admin. Custom fields combines user defined fields
    and extra fields into one bucket. The individual
    {SuperOffice.CRM.Services.Associate.ExtraFields} and UserDefinedFields properties are
    deprecated in favor of this combined collection.
    """

    def to_xml(self) -> Element:
        return encode_xml_associate(None, _ASSOCIATE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> Associate:
        return record_from_xml(decode_xml_associate, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_associate(self)

    @classmethod
    def from_json(cls, data: Any) -> Associate:
        return record_from_json(decode_json_associate, data)


_ASSOCIATE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "AssociateId",
        "Name",
        "PersonId",
        "Rank",
        "Tooltip",
        "Type",
        "GroupIdx",
        "FullName",
        "FormalName",
        "Deleted",
        "EjUserId",
        "UserName",
        "ExtraFields",
        "CustomFields",
    )
)


def decode_xml_associate(element: Element) -> Associate:
    value = Associate()
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
        elif tag == _PERSON_ID:
            value.person_id = read_int(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _TYPE:
            value.type = decode_xml_user_type(child)
        elif tag == _GROUP_IDX:
            value.group_idx = read_int(child)
        elif tag == _FULL_NAME:
            value.full_name = child.text or empty_or_nil(child)
        elif tag == _FORMAL_NAME:
            value.formal_name = child.text or empty_or_nil(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _EJ_USER_ID:
            value.ej_user_id = read_int(child)
        elif tag == _USER_NAME:
            value.user_name = child.text or empty_or_nil(child)
        elif tag == _EXTRA_FIELDS:
            value.extra_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        elif tag == _CUSTOM_FIELDS:
            value.custom_fields = (
                None if child.get(XSI_NIL) in NIL else decode_xml_string_dictionary(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_associate(parent: Element | None, tag: str, value: Associate) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _PERSON_ID, value.person_id, write_int)
    put(element, _RANK, value.rank, write_short)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _TYPE, value.type, encode_xml_user_type)
    put(element, _GROUP_IDX, value.group_idx, write_int)
    put(element, _FULL_NAME, value.full_name, write_str)
    put(element, _FORMAL_NAME, value.formal_name, write_str)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _EJ_USER_ID, value.ej_user_id, write_int)
    put(element, _USER_NAME, value.user_name, write_str)
    put(element, _EXTRA_FIELDS, value.extra_fields, encode_xml_string_dictionary)
    put(element, _CUSTOM_FIELDS, value.custom_fields, encode_xml_string_dictionary)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_associate(data: Any, path: str) -> Associate:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(Associate)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.associate_id = take_int(data, "AssociateId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.person_id = take_int(data, "PersonId", path)
    value.rank = take(data, "Rank", path, json_short)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.type = take(data, "Type", path, decode_json_user_type)
    value.group_idx = take_int(data, "GroupIdx", path)
    value.full_name = take_str_nillable(data, "FullName", path)
    value.formal_name = take_str_nillable(data, "FormalName", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.ej_user_id = take_int(data, "EjUserId", path)
    value.user_name = take_str_nillable(data, "UserName", path)
    value.extra_fields = take_nillable(data, "ExtraFields", path, decode_json_string_dictionary)
    value.custom_fields = take_nillable(data, "CustomFields", path, decode_json_string_dictionary)
    value.extra = None if _ASSOCIATE_KEYS.issuperset(data) else json_extra(data, _ASSOCIATE_KEYS)
    return value


def encode_json_associate(value: Associate) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "PersonId", value.person_id, json_write_int)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Type", value.type, encode_json_user_type)
    put_json(result, "GroupIdx", value.group_idx, json_write_int)
    put_json(result, "FullName", value.full_name, json_write_str)
    put_json(result, "FormalName", value.formal_name, json_write_str)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "EjUserId", value.ej_user_id, json_write_int)
    put_json(result, "UserName", value.user_name, json_write_str)
    put_json(result, "ExtraFields", value.extra_fields, encode_json_string_dictionary)
    put_json(result, "CustomFields", value.custom_fields, encode_json_string_dictionary)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ASSOCIATE_CODEC = Codec(
    decode_xml_associate, encode_xml_associate, decode_json_associate, encode_json_associate
)


def decode_xml_list_of_associate(element: Element) -> list[Associate | None]:
    """``ArrayOfAssociate``: a list of ``Associate`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_associate(child))
        for child in element
        if child.tag == _ASSOCIATE
    ]


def encode_xml_list_of_associate(
    parent: Element | None, tag: str, value: list[Associate | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ASSOCIATE, item, encode_xml_associate)
    return element


def decode_json_list_of_associate(data: Any, path: str) -> list[Associate | None]:
    return json_items_nillable(data, path, decode_json_associate)


def encode_json_list_of_associate(value: list[Associate | None]) -> list[Any]:
    return [(None if item is None else encode_json_associate(item)) for item in value]


LIST_OF_ASSOCIATE_CODEC = Codec(
    decode_xml_list_of_associate,
    encode_xml_list_of_associate,
    decode_json_list_of_associate,
    encode_json_list_of_associate,
)
