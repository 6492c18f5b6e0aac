"""Services88 ForeignSystem agent (``Remote/Services88/ForeignSystem.svc``).

``ForeignSystemAgent`` and ``AsyncForeignSystemAgent`` call it over SOAP,
``ForeignSystemRestAgent`` and ``AsyncForeignSystemRestAgent`` over REST; all four share the
same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.foreign_app_entity import FOREIGN_APP_ENTITY_CODEC, ForeignAppEntity
from .types.foreign_device import FOREIGN_DEVICE_CODEC, LIST_OF_FOREIGN_DEVICE_CODEC, ForeignDevice
from .types.foreign_key import FOREIGN_KEY_CODEC, LIST_OF_FOREIGN_KEY_CODEC, ForeignKey
from .types.string_dictionary import STRING_DICTIONARY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_FOREIGN_APP_ENTITY: Operation[ForeignAppEntity | None] = Operation(
    "CreateDefaultForeignAppEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/CreateDefaultForeignAppEntity",
    results=(Param("response", "Response", FOREIGN_APP_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/CreateDefaultForeignAppEntity",
    rest_select=False,
)

SAVE_FOREIGN_APP_ENTITY: Operation[ForeignAppEntity | None] = Operation(
    "SaveForeignAppEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/SaveForeignAppEntity",
    params=(
        Param("foreign_app_entity", "ForeignAppEntity", FOREIGN_APP_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", FOREIGN_APP_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/SaveForeignAppEntity",
    rest_body="foreign_app_entity",
    rest_select=False,
)

DELETE_FOREIGN_APP_ENTITY: Operation[None] = Operation(
    "DeleteForeignAppEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/DeleteForeignAppEntity",
    params=(
        Param("foreign_app_entity_id", "ForeignAppEntityId", INT, query="foreignAppEntityId"),
    ),
    rest_path="/api/v1/Agents/ForeignSystem/DeleteForeignAppEntity",
    rest_select=False,
)

GET_FOREIGN_APP_ENTITY: Operation[ForeignAppEntity | None] = Operation(
    "GetForeignAppEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetForeignAppEntity",
    params=(
        Param("foreign_app_entity_id", "ForeignAppEntityId", INT, query="foreignAppEntityId"),
    ),
    results=(Param("response", "Response", FOREIGN_APP_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetForeignAppEntity",
)

GET_APP_BY_NAME: Operation[ForeignAppEntity | None] = Operation(
    "GetAppByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetAppByName",
    params=(Param("application_name", "ApplicationName", STR, nillable=True),),
    results=(Param("response", "Response", FOREIGN_APP_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetAppByName",
)

GET_APPLICATION_DEVICES: Operation[list[ForeignDevice | None] | None] = Operation(
    "GetApplicationDevices",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetApplicationDevices",
    params=(Param("application_name", "ApplicationName", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_FOREIGN_DEVICE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetApplicationDevices",
)

GET_DEVICE_BY_NAME: Operation[ForeignDevice | None] = Operation(
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

GET_DEVICE_BY_IDENTIFIER: Operation[ForeignDevice | None] = Operation(
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

ADD_DEVICE_BY_IDENTIFIER: Operation[ForeignDevice | None] = Operation(
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

SAVE_DEVICE_BY_IDENTIFIER: Operation[ForeignDevice | None] = Operation(
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

DELETE_DEVICE_BY_IDENTIFIER: Operation[None] = Operation(
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

GET_KEY: Operation[ForeignKey | None] = Operation(
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

GET_KEY_VALUE: Operation[str | None] = Operation(
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

GET_KEY_ON_DEVICE_IDENTIFIER: Operation[ForeignKey | None] = Operation(
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

GET_KEY_VALUE_ON_DEVICE_IDENTIFIER: Operation[str | None] = Operation(
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

ADD_FOREIGN_KEY: Operation[ForeignKey | None] = Operation(
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

SAVE_FOREIGN_KEY: Operation[ForeignKey | None] = Operation(
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

DELETE_FOREIGN_KEY_ON_NAME: Operation[None] = Operation(
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

GET_KEY_BY_VALUE: Operation[ForeignKey | None] = Operation(
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

GET_KEY_BY_VALUE_AND_IDENTIFIER: Operation[ForeignKey | None] = Operation(
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

GET_ALL_FOREIGN_KEYS_ON_ENTITY: Operation[dict[str, str | None] | None] = Operation(
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

GET_FOREIGN_DEVICE: Operation[ForeignDevice | None] = Operation(
    "GetForeignDevice",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetForeignDevice",
    params=(Param("foreign_device_id", "ForeignDeviceId", INT, query="foreignDeviceId"),),
    results=(Param("response", "Response", FOREIGN_DEVICE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetForeignDevice",
)

SAVE_FOREIGN_DEVICE: Operation[ForeignDevice | None] = Operation(
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

DELETE_FOREIGN_DEVICE: Operation[None] = Operation(
    "DeleteForeignDevice",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/DeleteForeignDevice",
    params=(
        Param("foreign_device", "ForeignDevice", FOREIGN_DEVICE_CODEC, nillable=True),
        Param("application_name", "ApplicationName", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/ForeignSystem/DeleteForeignDevice",
)

DELETE_FOREIGN_KEY: Operation[None] = Operation(
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

GET_DEVICE_KEYS: Operation[list[ForeignKey | None] | None] = Operation(
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

GET_APPLICATION_KEYS: Operation[list[ForeignKey | None] | None] = Operation(
    "GetApplicationKeys",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/ForeignSystem/GetApplicationKeys",
    params=(Param("application_name", "ApplicationName", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_FOREIGN_KEY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/ForeignSystem/GetApplicationKeys",
)

GET_DEVICE_KEYS_ON_DEVICE_IDENTIFIER: Operation[list[ForeignKey | None] | None] = Operation(
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

GET_DEVICE_KEYS_ON_DEVICE_IDENTIFIER_TABLE: Operation[list[ForeignKey | None] | None] = Operation(
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

GET_DEVICE_KEYS_ON_DEVICE_IDENTIFIER_TABLE_RECORD_ID: Operation[list[ForeignKey | None] | None] = (
    Operation(
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
)

OPERATIONS: dict[str, Operation[Any]] = {
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


class ForeignSystemMethods(SyncCalls):
    """The ForeignSystem operations, called synchronously (SOAP or REST)."""

    def create_default_foreign_app_entity(self) -> ForeignAppEntity | None:
        """Loading default values into a new ForeignAppEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_FOREIGN_APP_ENTITY, ())

    def save_foreign_app_entity(
        self, *, foreign_app_entity: ForeignAppEntity | None | Unset = UNSET
    ) -> ForeignAppEntity | None:
        """Updates the existing ForeignAppEntity or creates a new ForeignAppEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_FOREIGN_APP_ENTITY, (foreign_app_entity,))

    def delete_foreign_app_entity(self, *, foreign_app_entity_id: int | Unset = UNSET) -> None:
        """Deletes the ForeignAppEntity"""
        return self._call(DELETE_FOREIGN_APP_ENTITY, (foreign_app_entity_id,))

    def get_foreign_app_entity(
        self, *, foreign_app_entity_id: int | Unset = UNSET
    ) -> ForeignAppEntity | None:
        """Gets a ForeignAppEntity object.

        Returns:
            The result.
        """
        return self._call(GET_FOREIGN_APP_ENTITY, (foreign_app_entity_id,))

    def get_app_by_name(
        self, *, application_name: str | None | Unset = UNSET
    ) -> ForeignAppEntity | None:
        """Gets the ForeignApp with the given name.

        Returns:
            The result.
        """
        return self._call(GET_APP_BY_NAME, (application_name,))

    def get_application_devices(
        self, *, application_name: str | None | Unset = UNSET
    ) -> list[ForeignDevice | None] | None:
        """Gets all devices that belong to a foreign application.

        Returns:
            The result.
        """
        return self._call(GET_APPLICATION_DEVICES, (application_name,))

    def get_device_by_name(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
    ) -> ForeignDevice | None:
        """Gets a ForeignDevice with deviceName that belongs to the application with
        applicationName.

        Returns:
            The result.
        """
        return self._call(GET_DEVICE_BY_NAME, (application_name, device_name))

    def get_device_by_identifier(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
    ) -> ForeignDevice | None:
        """Gets a ForeignDevice with deviceName and deviceIdentifier that belongs to the
        application with applicationName.

        Returns:
            The result.
        """
        return self._call(
            GET_DEVICE_BY_IDENTIFIER, (application_name, device_name, device_identifier)
        )

    def add_device_by_identifier(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
    ) -> ForeignDevice | None:
        """Adds a new ForeignDevice with deviceName that belongs to the application with
        applicationName, with an optional device-specific identifier.

        Returns:
            The result.
        """
        return self._call(
            ADD_DEVICE_BY_IDENTIFIER, (application_name, device_name, device_identifier)
        )

    def save_device_by_identifier(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
        foreign_device: ForeignDevice | None | Unset = UNSET,
    ) -> ForeignDevice | None:
        """Updates a ForeignDevice with deviceName that belongs to the application with
        applicationName.

        Returns:
            The result.
        """
        return self._call(
            SAVE_DEVICE_BY_IDENTIFIER,
            (application_name, device_name, device_identifier, foreign_device),
        )

    def delete_device_by_identifier(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
    ) -> None:
        """Delete a ForeignDevice with deviceName and deviceIdentifier that belongs to the
        application with applicationName.
        """
        return self._call(
            DELETE_DEVICE_BY_IDENTIFIER, (application_name, device_name, device_identifier)
        )

    def get_key(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        key_name: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
    ) -> ForeignKey | None:
        """Returning a foreign key by its key name, that belongs to the specified device and
        application.

        Returns:
            The result.
        """
        return self._call(
            GET_KEY, (application_name, device_name, key_name, table_name, record_id)
        )

    def get_key_value(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        key_name: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
    ) -> str | None:
        """Gets the string value of a ForeignKey, that belongs to the specified device and
        application.

        Returns:
            The result.
        """
        return self._call(
            GET_KEY_VALUE, (application_name, device_name, key_name, table_name, record_id)
        )

    def get_key_on_device_identifier(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
        key_name: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
    ) -> ForeignKey | None:
        """Returning a foreign key by its key name and device identifier, that belongs to the
        specified device and application.

        Returns:
            The result.
        """
        return self._call(
            GET_KEY_ON_DEVICE_IDENTIFIER,
            (application_name, device_name, device_identifier, key_name, table_name, record_id),
        )

    def get_key_value_on_device_identifier(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
        key_name: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
    ) -> str | None:
        """Returning a foreign key string value by its key name and device identifier, that
        belongs to the specified device and application.

        Returns:
            The result.
        """
        return self._call(
            GET_KEY_VALUE_ON_DEVICE_IDENTIFIER,
            (application_name, device_name, device_identifier, key_name, table_name, record_id),
        )

    def add_foreign_key(
        self,
        *,
        foreign_key: ForeignKey | None | Unset = UNSET,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
    ) -> ForeignKey | None:
        """Add a new key belonging to the ForeignApp and ForeignDevice specified.

        Returns:
            The result.
        """
        return self._call(
            ADD_FOREIGN_KEY, (foreign_key, application_name, device_name, device_identifier)
        )

    def save_foreign_key(
        self,
        *,
        foreign_key: ForeignKey | None | Unset = UNSET,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
    ) -> ForeignKey | None:
        """Saves a key belonging to the ForeignApp and ForeignDevice specified.

        Returns:
            The result.
        """
        return self._call(
            SAVE_FOREIGN_KEY, (foreign_key, application_name, device_name, device_identifier)
        )

    def delete_foreign_key_on_name(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
        key_name: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
    ) -> None:
        """Deletes all specified occurrences of a key, belonging to the ForeignApp and
        ForeignDevice, table and record specified.
        """
        return self._call(
            DELETE_FOREIGN_KEY_ON_NAME,
            (application_name, device_name, device_identifier, key_name, table_name, record_id),
        )

    def get_key_by_value(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        key_name: str | None | Unset = UNSET,
        key_value: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
    ) -> ForeignKey | None:
        """Get a foreignkey based on its name and value, that belongs to the specified device
        and application.

        Returns:
            The result.
        """
        return self._call(
            GET_KEY_BY_VALUE, (application_name, device_name, key_name, key_value, table_name)
        )

    def get_key_by_value_and_identifier(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
        key_name: str | None | Unset = UNSET,
        key_value: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
    ) -> ForeignKey | None:
        """Get a foreignkey based on its name and value, that belongs to the specified
        deviceId, device, and application.

        Returns:
            The result.
        """
        return self._call(
            GET_KEY_BY_VALUE_AND_IDENTIFIER,
            (application_name, device_name, device_identifier, key_name, key_value, table_name),
        )

    def get_all_foreign_keys_on_entity(
        self, *, entity_type: str | None | Unset = UNSET, entity_id: int | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Get a list of foreignkeys ('app.

        Returns:
            The result.
        """
        return self._call(GET_ALL_FOREIGN_KEYS_ON_ENTITY, (entity_type, entity_id))

    def get_foreign_device(
        self, *, foreign_device_id: int | Unset = UNSET
    ) -> ForeignDevice | None:
        """Gets a ForeignDevice object.

        Returns:
            The result.
        """
        return self._call(GET_FOREIGN_DEVICE, (foreign_device_id,))

    def save_foreign_device(
        self,
        *,
        foreign_device: ForeignDevice | None | Unset = UNSET,
        application_name: str | None | Unset = UNSET,
    ) -> ForeignDevice | None:
        """Saves a foreign device for an foreign application

        Returns:
            The result.
        """
        return self._call(SAVE_FOREIGN_DEVICE, (foreign_device, application_name))

    def delete_foreign_device(
        self,
        *,
        foreign_device: ForeignDevice | None | Unset = UNSET,
        application_name: str | None | Unset = UNSET,
    ) -> None:
        """Deletes a foreign device from an application"""
        return self._call(DELETE_FOREIGN_DEVICE, (foreign_device, application_name))

    def delete_foreign_key(
        self,
        *,
        foreign_key: ForeignKey | None | Unset = UNSET,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
    ) -> None:
        """Deletes all specified occurrences of a key, belonging to the ForeignApp and
        ForeignDevice, table and record specified.
        """
        return self._call(
            DELETE_FOREIGN_KEY,
            (foreign_key, application_name, device_name, device_identifier, table_name, record_id),
        )

    def get_device_keys(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
    ) -> list[ForeignKey | None] | None:
        """Returns all ForeignKeys that belong to a device.

        Returns:
            The result.
        """
        return self._call(GET_DEVICE_KEYS, (application_name, device_name))

    def get_application_keys(
        self, *, application_name: str | None | Unset = UNSET
    ) -> list[ForeignKey | None] | None:
        """Returns all ForeignKeys that belong to an application.

        Returns:
            The result.
        """
        return self._call(GET_APPLICATION_KEYS, (application_name,))

    def get_device_keys_on_device_identifier(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
    ) -> list[ForeignKey | None] | None:
        """Returns all ForeignKeys that belong to a device with a given deviceIdentifier.

        Returns:
            The result.
        """
        return self._call(
            GET_DEVICE_KEYS_ON_DEVICE_IDENTIFIER,
            (application_name, device_name, device_identifier),
        )

    def get_device_keys_on_device_identifier_table(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
    ) -> list[ForeignKey | None] | None:
        """Returns all ForeignKeys that belong to a device with a given deviceIdentifier and
        table name.

        Returns:
            The result.
        """
        return self._call(
            GET_DEVICE_KEYS_ON_DEVICE_IDENTIFIER_TABLE,
            (application_name, device_name, device_identifier, table_name),
        )

    def get_device_keys_on_device_identifier_table_record_id(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
    ) -> list[ForeignKey | None] | None:
        """Returns all ForeignKeys that belong to a device with a given deviceIdentifier and
        table name, as well as record id.

        Returns:
            The result.
        """
        return self._call(
            GET_DEVICE_KEYS_ON_DEVICE_IDENTIFIER_TABLE_RECORD_ID,
            (application_name, device_name, device_identifier, table_name, record_id),
        )


