"""Services88 types: FindResults.

Used by the Find agent.
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
    take_int,
    take_nillable,
    write_int,
)
from .archive_column_info import (
    ArchiveColumnInfo,
    decode_json_list_of_archive_column_info,
    decode_xml_list_of_archive_column_info,
    encode_json_list_of_archive_column_info,
    encode_xml_list_of_archive_column_info,
)
from .archive_list_item import (
    ArchiveListItem,
    decode_json_list_of_archive_list_item,
    decode_xml_list_of_archive_list_item,
    encode_json_list_of_archive_list_item,
    encode_xml_list_of_archive_list_item,
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

_ARCHIVE_COLUMNS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchiveColumns"
_ARCHIVE_ROWS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchiveRows"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FIND_RESULTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FindResults"
_ROW_COUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RowCount"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class FindResults(Carrier):
    """Result carrier for the Find operation. It contains a set of column specifications, and a set
    of row, where each row contains the columns. The row set is the result of carrying out some
    search operation.

    Carrier object for FindResults. Services for the FindResults Carrier is available from the
    Find Agent.
    """

    archive_columns: list[ArchiveColumnInfo | None] | None | Unset = UNSET
    """Array of ColumnInfo column specifications"""
    archive_rows: list[ArchiveListItem | None] | None | Unset = UNSET
    """Array of archive list items, i.e., the service layer carrier for archive rows. These are the
    find results, represented as archive rows
    """
    row_count: int | Unset = UNSET
    """Count of rows, independent of paging. If you order up page 1 with page size 50, the row
    count may still be 279, that being the number of rows that would have been returned in a
    paging-off situation
    """

    def to_xml(self) -> Element:
        return encode_xml_find_results(None, _FIND_RESULTS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> FindResults:
        return record_from_xml(decode_xml_find_results, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_find_results(self)

    @classmethod
    def from_json(cls, data: Any) -> FindResults:
        return record_from_json(decode_json_find_results, data)


_FIND_RESULTS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ArchiveColumns",
        "ArchiveRows",
        "RowCount",
    )
)


def decode_xml_find_results(element: Element) -> FindResults:
    value = FindResults()
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
        elif tag == _ARCHIVE_COLUMNS:
            value.archive_columns = (
                None
                if child.get(XSI_NIL) in NIL
                else decode_xml_list_of_archive_column_info(child)
            )
        elif tag == _ARCHIVE_ROWS:
            value.archive_rows = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_archive_list_item(child)
            )
        elif tag == _ROW_COUNT:
            value.row_count = read_int(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_find_results(parent: Element | None, tag: str, value: FindResults) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ARCHIVE_COLUMNS, value.archive_columns, encode_xml_list_of_archive_column_info)
    put(element, _ARCHIVE_ROWS, value.archive_rows, encode_xml_list_of_archive_list_item)
    put(element, _ROW_COUNT, value.row_count, write_int)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_find_results(data: Any, path: str) -> FindResults:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(FindResults)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.archive_columns = take_nillable(
        data, "ArchiveColumns", path, decode_json_list_of_archive_column_info
    )
    value.archive_rows = take_nillable(
        data, "ArchiveRows", path, decode_json_list_of_archive_list_item
    )
    value.row_count = take_int(data, "RowCount", path)
    value.extra = (
        None if _FIND_RESULTS_KEYS.issuperset(data) else json_extra(data, _FIND_RESULTS_KEYS)
    )
    return value


def encode_json_find_results(value: FindResults) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(
        result, "ArchiveColumns", value.archive_columns, encode_json_list_of_archive_column_info
    )
    put_json(result, "ArchiveRows", value.archive_rows, encode_json_list_of_archive_list_item)
    put_json(result, "RowCount", value.row_count, json_write_int)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


FIND_RESULTS_CODEC = Codec(
    decode_xml_find_results,
    encode_xml_find_results,
    decode_json_find_results,
    encode_json_find_results,
)
