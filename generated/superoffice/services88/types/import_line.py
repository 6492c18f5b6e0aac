"""Services88 types: ArrayOfImportLine, ImportLine.

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
    take,
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
from .import_action import (
    ImportAction,
    decode_json_import_action,
    decode_xml_import_action,
    encode_json_import_action,
    encode_xml_import_action,
)
from .import_entity_type import (
    ImportEntityType,
    decode_json_import_entity_type,
    decode_xml_import_entity_type,
    encode_json_import_entity_type,
    encode_xml_import_entity_type,
)
from .list_of_str import (
    decode_json_list_of_str,
    decode_xml_list_of_str,
    encode_json_list_of_str,
    encode_xml_list_of_str,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_EXTERNAL_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExternalKey"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IMPORT_LINE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ImportLine"
_OPERATION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Operation"
_SELECTED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Selected"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Type"
_VALUES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Values"


@dataclasses.dataclass(kw_only=True, repr=False)
class ImportLine(Carrier):
    """Used to import data into the system. Representing one entity that will be imported.

    Carrier object for ImportLine. Services for the ImportLine Carrier is available from the
    Import Agent.
    """

    values: list[str | None] | None | Unset = UNSET
    """An array of the values that will be imported on the entity"""
    selected: bool | Unset = UNSET
    """True if the entity shall be imported, false if the entity shall be ignored"""
    operation: ImportAction | str | Unset = UNSET
    """Which operation will be used? This is a read-only property"""
    type: ImportEntityType | str | Unset = UNSET
    """Which entity type will be created? This is a read-only property"""
    external_key: str | None | Unset = UNSET
    """Optional external primary key for the row"""

    def to_xml(self) -> Element:
        return encode_xml_import_line(None, _IMPORT_LINE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ImportLine:
        return record_from_xml(decode_xml_import_line, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_import_line(self)

    @classmethod
    def from_json(cls, data: Any) -> ImportLine:
        return record_from_json(decode_json_import_line, data)


_IMPORT_LINE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Values",
        "Selected",
        "Operation",
        "Type",
        "ExternalKey",
    )
)


def decode_xml_import_line(element: Element) -> ImportLine:
    value = ImportLine()
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
        elif tag == _VALUES:
            value.values = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
        elif tag == _SELECTED:
            value.selected = read_bool(child)
        elif tag == _OPERATION:
            value.operation = decode_xml_import_action(child)
        elif tag == _TYPE:
            value.type = decode_xml_import_entity_type(child)
        elif tag == _EXTERNAL_KEY:
            value.external_key = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_import_line(parent: Element | None, tag: str, value: ImportLine) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _VALUES, value.values, encode_xml_list_of_str)
    put(element, _SELECTED, value.selected, write_bool)
    put(element, _OPERATION, value.operation, encode_xml_import_action)
    put(element, _TYPE, value.type, encode_xml_import_entity_type)
    put(element, _EXTERNAL_KEY, value.external_key, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_import_line(data: Any, path: str) -> ImportLine:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ImportLine)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.values = take_nillable(data, "Values", path, decode_json_list_of_str)
    value.selected = take_bool(data, "Selected", path)
    value.operation = take(data, "Operation", path, decode_json_import_action)
    value.type = take(data, "Type", path, decode_json_import_entity_type)
    value.external_key = take_str_nillable(data, "ExternalKey", path)
    value.extra = (
        None if _IMPORT_LINE_KEYS.issuperset(data) else json_extra(data, _IMPORT_LINE_KEYS)
    )
    return value


def encode_json_import_line(value: ImportLine) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Values", value.values, encode_json_list_of_str)
    put_json(result, "Selected", value.selected, json_write_bool)
    put_json(result, "Operation", value.operation, encode_json_import_action)
    put_json(result, "Type", value.type, encode_json_import_entity_type)
    put_json(result, "ExternalKey", value.external_key, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


IMPORT_LINE_CODEC = Codec(
    decode_xml_import_line,
    encode_xml_import_line,
    decode_json_import_line,
    encode_json_import_line,
)


def decode_xml_list_of_import_line(element: Element) -> list[ImportLine | None]:
    """``ArrayOfImportLine``: a list of ``ImportLine`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_import_line(child))
        for child in element
        if child.tag == _IMPORT_LINE
    ]


def encode_xml_list_of_import_line(
    parent: Element | None, tag: str, value: list[ImportLine | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _IMPORT_LINE, item, encode_xml_import_line)
    return element


def decode_json_list_of_import_line(data: Any, path: str) -> list[ImportLine | None]:
    return json_items_nillable(data, path, decode_json_import_line)


def encode_json_list_of_import_line(value: list[ImportLine | None]) -> list[Any]:
    return [(None if item is None else encode_json_import_line(item)) for item in value]


LIST_OF_IMPORT_LINE_CODEC = Codec(
    decode_xml_list_of_import_line,
    encode_xml_list_of_import_line,
    decode_json_list_of_import_line,
    encode_json_list_of_import_line,
)
