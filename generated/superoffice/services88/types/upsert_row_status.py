"""Services88 types: ArrayOfUpsertRowStatus, UpsertRowStatus.

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
    json_extra,
    json_items_nillable,
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
    take,
    take_int,
    take_nillable,
    write_int,
)
from .carrier import Carrier
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
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
from .upsert_row_action_status import (
    UpsertRowActionStatus,
    decode_json_upsert_row_action_status,
    decode_xml_upsert_row_action_status,
    encode_json_upsert_row_action_status,
    encode_xml_upsert_row_action_status,
)

_ACTION = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Action"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_PRIMARY_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PrimaryKey"
_ROW_KEYS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RowKeys"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"
_UPSERT_ROW_STATUS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}UpsertRowStatus"


@dataclasses.dataclass(kw_only=True, repr=False)
class UpsertRowStatus(Carrier):
    """Information about a row of the results of a mass-update operation

    Carrier object for UpsertRowStatus. Services for the UpsertRowStatus Carrier is available
    from the DatabaseTable Agent.
    """

    primary_key: int | Unset = UNSET
    """The primary key of the target table, that matches the keys specified in the data row"""
    action: UpsertRowActionStatus | str | Unset = UNSET
    """Actiona taken for row"""
    row_keys: list[str | None] | None | Unset = UNSET
    """The key values given in the incoming 'data' parameter to the Upsert call, in the order they
    were speicifed in the 'keys' array
    """

    def to_xml(self) -> Element:
        return encode_xml_upsert_row_status(None, _UPSERT_ROW_STATUS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> UpsertRowStatus:
        return record_from_xml(decode_xml_upsert_row_status, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_upsert_row_status(self)

    @classmethod
    def from_json(cls, data: Any) -> UpsertRowStatus:
        return record_from_json(decode_json_upsert_row_status, data)


_UPSERT_ROW_STATUS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "PrimaryKey",
        "Action",
        "RowKeys",
    )
)


def decode_xml_upsert_row_status(element: Element) -> UpsertRowStatus:
    value = UpsertRowStatus()
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
        elif tag == _PRIMARY_KEY:
            value.primary_key = read_int(child)
        elif tag == _ACTION:
            value.action = decode_xml_upsert_row_action_status(child)
        elif tag == _ROW_KEYS:
            value.row_keys = None if child.get(XSI_NIL) in NIL else decode_xml_list_of_str(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_upsert_row_status(
    parent: Element | None, tag: str, value: UpsertRowStatus
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _PRIMARY_KEY, value.primary_key, write_int)
    put(element, _ACTION, value.action, encode_xml_upsert_row_action_status)
    put(element, _ROW_KEYS, value.row_keys, encode_xml_list_of_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_upsert_row_status(data: Any, path: str) -> UpsertRowStatus:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(UpsertRowStatus)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.primary_key = take_int(data, "PrimaryKey", path)
    value.action = take(data, "Action", path, decode_json_upsert_row_action_status)
    value.row_keys = take_nillable(data, "RowKeys", path, decode_json_list_of_str)
    value.extra = (
        None
        if _UPSERT_ROW_STATUS_KEYS.issuperset(data)
        else json_extra(data, _UPSERT_ROW_STATUS_KEYS)
    )
    return value


def encode_json_upsert_row_status(value: UpsertRowStatus) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "PrimaryKey", value.primary_key, json_write_int)
    put_json(result, "Action", value.action, encode_json_upsert_row_action_status)
    put_json(result, "RowKeys", value.row_keys, encode_json_list_of_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


UPSERT_ROW_STATUS_CODEC = Codec(
    decode_xml_upsert_row_status,
    encode_xml_upsert_row_status,
    decode_json_upsert_row_status,
    encode_json_upsert_row_status,
)


def decode_xml_list_of_upsert_row_status(element: Element) -> list[UpsertRowStatus | None]:
    """``ArrayOfUpsertRowStatus``: a list of ``UpsertRowStatus`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_upsert_row_status(child))
        for child in element
        if child.tag == _UPSERT_ROW_STATUS
    ]


def encode_xml_list_of_upsert_row_status(
    parent: Element | None, tag: str, value: list[UpsertRowStatus | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _UPSERT_ROW_STATUS, item, encode_xml_upsert_row_status)
    return element


def decode_json_list_of_upsert_row_status(data: Any, path: str) -> list[UpsertRowStatus | None]:
    return json_items_nillable(data, path, decode_json_upsert_row_status)


def encode_json_list_of_upsert_row_status(value: list[UpsertRowStatus | None]) -> list[Any]:
    return [(None if item is None else encode_json_upsert_row_status(item)) for item in value]


LIST_OF_UPSERT_ROW_STATUS_CODEC = Codec(
    decode_xml_list_of_upsert_row_status,
    encode_xml_list_of_upsert_row_status,
    decode_json_list_of_upsert_row_status,
    encode_json_list_of_upsert_row_status,
)
