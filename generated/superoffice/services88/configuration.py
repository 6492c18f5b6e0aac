"""Services88 Configuration agent (``Remote/Services88/Configuration.svc``).

``ConfigurationAgent`` and ``AsyncConfigurationAgent`` call it over SOAP,
``ConfigurationRestAgent`` and ``AsyncConfigurationRestAgent`` over REST; all four share the
same typed methods and dataclasses.
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
from .types.configurable_screen_delta import (
    CONFIGURABLE_SCREEN_DELTA_CODEC,
    LIST_OF_CONFIGURABLE_SCREEN_DELTA_CODEC,
    ConfigurableScreenDelta,
)
from .types.delta_query import DELTA_QUERY_CODEC, DeltaQuery
from .types.delta_state import DELTA_STATE_CODEC, DeltaState
from .types.delta_type import DELTA_TYPE_CODEC, DeltaType
from .types.diary_view_entity import DIARY_VIEW_ENTITY_CODEC, DiaryViewEntity
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.string_bool_dictionary import STRING_BOOL_DICTIONARY_CODEC
from .types.string_dictionary import STRING_DICTIONARY_CODEC
from .types.system_event_entity import SYSTEM_EVENT_ENTITY_CODEC, SystemEventEntity
from .types.window_pos_size import (
    LIST_OF_WINDOW_POS_SIZE_CODEC,
    WINDOW_POS_SIZE_CODEC,
    WindowPosSize,
)

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_CONFIGURABLE_SCREEN_DELTA: Operation[ConfigurableScreenDelta | None] = Operation(
    "CreateDefaultConfigurableScreenDelta",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/CreateDefaultConfigurableScreenDelta",
    results=(Param("response", "Response", CONFIGURABLE_SCREEN_DELTA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/CreateDefaultConfigurableScreenDelta",
    rest_select=False,
)

SAVE_CONFIGURABLE_SCREEN_DELTA: Operation[ConfigurableScreenDelta | None] = Operation(
    "SaveConfigurableScreenDelta",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/SaveConfigurableScreenDelta",
    params=(
        Param(
            "configurable_screen_delta",
            "ConfigurableScreenDelta",
            CONFIGURABLE_SCREEN_DELTA_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", CONFIGURABLE_SCREEN_DELTA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/SaveConfigurableScreenDelta",
    rest_body="configurable_screen_delta",
    rest_select=False,
)

DELETE_CONFIGURABLE_SCREEN_DELTA: Operation[None] = Operation(
    "DeleteConfigurableScreenDelta",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/DeleteConfigurableScreenDelta",
    params=(
        Param(
            "configurable_screen_delta_id",
            "ConfigurableScreenDeltaId",
            INT,
            query="configurableScreenDeltaId",
        ),
    ),
    rest_path="/api/v1/Agents/Configuration/DeleteConfigurableScreenDelta",
    rest_select=False,
)

CREATE_DEFAULT_DIARY_VIEW_ENTITY: Operation[DiaryViewEntity | None] = Operation(
    "CreateDefaultDiaryViewEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/CreateDefaultDiaryViewEntity",
    results=(Param("response", "Response", DIARY_VIEW_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/CreateDefaultDiaryViewEntity",
    rest_select=False,
)

SAVE_DIARY_VIEW_ENTITY: Operation[DiaryViewEntity | None] = Operation(
    "SaveDiaryViewEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/SaveDiaryViewEntity",
    params=(
        Param("diary_view_entity", "DiaryViewEntity", DIARY_VIEW_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", DIARY_VIEW_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/SaveDiaryViewEntity",
    rest_body="diary_view_entity",
    rest_select=False,
)

DELETE_DIARY_VIEW_ENTITY: Operation[None] = Operation(
    "DeleteDiaryViewEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/DeleteDiaryViewEntity",
    params=(Param("diary_view_entity_id", "DiaryViewEntityId", INT, query="diaryViewEntityId"),),
    rest_path="/api/v1/Agents/Configuration/DeleteDiaryViewEntity",
    rest_select=False,
)

CREATE_DEFAULT_SYSTEM_EVENT_ENTITY: Operation[SystemEventEntity | None] = Operation(
    "CreateDefaultSystemEventEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/CreateDefaultSystemEventEntity",
    results=(Param("response", "Response", SYSTEM_EVENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/CreateDefaultSystemEventEntity",
    rest_select=False,
)

SAVE_SYSTEM_EVENT_ENTITY: Operation[SystemEventEntity | None] = Operation(
    "SaveSystemEventEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/SaveSystemEventEntity",
    params=(
        Param(
            "system_event_entity", "SystemEventEntity", SYSTEM_EVENT_ENTITY_CODEC, nillable=True
        ),
    ),
    results=(Param("response", "Response", SYSTEM_EVENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/SaveSystemEventEntity",
    rest_body="system_event_entity",
    rest_select=False,
)

DELETE_SYSTEM_EVENT_ENTITY: Operation[None] = Operation(
    "DeleteSystemEventEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/DeleteSystemEventEntity",
    params=(
        Param("system_event_entity_id", "SystemEventEntityId", INT, query="systemEventEntityId"),
    ),
    rest_path="/api/v1/Agents/Configuration/DeleteSystemEventEntity",
    rest_select=False,
)

GET_CONFIGURABLE_SCREEN_DELTA: Operation[ConfigurableScreenDelta | None] = Operation(
    "GetConfigurableScreenDelta",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetConfigurableScreenDelta",
    params=(
        Param(
            "configurable_screen_delta_id",
            "ConfigurableScreenDeltaId",
            INT,
            query="configurableScreenDeltaId",
        ),
    ),
    results=(Param("response", "Response", CONFIGURABLE_SCREEN_DELTA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetConfigurableScreenDelta",
)

GET_SCREEN_CONFIGURATION_DELTAS: Operation[str | None] = Operation(
    "GetScreenConfigurationDeltas",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetScreenConfigurationDeltas",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetScreenConfigurationDeltas",
)

GET_SCREEN_CONFIGURATION_DELTA: Operation[str | None] = Operation(
    "GetScreenConfigurationDelta",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetScreenConfigurationDelta",
    params=(
        Param("delta_type", "DeltaType", DELTA_TYPE_CODEC),
        Param("delta_state", "DeltaState", DELTA_STATE_CODEC),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetScreenConfigurationDelta",
)

GET_CONFIGURABLE_SCREEN_DELTAS_BY_DELTA: Operation[list[ConfigurableScreenDelta | None] | None] = (
    Operation(
        "GetConfigurableScreenDeltasByDelta",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetConfigurableScreenDeltasByDelta",
        params=(
            Param(
                "configurable_screen_delta",
                "ConfigurableScreenDelta",
                CONFIGURABLE_SCREEN_DELTA_CODEC,
                nillable=True,
            ),
        ),
        results=(
            Param("response", "Response", LIST_OF_CONFIGURABLE_SCREEN_DELTA_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/Configuration/GetConfigurableScreenDeltasByDelta",
    )
)

GET_CONFIGURABLE_SCREEN_DELTAS_BY_QUERY: Operation[list[ConfigurableScreenDelta | None] | None] = (
    Operation(
        "GetConfigurableScreenDeltasByQuery",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetConfigurableScreenDeltasByQuery",
        params=(Param("delta_query", "DeltaQuery", DELTA_QUERY_CODEC, nillable=True),),
        results=(
            Param("response", "Response", LIST_OF_CONFIGURABLE_SCREEN_DELTA_CODEC, nillable=True),
        ),
        rest_path="/api/v1/Agents/Configuration/GetConfigurableScreenDeltasByQuery",
    )
)

REBUILD_UDEF_DELTAS: Operation[None] = Operation(
    "RebuildUdefDeltas",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/RebuildUdefDeltas",
    rest_path="/api/v1/Agents/Configuration/RebuildUdefDeltas",
)

REBUILD_WEBPANEL_DELTAS: Operation[None] = Operation(
    "RebuildWebpanelDeltas",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/RebuildWebpanelDeltas",
    rest_path="/api/v1/Agents/Configuration/RebuildWebpanelDeltas",
)

SAVE_AND_PUBLISH: Operation[ConfigurableScreenDelta | None] = Operation(
    "SaveAndPublish",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/SaveAndPublish",
    params=(
        Param(
            "configurable_screen_delta",
            "ConfigurableScreenDelta",
            CONFIGURABLE_SCREEN_DELTA_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", CONFIGURABLE_SCREEN_DELTA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/SaveAndPublish",
)

SET_APPLIES_TO_KEY: Operation[None] = Operation(
    "SetAppliesToKey",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/SetAppliesToKey",
    params=(
        Param("recipe_id", "RecipeId", STR, nillable=True),
        Param("applies_to_key", "AppliesToKey", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Configuration/SetAppliesToKey",
)

GET_RECIPE_APPLIES_TO_MAPPINGS: Operation[dict[str, str | None] | None] = Operation(
    "GetRecipeAppliesToMappings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetRecipeAppliesToMappings",
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetRecipeAppliesToMappings",
)

REBUILD_CUSTOM_OBJECT_ARCHIVE_PANEL_DELTAS: Operation[None] = Operation(
    "RebuildCustomObjectArchivePanelDeltas",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/RebuildCustomObjectArchivePanelDeltas",
    rest_path="/api/v1/Agents/Configuration/RebuildCustomObjectArchivePanelDeltas",
)

REBUILD_TASK_MENU_DELTAS: Operation[None] = Operation(
    "RebuildTaskMenuDeltas",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/RebuildTaskMenuDeltas",
    rest_path="/api/v1/Agents/Configuration/RebuildTaskMenuDeltas",
)

GET_APPLICATION_CONFIGURATION: Operation[str | None] = Operation(
    "GetApplicationConfiguration",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetApplicationConfiguration",
    params=(
        Param("application", "Application", STR, nillable=True),
        Param("instance", "Instance", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetApplicationConfiguration",
)

GET_PAGE_CONFIGURATION: Operation[str | None] = Operation(
    "GetPageConfiguration",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetPageConfiguration",
    params=(
        Param("application", "Application", STR, nillable=True),
        Param("instance", "Instance", STR, nillable=True),
        Param("page", "Page", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetPageConfiguration",
)

GET_OBJECT_MAPPING: Operation[str | None] = Operation(
    "GetObjectMapping",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetObjectMapping",
    params=(
        Param("application", "Application", STR, nillable=True),
        Param("instance", "Instance", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetObjectMapping",
)

GET_FILTER_LIST: Operation[str | None] = Operation(
    "GetFilterList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetFilterList",
    params=(
        Param("application", "Application", STR, nillable=True),
        Param("instance", "Instance", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetFilterList",
)

CLEAR_CONFIGURATION_CACHE: Operation[None] = Operation(
    "ClearConfigurationCache",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/ClearConfigurationCache",
    params=(
        Param("application", "Application", STR, nillable=True),
        Param("instance", "Instance", STR, nillable=True),
        Param("for_all_associates", "ForAllAssociates", BOOL),
    ),
    rest_path="/api/v1/Agents/Configuration/ClearConfigurationCache",
)

GET_ANY_CONFIGURATION: Operation[str | None] = Operation(
    "GetAnyConfiguration",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetAnyConfiguration",
    params=(
        Param("application", "Application", STR, nillable=True),
        Param("instance", "Instance", STR, nillable=True),
        Param("item", "Item", STR, nillable=True),
        Param("type", "Type", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetAnyConfiguration",
)

GET_E_MARKETING_URL: Operation[str | None] = Operation(
    "GetEMarketingUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetEMarketingUrl",
    params=(Param("language", "Language", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetEMarketingUrl",
)

GET_CS_PROGRAM_URL: Operation[str | None] = Operation(
    "GetCsProgramUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetCsProgramUrl",
    params=(
        Param("language", "Language", STR, nillable=True),
        Param("program_name", "ProgramName", STR, nillable=True),
        Param("action", "Action", STR, nillable=True),
        Param("extra_parameters", "ExtraParameters", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetCsProgramUrl",
)

GET_CS_AUTH_URL: Operation[str | None] = Operation(
    "GetCSAuthUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetCSAuthUrl",
    params=(
        Param("language", "Language", STR, nillable=True),
        Param("program_name", "ProgramName", STR, nillable=True),
        Param("action", "Action", STR, nillable=True),
        Param("extra_parameters", "ExtraParameters", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetCSAuthUrl",
)

GET_CS_REGISTRY_VALUE: Operation[str | None] = Operation(
    "GetCSRegistryValue",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetCSRegistryValue",
    params=(Param("entry", "Entry", INT),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetCSRegistryValue",
)

GET_CS_WWW_FOLDER: Operation[str | None] = Operation(
    "GetCSWwwFolder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetCSWwwFolder",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetCSWwwFolder",
)

GET_REFRESHED_PAGE_CONFIGURATION: Operation[str | None] = Operation(
    "GetRefreshedPageConfiguration",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetRefreshedPageConfiguration",
    params=(
        Param("application", "Application", STR, nillable=True),
        Param("instance", "Instance", STR, nillable=True),
        Param("page", "Page", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetRefreshedPageConfiguration",
)

GET_WWW_URL: Operation[str | None] = Operation(
    "GetWwwUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetWwwUrl",
    params=(Param("client", "Client", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetWwwUrl",
)

GET_HELP_DISPATCHER_URL: Operation[str | None] = Operation(
    "GetHelpDispatcherUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetHelpDispatcherUrl",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetHelpDispatcherUrl",
)

GET_WWW_URL_FOR_SM_WEB: Operation[str | None] = Operation(
    "GetWwwUrlForSMWeb",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetWwwUrlForSMWeb",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetWwwUrlForSMWeb",
)

GET_CS_CGI_URL_INTERNAL: Operation[str | None] = Operation(
    "GetCsCgiUrlInternal",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetCsCgiUrlInternal",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetCsCgiUrlInternal",
)

GET_CRM_URL: Operation[str | None] = Operation(
    "GetCRMUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetCRMUrl",
    params=(
        Param("so_protocol", "SoProtocol", STR, nillable=True),
        Param("currents", "Currents", STR, nillable=True),
        Param("frameless", "Frameless", BOOL),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetCRMUrl",
)

GET_EMAIL_NUMBER_OF_DAYS: Operation[int | None] = Operation(
    "GetEmailNumberOfDays",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetEmailNumberOfDays",
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Configuration/GetEmailNumberOfDays",
)

GET_CUSTOMER_URL: Operation[str | None] = Operation(
    "GetCustomerUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetCustomerUrl",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetCustomerUrl",
)

GET_SPF_DOMAIN: Operation[str | None] = Operation(
    "GetSpfDomain",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetSpfDomain",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetSpfDomain",
)

GET_ALL_FEATURE_TOGGLES: Operation[dict[str, bool] | None] = Operation(
    "GetAllFeatureToggles",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetAllFeatureToggles",
    results=(Param("response", "Response", STRING_BOOL_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetAllFeatureToggles",
)

GET_DIARY_VIEW_ENTITY: Operation[DiaryViewEntity | None] = Operation(
    "GetDiaryViewEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetDiaryViewEntity",
    params=(Param("diary_view_entity_id", "DiaryViewEntityId", INT, query="diaryViewEntityId"),),
    results=(Param("response", "Response", DIARY_VIEW_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetDiaryViewEntity",
)

GET_SYSTEM_EVENT_ENTITY: Operation[SystemEventEntity | None] = Operation(
    "GetSystemEventEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetSystemEventEntity",
    params=(
        Param("system_event_entity_id", "SystemEventEntityId", INT, query="systemEventEntityId"),
    ),
    results=(Param("response", "Response", SYSTEM_EVENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetSystemEventEntity",
)

EXISTS_SYSTEM_EVENT: Operation[bool | None] = Operation(
    "ExistsSystemEvent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/ExistsSystemEvent",
    params=(Param("key", "Key", STR, nillable=True),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Configuration/ExistsSystemEvent",
)

GET_WINDOW_POS_SIZE: Operation[WindowPosSize | None] = Operation(
    "GetWindowPosSize",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetWindowPosSize",
    params=(Param("window_pos_size_id", "WindowPosSizeId", INT, query="windowPosSizeId"),),
    results=(Param("response", "Response", WINDOW_POS_SIZE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetWindowPosSize",
)

SAVE_WINDOW_POS_SIZE: Operation[WindowPosSize | None] = Operation(
    "SaveWindowPosSize",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/SaveWindowPosSize",
    params=(Param("window_pos_size", "WindowPosSize", WINDOW_POS_SIZE_CODEC, nillable=True),),
    results=(Param("response", "Response", WINDOW_POS_SIZE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/SaveWindowPosSize",
)

DELETE_WINDOW_POS_SIZE: Operation[None] = Operation(
    "DeleteWindowPosSize",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/DeleteWindowPosSize",
    params=(Param("window_pos_size_id", "WindowPosSizeId", INT),),
    rest_path="/api/v1/Agents/Configuration/DeleteWindowPosSize",
)

GET_WINDOW_POS_SIZE_LIST: Operation[list[WindowPosSize | None] | None] = Operation(
    "GetWindowPosSizeList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetWindowPosSizeList",
    params=(Param("window_pos_size_ids", "WindowPosSizeIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_WINDOW_POS_SIZE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetWindowPosSizeList",
    rest_body="window_pos_size_ids",
)

GET_MY_WINDOW_POS_SIZES: Operation[list[WindowPosSize | None] | None] = Operation(
    "GetMyWindowPosSizes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetMyWindowPosSizes",
    results=(Param("response", "Response", LIST_OF_WINDOW_POS_SIZE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetMyWindowPosSizes",
)

GET_WINDOW_POS_SIZES_ON_PERSON_ID: Operation[list[WindowPosSize | None] | None] = Operation(
    "GetWindowPosSizesOnPersonId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetWindowPosSizesOnPersonId",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", LIST_OF_WINDOW_POS_SIZE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetWindowPosSizesOnPersonId",
)

GET_WINDOW_POS_SIZES_ON_ASSOCIATE_ID: Operation[list[WindowPosSize | None] | None] = Operation(
    "GetWindowPosSizesOnAssociateId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetWindowPosSizesOnAssociateId",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", LIST_OF_WINDOW_POS_SIZE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetWindowPosSizesOnAssociateId",
)

SAVE_WINDOW_POS_SIZES: Operation[list[WindowPosSize | None] | None] = Operation(
    "SaveWindowPosSizes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/SaveWindowPosSizes",
    params=(
        Param("window_pos_sizes", "WindowPosSizes", LIST_OF_WINDOW_POS_SIZE_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_WINDOW_POS_SIZE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/SaveWindowPosSizes",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateDefaultConfigurableScreenDelta": CREATE_DEFAULT_CONFIGURABLE_SCREEN_DELTA,
    "SaveConfigurableScreenDelta": SAVE_CONFIGURABLE_SCREEN_DELTA,
    "DeleteConfigurableScreenDelta": DELETE_CONFIGURABLE_SCREEN_DELTA,
    "CreateDefaultDiaryViewEntity": CREATE_DEFAULT_DIARY_VIEW_ENTITY,
    "SaveDiaryViewEntity": SAVE_DIARY_VIEW_ENTITY,
    "DeleteDiaryViewEntity": DELETE_DIARY_VIEW_ENTITY,
    "CreateDefaultSystemEventEntity": CREATE_DEFAULT_SYSTEM_EVENT_ENTITY,
    "SaveSystemEventEntity": SAVE_SYSTEM_EVENT_ENTITY,
    "DeleteSystemEventEntity": DELETE_SYSTEM_EVENT_ENTITY,
    "GetConfigurableScreenDelta": GET_CONFIGURABLE_SCREEN_DELTA,
    "GetScreenConfigurationDeltas": GET_SCREEN_CONFIGURATION_DELTAS,
    "GetScreenConfigurationDelta": GET_SCREEN_CONFIGURATION_DELTA,
    "GetConfigurableScreenDeltasByDelta": GET_CONFIGURABLE_SCREEN_DELTAS_BY_DELTA,
    "GetConfigurableScreenDeltasByQuery": GET_CONFIGURABLE_SCREEN_DELTAS_BY_QUERY,
    "RebuildUdefDeltas": REBUILD_UDEF_DELTAS,
    "RebuildWebpanelDeltas": REBUILD_WEBPANEL_DELTAS,
    "SaveAndPublish": SAVE_AND_PUBLISH,
    "SetAppliesToKey": SET_APPLIES_TO_KEY,
    "GetRecipeAppliesToMappings": GET_RECIPE_APPLIES_TO_MAPPINGS,
    "RebuildCustomObjectArchivePanelDeltas": REBUILD_CUSTOM_OBJECT_ARCHIVE_PANEL_DELTAS,
    "RebuildTaskMenuDeltas": REBUILD_TASK_MENU_DELTAS,
    "GetApplicationConfiguration": GET_APPLICATION_CONFIGURATION,
    "GetPageConfiguration": GET_PAGE_CONFIGURATION,
    "GetObjectMapping": GET_OBJECT_MAPPING,
    "GetFilterList": GET_FILTER_LIST,
    "ClearConfigurationCache": CLEAR_CONFIGURATION_CACHE,
    "GetAnyConfiguration": GET_ANY_CONFIGURATION,
    "GetEMarketingUrl": GET_E_MARKETING_URL,
    "GetCsProgramUrl": GET_CS_PROGRAM_URL,
    "GetCSAuthUrl": GET_CS_AUTH_URL,
    "GetCSRegistryValue": GET_CS_REGISTRY_VALUE,
    "GetCSWwwFolder": GET_CS_WWW_FOLDER,
    "GetRefreshedPageConfiguration": GET_REFRESHED_PAGE_CONFIGURATION,
    "GetWwwUrl": GET_WWW_URL,
    "GetHelpDispatcherUrl": GET_HELP_DISPATCHER_URL,
    "GetWwwUrlForSMWeb": GET_WWW_URL_FOR_SM_WEB,
    "GetCsCgiUrlInternal": GET_CS_CGI_URL_INTERNAL,
    "GetCRMUrl": GET_CRM_URL,
    "GetEmailNumberOfDays": GET_EMAIL_NUMBER_OF_DAYS,
    "GetCustomerUrl": GET_CUSTOMER_URL,
    "GetSpfDomain": GET_SPF_DOMAIN,
    "GetAllFeatureToggles": GET_ALL_FEATURE_TOGGLES,
    "GetDiaryViewEntity": GET_DIARY_VIEW_ENTITY,
    "GetSystemEventEntity": GET_SYSTEM_EVENT_ENTITY,
    "ExistsSystemEvent": EXISTS_SYSTEM_EVENT,
    "GetWindowPosSize": GET_WINDOW_POS_SIZE,
    "SaveWindowPosSize": SAVE_WINDOW_POS_SIZE,
    "DeleteWindowPosSize": DELETE_WINDOW_POS_SIZE,
    "GetWindowPosSizeList": GET_WINDOW_POS_SIZE_LIST,
    "GetMyWindowPosSizes": GET_MY_WINDOW_POS_SIZES,
    "GetWindowPosSizesOnPersonId": GET_WINDOW_POS_SIZES_ON_PERSON_ID,
    "GetWindowPosSizesOnAssociateId": GET_WINDOW_POS_SIZES_ON_ASSOCIATE_ID,
    "SaveWindowPosSizes": SAVE_WINDOW_POS_SIZES,
}


class ConfigurationMethods(SyncCalls):
    """The Configuration operations, called synchronously (SOAP or REST)."""

    def create_default_configurable_screen_delta(self) -> ConfigurableScreenDelta | None:
        """Loading default values into a new ConfigurableScreenDelta.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_CONFIGURABLE_SCREEN_DELTA, ())

    def save_configurable_screen_delta(
        self, *, configurable_screen_delta: ConfigurableScreenDelta | None | Unset = UNSET
    ) -> ConfigurableScreenDelta | None:
        """Updates the existing ConfigurableScreenDelta or creates a new
        ConfigurableScreenDelta if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_CONFIGURABLE_SCREEN_DELTA, (configurable_screen_delta,))

    def delete_configurable_screen_delta(
        self, *, configurable_screen_delta_id: int | Unset = UNSET
    ) -> None:
        """Deletes the ConfigurableScreenDelta"""
        return self._call(DELETE_CONFIGURABLE_SCREEN_DELTA, (configurable_screen_delta_id,))

    def create_default_diary_view_entity(self) -> DiaryViewEntity | None:
        """Loading default values into a new DiaryViewEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_DIARY_VIEW_ENTITY, ())

    def save_diary_view_entity(
        self, *, diary_view_entity: DiaryViewEntity | None | Unset = UNSET
    ) -> DiaryViewEntity | None:
        """Updates the existing DiaryViewEntity or creates a new DiaryViewEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_DIARY_VIEW_ENTITY, (diary_view_entity,))

    def delete_diary_view_entity(self, *, diary_view_entity_id: int | Unset = UNSET) -> None:
        """Deletes the DiaryViewEntity"""
        return self._call(DELETE_DIARY_VIEW_ENTITY, (diary_view_entity_id,))

    def create_default_system_event_entity(self) -> SystemEventEntity | None:
        """Loading default values into a new SystemEventEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_SYSTEM_EVENT_ENTITY, ())

    def save_system_event_entity(
        self, *, system_event_entity: SystemEventEntity | None | Unset = UNSET
    ) -> SystemEventEntity | None:
        """Updates the existing SystemEventEntity or creates a new SystemEventEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_SYSTEM_EVENT_ENTITY, (system_event_entity,))

    def delete_system_event_entity(self, *, system_event_entity_id: int | Unset = UNSET) -> None:
        """Deletes the SystemEventEntity"""
        return self._call(DELETE_SYSTEM_EVENT_ENTITY, (system_event_entity_id,))

    def get_configurable_screen_delta(
        self, *, configurable_screen_delta_id: int | Unset = UNSET
    ) -> ConfigurableScreenDelta | None:
        """Gets a ConfigurableScreenDelta object.

        Returns:
            The result.
        """
        return self._call(GET_CONFIGURABLE_SCREEN_DELTA, (configurable_screen_delta_id,))

    def get_screen_configuration_deltas(self) -> str | None:
        """This method will return a json with all deltas for screen

        Returns:
            The result.
        """
        return self._call(GET_SCREEN_CONFIGURATION_DELTAS, ())

    def get_screen_configuration_delta(
        self,
        *,
        delta_type: DeltaType | str | Unset = UNSET,
        delta_state: DeltaState | str | Unset = UNSET,
    ) -> str | None:
        """This method will return a json with all deltas for screen

        Returns:
            The result.
        """
        return self._call(GET_SCREEN_CONFIGURATION_DELTA, (delta_type, delta_state))

    def get_configurable_screen_deltas_by_delta(
        self, *, configurable_screen_delta: ConfigurableScreenDelta | None | Unset = UNSET
    ) -> list[ConfigurableScreenDelta | None] | None:
        """This method will return a configurablescreen delta matching the properties received
        from the incomming delta

        Returns:
            The result.
        """
        return self._call(GET_CONFIGURABLE_SCREEN_DELTAS_BY_DELTA, (configurable_screen_delta,))

    def get_configurable_screen_deltas_by_query(
        self, *, delta_query: DeltaQuery | None | Unset = UNSET
    ) -> list[ConfigurableScreenDelta | None] | None:
        """This method will return a configurablescreen delta matching the properties received
        from the incomming query

        Returns:
            The result.
        """
        return self._call(GET_CONFIGURABLE_SCREEN_DELTAS_BY_QUERY, (delta_query,))

    def rebuild_udef_deltas(self) -> None:
        """Flush and rebuild userdefined field deltas."""
        return self._call(REBUILD_UDEF_DELTAS, ())

    def rebuild_webpanel_deltas(self) -> None:
        """Flush and rebuild webpanel deltas."""
        return self._call(REBUILD_WEBPANEL_DELTAS, ())

    def save_and_publish(
        self, *, configurable_screen_delta: ConfigurableScreenDelta | None | Unset = UNSET
    ) -> ConfigurableScreenDelta | None:
        """Save the incomming draft and publish

        Returns:
            The result.
        """
        return self._call(SAVE_AND_PUBLISH, (configurable_screen_delta,))

    def set_applies_to_key(
        self, *, recipe_id: str | None | Unset = UNSET, applies_to_key: str | None | Unset = UNSET
    ) -> None:
        """Set the type of assignTo the deltas of the given recipe should have"""
        return self._call(SET_APPLIES_TO_KEY, (recipe_id, applies_to_key))

    def get_recipe_applies_to_mappings(self) -> dict[str, str | None] | None:
        """Return the a dictionary with recipeId as key, and chosen appliesTo for that recipe,
        Like projecttype for projectcardrecipe

        Returns:
            The result.
        """
        return self._call(GET_RECIPE_APPLIES_TO_MAPPINGS, ())

    def rebuild_custom_object_archive_panel_deltas(self) -> None:
        """Flush and rebuild CustomObjectArchivePanel deltas."""
        return self._call(REBUILD_CUSTOM_OBJECT_ARCHIVE_PANEL_DELTAS, ())

    def rebuild_task_menu_deltas(self) -> None:
        """Flush and rebuild TaskMenu deltas."""
        return self._call(REBUILD_TASK_MENU_DELTAS, ())

    def get_application_configuration(
        self, *, application: str | None | Unset = UNSET, instance: str | None | Unset = UNSET
    ) -> str | None:
        """Return the application configuration.

        Returns:
            The result.
        """
        return self._call(GET_APPLICATION_CONFIGURATION, (application, instance))

    def get_page_configuration(
        self,
        *,
        application: str | None | Unset = UNSET,
        instance: str | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
    ) -> str | None:
        """Get the configuration for one whole web page, including all its panels etc.

        Returns:
            The result.
        """
        return self._call(GET_PAGE_CONFIGURATION, (application, instance, page))

    def get_object_mapping(
        self, *, application: str | None | Unset = UNSET, instance: str | None | Unset = UNSET
    ) -> str | None:
        """Get the object mappings, i.

        Returns:
            The result.
        """
        return self._call(GET_OBJECT_MAPPING, (application, instance))

    def get_filter_list(
        self, *, application: str | None | Unset = UNSET, instance: str | None | Unset = UNSET
    ) -> str | None:
        """Get the list of filters to be used for processing the configuration data for this
        application.

        Returns:
            The result.
        """
        return self._call(GET_FILTER_LIST, (application, instance))

    def clear_configuration_cache(
        self,
        *,
        application: str | None | Unset = UNSET,
        instance: str | None | Unset = UNSET,
        for_all_associates: bool | Unset = UNSET,
    ) -> None:
        """Configuration XML's may be expensive to build and parse, and are therefore cached to
        the database.
        """
        return self._call(CLEAR_CONFIGURATION_CACHE, (application, instance, for_all_associates))

    def get_any_configuration(
        self,
        *,
        application: str | None | Unset = UNSET,
        instance: str | None | Unset = UNSET,
        item: str | None | Unset = UNSET,
        type: str | None | Unset = UNSET,
    ) -> str | None:
        """Get one defined configuration fragment, with full reference resolution and parsing
        applied.

        Returns:
            The result.
        """
        return self._call(GET_ANY_CONFIGURATION, (application, instance, item, type))

    def get_e_marketing_url(self, *, language: str | None | Unset = UNSET) -> str | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(GET_E_MARKETING_URL, (language,))

    def get_cs_program_url(
        self,
        *,
        language: str | None | Unset = UNSET,
        program_name: str | None | Unset = UNSET,
        action: str | None | Unset = UNSET,
        extra_parameters: str | None | Unset = UNSET,
    ) -> str | None:
        """This method will convert a module name into a CS URL.

        Returns:
            The result.
        """
        return self._call(GET_CS_PROGRAM_URL, (language, program_name, action, extra_parameters))

    def get_cs_auth_url(
        self,
        *,
        language: str | None | Unset = UNSET,
        program_name: str | None | Unset = UNSET,
        action: str | None | Unset = UNSET,
        extra_parameters: str | None | Unset = UNSET,
    ) -> str | None:
        """Will generate an url to the emarketing module

        Returns:
            The result.
        """
        return self._call(GET_CS_AUTH_URL, (language, program_name, action, extra_parameters))

    def get_cs_registry_value(self, *, entry: int | Unset = UNSET) -> str | None:
        """This method will get a value from the CS Registry table.

        Returns:
            The result.
        """
        return self._call(GET_CS_REGISTRY_VALUE, (entry,))

    def get_cs_www_folder(self) -> str | None:
        """This method will get the www folder for CS

        Returns:
            The result.
        """
        return self._call(GET_CS_WWW_FOLDER, ())

    def get_refreshed_page_configuration(
        self,
        *,
        application: str | None | Unset = UNSET,
        instance: str | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
    ) -> str | None:
        """Get the configuration for one whole web page, including all its panels etc.

        Returns:
            The result.
        """
        return self._call(GET_REFRESHED_PAGE_CONFIGURATION, (application, instance, page))

    def get_www_url(self, *, client: str | None | Unset = UNSET) -> str | None:
        """Will get the default URL used for the logo, from the [NetServices] PageUrl
        preferencec, with tags substituted.

        Returns:
            The result.
        """
        return self._call(GET_WWW_URL, (client,))

    def get_help_dispatcher_url(self) -> str | None:
        """Will get the GetHelpDispatcherUrl used by the help system

        Returns:
            The result.
        """
        return self._call(GET_HELP_DISPATCHER_URL, ())

    def get_www_url_for_sm_web(self) -> str | None:
        """Returns the URL used for the logo by the SM.

        Returns:
            The result.
        """
        return self._call(GET_WWW_URL_FOR_SM_WEB, ())

    def get_cs_cgi_url_internal(self) -> str | None:
        """This method will get the host name for CS

        Returns:
            The result.
        """
        return self._call(GET_CS_CGI_URL_INTERNAL, ())

    def get_crm_url(
        self,
        *,
        so_protocol: str | None | Unset = UNSET,
        currents: str | None | Unset = UNSET,
        frameless: bool | Unset = UNSET,
    ) -> str | None:
        """Returns a valid url based in the soprotocol provided

        Returns:
            The result.
        """
        return self._call(GET_CRM_URL, (so_protocol, currents, frameless))

    def get_email_number_of_days(self) -> int | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return self._call(GET_EMAIL_NUMBER_OF_DAYS, ())

    def get_customer_url(self) -> str | None:
        """This method will get the URL for the external access to the customer center

        Returns:
            The result.
        """
        return self._call(GET_CUSTOMER_URL, ())

    def get_spf_domain(self) -> str | None:
        """Get the SPF domain defined for the mail cluster for this tenant (Online only)

        Returns:
            The result.
        """
        return self._call(GET_SPF_DOMAIN, ())

    def get_all_feature_toggles(self) -> dict[str, bool] | None:
        """Get all the feature toggles with their state (on/off)

        Returns:
            The result.
        """
        return self._call(GET_ALL_FEATURE_TOGGLES, ())

    def get_diary_view_entity(
        self, *, diary_view_entity_id: int | Unset = UNSET
    ) -> DiaryViewEntity | None:
        """Gets a DiaryViewEntity object.

        Returns:
            The result.
        """
        return self._call(GET_DIARY_VIEW_ENTITY, (diary_view_entity_id,))

    def get_system_event_entity(
        self, *, system_event_entity_id: int | Unset = UNSET
    ) -> SystemEventEntity | None:
        """Gets a SystemEventEntity object.

        Returns:
            The result.
        """
        return self._call(GET_SYSTEM_EVENT_ENTITY, (system_event_entity_id,))

    def exists_system_event(self, *, key: str | None | Unset = UNSET) -> bool | None:
        """Is there a system event with the given key?

        Returns:
            The result.
        """
        return self._call(EXISTS_SYSTEM_EVENT, (key,))

    def get_window_pos_size(
        self, *, window_pos_size_id: int | Unset = UNSET
    ) -> WindowPosSize | None:
        """Gets a WindowPosSize object.

        Returns:
            The result.
        """
        return self._call(GET_WINDOW_POS_SIZE, (window_pos_size_id,))

    def save_window_pos_size(
        self, *, window_pos_size: WindowPosSize | None | Unset = UNSET
    ) -> WindowPosSize | None:
        """Saves a window and dialog position and size setting.

        Returns:
            The result.
        """
        return self._call(SAVE_WINDOW_POS_SIZE, (window_pos_size,))

    def delete_window_pos_size(self, *, window_pos_size_id: int | Unset = UNSET) -> None:
        """Deletes a window and dialog position and size setting."""
        return self._call(DELETE_WINDOW_POS_SIZE, (window_pos_size_id,))

    def get_window_pos_size_list(
        self, *, window_pos_size_ids: list[int] | None | Unset = UNSET
    ) -> list[WindowPosSize | None] | None:
        """Gets an array of WindowPosSize objects.

        Returns:
            The result.
        """
        return self._call(GET_WINDOW_POS_SIZE_LIST, (window_pos_size_ids,))

    def get_my_window_pos_sizes(self) -> list[WindowPosSize | None] | None:
        """Gets the window and dialog position and size settings belonging to the currently
        logged on user

        Returns:
            The result.
        """
        return self._call(GET_MY_WINDOW_POS_SIZES, ())

    def get_window_pos_sizes_on_person_id(
        self, *, person_id: int | Unset = UNSET
    ) -> list[WindowPosSize | None] | None:
        """Gets the window and dialog position and size settings belonging to the specified
        person

        Returns:
            The result.
        """
        return self._call(GET_WINDOW_POS_SIZES_ON_PERSON_ID, (person_id,))

    def get_window_pos_sizes_on_associate_id(
        self, *, associate_id: int | Unset = UNSET
    ) -> list[WindowPosSize | None] | None:
        """Gets the window and dialog position and size settings belonging to the specified
        associate

        Returns:
            The result.
        """
        return self._call(GET_WINDOW_POS_SIZES_ON_ASSOCIATE_ID, (associate_id,))

    def save_window_pos_sizes(
        self, *, window_pos_sizes: list[WindowPosSize | None] | None | Unset = UNSET
    ) -> list[WindowPosSize | None] | None:
        """Saves a set of window and dialog position and size settings.

        Returns:
            The result.
        """
        return self._call(SAVE_WINDOW_POS_SIZES, (window_pos_sizes,))


class AsyncConfigurationMethods(AsyncCalls):
    """The Configuration operations, called asynchronously (SOAP or REST)."""

    async def create_default_configurable_screen_delta(self) -> ConfigurableScreenDelta | None:
        """Loading default values into a new ConfigurableScreenDelta.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_CONFIGURABLE_SCREEN_DELTA, ())

    async def save_configurable_screen_delta(
        self, *, configurable_screen_delta: ConfigurableScreenDelta | None | Unset = UNSET
    ) -> ConfigurableScreenDelta | None:
        """Updates the existing ConfigurableScreenDelta or creates a new
        ConfigurableScreenDelta if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_CONFIGURABLE_SCREEN_DELTA, (configurable_screen_delta,))

    async def delete_configurable_screen_delta(
        self, *, configurable_screen_delta_id: int | Unset = UNSET
    ) -> None:
        """Deletes the ConfigurableScreenDelta"""
        return await self._call(DELETE_CONFIGURABLE_SCREEN_DELTA, (configurable_screen_delta_id,))

    async def create_default_diary_view_entity(self) -> DiaryViewEntity | None:
        """Loading default values into a new DiaryViewEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_DIARY_VIEW_ENTITY, ())

    async def save_diary_view_entity(
        self, *, diary_view_entity: DiaryViewEntity | None | Unset = UNSET
    ) -> DiaryViewEntity | None:
        """Updates the existing DiaryViewEntity or creates a new DiaryViewEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_DIARY_VIEW_ENTITY, (diary_view_entity,))

    async def delete_diary_view_entity(self, *, diary_view_entity_id: int | Unset = UNSET) -> None:
        """Deletes the DiaryViewEntity"""
        return await self._call(DELETE_DIARY_VIEW_ENTITY, (diary_view_entity_id,))

    async def create_default_system_event_entity(self) -> SystemEventEntity | None:
        """Loading default values into a new SystemEventEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_SYSTEM_EVENT_ENTITY, ())

    async def save_system_event_entity(
        self, *, system_event_entity: SystemEventEntity | None | Unset = UNSET
    ) -> SystemEventEntity | None:
        """Updates the existing SystemEventEntity or creates a new SystemEventEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_SYSTEM_EVENT_ENTITY, (system_event_entity,))

    async def delete_system_event_entity(
        self, *, system_event_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the SystemEventEntity"""
        return await self._call(DELETE_SYSTEM_EVENT_ENTITY, (system_event_entity_id,))

    async def get_configurable_screen_delta(
        self, *, configurable_screen_delta_id: int | Unset = UNSET
    ) -> ConfigurableScreenDelta | None:
        """Gets a ConfigurableScreenDelta object.

        Returns:
            The result.
        """
        return await self._call(GET_CONFIGURABLE_SCREEN_DELTA, (configurable_screen_delta_id,))

    async def get_screen_configuration_deltas(self) -> str | None:
        """This method will return a json with all deltas for screen

        Returns:
            The result.
        """
        return await self._call(GET_SCREEN_CONFIGURATION_DELTAS, ())

    async def get_screen_configuration_delta(
        self,
        *,
        delta_type: DeltaType | str | Unset = UNSET,
        delta_state: DeltaState | str | Unset = UNSET,
    ) -> str | None:
        """This method will return a json with all deltas for screen

        Returns:
            The result.
        """
        return await self._call(GET_SCREEN_CONFIGURATION_DELTA, (delta_type, delta_state))

    async def get_configurable_screen_deltas_by_delta(
        self, *, configurable_screen_delta: ConfigurableScreenDelta | None | Unset = UNSET
    ) -> list[ConfigurableScreenDelta | None] | None:
        """This method will return a configurablescreen delta matching the properties received
        from the incomming delta

        Returns:
            The result.
        """
        return await self._call(
            GET_CONFIGURABLE_SCREEN_DELTAS_BY_DELTA, (configurable_screen_delta,)
        )

    async def get_configurable_screen_deltas_by_query(
        self, *, delta_query: DeltaQuery | None | Unset = UNSET
    ) -> list[ConfigurableScreenDelta | None] | None:
        """This method will return a configurablescreen delta matching the properties received
        from the incomming query

        Returns:
            The result.
        """
        return await self._call(GET_CONFIGURABLE_SCREEN_DELTAS_BY_QUERY, (delta_query,))

    async def rebuild_udef_deltas(self) -> None:
        """Flush and rebuild userdefined field deltas."""
        return await self._call(REBUILD_UDEF_DELTAS, ())

    async def rebuild_webpanel_deltas(self) -> None:
        """Flush and rebuild webpanel deltas."""
        return await self._call(REBUILD_WEBPANEL_DELTAS, ())

    async def save_and_publish(
        self, *, configurable_screen_delta: ConfigurableScreenDelta | None | Unset = UNSET
    ) -> ConfigurableScreenDelta | None:
        """Save the incomming draft and publish

        Returns:
            The result.
        """
        return await self._call(SAVE_AND_PUBLISH, (configurable_screen_delta,))

    async def set_applies_to_key(
        self, *, recipe_id: str | None | Unset = UNSET, applies_to_key: str | None | Unset = UNSET
    ) -> None:
        """Set the type of assignTo the deltas of the given recipe should have"""
        return await self._call(SET_APPLIES_TO_KEY, (recipe_id, applies_to_key))

    async def get_recipe_applies_to_mappings(self) -> dict[str, str | None] | None:
        """Return the a dictionary with recipeId as key, and chosen appliesTo for that recipe,
        Like projecttype for projectcardrecipe

        Returns:
            The result.
        """
        return await self._call(GET_RECIPE_APPLIES_TO_MAPPINGS, ())

    async def rebuild_custom_object_archive_panel_deltas(self) -> None:
        """Flush and rebuild CustomObjectArchivePanel deltas."""
        return await self._call(REBUILD_CUSTOM_OBJECT_ARCHIVE_PANEL_DELTAS, ())

    async def rebuild_task_menu_deltas(self) -> None:
        """Flush and rebuild TaskMenu deltas."""
        return await self._call(REBUILD_TASK_MENU_DELTAS, ())

    async def get_application_configuration(
        self, *, application: str | None | Unset = UNSET, instance: str | None | Unset = UNSET
    ) -> str | None:
        """Return the application configuration.

        Returns:
            The result.
        """
        return await self._call(GET_APPLICATION_CONFIGURATION, (application, instance))

    async def get_page_configuration(
        self,
        *,
        application: str | None | Unset = UNSET,
        instance: str | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
    ) -> str | None:
        """Get the configuration for one whole web page, including all its panels etc.

        Returns:
            The result.
        """
        return await self._call(GET_PAGE_CONFIGURATION, (application, instance, page))

    async def get_object_mapping(
        self, *, application: str | None | Unset = UNSET, instance: str | None | Unset = UNSET
    ) -> str | None:
        """Get the object mappings, i.

        Returns:
            The result.
        """
        return await self._call(GET_OBJECT_MAPPING, (application, instance))

    async def get_filter_list(
        self, *, application: str | None | Unset = UNSET, instance: str | None | Unset = UNSET
    ) -> str | None:
        """Get the list of filters to be used for processing the configuration data for this
        application.

        Returns:
            The result.
        """
        return await self._call(GET_FILTER_LIST, (application, instance))

    async def clear_configuration_cache(
        self,
        *,
        application: str | None | Unset = UNSET,
        instance: str | None | Unset = UNSET,
        for_all_associates: bool | Unset = UNSET,
    ) -> None:
        """Configuration XML's may be expensive to build and parse, and are therefore cached to
        the database.
        """
        return await self._call(
            CLEAR_CONFIGURATION_CACHE, (application, instance, for_all_associates)
        )

    async def get_any_configuration(
        self,
        *,
        application: str | None | Unset = UNSET,
        instance: str | None | Unset = UNSET,
        item: str | None | Unset = UNSET,
        type: str | None | Unset = UNSET,
    ) -> str | None:
        """Get one defined configuration fragment, with full reference resolution and parsing
        applied.

        Returns:
            The result.
        """
        return await self._call(GET_ANY_CONFIGURATION, (application, instance, item, type))

    async def get_e_marketing_url(self, *, language: str | None | Unset = UNSET) -> str | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_E_MARKETING_URL, (language,))

    async def get_cs_program_url(
        self,
        *,
        language: str | None | Unset = UNSET,
        program_name: str | None | Unset = UNSET,
        action: str | None | Unset = UNSET,
        extra_parameters: str | None | Unset = UNSET,
    ) -> str | None:
        """This method will convert a module name into a CS URL.

        Returns:
            The result.
        """
        return await self._call(
            GET_CS_PROGRAM_URL, (language, program_name, action, extra_parameters)
        )

    async def get_cs_auth_url(
        self,
        *,
        language: str | None | Unset = UNSET,
        program_name: str | None | Unset = UNSET,
        action: str | None | Unset = UNSET,
        extra_parameters: str | None | Unset = UNSET,
    ) -> str | None:
        """Will generate an url to the emarketing module

        Returns:
            The result.
        """
        return await self._call(
            GET_CS_AUTH_URL, (language, program_name, action, extra_parameters)
        )

    async def get_cs_registry_value(self, *, entry: int | Unset = UNSET) -> str | None:
        """This method will get a value from the CS Registry table.

        Returns:
            The result.
        """
        return await self._call(GET_CS_REGISTRY_VALUE, (entry,))

    async def get_cs_www_folder(self) -> str | None:
        """This method will get the www folder for CS

        Returns:
            The result.
        """
        return await self._call(GET_CS_WWW_FOLDER, ())

    async def get_refreshed_page_configuration(
        self,
        *,
        application: str | None | Unset = UNSET,
        instance: str | None | Unset = UNSET,
        page: str | None | Unset = UNSET,
    ) -> str | None:
        """Get the configuration for one whole web page, including all its panels etc.

        Returns:
            The result.
        """
        return await self._call(GET_REFRESHED_PAGE_CONFIGURATION, (application, instance, page))

    async def get_www_url(self, *, client: str | None | Unset = UNSET) -> str | None:
        """Will get the default URL used for the logo, from the [NetServices] PageUrl
        preferencec, with tags substituted.

        Returns:
            The result.
        """
        return await self._call(GET_WWW_URL, (client,))

    async def get_help_dispatcher_url(self) -> str | None:
        """Will get the GetHelpDispatcherUrl used by the help system

        Returns:
            The result.
        """
        return await self._call(GET_HELP_DISPATCHER_URL, ())

    async def get_www_url_for_sm_web(self) -> str | None:
        """Returns the URL used for the logo by the SM.

        Returns:
            The result.
        """
        return await self._call(GET_WWW_URL_FOR_SM_WEB, ())

    async def get_cs_cgi_url_internal(self) -> str | None:
        """This method will get the host name for CS

        Returns:
            The result.
        """
        return await self._call(GET_CS_CGI_URL_INTERNAL, ())

    async def get_crm_url(
        self,
        *,
        so_protocol: str | None | Unset = UNSET,
        currents: str | None | Unset = UNSET,
        frameless: bool | Unset = UNSET,
    ) -> str | None:
        """Returns a valid url based in the soprotocol provided

        Returns:
            The result.
        """
        return await self._call(GET_CRM_URL, (so_protocol, currents, frameless))

    async def get_email_number_of_days(self) -> int | None:
        """NsApiSlow threshold: 5000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_EMAIL_NUMBER_OF_DAYS, ())

    async def get_customer_url(self) -> str | None:
        """This method will get the URL for the external access to the customer center

        Returns:
            The result.
        """
        return await self._call(GET_CUSTOMER_URL, ())

    async def get_spf_domain(self) -> str | None:
        """Get the SPF domain defined for the mail cluster for this tenant (Online only)

        Returns:
            The result.
        """
        return await self._call(GET_SPF_DOMAIN, ())

    async def get_all_feature_toggles(self) -> dict[str, bool] | None:
        """Get all the feature toggles with their state (on/off)

        Returns:
            The result.
        """
        return await self._call(GET_ALL_FEATURE_TOGGLES, ())

    async def get_diary_view_entity(
        self, *, diary_view_entity_id: int | Unset = UNSET
    ) -> DiaryViewEntity | None:
        """Gets a DiaryViewEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_DIARY_VIEW_ENTITY, (diary_view_entity_id,))

    async def get_system_event_entity(
        self, *, system_event_entity_id: int | Unset = UNSET
    ) -> SystemEventEntity | None:
        """Gets a SystemEventEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_SYSTEM_EVENT_ENTITY, (system_event_entity_id,))

    async def exists_system_event(self, *, key: str | None | Unset = UNSET) -> bool | None:
        """Is there a system event with the given key?

        Returns:
            The result.
        """
        return await self._call(EXISTS_SYSTEM_EVENT, (key,))

    async def get_window_pos_size(
        self, *, window_pos_size_id: int | Unset = UNSET
    ) -> WindowPosSize | None:
        """Gets a WindowPosSize object.

        Returns:
            The result.
        """
        return await self._call(GET_WINDOW_POS_SIZE, (window_pos_size_id,))

    async def save_window_pos_size(
        self, *, window_pos_size: WindowPosSize | None | Unset = UNSET
    ) -> WindowPosSize | None:
        """Saves a window and dialog position and size setting.

        Returns:
            The result.
        """
        return await self._call(SAVE_WINDOW_POS_SIZE, (window_pos_size,))

    async def delete_window_pos_size(self, *, window_pos_size_id: int | Unset = UNSET) -> None:
        """Deletes a window and dialog position and size setting."""
        return await self._call(DELETE_WINDOW_POS_SIZE, (window_pos_size_id,))

    async def get_window_pos_size_list(
        self, *, window_pos_size_ids: list[int] | None | Unset = UNSET
    ) -> list[WindowPosSize | None] | None:
        """Gets an array of WindowPosSize objects.

        Returns:
            The result.
        """
        return await self._call(GET_WINDOW_POS_SIZE_LIST, (window_pos_size_ids,))

    async def get_my_window_pos_sizes(self) -> list[WindowPosSize | None] | None:
        """Gets the window and dialog position and size settings belonging to the currently
        logged on user

        Returns:
            The result.
        """
        return await self._call(GET_MY_WINDOW_POS_SIZES, ())

    async def get_window_pos_sizes_on_person_id(
        self, *, person_id: int | Unset = UNSET
    ) -> list[WindowPosSize | None] | None:
        """Gets the window and dialog position and size settings belonging to the specified
        person

        Returns:
            The result.
        """
        return await self._call(GET_WINDOW_POS_SIZES_ON_PERSON_ID, (person_id,))

    async def get_window_pos_sizes_on_associate_id(
        self, *, associate_id: int | Unset = UNSET
    ) -> list[WindowPosSize | None] | None:
        """Gets the window and dialog position and size settings belonging to the specified
        associate

        Returns:
            The result.
        """
        return await self._call(GET_WINDOW_POS_SIZES_ON_ASSOCIATE_ID, (associate_id,))

    async def save_window_pos_sizes(
        self, *, window_pos_sizes: list[WindowPosSize | None] | None | Unset = UNSET
    ) -> list[WindowPosSize | None] | None:
        """Saves a set of window and dialog position and size settings.

        Returns:
            The result.
        """
        return await self._call(SAVE_WINDOW_POS_SIZES, (window_pos_sizes,))


class ConfigurationAgent(ConfigurationMethods, SoapCaller):
    """Configuration over SOAP 1.1 (``Remote/Services88/Configuration.svc``), synchronous."""

    _PATH = "Remote/Services88/Configuration.svc"
    _HEADERS = HEADERS


class AsyncConfigurationAgent(AsyncConfigurationMethods, AsyncSoapCaller):
    """Configuration over SOAP 1.1 (``Remote/Services88/Configuration.svc``), asynchronous."""

    _PATH = "Remote/Services88/Configuration.svc"
    _HEADERS = HEADERS


class ConfigurationRestAgent(ConfigurationMethods, RestCaller):
    """Configuration over REST (``/api/v1/Agents/Configuration/...``), synchronous."""


class AsyncConfigurationRestAgent(AsyncConfigurationMethods, AsyncRestCaller):
    """Configuration over REST (``/api/v1/Agents/Configuration/...``), asynchronous."""
