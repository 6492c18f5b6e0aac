"""Services88 ErpSync agent (``Remote/Services88/ErpSync.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, DURATION, INT, Operation, Param, STR
from .types.crm_actor_type import CRM_ACTOR_TYPE_CODEC
from .types.erp_actor_type import ERP_ACTOR_TYPE_CODEC
from .types.erp_connection import ERP_CONNECTION_CODEC, LIST_OF_ERP_CONNECTION_CODEC
from .types.erp_connection_data import LIST_OF_ERP_CONNECTION_DATA_CODEC
from .types.erp_connection_list_mapping_container import (
    ERP_CONNECTION_LIST_MAPPING_CONTAINER_CODEC,
)
from .types.erp_sync_actor_type_mapping import ERP_SYNC_ACTOR_TYPE_MAPPING_CODEC
from .types.erp_sync_connection_summary import ERP_SYNC_CONNECTION_SUMMARY_CODEC
from .types.erp_sync_connector_entity import ERP_SYNC_CONNECTOR_ENTITY_CODEC
from .types.erp_sync_default_value import ERP_SYNC_DEFAULT_VALUE_CODEC
from .types.erp_sync_engine_status import ERP_SYNC_ENGINE_STATUS_CODEC
from .types.erp_sync_field_value import LIST_OF_ERP_SYNC_FIELD_VALUE_CODEC
from .types.erp_sync_response_code import ERP_SYNC_RESPONSE_CODE_CODEC
from .types.field_metadata import LIST_OF_FIELD_METADATA_CODEC
from .types.list_item import LIST_OF_LIST_ITEM_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.plugin_response import PLUGIN_RESPONSE_CODEC
from .types.string_dictionary import STRING_DICTIONARY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_ERP_SYNC_CONNECTOR_ENTITY = Operation(
    "CreateDefaultErpSyncConnectorEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/CreateDefaultErpSyncConnectorEntity",
    results=(Param("response", "Response", ERP_SYNC_CONNECTOR_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/CreateDefaultErpSyncConnectorEntity",
)
"""Set default values into a new ErpSyncConnectorEntity.

NetServer calculates default values on the entity, which is required when creating/storing a
new instance"""

SAVE_ERP_SYNC_CONNECTOR_ENTITY = Operation(
    "SaveErpSyncConnectorEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/SaveErpSyncConnectorEntity",
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
)
"""Updates the existing ErpSyncConnectorEntity or creates a new ErpSyncConnectorEntity if the
id parameter is empty"""

DELETE_ERP_SYNC_CONNECTOR_ENTITY = Operation(
    "DeleteErpSyncConnectorEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/DeleteErpSyncConnectorEntity",
    params=(Param("erp_sync_connector_entity_id", "ErpSyncConnectorEntityId", INT),),
    rest_path="/api/v1/Agents/ErpSync/DeleteErpSyncConnectorEntity",
)
"""Deletes the ErpSyncConnectorEntity"""

GET_CONNECTION = Operation(
    "GetConnection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetConnection",
    params=(Param("erp_connection_id", "ErpConnectionId", INT),),
    results=(Param("response", "Response", ERP_CONNECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetConnection",
)
"""Returns the specified connection."""

SAVE_CONNECTION = Operation(
    "SaveConnection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/SaveConnection",
    params=(Param("connection", "Connection", ERP_CONNECTION_CODEC, nillable=True),),
    results=(Param("response", "Response", ERP_CONNECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/SaveConnection",
)
"""Saves a connection to the database."""

DELETE_CONNECTION = Operation(
    "DeleteConnection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/DeleteConnection",
    params=(Param("erp_connection_id", "ErpConnectionId", INT),),
    rest_path="/api/v1/Agents/ErpSync/DeleteConnection",
)
"""Deletes a connection from the database."""

GET_CONFIGURATION_FIELDS = Operation(
    "GetConfigurationFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetConfigurationFields",
    params=(Param("erp_connector_id", "ErpConnectorId", INT),),
    results=(Param("response", "Response", LIST_OF_FIELD_METADATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetConfigurationFields",
)
"""Returns all fields needed to connect to the given connector"""

GET_ERP_CONNECTION_CONFIG_FIELDS = Operation(
    "GetErpConnectionConfigFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetErpConnectionConfigFields",
    params=(Param("erp_connection_id", "ErpConnectionId", INT),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetErpConnectionConfigFields",
)
"""Returns the config fields for the connection."""

TOGGLE_ERP_CONNECTION_ACTIVE = Operation(
    "ToggleErpConnectionActive",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/ToggleErpConnectionActive",
    params=(Param("erp_connection_id", "ErpConnectionId", INT),),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/ToggleErpConnectionActive",
)
"""Toggles the Active state of the connection"""

TEST_CONNECTION_BY_ID = Operation(
    "TestConnectionById",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/TestConnectionById",
    params=(Param("erp_connection_id", "ErpConnectionId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/ErpSync/TestConnectionById",
)
"""Tests to see if we can establish a connection with the given config fields"""

TEST_CONNECTION_BY_CONFIG = Operation(
    "TestConnectionByConfig",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/TestConnectionByConfig",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("config_fields", "ConfigFields", STRING_DICTIONARY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/ErpSync/TestConnectionByConfig",
)
"""Tests to see if the given connection has a valid connection to its connector"""

SAVE_ERP_CONNECTION_SYNC_PRIORITIES = Operation(
    "SaveErpConnectionSyncPriorities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/SaveErpConnectionSyncPriorities",
    params=(Param("erp_connection_ids", "ErpConnectionIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/ErpSync/SaveErpConnectionSyncPriorities",
)
"""Takes an array of the ErpConnection ids and saves these as ordered sync priorities"""

MOVE_ERP_FIELD_ITEM = Operation(
    "MoveErpFieldItem",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/MoveErpFieldItem",
    params=(
        Param("erp_field_id", "ErpFieldId", INT),
        Param("direction", "Direction", INT),
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("erp_actor_type", "ErpActorType", ERP_ACTOR_TYPE_CODEC),
    ),
    rest_path="/api/v1/Agents/ErpSync/MoveErpFieldItem",
)
"""Moves the rank of the erp field up or down"""

SUPPORTS_ADVANCED_SEARCH = Operation(
    "SupportsAdvancedSearch",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/SupportsAdvancedSearch",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("erp_actor_type", "ErpActorType", ERP_ACTOR_TYPE_CODEC),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/ErpSync/SupportsAdvancedSearch",
)
"""Indicates if the connection supports advanced search for the given erp actor"""

GET_ALL_CONNECTORS = Operation(
    "GetAllConnectors",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetAllConnectors",
    results=(Param("response", "Response", LIST_OF_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetAllConnectors",
)
"""Returns all ERP Sync connectors.

