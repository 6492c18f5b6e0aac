"""Services88 types: ArrayOfTargetDimension, TargetDimension.

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
    empty_or_nil,
    json_extra,
    json_items_nillable,
    json_object,
    json_write_int,
    json_write_str,
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
    take_str_nillable,
    write_int,
    write_str,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .list_of_int import (
    decode_json_list_of_int,
    decode_xml_list_of_int,
    encode_json_list_of_int,
    encode_xml_list_of_int,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)
from .target_assignement_level import (
    TargetAssignementLevel,
    decode_json_target_assignement_level,
    decode_xml_target_assignement_level,
    encode_json_target_assignement_level,
    encode_xml_target_assignement_level,
)
from .target_entity_type import (
    TargetEntityType,
    decode_json_target_entity_type,
    decode_xml_target_entity_type,
    encode_json_target_entity_type,
    encode_xml_target_entity_type,
)
from .target_measurement_unit import (
    TargetMeasurementUnit,
    decode_json_target_measurement_unit,
    decode_xml_target_measurement_unit,
    encode_json_target_measurement_unit,
    encode_xml_target_measurement_unit,
)

_ASSIGNMENT_LEVEL = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssignmentLevel"
_DIMENSION_LIST_FIELD = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DimensionListField"
)
_DIMENSION_LIST_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DimensionListId"
_DIMENSION_LIST_LABEL = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DimensionListLabel"
)
_DIMENSION_LIST_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DimensionListName"
_ENTITY_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntityType"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_MEASUREMENT_UNIT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MeasurementUnit"
_SELECTED_DIMENSIONS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectedDimensions"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TARGET_DIMENSION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetDimension"
_TARGET_DIMENSION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TargetDimensionId"


@dataclasses.dataclass(kw_only=True, repr=False)
class TargetDimension(Carrier):
    """Target Dimension carrier

    Carrier object for TargetDimension. Services for the TargetDimension Carrier is available
    from the Targets Agent.
    """

    target_dimension_id: int | Unset = UNSET
    """Primary key"""
    assignment_level: TargetAssignementLevel | str | Unset = UNSET
    """What level this dimension can be assigned to (Company, Group, Associate)"""
    entity_type: TargetEntityType | str | Unset = UNSET
    """Entity type for this set of targets (Sale, Project, Selection, Appointment...)"""
    measurement_unit: TargetMeasurementUnit | str | Unset = UNSET
    """What to measure (Amount, Count, Profit..."""
    dimension_list_field: str | None | Unset = UNSET
    """List that defines the dimensions for this target matrix (ex: Sale type, source, partner,
    business, udef or extrafield lists...)
    """
    dimension_list_name: str | None | Unset = UNSET
    """List name (can be used by list provider system to get list items)"""
    dimension_list_id: int | Unset = UNSET
    """List id (can be used by list provider system to get list items)"""
    dimension_list_label: str | None | Unset = UNSET
    """list label (list column name)"""
    selected_dimensions: list[int] | None | Unset = UNSET
    """id's of the selected/wanted dimensions (what sale types or udef list lines that should be
    target dimensions)
    """

    def to_xml(self) -> Element:
        return encode_xml_target_dimension(None, _TARGET_DIMENSION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> TargetDimension:
        return record_from_xml(decode_xml_target_dimension, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_target_dimension(self)

    @classmethod
    def from_json(cls, data: Any) -> TargetDimension:
        return record_from_json(decode_json_target_dimension, data)


_TARGET_DIMENSION_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "TargetDimensionId",
        "AssignmentLevel",
        "EntityType",
        "MeasurementUnit",
        "DimensionListField",
        "DimensionListName",
        "DimensionListId",
        "DimensionListLabel",
        "SelectedDimensions",
    )
)


def decode_xml_target_dimension(element: Element) -> TargetDimension:
    value = TargetDimension()
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
        elif tag == _TARGET_DIMENSION_ID:
            value.target_dimension_id = read_int(child)
        elif tag == _ASSIGNMENT_LEVEL:
            value.assignment_level = decode_xml_target_assignement_level(child)
        elif tag == _ENTITY_TYPE:
            value.entity_type = decode_xml_target_entity_type(child)
        elif tag == _MEASUREMENT_UNIT:
            value.measurement_unit = decode_xml_target_measurement_unit(child)
        elif tag == _DIMENSION_LIST_FIELD:
            value.dimension_list_field = child.text or empty_or_nil(child)
        elif tag == _DIMENSION_LIST_NAME:
            value.dimension_list_name = child.text or empty_or_nil(child)
        elif tag == _DIMENSION_LIST_ID:
            value.dimension_list_id = read_int(child)
        elif tag == _DIMENSION_LIST_LABEL:
            value.dimension_list_label = child.text or empty_or_nil(child)
        elif tag == _SELECTED_DIMENSIONS:
            value.selected_dimensions = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_int(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_target_dimension(
    parent: Element | None, tag: str, value: TargetDimension
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _TARGET_DIMENSION_ID, value.target_dimension_id, write_int)
    put(element, _ASSIGNMENT_LEVEL, value.assignment_level, encode_xml_target_assignement_level)
    put(element, _ENTITY_TYPE, value.entity_type, encode_xml_target_entity_type)
    put(element, _MEASUREMENT_UNIT, value.measurement_unit, encode_xml_target_measurement_unit)
    put(element, _DIMENSION_LIST_FIELD, value.dimension_list_field, write_str)
    put(element, _DIMENSION_LIST_NAME, value.dimension_list_name, write_str)
    put(element, _DIMENSION_LIST_ID, value.dimension_list_id, write_int)
    put(element, _DIMENSION_LIST_LABEL, value.dimension_list_label, write_str)
    put(element, _SELECTED_DIMENSIONS, value.selected_dimensions, encode_xml_list_of_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_target_dimension(data: Any, path: str) -> TargetDimension:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(TargetDimension)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.target_dimension_id = take_int(data, "TargetDimensionId", path)
    value.assignment_level = take(
        data, "AssignmentLevel", path, decode_json_target_assignement_level
    )
    value.entity_type = take(data, "EntityType", path, decode_json_target_entity_type)
    value.measurement_unit = take(
        data, "MeasurementUnit", path, decode_json_target_measurement_unit
    )
    value.dimension_list_field = take_str_nillable(data, "DimensionListField", path)
    value.dimension_list_name = take_str_nillable(data, "DimensionListName", path)
    value.dimension_list_id = take_int(data, "DimensionListId", path)
    value.dimension_list_label = take_str_nillable(data, "DimensionListLabel", path)
    value.selected_dimensions = take_nillable(
        data, "SelectedDimensions", path, decode_json_list_of_int
    )
    value.extra = (
        None
        if _TARGET_DIMENSION_KEYS.issuperset(data)
        else json_extra(data, _TARGET_DIMENSION_KEYS)
    )
    return value


def encode_json_target_dimension(value: TargetDimension) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "TargetDimensionId", value.target_dimension_id, json_write_int)
    put_json(
        result, "AssignmentLevel", value.assignment_level, encode_json_target_assignement_level
    )
    put_json(result, "EntityType", value.entity_type, encode_json_target_entity_type)
    put_json(
        result, "MeasurementUnit", value.measurement_unit, encode_json_target_measurement_unit
    )
    put_json(result, "DimensionListField", value.dimension_list_field, json_write_str)
    put_json(result, "DimensionListName", value.dimension_list_name, json_write_str)
    put_json(result, "DimensionListId", value.dimension_list_id, json_write_int)
    put_json(result, "DimensionListLabel", value.dimension_list_label, json_write_str)
    put_json(result, "SelectedDimensions", value.selected_dimensions, encode_json_list_of_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


TARGET_DIMENSION_CODEC = Codec(
    decode_xml_target_dimension,
    encode_xml_target_dimension,
    decode_json_target_dimension,
    encode_json_target_dimension,
)


def decode_xml_list_of_target_dimension(element: Element) -> list[TargetDimension | None]:
    """``ArrayOfTargetDimension``: a list of ``TargetDimension`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_target_dimension(child))
        for child in element
        if child.tag == _TARGET_DIMENSION
    ]


def encode_xml_list_of_target_dimension(
    parent: Element | None, tag: str, value: list[TargetDimension | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _TARGET_DIMENSION, item, encode_xml_target_dimension)
    return element


def decode_json_list_of_target_dimension(data: Any, path: str) -> list[TargetDimension | None]:
    return json_items_nillable(data, path, decode_json_target_dimension)


def encode_json_list_of_target_dimension(value: list[TargetDimension | None]) -> list[Any]:
    return [(None if item is None else encode_json_target_dimension(item)) for item in value]


LIST_OF_TARGET_DIMENSION_CODEC = Codec(
    decode_xml_list_of_target_dimension,
    encode_xml_list_of_target_dimension,
    decode_json_list_of_target_dimension,
    encode_json_list_of_target_dimension,
)
