"""Services88 types: DiaryViewEntity.

Used by the Configuration agent.
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
    json_write_int,
    json_write_short,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
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

_ASSOCIATE_LIST = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssociateList"
_ASSOC_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AssocId"
_DIARY_VIEW_ENTITY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DiaryViewEntity"
_DIARY_VIEW_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DiaryViewId"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_RANK = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rank"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Tooltip"
_TZ_LOCATION_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TzLocationId"
_VISIBLE_COLUMNS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}VisibleColumns"


@dataclasses.dataclass(kw_only=True, repr=False)
class DiaryViewEntity(Carrier):
    """The ``DiaryViewEntity`` record."""

    diary_view_id: int | Unset = UNSET
    name: str | None | Unset = UNSET
    tooltip: str | None | Unset = UNSET
    visible_columns: int | Unset = UNSET
    rank: int | Unset = UNSET
    assoc_id: int | Unset = UNSET
    associate_list: list[SelectableMDOListItem | None] | None | Unset = UNSET
    tz_location_id: int | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_diary_view_entity(None, _DIARY_VIEW_ENTITY, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DiaryViewEntity:
        return record_from_xml(decode_xml_diary_view_entity, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_diary_view_entity(self)

    @classmethod
    def from_json(cls, data: Any) -> DiaryViewEntity:
        return record_from_json(decode_json_diary_view_entity, data)


_DIARY_VIEW_ENTITY_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "DiaryViewId",
        "Name",
        "Tooltip",
        "VisibleColumns",
        "Rank",
        "AssocId",
        "AssociateList",
        "TzLocationId",
    )
)


def decode_xml_diary_view_entity(element: Element) -> DiaryViewEntity:
    value = DiaryViewEntity()
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
        elif tag == _DIARY_VIEW_ID:
            value.diary_view_id = read_int(child)
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _TOOLTIP:
            value.tooltip = child.text or empty_or_nil(child)
        elif tag == _VISIBLE_COLUMNS:
            value.visible_columns = read_short(child)
        elif tag == _RANK:
            value.rank = read_short(child)
        elif tag == _ASSOC_ID:
            value.assoc_id = read_int(child)
        elif tag == _ASSOCIATE_LIST:
            value.associate_list = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_selectable_mdo_list_item(child)
            )
        elif tag == _TZ_LOCATION_ID:
            value.tz_location_id = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_diary_view_entity(
    parent: Element | None, tag: str, value: DiaryViewEntity
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DIARY_VIEW_ID, value.diary_view_id, write_int)
    put(element, _NAME, value.name, write_str)
    put(element, _TOOLTIP, value.tooltip, write_str)
    put(element, _VISIBLE_COLUMNS, value.visible_columns, write_short)
    put(element, _RANK, value.rank, write_short)
    put(element, _ASSOC_ID, value.assoc_id, write_int)
    put(
        element, _ASSOCIATE_LIST, value.associate_list, encode_xml_list_of_selectable_mdo_list_item
    )
    put(element, _TZ_LOCATION_ID, value.tz_location_id, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_diary_view_entity(data: Any, path: str) -> DiaryViewEntity:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DiaryViewEntity)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.diary_view_id = take_int(data, "DiaryViewId", path)
    value.name = take_str_nillable(data, "Name", path)
    value.tooltip = take_str_nillable(data, "Tooltip", path)
    value.visible_columns = take(data, "VisibleColumns", path, json_short)
    value.rank = take(data, "Rank", path, json_short)
    value.assoc_id = take_int(data, "AssocId", path)
    value.associate_list = take_nillable(
        data, "AssociateList", path, decode_json_list_of_selectable_mdo_list_item
    )
    value.tz_location_id = take_int(data, "TzLocationId", path)
    value.extra = (
        None
        if _DIARY_VIEW_ENTITY_KEYS.issuperset(data)
        else json_extra(data, _DIARY_VIEW_ENTITY_KEYS)
    )
    return value


def encode_json_diary_view_entity(value: DiaryViewEntity) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "DiaryViewId", value.diary_view_id, json_write_int)
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "Tooltip", value.tooltip, json_write_str)
    put_json(result, "VisibleColumns", value.visible_columns, json_write_short)
    put_json(result, "Rank", value.rank, json_write_short)
    put_json(result, "AssocId", value.assoc_id, json_write_int)
    put_json(
        result, "AssociateList", value.associate_list, encode_json_list_of_selectable_mdo_list_item
    )
    put_json(result, "TzLocationId", value.tz_location_id, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DIARY_VIEW_ENTITY_CODEC = Codec(
    decode_xml_diary_view_entity,
    encode_xml_diary_view_entity,
    decode_json_diary_view_entity,
    encode_json_diary_view_entity,
)
