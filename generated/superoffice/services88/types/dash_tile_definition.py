"""Services88 types: DashTileDefinition.

Used by the Dash agent.
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
from .dash_tile_currency_mode import (
    DashTileCurrencyMode,
    decode_json_dash_tile_currency_mode,
    decode_xml_dash_tile_currency_mode,
    encode_json_dash_tile_currency_mode,
    encode_xml_dash_tile_currency_mode,
)
from .dash_tile_entity_type import (
    DashTileEntityType,
    decode_json_dash_tile_entity_type,
    decode_xml_dash_tile_entity_type,
    encode_json_dash_tile_entity_type,
    encode_xml_dash_tile_entity_type,
)
from .dash_tile_measure import (
    DashTileMeasure,
    decode_json_dash_tile_measure,
    decode_xml_dash_tile_measure,
    encode_json_dash_tile_measure,
    encode_xml_dash_tile_measure,
)
from .dash_tile_type import (
    DashTileType,
    decode_json_dash_tile_type,
    decode_xml_dash_tile_type,
    encode_json_dash_tile_type,
    encode_xml_dash_tile_type,
)
from .dash_tile_usage import (
    DashTileUsage,
    decode_json_dash_tile_usage,
    decode_xml_dash_tile_usage,
    encode_json_dash_tile_usage,
    encode_xml_dash_tile_usage,
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

_CURRENCY_CODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CurrencyCode"
_CURRENCY_MODE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CurrencyMode"
_DASHBOARD_TILE_DEFINITION_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DashboardTileDefinitionId"
)
_DASH_TILE_DEFINITION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}DashTileDefinition"
)
_DEFAULT_HEIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultHeight"
_DEFAULT_WIDTH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultWidth"
_DESCRIPTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Description"
_ENTITY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntityName"
_ENTITY_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntityType"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_LAYOUT_CONFIG = "{http://www.superoffice.net/ws/crm/NetServer/Services88}LayoutConfig"
_MEASURE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Measure"
_MEASURE_BY_FIELD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MeasureByField"
_MEASURE_FIELD = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MeasureField"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_PROVIDER_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ProviderName"
_SECONDARY_SELECTION_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SecondarySelectionId"
)
_SELECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectionId"
_SORT_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SortBy"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TILE_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TileType"
_USAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Usage"


@dataclasses.dataclass(kw_only=True, repr=False)
class DashTileDefinition(Carrier):
    """Dashboard Tile definition

    Carrier object for DashTileDefinition. Services for the DashTileDefinition Carrier is
    available from the Dash Agent.
    """

    dashboard_tile_definition_id: int | Unset = UNSET
    """Primary key"""
    name: str | None | Unset = UNSET
    """The name of the tile"""
    description: str | None | Unset = UNSET
    """Detailed description"""
    default_height: int | Unset = UNSET
    """Default height when added to a dashboard"""
    default_width: int | Unset = UNSET
    """Default width when added to a dashboard"""
    tile_type: DashTileType | str | Unset = UNSET
    """Dashboard tile type"""
    entity_type: DashTileEntityType | str | Unset = UNSET
    """Dashboard entity type"""
    entity_name: str | None | Unset = UNSET
    """The entity measured by this tile, defines what provider to use"""
    selection_id: int | Unset = UNSET
    """Selection holding the criterias for the tile definition"""
    currency_mode: DashTileCurrencyMode | str | Unset = UNSET
    """Dashboard currency mode"""
    currency_code: str | None | Unset = UNSET
    """Currency code"""
    measure: DashTileMeasure | str | Unset = UNSET
    """Dashboard measure type (Count, Sum, Avg, etc.)"""
    measure_field: str | None | Unset = UNSET
    """Field to be measured"""
    sort_by: str | None | Unset = UNSET
    """Sort by field"""
    layout_config: str | None | Unset = UNSET
    """The JSON formatted layout config"""
    secondary_selection_id: int | Unset = UNSET
    """Selection holding the replaced or changed criterias (period comparisons etc)"""
    measure_by_field: str | None | Unset = UNSET
    """Field to group by"""
    usage: DashTileUsage | str | Unset = UNSET
    """Where this tile can be used"""
    provider_name: str | None | Unset = UNSET
    """Name of provider to use with this entity type - read only property"""

    def to_xml(self) -> Element:
        return encode_xml_dash_tile_definition(None, _DASH_TILE_DEFINITION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DashTileDefinition:
        return record_from_xml(decode_xml_dash_tile_definition, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_dash_tile_definition(self)

    @classmethod
    def from_json(cls, data: Any) -> DashTileDefinition:
        return record_from_json(decode_json_dash_tile_definition, data)


_DASH_TILE_DEFINITION_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "DashboardTileDefinitionId",
        "Name",
        "Description",
        "DefaultHeight",
        "DefaultWidth",
        "TileType",
        "EntityType",
        "EntityName",
        "SelectionId",
        "CurrencyMode",
        "CurrencyCode",
        "Measure",
        "MeasureField",
        "SortBy",
        "LayoutConfig",
        "SecondarySelectionId",
        "MeasureByField",
        "Usage",
        "ProviderName",
    )
)


def decode_xml_dash_tile_definition(element: Element) -> DashTileDefinition:
    value = DashTileDefinition()
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
        elif tag == _DASHBOARD_TILE_DEFINITION_ID:
            value.dashboard_tile_definition_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DESCRIPTION:
            value.description = child.text or empty_or_nil(child)
        elif tag == _DEFAULT_HEIGHT:
            value.default_height = read_int(child)
        elif tag == _DEFAULT_WIDTH:
            value.default_width = read_int(child)
        elif tag == _TILE_TYPE:
            value.tile_type = decode_xml_dash_tile_type(child)
        elif tag == _ENTITY_TYPE:
            value.entity_type = decode_xml_dash_tile_entity_type(child)
        elif tag == _ENTITY_NAME:
            value.entity_name = child.text or empty_or_nil(child)
        elif tag == _SELECTION_ID:
            value.selection_id = read_int(child)
        elif tag == _CURRENCY_MODE:
            value.currency_mode = decode_xml_dash_tile_currency_mode(child)
        elif tag == _CURRENCY_CODE:
            value.currency_code = child.text or empty_or_nil(child)
        elif tag == _MEASURE:
            value.measure = decode_xml_dash_tile_measure(child)
        elif tag == _MEASURE_FIELD:
            value.measure_field = child.text or empty_or_nil(child)
        elif tag == _SORT_BY:
            value.sort_by = child.text or empty_or_nil(child)
        elif tag == _LAYOUT_CONFIG:
            value.layout_config = child.text or empty_or_nil(child)
        elif tag == _SECONDARY_SELECTION_ID:
            value.secondary_selection_id = read_int(child)
        elif tag == _MEASURE_BY_FIELD:
            value.measure_by_field = child.text or empty_or_nil(child)
        elif tag == _USAGE:
            value.usage = decode_xml_dash_tile_usage(child)
        elif tag == _PROVIDER_NAME:
            value.provider_name = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_dash_tile_definition(
    parent: Element | None, tag: str, value: DashTileDefinition
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DASHBOARD_TILE_DEFINITION_ID, value.dashboard_tile_definition_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _DESCRIPTION, value.description, write_str)
    put(element, _DEFAULT_HEIGHT, value.default_height, write_int)
    put(element, _DEFAULT_WIDTH, value.default_width, write_int)
    put(element, _TILE_TYPE, value.tile_type, encode_xml_dash_tile_type)
    put(element, _ENTITY_TYPE, value.entity_type, encode_xml_dash_tile_entity_type)
    put(element, _ENTITY_NAME, value.entity_name, write_str)
    put(element, _SELECTION_ID, value.selection_id, write_int)
    put(element, _CURRENCY_MODE, value.currency_mode, encode_xml_dash_tile_currency_mode)
    put(element, _CURRENCY_CODE, value.currency_code, write_str)
    put(element, _MEASURE, value.measure, encode_xml_dash_tile_measure)
    put(element, _MEASURE_FIELD, value.measure_field, write_str)
    put(element, _SORT_BY, value.sort_by, write_str)
    put(element, _LAYOUT_CONFIG, value.layout_config, write_str)
    put(element, _SECONDARY_SELECTION_ID, value.secondary_selection_id, write_int)
    put(element, _MEASURE_BY_FIELD, value.measure_by_field, write_str)
    put(element, _USAGE, value.usage, encode_xml_dash_tile_usage)
    put(element, _PROVIDER_NAME, value.provider_name, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_dash_tile_definition(data: Any, path: str) -> DashTileDefinition:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DashTileDefinition)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.dashboard_tile_definition_id = take_int(data, "DashboardTileDefinitionId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.description = take_str_nillable(data, "Description", path)
    value.default_height = take_int(data, "DefaultHeight", path)
    value.default_width = take_int(data, "DefaultWidth", path)
    value.tile_type = take(data, "TileType", path, decode_json_dash_tile_type)
    value.entity_type = take(data, "EntityType", path, decode_json_dash_tile_entity_type)
    value.entity_name = take_str_nillable(data, "EntityName", path)
    value.selection_id = take_int(data, "SelectionId", path)
    value.currency_mode = take(data, "CurrencyMode", path, decode_json_dash_tile_currency_mode)
    value.currency_code = take_str_nillable(data, "CurrencyCode", path)
    value.measure = take(data, "Measure", path, decode_json_dash_tile_measure)
    value.measure_field = take_str_nillable(data, "MeasureField", path)
    value.sort_by = take_str_nillable(data, "SortBy", path)
    value.layout_config = take_str_nillable(data, "LayoutConfig", path)
    value.secondary_selection_id = take_int(data, "SecondarySelectionId", path)
    value.measure_by_field = take_str_nillable(data, "MeasureByField", path)
    value.usage = take(data, "Usage", path, decode_json_dash_tile_usage)
    value.provider_name = take_str_nillable(data, "ProviderName", path)
    value.extra = (
        None
        if _DASH_TILE_DEFINITION_KEYS.issuperset(data)
        else json_extra(data, _DASH_TILE_DEFINITION_KEYS)
    )
    return value


def encode_json_dash_tile_definition(value: DashTileDefinition) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(
        result, "DashboardTileDefinitionId", value.dashboard_tile_definition_id, json_write_int
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Description", value.description, json_write_str)
    put_json(result, "DefaultHeight", value.default_height, json_write_int)
    put_json(result, "DefaultWidth", value.default_width, json_write_int)
    put_json(result, "TileType", value.tile_type, encode_json_dash_tile_type)
    put_json(result, "EntityType", value.entity_type, encode_json_dash_tile_entity_type)
    put_json(result, "EntityName", value.entity_name, json_write_str)
    put_json(result, "SelectionId", value.selection_id, json_write_int)
    put_json(result, "CurrencyMode", value.currency_mode, encode_json_dash_tile_currency_mode)
    put_json(result, "CurrencyCode", value.currency_code, json_write_str)
    put_json(result, "Measure", value.measure, encode_json_dash_tile_measure)
    put_json(result, "MeasureField", value.measure_field, json_write_str)
    put_json(result, "SortBy", value.sort_by, json_write_str)
    put_json(result, "LayoutConfig", value.layout_config, json_write_str)
    put_json(result, "SecondarySelectionId", value.secondary_selection_id, json_write_int)
    put_json(result, "MeasureByField", value.measure_by_field, json_write_str)
    put_json(result, "Usage", value.usage, encode_json_dash_tile_usage)
    put_json(result, "ProviderName", value.provider_name, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DASH_TILE_DEFINITION_CODEC = Codec(
    decode_xml_dash_tile_definition,
    encode_xml_dash_tile_definition,
    decode_json_dash_tile_definition,
    encode_json_dash_tile_definition,
)
