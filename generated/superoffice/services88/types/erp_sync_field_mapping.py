"""Services88 types: ArrayOfErpSyncFieldMapping, ErpSyncFieldMapping.

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
_ALREADY_MAPPED = "{http://www.superoffice.net/ws/crm/NetServer/Services88}AlreadyMapped"
_CRM_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CrmDisplayName"
_CRM_DISPLAY_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CrmDisplayTooltip"
_CRM_FIELD_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}CrmFieldKey"
_ERP_DISPLAY_NAME = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpDisplayName"
_ERP_DISPLAY_TOOLTIP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpDisplayTooltip"
_ERP_FIELD_ID = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpFieldId"
_ERP_FIELD_KEY = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpFieldKey"
_ERP_SYNC_FIELD_MAPPING = (
    "{http://www.superoffice.net/ws/crm/NetServer/Services88}ErpSyncFieldMapping"
)
_FIELD_PROPERTIES = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldProperties"
_FIELD_TYPE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}FieldType"
_LIST_REFERENCE = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ListReference"
_MISSING_IN_CRM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MissingInCRM"
_MISSING_IN_ERP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}MissingInERP"
_SHOW_IN_GUI = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowInGui"
_SHOW_IN_SEARCH = "{http://www.superoffice.net/ws/crm/NetServer/Services88}ShowInSearch"
_SYNC_TO_CRM = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SyncToCrm"
_SYNC_TO_ERP = "{http://www.superoffice.net/ws/crm/NetServer/Services88}SyncToErp"
_TABLE_RIGHT = "{http://www.superoffice.net/ws/crm/NetServer/Services88}TableRight"


@dataclasses.dataclass(kw_only=True, repr=False)
class ErpSyncFieldMapping(Carrier):
    """Mapping information for one field pair (ERP &lt;-&gt; SuperOffice)

    Carrier object for ErpSyncFieldMapping. Services for the ErpSyncFieldMapping Carrier is
    available from the ErpSync Agent.
    """

    erp_field_id: int | Unset = UNSET
    """Primary key"""
    crm_field_key: str | None | Unset = UNSET
    """The CRM field name, as implemented by the Sync entities"""
    crm_display_name: str | None | Unset = UNSET
    """Display name of CRM field; ignored on Save"""
    crm_display_tooltip: str | None | Unset = UNSET
    """Tooltip text for CRM field; ignored on Save"""
    erp_field_key: str | None | Unset = UNSET
    """The ERP field key"""
    field_type: FieldMetadataType | str | Unset = UNSET
    """Field type"""
    erp_display_name: str | None | Unset = UNSET
    """Display name of ERP field; ignored on Save"""
    erp_display_tooltip: str | None | Unset = UNSET
    """Tooltip text for ERP field; ignored on Save"""
    sync_to_crm: bool | Unset = UNSET
    """Should value changes in ERP be automatically transferred to CRM"""
    sync_to_erp: bool | Unset = UNSET
    """Should value changes in CRM be automatically transferred to ERP"""
    show_in_gui: bool | Unset = UNSET
    """Should this field be shown as a (read-only!) field in the CRM Gui"""
    show_in_search: bool | Unset = UNSET
    """Should this field be shown in searches"""
    already_mapped: bool | Unset = UNSET
    """Is this ERPField already mapped in some other connection? If so, then it cannot be one-way
    mapped TO SuperOffice here
    """
    missing_in_erp: bool | Unset = UNSET
    """This field existed previously, but now the connection no longer supports it. Probably not a
    good sign, unmap it...
    """
    missing_in_crm: bool | Unset = UNSET
    """This field existed previously, but now CRM no longer supports it (udef change?). Probably
    not a good sign, unmap it...
    """
    access: FieldAccess | str | Unset = UNSET
    """Access restrictions for the field"""
    list_reference: str | None | Unset = UNSET
    """Field is read-only, for lookup in gui"""

    def to_xml(self) -> Element:
        return encode_xml_erp_sync_field_mapping(None, _ERP_SYNC_FIELD_MAPPING, self)

    @classmethod
    def from_xml(cls, element: Element | str | bytes) -> ErpSyncFieldMapping:
        return record_from_xml(decode_xml_erp_sync_field_mapping, element)

    def to_json(self) -> dict[str, Any]:
        return encode_json_erp_sync_field_mapping(self)

    @classmethod
    def from_json(cls, data: Any) -> ErpSyncFieldMapping:
        return record_from_json(decode_json_erp_sync_field_mapping, data)


_ERP_SYNC_FIELD_MAPPING_KEYS = frozenset(
    (
        "TableRight",
        "FieldProperties",
        "ErpFieldId",
        "CrmFieldKey",
        "CrmDisplayName",
        "CrmDisplayTooltip",
        "ErpFieldKey",
        "FieldType",
        "ErpDisplayName",
        "ErpDisplayTooltip",
        "SyncToCrm",
        "SyncToErp",
        "ShowInGui",
        "ShowInSearch",
        "AlreadyMapped",
        "MissingInERP",
        "MissingInCRM",
        "Access",
        "ListReference",
    )
)


def decode_xml_erp_sync_field_mapping(element: Element) -> ErpSyncFieldMapping:
    value = ErpSyncFieldMapping()
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
        elif tag == _CRM_FIELD_KEY:
            value.crm_field_key = child.text or empty_or_nil(child)
        elif tag == _CRM_DISPLAY_NAME:
            value.crm_display_name = child.text or empty_or_nil(child)
        elif tag == _CRM_DISPLAY_TOOLTIP:
            value.crm_display_tooltip = child.text or empty_or_nil(child)
        elif tag == _ERP_FIELD_KEY:
            value.erp_field_key = child.text or empty_or_nil(child)
        elif tag == _FIELD_TYPE:
            value.field_type = decode_xml_field_metadata_type(child)
        elif tag == _ERP_DISPLAY_NAME:
            value.erp_display_name = child.text or empty_or_nil(child)
        elif tag == _ERP_DISPLAY_TOOLTIP:
            value.erp_display_tooltip = child.text or empty_or_nil(child)
        elif tag == _SYNC_TO_CRM:
            value.sync_to_crm = read_bool(child)
        elif tag == _SYNC_TO_ERP:
            value.sync_to_erp = read_bool(child)
        elif tag == _SHOW_IN_GUI:
            value.show_in_gui = read_bool(child)
        elif tag == _SHOW_IN_SEARCH:
            value.show_in_search = read_bool(child)
        elif tag == _ALREADY_MAPPED:
            value.already_mapped = read_bool(child)
        elif tag == _MISSING_IN_ERP:
            value.missing_in_erp = read_bool(child)
        elif tag == _MISSING_IN_CRM:
            value.missing_in_crm = read_bool(child)
        elif tag == _ACCESS:
            value.access = decode_xml_field_access(child)
        elif tag == _LIST_REFERENCE:
            value.list_reference = child.text or empty_or_nil(child)
        else:
            value.extra = keep_element(value.extra, child, index)
    return value


def encode_xml_erp_sync_field_mapping(
    parent: Element | None, tag: str, value: ErpSyncFieldMapping
) -> Element:
    element = new_child(parent, tag)
    put(element, _TABLE_RIGHT, value.table_right, encode_xml_table_right)
    put(element, _FIELD_PROPERTIES, value.field_properties, encode_xml_field_property_dictionary)
    put(element, _ERP_FIELD_ID, value.erp_field_id, write_int)
    put(element, _CRM_FIELD_KEY, value.crm_field_key, write_str)
    put(element, _CRM_DISPLAY_NAME, value.crm_display_name, write_str)
    put(element, _CRM_DISPLAY_TOOLTIP, value.crm_display_tooltip, write_str)
    put(element, _ERP_FIELD_KEY, value.erp_field_key, write_str)
    put(element, _FIELD_TYPE, value.field_type, encode_xml_field_metadata_type)
    put(element, _ERP_DISPLAY_NAME, value.erp_display_name, write_str)
    put(element, _ERP_DISPLAY_TOOLTIP, value.erp_display_tooltip, write_str)
    put(element, _SYNC_TO_CRM, value.sync_to_crm, write_bool)
    put(element, _SYNC_TO_ERP, value.sync_to_erp, write_bool)
    put(element, _SHOW_IN_GUI, value.show_in_gui, write_bool)
    put(element, _SHOW_IN_SEARCH, value.show_in_search, write_bool)
    put(element, _ALREADY_MAPPED, value.already_mapped, write_bool)
    put(element, _MISSING_IN_ERP, value.missing_in_erp, write_bool)
    put(element, _MISSING_IN_CRM, value.missing_in_crm, write_bool)
    put(element, _ACCESS, value.access, encode_xml_field_access)
    put(element, _LIST_REFERENCE, value.list_reference, write_str)
    if value.extra is not None:
        restore_elements(element, value.extra)
    return element


def decode_json_erp_sync_field_mapping(data: Any, path: str) -> ErpSyncFieldMapping:
    if type(data) is not dict:
        data = json_object(data, path)
    value = blank(ErpSyncFieldMapping)
    value.table_right = take_nillable(data, "TableRight", path, decode_json_table_right)
    value.field_properties = take_nillable(
        data, "FieldProperties", path, decode_json_field_property_dictionary
    )
    value.erp_field_id = take_int(data, "ErpFieldId", path)
    value.crm_field_key = take_str_nillable(data, "CrmFieldKey", path)
    value.crm_display_name = take_str_nillable(data, "CrmDisplayName", path)
    value.crm_display_tooltip = take_str_nillable(data, "CrmDisplayTooltip", path)
    value.erp_field_key = take_str_nillable(data, "ErpFieldKey", path)
    value.field_type = take(data, "FieldType", path, decode_json_field_metadata_type)
    value.erp_display_name = take_str_nillable(data, "ErpDisplayName", path)
    value.erp_display_tooltip = take_str_nillable(data, "ErpDisplayTooltip", path)
    value.sync_to_crm = take_bool(data, "SyncToCrm", path)
    value.sync_to_erp = take_bool(data, "SyncToErp", path)
    value.show_in_gui = take_bool(data, "ShowInGui", path)
    value.show_in_search = take_bool(data, "ShowInSearch", path)
    value.already_mapped = take_bool(data, "AlreadyMapped", path)
    value.missing_in_erp = take_bool(data, "MissingInERP", path)
    value.missing_in_crm = take_bool(data, "MissingInCRM", path)
    value.access = take(data, "Access", path, decode_json_field_access)
    value.list_reference = take_str_nillable(data, "ListReference", path)
    value.extra = (
        None
        if _ERP_SYNC_FIELD_MAPPING_KEYS.issuperset(data)
        else json_extra(data, _ERP_SYNC_FIELD_MAPPING_KEYS)
    )
    return value


def encode_json_erp_sync_field_mapping(value: ErpSyncFieldMapping) -> dict[str, Any]:
    result: dict[str, Any] = {}
    put_json(result, "TableRight", value.table_right, encode_json_table_right)
    put_json(
        result, "FieldProperties", value.field_properties, encode_json_field_property_dictionary
    )
    put_json(result, "ErpFieldId", value.erp_field_id, json_write_int)
    put_json(result, "CrmFieldKey", value.crm_field_key, json_write_str)
    put_json(result, "CrmDisplayName", value.crm_display_name, json_write_str)
    put_json(result, "CrmDisplayTooltip", value.crm_display_tooltip, json_write_str)
    put_json(result, "ErpFieldKey", value.erp_field_key, json_write_str)
    put_json(result, "FieldType", value.field_type, encode_json_field_metadata_type)
    put_json(result, "ErpDisplayName", value.erp_display_name, json_write_str)
    put_json(result, "ErpDisplayTooltip", value.erp_display_tooltip, json_write_str)
    put_json(result, "SyncToCrm", value.sync_to_crm, json_write_bool)
    put_json(result, "SyncToErp", value.sync_to_erp, json_write_bool)
    put_json(result, "ShowInGui", value.show_in_gui, json_write_bool)
    put_json(result, "ShowInSearch", value.show_in_search, json_write_bool)
    put_json(result, "AlreadyMapped", value.already_mapped, json_write_bool)
    put_json(result, "MissingInERP", value.missing_in_erp, json_write_bool)
    put_json(result, "MissingInCRM", value.missing_in_crm, json_write_bool)
    put_json(result, "Access", value.access, encode_json_field_access)
    put_json(result, "ListReference", value.list_reference, json_write_str)
    if value.extra is not None:
        restore_members(result, value.extra)
    return result


ERP_SYNC_FIELD_MAPPING_CODEC = Codec(
    decode_xml_erp_sync_field_mapping,
    encode_xml_erp_sync_field_mapping,
    decode_json_erp_sync_field_mapping,
    encode_json_erp_sync_field_mapping,
)


def decode_xml_list_of_erp_sync_field_mapping(
    element: Element,
) -> list[ErpSyncFieldMapping | None]:
    """``ArrayOfErpSyncFieldMapping``: a list of ``ErpSyncFieldMapping`` elements."""
    return [
        (None if child.get(XSI_NIL) in NIL else decode_xml_erp_sync_field_mapping(child))
        for child in element
        if child.tag == _ERP_SYNC_FIELD_MAPPING
    ]


def encode_xml_list_of_erp_sync_field_mapping(
    parent: Element | None, tag: str, value: list[ErpSyncFieldMapping | None]
) -> Element:
    element = new_child(parent, tag)
    for item in value:
        put(element, _ERP_SYNC_FIELD_MAPPING, item, encode_xml_erp_sync_field_mapping)
    return element


def decode_json_list_of_erp_sync_field_mapping(
    data: Any, path: str
) -> list[ErpSyncFieldMapping | None]:
    return json_items_nillable(data, path, decode_json_erp_sync_field_mapping)


def encode_json_list_of_erp_sync_field_mapping(
    value: list[ErpSyncFieldMapping | None],
) -> list[Any]:
    return [(None if item is None else encode_json_erp_sync_field_mapping(item)) for item in value]


LIST_OF_ERP_SYNC_FIELD_MAPPING_CODEC = Codec(
    decode_xml_list_of_erp_sync_field_mapping,
    encode_xml_list_of_erp_sync_field_mapping,
    decode_json_list_of_erp_sync_field_mapping,
    encode_json_list_of_erp_sync_field_mapping,
)
