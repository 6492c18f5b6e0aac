"""Services86 ErpSync agent (``Remote/Services86/ErpSync.svc``).

``ErpSyncAgent`` and ``AsyncErpSyncAgent`` call it over SOAP, ``ErpSyncRestAgent`` and
``AsyncErpSyncRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

import datetime
from typing import Any

from ..runtime import BOOL, DURATION, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.crm_actor_type import CRM_ACTOR_TYPE_CODEC, CrmActorType
from .types.erp_actor_type import ERP_ACTOR_TYPE_CODEC, ErpActorType
from .types.erp_connection import ERP_CONNECTION_CODEC, ErpConnection
from .types.erp_connection_data import LIST_OF_ERP_CONNECTION_DATA_CODEC, ErpConnectionData
from .types.erp_connection_list_mapping_container import (
    ERP_CONNECTION_LIST_MAPPING_CONTAINER_CODEC,
    ErpConnectionListMappingContainer,
)
from .types.erp_sync_actor_type_mapping import (
    ERP_SYNC_ACTOR_TYPE_MAPPING_CODEC,
    ErpSyncActorTypeMapping,
)
from .types.erp_sync_connection_summary import (
    ERP_SYNC_CONNECTION_SUMMARY_CODEC,
    ErpSyncConnectionSummary,
)
from .types.erp_sync_connector_entity import (
    ERP_SYNC_CONNECTOR_ENTITY_CODEC,
    ErpSyncConnectorEntity,
)
from .types.erp_sync_default_value import ERP_SYNC_DEFAULT_VALUE_CODEC, ErpSyncDefaultValue
from .types.erp_sync_engine_status import ERP_SYNC_ENGINE_STATUS_CODEC, ErpSyncEngineStatus
from .types.erp_sync_field_value import LIST_OF_ERP_SYNC_FIELD_VALUE_CODEC, ErpSyncFieldValue
from .types.erp_sync_response_code import ERP_SYNC_RESPONSE_CODE_CODEC, ErpSyncResponseCode
from .types.field_metadata import LIST_OF_FIELD_METADATA_CODEC, FieldMetadata
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.plugin_response import PLUGIN_RESPONSE_CODEC, PluginResponse
from .types.string_dictionary import STRING_DICTIONARY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services86"

CREATE_DEFAULT_ERP_SYNC_CONNECTOR_ENTITY: Operation[ErpSyncConnectorEntity | None] = Operation(
    "CreateDefaultErpSyncConnectorEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/CreateDefaultErpSyncConnectorEntity",
    results=(Param("response", "Response", ERP_SYNC_CONNECTOR_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/CreateDefaultErpSyncConnectorEntity",
    rest_select=False,
)

SAVE_ERP_SYNC_CONNECTOR_ENTITY: Operation[ErpSyncConnectorEntity | None] = Operation(
    "SaveErpSyncConnectorEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/SaveErpSyncConnectorEntity",
    params=(
        Param(
            "erp_sync_connector_entity",
            "ErpSyncConnectorEntity",
            ERP_SYNC_CONNECTOR_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", ERP_SYNC_CONNECTOR_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/SaveErpSyncConnectorEntity",
    rest_body="erp_sync_connector_entity",
    rest_select=False,
)

DELETE_ERP_SYNC_CONNECTOR_ENTITY: Operation[None] = Operation(
    "DeleteErpSyncConnectorEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/DeleteErpSyncConnectorEntity",
    params=(
        Param(
            "erp_sync_connector_entity_id",
            "ErpSyncConnectorEntityId",
            INT,
            query="erpSyncConnectorEntityId",
        ),
    ),
    rest_path="/api/v1/Agents/ErpSync/DeleteErpSyncConnectorEntity",
    rest_select=False,
)

GET_ACTOR_TYPE_MAPPING: Operation[ErpSyncActorTypeMapping | None] = Operation(
    "GetActorTypeMapping",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/GetActorTypeMapping",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("actor_type", "ActorType", ERP_ACTOR_TYPE_CODEC),
    ),
    results=(Param("response", "Response", ERP_SYNC_ACTOR_TYPE_MAPPING_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetActorTypeMapping",
)

CREATE_ACTOR_LINK: Operation[bool | None] = Operation(
    "CreateActorLink",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/CreateActorLink",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("crm_record_id", "CrmRecordId", INT),
        Param("crm_actor_type", "CrmActorType", CRM_ACTOR_TYPE_CODEC),
        Param("erp_key", "ErpKey", STR, nillable=True),
        Param("erp_actor_type", "ErpActorType", ERP_ACTOR_TYPE_CODEC),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/ErpSync/CreateActorLink",
)

BREAK_ACTOR_LINK: Operation[bool | None] = Operation(
    "BreakActorLink",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/BreakActorLink",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("crm_record_id", "CrmRecordId", INT),
        Param("crm_actor_type", "CrmActorType", CRM_ACTOR_TYPE_CODEC),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/ErpSync/BreakActorLink",
)

CREATE_ERP_ACTOR_FROM_CRM: Operation[bool | None] = Operation(
    "CreateErpActorFromCrm",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/CreateErpActorFromCrm",
    params=(
        Param("connection_id", "ConnectionId", INT),
        Param("crm_entity_id", "CrmEntityId", INT),
        Param("erp_actor_type", "ErpActorType", ERP_ACTOR_TYPE_CODEC),
        Param("crm_actor_type", "CrmActorType", CRM_ACTOR_TYPE_CODEC),
        Param("erp_field_key_values", "ErpFieldKeyValues", STRING_DICTIONARY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/ErpSync/CreateErpActorFromCrm",
)

SAVE_ACTOR_TYPE_MAPPING: Operation[ErpSyncActorTypeMapping | None] = Operation(
    "SaveActorTypeMapping",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/SaveActorTypeMapping",
    params=(Param("mapping", "Mapping", ERP_SYNC_ACTOR_TYPE_MAPPING_CODEC, nillable=True),),
    results=(Param("response", "Response", ERP_SYNC_ACTOR_TYPE_MAPPING_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/SaveActorTypeMapping",
)

VALIDATE_ARCHIVE_COLUMN_CONFIG: Operation[None] = Operation(
    "ValidateArchiveColumnConfig",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/ValidateArchiveColumnConfig",
    params=(
        Param("list_owner", "ListOwner", STR, nillable=True),
        Param("erp_connection_id", "ErpConnectionId", INT),
    ),
    rest_path="/api/v1/Agents/ErpSync/ValidateArchiveColumnConfig",
)

UPDATE_CONNECTION_FIELDS: Operation[bool | None] = Operation(
    "UpdateConnectionFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/UpdateConnectionFields",
    params=(Param("erp_connection_id", "ErpConnectionId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/ErpSync/UpdateConnectionFields",
)

GET_CRM_ACTOR_TYPE: Operation[CrmActorType | str | None] = Operation(
    "GetCrmActorType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/GetCrmActorType",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("erp_actor_type", "ErpActorType", ERP_ACTOR_TYPE_CODEC),
    ),
    results=(Param("response", "Response", CRM_ACTOR_TYPE_CODEC),),
    rest_path="/api/v1/Agents/ErpSync/GetCrmActorType",
)

GET_ENGINE_STATUS: Operation[ErpSyncEngineStatus | None] = Operation(
    "GetEngineStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/GetEngineStatus",
    results=(Param("response", "Response", ERP_SYNC_ENGINE_STATUS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetEngineStatus",
)

CHANGE_ENGINE_STATUS: Operation[ErpSyncEngineStatus | None] = Operation(
    "ChangeEngineStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/ChangeEngineStatus",
    params=(Param("run", "Run", BOOL),),
    results=(Param("response", "Response", ERP_SYNC_ENGINE_STATUS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/ChangeEngineStatus",
)

CHANGE_ENGINE_INTERVAL: Operation[None] = Operation(
    "ChangeEngineInterval",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/ChangeEngineInterval",
    params=(Param("interval", "Interval", DURATION),),
    rest_path="/api/v1/Agents/ErpSync/ChangeEngineInterval",
)

GET_ERP_SYNC_CONNECTOR_ENTITY: Operation[ErpSyncConnectorEntity | None] = Operation(
    "GetErpSyncConnectorEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/GetErpSyncConnectorEntity",
    params=(
        Param(
            "erp_sync_connector_entity_id",
            "ErpSyncConnectorEntityId",
            INT,
            query="erpSyncConnectorEntityId",
        ),
    ),
    results=(Param("response", "Response", ERP_SYNC_CONNECTOR_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetErpSyncConnectorEntity",
)

CAN_DELETE_ERP_SYNC_CONNECTOR_ENTITY: Operation[ErpSyncResponseCode | str | None] = Operation(
    "CanDeleteErpSyncConnectorEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/CanDeleteErpSyncConnectorEntity",
    params=(Param("erp_sync_connector_id", "ErpSyncConnectorId", INT),),
    results=(Param("response", "Response", ERP_SYNC_RESPONSE_CODE_CODEC),),
    rest_path="/api/v1/Agents/ErpSync/CanDeleteErpSyncConnectorEntity",
)

TEST_CONNECTOR_URL: Operation[ErpSyncResponseCode | str | None] = Operation(
    "TestConnectorUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/TestConnectorUrl",
    params=(Param("url", "Url", STR, nillable=True),),
    results=(Param("response", "Response", ERP_SYNC_RESPONSE_CODE_CODEC),),
    rest_path="/api/v1/Agents/ErpSync/TestConnectorUrl",
)

GET_ERP_SYNC_CONNECTION_SUMMARY: Operation[ErpSyncConnectionSummary | None] = Operation(
    "GetErpSyncConnectionSummary",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/GetErpSyncConnectionSummary",
    params=(Param("erp_sync_connection_id", "ErpSyncConnectionId", INT),),
    results=(Param("response", "Response", ERP_SYNC_CONNECTION_SUMMARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetErpSyncConnectionSummary",
)

SAVE_DEFAULT_VALUE_INFO: Operation[ErpSyncDefaultValue | None] = Operation(
    "SaveDefaultValueInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/SaveDefaultValueInfo",
    params=(
        Param(
            "erp_sync_default_value",
            "ErpSyncDefaultValue",
            ERP_SYNC_DEFAULT_VALUE_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", ERP_SYNC_DEFAULT_VALUE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/SaveDefaultValueInfo",
)

GET_DEFAULT_VALUE_INFO: Operation[ErpSyncDefaultValue | None] = Operation(
    "GetDefaultValueInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/GetDefaultValueInfo",
    params=(Param("erp_field_id", "ErpFieldId", INT),),
    results=(Param("response", "Response", ERP_SYNC_DEFAULT_VALUE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetDefaultValueInfo",
)

GET_CONNECTIONS_AND_DISPLAY_FIELDS: Operation[list[ErpConnectionData | None] | None] = Operation(
    "GetConnectionsAndDisplayFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/GetConnectionsAndDisplayFields",
    params=(
        Param("crm_actor_type", "CrmActorType", CRM_ACTOR_TYPE_CODEC),
        Param("entity_id", "EntityId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_ERP_CONNECTION_DATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetConnectionsAndDisplayFields",
)

GET_ERP_FIELD_VALUES: Operation[list[str | None] | None] = Operation(
    "GetErpFieldValues",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/GetErpFieldValues",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("crm_actor_type", "CrmActorType", CRM_ACTOR_TYPE_CODEC),
        Param("entity_id", "EntityId", INT),
        Param("field_keys", "FieldKeys", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetErpFieldValues",
)

GET_FIELDS_FOR_NEW_ERP_ACTOR: Operation[list[FieldMetadata | None] | None] = Operation(
    "GetFieldsForNewErpActor",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/GetFieldsForNewErpActor",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("erp_actor_type", "ErpActorType", ERP_ACTOR_TYPE_CODEC),
    ),
    results=(Param("response", "Response", LIST_OF_FIELD_METADATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetFieldsForNewErpActor",
)

GET_CONNECTION: Operation[ErpConnection | None] = Operation(
    "GetConnection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/GetConnection",
    params=(Param("erp_connection_id", "ErpConnectionId", INT),),
    results=(Param("response", "Response", ERP_CONNECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetConnection",
)

SAVE_CONNECTION: Operation[ErpConnection | None] = Operation(
    "SaveConnection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/SaveConnection",
    params=(Param("connection", "Connection", ERP_CONNECTION_CODEC, nillable=True),),
    results=(Param("response", "Response", ERP_CONNECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/SaveConnection",
)

DELETE_CONNECTION: Operation[None] = Operation(
    "DeleteConnection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/DeleteConnection",
    params=(Param("erp_connection_id", "ErpConnectionId", INT),),
    rest_path="/api/v1/Agents/ErpSync/DeleteConnection",
)

GET_CONFIGURATION_FIELDS: Operation[list[FieldMetadata | None] | None] = Operation(
    "GetConfigurationFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/GetConfigurationFields",
    params=(Param("erp_connector_id", "ErpConnectorId", INT),),
    results=(Param("response", "Response", LIST_OF_FIELD_METADATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetConfigurationFields",
)

GET_ERP_CONNECTION_CONFIG_FIELDS: Operation[dict[str, str | None] | None] = Operation(
    "GetErpConnectionConfigFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/GetErpConnectionConfigFields",
    params=(Param("erp_connection_id", "ErpConnectionId", INT),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetErpConnectionConfigFields",
)

TOGGLE_ERP_CONNECTION_ACTIVE: Operation[list[str | None] | None] = Operation(
    "ToggleErpConnectionActive",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/ToggleErpConnectionActive",
    params=(Param("erp_connection_id", "ErpConnectionId", INT),),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/ToggleErpConnectionActive",
)

TEST_CONNECTION_BY_ID: Operation[bool | None] = Operation(
    "TestConnectionById",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/TestConnectionById",
    params=(Param("erp_connection_id", "ErpConnectionId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/ErpSync/TestConnectionById",
)

TEST_CONNECTION_BY_CONFIG: Operation[bool | None] = Operation(
    "TestConnectionByConfig",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/TestConnectionByConfig",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("config_fields", "ConfigFields", STRING_DICTIONARY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/ErpSync/TestConnectionByConfig",
)

SAVE_ERP_CONNECTION_SYNC_PRIORITIES: Operation[bool | None] = Operation(
    "SaveErpConnectionSyncPriorities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/SaveErpConnectionSyncPriorities",
    params=(Param("erp_connection_ids", "ErpConnectionIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/ErpSync/SaveErpConnectionSyncPriorities",
)

MOVE_ERP_FIELD_ITEM: Operation[None] = Operation(
    "MoveErpFieldItem",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/MoveErpFieldItem",
    params=(
        Param("erp_field_id", "ErpFieldId", INT),
        Param("direction", "Direction", INT),
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("erp_actor_type", "ErpActorType", ERP_ACTOR_TYPE_CODEC),
    ),
    rest_path="/api/v1/Agents/ErpSync/MoveErpFieldItem",
)

SUPPORTS_ADVANCED_SEARCH: Operation[bool | None] = Operation(
    "SupportsAdvancedSearch",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/SupportsAdvancedSearch",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("erp_actor_type", "ErpActorType", ERP_ACTOR_TYPE_CODEC),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/ErpSync/SupportsAdvancedSearch",
)

CONNECT_ACTOR: Operation[None] = Operation(
    "ConnectActor",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/ConnectActor",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("crm_record_id", "CrmRecordId", INT),
        Param("crm_actor_type", "CrmActorType", CRM_ACTOR_TYPE_CODEC),
        Param("erp_key", "ErpKey", STR, nillable=True),
        Param("erp_actor_type", "ErpActorType", ERP_ACTOR_TYPE_CODEC),
        Param("field_values", "FieldValues", LIST_OF_ERP_SYNC_FIELD_VALUE_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/ErpSync/ConnectActor",
)

GET_FIELD_VALUES_FROM_CRM: Operation[list[ErpSyncFieldValue | None] | None] = Operation(
    "GetFieldValuesFromCrm",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/GetFieldValuesFromCrm",
    params=(
        Param("record_id", "RecordId", INT),
        Param("actor_type_crm", "ActorTypeCrm", CRM_ACTOR_TYPE_CODEC),
    ),
    results=(Param("response", "Response", LIST_OF_ERP_SYNC_FIELD_VALUE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetFieldValuesFromCrm",
)

GET_FIELD_VALUES_FROM_ERP: Operation[list[ErpSyncFieldValue | None] | None] = Operation(
    "GetFieldValuesFromErp",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/GetFieldValuesFromErp",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("actor_type_erp", "ActorTypeErp", ERP_ACTOR_TYPE_CODEC),
        Param("erp_key", "ErpKey", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_ERP_SYNC_FIELD_VALUE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetFieldValuesFromErp",
)

SYNC_ALL: Operation[PluginResponse | None] = Operation(
    "SyncAll",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/SyncAll",
    results=(Param("response", "Response", PLUGIN_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/SyncAll",
)

FORCE_SYNC_ALL: Operation[PluginResponse | None] = Operation(
    "ForceSyncAll",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/ForceSyncAll",
    results=(Param("response", "Response", PLUGIN_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/ForceSyncAll",
)

FORCE_RESYNC: Operation[PluginResponse | None] = Operation(
    "ForceResync",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/ForceResync",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("internal_key_ids", "InternalKeyIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", PLUGIN_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/ForceResync",
)

FORCE_RESYNC_BATCH_TASK: Operation[None] = Operation(
    "ForceResyncBatchTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/ForceResyncBatchTask",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("internal_key_ids", "InternalKeyIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/ErpSync/ForceResyncBatchTask",
)

FORCE_RESYNC_EXTERNAL: Operation[PluginResponse | None] = Operation(
    "ForceResyncExternal",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/ForceResyncExternal",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("erp_actor_type", "ErpActorType", ERP_ACTOR_TYPE_CODEC),
        Param("external_keys", "ExternalKeys", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", PLUGIN_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/ForceResyncExternal",
)

GET_CONNECTION_LIST_MAPPINGS: Operation[ErpConnectionListMappingContainer | None] = Operation(
    "GetConnectionListMappings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/GetConnectionListMappings",
    params=(Param("erp_connection_id", "ErpConnectionId", INT),),
    results=(
        Param("response", "Response", ERP_CONNECTION_LIST_MAPPING_CONTAINER_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/ErpSync/GetConnectionListMappings",
)

SAVE_CONNECTION_LIST_MAPPINGS: Operation[ErpConnectionListMappingContainer | None] = Operation(
    "SaveConnectionListMappings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services86/ErpSync/SaveConnectionListMappings",
    params=(
        Param(
            "list_mapping",
            "ListMapping",
            ERP_CONNECTION_LIST_MAPPING_CONTAINER_CODEC,
            nillable=True,
        ),
    ),
    results=(
        Param("response", "Response", ERP_CONNECTION_LIST_MAPPING_CONTAINER_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/ErpSync/SaveConnectionListMappings",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateDefaultErpSyncConnectorEntity": CREATE_DEFAULT_ERP_SYNC_CONNECTOR_ENTITY,
    "SaveErpSyncConnectorEntity": SAVE_ERP_SYNC_CONNECTOR_ENTITY,
    "DeleteErpSyncConnectorEntity": DELETE_ERP_SYNC_CONNECTOR_ENTITY,
    "GetActorTypeMapping": GET_ACTOR_TYPE_MAPPING,
    "CreateActorLink": CREATE_ACTOR_LINK,
    "BreakActorLink": BREAK_ACTOR_LINK,
    "CreateErpActorFromCrm": CREATE_ERP_ACTOR_FROM_CRM,
    "SaveActorTypeMapping": SAVE_ACTOR_TYPE_MAPPING,
    "ValidateArchiveColumnConfig": VALIDATE_ARCHIVE_COLUMN_CONFIG,
    "UpdateConnectionFields": UPDATE_CONNECTION_FIELDS,
    "GetCrmActorType": GET_CRM_ACTOR_TYPE,
    "GetEngineStatus": GET_ENGINE_STATUS,
    "ChangeEngineStatus": CHANGE_ENGINE_STATUS,
    "ChangeEngineInterval": CHANGE_ENGINE_INTERVAL,
    "GetErpSyncConnectorEntity": GET_ERP_SYNC_CONNECTOR_ENTITY,
    "CanDeleteErpSyncConnectorEntity": CAN_DELETE_ERP_SYNC_CONNECTOR_ENTITY,
    "TestConnectorUrl": TEST_CONNECTOR_URL,
    "GetErpSyncConnectionSummary": GET_ERP_SYNC_CONNECTION_SUMMARY,
    "SaveDefaultValueInfo": SAVE_DEFAULT_VALUE_INFO,
    "GetDefaultValueInfo": GET_DEFAULT_VALUE_INFO,
    "GetConnectionsAndDisplayFields": GET_CONNECTIONS_AND_DISPLAY_FIELDS,
    "GetErpFieldValues": GET_ERP_FIELD_VALUES,
    "GetFieldsForNewErpActor": GET_FIELDS_FOR_NEW_ERP_ACTOR,
    "GetConnection": GET_CONNECTION,
    "SaveConnection": SAVE_CONNECTION,
    "DeleteConnection": DELETE_CONNECTION,
    "GetConfigurationFields": GET_CONFIGURATION_FIELDS,
    "GetErpConnectionConfigFields": GET_ERP_CONNECTION_CONFIG_FIELDS,
    "ToggleErpConnectionActive": TOGGLE_ERP_CONNECTION_ACTIVE,
    "TestConnectionById": TEST_CONNECTION_BY_ID,
    "TestConnectionByConfig": TEST_CONNECTION_BY_CONFIG,
    "SaveErpConnectionSyncPriorities": SAVE_ERP_CONNECTION_SYNC_PRIORITIES,
    "MoveErpFieldItem": MOVE_ERP_FIELD_ITEM,
    "SupportsAdvancedSearch": SUPPORTS_ADVANCED_SEARCH,
    "ConnectActor": CONNECT_ACTOR,
    "GetFieldValuesFromCrm": GET_FIELD_VALUES_FROM_CRM,
    "GetFieldValuesFromErp": GET_FIELD_VALUES_FROM_ERP,
    "SyncAll": SYNC_ALL,
    "ForceSyncAll": FORCE_SYNC_ALL,
    "ForceResync": FORCE_RESYNC,
    "ForceResyncBatchTask": FORCE_RESYNC_BATCH_TASK,
    "ForceResyncExternal": FORCE_RESYNC_EXTERNAL,
    "GetConnectionListMappings": GET_CONNECTION_LIST_MAPPINGS,
    "SaveConnectionListMappings": SAVE_CONNECTION_LIST_MAPPINGS,
}


class ErpSyncMethods(SyncCalls):
    """The ErpSync operations, called synchronously (SOAP or REST)."""

    def create_default_erp_sync_connector_entity(self) -> ErpSyncConnectorEntity | None:
        """Set default values into a new ErpSyncConnectorEntity.

        NetServer calculates default values on the entity, which is required when
        creating/storing a new instance

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_ERP_SYNC_CONNECTOR_ENTITY, ())

    def save_erp_sync_connector_entity(
        self, *, erp_sync_connector_entity: ErpSyncConnectorEntity | None | Unset = UNSET
    ) -> ErpSyncConnectorEntity | None:
        """Updates the existing ErpSyncConnectorEntity or creates a new ErpSyncConnectorEntity
        if the id parameter is empty

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(SAVE_ERP_SYNC_CONNECTOR_ENTITY, (erp_sync_connector_entity,))

    def delete_erp_sync_connector_entity(
        self, *, erp_sync_connector_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the ErpSyncConnectorEntity

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.
        """
        return self._call(DELETE_ERP_SYNC_CONNECTOR_ENTITY, (erp_sync_connector_entity_id,))

    def get_actor_type_mapping(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        actor_type: ErpActorType | str | Unset = UNSET,
    ) -> ErpSyncActorTypeMapping | None:
        """Get the current mappings for one connection/actor; connection+actor type = unique
        key

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(GET_ACTOR_TYPE_MAPPING, (erp_connection_id, actor_type))

    def create_actor_link(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        crm_record_id: int | Unset = UNSET,
        crm_actor_type: CrmActorType | str | Unset = UNSET,
        erp_key: str | None | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
    ) -> bool | None:
        """Link a crm entity to an erp entity

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(
            CREATE_ACTOR_LINK,
            (erp_connection_id, crm_record_id, crm_actor_type, erp_key, erp_actor_type),
        )

    def break_actor_link(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        crm_record_id: int | Unset = UNSET,
        crm_actor_type: CrmActorType | str | Unset = UNSET,
    ) -> bool | None:
        """Remove the link between a CRM entity and an ERP entity

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(BREAK_ACTOR_LINK, (erp_connection_id, crm_record_id, crm_actor_type))

    def create_erp_actor_from_crm(
        self,
        *,
        connection_id: int | Unset = UNSET,
        crm_entity_id: int | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
        crm_actor_type: CrmActorType | str | Unset = UNSET,
        erp_field_key_values: dict[str, str | None] | None | Unset = UNSET,
    ) -> bool | None:
        """Create ErpActor from crm entity

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(
            CREATE_ERP_ACTOR_FROM_CRM,
            (connection_id, crm_entity_id, erp_actor_type, crm_actor_type, erp_field_key_values),
        )

    def save_actor_type_mapping(
        self, *, mapping: ErpSyncActorTypeMapping | None | Unset = UNSET
    ) -> ErpSyncActorTypeMapping | None:
        """Save mappings for a connection/actor

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Args:
            mapping: Mapping information for one Actor, contains array of field mappings
                (ERP SuperOffice) Carrier object for ErpSyncActorTypeMapping. Services for the
                ErpSyncActorTypeMapping Carrier is available from the ErpSync Agent.

        Returns:
            The result.
        """
        return self._call(SAVE_ACTOR_TYPE_MAPPING, (mapping,))

    def validate_archive_column_config(
        self, *, list_owner: str | None | Unset = UNSET, erp_connection_id: int | Unset = UNSET
    ) -> None:
        """Clear field info from table SUPERLISTCOLUMNSIZE if field mapping changed on given
        connection

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.
        """
        return self._call(VALIDATE_ARCHIVE_COLUMN_CONFIG, (list_owner, erp_connection_id))

    def update_connection_fields(self, *, erp_connection_id: int | Unset = UNSET) -> bool | None:
        """Gets all supported actor types, and all fields for each actor type, and save this
        state to the CRM database

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(UPDATE_CONNECTION_FIELDS, (erp_connection_id,))

    def get_crm_actor_type(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
    ) -> CrmActorType | str | None:
        """Retrieves the CrmActorType that are mapped to a specific ErpActorType for this
        connection

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Args:
            erp_connection_id: The ERP connection ID
            erp_actor_type: The ERP actor type

        Returns:
            The CrmActorType
        """
        return self._call(GET_CRM_ACTOR_TYPE, (erp_connection_id, erp_actor_type))

    def get_engine_status(self) -> ErpSyncEngineStatus | None:
        """Get the current status of the Sync engine

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(GET_ENGINE_STATUS, ())

    def change_engine_status(self, *, run: bool | Unset = UNSET) -> ErpSyncEngineStatus | None:
        """Change the current running/stopped status of the Sync engine

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(CHANGE_ENGINE_STATUS, (run,))

    def change_engine_interval(self, *, interval: datetime.timedelta | Unset = UNSET) -> None:
        """Change the interval for each run of the Sync Engine

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.
        """
        return self._call(CHANGE_ENGINE_INTERVAL, (interval,))

    def get_erp_sync_connector_entity(
        self, *, erp_sync_connector_entity_id: int | Unset = UNSET
    ) -> ErpSyncConnectorEntity | None:
        """Gets a ErpSyncConnectorEntity object.

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(GET_ERP_SYNC_CONNECTOR_ENTITY, (erp_sync_connector_entity_id,))

    def can_delete_erp_sync_connector_entity(
        self, *, erp_sync_connector_id: int | Unset = UNSET
    ) -> ErpSyncResponseCode | str | None:
        """Can we delete the connector?

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(CAN_DELETE_ERP_SYNC_CONNECTOR_ENTITY, (erp_sync_connector_id,))

    def test_connector_url(
        self, *, url: str | None | Unset = UNSET
    ) -> ErpSyncResponseCode | str | None:
        """Test if connector urls anwers

        NsApiSlow threshold: 5000 ms.

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(TEST_CONNECTOR_URL, (url,))

    def get_erp_sync_connection_summary(
        self, *, erp_sync_connection_id: int | Unset = UNSET
    ) -> ErpSyncConnectionSummary | None:
        """Get a summary of the current ErpSync configuration/setup

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(GET_ERP_SYNC_CONNECTION_SUMMARY, (erp_sync_connection_id,))

    def save_default_value_info(
        self, *, erp_sync_default_value: ErpSyncDefaultValue | None | Unset = UNSET
    ) -> ErpSyncDefaultValue | None:
        """Save information about a default value for an ERP field

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Args:
            erp_sync_default_value: Contains default value information for one ERP field
                Carrier object for ErpSyncDefaultValue. Services for the ErpSyncDefaultValue
                Carrier is available from the ErpSync Agent.

        Returns:
            The result.
        """
        return self._call(SAVE_DEFAULT_VALUE_INFO, (erp_sync_default_value,))

    def get_default_value_info(
        self, *, erp_field_id: int | Unset = UNSET
    ) -> ErpSyncDefaultValue | None:
        """Get information about default value for an ERP field

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(GET_DEFAULT_VALUE_INFO, (erp_field_id,))

    def get_connections_and_display_fields(
        self, *, crm_actor_type: CrmActorType | str | Unset = UNSET, entity_id: int | Unset = UNSET
    ) -> list[ErpConnectionData | None] | None:
        """Get all connection statuses and fields for a given entity

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(GET_CONNECTIONS_AND_DISPLAY_FIELDS, (crm_actor_type, entity_id))

    def get_erp_field_values(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        crm_actor_type: CrmActorType | str | Unset = UNSET,
        entity_id: int | Unset = UNSET,
        field_keys: list[str | None] | None | Unset = UNSET,
    ) -> list[str | None] | None:
        """Get the values for the specified fields from the ERP connection

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(
            GET_ERP_FIELD_VALUES, (erp_connection_id, crm_actor_type, entity_id, field_keys)
        )

    def get_fields_for_new_erp_actor(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
    ) -> list[FieldMetadata | None] | None:
        """Get the fields that must be filled out when creating a new ERP actor

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(GET_FIELDS_FOR_NEW_ERP_ACTOR, (erp_connection_id, erp_actor_type))

    def get_connection(self, *, erp_connection_id: int | Unset = UNSET) -> ErpConnection | None:
        """Returns the specified connection.

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(GET_CONNECTION, (erp_connection_id,))

    def save_connection(
        self, *, connection: ErpConnection | None | Unset = UNSET
    ) -> ErpConnection | None:
        """Saves a connection to the database.

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Args:
            connection: Information about a connection to the ERP system. Carrier object for
                ErpConnection. Services for the ErpConnection Carrier is available from the
                ErpSync Agent.

        Returns:
            The result.
        """
        return self._call(SAVE_CONNECTION, (connection,))

    def delete_connection(self, *, erp_connection_id: int | Unset = UNSET) -> None:
        """Deletes a connection from the database.

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.
        """
        return self._call(DELETE_CONNECTION, (erp_connection_id,))

    def get_configuration_fields(
        self, *, erp_connector_id: int | Unset = UNSET
    ) -> list[FieldMetadata | None] | None:
        """Returns all fields needed to connect to the given connector

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(GET_CONFIGURATION_FIELDS, (erp_connector_id,))

    def get_erp_connection_config_fields(
        self, *, erp_connection_id: int | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Returns the config fields for the connection.

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(GET_ERP_CONNECTION_CONFIG_FIELDS, (erp_connection_id,))

    def toggle_erp_connection_active(
        self, *, erp_connection_id: int | Unset = UNSET
    ) -> list[str | None] | None:
        """Toggles the Active state of the connection

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(TOGGLE_ERP_CONNECTION_ACTIVE, (erp_connection_id,))

    def test_connection_by_id(self, *, erp_connection_id: int | Unset = UNSET) -> bool | None:
        """Tests to see if we can establish a connection with the given config fields

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(TEST_CONNECTION_BY_ID, (erp_connection_id,))

    def test_connection_by_config(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        config_fields: dict[str, str | None] | None | Unset = UNSET,
    ) -> bool | None:
        """Tests to see if the given connection has a valid connection to its connector

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(TEST_CONNECTION_BY_CONFIG, (erp_connection_id, config_fields))

    def save_erp_connection_sync_priorities(
        self, *, erp_connection_ids: list[int] | None | Unset = UNSET
    ) -> bool | None:
        """Takes an array of the ErpConnection ids and saves these as ordered sync priorities

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(SAVE_ERP_CONNECTION_SYNC_PRIORITIES, (erp_connection_ids,))

    def move_erp_field_item(
        self,
        *,
        erp_field_id: int | Unset = UNSET,
        direction: int | Unset = UNSET,
        erp_connection_id: int | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
    ) -> None:
        """Moves the rank of the erp field up or down

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.
        """
        return self._call(
            MOVE_ERP_FIELD_ITEM, (erp_field_id, direction, erp_connection_id, erp_actor_type)
        )

    def supports_advanced_search(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
    ) -> bool | None:
        """Indicates if the connection supports advanced search for the given erp actor

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Args:
            erp_connection_id: Ths id of the connection
            erp_actor_type: The erp actor type to check for

        Returns:
            True if advanced search is supported
        """
        return self._call(SUPPORTS_ADVANCED_SEARCH, (erp_connection_id, erp_actor_type))

    def connect_actor(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        crm_record_id: int | Unset = UNSET,
        crm_actor_type: CrmActorType | str | Unset = UNSET,
        erp_key: str | None | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
        field_values: list[ErpSyncFieldValue | None] | None | Unset = UNSET,
    ) -> None:
        """Create a link between Erp and Crm and set default values

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.
        """
        return self._call(
            CONNECT_ACTOR,
            (
                erp_connection_id,
                crm_record_id,
                crm_actor_type,
                erp_key,
                erp_actor_type,
                field_values,
            ),
        )

    def get_field_values_from_crm(
        self, *, record_id: int | Unset = UNSET, actor_type_crm: CrmActorType | str | Unset = UNSET
    ) -> list[ErpSyncFieldValue | None] | None:
        """Get Crm Field values

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(GET_FIELD_VALUES_FROM_CRM, (record_id, actor_type_crm))

    def get_field_values_from_erp(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        actor_type_erp: ErpActorType | str | Unset = UNSET,
        erp_key: str | None | Unset = UNSET,
    ) -> list[ErpSyncFieldValue | None] | None:
        """Get Erp Field values

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Args:
            erp_connection_id: Erp connection id
            actor_type_erp: ERP Actor type
            erp_key: Primary key for the erp actor

        Returns:
            The Erp Fields
        """
        return self._call(GET_FIELD_VALUES_FROM_ERP, (erp_connection_id, actor_type_erp, erp_key))

    def sync_all(self) -> PluginResponse | None:
        """Sync all active connections

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The response
        """
        return self._call(SYNC_ALL, ())

    def force_sync_all(self) -> PluginResponse | None:
        """Sync all active connections even when automatic sync is off

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(FORCE_SYNC_ALL, ())

    def force_resync(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        internal_key_ids: list[int] | None | Unset = UNSET,
    ) -> PluginResponse | None:
        """Force resync from CRM or given Erp connection to all other connections

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(FORCE_RESYNC, (erp_connection_id, internal_key_ids))

    def force_resync_batch_task(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        internal_key_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Start batch task to force resync from CRM or given Erp connection to all other
        connections

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.
        """
        return self._call(FORCE_RESYNC_BATCH_TASK, (erp_connection_id, internal_key_ids))

    def force_resync_external(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
        external_keys: list[str | None] | None | Unset = UNSET,
    ) -> PluginResponse | None:
        """Force resync from CRM or given Erp connection to all other connections, using
        external keys

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(
            FORCE_RESYNC_EXTERNAL, (erp_connection_id, erp_actor_type, external_keys)
        )

    def get_connection_list_mappings(
        self, *, erp_connection_id: int | Unset = UNSET
    ) -> ErpConnectionListMappingContainer | None:
        """Returns the listmappings for the specified connection.

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return self._call(GET_CONNECTION_LIST_MAPPINGS, (erp_connection_id,))

    def save_connection_list_mappings(
        self, *, list_mapping: ErpConnectionListMappingContainer | None | Unset = UNSET
    ) -> ErpConnectionListMappingContainer | None:
        """Saves a connection to the database.

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Args:
            list_mapping: Information about all list connections for a connection between
                CRM and the ERP system. Carrier object for ErpConnectionListMappingContainer.
                Services for the ErpConnectionListMappingContainer Carrier is available from the
                ErpSync Agent.

        Returns:
            The result.
        """
        return self._call(SAVE_CONNECTION_LIST_MAPPINGS, (list_mapping,))


class AsyncErpSyncMethods(AsyncCalls):
    """The ErpSync operations, called asynchronously (SOAP or REST)."""

    async def create_default_erp_sync_connector_entity(self) -> ErpSyncConnectorEntity | None:
        """Set default values into a new ErpSyncConnectorEntity.

        NetServer calculates default values on the entity, which is required when
        creating/storing a new instance

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_ERP_SYNC_CONNECTOR_ENTITY, ())

    async def save_erp_sync_connector_entity(
        self, *, erp_sync_connector_entity: ErpSyncConnectorEntity | None | Unset = UNSET
    ) -> ErpSyncConnectorEntity | None:
        """Updates the existing ErpSyncConnectorEntity or creates a new ErpSyncConnectorEntity
        if the id parameter is empty

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(SAVE_ERP_SYNC_CONNECTOR_ENTITY, (erp_sync_connector_entity,))

    async def delete_erp_sync_connector_entity(
        self, *, erp_sync_connector_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the ErpSyncConnectorEntity

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.
        """
        return await self._call(DELETE_ERP_SYNC_CONNECTOR_ENTITY, (erp_sync_connector_entity_id,))

    async def get_actor_type_mapping(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        actor_type: ErpActorType | str | Unset = UNSET,
    ) -> ErpSyncActorTypeMapping | None:
        """Get the current mappings for one connection/actor; connection+actor type = unique
        key

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(GET_ACTOR_TYPE_MAPPING, (erp_connection_id, actor_type))

    async def create_actor_link(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        crm_record_id: int | Unset = UNSET,
        crm_actor_type: CrmActorType | str | Unset = UNSET,
        erp_key: str | None | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
    ) -> bool | None:
        """Link a crm entity to an erp entity

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_ACTOR_LINK,
            (erp_connection_id, crm_record_id, crm_actor_type, erp_key, erp_actor_type),
        )

    async def break_actor_link(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        crm_record_id: int | Unset = UNSET,
        crm_actor_type: CrmActorType | str | Unset = UNSET,
    ) -> bool | None:
        """Remove the link between a CRM entity and an ERP entity

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(
            BREAK_ACTOR_LINK, (erp_connection_id, crm_record_id, crm_actor_type)
        )

    async def create_erp_actor_from_crm(
        self,
        *,
        connection_id: int | Unset = UNSET,
        crm_entity_id: int | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
        crm_actor_type: CrmActorType | str | Unset = UNSET,
        erp_field_key_values: dict[str, str | None] | None | Unset = UNSET,
    ) -> bool | None:
        """Create ErpActor from crm entity

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(
            CREATE_ERP_ACTOR_FROM_CRM,
            (connection_id, crm_entity_id, erp_actor_type, crm_actor_type, erp_field_key_values),
        )

    async def save_actor_type_mapping(
        self, *, mapping: ErpSyncActorTypeMapping | None | Unset = UNSET
    ) -> ErpSyncActorTypeMapping | None:
        """Save mappings for a connection/actor

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Args:
            mapping: Mapping information for one Actor, contains array of field mappings
                (ERP SuperOffice) Carrier object for ErpSyncActorTypeMapping. Services for the
                ErpSyncActorTypeMapping Carrier is available from the ErpSync Agent.

        Returns:
            The result.
        """
        return await self._call(SAVE_ACTOR_TYPE_MAPPING, (mapping,))

    async def validate_archive_column_config(
        self, *, list_owner: str | None | Unset = UNSET, erp_connection_id: int | Unset = UNSET
    ) -> None:
        """Clear field info from table SUPERLISTCOLUMNSIZE if field mapping changed on given
        connection

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.
        """
        return await self._call(VALIDATE_ARCHIVE_COLUMN_CONFIG, (list_owner, erp_connection_id))

    async def update_connection_fields(
        self, *, erp_connection_id: int | Unset = UNSET
    ) -> bool | None:
        """Gets all supported actor types, and all fields for each actor type, and save this
        state to the CRM database

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(UPDATE_CONNECTION_FIELDS, (erp_connection_id,))

    async def get_crm_actor_type(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
    ) -> CrmActorType | str | None:
        """Retrieves the CrmActorType that are mapped to a specific ErpActorType for this
        connection

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Args:
            erp_connection_id: The ERP connection ID
            erp_actor_type: The ERP actor type

        Returns:
            The CrmActorType
        """
        return await self._call(GET_CRM_ACTOR_TYPE, (erp_connection_id, erp_actor_type))

    async def get_engine_status(self) -> ErpSyncEngineStatus | None:
        """Get the current status of the Sync engine

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(GET_ENGINE_STATUS, ())

    async def change_engine_status(
        self, *, run: bool | Unset = UNSET
    ) -> ErpSyncEngineStatus | None:
        """Change the current running/stopped status of the Sync engine

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(CHANGE_ENGINE_STATUS, (run,))

    async def change_engine_interval(
        self, *, interval: datetime.timedelta | Unset = UNSET
    ) -> None:
        """Change the interval for each run of the Sync Engine

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.
        """
        return await self._call(CHANGE_ENGINE_INTERVAL, (interval,))

    async def get_erp_sync_connector_entity(
        self, *, erp_sync_connector_entity_id: int | Unset = UNSET
    ) -> ErpSyncConnectorEntity | None:
        """Gets a ErpSyncConnectorEntity object.

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(GET_ERP_SYNC_CONNECTOR_ENTITY, (erp_sync_connector_entity_id,))

    async def can_delete_erp_sync_connector_entity(
        self, *, erp_sync_connector_id: int | Unset = UNSET
    ) -> ErpSyncResponseCode | str | None:
        """Can we delete the connector?

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(CAN_DELETE_ERP_SYNC_CONNECTOR_ENTITY, (erp_sync_connector_id,))

    async def test_connector_url(
        self, *, url: str | None | Unset = UNSET
    ) -> ErpSyncResponseCode | str | None:
        """Test if connector urls anwers

        NsApiSlow threshold: 5000 ms.

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(TEST_CONNECTOR_URL, (url,))

    async def get_erp_sync_connection_summary(
        self, *, erp_sync_connection_id: int | Unset = UNSET
    ) -> ErpSyncConnectionSummary | None:
        """Get a summary of the current ErpSync configuration/setup

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(GET_ERP_SYNC_CONNECTION_SUMMARY, (erp_sync_connection_id,))

    async def save_default_value_info(
        self, *, erp_sync_default_value: ErpSyncDefaultValue | None | Unset = UNSET
    ) -> ErpSyncDefaultValue | None:
        """Save information about a default value for an ERP field

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Args:
            erp_sync_default_value: Contains default value information for one ERP field
                Carrier object for ErpSyncDefaultValue. Services for the ErpSyncDefaultValue
                Carrier is available from the ErpSync Agent.

        Returns:
            The result.
        """
        return await self._call(SAVE_DEFAULT_VALUE_INFO, (erp_sync_default_value,))

    async def get_default_value_info(
        self, *, erp_field_id: int | Unset = UNSET
    ) -> ErpSyncDefaultValue | None:
        """Get information about default value for an ERP field

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(GET_DEFAULT_VALUE_INFO, (erp_field_id,))

    async def get_connections_and_display_fields(
        self, *, crm_actor_type: CrmActorType | str | Unset = UNSET, entity_id: int | Unset = UNSET
    ) -> list[ErpConnectionData | None] | None:
        """Get all connection statuses and fields for a given entity

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(GET_CONNECTIONS_AND_DISPLAY_FIELDS, (crm_actor_type, entity_id))

    async def get_erp_field_values(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        crm_actor_type: CrmActorType | str | Unset = UNSET,
        entity_id: int | Unset = UNSET,
        field_keys: list[str | None] | None | Unset = UNSET,
    ) -> list[str | None] | None:
        """Get the values for the specified fields from the ERP connection

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(
            GET_ERP_FIELD_VALUES, (erp_connection_id, crm_actor_type, entity_id, field_keys)
        )

    async def get_fields_for_new_erp_actor(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
    ) -> list[FieldMetadata | None] | None:
        """Get the fields that must be filled out when creating a new ERP actor

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(GET_FIELDS_FOR_NEW_ERP_ACTOR, (erp_connection_id, erp_actor_type))

    async def get_connection(
        self, *, erp_connection_id: int | Unset = UNSET
    ) -> ErpConnection | None:
        """Returns the specified connection.

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(GET_CONNECTION, (erp_connection_id,))

    async def save_connection(
        self, *, connection: ErpConnection | None | Unset = UNSET
    ) -> ErpConnection | None:
        """Saves a connection to the database.

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Args:
            connection: Information about a connection to the ERP system. Carrier object for
                ErpConnection. Services for the ErpConnection Carrier is available from the
                ErpSync Agent.

        Returns:
            The result.
        """
        return await self._call(SAVE_CONNECTION, (connection,))

    async def delete_connection(self, *, erp_connection_id: int | Unset = UNSET) -> None:
        """Deletes a connection from the database.

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.
        """
        return await self._call(DELETE_CONNECTION, (erp_connection_id,))

    async def get_configuration_fields(
        self, *, erp_connector_id: int | Unset = UNSET
    ) -> list[FieldMetadata | None] | None:
        """Returns all fields needed to connect to the given connector

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(GET_CONFIGURATION_FIELDS, (erp_connector_id,))

    async def get_erp_connection_config_fields(
        self, *, erp_connection_id: int | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Returns the config fields for the connection.

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(GET_ERP_CONNECTION_CONFIG_FIELDS, (erp_connection_id,))

    async def toggle_erp_connection_active(
        self, *, erp_connection_id: int | Unset = UNSET
    ) -> list[str | None] | None:
        """Toggles the Active state of the connection

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(TOGGLE_ERP_CONNECTION_ACTIVE, (erp_connection_id,))

    async def test_connection_by_id(
        self, *, erp_connection_id: int | Unset = UNSET
    ) -> bool | None:
        """Tests to see if we can establish a connection with the given config fields

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(TEST_CONNECTION_BY_ID, (erp_connection_id,))

    async def test_connection_by_config(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        config_fields: dict[str, str | None] | None | Unset = UNSET,
    ) -> bool | None:
        """Tests to see if the given connection has a valid connection to its connector

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(TEST_CONNECTION_BY_CONFIG, (erp_connection_id, config_fields))

    async def save_erp_connection_sync_priorities(
        self, *, erp_connection_ids: list[int] | None | Unset = UNSET
    ) -> bool | None:
        """Takes an array of the ErpConnection ids and saves these as ordered sync priorities

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(SAVE_ERP_CONNECTION_SYNC_PRIORITIES, (erp_connection_ids,))

    async def move_erp_field_item(
        self,
        *,
        erp_field_id: int | Unset = UNSET,
        direction: int | Unset = UNSET,
        erp_connection_id: int | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
    ) -> None:
        """Moves the rank of the erp field up or down

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.
        """
        return await self._call(
            MOVE_ERP_FIELD_ITEM, (erp_field_id, direction, erp_connection_id, erp_actor_type)
        )

    async def supports_advanced_search(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
    ) -> bool | None:
        """Indicates if the connection supports advanced search for the given erp actor

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Args:
            erp_connection_id: Ths id of the connection
            erp_actor_type: The erp actor type to check for

        Returns:
            True if advanced search is supported
        """
        return await self._call(SUPPORTS_ADVANCED_SEARCH, (erp_connection_id, erp_actor_type))

    async def connect_actor(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        crm_record_id: int | Unset = UNSET,
        crm_actor_type: CrmActorType | str | Unset = UNSET,
        erp_key: str | None | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
        field_values: list[ErpSyncFieldValue | None] | None | Unset = UNSET,
    ) -> None:
        """Create a link between Erp and Crm and set default values

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.
        """
        return await self._call(
            CONNECT_ACTOR,
            (
                erp_connection_id,
                crm_record_id,
                crm_actor_type,
                erp_key,
                erp_actor_type,
                field_values,
            ),
        )

    async def get_field_values_from_crm(
        self, *, record_id: int | Unset = UNSET, actor_type_crm: CrmActorType | str | Unset = UNSET
    ) -> list[ErpSyncFieldValue | None] | None:
        """Get Crm Field values

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(GET_FIELD_VALUES_FROM_CRM, (record_id, actor_type_crm))

    async def get_field_values_from_erp(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        actor_type_erp: ErpActorType | str | Unset = UNSET,
        erp_key: str | None | Unset = UNSET,
    ) -> list[ErpSyncFieldValue | None] | None:
        """Get Erp Field values

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Args:
            erp_connection_id: Erp connection id
            actor_type_erp: ERP Actor type
            erp_key: Primary key for the erp actor

        Returns:
            The Erp Fields
        """
        return await self._call(
            GET_FIELD_VALUES_FROM_ERP, (erp_connection_id, actor_type_erp, erp_key)
        )

    async def sync_all(self) -> PluginResponse | None:
        """Sync all active connections

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The response
        """
        return await self._call(SYNC_ALL, ())

    async def force_sync_all(self) -> PluginResponse | None:
        """Sync all active connections even when automatic sync is off

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(FORCE_SYNC_ALL, ())

    async def force_resync(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        internal_key_ids: list[int] | None | Unset = UNSET,
    ) -> PluginResponse | None:
        """Force resync from CRM or given Erp connection to all other connections

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(FORCE_RESYNC, (erp_connection_id, internal_key_ids))

    async def force_resync_batch_task(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        internal_key_ids: list[int] | None | Unset = UNSET,
    ) -> None:
        """Start batch task to force resync from CRM or given Erp connection to all other
        connections

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.
        """
        return await self._call(FORCE_RESYNC_BATCH_TASK, (erp_connection_id, internal_key_ids))

    async def force_resync_external(
        self,
        *,
        erp_connection_id: int | Unset = UNSET,
        erp_actor_type: ErpActorType | str | Unset = UNSET,
        external_keys: list[str | None] | None | Unset = UNSET,
    ) -> PluginResponse | None:
        """Force resync from CRM or given Erp connection to all other connections, using
        external keys

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(
            FORCE_RESYNC_EXTERNAL, (erp_connection_id, erp_actor_type, external_keys)
        )

    async def get_connection_list_mappings(
        self, *, erp_connection_id: int | Unset = UNSET
    ) -> ErpConnectionListMappingContainer | None:
        """Returns the listmappings for the specified connection.

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Returns:
            The result.
        """
        return await self._call(GET_CONNECTION_LIST_MAPPINGS, (erp_connection_id,))

    async def save_connection_list_mappings(
        self, *, list_mapping: ErpConnectionListMappingContainer | None | Unset = UNSET
    ) -> ErpConnectionListMappingContainer | None:
        """Saves a connection to the database.

        Online restricted: The ErpSync agent is not available in Online by default. Access
        must be requested specifically when app is registered. Intended for ERP integration
        apps.

        Args:
            list_mapping: Information about all list connections for a connection between
                CRM and the ERP system. Carrier object for ErpConnectionListMappingContainer.
                Services for the ErpConnectionListMappingContainer Carrier is available from the
                ErpSync Agent.

        Returns:
            The result.
        """
        return await self._call(SAVE_CONNECTION_LIST_MAPPINGS, (list_mapping,))


class ErpSyncAgent(ErpSyncMethods, SoapCaller):
    """ErpSync over SOAP 1.1 (``Remote/Services86/ErpSync.svc``), synchronous."""

    _PATH = "Remote/Services86/ErpSync.svc"
    _HEADERS = HEADERS


class AsyncErpSyncAgent(AsyncErpSyncMethods, AsyncSoapCaller):
    """ErpSync over SOAP 1.1 (``Remote/Services86/ErpSync.svc``), asynchronous."""

    _PATH = "Remote/Services86/ErpSync.svc"
    _HEADERS = HEADERS


class ErpSyncRestAgent(ErpSyncMethods, RestCaller):
    """ErpSync over REST (``/api/v1/Agents/ErpSync/...``), synchronous."""


class AsyncErpSyncRestAgent(AsyncErpSyncMethods, AsyncRestCaller):
    """ErpSync over REST (``/api/v1/Agents/ErpSync/...``), asynchronous."""
