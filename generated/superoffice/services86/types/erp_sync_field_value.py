"""Services86 types: ArrayOfErpSyncFieldValue, ErpSyncFieldValue.

Used by the ErpSync agent.
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

_CRM_FIELD_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services86}CrmFieldKey"
_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services86}DisplayName"
_DISPLAY_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services86}DisplayValue"
_ERP_SYNC_FIELD_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services86}ErpSyncFieldValue"
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services86}FieldProperties"
_SYNC_TO_CRM = "{http://www.superoffice.net/ws/crm/NetServer/Services86}SyncToCrm"
_SYNC_TO_ERP = "{http://www.superoffice.net/ws/crm/NetServer/Services86}SyncToErp"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services86}TableRight"
_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services86}Value"


@dataclasses.dataclass(kw_only=True, repr=False)
class ErpSyncFieldValue(Carrier):
    """Carrier object for ErpSyncFieldValue. Services for the ErpSyncFieldValue Carrier is
    available from the ErpSync Agent.
    """

    display_name: str | None | Unset = UNSET
    crm_field_key: str | None | Unset = UNSET
    """The CRM field name, as implemented by the Sync entities"""
    value: str | None | Unset = UNSET
    display_value: str | None | Unset = UNSET
    sync_to_crm: bool | Unset = UNSET
    """Should value changes in ERP be automatically transferred to CRM"""
    sync_to_erp: bool | Unset = UNSET
    """Should value changes in CRM be automatically transferred to ERP"""

    def to_xml(self) -> Element:
        return encode_xml_erp_sync_field_value(None, _ERP_SYNC_FIELD_VALUE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ErpSyncFieldValue:
        return record_from_xml(decode_xml_erp_sync_field_value, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_erp_sync_field_value(self)

    @classmethod
    def from_json(cls, data: Any) -> ErpSyncFieldValue:
        return record_from_json(decode_json_erp_sync_field_value, data)


_ERP_SYNC_FIELD_VALUE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "DisplayName",
        "CrmFieldKey",
        "Value",
        "DisplayValue",
        "SyncToCrm",
        "SyncToErp",
    )
)


def decode_xml_erp_sync_field_value(element: Element) -> ErpSyncFieldValue:
    value = ErpSyncFieldValue()
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
        elif tag == _DISPLAY_NAME:
            value.display_name = child.text or empty_or_nil(child)
        elif tag == _CRM_FIELD_KEY:
            value.crm_field_key = child.text or empty_or_nil(child)
        elif tag == _VALUE:
            value.value = child.text or empty_or_nil(child)
        elif tag == _DISPLAY_VALUE:
            value.display_value = child.text or empty_or_nil(child)
        elif tag == _SYNC_TO_CRM:
            value.sync_to_crm = read_bool(child)
        elif tag == _SYNC_TO_ERP:
            value.sync_to_erp = read_bool(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_erp_sync_field_value(
    parent: Element | None, tag: str, value: ErpSyncFieldValue
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _DISPLAY_NAME, value.display_name, write_str)
    put(element, _CRM_FIELD_KEY, value.crm_field_key, write_str)
    put(element, _VALUE, value.value, write_str)
    put(element, _DISPLAY_VALUE, value.display_value, write_str)
    put(element, _SYNC_TO_CRM, value.sync_to_crm, write_bool)
    put(element, _SYNC_TO_ERP, value.sync_to_erp, write_bool)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_erp_sync_field_value(data: Any, path: str) -> ErpSyncFieldValue:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ErpSyncFieldValue)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.display_name = take_str_nillable(data, "DisplayName", path)
    value.crm_field_key = take_str_nillable(data, "CrmFieldKey", path)
    value.value = take_str_nillable(data, "Value", path)
    value.display_value = take_str_nillable(data, "DisplayValue", path)
    value.sync_to_crm = take_bool(data, "SyncToCrm", path)
    value.sync_to_erp = take_bool(data, "SyncToErp", path)
    value.extra = (
        None
        if _ERP_SYNC_FIELD_VALUE_KEYS.issuperset(data)
        else json_extra(data, _ERP_SYNC_FIELD_VALUE_KEYS)
    )
    return value


def encode_json_erp_sync_field_value(value: ErpSyncFieldValue) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "DisplayName", value.display_name, json_write_str)
    put_json(result, "CrmFieldKey", value.crm_field_key, json_write_str)
    put_json(result, "Value", value.value, json_write_str)
    put_json(result, "DisplayValue", value.display_value, json_write_str)
    put_json(result, "SyncToCrm", value.sync_to_crm, json_write_bool)
    put_json(result, "SyncToErp", value.sync_to_erp, json_write_bool)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ERP_SYNC_FIELD_VALUE_CODEC = Codec(
    decode_xml_erp_sync_field_value,
    encode_xml_erp_sync_field_value,
    decode_json_erp_sync_field_value,
    encode_json_erp_sync_field_value,
)


def decode_xml_list_of_erp_sync_field_value(element: Element) -> list[ErpSyncFieldValue | None]:
    """``ArrayOfErpSyncFieldValue``: a list of ``ErpSyncFieldValue`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_erp_sync_field_value(child))
        for child in element
        if child.tag == _ERP_SYNC_FIELD_VALUE
    ]


def encode_xml_list_of_erp_sync_field_value(
    parent: Element | None, tag: str, value: list[ErpSyncFieldValue | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ERP_SYNC_FIELD_VALUE, item, encode_xml_erp_sync_field_value)
    return element


def decode_json_list_of_erp_sync_field_value(
    data: Any, path: str
) -> list[ErpSyncFieldValue | None]:
    return json_items_nillable(data, path, decode_json_erp_sync_field_value)


def encode_json_list_of_erp_sync_field_value(value: list[ErpSyncFieldValue | None]) -> list[Any]:
    return [(None if item is None else encode_json_erp_sync_field_value(item)) for item in value]


LIST_OF_ERP_SYNC_FIELD_VALUE_CODEC = Codec(
    decode_xml_list_of_erp_sync_field_value,
    encode_xml_list_of_erp_sync_field_value,
    decode_json_list_of_erp_sync_field_value,
    encode_json_list_of_erp_sync_field_value,
)
