"""Services88 CRMScript agent (``Remote/Services88/CRMScript.svc``).

``CRMScriptAgent`` and ``AsyncCRMScriptAgent`` call it over SOAP, ``CRMScriptRestAgent`` and
``AsyncCRMScriptRestAgent`` over REST; all four share the same typed methods and
dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import BOOL, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.crm_script_entity import CRM_SCRIPT_ENTITY_CODEC, CRMScriptEntity
from .types.crm_script_result import CRM_SCRIPT_RESULT_CODEC, CRMScriptResult
from .types.crm_script_run_result import CRM_SCRIPT_RUN_RESULT_CODEC, CRMScriptRunResult
from .types.event_data import EVENT_DATA_CODEC, EventData
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.script import SCRIPT_CODEC, Script
from .types.string_dictionary import STRING_DICTIONARY_CODEC
from .types.trigger_script_entity import TRIGGER_SCRIPT_ENTITY_CODEC, TriggerScriptEntity

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_CRM_SCRIPT_ENTITY: Operation[CRMScriptEntity | None] = Operation(
    "CreateDefaultCRMScriptEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/CreateDefaultCRMScriptEntity",
    results=(Param("response", "Response", CRM_SCRIPT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/CreateDefaultCRMScriptEntity",
    rest_select=False,
)

SAVE_CRM_SCRIPT_ENTITY: Operation[CRMScriptEntity | None] = Operation(
    "SaveCRMScriptEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/SaveCRMScriptEntity",
    params=(
        Param("crm_script_entity", "CRMScriptEntity", CRM_SCRIPT_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", CRM_SCRIPT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/SaveCRMScriptEntity",
    rest_body="crm_script_entity",
    rest_select=False,
)

DELETE_CRM_SCRIPT_ENTITY: Operation[None] = Operation(
    "DeleteCRMScriptEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/DeleteCRMScriptEntity",
    params=(Param("crm_script_entity_id", "CRMScriptEntityId", INT, query="cRMScriptEntityId"),),
    rest_path="/api/v1/Agents/CRMScript/DeleteCRMScriptEntity",
    rest_select=False,
)

CREATE_DEFAULT_TRIGGER_SCRIPT_ENTITY: Operation[TriggerScriptEntity | None] = Operation(
    "CreateDefaultTriggerScriptEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/CreateDefaultTriggerScriptEntity",
    results=(Param("response", "Response", TRIGGER_SCRIPT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/CreateDefaultTriggerScriptEntity",
    rest_select=False,
)

SAVE_TRIGGER_SCRIPT_ENTITY: Operation[TriggerScriptEntity | None] = Operation(
    "SaveTriggerScriptEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/SaveTriggerScriptEntity",
    params=(
        Param(
            "trigger_script_entity",
            "TriggerScriptEntity",
            TRIGGER_SCRIPT_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", TRIGGER_SCRIPT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/SaveTriggerScriptEntity",
    rest_body="trigger_script_entity",
    rest_select=False,
)

DELETE_TRIGGER_SCRIPT_ENTITY: Operation[None] = Operation(
    "DeleteTriggerScriptEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/DeleteTriggerScriptEntity",
    params=(
        Param(
            "trigger_script_entity_id", "TriggerScriptEntityId", INT, query="triggerScriptEntityId"
        ),
    ),
    rest_path="/api/v1/Agents/CRMScript/DeleteTriggerScriptEntity",
    rest_select=False,
)

GET_CRM_SCRIPT_BY_UNIQUE_IDENTIFIER: Operation[Script | None] = Operation(
    "GetCRMScriptByUniqueIdentifier",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/GetCRMScriptByUniqueIdentifier",
    params=(Param("unique_identifier", "UniqueIdentifier", STR, nillable=True),),
    results=(Param("response", "Response", SCRIPT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/GetCRMScriptByUniqueIdentifier",
)

SAVE_CRM_SCRIPT_BY_UNIQUE_IDENTIFIER: Operation[Script | None] = Operation(
    "SaveCRMScriptByUniqueIdentifier",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/SaveCRMScriptByUniqueIdentifier",
    params=(
        Param("unique_identifier", "UniqueIdentifier", STR, nillable=True),
        Param("crmscript", "Crmscript", SCRIPT_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", SCRIPT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/SaveCRMScriptByUniqueIdentifier",
)

DELETE_CRM_SCRIPT_BY_UNIQUE_IDENTIFIER: Operation[None] = Operation(
    "DeleteCRMScriptByUniqueIdentifier",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/DeleteCRMScriptByUniqueIdentifier",
    params=(Param("unique_identifier", "UniqueIdentifier", STR, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/DeleteCRMScriptByUniqueIdentifier",
)

GET_CRM_SCRIPT_ENTITY: Operation[CRMScriptEntity | None] = Operation(
    "GetCRMScriptEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/GetCRMScriptEntity",
    params=(Param("crm_script_entity_id", "CRMScriptEntityId", INT, query="cRMScriptEntityId"),),
    results=(Param("response", "Response", CRM_SCRIPT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/GetCRMScriptEntity",
)

SAVE_CRM_SCRIPT_ENTITY_WITHOUT_COMPILE: Operation[CRMScriptEntity | None] = Operation(
    "SaveCRMScriptEntityWithoutCompile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/SaveCRMScriptEntityWithoutCompile",
    params=(
        Param("crm_script_entity", "CrmScriptEntity", CRM_SCRIPT_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", CRM_SCRIPT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/SaveCRMScriptEntityWithoutCompile",
)

EXECUTE_SCRIPT: Operation[str | None] = Operation(
    "ExecuteScript",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ExecuteScript",
    params=(
        Param("crm_script_id", "CRMScriptId", INT),
        Param("parameters", "Parameters", STRING_DICTIONARY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ExecuteScript",
)

EXECUTE_SCRIPT_BY_INCLUDE_ID: Operation[str | None] = Operation(
    "ExecuteScriptByIncludeId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ExecuteScriptByIncludeId",
    params=(
        Param("crm_script_include_id", "CRMScriptIncludeId", STR, nillable=True),
        Param("parameters", "Parameters", STRING_DICTIONARY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ExecuteScriptByIncludeId",
)

EXECUTE_SCRIPT_BY_UNIQUE_ID: Operation[str | None] = Operation(
    "ExecuteScriptByUniqueId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ExecuteScriptByUniqueId",
    params=(
        Param("crm_script_unique_id", "CRMScriptUniqueId", STR, nillable=True),
        Param("parameters", "Parameters", STRING_DICTIONARY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ExecuteScriptByUniqueId",
)

EXECUTE_SCRIPT_AS_EVENT: Operation[EventData | None] = Operation(
    "ExecuteScriptAsEvent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ExecuteScriptAsEvent",
    params=(
        Param("crm_script_id", "CRMScriptId", INT),
        Param("event_data", "EventData", EVENT_DATA_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", EVENT_DATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ExecuteScriptAsEvent",
)

EXECUTE_SCRIPT_AS_EVENT_BY_UNIQUE_ID: Operation[EventData | None] = Operation(
    "ExecuteScriptAsEventByUniqueId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ExecuteScriptAsEventByUniqueId",
    params=(
        Param("crm_script_unique_id", "CRMScriptUniqueId", STR, nillable=True),
        Param("event_data", "EventData", EVENT_DATA_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", EVENT_DATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ExecuteScriptAsEventByUniqueId",
)

VALIDATE_SCRIPT: Operation[CRMScriptResult | None] = Operation(
    "ValidateScript",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ValidateScript",
    params=(Param("crm_script_id", "CRMScriptId", INT),),
    results=(Param("response", "Response", CRM_SCRIPT_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ValidateScript",
)

VALIDATE_SCRIPT_BY_INCLUDE_ID: Operation[CRMScriptResult | None] = Operation(
    "ValidateScriptByIncludeId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ValidateScriptByIncludeId",
    params=(Param("crm_script_include_id", "CRMScriptIncludeId", STR, nillable=True),),
    results=(Param("response", "Response", CRM_SCRIPT_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ValidateScriptByIncludeId",
)

VALIDATE_SCRIPT_BY_UNIQUE_ID: Operation[CRMScriptResult | None] = Operation(
    "ValidateScriptByUniqueId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ValidateScriptByUniqueId",
    params=(Param("crm_script_unique_id", "CRMScriptUniqueId", STR, nillable=True),),
    results=(Param("response", "Response", CRM_SCRIPT_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ValidateScriptByUniqueId",
)

EXECUTE_SCRIPT_BY_STRING: Operation[CRMScriptRunResult | None] = Operation(
    "ExecuteScriptByString",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ExecuteScriptByString",
    params=(
        Param("script", "Script", STR, nillable=True),
        Param("parameters", "Parameters", STRING_DICTIONARY_CODEC, nillable=True),
        Param("event_data", "EventData", EVENT_DATA_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", CRM_SCRIPT_RUN_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ExecuteScriptByString",
)

VALIDATE_SCRIPT_BY_STRING: Operation[CRMScriptResult | None] = Operation(
    "ValidateScriptByString",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ValidateScriptByString",
    params=(Param("script", "Script", STR, nillable=True),),
    results=(Param("response", "Response", CRM_SCRIPT_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ValidateScriptByString",
)

RESOLVE_INCLUDES: Operation[list[int] | None] = Operation(
    "ResolveIncludes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ResolveIncludes",
    params=(
        Param("script", "Script", STR, nillable=True),
        Param("ignore_errors", "IgnoreErrors", BOOL),
    ),
    results=(Param("response", "Response", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ResolveIncludes",
)

GET_TRIGGER_SCRIPT_ENTITY: Operation[TriggerScriptEntity | None] = Operation(
    "GetTriggerScriptEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/GetTriggerScriptEntity",
    params=(
        Param(
            "trigger_script_entity_id", "TriggerScriptEntityId", INT, query="triggerScriptEntityId"
        ),
    ),
    results=(Param("response", "Response", TRIGGER_SCRIPT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/GetTriggerScriptEntity",
)

GET_TRIGGER_SCRIPT_BY_UNIQUE_ID: Operation[TriggerScriptEntity | None] = Operation(
    "GetTriggerScriptByUniqueId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/GetTriggerScriptByUniqueId",
    params=(Param("trigger_script_unique_id", "TriggerScriptUniqueId", STR, nillable=True),),
    results=(Param("response", "Response", TRIGGER_SCRIPT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/GetTriggerScriptByUniqueId",
)

SAVE_TRIGGER_SCRIPT_BY_UNIQUE_ID: Operation[TriggerScriptEntity | None] = Operation(
    "SaveTriggerScriptByUniqueId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/SaveTriggerScriptByUniqueId",
    params=(
        Param("trigger_script_unique_id", "TriggerScriptUniqueId", STR, nillable=True),
        Param("entity", "Entity", TRIGGER_SCRIPT_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", TRIGGER_SCRIPT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/SaveTriggerScriptByUniqueId",
)

DELETE_TRIGGER_SCRIPT_BY_UNIQUE_ID: Operation[None] = Operation(
    "DeleteTriggerScriptByUniqueId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/DeleteTriggerScriptByUniqueId",
    params=(Param("trigger_script_unique_id", "TriggerScriptUniqueId", STR, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/DeleteTriggerScriptByUniqueId",
)

VALIDATE_TRIGGER_SCRIPT: Operation[CRMScriptResult | None] = Operation(
    "ValidateTriggerScript",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ValidateTriggerScript",
    params=(Param("trigger_script_id", "TriggerScriptId", INT),),
    results=(Param("response", "Response", CRM_SCRIPT_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ValidateTriggerScript",
)

VALIDATE_TRIGGER_SCRIPT_BY_UNIQUE_ID: Operation[CRMScriptResult | None] = Operation(
    "ValidateTriggerScriptByUniqueId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ValidateTriggerScriptByUniqueId",
    params=(Param("trigger_script_unique_id", "TriggerScriptUniqueId", STR, nillable=True),),
    results=(Param("response", "Response", CRM_SCRIPT_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ValidateTriggerScriptByUniqueId",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateDefaultCRMScriptEntity": CREATE_DEFAULT_CRM_SCRIPT_ENTITY,
    "SaveCRMScriptEntity": SAVE_CRM_SCRIPT_ENTITY,
    "DeleteCRMScriptEntity": DELETE_CRM_SCRIPT_ENTITY,
    "CreateDefaultTriggerScriptEntity": CREATE_DEFAULT_TRIGGER_SCRIPT_ENTITY,
    "SaveTriggerScriptEntity": SAVE_TRIGGER_SCRIPT_ENTITY,
    "DeleteTriggerScriptEntity": DELETE_TRIGGER_SCRIPT_ENTITY,
    "GetCRMScriptByUniqueIdentifier": GET_CRM_SCRIPT_BY_UNIQUE_IDENTIFIER,
    "SaveCRMScriptByUniqueIdentifier": SAVE_CRM_SCRIPT_BY_UNIQUE_IDENTIFIER,
    "DeleteCRMScriptByUniqueIdentifier": DELETE_CRM_SCRIPT_BY_UNIQUE_IDENTIFIER,
    "GetCRMScriptEntity": GET_CRM_SCRIPT_ENTITY,
    "SaveCRMScriptEntityWithoutCompile": SAVE_CRM_SCRIPT_ENTITY_WITHOUT_COMPILE,
    "ExecuteScript": EXECUTE_SCRIPT,
    "ExecuteScriptByIncludeId": EXECUTE_SCRIPT_BY_INCLUDE_ID,
    "ExecuteScriptByUniqueId": EXECUTE_SCRIPT_BY_UNIQUE_ID,
    "ExecuteScriptAsEvent": EXECUTE_SCRIPT_AS_EVENT,
    "ExecuteScriptAsEventByUniqueId": EXECUTE_SCRIPT_AS_EVENT_BY_UNIQUE_ID,
    "ValidateScript": VALIDATE_SCRIPT,
    "ValidateScriptByIncludeId": VALIDATE_SCRIPT_BY_INCLUDE_ID,
    "ValidateScriptByUniqueId": VALIDATE_SCRIPT_BY_UNIQUE_ID,
    "ExecuteScriptByString": EXECUTE_SCRIPT_BY_STRING,
    "ValidateScriptByString": VALIDATE_SCRIPT_BY_STRING,
    "ResolveIncludes": RESOLVE_INCLUDES,
    "GetTriggerScriptEntity": GET_TRIGGER_SCRIPT_ENTITY,
    "GetTriggerScriptByUniqueId": GET_TRIGGER_SCRIPT_BY_UNIQUE_ID,
    "SaveTriggerScriptByUniqueId": SAVE_TRIGGER_SCRIPT_BY_UNIQUE_ID,
    "DeleteTriggerScriptByUniqueId": DELETE_TRIGGER_SCRIPT_BY_UNIQUE_ID,
    "ValidateTriggerScript": VALIDATE_TRIGGER_SCRIPT,
    "ValidateTriggerScriptByUniqueId": VALIDATE_TRIGGER_SCRIPT_BY_UNIQUE_ID,
}


class CRMScriptMethods(SyncCalls):
    """The CRMScript operations, called synchronously (SOAP or REST)."""

    def create_default_crm_script_entity(self) -> CRMScriptEntity | None:
        """Loading default values into a new CRMScriptEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_CRM_SCRIPT_ENTITY, ())

    def save_crm_script_entity(
        self, *, crm_script_entity: CRMScriptEntity | None | Unset = UNSET
    ) -> CRMScriptEntity | None:
        """Updates the existing CRMScriptEntity or creates a new CRMScriptEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_CRM_SCRIPT_ENTITY, (crm_script_entity,))

    def delete_crm_script_entity(self, *, crm_script_entity_id: int | Unset = UNSET) -> None:
        """Deletes the CRMScriptEntity"""
        return self._call(DELETE_CRM_SCRIPT_ENTITY, (crm_script_entity_id,))

    def create_default_trigger_script_entity(self) -> TriggerScriptEntity | None:
        """Loading default values into a new TriggerScriptEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_TRIGGER_SCRIPT_ENTITY, ())

    def save_trigger_script_entity(
        self, *, trigger_script_entity: TriggerScriptEntity | None | Unset = UNSET
    ) -> TriggerScriptEntity | None:
        """Updates the existing TriggerScriptEntity or creates a new TriggerScriptEntity if the
        id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_TRIGGER_SCRIPT_ENTITY, (trigger_script_entity,))

    def delete_trigger_script_entity(
        self, *, trigger_script_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the TriggerScriptEntity"""
        return self._call(DELETE_TRIGGER_SCRIPT_ENTITY, (trigger_script_entity_id,))

    def get_crm_script_by_unique_identifier(
        self, *, unique_identifier: str | None | Unset = UNSET
    ) -> Script | None:
        """Get information about a script from a unique identifier

        Returns:
            The result.
        """
        return self._call(GET_CRM_SCRIPT_BY_UNIQUE_IDENTIFIER, (unique_identifier,))

    def save_crm_script_by_unique_identifier(
        self,
        *,
        unique_identifier: str | None | Unset = UNSET,
        crmscript: Script | None | Unset = UNSET,
    ) -> Script | None:
        """Create or Update the CRMScript information

        Returns:
            The result.
        """
        return self._call(SAVE_CRM_SCRIPT_BY_UNIQUE_IDENTIFIER, (unique_identifier, crmscript))

    def delete_crm_script_by_unique_identifier(
        self, *, unique_identifier: str | None | Unset = UNSET
    ) -> None:
        """Delete the CRMScript"""
        return self._call(DELETE_CRM_SCRIPT_BY_UNIQUE_IDENTIFIER, (unique_identifier,))

    def get_crm_script_entity(
        self, *, crm_script_entity_id: int | Unset = UNSET
    ) -> CRMScriptEntity | None:
        """Gets a CRMScriptEntity object.

        Returns:
            The result.
        """
        return self._call(GET_CRM_SCRIPT_ENTITY, (crm_script_entity_id,))

    def save_crm_script_entity_without_compile(
        self, *, crm_script_entity: CRMScriptEntity | None | Unset = UNSET
    ) -> CRMScriptEntity | None:
        """Save the script directly without compiling TypeScript

        Returns:
            The result.
        """
        return self._call(SAVE_CRM_SCRIPT_ENTITY_WITHOUT_COMPILE, (crm_script_entity,))

    def execute_script(
        self,
        *,
        crm_script_id: int | Unset = UNSET,
        parameters: dict[str, str | None] | None | Unset = UNSET,
    ) -> str | None:
        """Execute a CRMScript with parameters, returning printed output value.

        Returns:
            The result.
        """
        return self._call(EXECUTE_SCRIPT, (crm_script_id, parameters))

    def execute_script_by_include_id(
        self,
        *,
        crm_script_include_id: str | None | Unset = UNSET,
        parameters: dict[str, str | None] | None | Unset = UNSET,
    ) -> str | None:
        """Execute a CRMScript with parameters, returning printed output value.

        Returns:
            The result.
        """
        return self._call(EXECUTE_SCRIPT_BY_INCLUDE_ID, (crm_script_include_id, parameters))

    def execute_script_by_unique_id(
        self,
        *,
        crm_script_unique_id: str | None | Unset = UNSET,
        parameters: dict[str, str | None] | None | Unset = UNSET,
    ) -> str | None:
        """Execute a CRMScript with parameters, returning printed output value.

        Returns:
            The result.
        """
        return self._call(EXECUTE_SCRIPT_BY_UNIQUE_ID, (crm_script_unique_id, parameters))

    def execute_script_as_event(
        self, *, crm_script_id: int | Unset = UNSET, event_data: EventData | None | Unset = UNSET
    ) -> EventData | None:
        """Execute a CRMScript with event data as input.

        Returns:
            The result.
        """
        return self._call(EXECUTE_SCRIPT_AS_EVENT, (crm_script_id, event_data))

    def execute_script_as_event_by_unique_id(
        self,
        *,
        crm_script_unique_id: str | None | Unset = UNSET,
        event_data: EventData | None | Unset = UNSET,
    ) -> EventData | None:
        """Execute a CRMScript with event data as input.

        Returns:
            The result.
        """
        return self._call(EXECUTE_SCRIPT_AS_EVENT_BY_UNIQUE_ID, (crm_script_unique_id, event_data))

    def validate_script(self, *, crm_script_id: int | Unset = UNSET) -> CRMScriptResult | None:
        """Validate a CRMScript.

        Returns:
            The result.
        """
        return self._call(VALIDATE_SCRIPT, (crm_script_id,))

    def validate_script_by_include_id(
        self, *, crm_script_include_id: str | None | Unset = UNSET
    ) -> CRMScriptResult | None:
        """Validate a CRMScript.

        Returns:
            The result.
        """
        return self._call(VALIDATE_SCRIPT_BY_INCLUDE_ID, (crm_script_include_id,))

    def validate_script_by_unique_id(
        self, *, crm_script_unique_id: str | None | Unset = UNSET
    ) -> CRMScriptResult | None:
        """Validate a CRMScript.

        Returns:
            The result.
        """
        return self._call(VALIDATE_SCRIPT_BY_UNIQUE_ID, (crm_script_unique_id,))

    def execute_script_by_string(
        self,
        *,
        script: str | None | Unset = UNSET,
        parameters: dict[str, str | None] | None | Unset = UNSET,
        event_data: EventData | None | Unset = UNSET,
    ) -> CRMScriptRunResult | None:
        """Execute a CRMScript 2 (JavaScript), returning the printed output value.

        Returns:
            The result.
        """
        return self._call(EXECUTE_SCRIPT_BY_STRING, (script, parameters, event_data))

    def validate_script_by_string(
        self, *, script: str | None | Unset = UNSET
    ) -> CRMScriptResult | None:
        """Validate a CRMScript 2 (JavaScript).

        Returns:
            The result.
        """
        return self._call(VALIDATE_SCRIPT_BY_STRING, (script,))

    def resolve_includes(
        self, *, script: str | None | Unset = UNSET, ignore_errors: bool | Unset = UNSET
    ) -> list[int] | None:
        """Will resolve all includes for a TypeScript and return an array of the IDs

        Returns:
            The result.
        """
        return self._call(RESOLVE_INCLUDES, (script, ignore_errors))

    def get_trigger_script_entity(
        self, *, trigger_script_entity_id: int | Unset = UNSET
    ) -> TriggerScriptEntity | None:
        """Gets a TriggerScriptEntity object.

        Returns:
            The result.
        """
        return self._call(GET_TRIGGER_SCRIPT_ENTITY, (trigger_script_entity_id,))

    def get_trigger_script_by_unique_id(
        self, *, trigger_script_unique_id: str | None | Unset = UNSET
    ) -> TriggerScriptEntity | None:
        """Get a trigger CRMScript.

        Returns:
            The result.
        """
        return self._call(GET_TRIGGER_SCRIPT_BY_UNIQUE_ID, (trigger_script_unique_id,))

    def save_trigger_script_by_unique_id(
        self,
        *,
        trigger_script_unique_id: str | None | Unset = UNSET,
        entity: TriggerScriptEntity | None | Unset = UNSET,
    ) -> TriggerScriptEntity | None:
        """Validate a CRMScript.

        Returns:
            The result.
        """
        return self._call(SAVE_TRIGGER_SCRIPT_BY_UNIQUE_ID, (trigger_script_unique_id, entity))

    def delete_trigger_script_by_unique_id(
        self, *, trigger_script_unique_id: str | None | Unset = UNSET
    ) -> None:
        """Delete a trigger CRMScript."""
        return self._call(DELETE_TRIGGER_SCRIPT_BY_UNIQUE_ID, (trigger_script_unique_id,))

    def validate_trigger_script(
        self, *, trigger_script_id: int | Unset = UNSET
    ) -> CRMScriptResult | None:
        """Validate a Trigger CRMScript.

        Returns:
            The result.
        """
        return self._call(VALIDATE_TRIGGER_SCRIPT, (trigger_script_id,))

    def validate_trigger_script_by_unique_id(
        self, *, trigger_script_unique_id: str | None | Unset = UNSET
    ) -> CRMScriptResult | None:
        """Validate a Trigger CRMScript.

        Returns:
            The result.
        """
        return self._call(VALIDATE_TRIGGER_SCRIPT_BY_UNIQUE_ID, (trigger_script_unique_id,))


