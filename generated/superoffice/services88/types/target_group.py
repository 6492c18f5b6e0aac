"""Services88 types: TargetGroup.

Used by the Targets agent.
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
    json_extra,
    json_object,
    json_write_int,
    keep_element,
    new_child,
    put,
    put_json,
    read_int,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take,
    take_int,
    take_nillable,
    write_int,
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
from .target_assignment import (
    TargetAssignment,
    decode_json_list_of_target_assignment,
    decode_xml_list_of_target_assignment,
    encode_json_list_of_target_assignment,
    encode_xml_list_of_target_assignment,
)
from .target_dimension import (
    TargetDimension,
    decode_json_target_dimension,
    decode_xml_target_dimension,
    encode_json_target_dimension,
    encode_xml_target_dimension,
)
from .target_entity_type import (
    TargetEntityType,
    decode_json_target_entity_type,
    decode_xml_target_entity_type,
    encode_json_target_entity_type,
    encode_xml_target_entity_type,
)
from .target_period_type import (
    TargetPeriodType,
    decode_json_target_period_type,
    decode_xml_target_period_type,
    encode_json_target_period_type,
    encode_xml_target_period_type,
)

_ENTITY_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntityType"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PERIOD_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PeriodType"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TARGET_ASSIGNMENTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetAssignments"
_TARGET_DIMENSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetDimension"
_TARGET_GROUP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetGroup"
_TARGET_GROUP_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetGroupId"
_YEAR = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Year"


@dataclasses.dataclass(kw_only=True, repr=False)
class TargetGroup(Carrier):
    """Target Group carrier

    Carrier object for TargetGroup. Services for the TargetGroup Carrier is available from the
    Targets Agent.
    """

    target_group_id: int | Unset = UNSET
    """Primary key"""
    year: int | Unset = UNSET
    """The year this set of targets are associated with (2020, 2021...)"""
    entity_type: TargetEntityType | str | Unset = UNSET
    """Entity type for this set of targets (Sale, Project, Selection, Appointment...)"""
    period_type: TargetPeriodType | str | Unset = UNSET
    """Period type for editing this set of targets (Year, Quarter...)"""
    target_assignments: list[TargetAssignment | None] | None | Unset = UNSET
    """Collection of target values"""
    target_dimension: TargetDimension | None | Unset = UNSET
    """Info about the target dimensions"""

    def to_xml(self) -> Element:
        return encode_xml_target_group(None, _TARGET_GROUP, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TargetGroup:
        return record_from_xml(decode_xml_target_group, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_target_group(self)

    @classmethod
    def from_json(cls, data: Any) -> TargetGroup:
        return record_from_json(decode_json_target_group, data)


_TARGET_GROUP_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TargetGroupId",
        "Year",
        "EntityType",
        "PeriodType",
        "TargetAssignments",
        "TargetDimension",
    )
)


def decode_xml_target_group(element: Element) -> TargetGroup:
    value = TargetGroup()
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
        elif tag == _TARGET_GROUP_ID:
            value.target_group_id = read_int(child)
        elif tag == _YEAR:
            value.year = read_int(child)
        elif tag == _ENTITY_TYPE:
            value.entity_type = decode_xml_target_entity_type(child)
        elif tag == _PERIOD_TYPE:
            value.period_type = decode_xml_target_period_type(child)
        elif tag == _TARGET_ASSIGNMENTS:
            value.target_assignments = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_target_assignment(child)
            )
        elif tag == _TARGET_DIMENSION:
            value.target_dimension = (
                None if child.get(XSI_NIL) in NIL else decode_xml_target_dimension(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_target_group(parent: Element | None, tag: str, value: TargetGroup) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TARGET_GROUP_ID, value.target_group_id, write_int)
    put(element, _YEAR, value.year, write_int)
    put(element, _ENTITY_TYPE, value.entity_type, encode_xml_target_entity_type)
    put(element, _PERIOD_TYPE, value.period_type, encode_xml_target_period_type)
    put(
        element,
        _TARGET_ASSIGNMENTS,
        value.target_assignments,
        encode_xml_list_of_target_assignment,
    )
    put(element, _TARGET_DIMENSION, value.target_dimension, encode_xml_target_dimension)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_target_group(data: Any, path: str) -> TargetGroup:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TargetGroup)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.target_group_id = take_int(data, "TargetGroupId", path)
    value.year = take_int(data, "Year", path)
    value.entity_type = take(data, "EntityType", path, decode_json_target_entity_type)
    value.period_type = take(data, "PeriodType", path, decode_json_target_period_type)
    value.target_assignments = take_nillable(
        data, "TargetAssignments", path, decode_json_list_of_target_assignment
    )
    value.target_dimension = take_nillable(
        data, "TargetDimension", path, decode_json_target_dimension
    )
    value.extra = (
        None if _TARGET_GROUP_KEYS.issuperset(data) else json_extra(data, _TARGET_GROUP_KEYS)
    )
    return value


def encode_json_target_group(value: TargetGroup) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TargetGroupId", value.target_group_id, json_write_int)
    put_json(result, "Year", value.year, json_write_int)
    put_json(result, "EntityType", value.entity_type, encode_json_target_entity_type)
    put_json(result, "PeriodType", value.period_type, encode_json_target_period_type)
    put_json(
        result,
        "TargetAssignments",
        value.target_assignments,
        encode_json_list_of_target_assignment,
    )
    put_json(result, "TargetDimension", value.target_dimension, encode_json_target_dimension)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TARGET_GROUP_CODEC = Codec(
    decode_xml_target_group,
    encode_xml_target_group,
    decode_json_target_group,
    encode_json_target_group,
)
