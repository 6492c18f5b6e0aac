"""Services88 types: ArchiveListResult.

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

_ARCHIVE_LIST_RESULT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ArchiveListResult"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_ROWS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rows"
_ROW_COUNT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RowCount"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ArchiveListResult(Carrier):
    """Header/Detail variant of archive result, with a Row Count plus the actual rows. Future
    extensions may include other header data on the same level as the RowCount

    Carrier object for ArchiveListResult. Services for the ArchiveListResult Carrier is
    available from the Archive Agent.
    """

    row_count: int | Unset = UNSET
    """Count of rows, independent of paging. If you order up page 1 with page size 50, the row
    count may still be 279, that being the number of rows that would have been returned in a
    paging-off situation
    """
    rows: list[ArchiveListItem | None] | None | Unset = UNSET
    """The actual rows, according to the paging info, of the result. See RowCount for a
    paging-independent count estimate
    """

    def to_xml(self) -> Element:
        return encode_xml_archive_list_result(None, _ARCHIVE_LIST_RESULT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ArchiveListResult:
        return record_from_xml(decode_xml_archive_list_result, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_archive_list_result(self)

    @classmethod
    def from_json(cls, data: Any) -> ArchiveListResult:
        return record_from_json(decode_json_archive_list_result, data)


_ARCHIVE_LIST_RESULT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "RowCount",
        "Rows",
    )
)


def decode_xml_archive_list_result(element: Element) -> ArchiveListResult:
    value = ArchiveListResult()
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
        elif tag == _ROW_COUNT:
            value.row_count = read_int(child)
        elif tag == _ROWS:
            value.rows = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_archive_list_item(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_archive_list_result(
    parent: Element | None, tag: str, value: ArchiveListResult
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ROW_COUNT, value.row_count, write_int)
    put(element, _ROWS, value.rows, encode_xml_list_of_archive_list_item)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_archive_list_result(data: Any, path: str) -> ArchiveListResult:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ArchiveListResult)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.row_count = take_int(data, "RowCount", path)
    value.rows = take_nillable(data, "Rows", path, decode_json_list_of_archive_list_item)
    value.extra = (
        None
        if _ARCHIVE_LIST_RESULT_KEYS.issuperset(data)
        else json_extra(data, _ARCHIVE_LIST_RESULT_KEYS)
    )
    return value


def encode_json_archive_list_result(value: ArchiveListResult) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "RowCount", value.row_count, json_write_int)
    put_json(result, "Rows", value.rows, encode_json_list_of_archive_list_item)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ARCHIVE_LIST_RESULT_CODEC = Codec(
    decode_xml_archive_list_result,
    encode_xml_archive_list_result,
    decode_json_archive_list_result,
    encode_json_archive_list_result,
)