Uses the ErpConnector archive."""

GET_ALL_CONNECTIONS = Operation(
    "GetAllConnections",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetAllConnections",
    params=(Param("include_deleted", "IncludeDeleted", BOOL),),
    results=(Param("response", "Response", LIST_OF_ERP_CONNECTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetAllConnections",
)
"""Returns all ERP Sync connections without config field data.

Uses the ErpConnection archive."""

GET_CONNECTIONS_AND_DISPLAY_FIELDS = Operation(
    "GetConnectionsAndDisplayFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetConnectionsAndDisplayFields",
    params=(
        Param("crm_actor_type", "CrmActorType", CRM_ACTOR_TYPE_CODEC),
        Param("entity_id", "EntityId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_ERP_CONNECTION_DATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetConnectionsAndDisplayFields",
)
"""Get all connection statuses and fields for a given entity"""

GET_ERP_FIELD_VALUES = Operation(
    "GetErpFieldValues",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetErpFieldValues",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("crm_actor_type", "CrmActorType", CRM_ACTOR_TYPE_CODEC),
        Param("entity_id", "EntityId", INT),
        Param("field_keys", "FieldKeys", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetErpFieldValues",
)
"""Get the values for the specified fields from the ERP connection"""

GET_FIELDS_FOR_NEW_ERP_ACTOR = Operation(
    "GetFieldsForNewErpActor",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetFieldsForNewErpActor",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("erp_actor_type", "ErpActorType", ERP_ACTOR_TYPE_CODEC),
    ),
    results=(Param("response", "Response", LIST_OF_FIELD_METADATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetFieldsForNewErpActor",
)
"""Get the fields that must be filled out when creating a new ERP actor"""

GET_CONNECTION_LIST_MAPPINGS = Operation(
    "GetConnectionListMappings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetConnectionListMappings",
    params=(Param("erp_connection_id", "ErpConnectionId", INT),),
    results=(
        Param("response", "Response", ERP_CONNECTION_LIST_MAPPING_CONTAINER_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/ErpSync/GetConnectionListMappings",
)
"""Returns the listmappings for the specified connection."""

SAVE_CONNECTION_LIST_MAPPINGS = Operation(
    "SaveConnectionListMappings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/SaveConnectionListMappings",
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
"""Saves a connection to the database."""

CONNECT_ACTOR = Operation(
    "ConnectActor",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/ConnectActor",
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
"""Create a link between Erp and Crm and set default values"""

TRY_CONNECT_ACTOR = Operation(
    "TryConnectActor",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/TryConnectActor",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("crm_record_id", "CrmRecordId", INT),
        Param("crm_actor_type", "CrmActorType", CRM_ACTOR_TYPE_CODEC),
        Param("erp_key", "ErpKey", STR, nillable=True),
        Param("erp_actor_type", "ErpActorType", ERP_ACTOR_TYPE_CODEC),
        Param("field_values", "FieldValues", LIST_OF_ERP_SYNC_FIELD_VALUE_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/ErpSync/TryConnectActor",
)
"""Create a link between Erp and Crm and set default values"""

GET_FIELD_VALUES_FROM_CRM = Operation(
    "GetFieldValuesFromCrm",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetFieldValuesFromCrm",
    params=(
        Param("record_id", "RecordId", INT),
        Param("actor_type_crm", "ActorTypeCrm", CRM_ACTOR_TYPE_CODEC),
    ),
    results=(Param("response", "Response", LIST_OF_ERP_SYNC_FIELD_VALUE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetFieldValuesFromCrm",
)
"""Get Crm Field values"""

GET_FIELD_VALUES_FROM_ERP = Operation(
    "GetFieldValuesFromErp",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetFieldValuesFromErp",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("actor_type_erp", "ActorTypeErp", ERP_ACTOR_TYPE_CODEC),
        Param("erp_key", "ErpKey", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_ERP_SYNC_FIELD_VALUE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetFieldValuesFromErp",
)
"""Get Erp Field values"""

GET_ACTOR_TYPE_MAPPING = Operation(
    "GetActorTypeMapping",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetActorTypeMapping",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("actor_type", "ActorType", ERP_ACTOR_TYPE_CODEC),
    ),
    results=(Param("response", "Response", ERP_SYNC_ACTOR_TYPE_MAPPING_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetActorTypeMapping",
)
"""Get the current mappings for one connection/actor; connection+actor type = unique key"""

CREATE_ACTOR_LINK = Operation(
    "CreateActorLink",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/CreateActorLink",
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
"""Link a crm entity to an erp entity"""

BREAK_ACTOR_LINK = Operation(
    "BreakActorLink",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/BreakActorLink",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("crm_record_id", "CrmRecordId", INT),
        Param("crm_actor_type", "CrmActorType", CRM_ACTOR_TYPE_CODEC),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/ErpSync/BreakActorLink",
)
"""Remove the link between a CRM entity and an ERP entity"""

CREATE_ERP_ACTOR_FROM_CRM = Operation(
    "CreateErpActorFromCrm",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/CreateErpActorFromCrm",
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
"""Create ErpActor from crm entity"""

SAVE_ACTOR_TYPE_MAPPING = Operation(
    "SaveActorTypeMapping",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/SaveActorTypeMapping",
    params=(Param("mapping", "Mapping", ERP_SYNC_ACTOR_TYPE_MAPPING_CODEC, nillable=True),),
    results=(Param("response", "Response", ERP_SYNC_ACTOR_TYPE_MAPPING_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/SaveActorTypeMapping",
)
"""Save mappings for a connection/actor"""

VALIDATE_ARCHIVE_COLUMN_CONFIG = Operation(
    "ValidateArchiveColumnConfig",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/ValidateArchiveColumnConfig",
    params=(
        Param("list_owner", "ListOwner", STR, nillable=True),
        Param("erp_connection_id", "ErpConnectionId", INT),
    ),
    rest_path="/api/v1/Agents/ErpSync/ValidateArchiveColumnConfig",
)
"""Clear field info from table SUPERLISTCOLUMNSIZE if field mapping changed on given connection"""

UPDATE_CONNECTION_FIELDS = Operation(
    "UpdateConnectionFields",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/UpdateConnectionFields",
    params=(Param("erp_connection_id", "ErpConnectionId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/ErpSync/UpdateConnectionFields",
)
"""Gets all supported actor types, and all fields for each actor type, and save this state to
the CRM database"""

GET_CRM_ACTOR_TYPE = Operation(
    "GetCrmActorType",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetCrmActorType",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("erp_actor_type", "ErpActorType", ERP_ACTOR_TYPE_CODEC),
    ),
    results=(Param("response", "Response", CRM_ACTOR_TYPE_CODEC),),
    rest_path="/api/v1/Agents/ErpSync/GetCrmActorType",
)
"""Retrieves the CrmActorType that are mapped to a specific ErpActorType for this connection"""

GET_ERP_SYNC_CONNECTION_SUMMARY = Operation(
    "GetErpSyncConnectionSummary",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetErpSyncConnectionSummary",
    params=(Param("erp_sync_connection_id", "ErpSyncConnectionId", INT),),
    results=(Param("response", "Response", ERP_SYNC_CONNECTION_SUMMARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetErpSyncConnectionSummary",
)
"""Get a summary of the current ErpSync configuration/setup"""

GET_ERP_SYNC_CONNECTOR_ENTITY = Operation(
    "GetErpSyncConnectorEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetErpSyncConnectorEntity",
    params=(Param("erp_sync_connector_entity_id", "ErpSyncConnectorEntityId", INT),),
    results=(Param("response", "Response", ERP_SYNC_CONNECTOR_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetErpSyncConnectorEntity",
)
"""Gets a ErpSyncConnectorEntity object."""

CAN_DELETE_ERP_SYNC_CONNECTOR_ENTITY = Operation(
    "CanDeleteErpSyncConnectorEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/CanDeleteErpSyncConnectorEntity",
    params=(Param("erp_sync_connector_id", "ErpSyncConnectorId", INT),),
    results=(Param("response", "Response", ERP_SYNC_RESPONSE_CODE_CODEC),),
    rest_path="/api/v1/Agents/ErpSync/CanDeleteErpSyncConnectorEntity",
)
"""Can we delete the connector?"""

TEST_CONNECTOR_URL = Operation(
    "TestConnectorUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/TestConnectorUrl",
    params=(Param("url", "Url", STR, nillable=True),),
    results=(Param("response", "Response", ERP_SYNC_RESPONSE_CODE_CODEC),),
    rest_path="/api/v1/Agents/ErpSync/TestConnectorUrl",
)
"""Test if connector urls anwers

