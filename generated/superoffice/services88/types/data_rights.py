"""Services88 types: DataRights.

Used by the User agent.
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
from .data_right import (
    DataRight,
    decode_json_list_of_list_of_data_right,
    decode_xml_list_of_list_of_data_right,
    encode_json_list_of_list_of_data_right,
    encode_xml_list_of_list_of_data_right,
)
from .entity_name import (
    EntityName,
    decode_json_list_of_entity_name,
    decode_xml_list_of_entity_name,
    encode_json_list_of_entity_name,
    encode_xml_list_of_entity_name,
)
from .field_property import (
    decode_json_field_property_dictionary,
    decode_xml_field_property_dictionary,
    encode_json_field_property_dictionary,
    encode_xml_field_property_dictionary,
)
from .relation_to_owner import (
    RelationToOwner,
    decode_json_list_of_relation_to_owner,
    decode_xml_list_of_relation_to_owner,
    encode_json_list_of_relation_to_owner,
    encode_xml_list_of_relation_to_owner,
)
from .table_right import (
    decode_json_table_right,
    decode_xml_table_right,
    encode_json_table_right,
    encode_xml_table_right,
)

_COLUMNS_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ColumnsInfo"
_DATA_RIGHTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DataRights"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_RIGHTS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Rights"
_ROWS_INFO = "{http://www.superoffice.net/ws/crm/NetServer/Services88}RowsInfo"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class DataRights(Carrier):
    """Carrier object for DataRights. Services for the DataRights Carrier is available from the
    User Agent.
    """

    columns_info: list[RelationToOwner | None] | None | Unset = UNSET
    rows_info: list[EntityName | None] | None | Unset = UNSET
    rights: list[list[DataRight | None] | None] | None | Unset = UNSET

    def to_xml(self) -> Element:
        return encode_xml_data_rights(None, _DATA_RIGHTS, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> DataRights:
        return record_from_xml(decode_xml_data_rights, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_data_rights(self)

    @classmethod
    def from_json(cls, data: Any) -> DataRights:
        return record_from_json(decode_json_data_rights, data)


_DATA_RIGHTS_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ColumnsInfo",
        "RowsInfo",
        "Rights",
    )
)


def decode_xml_data_rights(element: Element) -> DataRights:
    value = DataRights()
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
        elif tag == _COLUMNS_INFO:
            value.columns_info = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_relation_to_owner(child)
            )
        elif tag == _ROWS_INFO:
            value.rows_info = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_entity_name(child)
            )
        elif tag == _RIGHTS:
            value.rights = (
                None if child.get(XSI_NIL) in NIL else decode_xml_list_of_list_of_data_right(child)
            )
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_data_rights(parent: Element | None, tag: str, value: DataRights) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _COLUMNS_INFO, value.columns_info, encode_xml_list_of_relation_to_owner)
    put(element, _ROWS_INFO, value.rows_info, encode_xml_list_of_entity_name)
    put(element, _RIGHTS, value.rights, encode_xml_list_of_list_of_data_right)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_data_rights(data: Any, path: str) -> DataRights:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(DataRights)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.columns_info = take_nillable(
        data, "ColumnsInfo", path, decode_json_list_of_relation_to_owner
    )
    value.rows_info = take_nillable(data, "RowsInfo", path, decode_json_list_of_entity_name)
    value.rights = take_nillable(data, "Rights", path, decode_json_list_of_list_of_data_right)
    value.extra = (
        None if _DATA_RIGHTS_KEYS.issuperset(data) else json_extra(data, _DATA_RIGHTS_KEYS)
    )
    return value


def encode_json_data_rights(value: DataRights) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ColumnsInfo", value.columns_info, encode_json_list_of_relation_to_owner)
    put_json(result, "RowsInfo", value.rows_info, encode_json_list_of_entity_name)
    put_json(result, "Rights", value.rights, encode_json_list_of_list_of_data_right)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


DATA_RIGHTS_CODEC = Codec(
    decode_xml_data_rights,
    encode_xml_data_rights,
    decode_json_data_rights,
    encode_json_data_rights,
)
