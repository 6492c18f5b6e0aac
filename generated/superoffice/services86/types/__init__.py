"""Every Services86 record and enumeration, by name.

Each type lives in a small module of its own (types that refer to each other in a cycle
share one); this index imports a module only when one of its names is first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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
