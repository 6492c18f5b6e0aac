"""Services88 types: ImportErpData.

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
    json_extra,
    json_object,
    keep_element,
    new_child,
    put,
    put_json,
    record_from_json,
    record_from_xml,
    restore_elements,
    restore_members,
    take_nillable,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .import_column_info import (
    ImportColumnInfo,
    decode_json_list_of_import_column_info,
    decode_xml_list_of_import_column_info,
    encode_json_list_of_import_column_info,
    encode_xml_list_of_import_column_info,
)
from .import_line import (
    ImportLine,
    decode_json_list_of_import_line,
    decode_xml_list_of_import_line,
    encode_json_list_of_import_line,
    encode_xml_list_of_import_line,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_COLUMN_INFOS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ColumnInfos"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_IMPORT_ERP_DATA = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ImportErpData"
_IMPORT_LINES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ImportLines"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ImportErpData(Carrier):
    """Used to import data into the system. Representing one entity that will be imported.

    Carrier object for ImportErpData. Services for the ImportErpData Carrier is available from
    the Import Agent.
    """

    import_lines: list[ImportLine | None] | None | Unset = UNSET
    """An array of Import lines"""
    column_infos: list[ImportColumnInfo | None] | None | Unset = UNSET
    """Array of column definitions"""

    def to_xml(self) -> Element:
        return encode_xml_import_erp_data(None, _IMPORT_ERP_DATA, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ImportErpData:
        return record_from_xml(decode_xml_import_erp_data, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_import_erp_data(self)

    @classmethod
    def from_json(cls, data: Any) -> ImportErpData:
        return record_from_json(decode_json_import_erp_data, data)


_IMPORT_ERP_DATA_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ImportLines",
        "ColumnInfos",
    )
)


def decode_xml_import_erp_data(element: Element) -> ImportErpData:
    value = ImportErpData()
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
        elif tag == _IMPORT_LINES:
            value.import_lines = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_import_line(child)
            )
        elif tag == _COLUMN_INFOS:
            value.column_infos = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_import_column_info(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_import_erp_data(parent: Element | None, tag: str, value: ImportErpData) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _IMPORT_LINES, value.import_lines, encode_xml_list_of_import_line)
    put(element, _COLUMN_INFOS, value.column_infos, encode_xml_list_of_import_column_info)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_import_erp_data(data: Any, path: str) -> ImportErpData:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ImportErpData)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.import_lines = take_nillable(data, "ImportLines", path, decode_json_list_of_import_line)
    value.column_infos = take_nillable(
        data, "ColumnInfos", path, decode_json_list_of_import_column_info
    )
    value.extra = (
        None if _IMPORT_ERP_DATA_KEYS.issuperset(data) else json_extra(data, _IMPORT_ERP_DATA_KEYS)
    )
    return value


def encode_json_import_erp_data(value: ImportErpData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ImportLines", value.import_lines, encode_json_list_of_import_line)
    put_json(result, "ColumnInfos", value.column_infos, encode_json_list_of_import_column_info)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


IMPORT_ERP_DATA_CODEC = Codec(
    decode_xml_import_erp_data,
    encode_xml_import_erp_data,
    decode_json_import_erp_data,
    encode_json_import_erp_data,
)
