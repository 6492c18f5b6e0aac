"""Services88 Configuration agent (``Remote/Services88/Configuration.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param, STR
from .types.configurable_screen_delta import (
    CONFIGURABLE_SCREEN_DELTA_CODEC,
    LIST_OF_CONFIGURABLE_SCREEN_DELTA_CODEC,
)
from .types.delta_query import DELTA_QUERY_CODEC
from .types.delta_state import DELTA_STATE_CODEC
from .types.delta_type import DELTA_TYPE_CODEC
from .types.diary_view_entity import DIARY_VIEW_ENTITY_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.string_bool_dictionary import STRING_BOOL_DICTIONARY_CODEC
from .types.string_dictionary import STRING_DICTIONARY_CODEC
from .types.system_event_entity import SYSTEM_EVENT_ENTITY_CODEC
from .types.window_pos_size import LIST_OF_WINDOW_POS_SIZE_CODEC, WINDOW_POS_SIZE_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_CONFIGURABLE_SCREEN_DELTA = Operation(
    "CreateDefaultConfigurableScreenDelta",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/CreateDefaultConfigurableScreenDelta",
    results=(Param("response", "Response", CONFIGURABLE_SCREEN_DELTA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/CreateDefaultConfigurableScreenDelta",
)
"""Loading default values into a new ConfigurableScreenDelta."""

SAVE_CONFIGURABLE_SCREEN_DELTA = Operation(
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
)
"""Updates the existing ConfigurableScreenDelta or creates a new ConfigurableScreenDelta if the
id parameter is 0."""

DELETE_CONFIGURABLE_SCREEN_DELTA = Operation(
    "DeleteConfigurableScreenDelta",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/DeleteConfigurableScreenDelta",
    params=(Param("configurable_screen_delta_id", "ConfigurableScreenDeltaId", INT),),
    rest_path="/api/v1/Agents/Configuration/DeleteConfigurableScreenDelta",
)
"""Deletes the ConfigurableScreenDelta"""

CREATE_DEFAULT_DIARY_VIEW_ENTITY = Operation(
    "CreateDefaultDiaryViewEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/CreateDefaultDiaryViewEntity",
    results=(Param("response", "Response", DIARY_VIEW_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/CreateDefaultDiaryViewEntity",
)
"""Loading default values into a new DiaryViewEntity."""

SAVE_DIARY_VIEW_ENTITY = Operation(
    "SaveDiaryViewEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/SaveDiaryViewEntity",
    params=(
        Param("diary_view_entity", "DiaryViewEntity", DIARY_VIEW_ENTITY_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", DIARY_VIEW_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/SaveDiaryViewEntity",
    rest_body="diary_view_entity",
)
"""Updates the existing DiaryViewEntity or creates a new DiaryViewEntity if the id parameter is
0."""

DELETE_DIARY_VIEW_ENTITY = Operation(
    "DeleteDiaryViewEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/DeleteDiaryViewEntity",
    params=(Param("diary_view_entity_id", "DiaryViewEntityId", INT),),
    rest_path="/api/v1/Agents/Configuration/DeleteDiaryViewEntity",
)
"""Deletes the DiaryViewEntity"""

CREATE_DEFAULT_SYSTEM_EVENT_ENTITY = Operation(
    "CreateDefaultSystemEventEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/CreateDefaultSystemEventEntity",
    results=(Param("response", "Response", SYSTEM_EVENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/CreateDefaultSystemEventEntity",
)
"""Loading default values into a new SystemEventEntity."""

SAVE_SYSTEM_EVENT_ENTITY = Operation(
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
)
"""Updates the existing SystemEventEntity or creates a new SystemEventEntity if the id
parameter is 0."""

DELETE_SYSTEM_EVENT_ENTITY = Operation(
    "DeleteSystemEventEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/DeleteSystemEventEntity",
    params=(Param("system_event_entity_id", "SystemEventEntityId", INT),),
    rest_path="/api/v1/Agents/Configuration/DeleteSystemEventEntity",
)
"""Deletes the SystemEventEntity"""

GET_CONFIGURABLE_SCREEN_DELTA = Operation(
    "GetConfigurableScreenDelta",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetConfigurableScreenDelta",
    params=(Param("configurable_screen_delta_id", "ConfigurableScreenDeltaId", INT),),
    results=(Param("response", "Response", CONFIGURABLE_SCREEN_DELTA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetConfigurableScreenDelta",
)
"""Gets a ConfigurableScreenDelta object."""

GET_SCREEN_CONFIGURATION_DELTAS = Operation(
    "GetScreenConfigurationDeltas",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetScreenConfigurationDeltas",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetScreenConfigurationDeltas",
)
"""This method will return a json with all deltas for screen"""

GET_SCREEN_CONFIGURATION_DELTA = Operation(
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
"""This method will return a json with all deltas for screen"""

GET_CONFIGURABLE_SCREEN_DELTAS_BY_DELTA = Operation(
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
"""This method will return a configurablescreen delta matching the properties received from the
incomming delta"""

GET_CONFIGURABLE_SCREEN_DELTAS_BY_QUERY = Operation(
    "GetConfigurableScreenDeltasByQuery",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetConfigurableScreenDeltasByQuery",
    params=(Param("delta_query", "DeltaQuery", DELTA_QUERY_CODEC, nillable=True),),
    results=(
        Param("response", "Response", LIST_OF_CONFIGURABLE_SCREEN_DELTA_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Configuration/GetConfigurableScreenDeltasByQuery",
)
"""This method will return a configurablescreen delta matching the properties received from the
incomming query"""

REBUILD_UDEF_DELTAS = Operation(
    "RebuildUdefDeltas",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/RebuildUdefDeltas",
    rest_path="/api/v1/Agents/Configuration/RebuildUdefDeltas",
)
"""Flush and rebuild userdefined field deltas."""

REBUILD_WEBPANEL_DELTAS = Operation(
    "RebuildWebpanelDeltas",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/RebuildWebpanelDeltas",
    rest_path="/api/v1/Agents/Configuration/RebuildWebpanelDeltas",
)
"""Flush and rebuild webpanel deltas."""

SAVE_AND_PUBLISH = Operation(
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
"""Save the incomming draft and publish"""

SET_APPLIES_TO_KEY = Operation(
    "SetAppliesToKey",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/SetAppliesToKey",
    params=(
        Param("recipe_id", "RecipeId", STR, nillable=True),
        Param("applies_to_key", "AppliesToKey", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Configuration/SetAppliesToKey",
)
"""Set the type of assignTo the deltas of the given recipe should have"""

GET_RECIPE_APPLIES_TO_MAPPINGS = Operation(
    "GetRecipeAppliesToMappings",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetRecipeAppliesToMappings",
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetRecipeAppliesToMappings",
)
"""Return the a dictionary with recipeId as key, and chosen appliesTo for that recipe, Like
projecttype for projectcardrecipe"""

REBUILD_CUSTOM_OBJECT_ARCHIVE_PANEL_DELTAS = Operation(
    "RebuildCustomObjectArchivePanelDeltas",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/RebuildCustomObjectArchivePanelDeltas",
    rest_path="/api/v1/Agents/Configuration/RebuildCustomObjectArchivePanelDeltas",
)
"""Flush and rebuild CustomObjectArchivePanel deltas."""

REBUILD_TASK_MENU_DELTAS = Operation(
    "RebuildTaskMenuDeltas",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/RebuildTaskMenuDeltas",
    rest_path="/api/v1/Agents/Configuration/RebuildTaskMenuDeltas",
)
"""Flush and rebuild TaskMenu deltas."""

GET_APPLICATION_CONFIGURATION = Operation(
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
"""Return the application configuration."""

GET_PAGE_CONFIGURATION = Operation(
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
"""Get the configuration for one whole web page, including all its panels etc."""

GET_OBJECT_MAPPING = Operation(
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
"""Get the object mappings, i."""

GET_FILTER_LIST = Operation(
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
"""Get the list of filters to be used for processing the configuration data for this
application."""

CLEAR_CONFIGURATION_CACHE = Operation(
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
"""Configuration XML's may be expensive to build and parse, and are therefore cached to the
database."""

GET_ANY_CONFIGURATION = Operation(
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
"""Get one defined configuration fragment, with full reference resolution and parsing applied."""

GET_E_MARKETING_URL = Operation(
    "GetEMarketingUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetEMarketingUrl",
    params=(Param("language", "Language", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetEMarketingUrl",
)
"""NsApiSlow threshold: 5000 ms."""

GET_CS_PROGRAM_URL = Operation(
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
"""This method will convert a module name into a CS URL."""

GET_CS_AUTH_URL = Operation(
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
"""Will generate an url to the emarketing module"""

GET_CS_REGISTRY_VALUE = Operation(
    "GetCSRegistryValue",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetCSRegistryValue",
    params=(Param("entry", "Entry", INT),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetCSRegistryValue",
)
"""This method will get a value from the CS Registry table."""

GET_CS_WWW_FOLDER = Operation(
    "GetCSWwwFolder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetCSWwwFolder",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetCSWwwFolder",
)
"""This method will get the www folder for CS"""

GET_REFRESHED_PAGE_CONFIGURATION = Operation(
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
"""Get the configuration for one whole web page, including all its panels etc."""

GET_WWW_URL = Operation(
    "GetWwwUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetWwwUrl",
    params=(Param("client", "Client", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetWwwUrl",
)
"""Will get the default URL used for the logo, from the [NetServices] PageUrl preferencec, with
tags substituted."""

GET_HELP_DISPATCHER_URL = Operation(
    "GetHelpDispatcherUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetHelpDispatcherUrl",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetHelpDispatcherUrl",
)
"""Will get the GetHelpDispatcherUrl used by the help system"""

GET_WWW_URL_FOR_SM_WEB = Operation(
    "GetWwwUrlForSMWeb",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetWwwUrlForSMWeb",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetWwwUrlForSMWeb",
)
"""Returns the URL used for the logo by the SM."""

GET_CS_CGI_URL_INTERNAL = Operation(
    "GetCsCgiUrlInternal",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetCsCgiUrlInternal",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetCsCgiUrlInternal",
)
"""This method will get the host name for CS"""

GET_CRM_URL = Operation(
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
"""Returns a valid url based in the soprotocol provided"""

GET_EMAIL_NUMBER_OF_DAYS = Operation(
    "GetEmailNumberOfDays",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetEmailNumberOfDays",
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/Configuration/GetEmailNumberOfDays",
)
"""NsApiSlow threshold: 5000 ms."""

GET_CUSTOMER_URL = Operation(
    "GetCustomerUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetCustomerUrl",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetCustomerUrl",
)
"""This method will get the URL for the external access to the customer center"""

GET_SPF_DOMAIN = Operation(
    "GetSpfDomain",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetSpfDomain",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetSpfDomain",
)
"""Get the SPF domain defined for the mail cluster for this tenant (Online only)"""

GET_ALL_FEATURE_TOGGLES = Operation(
    "GetAllFeatureToggles",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetAllFeatureToggles",
    results=(Param("response", "Response", STRING_BOOL_DICTIONARY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetAllFeatureToggles",
)
"""Get all the feature toggles with their state (on/off)"""

GET_DIARY_VIEW_ENTITY = Operation(
    "GetDiaryViewEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetDiaryViewEntity",
    params=(Param("diary_view_entity_id", "DiaryViewEntityId", INT),),
    results=(Param("response", "Response", DIARY_VIEW_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetDiaryViewEntity",
)
"""Gets a DiaryViewEntity object."""

GET_SYSTEM_EVENT_ENTITY = Operation(
    "GetSystemEventEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetSystemEventEntity",
    params=(Param("system_event_entity_id", "SystemEventEntityId", INT),),
    results=(Param("response", "Response", SYSTEM_EVENT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetSystemEventEntity",
)
"""Gets a SystemEventEntity object."""

EXISTS_SYSTEM_EVENT = Operation(
    "ExistsSystemEvent",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/ExistsSystemEvent",
    params=(Param("key", "Key", STR, nillable=True),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Configuration/ExistsSystemEvent",
)
"""Is there a system event with the given key?"""

GET_WINDOW_POS_SIZE = Operation(
    "GetWindowPosSize",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetWindowPosSize",
    params=(Param("window_pos_size_id", "WindowPosSizeId", INT),),
    results=(Param("response", "Response", WINDOW_POS_SIZE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetWindowPosSize",
)
"""Gets a WindowPosSize object."""

SAVE_WINDOW_POS_SIZE = Operation(
    "SaveWindowPosSize",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/SaveWindowPosSize",
    params=(Param("window_pos_size", "WindowPosSize", WINDOW_POS_SIZE_CODEC, nillable=True),),
    results=(Param("response", "Response", WINDOW_POS_SIZE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/SaveWindowPosSize",
)
"""Saves a window and dialog position and size setting."""

DELETE_WINDOW_POS_SIZE = Operation(
    "DeleteWindowPosSize",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/DeleteWindowPosSize",
    params=(Param("window_pos_size_id", "WindowPosSizeId", INT),),
    rest_path="/api/v1/Agents/Configuration/DeleteWindowPosSize",
)
"""Deletes a window and dialog position and size setting."""

GET_WINDOW_POS_SIZE_LIST = Operation(
    "GetWindowPosSizeList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetWindowPosSizeList",
    params=(Param("window_pos_size_ids", "WindowPosSizeIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_WINDOW_POS_SIZE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetWindowPosSizeList",
    rest_body="window_pos_size_ids",
)
"""Gets an array of WindowPosSize objects."""

GET_MY_WINDOW_POS_SIZES = Operation(
    "GetMyWindowPosSizes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetMyWindowPosSizes",
    results=(Param("response", "Response", LIST_OF_WINDOW_POS_SIZE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetMyWindowPosSizes",
)
"""Gets the window and dialog position and size settings belonging to the currently logged on
user"""

GET_WINDOW_POS_SIZES_ON_PERSON_ID = Operation(
    "GetWindowPosSizesOnPersonId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetWindowPosSizesOnPersonId",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", LIST_OF_WINDOW_POS_SIZE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetWindowPosSizesOnPersonId",
)
"""Gets the window and dialog position and size settings belonging to the specified person"""

GET_WINDOW_POS_SIZES_ON_ASSOCIATE_ID = Operation(
    "GetWindowPosSizesOnAssociateId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/GetWindowPosSizesOnAssociateId",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", LIST_OF_WINDOW_POS_SIZE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/GetWindowPosSizesOnAssociateId",
)
"""Gets the window and dialog position and size settings belonging to the specified associate"""

SAVE_WINDOW_POS_SIZES = Operation(
    "SaveWindowPosSizes",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Configuration/SaveWindowPosSizes",
    params=(
        Param("window_pos_sizes", "WindowPosSizes", LIST_OF_WINDOW_POS_SIZE_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_WINDOW_POS_SIZE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Configuration/SaveWindowPosSizes",
)
"""Saves a set of window and dialog position and size settings."""

OPERATIONS: dict[str, Operation] = {
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
