"""Services88 types: ArchiveConfiguration.

Used by the Archive agent.
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
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
    take_str_nillable,
    write_str,
)
from .archive_column_info import (
    ArchiveColumnInfo,
    decode_json_list_of_archive_column_info,
    decode_xml_list_of_archive_column_info,
    encode_json_list_of_archive_column_info,
    encode_xml_list_of_archive_column_info,
)
from .archive_order_by_info import (
    ArchiveOrderByInfo,
    decode_json_list_of_archive_order_by_info,
    decode_xml_list_of_archive_order_by_info,
    encode_json_list_of_archive_order_by_info,
    encode_xml_list_of_archive_order_by_info,
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

_ARCHIVE_COLUMN_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchiveColumnInfo"
_ARCHIVE_CONFIGURATION = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchiveConfiguration"
)
_ARCHIVE_ENTITY_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchiveEntityInfo"
_ARCHIVE_ORDER_BY_INFO = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchiveOrderByInfo"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_OWNER_KEYS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}OwnerKeys"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ArchiveConfiguration(Carrier):
    """This service is used to store and fetch the configuration of an archive. The configuration
    consists of entities and columns; entities correspond to archive provider entities and the
    checkboxes you see in the bottom of standard archives. Column configuration includes both
    what columns should be visible, what order they are in (left to right), and whether the
    archive rows should be sorted by one or more columns.&lt;para/&gt;Note that desired columns
    can be set through the selectable mdo list called archiveColumns:&amp;lt;perovider
    name&amp;gt;, and entities can be set through the selectable mdo list
    archiveEntities:&amp;lt;provider name&amp;gt;. You can also use the SetChosenEntities and
    SetChosenColumns method of this service. The selectable mdo list implementation is suitable
    for data binding using mdo list controls.

    Carrier object for ArchiveConfiguration. Services for the ArchiveConfiguration Carrier is
    available from the Archive Agent.
    """

    archive_column_info: list[ArchiveColumnInfo | None] | None | Unset = UNSET
    archive_entity_info: list[SelectableMDOListItem | None] | None | Unset = UNSET
    archive_order_by_info: list[ArchiveOrderByInfo | None] | None | Unset = UNSET
    owner_keys: str | None | Unset = UNSET
    """The actual ownership information for the configuration that was retrieved"""

    def to_xml(self) -> Element:
        return encode_xml_archive_configuration(None, _ARCHIVE_CONFIGURATION, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ArchiveConfiguration:
        return record_from_xml(decode_xml_archive_configuration, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_archive_configuration(self)

    @classmethod
    def from_json(cls, data: Any) -> ArchiveConfiguration:
        return record_from_json(decode_json_archive_configuration, data)


_ARCHIVE_CONFIGURATION_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ArchiveColumnInfo",
        "ArchiveEntityInfo",
        "ArchiveOrderByInfo",
        "OwnerKeys",
    )
)


def decode_xml_archive_configuration(element: Element) -> ArchiveConfiguration:
    value = ArchiveConfiguration()
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
        elif tag == _ARCHIVE_COLUMN_INFO:
            value.archive_column_info = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_archive_column_info(child)
            )
        elif tag == _ARCHIVE_ENTITY_INFO:
            value.archive_entity_info = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_selectable_mdo_list_item(child)
            )
        elif tag == _ARCHIVE_ORDER_BY_INFO:
            value.archive_order_by_info = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_archive_order_by_info(child)
            )
        elif tag == _OWNER_KEYS:
            value.owner_keys = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_archive_configuration(
    parent: Element | None, tag: str, value: ArchiveConfiguration
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(
        element,
        _ARCHIVE_COLUMN_INFO,
        value.archive_column_info,
        encode_xml_list_of_archive_column_info,
    )
    put(
        element,
        _ARCHIVE_ENTITY_INFO,
        value.archive_entity_info,
        encode_xml_list_of_selectable_mdo_list_item,
    )
    put(
        element,
        _ARCHIVE_ORDER_BY_INFO,
        value.archive_order_by_info,
        encode_xml_list_of_archive_order_by_info,
    )
    put(element, _OWNER_KEYS, value.owner_keys, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_archive_configuration(data: Any, path: str) -> ArchiveConfiguration:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ArchiveConfiguration)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.archive_column_info = take_nillable(
        data, "ArchiveColumnInfo", path, decode_json_list_of_archive_column_info
    )
    value.archive_entity_info = take_nillable(
        data, "ArchiveEntityInfo", path, decode_json_list_of_selectable_mdo_list_item
    )
    value.archive_order_by_info = take_nillable(
        data, "ArchiveOrderByInfo", path, decode_json_list_of_archive_order_by_info
    )
    value.owner_keys = take_str_nillable(data, "OwnerKeys", path)
    value.extra = (
        None
        if _ARCHIVE_CONFIGURATION_KEYS.issuperset(data)
        else json_extra(data, _ARCHIVE_CONFIGURATION_KEYS)
    )
    return value


def encode_json_archive_configuration(value: ArchiveConfiguration) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(
        result,
        "ArchiveColumnInfo",
        value.archive_column_info,
        encode_json_list_of_archive_column_info,
    )
    put_json(
        result,
        "ArchiveEntityInfo",
        value.archive_entity_info,
        encode_json_list_of_selectable_mdo_list_item,
    )
    put_json(
        result,
        "ArchiveOrderByInfo",
        value.archive_order_by_info,
        encode_json_list_of_archive_order_by_info,
    )
    put_json(result, "OwnerKeys", value.owner_keys, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ARCHIVE_CONFIGURATION_CODEC = Codec(
    decode_xml_archive_configuration,
    encode_xml_archive_configuration,
    decode_json_archive_configuration,
    encode_json_archive_configuration,
)