class AsyncForeignSystemMethods(AsyncCalls):
    """The ForeignSystem operations, called asynchronously (SOAP or REST)."""

    async def create_default_foreign_app_entity(self) -> ForeignAppEntity | None:
        """Loading default values into a new ForeignAppEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_FOREIGN_APP_ENTITY, ())

    async def save_foreign_app_entity(
        self, *, foreign_app_entity: ForeignAppEntity | None | Unset = UNSET
    ) -> ForeignAppEntity | None:
        """Updates the existing ForeignAppEntity or creates a new ForeignAppEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_FOREIGN_APP_ENTITY, (foreign_app_entity,))

    async def delete_foreign_app_entity(
        self, *, foreign_app_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the ForeignAppEntity"""
        return await self._call(DELETE_FOREIGN_APP_ENTITY, (foreign_app_entity_id,))

    async def get_foreign_app_entity(
        self, *, foreign_app_entity_id: int | Unset = UNSET
    ) -> ForeignAppEntity | None:
        """Gets a ForeignAppEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_FOREIGN_APP_ENTITY, (foreign_app_entity_id,))

    async def get_app_by_name(
        self, *, application_name: str | None | Unset = UNSET
    ) -> ForeignAppEntity | None:
        """Gets the ForeignApp with the given name.

        Returns:
            The result.
        """
        return await self._call(GET_APP_BY_NAME, (application_name,))

    async def get_application_devices(
        self, *, application_name: str | None | Unset = UNSET
    ) -> list[ForeignDevice | None] | None:
        """Gets all devices that belong to a foreign application.

        Returns:
            The result.
        """
        return await self._call(GET_APPLICATION_DEVICES, (application_name,))

    async def get_device_by_name(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
    ) -> ForeignDevice | None:
        """Gets a ForeignDevice with deviceName that belongs to the application with
        applicationName.

        Returns:
            The result.
        """
        return await self._call(GET_DEVICE_BY_NAME, (application_name, device_name))

    async def get_device_by_identifier(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
    ) -> ForeignDevice | None:
        """Gets a ForeignDevice with deviceName and deviceIdentifier that belongs to the
        application with applicationName.

        Returns:
            The result.
        """
        return await self._call(
            GET_DEVICE_BY_IDENTIFIER, (application_name, device_name, device_identifier)
        )

    async def add_device_by_identifier(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
    ) -> ForeignDevice | None:
        """Adds a new ForeignDevice with deviceName that belongs to the application with
        applicationName, with an optional device-specific identifier.

        Returns:
            The result.
        """
        return await self._call(
            ADD_DEVICE_BY_IDENTIFIER, (application_name, device_name, device_identifier)
        )

    async def save_device_by_identifier(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
        foreign_device: ForeignDevice | None | Unset = UNSET,
    ) -> ForeignDevice | None:
        """Updates a ForeignDevice with deviceName that belongs to the application with
        applicationName.

        Returns:
            The result.
        """
        return await self._call(
            SAVE_DEVICE_BY_IDENTIFIER,
            (application_name, device_name, device_identifier, foreign_device),
        )

    async def delete_device_by_identifier(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
    ) -> None:
        """Delete a ForeignDevice with deviceName and deviceIdentifier that belongs to the
        application with applicationName.
        """
        return await self._call(
            DELETE_DEVICE_BY_IDENTIFIER, (application_name, device_name, device_identifier)
        )

    async def get_key(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        key_name: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
    ) -> ForeignKey | None:
        """Returning a foreign key by its key name, that belongs to the specified device and
        application.

        Returns:
            The result.
        """
        return await self._call(
            GET_KEY, (application_name, device_name, key_name, table_name, record_id)
        )

    async def get_key_value(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        key_name: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
    ) -> str | None:
        """Gets the string value of a ForeignKey, that belongs to the specified device and
        application.

        Returns:
            The result.
        """
        return await self._call(
            GET_KEY_VALUE, (application_name, device_name, key_name, table_name, record_id)
        )

    async def get_key_on_device_identifier(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
        key_name: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
    ) -> ForeignKey | None:
        """Returning a foreign key by its key name and device identifier, that belongs to the
        specified device and application.

        Returns:
            The result.
        """
        return await self._call(
            GET_KEY_ON_DEVICE_IDENTIFIER,
            (application_name, device_name, device_identifier, key_name, table_name, record_id),
        )

    async def get_key_value_on_device_identifier(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
        key_name: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
    ) -> str | None:
        """Returning a foreign key string value by its key name and device identifier, that
        belongs to the specified device and application.

        Returns:
            The result.
        """
        return await self._call(
            GET_KEY_VALUE_ON_DEVICE_IDENTIFIER,
            (application_name, device_name, device_identifier, key_name, table_name, record_id),
        )

    async def add_foreign_key(
        self,
        *,
        foreign_key: ForeignKey | None | Unset = UNSET,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
    ) -> ForeignKey | None:
        """Add a new key belonging to the ForeignApp and ForeignDevice specified.

        Returns:
            The result.
        """
        return await self._call(
            ADD_FOREIGN_KEY, (foreign_key, application_name, device_name, device_identifier)
        )

    async def save_foreign_key(
        self,
        *,
        foreign_key: ForeignKey | None | Unset = UNSET,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
    ) -> ForeignKey | None:
        """Saves a key belonging to the ForeignApp and ForeignDevice specified.

        Returns:
            The result.
        """
        return await self._call(
            SAVE_FOREIGN_KEY, (foreign_key, application_name, device_name, device_identifier)
        )

    async def delete_foreign_key_on_name(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
        key_name: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
    ) -> None:
        """Deletes all specified occurrences of a key, belonging to the ForeignApp and
        ForeignDevice, table and record specified.
        """
        return await self._call(
            DELETE_FOREIGN_KEY_ON_NAME,
            (application_name, device_name, device_identifier, key_name, table_name, record_id),
        )

    async def get_key_by_value(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        key_name: str | None | Unset = UNSET,
        key_value: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
    ) -> ForeignKey | None:
        """Get a foreignkey based on its name and value, that belongs to the specified device
        and application.

        Returns:
            The result.
        """
        return await self._call(
            GET_KEY_BY_VALUE, (application_name, device_name, key_name, key_value, table_name)
        )

    async def get_key_by_value_and_identifier(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
        key_name: str | None | Unset = UNSET,
        key_value: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
    ) -> ForeignKey | None:
        """Get a foreignkey based on its name and value, that belongs to the specified
        deviceId, device, and application.

        Returns:
            The result.
        """
        return await self._call(
            GET_KEY_BY_VALUE_AND_IDENTIFIER,
            (application_name, device_name, device_identifier, key_name, key_value, table_name),
        )

    async def get_all_foreign_keys_on_entity(
        self, *, entity_type: str | None | Unset = UNSET, entity_id: int | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Get a list of foreignkeys ('app.

        Returns:
            The result.
        """
        return await self._call(GET_ALL_FOREIGN_KEYS_ON_ENTITY, (entity_type, entity_id))

    async def get_foreign_device(
        self, *, foreign_device_id: int | Unset = UNSET
    ) -> ForeignDevice | None:
        """Gets a ForeignDevice object.

        Returns:
            The result.
        """
        return await self._call(GET_FOREIGN_DEVICE, (foreign_device_id,))

    async def save_foreign_device(
        self,
        *,
        foreign_device: ForeignDevice | None | Unset = UNSET,
        application_name: str | None | Unset = UNSET,
    ) -> ForeignDevice | None:
        """Saves a foreign device for an foreign application

        Returns:
            The result.
        """
        return await self._call(SAVE_FOREIGN_DEVICE, (foreign_device, application_name))

    async def delete_foreign_device(
        self,
        *,
        foreign_device: ForeignDevice | None | Unset = UNSET,
        application_name: str | None | Unset = UNSET,
    ) -> None:
        """Deletes a foreign device from an application"""
        return await self._call(DELETE_FOREIGN_DEVICE, (foreign_device, application_name))

    async def delete_foreign_key(
        self,
        *,
        foreign_key: ForeignKey | None | Unset = UNSET,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
    ) -> None:
        """Deletes all specified occurrences of a key, belonging to the ForeignApp and
        ForeignDevice, table and record specified.
        """
        return await self._call(
            DELETE_FOREIGN_KEY,
            (foreign_key, application_name, device_name, device_identifier, table_name, record_id),
        )

    async def get_device_keys(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
    ) -> list[ForeignKey | None] | None:
        """Returns all ForeignKeys that belong to a device.

        Returns:
            The result.
        """
        return await self._call(GET_DEVICE_KEYS, (application_name, device_name))

    async def get_application_keys(
        self, *, application_name: str | None | Unset = UNSET
    ) -> list[ForeignKey | None] | None:
        """Returns all ForeignKeys that belong to an application.

        Returns:
            The result.
        """
        return await self._call(GET_APPLICATION_KEYS, (application_name,))

    async def get_device_keys_on_device_identifier(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
    ) -> list[ForeignKey | None] | None:
        """Returns all ForeignKeys that belong to a device with a given deviceIdentifier.

        Returns:
            The result.
        """
        return await self._call(
            GET_DEVICE_KEYS_ON_DEVICE_IDENTIFIER,
            (application_name, device_name, device_identifier),
        )

    async def get_device_keys_on_device_identifier_table(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
    ) -> list[ForeignKey | None] | None:
        """Returns all ForeignKeys that belong to a device with a given deviceIdentifier and
        table name.

        Returns:
            The result.
        """
        return await self._call(
            GET_DEVICE_KEYS_ON_DEVICE_IDENTIFIER_TABLE,
            (application_name, device_name, device_identifier, table_name),
        )

    async def get_device_keys_on_device_identifier_table_record_id(
        self,
        *,
        application_name: str | None | Unset = UNSET,
        device_name: str | None | Unset = UNSET,
        device_identifier: str | None | Unset = UNSET,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
    ) -> list[ForeignKey | None] | None:
        """Returns all ForeignKeys that belong to a device with a given deviceIdentifier and
        table name, as well as record id.

        Returns:
            The result.
        """
        return await self._call(
            GET_DEVICE_KEYS_ON_DEVICE_IDENTIFIER_TABLE_RECORD_ID,
            (application_name, device_name, device_identifier, table_name, record_id),
        )


class ForeignSystemAgent(ForeignSystemMethods, SoapCaller):
    """ForeignSystem over SOAP 1.1 (``Remote/Services88/ForeignSystem.svc``), synchronous."""

    _PATH = "Remote/Services88/ForeignSystem.svc"
    _HEADERS = HEADERS


class AsyncForeignSystemAgent(AsyncForeignSystemMethods, AsyncSoapCaller):
    """ForeignSystem over SOAP 1.1 (``Remote/Services88/ForeignSystem.svc``), asynchronous."""

    _PATH = "Remote/Services88/ForeignSystem.svc"
    _HEADERS = HEADERS


class ForeignSystemRestAgent(ForeignSystemMethods, RestCaller):
    """ForeignSystem over REST (``/api/v1/Agents/ForeignSystem/...``), synchronous."""


class AsyncForeignSystemRestAgent(AsyncForeignSystemMethods, AsyncRestCaller):
    """ForeignSystem over REST (``/api/v1/Agents/ForeignSystem/...``), asynchronous."""
