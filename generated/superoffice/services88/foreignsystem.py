"""Services88 ForeignSystem agent (``Remote/Services88/ForeignSystem.svc``): its operations."""

from __future__ import annotations

from ..runtime import INT, Operation, Param, STR
from .types.foreign_app_entity import FOREIGN_APP_ENTITY_CODEC
from .types.foreign_device import FOREIGN_DEVICE_CODEC, LIST_OF_FOREIGN_DEVICE_CODEC
from .types.foreign_key import FOREIGN_KEY_CODEC, LIST_OF_FOREIGN_KEY_CODEC
from .types.string_dictionary import STRING_DICTIONARY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_FOREIGN_APP_ENTITY = Operation(
    "CreateDefaultForeignAppEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/CreateDefaultForeignAppEntity",
    results=(Param("response", "Response", FOREIGN_APP_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/CreateDefaultForeignAppEntity",
)
"""Loading default values into a new ForeignAppEntity."""

SAVE_FOREIGN_APP_ENTITY = Operation(
    "SaveForeignAppEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/SaveForeignAppEntity",
    params=(
        Param("foreign_app_entity", "ForeignAppEntity", FOREIGN_APP_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", FOREIGN_APP_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/SaveForeignAppEntity",
    rest_body="foreign_app_entity",
)
"""Updates the existing ForeignAppEntity or creates a new ForeignAppEntity if the id parameter
is 0."""

DELETE_FOREIGN_APP_ENTITY = Operation(
    "DeleteForeignAppEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/DeleteForeignAppEntity",
    params=(Param("foreign_app_entity_id", "ForeignAppEntityId", INT),),
    rest_path="/api/v1/Agents/ForeignSystem/DeleteForeignAppEntity",
)
"""Deletes the ForeignAppEntity"""

GET_FOREIGN_APP_ENTITY = Operation(
    "GetForeignAppEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetForeignAppEntity",
    params=(Param("foreign_app_entity_id", "ForeignAppEntityId", INT),),
    results=(Param("response", "Response", FOREIGN_APP_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetForeignAppEntity",
)
"""Gets a ForeignAppEntity object."""

GET_APP_BY_NAME = Operation(
    "GetAppByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetAppByName",
    params=(Param("application_name", "ApplicationName", STR, nillable=True),),
    results=(Param("response", "Response", FOREIGN_APP_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetAppByName",
)
"""Gets the ForeignApp with the given name."""

GET_APPLICATION_DEVICES = Operation(
    "GetApplicationDevices",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetApplicationDevices",
    params=(Param("application_name", "ApplicationName", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_FOREIGN_DEVICE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetApplicationDevices",
)
"""Gets all devices that belong to a foreign application."""

GET_DEVICE_BY_NAME = Operation(
    "GetDeviceByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetDeviceByName",
    params=(
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
    ),
    results=(Param("response", "Response", FOREIGN_DEVICE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetDeviceByName",
)
"""Gets a ForeignDevice with deviceName that belongs to the application with applicationName."""

GET_DEVICE_BY_IDENTIFIER = Operation(
    "GetDeviceByIdentifier",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetDeviceByIdentifier",
    params=(
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("device_identifier", "DeviceIdentifier", STR, nillable=True),
    ),
    results=(Param("response", "Response", FOREIGN_DEVICE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetDeviceByIdentifier",
)
"""Gets a ForeignDevice with deviceName and deviceIdentifier that belongs to the application
with applicationName."""

ADD_DEVICE_BY_IDENTIFIER = Operation(
    "AddDeviceByIdentifier",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/AddDeviceByIdentifier",
    params=(
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("device_identifier", "DeviceIdentifier", STR, nillable=True),
    ),
    results=(Param("response", "Response", FOREIGN_DEVICE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/AddDeviceByIdentifier",
)
"""Adds a new ForeignDevice with deviceName that belongs to the application with
applicationName, with an optional device-specific identifier."""

SAVE_DEVICE_BY_IDENTIFIER = Operation(
    "SaveDeviceByIdentifier",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/SaveDeviceByIdentifier",
    params=(
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("device_identifier", "DeviceIdentifier", STR, nillable=True),
        Param("foreign_device", "ForeignDevice", FOREIGN_DEVICE_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", FOREIGN_DEVICE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/SaveDeviceByIdentifier",
)
"""Updates a ForeignDevice with deviceName that belongs to the application with
applicationName."""

DELETE_DEVICE_BY_IDENTIFIER = Operation(
    "DeleteDeviceByIdentifier",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/DeleteDeviceByIdentifier",
    params=(
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("device_identifier", "DeviceIdentifier", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/ForeignSystem/DeleteDeviceByIdentifier",
)
"""Delete a ForeignDevice with deviceName and deviceIdentifier that belongs to the application
with applicationName."""

GET_KEY = Operation(
    "GetKey",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetKey",
    params=(
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("key_name", "KeyName", STR, nillable=True),
        Param("table_name", "TableName", STR, nillable=True),
        Param("record_id", "RecordId", INT),
    ),
    results=(Param("response", "Response", FOREIGN_KEY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetKey",
)
"""Returning a foreign key by its key name, that belongs to the specified device and
application."""

GET_KEY_VALUE = Operation(
    "GetKeyValue",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetKeyValue",
    params=(
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("key_name", "KeyName", STR, nillable=True),
        Param("table_name", "TableName", STR, nillable=True),
        Param("record_id", "RecordId", INT),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetKeyValue",
)
"""Gets the string value of a ForeignKey, that belongs to the specified device and application."""

GET_KEY_ON_DEVICE_IDENTIFIER = Operation(
    "GetKeyOnDeviceIdentifier",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetKeyOnDeviceIdentifier",
    params=(
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("device_identifier", "DeviceIdentifier", STR, nillable=True),
        Param("key_name", "KeyName", STR, nillable=True),
        Param("table_name", "TableName", STR, nillable=True),
        Param("record_id", "RecordId", INT),
    ),
    results=(Param("response", "Response", FOREIGN_KEY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetKeyOnDeviceIdentifier",
)
"""Returning a foreign key by its key name and device identifier, that belongs to the specified
device and application."""

GET_KEY_VALUE_ON_DEVICE_IDENTIFIER = Operation(
    "GetKeyValueOnDeviceIdentifier",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetKeyValueOnDeviceIdentifier",
    params=(
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("device_identifier", "DeviceIdentifier", STR, nillable=True),
        Param("key_name", "KeyName", STR, nillable=True),
        Param("table_name", "TableName", STR, nillable=True),
        Param("record_id", "RecordId", INT),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetKeyValueOnDeviceIdentifier",
)
"""Returning a foreign key string value by its key name and device identifier, that belongs to
the specified device and application."""

ADD_FOREIGN_KEY = Operation(
    "AddForeignKey",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/AddForeignKey",
    params=(
        Param("foreign_key", "ForeignKey", FOREIGN_KEY_CODEC, nillable=True),
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("device_identifier", "DeviceIdentifier", STR, nillable=True),
    ),
    results=(Param("response", "Response", FOREIGN_KEY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/AddForeignKey",
)
"""Add a new key belonging to the ForeignApp and ForeignDevice specified."""

SAVE_FOREIGN_KEY = Operation(
    "SaveForeignKey",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/SaveForeignKey",
    params=(
        Param("foreign_key", "ForeignKey", FOREIGN_KEY_CODEC, nillable=True),
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("device_identifier", "DeviceIdentifier", STR, nillable=True),
    ),
    results=(Param("response", "Response", FOREIGN_KEY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/SaveForeignKey",
)
"""Saves a key belonging to the ForeignApp and ForeignDevice specified."""

DELETE_FOREIGN_KEY_ON_NAME = Operation(
    "DeleteForeignKeyOnName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/DeleteForeignKeyOnName",
    params=(
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("device_identifier", "DeviceIdentifier", STR, nillable=True),
        Param("key_name", "KeyName", STR, nillable=True),
        Param("table_name", "TableName", STR, nillable=True),
        Param("record_id", "RecordId", INT),
    ),
    rest_path="/api/v1/Agents/ForeignSystem/DeleteForeignKeyOnName",
)
"""Deletes all specified occurrences of a key, belonging to the ForeignApp and ForeignDevice,
table and record specified."""

GET_KEY_BY_VALUE = Operation(
    "GetKeyByValue",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetKeyByValue",
    params=(
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("key_name", "KeyName", STR, nillable=True),
        Param("key_value", "KeyValue", STR, nillable=True),
        Param("table_name", "TableName", STR, nillable=True),
    ),
    results=(Param("response", "Response", FOREIGN_KEY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetKeyByValue",
)
"""Get a foreignkey based on its name and value, that belongs to the specified device and
application."""

GET_KEY_BY_VALUE_AND_IDENTIFIER = Operation(
    "GetKeyByValueAndIdentifier",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetKeyByValueAndIdentifier",
    params=(
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("device_identifier", "DeviceIdentifier", STR, nillable=True),
        Param("key_name", "KeyName", STR, nillable=True),
        Param("key_value", "KeyValue", STR, nillable=True),
        Param("table_name", "TableName", STR, nillable=True),
    ),
    results=(Param("response", "Response", FOREIGN_KEY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetKeyByValueAndIdentifier",
)
"""Get a foreignkey based on its name and value, that belongs to the specified deviceId,
device, and application."""

GET_ALL_FOREIGN_KEYS_ON_ENTITY = Operation(
    "GetAllForeignKeysOnEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetAllForeignKeysOnEntity",
    params=(
        Param("entity_type", "EntityType", STR, nillable=True),
        Param("entity_id", "EntityId", INT),
    ),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetAllForeignKeysOnEntity",
)
"""Get a list of foreignkeys ('app."""

GET_FOREIGN_DEVICE = Operation(
    "GetForeignDevice",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetForeignDevice",
    params=(Param("foreign_device_id", "ForeignDeviceId", INT),),
    results=(Param("response", "Response", FOREIGN_DEVICE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetForeignDevice",
)
"""Gets a ForeignDevice object."""

SAVE_FOREIGN_DEVICE = Operation(
    "SaveForeignDevice",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/SaveForeignDevice",
    params=(
        Param("foreign_device", "ForeignDevice", FOREIGN_DEVICE_CODEC, nillable=True),
        Param("application_name", "ApplicationName", STR, nillable=True),
    ),
    results=(Param("response", "Response", FOREIGN_DEVICE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/SaveForeignDevice",
)
"""Saves a foreign device for an foreign application"""

DELETE_FOREIGN_DEVICE = Operation(
    "DeleteForeignDevice",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/DeleteForeignDevice",
    params=(
        Param("foreign_device", "ForeignDevice", FOREIGN_DEVICE_CODEC, nillable=True),
        Param("application_name", "ApplicationName", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/ForeignSystem/DeleteForeignDevice",
)
"""Deletes a foreign device from an application"""

DELETE_FOREIGN_KEY = Operation(
    "DeleteForeignKey",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/DeleteForeignKey",
    params=(
        Param("foreign_key", "ForeignKey", FOREIGN_KEY_CODEC, nillable=True),
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("device_identifier", "DeviceIdentifier", STR, nillable=True),
        Param("table_name", "TableName", STR, nillable=True),
        Param("record_id", "RecordId", INT),
    ),
    rest_path="/api/v1/Agents/ForeignSystem/DeleteForeignKey",
)
"""Deletes all specified occurrences of a key, belonging to the ForeignApp and ForeignDevice,
table and record specified."""

GET_DEVICE_KEYS = Operation(
    "GetDeviceKeys",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetDeviceKeys",
    params=(
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_FOREIGN_KEY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetDeviceKeys",
)
"""Returns all ForeignKeys that belong to a device."""

GET_APPLICATION_KEYS = Operation(
    "GetApplicationKeys",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetApplicationKeys",
    params=(Param("application_name", "ApplicationName", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_FOREIGN_KEY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetApplicationKeys",
)
"""Returns all ForeignKeys that belong to an application."""

GET_DEVICE_KEYS_ON_DEVICE_IDENTIFIER = Operation(
    "GetDeviceKeysOnDeviceIdentifier",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetDeviceKeysOnDeviceIdentifier",
    params=(
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("device_identifier", "DeviceIdentifier", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_FOREIGN_KEY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetDeviceKeysOnDeviceIdentifier",
)
"""Returns all ForeignKeys that belong to a device with a given deviceIdentifier."""

GET_DEVICE_KEYS_ON_DEVICE_IDENTIFIER_TABLE = Operation(
    "GetDeviceKeysOnDeviceIdentifierTable",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetDeviceKeysOnDeviceIdentifierTable",
    params=(
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("device_identifier", "DeviceIdentifier", STR, nillable=True),
        Param("table_name", "TableName", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_FOREIGN_KEY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetDeviceKeysOnDeviceIdentifierTable",
)
"""Returns all ForeignKeys that belong to a device with a given deviceIdentifier and table
name."""

GET_DEVICE_KEYS_ON_DEVICE_IDENTIFIER_TABLE_RECORD_ID = Operation(
    "GetDeviceKeysOnDeviceIdentifierTableRecordId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetDeviceKeysOnDeviceIdentifierTableRecordId",
    params=(
        Param("application_name", "ApplicationName", STR, nillable=True),
        Param("device_name", "DeviceName", STR, nillable=True),
        Param("device_identifier", "DeviceIdentifier", STR, nillable=True),
        Param("table_name", "TableName", STR, nillable=True),
        Param("record_id", "RecordId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_FOREIGN_KEY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetDeviceKeysOnDeviceIdentifierTableRecordId",
)
"""Returns all ForeignKeys that belong to a device with a given deviceIdentifier and table
name, as well as record id."""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultForeignAppEntity": CREATE_DEFAULT_FOREIGN_APP_ENTITY,
    "SaveForeignAppEntity": SAVE_FOREIGN_APP_ENTITY,
    "DeleteForeignAppEntity": DELETE_FOREIGN_APP_ENTITY,
    "GetForeignAppEntity": GET_FOREIGN_APP_ENTITY,
    "GetAppByName": GET_APP_BY_NAME,
    "GetApplicationDevices": GET_APPLICATION_DEVICES,
    "GetDeviceByName": GET_DEVICE_BY_NAME,
    "GetDeviceByIdentifier": GET_DEVICE_BY_IDENTIFIER,
    "AddDeviceByIdentifier": ADD_DEVICE_BY_IDENTIFIER,
    "SaveDeviceByIdentifier": SAVE_DEVICE_BY_IDENTIFIER,
    "DeleteDeviceByIdentifier": DELETE_DEVICE_BY_IDENTIFIER,
    "GetKey": GET_KEY,
    "GetKeyValue": GET_KEY_VALUE,
    "GetKeyOnDeviceIdentifier": GET_KEY_ON_DEVICE_IDENTIFIER,
    "GetKeyValueOnDeviceIdentifier": GET_KEY_VALUE_ON_DEVICE_IDENTIFIER,
    "AddForeignKey": ADD_FOREIGN_KEY,
    "SaveForeignKey": SAVE_FOREIGN_KEY,
    "DeleteForeignKeyOnName": DELETE_FOREIGN_KEY_ON_NAME,
    "GetKeyByValue": GET_KEY_BY_VALUE,
    "GetKeyByValueAndIdentifier": GET_KEY_BY_VALUE_AND_IDENTIFIER,
    "GetAllForeignKeysOnEntity": GET_ALL_FOREIGN_KEYS_ON_ENTITY,
    "GetForeignDevice": GET_FOREIGN_DEVICE,
    "SaveForeignDevice": SAVE_FOREIGN_DEVICE,
    "DeleteForeignDevice": DELETE_FOREIGN_DEVICE,
    "DeleteForeignKey": DELETE_FOREIGN_KEY,
    "GetDeviceKeys": GET_DEVICE_KEYS,
    "GetApplicationKeys": GET_APPLICATION_KEYS,
    "GetDeviceKeysOnDeviceIdentifier": GET_DEVICE_KEYS_ON_DEVICE_IDENTIFIER,
    "GetDeviceKeysOnDeviceIdentifierTable": GET_DEVICE_KEYS_ON_DEVICE_IDENTIFIER_TABLE,
    "GetDeviceKeysOnDeviceIdentifierTableRecordId": GET_DEVICE_KEYS_ON_DEVICE_IDENTIFIER_TABLE_RECORD_ID,
}
