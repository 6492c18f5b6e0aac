"""Services88 types: MassOperationResult.

Used by the DatabaseTable agent.
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
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
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
from .upsert_row_status import (
    UpsertRowStatus,
    decode_json_list_of_upsert_row_status,
    decode_xml_list_of_upsert_row_status,
    encode_json_list_of_upsert_row_status,
    encode_xml_list_of_upsert_row_status,
)

_DELETES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Deletes"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_INSERTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Inserts"
_MASS_OPERATION_RESULT = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}MassOperationResult"
)
_MESSAGE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Message"
_ROW_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RowStatus"
_SUCCESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Success"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPDATES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Updates"


@dataclasses.dataclass(kw_only=True, repr=False)
class MassOperationResult(Carrier):
    """Information about the results of a mass-update operation

    Carrier object for MassOperationResult. Services for the MassOperationResult Carrier is
    available from the DatabaseTable Agent.
    """

    success: bool | Unset = UNSET
    """Did the operation succeed"""
    message: str | None | Unset = UNSET
    """Any message from the method, including timing data"""
    inserts: int | Unset = UNSET
    """Number of rows inserted"""
    updates: int | Unset = UNSET
    """Number of rows updated"""
    deletes: int | Unset = UNSET
    """Number of rows deleted / zeroed"""
    row_status: list[UpsertRowStatus | None] | None | Unset = UNSET
    """Array of statuses and primary keys for all rows that were specified. Populated if the
    'ReturnRowStatus' parameter of 'Upsert' is set, otherwise null
    """

    def to_xml(self) -> Element:
        return encode_xml_mass_operation_result(None, _MASS_OPERATION_RESULT, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> MassOperationResult:
        return record_from_xml(decode_xml_mass_operation_result, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_mass_operation_result(self)

    @classmethod
    def from_json(cls, data: Any) -> MassOperationResult:
        return record_from_json(decode_json_mass_operation_result, data)


_MASS_OPERATION_RESULT_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "Success",
        "Message",
        "Inserts",
        "Updates",
        "Deletes",
        "RowStatus",
    )
)


def decode_xml_mass_operation_result(element: Element) -> MassOperationResult:
    value = MassOperationResult()
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
        elif tag == _SUCCESS:
            value.success = read_bool(child)
        elif tag == _MESSAGE:
            value.message = child.text or empty_or_nil(child)
        elif tag == _INSERTS:
            value.inserts = read_int(child)
        elif tag == _UPDATES:
            value.updates = read_int(child)
        elif tag == _DELETES:
            value.deletes = read_int(child)
        elif tag == _ROW_STATUS:
            value.row_status = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_upsert_row_status(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_mass_operation_result(
    parent: Element | None, tag: str, value: MassOperationResult
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _SUCCESS, value.success, write_bool)
    put(element, _MESSAGE, value.message, write_str)
    put(element, _INSERTS, value.inserts, write_int)
    put(element, _UPDATES, value.updates, write_int)
    put(element, _DELETES, value.deletes, write_int)
    put(element, _ROW_STATUS, value.row_status, encode_xml_list_of_upsert_row_status)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_mass_operation_result(data: Any, path: str) -> MassOperationResult:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(MassOperationResult)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.success = take_bool(data, "Success", path)
    value.message = take_str_nillable(data, "Message", path)
    value.inserts = take_int(data, "Inserts", path)
    value.updates = take_int(data, "Updates", path)
    value.deletes = take_int(data, "Deletes", path)
    value.row_status = take_nillable(
        data, "RowStatus", path, decode_json_list_of_upsert_row_status
    )
    value.extra = (
        None
        if _MASS_OPERATION_RESULT_KEYS.issuperset(data)
        else json_extra(data, _MASS_OPERATION_RESULT_KEYS)
    )
    return value


def encode_json_mass_operation_result(value: MassOperationResult) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "Success", value.success, json_write_bool)
    put_json(result, "Message", value.message, json_write_str)
    put_json(result, "Inserts", value.inserts, json_write_int)
    put_json(result, "Updates", value.updates, json_write_int)
    put_json(result, "Deletes", value.deletes, json_write_int)
    put_json(result, "RowStatus", value.row_status, encode_json_list_of_upsert_row_status)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


MASS_OPERATION_RESULT_CODEC = Codec(
    decode_xml_mass_operation_result,
    encode_xml_mass_operation_result,
    decode_json_mass_operation_result,
    encode_json_mass_operation_result,
)
