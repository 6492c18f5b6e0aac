"""Services88 types: CategoryEntity.

Used by the List agent.
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
from .category_group import (
    CategoryGroup,
    decode_json_category_group,
    decode_xml_category_group,
    encode_json_category_group,
    encode_xml_category_group,
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

_CATEGORY_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CategoryEntity"
_CATEGORY_FAMILY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CategoryFamilyId"
_CATEGORY_GROUP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CategoryGroup"
_CATEGORY_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CategoryId"
_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_ENABLE_LEAD_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EnableLeadStatus"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"


@dataclasses.dataclass(kw_only=True, repr=False)
class CategoryEntity(Carrier):
    """Carrier object for CategoryEntity. Services for the CategoryEntity Carrier is available from
    the List Agent.
    """

    category_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """Name of the category"""
    category_group: CategoryGroup | str | Unset = UNSET
    """Enum of the group this category belongs to, static list of 5 groups"""
    tooltip: str | None | Unset = UNSET
    """Tooltip of the category"""
    rank: int | Unset = UNSET
    """Rank of the category"""
    enable_lead_status: bool | Unset = UNSET
    """True if the category should enable lead stage"""
    category_family_id: int | Unset = UNSET
    """Optional link to family, for grouping things like multiple kinds of customer category under
    family 'customer'
    """
    deleted: bool | Unset = UNSET
    """true if the country is deleted"""

    def to_xml(self) -> Element:
        return encode_xml_category_entity(None, _CATEGORY_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> CategoryEntity:
        return record_from_xml(decode_xml_category_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_category_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> CategoryEntity:
        return record_from_json(decode_json_category_entity, data)


_CATEGORY_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "CategoryId",
        "Name",
        "CategoryGroup",
        "Tooltip",
        "Rank",
        "EnableLeadStatus",
        "CategoryFamilyId",
        "Deleted",
    )
)


def decode_xml_category_entity(element: Element) -> CategoryEntity:
    value = CategoryEntity()
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
        elif tag == _CATEGORY_ID:
            value.category_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _CATEGORY_GROUP:
            value.category_group = decode_xml_category_group(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _ENABLE_LEAD_STATUS:
            value.enable_lead_status = read_bool(child)
        elif tag == _CATEGORY_FAMILY_ID:
            value.category_family_id = read_int(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_category_entity(parent: Element | None, tag: str, value: CategoryEntity) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _CATEGORY_ID, value.category_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _CATEGORY_GROUP, value.category_group, encode_xml_category_group)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _RANK, value.rank, write_short)
    put(element, _ENABLE_LEAD_STATUS, value.enable_lead_status, write_bool)
    put(element, _CATEGORY_FAMILY_ID, value.category_family_id, write_int)
    put(element, _DELETED, value.deleted, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_category_entity(data: Any, path: str) -> CategoryEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(CategoryEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.category_id = take_int(data, "CategoryId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.category_group = take(data, "CategoryGroup", path, decode_json_category_group)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.rank = take(data, "Rank", path, json_short)
    value.enable_lead_status = take_bool(data, "EnableLeadStatus", path)
    value.category_family_id = take_int(data, "CategoryFamilyId", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.extra = (
        None if _CATEGORY_ENTITY_KEYS.issuperset(data) else json_extra(data, _CATEGORY_ENTITY_KEYS)
    )
    return value


def encode_json_category_entity(value: CategoryEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "CategoryId", value.category_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "CategoryGroup", value.category_group, encode_json_category_group)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "EnableLeadStatus", value.enable_lead_status, json_write_bool)
    put_json(result, "CategoryFamilyId", value.category_family_id, json_write_int)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


CATEGORY_ENTITY_CODEC = Codec(
    decode_xml_category_entity,
    encode_xml_category_entity,
    decode_json_category_entity,
    encode_json_category_entity,
)
