"""Every Services86 record and enumeration, by name.

Each type lives in a small module of its own (types that refer to each other in a cycle
share one); this index imports a module only when one of its names is first used, and tells
``xs:anyType`` values which type an ``xsi:type`` names.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ...runtime import XmlTypes, register_xml_types

__all__ = [
    "Carrier",
    "ChangedData",
    "ChangedDataItem",
    "CrmActorType",
    "EFieldRight",
    "ETableRight",
    "ErpActorType",
    "ErpConnection",
    "ErpConnectionData",
    "ErpConnectionListMapping",
    "ErpConnectionListMappingContainer",
    "ErpCrmListItemMapping",
    "ErpSyncActorSummary",
    "ErpSyncActorTypeMapping",
    "ErpSyncConnectionSummary",
    "ErpSyncConnectorEntity",
    "ErpSyncDefaultValue",
    "ErpSyncEngineStatus",
    "ErpSyncFieldMapping",
    "ErpSyncFieldValue",
    "ErpSyncResponseCode",
    "FieldAccess",
    "FieldMetadata",
    "FieldMetadataType",
    "FieldProperty",
    "FieldRight",
    "MDOListItem",
    "PluginResponse",
    "SoCredentials",
    "SoExceptionInfo",
    "SoTimeZone",
    "TableRight",
]

_TYPES = XmlTypes(
    __name__,
    "http://www.superoffice.net/ws/crm/NetServer/Services86",
    {
        "ArrayOfChangedDataItem": ("changed_data_item", "LIST_OF_CHANGED_DATA_ITEM_CODEC", ""),
        "ArrayOfErpActorType": ("erp_actor_type", "LIST_OF_ERP_ACTOR_TYPE_CODEC", ""),
        "ArrayOfErpConnectionData": (
            "erp_connection_data",
            "LIST_OF_ERP_CONNECTION_DATA_CODEC",
            "",
        ),
        "ArrayOfErpConnectionListMapping": (
            "erp_connection_list_mapping",
            "LIST_OF_ERP_CONNECTION_LIST_MAPPING_CODEC",
            "",
        ),
        "ArrayOfErpCrmListItemMapping": (
            "erp_crm_list_item_mapping",
            "LIST_OF_ERP_CRM_LIST_ITEM_MAPPING_CODEC",
            "",
        ),
        "ArrayOfErpSyncActorSummary": (
            "erp_sync_actor_summary",
            "LIST_OF_ERP_SYNC_ACTOR_SUMMARY_CODEC",
            "",
        ),
        "ArrayOfErpSyncFieldMapping": (
            "erp_sync_field_mapping",
            "LIST_OF_ERP_SYNC_FIELD_MAPPING_CODEC",
            "",
        ),
        "ArrayOfErpSyncFieldValue": (
            "erp_sync_field_value",
            "LIST_OF_ERP_SYNC_FIELD_VALUE_CODEC",
            "",
        ),
        "ArrayOfFieldMetadata": ("field_metadata", "LIST_OF_FIELD_METADATA_CODEC", ""),
        "ArrayOfMDOListItem": ("list_of_mdo_list_item", "LIST_OF_MDO_LIST_ITEM_CODEC", ""),
        "Carrier": ("carrier", "CARRIER_CODEC", "Carrier"),
        "ChangedData": ("changed_data", "CHANGED_DATA_CODEC", "ChangedData"),
        "ChangedDataItem": ("changed_data_item", "CHANGED_DATA_ITEM_CODEC", "ChangedDataItem"),
        "CrmActorType": ("crm_actor_type", "CRM_ACTOR_TYPE_CODEC", "CrmActorType"),
        "EFieldRight": ("e_field_right", "E_FIELD_RIGHT_CODEC", "EFieldRight"),
        "ETableRight": ("e_table_right", "E_TABLE_RIGHT_CODEC", "ETableRight"),
        "ErpActorType": ("erp_actor_type", "ERP_ACTOR_TYPE_CODEC", "ErpActorType"),
        "ErpConnection": ("erp_connection", "ERP_CONNECTION_CODEC", "ErpConnection"),
        "ErpConnectionData": (
            "erp_connection_data",
            "ERP_CONNECTION_DATA_CODEC",
            "ErpConnectionData",
        ),
        "ErpConnectionListMapping": (
            "erp_connection_list_mapping",
            "ERP_CONNECTION_LIST_MAPPING_CODEC",
            "ErpConnectionListMapping",
        ),
        "ErpConnectionListMappingContainer": (
            "erp_connection_list_mapping_container",
            "ERP_CONNECTION_LIST_MAPPING_CONTAINER_CODEC",
            "ErpConnectionListMappingContainer",
        ),
        "ErpCrmListItemMapping": (
            "erp_crm_list_item_mapping",
            "ERP_CRM_LIST_ITEM_MAPPING_CODEC",
            "ErpCrmListItemMapping",
        ),
        "ErpSyncActorSummary": (
            "erp_sync_actor_summary",
            "ERP_SYNC_ACTOR_SUMMARY_CODEC",
            "ErpSyncActorSummary",
        ),
        "ErpSyncActorTypeMapping": (
            "erp_sync_actor_type_mapping",
            "ERP_SYNC_ACTOR_TYPE_MAPPING_CODEC",
            "ErpSyncActorTypeMapping",
        ),
        "ErpSyncConnectionSummary": (
            "erp_sync_connection_summary",
            "ERP_SYNC_CONNECTION_SUMMARY_CODEC",
            "ErpSyncConnectionSummary",
        ),
        "ErpSyncConnectorEntity": (
            "erp_sync_connector_entity",
            "ERP_SYNC_CONNECTOR_ENTITY_CODEC",
            "ErpSyncConnectorEntity",
        ),
        "ErpSyncDefaultValue": (
            "erp_sync_default_value",
            "ERP_SYNC_DEFAULT_VALUE_CODEC",
            "ErpSyncDefaultValue",
        ),
        "ErpSyncEngineStatus": (
            "erp_sync_engine_status",
            "ERP_SYNC_ENGINE_STATUS_CODEC",
            "ErpSyncEngineStatus",
        ),
        "ErpSyncFieldMapping": (
            "erp_sync_field_mapping",
            "ERP_SYNC_FIELD_MAPPING_CODEC",
            "ErpSyncFieldMapping",
        ),
        "ErpSyncFieldValue": (
            "erp_sync_field_value",
            "ERP_SYNC_FIELD_VALUE_CODEC",
            "ErpSyncFieldValue",
        ),
        "ErpSyncResponseCode": (
            "erp_sync_response_code",
            "ERP_SYNC_RESPONSE_CODE_CODEC",
            "ErpSyncResponseCode",
        ),
        "FieldAccess": ("field_access", "FIELD_ACCESS_CODEC", "FieldAccess"),
        "FieldMetadata": ("field_metadata", "FIELD_METADATA_CODEC", "FieldMetadata"),
        "FieldMetadataType": (
            "field_metadata_type",
            "FIELD_METADATA_TYPE_CODEC",
            "FieldMetadataType",
        ),
        "FieldProperty": ("field_property", "FIELD_PROPERTY_CODEC", "FieldProperty"),
        "FieldPropertyDictionary": ("field_property", "FIELD_PROPERTY_DICTIONARY_CODEC", ""),
        "FieldRight": ("field_right", "FIELD_RIGHT_CODEC", "FieldRight"),
        "MDOListItem": ("list_of_mdo_list_item", "MDO_LIST_ITEM_CODEC", "MDOListItem"),
        "PluginResponse": ("plugin_response", "PLUGIN_RESPONSE_CODEC", "PluginResponse"),
        "SoCredentials": ("so_credentials", "SO_CREDENTIALS_CODEC", "SoCredentials"),
        "SoExceptionInfo": ("so_exception_info", "SO_EXCEPTION_INFO_CODEC", "SoExceptionInfo"),
        "SoExceptionInfoParameters": (
            "so_exception_info_parameters",
            "SO_EXCEPTION_INFO_PARAMETERS_CODEC",
            "",
        ),
        "SoExtraInfo": ("so_extra_info", "SO_EXTRA_INFO_CODEC", ""),
        "SoTimeZone": ("so_time_zone", "SO_TIME_ZONE_CODEC", "SoTimeZone"),
        "StringDictionary": ("string_dictionary", "STRING_DICTIONARY_CODEC", ""),
        "TableRight": ("table_right", "TABLE_RIGHT_CODEC", "TableRight"),
    },
)
register_xml_types(_TYPES)

_MODULES = {
    "Carrier": "carrier",
    "ChangedData": "changed_data",
    "ChangedDataItem": "changed_data_item",
    "CrmActorType": "crm_actor_type",
    "EFieldRight": "e_field_right",
    "ETableRight": "e_table_right",
    "ErpActorType": "erp_actor_type",
    "ErpConnection": "erp_connection",
    "ErpConnectionData": "erp_connection_data",
    "ErpConnectionListMapping": "erp_connection_list_mapping",
    "ErpConnectionListMappingContainer": "erp_connection_list_mapping_container",
    "ErpCrmListItemMapping": "erp_crm_list_item_mapping",
    "ErpSyncActorSummary": "erp_sync_actor_summary",
    "ErpSyncActorTypeMapping": "erp_sync_actor_type_mapping",
    "ErpSyncConnectionSummary": "erp_sync_connection_summary",
    "ErpSyncConnectorEntity": "erp_sync_connector_entity",
    "ErpSyncDefaultValue": "erp_sync_default_value",
    "ErpSyncEngineStatus": "erp_sync_engine_status",
    "ErpSyncFieldMapping": "erp_sync_field_mapping",
    "ErpSyncFieldValue": "erp_sync_field_value",
    "ErpSyncResponseCode": "erp_sync_response_code",
    "FieldAccess": "field_access",
    "FieldMetadata": "field_metadata",
    "FieldMetadataType": "field_metadata_type",
    "FieldProperty": "field_property",
    "FieldRight": "field_right",
    "MDOListItem": "list_of_mdo_list_item",
    "PluginResponse": "plugin_response",
    "SoCredentials": "so_credentials",
    "SoExceptionInfo": "so_exception_info",
    "SoTimeZone": "so_time_zone",
    "TableRight": "table_right",
}

if TYPE_CHECKING:
    from .carrier import Carrier as Carrier
    from .changed_data import ChangedData as ChangedData
    from .changed_data_item import ChangedDataItem as ChangedDataItem
    from .crm_actor_type import CrmActorType as CrmActorType
    from .e_field_right import EFieldRight as EFieldRight
    from .e_table_right import ETableRight as ETableRight
    from .erp_actor_type import ErpActorType as ErpActorType
    from .erp_connection import ErpConnection as ErpConnection
    from .erp_connection_data import ErpConnectionData as ErpConnectionData
    from .erp_connection_list_mapping import ErpConnectionListMapping as ErpConnectionListMapping
    from .erp_connection_list_mapping_container import (
        ErpConnectionListMappingContainer as ErpConnectionListMappingContainer,
    )
    from .erp_crm_list_item_mapping import ErpCrmListItemMapping as ErpCrmListItemMapping
    from .erp_sync_actor_summary import ErpSyncActorSummary as ErpSyncActorSummary
    from .erp_sync_actor_type_mapping import ErpSyncActorTypeMapping as ErpSyncActorTypeMapping
    from .erp_sync_connection_summary import ErpSyncConnectionSummary as ErpSyncConnectionSummary
    from .erp_sync_connector_entity import ErpSyncConnectorEntity as ErpSyncConnectorEntity
    from .erp_sync_default_value import ErpSyncDefaultValue as ErpSyncDefaultValue
    from .erp_sync_engine_status import ErpSyncEngineStatus as ErpSyncEngineStatus
    from .erp_sync_field_mapping import ErpSyncFieldMapping as ErpSyncFieldMapping
    from .erp_sync_field_value import ErpSyncFieldValue as ErpSyncFieldValue
    from .erp_sync_response_code import ErpSyncResponseCode as ErpSyncResponseCode
    from .field_access import FieldAccess as FieldAccess
    from .field_metadata import FieldMetadata as FieldMetadata
    from .field_metadata_type import FieldMetadataType as FieldMetadataType
    from .field_property import FieldProperty as FieldProperty
    from .field_right import FieldRight as FieldRight
    from .list_of_mdo_list_item import MDOListItem as MDOListItem
    from .plugin_response import PluginResponse as PluginResponse
    from .so_credentials import SoCredentials as SoCredentials
    from .so_exception_info import SoExceptionInfo as SoExceptionInfo
    from .so_time_zone import SoTimeZone as SoTimeZone
    from .table_right import TableRight as TableRight


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
