"""Services88 types: ProjectTypeEntity.

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
from .duration_unit import (
    DurationUnit,
    decode_json_duration_unit,
    decode_xml_duration_unit,
    encode_json_duration_unit,
    encode_xml_duration_unit,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_selectable_mdo_list_item import (
    SelectableMDOListItem,
    decode_json_list_of_selectable_mdo_list_item,
    decode_xml_list_of_selectable_mdo_list_item,
    encode_json_list_of_selectable_mdo_list_item,
    encode_xml_list_of_selectable_mdo_list_item,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_DELETED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deleted"
_DURATION_UNIT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DurationUnit"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_HAS_GUIDE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasGuide"
_IS_AUTO_ADVANCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}IsAutoAdvance"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PROJECT_DURATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectDuration"
_PROJECT_TYPE_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjectTypeEntity"
_PROJ_TYPE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProjTypeId"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_STAGES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Stages"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"


@dataclasses.dataclass(kw_only=True, repr=False)
class ProjectTypeEntity(Carrier):
    """Carrier object for ProjectTypeEntity. Services for the ProjectTypeEntity Carrier is
    available from the List Agent.
    """

    proj_type_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """The list item"""
    tooltip: str | None | Unset = UNSET
    """Tooltip or other description"""
    rank: int | Unset = UNSET
    """Rank order"""
    duration_unit: DurationUnit | str | Unset = UNSET
    """Units for the duration"""
    project_duration: int | Unset = UNSET
    """Expected duration of project, in given units"""
    deleted: bool | Unset = UNSET
    """0 -&gt; record is active 1 -&gt; record is 'deleted' and should not be shown in lists"""
    has_guide: bool | Unset = UNSET
    """Does this project type have a guide attached"""
    is_auto_advance: bool | Unset = UNSET
    """Does the project status advance automatically, when the last guided activity in a status is
    completed?
    """
    stages: list[SelectableMDOListItem | None] | None | Unset = UNSET
    """Stages (project statuses), those associated with this ProjType are selected."""

    def to_xml(self) -> Element:
        return encode_xml_project_type_entity(None, _PROJECT_TYPE_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ProjectTypeEntity:
        return record_from_xml(decode_xml_project_type_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_project_type_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> ProjectTypeEntity:
        return record_from_json(decode_json_project_type_entity, data)


_PROJECT_TYPE_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ProjTypeId",
        "Name",
        "Tooltip",
        "Rank",
        "DurationUnit",
        "ProjectDuration",
        "Deleted",
        "HasGuide",
        "IsAutoAdvance",
        "Stages",
    )
)


def decode_xml_project_type_entity(element: Element) -> ProjectTypeEntity:
    value = ProjectTypeEntity()
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
        elif tag == _PROJ_TYPE_ID:
            value.proj_type_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _DURATION_UNIT:
            value.duration_unit = decode_xml_duration_unit(child)
        elif tag == _PROJECT_DURATION:
            value.project_duration = read_int(child)
        elif tag == _DELETED:
            value.deleted = read_bool(child)
        elif tag == _HAS_GUIDE:
            value.has_guide = read_bool(child)
        elif tag == _IS_AUTO_ADVANCE:
            value.is_auto_advance = read_bool(child)
        elif tag == _STAGES:
            value.stages = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_selectable_mdo_list_item(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_project_type_entity(
    parent: Element | None, tag: str, value: ProjectTypeEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PROJ_TYPE_ID, value.proj_type_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _RANK, value.rank, write_short)
    put(element, _DURATION_UNIT, value.duration_unit, encode_xml_duration_unit)
    put(element, _PROJECT_DURATION, value.project_duration, write_int)
    put(element, _DELETED, value.deleted, write_bool)
    put(element, _HAS_GUIDE, value.has_guide, write_bool)
    put(element, _IS_AUTO_ADVANCE, value.is_auto_advance, write_bool)
    put(element, _STAGES, value.stages, encode_xml_list_of_selectable_mdo_list_item)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_project_type_entity(data: Any, path: str) -> ProjectTypeEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ProjectTypeEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.proj_type_id = take_int(data, "ProjTypeId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.rank = take(data, "Rank", path, json_short)
    value.duration_unit = take(data, "DurationUnit", path, decode_json_duration_unit)
    value.project_duration = take_int(data, "ProjectDuration", path)
    value.deleted = take_bool(data, "Deleted", path)
    value.has_guide = take_bool(data, "HasGuide", path)
    value.is_auto_advance = take_bool(data, "IsAutoAdvance", path)
    value.stages = take_nillable(
        data, "Stages", path, decode_json_list_of_selectable_mdo_list_item
    )
    value.extra = (
        None
        if _PROJECT_TYPE_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _PROJECT_TYPE_ENTITY_KEYS)
    )
    return value


def encode_json_project_type_entity(value: ProjectTypeEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ProjTypeId", value.proj_type_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "DurationUnit", value.duration_unit, encode_json_duration_unit)
    put_json(result, "ProjectDuration", value.project_duration, json_write_int)
    put_json(result, "Deleted", value.deleted, json_write_bool)
    put_json(result, "HasGuide", value.has_guide, json_write_bool)
    put_json(result, "IsAutoAdvance", value.is_auto_advance, json_write_bool)
    put_json(result, "Stages", value.stages, encode_json_list_of_selectable_mdo_list_item)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


PROJECT_TYPE_ENTITY_CODEC = Codec(
    decode_xml_project_type_entity,
    encode_xml_project_type_entity,
    decode_json_project_type_entity,
    encode_json_project_type_entity,
)