class AsyncCRMScriptMethods(AsyncCalls):
    """The CRMScript operations, called asynchronously (SOAP or REST)."""

    async def create_default_crm_script_entity(self) -> CRMScriptEntity | None:
        """Loading default values into a new CRMScriptEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_CRM_SCRIPT_ENTITY, ())

    async def save_crm_script_entity(
        self, *, crm_script_entity: CRMScriptEntity | None | Unset = UNSET
    ) -> CRMScriptEntity | None:
        """Updates the existing CRMScriptEntity or creates a new CRMScriptEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_CRM_SCRIPT_ENTITY, (crm_script_entity,))

    async def delete_crm_script_entity(self, *, crm_script_entity_id: int | Unset = UNSET) -> None:
        """Deletes the CRMScriptEntity"""
        return await self._call(DELETE_CRM_SCRIPT_ENTITY, (crm_script_entity_id,))

    async def create_default_trigger_script_entity(self) -> TriggerScriptEntity | None:
        """Loading default values into a new TriggerScriptEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_TRIGGER_SCRIPT_ENTITY, ())

    async def save_trigger_script_entity(
        self, *, trigger_script_entity: TriggerScriptEntity | None | Unset = UNSET
    ) -> TriggerScriptEntity | None:
        """Updates the existing TriggerScriptEntity or creates a new TriggerScriptEntity if the
        id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_TRIGGER_SCRIPT_ENTITY, (trigger_script_entity,))

    async def delete_trigger_script_entity(
        self, *, trigger_script_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the TriggerScriptEntity"""
        return await self._call(DELETE_TRIGGER_SCRIPT_ENTITY, (trigger_script_entity_id,))

    async def get_crm_script_by_unique_identifier(
        self, *, unique_identifier: str | None | Unset = UNSET
    ) -> Script | None:
        """Get information about a script from a unique identifier

        Returns:
            The result.
        """
        return await self._call(GET_CRM_SCRIPT_BY_UNIQUE_IDENTIFIER, (unique_identifier,))

    async def save_crm_script_by_unique_identifier(
        self,
        *,
        unique_identifier: str | None | Unset = UNSET,
        crmscript: Script | None | Unset = UNSET,
    ) -> Script | None:
        """Create or Update the CRMScript information

        Returns:
            The result.
        """
        return await self._call(
            SAVE_CRM_SCRIPT_BY_UNIQUE_IDENTIFIER, (unique_identifier, crmscript)
        )

    async def delete_crm_script_by_unique_identifier(
        self, *, unique_identifier: str | None | Unset = UNSET
    ) -> None:
        """Delete the CRMScript"""
        return await self._call(DELETE_CRM_SCRIPT_BY_UNIQUE_IDENTIFIER, (unique_identifier,))

    async def get_crm_script_entity(
        self, *, crm_script_entity_id: int | Unset = UNSET
    ) -> CRMScriptEntity | None:
        """Gets a CRMScriptEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_CRM_SCRIPT_ENTITY, (crm_script_entity_id,))

    async def save_crm_script_entity_without_compile(
        self, *, crm_script_entity: CRMScriptEntity | None | Unset = UNSET
    ) -> CRMScriptEntity | None:
        """Save the script directly without compiling TypeScript

        Returns:
            The result.
        """
        return await self._call(SAVE_CRM_SCRIPT_ENTITY_WITHOUT_COMPILE, (crm_script_entity,))

    async def execute_script(
        self,
        *,
        crm_script_id: int | Unset = UNSET,
        parameters: dict[str, str | None] | None | Unset = UNSET,
    ) -> str | None:
        """Execute a CRMScript with parameters, returning printed output value.

        Returns:
            The result.
        """
        return await self._call(EXECUTE_SCRIPT, (crm_script_id, parameters))

    async def execute_script_by_include_id(
        self,
        *,
        crm_script_include_id: str | None | Unset = UNSET,
        parameters: dict[str, str | None] | None | Unset = UNSET,
    ) -> str | None:
        """Execute a CRMScript with parameters, returning printed output value.

        Returns:
            The result.
        """
        return await self._call(EXECUTE_SCRIPT_BY_INCLUDE_ID, (crm_script_include_id, parameters))

    async def execute_script_by_unique_id(
        self,
        *,
        crm_script_unique_id: str | None | Unset = UNSET,
        parameters: dict[str, str | None] | None | Unset = UNSET,
    ) -> str | None:
        """Execute a CRMScript with parameters, returning printed output value.

        Returns:
            The result.
        """
        return await self._call(EXECUTE_SCRIPT_BY_UNIQUE_ID, (crm_script_unique_id, parameters))

    async def execute_script_as_event(
        self, *, crm_script_id: int | Unset = UNSET, event_data: EventData | None | Unset = UNSET
    ) -> EventData | None:
        """Execute a CRMScript with event data as input.

        Returns:
            The result.
        """
        return await self._call(EXECUTE_SCRIPT_AS_EVENT, (crm_script_id, event_data))

    async def execute_script_as_event_by_unique_id(
        self,
        *,
        crm_script_unique_id: str | None | Unset = UNSET,
        event_data: EventData | None | Unset = UNSET,
    ) -> EventData | None:
        """Execute a CRMScript with event data as input.

        Returns:
            The result.
        """
        return await self._call(
            EXECUTE_SCRIPT_AS_EVENT_BY_UNIQUE_ID, (crm_script_unique_id, event_data)
        )

    async def validate_script(
        self, *, crm_script_id: int | Unset = UNSET
    ) -> CRMScriptResult | None:
        """Validate a CRMScript.

        Returns:
            The result.
        """
        return await self._call(VALIDATE_SCRIPT, (crm_script_id,))

    async def validate_script_by_include_id(
        self, *, crm_script_include_id: str | None | Unset = UNSET
    ) -> CRMScriptResult | None:
        """Validate a CRMScript.

        Returns:
            The result.
        """
        return await self._call(VALIDATE_SCRIPT_BY_INCLUDE_ID, (crm_script_include_id,))

    async def validate_script_by_unique_id(
        self, *, crm_script_unique_id: str | None | Unset = UNSET
    ) -> CRMScriptResult | None:
        """Validate a CRMScript.

        Returns:
            The result.
        """
        return await self._call(VALIDATE_SCRIPT_BY_UNIQUE_ID, (crm_script_unique_id,))

    async def execute_script_by_string(
        self,
        *,
        script: str | None | Unset = UNSET,
        parameters: dict[str, str | None] | None | Unset = UNSET,
        event_data: EventData | None | Unset = UNSET,
    ) -> CRMScriptRunResult | None:
        """Execute a CRMScript 2 (JavaScript), returning the printed output value.

        Returns:
            The result.
        """
        return await self._call(EXECUTE_SCRIPT_BY_STRING, (script, parameters, event_data))

    async def validate_script_by_string(
        self, *, script: str | None | Unset = UNSET
    ) -> CRMScriptResult | None:
        """Validate a CRMScript 2 (JavaScript).

        Returns:
            The result.
        """
        return await self._call(VALIDATE_SCRIPT_BY_STRING, (script,))

    async def resolve_includes(
        self, *, script: str | None | Unset = UNSET, ignore_errors: bool | Unset = UNSET
    ) -> list[int] | None:
        """Will resolve all includes for a TypeScript and return an array of the IDs

        Returns:
            The result.
        """
        return await self._call(RESOLVE_INCLUDES, (script, ignore_errors))

    async def get_trigger_script_entity(
        self, *, trigger_script_entity_id: int | Unset = UNSET
    ) -> TriggerScriptEntity | None:
        """Gets a TriggerScriptEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_TRIGGER_SCRIPT_ENTITY, (trigger_script_entity_id,))

    async def get_trigger_script_by_unique_id(
        self, *, trigger_script_unique_id: str | None | Unset = UNSET
    ) -> TriggerScriptEntity | None:
        """Get a trigger CRMScript.

        Returns:
            The result.
        """
        return await self._call(GET_TRIGGER_SCRIPT_BY_UNIQUE_ID, (trigger_script_unique_id,))

    async def save_trigger_script_by_unique_id(
        self,
        *,
        trigger_script_unique_id: str | None | Unset = UNSET,
        entity: TriggerScriptEntity | None | Unset = UNSET,
    ) -> TriggerScriptEntity | None:
        """Validate a CRMScript.

        Returns:
            The result.
        """
        return await self._call(
            SAVE_TRIGGER_SCRIPT_BY_UNIQUE_ID, (trigger_script_unique_id, entity)
        )

    async def delete_trigger_script_by_unique_id(
        self, *, trigger_script_unique_id: str | None | Unset = UNSET
    ) -> None:
        """Delete a trigger CRMScript."""
        return await self._call(DELETE_TRIGGER_SCRIPT_BY_UNIQUE_ID, (trigger_script_unique_id,))

    async def validate_trigger_script(
        self, *, trigger_script_id: int | Unset = UNSET
    ) -> CRMScriptResult | None:
        """Validate a Trigger CRMScript.

        Returns:
            The result.
        """
        return await self._call(VALIDATE_TRIGGER_SCRIPT, (trigger_script_id,))

    async def validate_trigger_script_by_unique_id(
        self, *, trigger_script_unique_id: str | None | Unset = UNSET
    ) -> CRMScriptResult | None:
        """Validate a Trigger CRMScript.

        Returns:
            The result.
        """
        return await self._call(VALIDATE_TRIGGER_SCRIPT_BY_UNIQUE_ID, (trigger_script_unique_id,))


class CRMScriptAgent(CRMScriptMethods, SoapCaller):
    """CRMScript over SOAP 1.1 (``Remote/Services88/CRMScript.svc``), synchronous."""

    _PATH = "Remote/Services88/CRMScript.svc"
    _HEADERS = HEADERS


class AsyncCRMScriptAgent(AsyncCRMScriptMethods, AsyncSoapCaller):
    """CRMScript over SOAP 1.1 (``Remote/Services88/CRMScript.svc``), asynchronous."""

    _PATH = "Remote/Services88/CRMScript.svc"
    _HEADERS = HEADERS


class CRMScriptRestAgent(CRMScriptMethods, RestCaller):
    """CRMScript over REST (``/api/v1/Agents/CRMScript/...``), synchronous."""


class AsyncCRMScriptRestAgent(AsyncCRMScriptMethods, AsyncRestCaller):
    """CRMScript over REST (``/api/v1/Agents/CRMScript/...``), asynchronous."""