NsApiSlow threshold: 5000 ms."""

SAVE_DEFAULT_VALUE_INFO = Operation(
    "SaveDefaultValueInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/SaveDefaultValueInfo",
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
"""Save information about a default value for an ERP field"""

GET_DEFAULT_VALUE_INFO = Operation(
    "GetDefaultValueInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetDefaultValueInfo",
    params=(Param("erp_field_id", "ErpFieldId", INT),),
    results=(Param("response", "Response", ERP_SYNC_DEFAULT_VALUE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetDefaultValueInfo",
)
"""Get information about default value for an ERP field"""

SYNC_ALL = Operation(
    "SyncAll",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/SyncAll",
    results=(Param("response", "Response", PLUGIN_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/SyncAll",
)
"""Sync all active connections"""

FORCE_SYNC_ALL = Operation(
    "ForceSyncAll",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/ForceSyncAll",
    results=(Param("response", "Response", PLUGIN_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/ForceSyncAll",
)
"""Sync all active connections even when automatic sync is off"""

FORCE_RESYNC = Operation(
    "ForceResync",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/ForceResync",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("internal_key_ids", "InternalKeyIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", PLUGIN_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/ForceResync",
)
"""Force resync from CRM or given Erp connection to all other connections"""

FORCE_RESYNC_NO_BLANK_VALUES = Operation(
    "ForceResyncNoBlankValues",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/ForceResyncNoBlankValues",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("internal_key_ids", "InternalKeyIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", PLUGIN_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/ForceResyncNoBlankValues",
)
"""Force resync from CRM or given Erp connection to all other connections and tell the sync
that you don't want blank values to overwrite non-blank values.

