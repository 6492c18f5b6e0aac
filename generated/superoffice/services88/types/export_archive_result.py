"""Services88 types: ExportArchiveResult.

Used by the Archive, Targets agents.
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
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_BATCH_TASK_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}BatchTaskId"
_EXPORT_ARCHIVE_RESULT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ExportArchiveResult"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FILE_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FileName"
_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Message"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ExportArchiveResult(Carrier):
    """Carrier object for ExportArchiveResult. Services for the ExportArchiveResult Carrier is
    available from the Archive Agent.
    """

    batch_task_id: int | Unset = UNSET
    """Id of the BatchTask created. &lt;=0 if no BatchTask was created."""
    file_name: str | None | Unset = UNSET
    """The path to the output file created, if it exists. Will be an empty string if no file was
    created.
    """
    message: str | None | Unset = UNSET
    """Descriptive messages; errors, etc."""

    def to_xml(self) -> Element:
        return encode_xml_export_archive_result(None, _EXPORT_ARCHIVE_RESULT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ExportArchiveResult:
        return record_from_xml(decode_xml_export_archive_result, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_export_archive_result(self)

    @classmethod
    def from_json(cls, data: Any) -> ExportArchiveResult:
        return record_from_json(decode_json_export_archive_result, data)


_EXPORT_ARCHIVE_RESULT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "BatchTaskId",
        "FileName",
        "Message",
    )
)


def decode_xml_export_archive_result(element: Element) -> ExportArchiveResult:
    value = ExportArchiveResult()
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
        elif tag == _BATCH_TASK_ID:
            value.batch_task_id = read_int(child)
        elif tag == _FILE_NAME:
            value.file_name = child.text or empty_or_nil(child)
        elif tag == _MESSAGE:
            value.message = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_export_archive_result(
    parent: Element | None, tag: str, value: ExportArchiveResult
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _BATCH_TASK_ID, value.batch_task_id, write_int)
    put(element, _FILE_NAME, value.file_name, write_str)
    put(element, _MESSAGE, value.message, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_export_archive_result(data: Any, path: str) -> ExportArchiveResult:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ExportArchiveResult)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.batch_task_id = take_int(data, "BatchTaskId", path)
    value.file_name = take_str_nillable(data, "FileName", path)
    value.message = take_str_nillable(data, "Message", path)
    value.extra = (
        None
        if _EXPORT_ARCHIVE_RESULT_KEYS.issuperset(data)
        else json_extra(data, _EXPORT_ARCHIVE_RESULT_KEYS)
    )
    return value


def encode_json_export_archive_result(value: ExportArchiveResult) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "BatchTaskId", value.batch_task_id, json_write_int)
    put_json(result, "FileName", value.file_name, json_write_str)
    put_json(result, "Message", value.message, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


EXPORT_ARCHIVE_RESULT_CODEC = Codec(
    decode_xml_export_archive_result,
    encode_xml_export_archive_result,
    decode_json_export_archive_result,
    encode_json_export_archive_result,
)
