"""Services88 types: ArrayOfImportColumnInfo, ImportColumnInfo.

Used by the Import agent.
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
    json_write_bool,
    json_write_str,
    keep_element,
    new_child,
    put,
    put_json,
    read_bool,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_bool,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_str,
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

_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DisplayName"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IMPORT_COLUMN_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ImportColumnInfo"
_LOCKED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Locked"
_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Name"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ImportColumnInfo(Carrier):
    """Column info for importlines.

    Carrier object for ImportColumnInfo. Services for the ImportColumnInfo Carrier is available
    from the Import Agent.
    """

    name: str | None | Unset = UNSET
    """Name of the column"""
    display_name: str | None | Unset = UNSET
    """Display name of the column"""
    locked: bool | Unset = UNSET
    """If true disable the option of choose column"""

    def to_xml(self) -> Element:
        return encode_xml_import_column_info(None, _IMPORT_COLUMN_INFO, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ImportColumnInfo:
        return record_from_xml(decode_xml_import_column_info, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_import_column_info(self)

    @classmethod
    def from_json(cls, data: Any) -> ImportColumnInfo:
        return record_from_json(decode_json_import_column_info, data)


_IMPORT_COLUMN_INFO_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Name",
        "DisplayName",
        "Locked",
    )
)


def decode_xml_import_column_info(element: Element) -> ImportColumnInfo:
    value = ImportColumnInfo()
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
        elif tag == _NAME:
            value.name = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_NAME:
            value.display_name = child.text or empty_or_nil(child)
        elif tag == _LOCKED:
            value.locked = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_import_column_info(
    parent: Element | None, tag: str, value: ImportColumnInfo
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _NAME, value.name, write_str)
    put(element, _DISPLAY_NAME, value.display_name, write_str)
    put(element, _LOCKED, value.locked, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_import_column_info(data: Any, path: str) -> ImportColumnInfo:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ImportColumnInfo)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.name = take_str_nillable(data, "Name", path)
    value.display_name = take_str_nillable(data, "DisplayName", path)
    value.locked = take_bool(data, "Locked", path)
    value.extra = (
        None
        if _IMPORT_COLUMN_INFO_KEYS.issuperset(data)
        else json_extra(data, _IMPORT_COLUMN_INFO_KEYS)
    )
    return value


def encode_json_import_column_info(value: ImportColumnInfo) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Name", value.name, json_write_str)
    put_json(result, "DisplayName", value.display_name, json_write_str)
    put_json(result, "Locked", value.locked, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


IMPORT_COLUMN_INFO_CODEC = Codec(
    decode_xml_import_column_info,
    encode_xml_import_column_info,
    decode_json_import_column_info,
    encode_json_import_column_info,
)


def decode_xml_list_of_import_column_info(element: Element) -> list[ImportColumnInfo | None]:
    """``ArrayOfImportColumnInfo``: a list of ``ImportColumnInfo`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_import_column_info(child))
        for child in element
        if child.tag == _IMPORT_COLUMN_INFO
    ]


def encode_xml_list_of_import_column_info(
    parent: Element | None, tag: str, value: list[ImportColumnInfo | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _IMPORT_COLUMN_INFO, item, encode_xml_import_column_info)
    return element


def decode_json_list_of_import_column_info(data: Any, path: str) -> list[ImportColumnInfo | None]:
    return json_items_nillable(data, path, decode_json_import_column_info)


def encode_json_list_of_import_column_info(value: list[ImportColumnInfo | None]) -> list[Any]:
    return [(None if item is None else encode_json_import_column_info(item)) for item in value]


LIST_OF_IMPORT_COLUMN_INFO_CODEC = Codec(
    decode_xml_list_of_import_column_info,
    encode_xml_list_of_import_column_info,
    decode_json_list_of_import_column_info,
    encode_json_list_of_import_column_info,
)