Useful on import."""

FORCE_RESYNC_BATCH_TASK = Operation(
    "ForceResyncBatchTask",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/ForceResyncBatchTask",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("internal_key_ids", "InternalKeyIds", LIST_OF_INT_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/ErpSync/ForceResyncBatchTask",
)
"""Start batch task to force resync from CRM or given Erp connection to all other connections"""

FORCE_RESYNC_EXTERNAL = Operation(
    "ForceResyncExternal",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/ForceResyncExternal",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("erp_actor_type", "ErpActorType", ERP_ACTOR_TYPE_CODEC),
        Param("external_keys", "ExternalKeys", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", PLUGIN_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/ForceResyncExternal",
)
"""Force resync from CRM or given Erp connection to all other connections, using external keys"""

FORCE_RESYNC_EXTERNAL_NO_BLANK_VALUES = Operation(
    "ForceResyncExternalNoBlankValues",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/ForceResyncExternalNoBlankValues",
    params=(
        Param("erp_connection_id", "ErpConnectionId", INT),
        Param("erp_actor_type", "ErpActorType", ERP_ACTOR_TYPE_CODEC),
        Param("external_keys", "ExternalKeys", LIST_OF_STR_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", PLUGIN_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/ForceResyncExternalNoBlankValues",
)
"""Force resync from CRM or given Erp connection to all other connections, using external keys,
and tell the sync that you don't want blank values to overwrite non-blank values.

