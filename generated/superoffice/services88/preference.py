"""Services88 Preference agent (``Remote/Services88/Preference.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param, STR
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.preference import LIST_OF_PREFERENCE_CODEC, PREFERENCE_CODEC
from .types.preference_description import (
    LIST_OF_PREFERENCE_DESCRIPTION_CODEC,
    PREFERENCE_DESCRIPTION_CODEC,
)
from .types.preference_description_line import (
    LIST_OF_PREFERENCE_DESCRIPTION_LINE_CODEC,
    PREFERENCE_DESCRIPTION_LINE_CODEC,
)
from .types.preference_level import PREFERENCE_LEVEL_CODEC
from .types.preference_spec import LIST_OF_PREFERENCE_SPEC_CODEC
from .types.tab_order import LIST_OF_TAB_ORDER_CODEC, TAB_ORDER_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_PREFERENCE = Operation(
    "CreateDefaultPreference",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/CreateDefaultPreference",
    results=(Param("response", "Response", PREFERENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/CreateDefaultPreference",
)
"""Loading default values into a new Preference."""

CREATE_DEFAULT_PREFERENCE_DESCRIPTION = Operation(
    "CreateDefaultPreferenceDescription",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/CreateDefaultPreferenceDescription",
    results=(Param("response", "Response", PREFERENCE_DESCRIPTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/CreateDefaultPreferenceDescription",
)
"""Loading default values into a new PreferenceDescription."""

SAVE_PREFERENCE_DESCRIPTION = Operation(
    "SavePreferenceDescription",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SavePreferenceDescription",
    params=(
        Param(
            "preference_description",
            "PreferenceDescription",
            PREFERENCE_DESCRIPTION_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", PREFERENCE_DESCRIPTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/SavePreferenceDescription",
    rest_body="preference_description",
)
"""Updates the existing PreferenceDescription or creates a new PreferenceDescription if the id
parameter is 0."""

DELETE_PREFERENCE_DESCRIPTION = Operation(
    "DeletePreferenceDescription",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/DeletePreferenceDescription",
    params=(Param("preference_description_id", "PreferenceDescriptionId", INT),),
    rest_path="/api/v1/Agents/Preference/DeletePreferenceDescription",
)
"""Deletes the PreferenceDescription"""

CREATE_DEFAULT_PREFERENCE_DESCRIPTION_LINE = Operation(
    "CreateDefaultPreferenceDescriptionLine",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/CreateDefaultPreferenceDescriptionLine",
    results=(Param("response", "Response", PREFERENCE_DESCRIPTION_LINE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/CreateDefaultPreferenceDescriptionLine",
)
"""Loading default values into a new PreferenceDescriptionLine."""

SAVE_PREFERENCE_DESCRIPTION_LINE = Operation(
    "SavePreferenceDescriptionLine",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SavePreferenceDescriptionLine",
    params=(
        Param(
            "preference_description_line",
            "PreferenceDescriptionLine",
            PREFERENCE_DESCRIPTION_LINE_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", PREFERENCE_DESCRIPTION_LINE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/SavePreferenceDescriptionLine",
    rest_body="preference_description_line",
)
"""Updates the existing PreferenceDescriptionLine or creates a new PreferenceDescriptionLine if
the id parameter is 0."""

DELETE_PREFERENCE_DESCRIPTION_LINE = Operation(
    "DeletePreferenceDescriptionLine",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/DeletePreferenceDescriptionLine",
    params=(Param("preference_description_line_id", "PreferenceDescriptionLineId", INT),),
    rest_path="/api/v1/Agents/Preference/DeletePreferenceDescriptionLine",
)
"""Deletes the PreferenceDescriptionLine"""

SAVE_PREFERENCE = Operation(
    "SavePreference",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SavePreference",
    params=(Param("preference", "Preference", PREFERENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/SavePreference",
)
"""Save this preference"""

SAVE_TAB_ORDER = Operation(
    "SaveTabOrder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SaveTabOrder",
    params=(Param("tab_order", "TabOrder", TAB_ORDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/SaveTabOrder",
)
"""Saves the tab order."""

GET_TAB_ORDER = Operation(
    "GetTabOrder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetTabOrder",
    params=(Param("tab_name", "TabName", STR, nillable=True),),
    results=(Param("response", "Response", TAB_ORDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetTabOrder",
)
"""Gets the tab order."""

GET_PREFERENCE = Operation(
    "GetPreference",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetPreference",
    params=(Param("id", "Id", INT),),
    results=(Param("response", "Response", PREFERENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetPreference",
)
"""Get a preference by id"""

SAVE_PREFERENCE_ENTITY = Operation(
    "SavePreferenceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SavePreferenceEntity",
    params=(
        Param("preference", "Preference", PREFERENCE_CODEC, nillable=True),
        Param("remove_lower_levels", "RemoveLowerLevels", BOOL),
    ),
    results=(Param("response", "Response", PREFERENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/SavePreferenceEntity",
)
"""Saves a complete preference object, on any level and any target."""

DELETE_PREFERENCE = Operation(
    "DeletePreference",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/DeletePreference",
    params=(Param("id", "Id", INT),),
    rest_path="/api/v1/Agents/Preference/DeletePreference",
)
"""Delete a preference by id"""

DELETE_PREFERENCES = Operation(
    "DeletePreferences",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/DeletePreferences",
    params=(Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/DeletePreferences",
)
"""Delete some preferences by id"""

GET_PREFERENCE_BY_NAME = Operation(
    "GetPreferenceByName",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetPreferenceByName",
    params=(
        Param("pref_section", "PrefSection", STR, nillable=True),
        Param("pref_key", "PrefKey", STR, nillable=True),
        Param("pref_level", "PrefLevel", PREFERENCE_LEVEL_CODEC),
    ),
    results=(Param("response", "Response", PREFERENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetPreferenceByName",
)
"""Get a preference by name"""

GET_PREFERENCE_BY_NAME_AND_ID = Operation(
    "GetPreferenceByNameAndId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetPreferenceByNameAndId",
    params=(
        Param("pref_section", "PrefSection", STR, nillable=True),
        Param("pref_key", "PrefKey", STR, nillable=True),
        Param("pref_level", "PrefLevel", PREFERENCE_LEVEL_CODEC),
        Param("owner_id", "OwnerId", INT),
    ),
    results=(Param("response", "Response", PREFERENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetPreferenceByNameAndId",
)
"""Get a preference by name and owner id."""

GET_NET_SERVICES_STATUS_URL = Operation(
    "GetNetServicesStatusUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetNetServicesStatusUrl",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetNetServicesStatusUrl",
)
"""Returns URL to status service."""

UPDATE_NET_SERVICES_STATUS = Operation(
    "UpdateNetServicesStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/UpdateNetServicesStatus",
    params=(Param("xml_or_json", "XmlOrJson", STR, nillable=True),),
    rest_path="/api/v1/Agents/Preference/UpdateNetServicesStatus",
)
"""Update the NetServices preferences with values contained in the content from the Status URL"""

GET_XSRF_PATHS = Operation(
    "GetXsrfPaths",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetXsrfPaths",
    params=(Param("hostname", "Hostname", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetXsrfPaths",
)
"""Returns paths that XSRF cookies should be set on"""

SET_XSRF_PATHS = Operation(
    "SetXsrfPaths",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SetXsrfPaths",
    params=(
        Param("hostname", "Hostname", STR, nillable=True),
        Param("paths", "Paths", LIST_OF_STR_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Preference/SetXsrfPaths",
)
"""Update the paths that need XSRF cookies"""

GET_PREFERENCE_DESCRIPTION = Operation(
    "GetPreferenceDescription",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetPreferenceDescription",
    params=(Param("preference_description_id", "PreferenceDescriptionId", INT),),
    results=(Param("response", "Response", PREFERENCE_DESCRIPTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetPreferenceDescription",
)
"""Gets a PreferenceDescription object."""

GET_FROM_SECTION_AND_KEY = Operation(
    "GetFromSectionAndKey",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetFromSectionAndKey",
    params=(
        Param("section", "Section", STR, nillable=True),
        Param("key", "Key", STR, nillable=True),
    ),
    results=(Param("response", "Response", PREFERENCE_DESCRIPTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetFromSectionAndKey",
)
"""Gets a PreferenceDescription based on the section and key"""

GET_ALL = Operation(
    "GetAll",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetAll",
    results=(Param("response", "Response", LIST_OF_PREFERENCE_DESCRIPTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetAll",
)
"""Gets a list of all PreferenceDescriptions in the system."""

GET_ALL_FROM_SECTION = Operation(
    "GetAllFromSection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetAllFromSection",
    params=(Param("section", "Section", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PREFERENCE_DESCRIPTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetAllFromSection",
)
"""Gets all PreferenceDescription-items in the specified section"""

SAVE_FROM_SECTION_AND_KEY = Operation(
    "SaveFromSectionAndKey",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SaveFromSectionAndKey",
    params=(
        Param("section", "Section", STR, nillable=True),
        Param("key", "Key", STR, nillable=True),
        Param(
            "preference_description",
            "PreferenceDescription",
            PREFERENCE_DESCRIPTION_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", PREFERENCE_DESCRIPTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/SaveFromSectionAndKey",
)
"""Update a PreferenceDescription based on the section and key"""

DELETE_FROM_SECTION_AND_KEY = Operation(
    "DeleteFromSectionAndKey",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/DeleteFromSectionAndKey",
    params=(
        Param("section", "Section", STR, nillable=True),
        Param("key", "Key", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Preference/DeleteFromSectionAndKey",
)
"""Gets a PreferenceDescription based on the section and key"""

GET_PREFERENCE_DESCRIPTION_LINE = Operation(
    "GetPreferenceDescriptionLine",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetPreferenceDescriptionLine",
    params=(Param("preference_description_line_id", "PreferenceDescriptionLineId", INT),),
    results=(Param("response", "Response", PREFERENCE_DESCRIPTION_LINE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetPreferenceDescriptionLine",
)
"""Gets a PreferenceDescriptionLine object."""

GET_PREFERENCE_DESCRIPTION_LINE_FROM_ID_AND_VALUE = Operation(
    "GetPreferenceDescriptionLineFromIdAndValue",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetPreferenceDescriptionLineFromIdAndValue",
    params=(
        Param("pref_desc_id", "PrefDescId", INT),
        Param("pref_value", "PrefValue", STR, nillable=True),
    ),
    results=(Param("response", "Response", PREFERENCE_DESCRIPTION_LINE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetPreferenceDescriptionLineFromIdAndValue",
)
"""Get a preference description line from a prefDesc_id and a prefValue"""

GET_PREFERENCE_DESCRIPTION_LINES_BY_PREF_DESC_ID = Operation(
    "GetPreferenceDescriptionLinesByPrefDescId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetPreferenceDescriptionLinesByPrefDescId",
    params=(Param("pref_desc_id", "PrefDescId", INT),),
    results=(
        Param("response", "Response", LIST_OF_PREFERENCE_DESCRIPTION_LINE_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Preference/GetPreferenceDescriptionLinesByPrefDescId",
)
"""Get all preference description lines from a prefDesc_id"""

SAVE_PREFERENCE_DESCRIPTION_LINES = Operation(
    "SavePreferenceDescriptionLines",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SavePreferenceDescriptionLines",
    params=(
        Param(
            "preference_description_lines",
            "PreferenceDescriptionLines",
            LIST_OF_PREFERENCE_DESCRIPTION_LINE_CODEC,
            nillable=True,
        ),
    ),
    results=(
        Param("response", "Response", LIST_OF_PREFERENCE_DESCRIPTION_LINE_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Preference/SavePreferenceDescriptionLines",
)
"""Saves the PreferenceDescriptionLine array in the SuperOffice database"""

DELETE_PREFERENCE_DESCRIPTION_LINES = Operation(
    "DeletePreferenceDescriptionLines",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/DeletePreferenceDescriptionLines",
    params=(Param("pref_desc_line_ids", "PrefDescLineIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/DeletePreferenceDescriptionLines",
)
"""Delete the PrefDescLines in the SuperOffice database"""

DELETE_PREF_DESC_LINES_BY_PREF_DESC_ID = Operation(
    "DeletePrefDescLinesByPrefDescId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/DeletePrefDescLinesByPrefDescId",
    params=(Param("pref_desc_id", "PrefDescId", INT),),
    rest_path="/api/v1/Agents/Preference/DeletePrefDescLinesByPrefDescId",
)
"""Delete the PrefDescLines associated with Preference Description Id in the SuperOffice
database"""

DELETE_PREF_DESC_LINES_BY_PREF_DESC_IDS = Operation(
    "DeletePrefDescLinesByPrefDescIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/DeletePrefDescLinesByPrefDescIds",
    params=(Param("pref_desc_ids", "PrefDescIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/DeletePrefDescLinesByPrefDescIds",
)
"""Delete the PrefDescLines associated with Preference Description Ids in the SuperOffice
database"""

GET_PREFERENCES = Operation(
    "GetPreferences",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetPreferences",
    params=(
        Param("specifications", "Specifications", LIST_OF_PREFERENCE_SPEC_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_PREFERENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetPreferences",
)
"""Get one or more preferences based on a set of specifications."""

SAVE_PREFERENCES = Operation(
    "SavePreferences",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SavePreferences",
    params=(Param("preferences", "Preferences", LIST_OF_PREFERENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/SavePreferences",
)
"""Save this set of preferences."""

GET_PREFERENCES_WITH_DISPLAY_VALUES = Operation(
    "GetPreferencesWithDisplayValues",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetPreferencesWithDisplayValues",
    params=(
        Param("specifications", "Specifications", LIST_OF_PREFERENCE_SPEC_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_PREFERENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetPreferencesWithDisplayValues",
)
"""Get one or more preferences based on a set of specifications&lt;br/&gt;The PrefDisplayValue
and PrefDisplaytooltip are populated, at some additional processing cost."""

GET_TAB_ORDERS = Operation(
    "GetTabOrders",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetTabOrders",
    results=(Param("response", "Response", LIST_OF_TAB_ORDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetTabOrders",
)
"""NsApiSlow threshold: 1000 ms."""

SAVE_TAB_ORDERS = Operation(
    "SaveTabOrders",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SaveTabOrders",
    params=(Param("tab_orders", "TabOrders", LIST_OF_TAB_ORDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/SaveTabOrders",
)
"""NsApiSlow threshold: 1000 ms."""

SAVE_PREFERENCE_ENTITIES = Operation(
    "SavePreferenceEntities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SavePreferenceEntities",
    params=(
        Param("preferences", "Preferences", LIST_OF_PREFERENCE_CODEC, nillable=True),
        Param("remove_lower_levels", "RemoveLowerLevels", BOOL),
    ),
    rest_path="/api/v1/Agents/Preference/SavePreferenceEntities",
)
"""Save this set of preferences."""

OPERATIONS: dict[str, Operation] = {
    "CreateDefaultPreference": CREATE_DEFAULT_PREFERENCE,
    "CreateDefaultPreferenceDescription": CREATE_DEFAULT_PREFERENCE_DESCRIPTION,
    "SavePreferenceDescription": SAVE_PREFERENCE_DESCRIPTION,
    "DeletePreferenceDescription": DELETE_PREFERENCE_DESCRIPTION,
    "CreateDefaultPreferenceDescriptionLine": CREATE_DEFAULT_PREFERENCE_DESCRIPTION_LINE,
    "SavePreferenceDescriptionLine": SAVE_PREFERENCE_DESCRIPTION_LINE,
    "DeletePreferenceDescriptionLine": DELETE_PREFERENCE_DESCRIPTION_LINE,
    "SavePreference": SAVE_PREFERENCE,
    "SaveTabOrder": SAVE_TAB_ORDER,
    "GetTabOrder": GET_TAB_ORDER,
    "GetPreference": GET_PREFERENCE,
    "SavePreferenceEntity": SAVE_PREFERENCE_ENTITY,
    "DeletePreference": DELETE_PREFERENCE,
    "DeletePreferences": DELETE_PREFERENCES,
    "GetPreferenceByName": GET_PREFERENCE_BY_NAME,
    "GetPreferenceByNameAndId": GET_PREFERENCE_BY_NAME_AND_ID,
    "GetNetServicesStatusUrl": GET_NET_SERVICES_STATUS_URL,
    "UpdateNetServicesStatus": UPDATE_NET_SERVICES_STATUS,
    "GetXsrfPaths": GET_XSRF_PATHS,
    "SetXsrfPaths": SET_XSRF_PATHS,
    "GetPreferenceDescription": GET_PREFERENCE_DESCRIPTION,
    "GetFromSectionAndKey": GET_FROM_SECTION_AND_KEY,
    "GetAll": GET_ALL,
    "GetAllFromSection": GET_ALL_FROM_SECTION,
    "SaveFromSectionAndKey": SAVE_FROM_SECTION_AND_KEY,
    "DeleteFromSectionAndKey": DELETE_FROM_SECTION_AND_KEY,
    "GetPreferenceDescriptionLine": GET_PREFERENCE_DESCRIPTION_LINE,
    "GetPreferenceDescriptionLineFromIdAndValue": GET_PREFERENCE_DESCRIPTION_LINE_FROM_ID_AND_VALUE,
    "GetPreferenceDescriptionLinesByPrefDescId": GET_PREFERENCE_DESCRIPTION_LINES_BY_PREF_DESC_ID,
    "SavePreferenceDescriptionLines": SAVE_PREFERENCE_DESCRIPTION_LINES,
    "DeletePreferenceDescriptionLines": DELETE_PREFERENCE_DESCRIPTION_LINES,
    "DeletePrefDescLinesByPrefDescId": DELETE_PREF_DESC_LINES_BY_PREF_DESC_ID,
    "DeletePrefDescLinesByPrefDescIds": DELETE_PREF_DESC_LINES_BY_PREF_DESC_IDS,
    "GetPreferences": GET_PREFERENCES,
    "SavePreferences": SAVE_PREFERENCES,
    "GetPreferencesWithDisplayValues": GET_PREFERENCES_WITH_DISPLAY_VALUES,
    "GetTabOrders": GET_TAB_ORDERS,
    "SaveTabOrders": SAVE_TAB_ORDERS,
    "SavePreferenceEntities": SAVE_PREFERENCE_ENTITIES,
}
