"""Services88 Preference agent (``Remote/Services88/Preference.svc``).

``PreferenceAgent`` and ``AsyncPreferenceAgent`` call it over SOAP, ``PreferenceRestAgent``
and ``AsyncPreferenceRestAgent`` over REST; all four share the same typed methods and
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
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.preference import LIST_OF_PREFERENCE_CODEC, PREFERENCE_CODEC, Preference
from .types.preference_description import (
    LIST_OF_PREFERENCE_DESCRIPTION_CODEC,
    PREFERENCE_DESCRIPTION_CODEC,
    PreferenceDescription,
)
from .types.preference_description_line import (
    LIST_OF_PREFERENCE_DESCRIPTION_LINE_CODEC,
    PREFERENCE_DESCRIPTION_LINE_CODEC,
    PreferenceDescriptionLine,
)
from .types.preference_level import PREFERENCE_LEVEL_CODEC, PreferenceLevel
from .types.preference_spec import LIST_OF_PREFERENCE_SPEC_CODEC, PreferenceSpec
from .types.tab_order import LIST_OF_TAB_ORDER_CODEC, TAB_ORDER_CODEC, TabOrder

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_PREFERENCE: Operation[Preference | None] = Operation(
    "CreateDefaultPreference",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/CreateDefaultPreference",
    results=(Param("response", "Response", PREFERENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/CreateDefaultPreference",
    rest_select=False,
)

CREATE_DEFAULT_PREFERENCE_DESCRIPTION: Operation[PreferenceDescription | None] = Operation(
    "CreateDefaultPreferenceDescription",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/CreateDefaultPreferenceDescription",
    results=(Param("response", "Response", PREFERENCE_DESCRIPTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/CreateDefaultPreferenceDescription",
    rest_select=False,
)

SAVE_PREFERENCE_DESCRIPTION: Operation[PreferenceDescription | None] = Operation(
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
    rest_select=False,
)

DELETE_PREFERENCE_DESCRIPTION: Operation[None] = Operation(
    "DeletePreferenceDescription",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/DeletePreferenceDescription",
    params=(
        Param(
            "preference_description_id",
            "PreferenceDescriptionId",
            INT,
            query="preferenceDescriptionId",
        ),
    ),
    rest_path="/api/v1/Agents/Preference/DeletePreferenceDescription",
    rest_select=False,
)

CREATE_DEFAULT_PREFERENCE_DESCRIPTION_LINE: Operation[PreferenceDescriptionLine | None] = (
    Operation(
        "CreateDefaultPreferenceDescriptionLine",
        NAMESPACE,
        "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/CreateDefaultPreferenceDescriptionLine",
        results=(Param("response", "Response", PREFERENCE_DESCRIPTION_LINE_CODEC, nillable=True),),
        rest_path="/api/v1/Agents/Preference/CreateDefaultPreferenceDescriptionLine",
        rest_select=False,
    )
)

SAVE_PREFERENCE_DESCRIPTION_LINE: Operation[PreferenceDescriptionLine | None] = Operation(
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
    rest_select=False,
)

DELETE_PREFERENCE_DESCRIPTION_LINE: Operation[None] = Operation(
    "DeletePreferenceDescriptionLine",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/DeletePreferenceDescriptionLine",
    params=(
        Param(
            "preference_description_line_id",
            "PreferenceDescriptionLineId",
            INT,
            query="preferenceDescriptionLineId",
        ),
    ),
    rest_path="/api/v1/Agents/Preference/DeletePreferenceDescriptionLine",
    rest_select=False,
)

SAVE_PREFERENCE: Operation[None] = Operation(
    "SavePreference",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SavePreference",
    params=(Param("preference", "Preference", PREFERENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/SavePreference",
)

SAVE_TAB_ORDER: Operation[None] = Operation(
    "SaveTabOrder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SaveTabOrder",
    params=(Param("tab_order", "TabOrder", TAB_ORDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/SaveTabOrder",
)

GET_TAB_ORDER: Operation[TabOrder | None] = Operation(
    "GetTabOrder",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetTabOrder",
    params=(Param("tab_name", "TabName", STR, nillable=True),),
    results=(Param("response", "Response", TAB_ORDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetTabOrder",
)

GET_PREFERENCE: Operation[Preference | None] = Operation(
    "GetPreference",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetPreference",
    params=(Param("id", "Id", INT),),
    results=(Param("response", "Response", PREFERENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetPreference",
)

SAVE_PREFERENCE_ENTITY: Operation[Preference | None] = Operation(
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

DELETE_PREFERENCE: Operation[None] = Operation(
    "DeletePreference",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/DeletePreference",
    params=(Param("id", "Id", INT),),
    rest_path="/api/v1/Agents/Preference/DeletePreference",
)

DELETE_PREFERENCES: Operation[None] = Operation(
    "DeletePreferences",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/DeletePreferences",
    params=(Param("ids", "Ids", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/DeletePreferences",
)

GET_PREFERENCE_BY_NAME: Operation[Preference | None] = Operation(
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

GET_PREFERENCE_BY_NAME_AND_ID: Operation[Preference | None] = Operation(
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

GET_NET_SERVICES_STATUS_URL: Operation[str | None] = Operation(
    "GetNetServicesStatusUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetNetServicesStatusUrl",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetNetServicesStatusUrl",
)

UPDATE_NET_SERVICES_STATUS: Operation[None] = Operation(
    "UpdateNetServicesStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/UpdateNetServicesStatus",
    params=(Param("xml_or_json", "XmlOrJson", STR, nillable=True),),
    rest_path="/api/v1/Agents/Preference/UpdateNetServicesStatus",
)

GET_XSRF_PATHS: Operation[list[str | None] | None] = Operation(
    "GetXsrfPaths",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetXsrfPaths",
    params=(Param("hostname", "Hostname", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetXsrfPaths",
)

SET_XSRF_PATHS: Operation[None] = Operation(
    "SetXsrfPaths",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SetXsrfPaths",
    params=(
        Param("hostname", "Hostname", STR, nillable=True),
        Param("paths", "Paths", LIST_OF_STR_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Preference/SetXsrfPaths",
)

GET_PREFERENCE_DESCRIPTION: Operation[PreferenceDescription | None] = Operation(
    "GetPreferenceDescription",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetPreferenceDescription",
    params=(
        Param(
            "preference_description_id",
            "PreferenceDescriptionId",
            INT,
            query="preferenceDescriptionId",
        ),
    ),
    results=(Param("response", "Response", PREFERENCE_DESCRIPTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetPreferenceDescription",
)

GET_FROM_SECTION_AND_KEY: Operation[PreferenceDescription | None] = Operation(
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

GET_ALL: Operation[list[PreferenceDescription | None] | None] = Operation(
    "GetAll",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetAll",
    results=(Param("response", "Response", LIST_OF_PREFERENCE_DESCRIPTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetAll",
)

GET_ALL_FROM_SECTION: Operation[list[PreferenceDescription | None] | None] = Operation(
    "GetAllFromSection",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetAllFromSection",
    params=(Param("section", "Section", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PREFERENCE_DESCRIPTION_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetAllFromSection",
)

SAVE_FROM_SECTION_AND_KEY: Operation[PreferenceDescription | None] = Operation(
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

DELETE_FROM_SECTION_AND_KEY: Operation[None] = Operation(
    "DeleteFromSectionAndKey",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/DeleteFromSectionAndKey",
    params=(
        Param("section", "Section", STR, nillable=True),
        Param("key", "Key", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Preference/DeleteFromSectionAndKey",
)

GET_PREFERENCE_DESCRIPTION_LINE: Operation[PreferenceDescriptionLine | None] = Operation(
    "GetPreferenceDescriptionLine",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetPreferenceDescriptionLine",
    params=(
        Param(
            "preference_description_line_id",
            "PreferenceDescriptionLineId",
            INT,
            query="preferenceDescriptionLineId",
        ),
    ),
    results=(Param("response", "Response", PREFERENCE_DESCRIPTION_LINE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetPreferenceDescriptionLine",
)

GET_PREFERENCE_DESCRIPTION_LINE_FROM_ID_AND_VALUE: Operation[PreferenceDescriptionLine | None] = (
    Operation(
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
)

GET_PREFERENCE_DESCRIPTION_LINES_BY_PREF_DESC_ID: Operation[
    list[PreferenceDescriptionLine | None] | None
] = Operation(
    "GetPreferenceDescriptionLinesByPrefDescId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetPreferenceDescriptionLinesByPrefDescId",
    params=(Param("pref_desc_id", "PrefDescId", INT),),
    results=(
        Param("response", "Response", LIST_OF_PREFERENCE_DESCRIPTION_LINE_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Preference/GetPreferenceDescriptionLinesByPrefDescId",
)

SAVE_PREFERENCE_DESCRIPTION_LINES: Operation[list[PreferenceDescriptionLine | None] | None] = (
    Operation(
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
            Param(
                "response", "Response", LIST_OF_PREFERENCE_DESCRIPTION_LINE_CODEC, nillable=True
            ),
        ),
        rest_path="/api/v1/Agents/Preference/SavePreferenceDescriptionLines",
    )
)

DELETE_PREFERENCE_DESCRIPTION_LINES: Operation[None] = Operation(
    "DeletePreferenceDescriptionLines",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/DeletePreferenceDescriptionLines",
    params=(Param("pref_desc_line_ids", "PrefDescLineIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/DeletePreferenceDescriptionLines",
)

DELETE_PREF_DESC_LINES_BY_PREF_DESC_ID: Operation[None] = Operation(
    "DeletePrefDescLinesByPrefDescId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/DeletePrefDescLinesByPrefDescId",
    params=(Param("pref_desc_id", "PrefDescId", INT),),
    rest_path="/api/v1/Agents/Preference/DeletePrefDescLinesByPrefDescId",
)

DELETE_PREF_DESC_LINES_BY_PREF_DESC_IDS: Operation[None] = Operation(
    "DeletePrefDescLinesByPrefDescIds",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/DeletePrefDescLinesByPrefDescIds",
    params=(Param("pref_desc_ids", "PrefDescIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/DeletePrefDescLinesByPrefDescIds",
)

GET_PREFERENCES: Operation[list[Preference | None] | None] = Operation(
    "GetPreferences",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetPreferences",
    params=(
        Param("specifications", "Specifications", LIST_OF_PREFERENCE_SPEC_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_PREFERENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetPreferences",
)

SAVE_PREFERENCES: Operation[None] = Operation(
    "SavePreferences",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SavePreferences",
    params=(Param("preferences", "Preferences", LIST_OF_PREFERENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/SavePreferences",
)

GET_PREFERENCES_WITH_DISPLAY_VALUES: Operation[list[Preference | None] | None] = Operation(
    "GetPreferencesWithDisplayValues",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetPreferencesWithDisplayValues",
    params=(
        Param("specifications", "Specifications", LIST_OF_PREFERENCE_SPEC_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_PREFERENCE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetPreferencesWithDisplayValues",
)

GET_TAB_ORDERS: Operation[list[TabOrder | None] | None] = Operation(
    "GetTabOrders",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/GetTabOrders",
    results=(Param("response", "Response", LIST_OF_TAB_ORDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/GetTabOrders",
)

SAVE_TAB_ORDERS: Operation[None] = Operation(
    "SaveTabOrders",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SaveTabOrders",
    params=(Param("tab_orders", "TabOrders", LIST_OF_TAB_ORDER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Preference/SaveTabOrders",
)

SAVE_PREFERENCE_ENTITIES: Operation[None] = Operation(
    "SavePreferenceEntities",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Preference/SavePreferenceEntities",
    params=(
        Param("preferences", "Preferences", LIST_OF_PREFERENCE_CODEC, nillable=True),
        Param("remove_lower_levels", "RemoveLowerLevels", BOOL),
    ),
    rest_path="/api/v1/Agents/Preference/SavePreferenceEntities",
)

OPERATIONS: dict[str, Operation[Any]] = {
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


class PreferenceMethods(SyncCalls):
    """The Preference operations, called synchronously (SOAP or REST)."""

    def create_default_preference(self) -> Preference | None:
        """Loading default values into a new Preference.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_PREFERENCE, ())

    def create_default_preference_description(self) -> PreferenceDescription | None:
        """Loading default values into a new PreferenceDescription.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_PREFERENCE_DESCRIPTION, ())

    def save_preference_description(
        self, *, preference_description: PreferenceDescription | None | Unset = UNSET
    ) -> PreferenceDescription | None:
        """Updates the existing PreferenceDescription or creates a new PreferenceDescription if
        the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_PREFERENCE_DESCRIPTION, (preference_description,))

    def delete_preference_description(
        self, *, preference_description_id: int | Unset = UNSET
    ) -> None:
        """Deletes the PreferenceDescription"""
        return self._call(DELETE_PREFERENCE_DESCRIPTION, (preference_description_id,))

    def create_default_preference_description_line(self) -> PreferenceDescriptionLine | None:
        """Loading default values into a new PreferenceDescriptionLine.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_PREFERENCE_DESCRIPTION_LINE, ())

    def save_preference_description_line(
        self, *, preference_description_line: PreferenceDescriptionLine | None | Unset = UNSET
    ) -> PreferenceDescriptionLine | None:
        """Updates the existing PreferenceDescriptionLine or creates a new
        PreferenceDescriptionLine if the id parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_PREFERENCE_DESCRIPTION_LINE, (preference_description_line,))

    def delete_preference_description_line(
        self, *, preference_description_line_id: int | Unset = UNSET
    ) -> None:
        """Deletes the PreferenceDescriptionLine"""
        return self._call(DELETE_PREFERENCE_DESCRIPTION_LINE, (preference_description_line_id,))

    def save_preference(self, *, preference: Preference | None | Unset = UNSET) -> None:
        """Save this preference"""
        return self._call(SAVE_PREFERENCE, (preference,))

    def save_tab_order(self, *, tab_order: TabOrder | None | Unset = UNSET) -> None:
        """Saves the tab order."""
        return self._call(SAVE_TAB_ORDER, (tab_order,))

    def get_tab_order(self, *, tab_name: str | None | Unset = UNSET) -> TabOrder | None:
        """Gets the tab order.

        Returns:
            The result.
        """
        return self._call(GET_TAB_ORDER, (tab_name,))

    def get_preference(self, *, id: int | Unset = UNSET) -> Preference | None:
        """Get a preference by id

        Returns:
            The result.
        """
        return self._call(GET_PREFERENCE, (id,))

    def save_preference_entity(
        self,
        *,
        preference: Preference | None | Unset = UNSET,
        remove_lower_levels: bool | Unset = UNSET,
    ) -> Preference | None:
        """Saves a complete preference object, on any level and any target.

        Returns:
            The result.
        """
        return self._call(SAVE_PREFERENCE_ENTITY, (preference, remove_lower_levels))

    def delete_preference(self, *, id: int | Unset = UNSET) -> None:
        """Delete a preference by id"""
        return self._call(DELETE_PREFERENCE, (id,))

    def delete_preferences(self, *, ids: list[int] | None | Unset = UNSET) -> None:
        """Delete some preferences by id"""
        return self._call(DELETE_PREFERENCES, (ids,))

    def get_preference_by_name(
        self,
        *,
        pref_section: str | None | Unset = UNSET,
        pref_key: str | None | Unset = UNSET,
        pref_level: PreferenceLevel | str | Unset = UNSET,
    ) -> Preference | None:
        """Get a preference by name

        Returns:
            The result.
        """
        return self._call(GET_PREFERENCE_BY_NAME, (pref_section, pref_key, pref_level))

    def get_preference_by_name_and_id(
        self,
        *,
        pref_section: str | None | Unset = UNSET,
        pref_key: str | None | Unset = UNSET,
        pref_level: PreferenceLevel | str | Unset = UNSET,
        owner_id: int | Unset = UNSET,
    ) -> Preference | None:
        """Get a preference by name and owner id.

        Returns:
            The result.
        """
        return self._call(
            GET_PREFERENCE_BY_NAME_AND_ID, (pref_section, pref_key, pref_level, owner_id)
        )

    def get_net_services_status_url(self) -> str | None:
        """Returns URL to status service.

        Returns:
            The result.
        """
        return self._call(GET_NET_SERVICES_STATUS_URL, ())

    def update_net_services_status(self, *, xml_or_json: str | None | Unset = UNSET) -> None:
        """Update the NetServices preferences with values contained in the content from the
        Status URL
        """
        return self._call(UPDATE_NET_SERVICES_STATUS, (xml_or_json,))

    def get_xsrf_paths(self, *, hostname: str | None | Unset = UNSET) -> list[str | None] | None:
        """Returns paths that XSRF cookies should be set on

        Returns:
            The result.
        """
        return self._call(GET_XSRF_PATHS, (hostname,))

    def set_xsrf_paths(
        self,
        *,
        hostname: str | None | Unset = UNSET,
        paths: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """Update the paths that need XSRF cookies"""
        return self._call(SET_XSRF_PATHS, (hostname, paths))

    def get_preference_description(
        self, *, preference_description_id: int | Unset = UNSET
    ) -> PreferenceDescription | None:
        """Gets a PreferenceDescription object.

        Returns:
            The result.
        """
        return self._call(GET_PREFERENCE_DESCRIPTION, (preference_description_id,))

    def get_from_section_and_key(
        self, *, section: str | None | Unset = UNSET, key: str | None | Unset = UNSET
    ) -> PreferenceDescription | None:
        """Gets a PreferenceDescription based on the section and key

        Returns:
            The result.
        """
        return self._call(GET_FROM_SECTION_AND_KEY, (section, key))

    def get_all(self) -> list[PreferenceDescription | None] | None:
        """Gets a list of all PreferenceDescriptions in the system.

        Returns:
            The result.
        """
        return self._call(GET_ALL, ())

    def get_all_from_section(
        self, *, section: str | None | Unset = UNSET
    ) -> list[PreferenceDescription | None] | None:
        """Gets all PreferenceDescription-items in the specified section

        Returns:
            The result.
        """
        return self._call(GET_ALL_FROM_SECTION, (section,))

    def save_from_section_and_key(
        self,
        *,
        section: str | None | Unset = UNSET,
        key: str | None | Unset = UNSET,
        preference_description: PreferenceDescription | None | Unset = UNSET,
    ) -> PreferenceDescription | None:
        """Update a PreferenceDescription based on the section and key

        Returns:
            The result.
        """
        return self._call(SAVE_FROM_SECTION_AND_KEY, (section, key, preference_description))

    def delete_from_section_and_key(
        self, *, section: str | None | Unset = UNSET, key: str | None | Unset = UNSET
    ) -> None:
        """Gets a PreferenceDescription based on the section and key"""
        return self._call(DELETE_FROM_SECTION_AND_KEY, (section, key))

    def get_preference_description_line(
        self, *, preference_description_line_id: int | Unset = UNSET
    ) -> PreferenceDescriptionLine | None:
        """Gets a PreferenceDescriptionLine object.

        Returns:
            The result.
        """
        return self._call(GET_PREFERENCE_DESCRIPTION_LINE, (preference_description_line_id,))

    def get_preference_description_line_from_id_and_value(
        self, *, pref_desc_id: int | Unset = UNSET, pref_value: str | None | Unset = UNSET
    ) -> PreferenceDescriptionLine | None:
        """Get a preference description line from a prefDesc_id and a prefValue

        Returns:
            The result.
        """
        return self._call(
            GET_PREFERENCE_DESCRIPTION_LINE_FROM_ID_AND_VALUE, (pref_desc_id, pref_value)
        )

    def get_preference_description_lines_by_pref_desc_id(
        self, *, pref_desc_id: int | Unset = UNSET
    ) -> list[PreferenceDescriptionLine | None] | None:
        """Get all preference description lines from a prefDesc_id

        Returns:
            The result.
        """
        return self._call(GET_PREFERENCE_DESCRIPTION_LINES_BY_PREF_DESC_ID, (pref_desc_id,))

    def save_preference_description_lines(
        self,
        *,
        preference_description_lines: (
            list[PreferenceDescriptionLine | None] | None | Unset
        ) = UNSET,
    ) -> list[PreferenceDescriptionLine | None] | None:
        """Saves the PreferenceDescriptionLine array in the SuperOffice database

        Returns:
            The result.
        """
        return self._call(SAVE_PREFERENCE_DESCRIPTION_LINES, (preference_description_lines,))

    def delete_preference_description_lines(
        self, *, pref_desc_line_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Delete the PrefDescLines in the SuperOffice database"""
        return self._call(DELETE_PREFERENCE_DESCRIPTION_LINES, (pref_desc_line_ids,))

    def delete_pref_desc_lines_by_pref_desc_id(self, *, pref_desc_id: int | Unset = UNSET) -> None:
        """Delete the PrefDescLines associated with Preference Description Id in the
        SuperOffice database
        """
        return self._call(DELETE_PREF_DESC_LINES_BY_PREF_DESC_ID, (pref_desc_id,))

    def delete_pref_desc_lines_by_pref_desc_ids(
        self, *, pref_desc_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Delete the PrefDescLines associated with Preference Description Ids in the
        SuperOffice database
        """
        return self._call(DELETE_PREF_DESC_LINES_BY_PREF_DESC_IDS, (pref_desc_ids,))

    def get_preferences(
        self, *, specifications: list[PreferenceSpec | None] | None | Unset = UNSET
    ) -> list[Preference | None] | None:
        """Get one or more preferences based on a set of specifications.

        Returns:
            The result.
        """
        return self._call(GET_PREFERENCES, (specifications,))

    def save_preferences(
        self, *, preferences: list[Preference | None] | None | Unset = UNSET
    ) -> None:
        """Save this set of preferences."""
        return self._call(SAVE_PREFERENCES, (preferences,))

    def get_preferences_with_display_values(
        self, *, specifications: list[PreferenceSpec | None] | None | Unset = UNSET
    ) -> list[Preference | None] | None:
        """Get one or more preferences based on a set of specifications&lt;br/&gt;The
        PrefDisplayValue and PrefDisplaytooltip are populated, at some additional processing
        cost.

        Returns:
            The result.
        """
        return self._call(GET_PREFERENCES_WITH_DISPLAY_VALUES, (specifications,))

    def get_tab_orders(self) -> list[TabOrder | None] | None:
        """NsApiSlow threshold: 1000 ms.

        Returns:
            The result.
        """
        return self._call(GET_TAB_ORDERS, ())

    def save_tab_orders(self, *, tab_orders: list[TabOrder | None] | None | Unset = UNSET) -> None:
        """NsApiSlow threshold: 1000 ms."""
        return self._call(SAVE_TAB_ORDERS, (tab_orders,))

    def save_preference_entities(
        self,
        *,
        preferences: list[Preference | None] | None | Unset = UNSET,
        remove_lower_levels: bool | Unset = UNSET,
    ) -> None:
        """Save this set of preferences."""
        return self._call(SAVE_PREFERENCE_ENTITIES, (preferences, remove_lower_levels))


class AsyncPreferenceMethods(AsyncCalls):
    """The Preference operations, called asynchronously (SOAP or REST)."""

    async def create_default_preference(self) -> Preference | None:
        """Loading default values into a new Preference.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_PREFERENCE, ())

    async def create_default_preference_description(self) -> PreferenceDescription | None:
        """Loading default values into a new PreferenceDescription.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_PREFERENCE_DESCRIPTION, ())

    async def save_preference_description(
        self, *, preference_description: PreferenceDescription | None | Unset = UNSET
    ) -> PreferenceDescription | None:
        """Updates the existing PreferenceDescription or creates a new PreferenceDescription if
        the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_PREFERENCE_DESCRIPTION, (preference_description,))

    async def delete_preference_description(
        self, *, preference_description_id: int | Unset = UNSET
    ) -> None:
        """Deletes the PreferenceDescription"""
        return await self._call(DELETE_PREFERENCE_DESCRIPTION, (preference_description_id,))

    async def create_default_preference_description_line(self) -> PreferenceDescriptionLine | None:
        """Loading default values into a new PreferenceDescriptionLine.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_PREFERENCE_DESCRIPTION_LINE, ())

    async def save_preference_description_line(
        self, *, preference_description_line: PreferenceDescriptionLine | None | Unset = UNSET
    ) -> PreferenceDescriptionLine | None:
        """Updates the existing PreferenceDescriptionLine or creates a new
        PreferenceDescriptionLine if the id parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_PREFERENCE_DESCRIPTION_LINE, (preference_description_line,))

    async def delete_preference_description_line(
        self, *, preference_description_line_id: int | Unset = UNSET
    ) -> None:
        """Deletes the PreferenceDescriptionLine"""
        return await self._call(
            DELETE_PREFERENCE_DESCRIPTION_LINE, (preference_description_line_id,)
        )

    async def save_preference(self, *, preference: Preference | None | Unset = UNSET) -> None:
        """Save this preference"""
        return await self._call(SAVE_PREFERENCE, (preference,))

    async def save_tab_order(self, *, tab_order: TabOrder | None | Unset = UNSET) -> None:
        """Saves the tab order."""
        return await self._call(SAVE_TAB_ORDER, (tab_order,))

    async def get_tab_order(self, *, tab_name: str | None | Unset = UNSET) -> TabOrder | None:
        """Gets the tab order.

        Returns:
            The result.
        """
        return await self._call(GET_TAB_ORDER, (tab_name,))

    async def get_preference(self, *, id: int | Unset = UNSET) -> Preference | None:
        """Get a preference by id

        Returns:
            The result.
        """
        return await self._call(GET_PREFERENCE, (id,))

    async def save_preference_entity(
        self,
        *,
        preference: Preference | None | Unset = UNSET,
        remove_lower_levels: bool | Unset = UNSET,
    ) -> Preference | None:
        """Saves a complete preference object, on any level and any target.

        Returns:
            The result.
        """
        return await self._call(SAVE_PREFERENCE_ENTITY, (preference, remove_lower_levels))

    async def delete_preference(self, *, id: int | Unset = UNSET) -> None:
        """Delete a preference by id"""
        return await self._call(DELETE_PREFERENCE, (id,))

    async def delete_preferences(self, *, ids: list[int] | None | Unset = UNSET) -> None:
        """Delete some preferences by id"""
        return await self._call(DELETE_PREFERENCES, (ids,))

    async def get_preference_by_name(
        self,
        *,
        pref_section: str | None | Unset = UNSET,
        pref_key: str | None | Unset = UNSET,
        pref_level: PreferenceLevel | str | Unset = UNSET,
    ) -> Preference | None:
        """Get a preference by name

        Returns:
            The result.
        """
        return await self._call(GET_PREFERENCE_BY_NAME, (pref_section, pref_key, pref_level))

    async def get_preference_by_name_and_id(
        self,
        *,
        pref_section: str | None | Unset = UNSET,
        pref_key: str | None | Unset = UNSET,
        pref_level: PreferenceLevel | str | Unset = UNSET,
        owner_id: int | Unset = UNSET,
    ) -> Preference | None:
        """Get a preference by name and owner id.

        Returns:
            The result.
        """
        return await self._call(
            GET_PREFERENCE_BY_NAME_AND_ID, (pref_section, pref_key, pref_level, owner_id)
        )

    async def get_net_services_status_url(self) -> str | None:
        """Returns URL to status service.

        Returns:
            The result.
        """
        return await self._call(GET_NET_SERVICES_STATUS_URL, ())

    async def update_net_services_status(self, *, xml_or_json: str | None | Unset = UNSET) -> None:
        """Update the NetServices preferences with values contained in the content from the
        Status URL
        """
        return await self._call(UPDATE_NET_SERVICES_STATUS, (xml_or_json,))

    async def get_xsrf_paths(
        self, *, hostname: str | None | Unset = UNSET
    ) -> list[str | None] | None:
        """Returns paths that XSRF cookies should be set on

        Returns:
            The result.
        """
        return await self._call(GET_XSRF_PATHS, (hostname,))

    async def set_xsrf_paths(
        self,
        *,
        hostname: str | None | Unset = UNSET,
        paths: list[str | None] | None | Unset = UNSET,
    ) -> None:
        """Update the paths that need XSRF cookies"""
        return await self._call(SET_XSRF_PATHS, (hostname, paths))

    async def get_preference_description(
        self, *, preference_description_id: int | Unset = UNSET
    ) -> PreferenceDescription | None:
        """Gets a PreferenceDescription object.

        Returns:
            The result.
        """
        return await self._call(GET_PREFERENCE_DESCRIPTION, (preference_description_id,))

    async def get_from_section_and_key(
        self, *, section: str | None | Unset = UNSET, key: str | None | Unset = UNSET
    ) -> PreferenceDescription | None:
        """Gets a PreferenceDescription based on the section and key

        Returns:
            The result.
        """
        return await self._call(GET_FROM_SECTION_AND_KEY, (section, key))

    async def get_all(self) -> list[PreferenceDescription | None] | None:
        """Gets a list of all PreferenceDescriptions in the system.

        Returns:
            The result.
        """
        return await self._call(GET_ALL, ())

    async def get_all_from_section(
        self, *, section: str | None | Unset = UNSET
    ) -> list[PreferenceDescription | None] | None:
        """Gets all PreferenceDescription-items in the specified section

        Returns:
            The result.
        """
        return await self._call(GET_ALL_FROM_SECTION, (section,))

    async def save_from_section_and_key(
        self,
        *,
        section: str | None | Unset = UNSET,
        key: str | None | Unset = UNSET,
        preference_description: PreferenceDescription | None | Unset = UNSET,
    ) -> PreferenceDescription | None:
        """Update a PreferenceDescription based on the section and key

        Returns:
            The result.
        """
        return await self._call(SAVE_FROM_SECTION_AND_KEY, (section, key, preference_description))

    async def delete_from_section_and_key(
        self, *, section: str | None | Unset = UNSET, key: str | None | Unset = UNSET
    ) -> None:
        """Gets a PreferenceDescription based on the section and key"""
        return await self._call(DELETE_FROM_SECTION_AND_KEY, (section, key))

    async def get_preference_description_line(
        self, *, preference_description_line_id: int | Unset = UNSET
    ) -> PreferenceDescriptionLine | None:
        """Gets a PreferenceDescriptionLine object.

        Returns:
            The result.
        """
        return await self._call(GET_PREFERENCE_DESCRIPTION_LINE, (preference_description_line_id,))

    async def get_preference_description_line_from_id_and_value(
        self, *, pref_desc_id: int | Unset = UNSET, pref_value: str | None | Unset = UNSET
    ) -> PreferenceDescriptionLine | None:
        """Get a preference description line from a prefDesc_id and a prefValue

        Returns:
            The result.
        """
        return await self._call(
            GET_PREFERENCE_DESCRIPTION_LINE_FROM_ID_AND_VALUE, (pref_desc_id, pref_value)
        )

    async def get_preference_description_lines_by_pref_desc_id(
        self, *, pref_desc_id: int | Unset = UNSET
    ) -> list[PreferenceDescriptionLine | None] | None:
        """Get all preference description lines from a prefDesc_id

        Returns:
            The result.
        """
        return await self._call(GET_PREFERENCE_DESCRIPTION_LINES_BY_PREF_DESC_ID, (pref_desc_id,))

    async def save_preference_description_lines(
        self,
        *,
        preference_description_lines: (
            list[PreferenceDescriptionLine | None] | None | Unset
        ) = UNSET,
    ) -> list[PreferenceDescriptionLine | None] | None:
        """Saves the PreferenceDescriptionLine array in the SuperOffice database

        Returns:
            The result.
        """
        return await self._call(SAVE_PREFERENCE_DESCRIPTION_LINES, (preference_description_lines,))

    async def delete_preference_description_lines(
        self, *, pref_desc_line_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Delete the PrefDescLines in the SuperOffice database"""
        return await self._call(DELETE_PREFERENCE_DESCRIPTION_LINES, (pref_desc_line_ids,))

    async def delete_pref_desc_lines_by_pref_desc_id(
        self, *, pref_desc_id: int | Unset = UNSET
    ) -> None:
        """Delete the PrefDescLines associated with Preference Description Id in the
        SuperOffice database
        """
        return await self._call(DELETE_PREF_DESC_LINES_BY_PREF_DESC_ID, (pref_desc_id,))

    async def delete_pref_desc_lines_by_pref_desc_ids(
        self, *, pref_desc_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Delete the PrefDescLines associated with Preference Description Ids in the
        SuperOffice database
        """
        return await self._call(DELETE_PREF_DESC_LINES_BY_PREF_DESC_IDS, (pref_desc_ids,))

    async def get_preferences(
        self, *, specifications: list[PreferenceSpec | None] | None | Unset = UNSET
    ) -> list[Preference | None] | None:
        """Get one or more preferences based on a set of specifications.

        Returns:
            The result.
        """
        return await self._call(GET_PREFERENCES, (specifications,))

    async def save_preferences(
        self, *, preferences: list[Preference | None] | None | Unset = UNSET
    ) -> None:
        """Save this set of preferences."""
        return await self._call(SAVE_PREFERENCES, (preferences,))

    async def get_preferences_with_display_values(
        self, *, specifications: list[PreferenceSpec | None] | None | Unset = UNSET
    ) -> list[Preference | None] | None:
        """Get one or more preferences based on a set of specifications&lt;br/&gt;The
        PrefDisplayValue and PrefDisplaytooltip are populated, at some additional processing
        cost.

        Returns:
            The result.
        """
        return await self._call(GET_PREFERENCES_WITH_DISPLAY_VALUES, (specifications,))

    async def get_tab_orders(self) -> list[TabOrder | None] | None:
        """NsApiSlow threshold: 1000 ms.

        Returns:
            The result.
        """
        return await self._call(GET_TAB_ORDERS, ())

    async def save_tab_orders(
        self, *, tab_orders: list[TabOrder | None] | None | Unset = UNSET
    ) -> None:
        """NsApiSlow threshold: 1000 ms."""
        return await self._call(SAVE_TAB_ORDERS, (tab_orders,))

    async def save_preference_entities(
        self,
        *,
        preferences: list[Preference | None] | None | Unset = UNSET,
        remove_lower_levels: bool | Unset = UNSET,
    ) -> None:
        """Save this set of preferences."""
        return await self._call(SAVE_PREFERENCE_ENTITIES, (preferences, remove_lower_levels))


class PreferenceAgent(PreferenceMethods, SoapCaller):
    """Preference over SOAP 1.1 (``Remote/Services88/Preference.svc``), synchronous."""

    _PATH = "Remote/Services88/Preference.svc"
    _HEADERS = HEADERS


class AsyncPreferenceAgent(AsyncPreferenceMethods, AsyncSoapCaller):
    """Preference over SOAP 1.1 (``Remote/Services88/Preference.svc``), asynchronous."""

    _PATH = "Remote/Services88/Preference.svc"
    _HEADERS = HEADERS


class PreferenceRestAgent(PreferenceMethods, RestCaller):
    """Preference over REST (``/api/v1/Agents/Preference/...``), synchronous."""


class AsyncPreferenceRestAgent(AsyncPreferenceMethods, AsyncRestCaller):
    """Preference over REST (``/api/v1/Agents/Preference/...``), asynchronous."""
