"""Services88 types: RoleEntity.

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
    json_object,
    json_short,
    json_write_datetime,
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_datetime,
    read_int,
    read_short,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    take_str_nillable,
    write_datetime,
    write_int,
    write_short,
    write_str,
)
from .associate import (
    Associate,
    decode_json_associate,
    decode_xml_associate,
    encode_json_associate,
    encode_xml_associate,
)
from .carrier import Carrier
from .data_rights import (
    DataRights,
    decode_json_data_rights,
    decode_xml_data_rights,
    encode_json_data_rights,
    encode_xml_data_rights,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .role_type import (
    RoleType,
    decode_json_role_type,
    decode_xml_role_type,
    encode_json_role_type,
    encode_xml_role_type,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_CREATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Created"
_CREATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CreatedBy"
_DATA_RIGHTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DataRights"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_ROLE_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RoleEntity"
_ROLE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RoleId"
_ROLE_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RoleType"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_UPDATED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updated"
_UPDATED_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpdatedBy"
_USE_CATEGORIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UseCategories"


@dataclasses.dataclass(kw_only=True, repr=False)
class RoleEntity(Carrier):
    """Carrier object for RoleEntity. Services for the RoleEntity Carrier is available from the
    User Agent.
    """

    role_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Visible role name"""
    tooltip: str | None | Unset = UNSET
    """Description of the role."""
    role_type: RoleType | str | Unset = UNSET
    """The role type. Note that changing this field has no effect, so treat this as a read-only
    field.
    """
    deleted: int | Unset = UNSET
    """1 if role has been deleted (we do not actually delete)"""
    rank: int | Unset = UNSET
    """Sorting rank of this role in lists"""
    created: datetime.datetime | Unset = UNSET
    """Registered when in UTC."""
    use_categories: int | Unset = UNSET
    """Apply role category membership to users"""
    created_by: Associate | None | Unset = UNSET
    """Created by user"""
    updated: datetime.datetime | Unset = UNSET
    """Last updated when in UTC."""
    updated_by: Associate | None | Unset = UNSET
    """Last updated by user"""
    data_rights: DataRights | None | Unset = UNSET
    """Data rights matrix - defines role's access to data owned by current user, users in same
    group, and other users.
    """

    def to_xml(self) -> Element:
        return encode_xml_role_entity(None, _ROLE_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> RoleEntity:
        return record_from_xml(decode_xml_role_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_role_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> RoleEntity:
        return record_from_json(decode_json_role_entity, data)


_ROLE_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "RoleId",
        "Name",
        "Tooltip",
        "RoleType",
        "Deleted",
        "Rank",
        "Created",
        "UseCategories",
        "CreatedBy",
        "Updated",
        "UpdatedBy",
        "DataRights",
    )
)


def decode_xml_role_entity(element: Element) -> RoleEntity:
    value = RoleEntity()
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
        elif tag == _ROLE_ID:
            value.role_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _ROLE_TYPE:
            value.role_type = decode_xml_role_type(child)
        elif tag == _DELETED:
            value.deleted = read_short(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _CREATED:
            value.created = read_datetime(child)
        elif tag == _USE_CATEGORIES:
            value.use_categories = read_short(child)
        elif tag == _CREATED_BY:
            value.created_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _UPDATED:
            value.updated = read_datetime(child)
        elif tag == _UPDATED_BY:
            value.updated_by = None if child.get(XSI_NIL) in NIL else decode_xml_associate(child)
        elif tag == _DATA_RIGHTS:
            value.data_rights = (
                None if child.get(XSI_NIL) in NIL else decode_xml_data_rights(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_role_entity(parent: Element | None, tag: str, value: RoleEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ROLE_ID, value.role_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _ROLE_TYPE, value.role_type, encode_xml_role_type)
    put(element, _DELETED, value.deleted, write_short)
    put(element, _RANK, value.rank, write_short)
    put(element, _CREATED, value.created, write_datetime)
    put(element, _USE_CATEGORIES, value.use_categories, write_short)
    put(element, _CREATED_BY, value.created_by, encode_xml_associate)
    put(element, _UPDATED, value.updated, write_datetime)
    put(element, _UPDATED_BY, value.updated_by, encode_xml_associate)
    put(element, _DATA_RIGHTS, value.data_rights, encode_xml_data_rights)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_role_entity(data: Any, path: str) -> RoleEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(RoleEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.role_id = take_int(data, "RoleId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.role_type = take(data, "RoleType", path, decode_json_role_type)
    value.deleted = take(data, "Deleted", path, json_short)
    value.rank = take(data, "Rank", path, json_short)
    value.created = take(data, "Created", path, json_datetime)
    value.use_categories = take(data, "UseCategories", path, json_short)
    value.created_by = take_nillable(data, "CreatedBy", path, decode_json_associate)
    value.updated = take(data, "Updated", path, json_datetime)
    value.updated_by = take_nillable(data, "UpdatedBy", path, decode_json_associate)
    value.data_rights = take_nillable(data, "DataRights", path, decode_json_data_rights)
    value.extra = (
        None if _ROLE_ENTITY_KEYS.issuperset(data) else json_extra(data, _ROLE_ENTITY_KEYS)
    )
    return value


def encode_json_role_entity(value: RoleEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "RoleId", value.role_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "RoleType", value.role_type, encode_json_role_type)
    put_json(result, "Deleted", value.deleted, json_write_short)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "Created", value.created, json_write_datetime)
    put_json(result, "UseCategories", value.use_categories, json_write_short)
    put_json(result, "CreatedBy", value.created_by, encode_json_associate)
    put_json(result, "Updated", value.updated, json_write_datetime)
    put_json(result, "UpdatedBy", value.updated_by, encode_json_associate)
    put_json(result, "DataRights", value.data_rights, encode_json_data_rights)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ROLE_ENTITY_CODEC = Codec(
    decode_xml_role_entity,
    encode_xml_role_entity,
    decode_json_role_entity,
    encode_json_role_entity,
)
