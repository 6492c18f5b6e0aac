"""Services88 CRMScript agent (``Remote/Services88/CRMScript.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param, STR
from .types.crm_script_entity import CRM_SCRIPT_ENTITY_CODEC
from .types.crm_script_result import CRM_SCRIPT_RESULT_CODEC
from .types.crm_script_run_result import CRM_SCRIPT_RUN_RESULT_CODEC
from .types.event_data import EVENT_DATA_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.script import SCRIPT_CODEC
from .types.string_dictionary import STRING_DICTIONARY_CODEC
from .types.trigger_script_entity import TRIGGER_SCRIPT_ENTITY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_CRM_SCRIPT_ENTITY = Operation(
    "CreateDefaultCRMScriptEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/CreateDefaultCRMScriptEntity",
    results=(Param("response", "Response", CRM_SCRIPT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/CreateDefaultCRMScriptEntity",
)
"""Loading default values into a new CRMScriptEntity."""

SAVE_CRM_SCRIPT_ENTITY = Operation(
    "SaveCRMScriptEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/SaveCRMScriptEntity",
    params=(
        Param("crm_script_entity", "CRMScriptEntity", CRM_SCRIPT_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", CRM_SCRIPT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/SaveCRMScriptEntity",
    rest_body="crm_script_entity",
)
"""Updates the existing CRMScriptEntity or creates a new CRMScriptEntity if the id parameter is
0."""

DELETE_CRM_SCRIPT_ENTITY = Operation(
    "DeleteCRMScriptEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/DeleteCRMScriptEntity",
    params=(Param("crm_script_entity_id", "CRMScriptEntityId", INT),),
    rest_path="/api/v1/Agents/CRMScript/DeleteCRMScriptEntity",
)
"""Deletes the CRMScriptEntity"""

CREATE_DEFAULT_TRIGGER_SCRIPT_ENTITY = Operation(
    "CreateDefaultTriggerScriptEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/CreateDefaultTriggerScriptEntity",
    results=(Param("response", "Response", TRIGGER_SCRIPT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/CreateDefaultTriggerScriptEntity",
)
"""Loading default values into a new TriggerScriptEntity."""

SAVE_TRIGGER_SCRIPT_ENTITY = Operation(
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
)
"""Updates the existing TriggerScriptEntity or creates a new TriggerScriptEntity if the id
parameter is 0."""

DELETE_TRIGGER_SCRIPT_ENTITY = Operation(
    "DeleteTriggerScriptEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/DeleteTriggerScriptEntity",
    params=(Param("trigger_script_entity_id", "TriggerScriptEntityId", INT),),
    rest_path="/api/v1/Agents/CRMScript/DeleteTriggerScriptEntity",
)
"""Deletes the TriggerScriptEntity"""

GET_CRM_SCRIPT_BY_UNIQUE_IDENTIFIER = Operation(
    "GetCRMScriptByUniqueIdentifier",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/GetCRMScriptByUniqueIdentifier",
    params=(Param("unique_identifier", "UniqueIdentifier", STR, nillable=True),),
    results=(Param("response", "Response", SCRIPT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/GetCRMScriptByUniqueIdentifier",
)
"""Get information about a script from a unique identifier"""

SAVE_CRM_SCRIPT_BY_UNIQUE_IDENTIFIER = Operation(
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
"""Create or Update the CRMScript information"""

DELETE_CRM_SCRIPT_BY_UNIQUE_IDENTIFIER = Operation(
    "DeleteCRMScriptByUniqueIdentifier",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/DeleteCRMScriptByUniqueIdentifier",
    params=(Param("unique_identifier", "UniqueIdentifier", STR, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/DeleteCRMScriptByUniqueIdentifier",
)
"""Delete the CRMScript"""

GET_CRM_SCRIPT_ENTITY = Operation(
    "GetCRMScriptEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/GetCRMScriptEntity",
    params=(Param("crm_script_entity_id", "CRMScriptEntityId", INT),),
    results=(Param("response", "Response", CRM_SCRIPT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/GetCRMScriptEntity",
)
"""Gets a CRMScriptEntity object."""

SAVE_CRM_SCRIPT_ENTITY_WITHOUT_COMPILE = Operation(
    "SaveCRMScriptEntityWithoutCompile",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/SaveCRMScriptEntityWithoutCompile",
    params=(
        Param("crm_script_entity", "CrmScriptEntity", CRM_SCRIPT_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", CRM_SCRIPT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/SaveCRMScriptEntityWithoutCompile",
)
"""Save the script directly without compiling TypeScript"""

EXECUTE_SCRIPT = Operation(
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
"""Execute a CRMScript with parameters, returning printed output value."""

EXECUTE_SCRIPT_BY_INCLUDE_ID = Operation(
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
"""Execute a CRMScript with parameters, returning printed output value."""

EXECUTE_SCRIPT_BY_UNIQUE_ID = Operation(
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
"""Execute a CRMScript with parameters, returning printed output value."""

EXECUTE_SCRIPT_AS_EVENT = Operation(
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
"""Execute a CRMScript with event data as input."""

EXECUTE_SCRIPT_AS_EVENT_BY_UNIQUE_ID = Operation(
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
"""Execute a CRMScript with event data as input."""

VALIDATE_SCRIPT = Operation(
    "ValidateScript",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ValidateScript",
    params=(Param("crm_script_id", "CRMScriptId", INT),),
    results=(Param("response", "Response", CRM_SCRIPT_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ValidateScript",
)
"""Validate a CRMScript."""

VALIDATE_SCRIPT_BY_INCLUDE_ID = Operation(
    "ValidateScriptByIncludeId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ValidateScriptByIncludeId",
    params=(Param("crm_script_include_id", "CRMScriptIncludeId", STR, nillable=True),),
    results=(Param("response", "Response", CRM_SCRIPT_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ValidateScriptByIncludeId",
)
"""Validate a CRMScript."""

VALIDATE_SCRIPT_BY_UNIQUE_ID = Operation(
    "ValidateScriptByUniqueId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ValidateScriptByUniqueId",
    params=(Param("crm_script_unique_id", "CRMScriptUniqueId", STR, nillable=True),),
    results=(Param("response", "Response", CRM_SCRIPT_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ValidateScriptByUniqueId",
)
"""Validate a CRMScript."""

EXECUTE_SCRIPT_BY_STRING = Operation(
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
"""Execute a CRMScript 2 (JavaScript), returning the printed output value."""

VALIDATE_SCRIPT_BY_STRING = Operation(
    "ValidateScriptByString",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ValidateScriptByString",
    params=(Param("script", "Script", STR, nillable=True),),
    results=(Param("response", "Response", CRM_SCRIPT_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ValidateScriptByString",
)
"""Validate a CRMScript 2 (JavaScript)."""

RESOLVE_INCLUDES = Operation(
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
"""Will resolve all includes for a TypeScript and return an array of the IDs"""

GET_TRIGGER_SCRIPT_ENTITY = Operation(
    "GetTriggerScriptEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/GetTriggerScriptEntity",
    params=(Param("trigger_script_entity_id", "TriggerScriptEntityId", INT),),
    results=(Param("response", "Response", TRIGGER_SCRIPT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/GetTriggerScriptEntity",
)
"""Gets a TriggerScriptEntity object."""

GET_TRIGGER_SCRIPT_BY_UNIQUE_ID = Operation(
    "GetTriggerScriptByUniqueId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/GetTriggerScriptByUniqueId",
    params=(Param("trigger_script_unique_id", "TriggerScriptUniqueId", STR, nillable=True),),
    results=(Param("response", "Response", TRIGGER_SCRIPT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/GetTriggerScriptByUniqueId",
)
"""Get a trigger CRMScript."""

SAVE_TRIGGER_SCRIPT_BY_UNIQUE_ID = Operation(
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
"""Validate a CRMScript."""

DELETE_TRIGGER_SCRIPT_BY_UNIQUE_ID = Operation(
    "DeleteTriggerScriptByUniqueId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/DeleteTriggerScriptByUniqueId",
    params=(Param("trigger_script_unique_id", "TriggerScriptUniqueId", STR, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/DeleteTriggerScriptByUniqueId",
)
"""Delete a trigger CRMScript."""

VALIDATE_TRIGGER_SCRIPT = Operation(
    "ValidateTriggerScript",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ValidateTriggerScript",
    params=(Param("trigger_script_id", "TriggerScriptId", INT),),
    results=(Param("response", "Response", CRM_SCRIPT_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ValidateTriggerScript",
)
"""Validate a Trigger CRMScript."""

VALIDATE_TRIGGER_SCRIPT_BY_UNIQUE_ID = Operation(
    "ValidateTriggerScriptByUniqueId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/CRMScript/ValidateTriggerScriptByUniqueId",
    params=(Param("trigger_script_unique_id", "TriggerScriptUniqueId", STR, nillable=True),),
    results=(Param("response", "Response", CRM_SCRIPT_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/CRMScript/ValidateTriggerScriptByUniqueId",
)
"""Validate a Trigger CRMScript."""

OPERATIONS: dict[str, Operation] = {
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
