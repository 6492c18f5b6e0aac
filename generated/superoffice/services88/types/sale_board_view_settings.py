"""Services88 types: SaleBoardViewSettings.

Used by the Selection agent.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ...runtime import (
    UNSET,
    Codec,
    Element,
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
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
)
from .board_view_badge_type import (
    BoardViewBadgeType,
    decode_json_board_view_badge_type,
    decode_xml_board_view_badge_type,
    encode_json_board_view_badge_type,
    encode_xml_board_view_badge_type,
)
from .board_view_entity_type import (
    decode_json_board_view_entity_type,
    decode_xml_board_view_entity_type,
    encode_json_board_view_entity_type,
    encode_xml_board_view_entity_type,
)
from .board_view_settings_base import BoardViewSettingsBase

_ASSOCIATE_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateId"
_BADGE_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BadgeType"
_BOARD_VIEW_SETTINGS_ID = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}BoardViewSettingsId"
)
_COLOR_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ColorBy"
_ENTITY_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}EntityType"
_FILTERS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Filters"
_GROUP_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}GroupBy"
_HIDE_CLOSED_SALES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HideClosedSales"
_HIDE_EMPTY_GROUPS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}HideEmptyGroups"
_SALE_BOARD_VIEW_SETTINGS = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}SaleBoardViewSettings"
)
_SELECTION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SelectionId"
_SORT_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SortBy"
_SORT_DESC = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SortDesc"
_SUB_GROUP_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SubGroupBy"
_SUM_BY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SumBy"


@dataclasses.dataclass(kw_only=True, repr=False)
class SaleBoardViewSettings(BoardViewSettingsBase):
    """The ``SaleBoardViewSettings`` record."""

    hide_closed_sales: bool | Unset = UNSET
    badge_type: BoardViewBadgeType | str | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_sale_board_view_settings(None, _SALE_BOARD_VIEW_SETTINGS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> SaleBoardViewSettings:
        return record_from_xml(decode_xml_sale_board_view_settings, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_sale_board_view_settings(self)

    @classmethod
    def from_json(cls, data: Any) -> SaleBoardViewSettings:
        return record_from_json(decode_json_sale_board_view_settings, data)


_SALE_BOARD_VIEW_SETTINGS_KEYS = frozenset(
    (
        "BoardViewSettingsId",
        "EntityType",
        "AssociateId",
        "SelectionId",
        "HideEmptyGroups",
        "GroupBy",
        "SubGroupBy",
        "SortBy",
        "SortDesc",
        "SumBy",
        "ColorBy",
        "Filters",
        "HideClosedSales",
        "BadgeType",
    )
)


def decode_xml_sale_board_view_settings(element: Element) -> SaleBoardViewSettings:
    value = SaleBoardViewSettings()
    for index, child in enumerate(element):
        tag = child.tag
        if tag == _BOARD_VIEW_SETTINGS_ID:
            value.board_view_settings_id = read_int(child)
        elif tag == _ENTITY_TYPE:
            value.entity_type = decode_xml_board_view_entity_type(child)
        elif tag == _ASSOCIATE_ID:
            value.associate_id = read_int(child)
        elif tag == _SELECTION_ID:
            value.selection_id = read_int(child)
        elif tag == _HIDE_EMPTY_GROUPS:
            value.hide_empty_groups = read_bool(child)
        elif tag == _GROUP_BY:
            value.group_by = child.text or empty_or_nil(child)
        elif tag == _SUB_GROUP_BY:
            value.sub_group_by = child.text or empty_or_nil(child)
        elif tag == _SORT_BY:
            value.sort_by = child.text or empty_or_nil(child)
        elif tag == _SORT_DESC:
            value.sort_desc = read_bool(child)
        elif tag == _SUM_BY:
            value.sum_by = child.text or empty_or_nil(child)
        elif tag == _COLOR_BY:
            value.color_by = child.text or empty_or_nil(child)
        elif tag == _FILTERS:
            value.filters = child.text or empty_or_nil(child)
        elif tag == _HIDE_CLOSED_SALES:
            value.hide_closed_sales = read_bool(child)
        elif tag == _BADGE_TYPE:
            value.badge_type = decode_xml_board_view_badge_type(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_sale_board_view_settings(
    parent: Element | None, tag: str, value: SaleBoardViewSettings
) -> Element:
    element = new_child(parent, tag)
    put(element, _BOARD_VIEW_SETTINGS_ID, value.board_view_settings_id, write_int)
    put(element, _ENTITY_TYPE, value.entity_type, encode_xml_board_view_entity_type)
    put(element, _ASSOCIATE_ID, value.associate_id, write_int)
    put(element, _SELECTION_ID, value.selection_id, write_int)
    put(element, _HIDE_EMPTY_GROUPS, value.hide_empty_groups, write_bool)
    put(element, _GROUP_BY, value.group_by, write_str)
    put(element, _SUB_GROUP_BY, value.sub_group_by, write_str)
    put(element, _SORT_BY, value.sort_by, write_str)
    put(element, _SORT_DESC, value.sort_desc, write_bool)
    put(element, _SUM_BY, value.sum_by, write_str)
    put(element, _COLOR_BY, value.color_by, write_str)
    put(element, _FILTERS, value.filters, write_str)
    put(element, _HIDE_CLOSED_SALES, value.hide_closed_sales, write_bool)
    put(element, _BADGE_TYPE, value.badge_type, encode_xml_board_view_badge_type)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_sale_board_view_settings(data: Any, path: str) -> SaleBoardViewSettings:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(SaleBoardViewSettings)
    value.board_view_settings_id = take_int(data, "BoardViewSettingsId", path)
    value.entity_type = take(data, "EntityType", path, decode_json_board_view_entity_type)
    value.associate_id = take_int(data, "AssociateId", path)
    value.selection_id = take_int(data, "SelectionId", path)
    value.hide_empty_groups = take_bool(data, "HideEmptyGroups", path)
    value.group_by = take_str_nillable(data, "GroupBy", path)
    value.sub_group_by = take_str_nillable(data, "SubGroupBy", path)
    value.sort_by = take_str_nillable(data, "SortBy", path)
    value.sort_desc = take_bool(data, "SortDesc", path)
    value.sum_by = take_str_nillable(data, "SumBy", path)
    value.color_by = take_str_nillable(data, "ColorBy", path)
    value.filters = take_str_nillable(data, "Filters", path)
    value.hide_closed_sales = take_bool(data, "HideClosedSales", path)
    value.badge_type = take(data, "BadgeType", path, decode_json_board_view_badge_type)
    value.extra = (
        None
        if _SALE_BOARD_VIEW_SETTINGS_KEYS.issuperset(data)
        else json_extra(data, _SALE_BOARD_VIEW_SETTINGS_KEYS)
    )
    return value


def encode_json_sale_board_view_settings(value: SaleBoardViewSettings) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "BoardViewSettingsId", value.board_view_settings_id, json_write_int)
    put_json(result, "EntityType", value.entity_type, encode_json_board_view_entity_type)
    put_json(result, "AssociateId", value.associate_id, json_write_int)
    put_json(result, "SelectionId", value.selection_id, json_write_int)
    put_json(result, "HideEmptyGroups", value.hide_empty_groups, json_write_bool)
    put_json(result, "GroupBy", value.group_by, json_write_str)
    put_json(result, "SubGroupBy", value.sub_group_by, json_write_str)
    put_json(result, "SortBy", value.sort_by, json_write_str)
    put_json(result, "SortDesc", value.sort_desc, json_write_bool)
    put_json(result, "SumBy", value.sum_by, json_write_str)
    put_json(result, "ColorBy", value.color_by, json_write_str)
    put_json(result, "Filters", value.filters, json_write_str)
    put_json(result, "HideClosedSales", value.hide_closed_sales, json_write_bool)
    put_json(result, "BadgeType", value.badge_type, encode_json_board_view_badge_type)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


SALE_BOARD_VIEW_SETTINGS_CODEC = Codec(
    decode_xml_sale_board_view_settings,
    encode_xml_sale_board_view_settings,
    decode_json_sale_board_view_settings,
    encode_json_sale_board_view_settings,
)
