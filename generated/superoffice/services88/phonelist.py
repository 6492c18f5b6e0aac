"""Services88 PhoneList agent (``Remote/Services88/PhoneList.svc``): its operations."""

from __future__ import annotations

from ..runtime import INT, Operation, Param, STR
from .types.phone_list_item import LIST_OF_PHONE_LIST_ITEM_CODEC
from .types.phone_list_preferences import PHONE_LIST_PREFERENCES_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

SEARCH = Operation(
    "Search",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/PhoneList/Search",
    params=(Param("search_string", "SearchString", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PHONE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/PhoneList/Search",
)
"""Searching the phone list."""

SEARCH_WITH_PREFERENCES = Operation(
    "SearchWithPreferences",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/PhoneList/SearchWithPreferences",
    params=(
        Param("search_string", "SearchString", STR, nillable=True),
        Param("preferences", "Preferences", PHONE_LIST_PREFERENCES_CODEC, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_PHONE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/PhoneList/SearchWithPreferences",
)
"""Searching the phone list."""

GET_DEPARTMENT_PHONES = Operation(
    "GetDepartmentPhones",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/PhoneList/GetDepartmentPhones",
    params=(Param("department_id", "DepartmentId", INT),),
    results=(Param("response", "Response", LIST_OF_PHONE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/PhoneList/GetDepartmentPhones",
)
"""Returns an array of phone list items with the in-parameter as restriction."""

GET_FAVORITES_PHONES = Operation(
    "GetFavoritesPhones",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/PhoneList/GetFavoritesPhones",
    results=(Param("response", "Response", LIST_OF_PHONE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/PhoneList/GetFavoritesPhones",
)
"""Returns an array of phone list items with the Contacts in the users favorites dropdown list."""

GET_CONTACT_PHONES = Operation(
    "GetContactPhones",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/PhoneList/GetContactPhones",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", LIST_OF_PHONE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/PhoneList/GetContactPhones",
)
"""Returns an array of phone list items for all the persons belonging to a contact (company)."""

ADD_TO_FAVORITES = Operation(
    "AddToFavorites",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/PhoneList/AddToFavorites",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/PhoneList/AddToFavorites",
)
"""Adds a new contact to the history/favorites."""

GET_PREFERENCES = Operation(
    "GetPreferences",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/PhoneList/GetPreferences",
    results=(Param("response", "Response", PHONE_LIST_PREFERENCES_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/PhoneList/GetPreferences",
)
"""Getting Phone List Preferences from the CRM 5 user preferences"""

SET_PREFERENCES = Operation(
    "SetPreferences",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/PhoneList/SetPreferences",
    params=(Param("preferences", "Preferences", PHONE_LIST_PREFERENCES_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/PhoneList/SetPreferences",
)
"""Setting Phone List Preferences to the CRM 5 user preferences"""

OPERATIONS: dict[str, Operation] = {
    "Search": SEARCH,
    "SearchWithPreferences": SEARCH_WITH_PREFERENCES,
    "GetDepartmentPhones": GET_DEPARTMENT_PHONES,
    "GetFavoritesPhones": GET_FAVORITES_PHONES,
    "GetContactPhones": GET_CONTACT_PHONES,
    "AddToFavorites": ADD_TO_FAVORITES,
    "GetPreferences": GET_PREFERENCES,
    "SetPreferences": SET_PREFERENCES,
}