Useful on import."""

GET_ENGINE_STATUS = Operation(
    "GetEngineStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/GetEngineStatus",
    results=(Param("response", "Response", ERP_SYNC_ENGINE_STATUS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/GetEngineStatus",
)
"""Get the current status of the Sync engine"""

CHANGE_ENGINE_STATUS = Operation(
    "ChangeEngineStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/ChangeEngineStatus",
    params=(Param("run", "Run", BOOL),),
    results=(Param("response", "Response", ERP_SYNC_ENGINE_STATUS_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ErpSync/ChangeEngineStatus",
)
"""Change the current running/stopped status of the Sync engine"""

CHANGE_ENGINE_INTERVAL = Operation(
    "ChangeEngineInterval",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ErpSync/ChangeEngineInterval",
    params=(Param("interval", "Interval", DURATION),),
    rest_path="/api/v1/Agents/ErpSync/ChangeEngineInterval",
)
"""Change the interval for each run of the Sync Engine"""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultErpSyncConnectorEntity": CREATE_DEFAULT_ERP_SYNC_CONNECTOR_ENTITY,
    "SaveErpSyncConnectorEntity": SAVE_ERP_SYNC_CONNECTOR_ENTITY,
    "DeleteErpSyncConnectorEntity": DELETE_ERP_SYNC_CONNECTOR_ENTITY,
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
    "GetAllConnectors": GET_ALL_CONNECTORS,
    "GetAllConnections": GET_ALL_CONNECTIONS,
    "GetConnectionsAndDisplayFields": GET_CONNECTIONS_AND_DISPLAY_FIELDS,
    "GetErpFieldValues": GET_ERP_FIELD_VALUES,
    "GetFieldsForNewErpActor": GET_FIELDS_FOR_NEW_ERP_ACTOR,
    "GetConnectionListMappings": GET_CONNECTION_LIST_MAPPINGS,
    "SaveConnectionListMappings": SAVE_CONNECTION_LIST_MAPPINGS,
    "ConnectActor": CONNECT_ACTOR,
    "TryConnectActor": TRY_CONNECT_ACTOR,
    "GetFieldValuesFromCrm": GET_FIELD_VALUES_FROM_CRM,
    "GetFieldValuesFromErp": GET_FIELD_VALUES_FROM_ERP,
    "GetActorTypeMapping": GET_ACTOR_TYPE_MAPPING,
    "CreateActorLink": CREATE_ACTOR_LINK,
    "BreakActorLink": BREAK_ACTOR_LINK,
    "CreateErpActorFromCrm": CREATE_ERP_ACTOR_FROM_CRM,
    "SaveActorTypeMapping": SAVE_ACTOR_TYPE_MAPPING,
    "ValidateArchiveColumnConfig": VALIDATE_ARCHIVE_COLUMN_CONFIG,
    "UpdateConnectionFields": UPDATE_CONNECTION_FIELDS,
    "GetCrmActorType": GET_CRM_ACTOR_TYPE,
    "GetErpSyncConnectionSummary": GET_ERP_SYNC_CONNECTION_SUMMARY,
    "GetErpSyncConnectorEntity": GET_ERP_SYNC_CONNECTOR_ENTITY,
    "CanDeleteErpSyncConnectorEntity": CAN_DELETE_ERP_SYNC_CONNECTOR_ENTITY,
    "TestConnectorUrl": TEST_CONNECTOR_URL,
    "SaveDefaultValueInfo": SAVE_DEFAULT_VALUE_INFO,
    "GetDefaultValueInfo": GET_DEFAULT_VALUE_INFO,
    "SyncAll": SYNC_ALL,
    "ForceSyncAll": FORCE_SYNC_ALL,
    "ForceResync": FORCE_RESYNC,
    "ForceResyncNoBlankValues": FORCE_RESYNC_NO_BLANK_VALUES,
    "ForceResyncBatchTask": FORCE_RESYNC_BATCH_TASK,
    "ForceResyncExternal": FORCE_RESYNC_EXTERNAL,
    "ForceResyncExternalNoBlankValues": FORCE_RESYNC_EXTERNAL_NO_BLANK_VALUES,
    "GetEngineStatus": GET_ENGINE_STATUS,
    "ChangeEngineStatus": CHANGE_ENGINE_STATUS,
    "ChangeEngineInterval": CHANGE_ENGINE_INTERVAL,
}
