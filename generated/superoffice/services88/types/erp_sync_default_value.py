"""Services88 types: ErpSyncDefaultValue.

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
    take,
    take_bool,
    take_int,
    take_nillable,
    take_str_nillable,
    write_bool,
    write_int,
    write_str,
)
from .carrier import Carrier
from .field_access import (
    FieldAccess,
    decode_json_field_access,
    decode_xml_field_access,
    encode_json_field_access,
    encode_xml_field_access,
)
from .field_metadata_type import (
    FieldMetadataType,
    decode_json_field_metadata_type,
    decode_xml_field_metadata_type,
    encode_json_field_metadata_type,
    encode_xml_field_metadata_type,
)
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

_ACCESS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Access"
_DEFAULT_VALUE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}DefaultValue"
_ERP_FIELD_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpFieldId"
_ERP_FIELD_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpFieldKey"
_ERP_SYNC_DEFAULT_VALUE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpSyncDefaultValue"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FIELD_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldType"
_FIRST_SYNC_DEFAULT_VALUE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}FirstSyncDefaultValue"
)
_HAS_FIRST_SYNC_DEFAULT_VALUE = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}HasFirstSyncDefaultValue"
)
_LIST_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ListName"
_MANDATORY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}Mandatory"
_PROMPT_USER = "{http://www.superoffice.net/ws/crm/NetServer/Services88}PromptUser"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ErpSyncDefaultValue(Carrier):
    """Contains default value information for one ERP field

    Carrier object for ErpSyncDefaultValue. Services for the ErpSyncDefaultValue Carrier is
    available from the ErpSync Agent.
    """

    erp_field_id: int | Unset = UNSET
    """Primary key"""
    default_value: str | None | Unset = UNSET
    """Default value, stored using CultureDataFormatter format if it is not a string"""
    has_first_sync_default_value: bool | Unset = UNSET
    """Should a default value be set on first sync"""
    first_sync_default_value: str | None | Unset = UNSET
    """The default value to be set, can be blank"""
    prompt_user: bool | Unset = UNSET
    """Should the field be shown in the first-sync GUI; independent of whether a default value
    should be set
    """
    mandatory: bool | Unset = UNSET
    """Should the user be forced to set a value (the Erp Connector may declare fields mandatory as
    well)
    """
    erp_field_key: str | None | Unset = UNSET
    """The ERP field key"""
    field_type: FieldMetadataType | str | Unset = UNSET
    """Field type"""
    list_name: str | None | Unset = UNSET
    """The ERP list name, if the field has a list of values supplied by the ERP Connector"""
    access: FieldAccess | str | Unset = UNSET
    """Access restrictions for the field"""

    def to_xml(self) -> Element:
        return encode_xml_erp_sync_default_value(None, _ERP_SYNC_DEFAULT_VALUE, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ErpSyncDefaultValue:
        return record_from_xml(decode_xml_erp_sync_default_value, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_erp_sync_default_value(self)

    @classmethod
    def from_json(cls, data: Any) -> ErpSyncDefaultValue:
        return record_from_json(decode_json_erp_sync_default_value, data)


_ERP_SYNC_DEFAULT_VALUE_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ErpFieldId",
        "DefaultValue",
        "HasFirstSyncDefaultValue",
        "FirstSyncDefaultValue",
        "PromptUser",
        "Mandatory",
        "ErpFieldKey",
        "FieldType",
        "ListName",
        "Access",
    )
)


def decode_xml_erp_sync_default_value(element: Element) -> ErpSyncDefaultValue:
    value = ErpSyncDefaultValue()
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
        elif tag == _ERP_FIELD_ID:
            value.erp_field_id = read_int(child)
        elif tag == _DEFAULT_VALUE:
            value.default_value = child.text or empty_or_nil(child)
        elif tag == _HAS_FIRST_SYNC_DEFAULT_VALUE:
            value.has_first_sync_default_value = read_bool(child)
        elif tag == _FIRST_SYNC_DEFAULT_VALUE:
            value.first_sync_default_value = child.text or empty_or_nil(child)
        elif tag == _PROMPT_USER:
            value.prompt_user = read_bool(child)
        elif tag == _MANDATORY:
            value.mandatory = read_bool(child)
        elif tag == _ERP_FIELD_KEY:
            value.erp_field_key = child.text or empty_or_nil(child)
        elif tag == _FIELD_TYPE:
            value.field_type = decode_xml_field_metadata_type(child)
        elif tag == _LIST_NAME:
            value.list_name = child.text or empty_or_nil(child)
        elif tag == _ACCESS:
            value.access = decode_xml_field_access(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_erp_sync_default_value(
    parent: Element | None, tag: str, value: ErpSyncDefaultValue
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ERP_FIELD_ID, value.erp_field_id, write_int)
    put(element, _DEFAULT_VALUE, value.default_value, write_str)
    put(element, _HAS_FIRST_SYNC_DEFAULT_VALUE, value.has_first_sync_default_value, write_bool)
    put(element, _FIRST_SYNC_DEFAULT_VALUE, value.first_sync_default_value, write_str)
    put(element, _PROMPT_USER, value.prompt_user, write_bool)
    put(element, _MANDATORY, value.mandatory, write_bool)
    put(element, _ERP_FIELD_KEY, value.erp_field_key, write_str)
    put(element, _FIELD_TYPE, value.field_type, encode_xml_field_metadata_type)
    put(element, _LIST_NAME, value.list_name, write_str)
    put(element, _ACCESS, value.access, encode_xml_field_access)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_erp_sync_default_value(data: Any, path: str) -> ErpSyncDefaultValue:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ErpSyncDefaultValue)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.erp_field_id = take_int(data, "ErpFieldId", path)
    value.default_value = take_str_nillable(data, "DefaultValue", path)
    value.has_first_sync_default_value = take_bool(data, "HasFirstSyncDefaultValue", path)
    value.first_sync_default_value = take_str_nillable(data, "FirstSyncDefaultValue", path)
    value.prompt_user = take_bool(data, "PromptUser", path)
    value.mandatory = take_bool(data, "Mandatory", path)
    value.erp_field_key = take_str_nillable(data, "ErpFieldKey", path)
    value.field_type = take(data, "FieldType", path, decode_json_field_metadata_type)
    value.list_name = take_str_nillable(data, "ListName", path)
    value.access = take(data, "Access", path, decode_json_field_access)
    value.extra = (
        None
        if _ERP_SYNC_DEFAULT_VALUE_KEYS.issuperset(data)
        else json_extra(data, _ERP_SYNC_DEFAULT_VALUE_KEYS)
    )
    return value


def encode_json_erp_sync_default_value(value: ErpSyncDefaultValue) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ErpFieldId", value.erp_field_id, json_write_int)
    put_json(result, "DefaultValue", value.default_value, json_write_str)
    put_json(
        result, "HasFirstSyncDefaultValue", value.has_first_sync_default_value, json_write_bool
    )
    put_json(result, "FirstSyncDefaultValue", value.first_sync_default_value, json_write_str)
    put_json(result, "PromptUser", value.prompt_user, json_write_bool)
    put_json(result, "Mandatory", value.mandatory, json_write_bool)
    put_json(result, "ErpFieldKey", value.erp_field_key, json_write_str)
    put_json(result, "FieldType", value.field_type, encode_json_field_metadata_type)
    put_json(result, "ListName", value.list_name, json_write_str)
    put_json(result, "Access", value.access, encode_json_field_access)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ERP_SYNC_DEFAULT_VALUE_CODEC = Codec(
    decode_xml_erp_sync_default_value,
    encode_xml_erp_sync_default_value,
    decode_json_erp_sync_default_value,
    encode_json_erp_sync_default_value,
)
