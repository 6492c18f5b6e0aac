"""Services88 PhoneList agent (``Remote/Services88/PhoneList.svc``).

``PhoneListAgent`` and ``AsyncPhoneListAgent`` call it over SOAP, ``PhoneListRestAgent`` and
``AsyncPhoneListRestAgent`` over REST; all four share the same typed methods and
dataclasses.
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
from .types.phone_list_item import LIST_OF_PHONE_LIST_ITEM_CODEC, PhoneListItem
from .types.phone_list_preferences import PHONE_LIST_PREFERENCES_CODEC, PhoneListPreferences

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

SEARCH: Operation[list[PhoneListItem | None] | None] = Operation(
    "Search",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/PhoneList/Search",
    params=(Param("search_string", "SearchString", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_PHONE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/PhoneList/Search",
)

SEARCH_WITH_PREFERENCES: Operation[list[PhoneListItem | None] | None] = Operation(
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

GET_DEPARTMENT_PHONES: Operation[list[PhoneListItem | None] | None] = Operation(
    "GetDepartmentPhones",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/PhoneList/GetDepartmentPhones",
    params=(Param("department_id", "DepartmentId", INT),),
    results=(Param("response", "Response", LIST_OF_PHONE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/PhoneList/GetDepartmentPhones",
)

GET_FAVORITES_PHONES: Operation[list[PhoneListItem | None] | None] = Operation(
    "GetFavoritesPhones",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/PhoneList/GetFavoritesPhones",
    results=(Param("response", "Response", LIST_OF_PHONE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/PhoneList/GetFavoritesPhones",
)

GET_CONTACT_PHONES: Operation[list[PhoneListItem | None] | None] = Operation(
    "GetContactPhones",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/PhoneList/GetContactPhones",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", LIST_OF_PHONE_LIST_ITEM_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/PhoneList/GetContactPhones",
)

ADD_TO_FAVORITES: Operation[int | None] = Operation(
    "AddToFavorites",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/PhoneList/AddToFavorites",
    params=(Param("contact_id", "ContactId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/PhoneList/AddToFavorites",
)

GET_PREFERENCES: Operation[PhoneListPreferences | None] = Operation(
    "GetPreferences",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/PhoneList/GetPreferences",
    results=(Param("response", "Response", PHONE_LIST_PREFERENCES_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/PhoneList/GetPreferences",
)

SET_PREFERENCES: Operation[None] = Operation(
    "SetPreferences",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/PhoneList/SetPreferences",
    params=(Param("preferences", "Preferences", PHONE_LIST_PREFERENCES_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/PhoneList/SetPreferences",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "Search": SEARCH,
    "SearchWithPreferences": SEARCH_WITH_PREFERENCES,
    "GetDepartmentPhones": GET_DEPARTMENT_PHONES,
    "GetFavoritesPhones": GET_FAVORITES_PHONES,
    "GetContactPhones": GET_CONTACT_PHONES,
    "AddToFavorites": ADD_TO_FAVORITES,
    "GetPreferences": GET_PREFERENCES,
    "SetPreferences": SET_PREFERENCES,
}


class PhoneListMethods(SyncCalls):
    """The PhoneList operations, called synchronously (SOAP or REST)."""

    def search(
        self, *, search_string: str | None | Unset = UNSET
    ) -> list[PhoneListItem | None] | None:
        """Searching the phone list.

        Returns:
            The result.
        """
        return self._call(SEARCH, (search_string,))

    def search_with_preferences(
        self,
        *,
        search_string: str | None | Unset = UNSET,
        preferences: PhoneListPreferences | None | Unset = UNSET,
    ) -> list[PhoneListItem | None] | None:
        """Searching the phone list.

        Returns:
            The result.
        """
        return self._call(SEARCH_WITH_PREFERENCES, (search_string, preferences))

    def get_department_phones(
        self, *, department_id: int | Unset = UNSET
    ) -> list[PhoneListItem | None] | None:
        """Returns an array of phone list items with the in-parameter as restriction.

        Returns:
            The result.
        """
        return self._call(GET_DEPARTMENT_PHONES, (department_id,))

    def get_favorites_phones(self) -> list[PhoneListItem | None] | None:
        """Returns an array of phone list items with the Contacts in the users favorites
        dropdown list.

        Returns:
            The result.
        """
        return self._call(GET_FAVORITES_PHONES, ())

    def get_contact_phones(
        self, *, contact_id: int | Unset = UNSET
    ) -> list[PhoneListItem | None] | None:
        """Returns an array of phone list items for all the persons belonging to a contact
        (company).

        Returns:
            The result.
        """
        return self._call(GET_CONTACT_PHONES, (contact_id,))

    def add_to_favorites(self, *, contact_id: int | Unset = UNSET) -> int | None:
        """Adds a new contact to the history/favorites.

        Returns:
            The result.
        """
        return self._call(ADD_TO_FAVORITES, (contact_id,))

    def get_preferences(self) -> PhoneListPreferences | None:
        """Getting Phone List Preferences from the CRM 5 user preferences

        Returns:
            The result.
        """
        return self._call(GET_PREFERENCES, ())

    def set_preferences(self, *, preferences: PhoneListPreferences | None | Unset = UNSET) -> None:
        """Setting Phone List Preferences to the CRM 5 user preferences"""
        return self._call(SET_PREFERENCES, (preferences,))


class AsyncPhoneListMethods(AsyncCalls):
    """The PhoneList operations, called asynchronously (SOAP or REST)."""

    async def search(
        self, *, search_string: str | None | Unset = UNSET
    ) -> list[PhoneListItem | None] | None:
        """Searching the phone list.

        Returns:
            The result.
        """
        return await self._call(SEARCH, (search_string,))

    async def search_with_preferences(
        self,
        *,
        search_string: str | None | Unset = UNSET,
        preferences: PhoneListPreferences | None | Unset = UNSET,
    ) -> list[PhoneListItem | None] | None:
        """Searching the phone list.

        Returns:
            The result.
        """
        return await self._call(SEARCH_WITH_PREFERENCES, (search_string, preferences))

    async def get_department_phones(
        self, *, department_id: int | Unset = UNSET
    ) -> list[PhoneListItem | None] | None:
        """Returns an array of phone list items with the in-parameter as restriction.

        Returns:
            The result.
        """
        return await self._call(GET_DEPARTMENT_PHONES, (department_id,))

    async def get_favorites_phones(self) -> list[PhoneListItem | None] | None:
        """Returns an array of phone list items with the Contacts in the users favorites
        dropdown list.

        Returns:
            The result.
        """
        return await self._call(GET_FAVORITES_PHONES, ())

    async def get_contact_phones(
        self, *, contact_id: int | Unset = UNSET
    ) -> list[PhoneListItem | None] | None:
        """Returns an array of phone list items for all the persons belonging to a contact
        (company).

        Returns:
            The result.
        """
        return await self._call(GET_CONTACT_PHONES, (contact_id,))

    async def add_to_favorites(self, *, contact_id: int | Unset = UNSET) -> int | None:
        """Adds a new contact to the history/favorites.

        Returns:
            The result.
        """
        return await self._call(ADD_TO_FAVORITES, (contact_id,))

    async def get_preferences(self) -> PhoneListPreferences | None:
        """Getting Phone List Preferences from the CRM 5 user preferences

        Returns:
            The result.
        """
        return await self._call(GET_PREFERENCES, ())

    async def set_preferences(
        self, *, preferences: PhoneListPreferences | None | Unset = UNSET
    ) -> None:
        """Setting Phone List Preferences to the CRM 5 user preferences"""
        return await self._call(SET_PREFERENCES, (preferences,))


class PhoneListAgent(PhoneListMethods, SoapCaller):
    """PhoneList over SOAP 1.1 (``Remote/Services88/PhoneList.svc``), synchronous."""

    _PATH = "Remote/Services88/PhoneList.svc"
    _HEADERS = HEADERS


class AsyncPhoneListAgent(AsyncPhoneListMethods, AsyncSoapCaller):
    """PhoneList over SOAP 1.1 (``Remote/Services88/PhoneList.svc``), asynchronous."""

    _PATH = "Remote/Services88/PhoneList.svc"
    _HEADERS = HEADERS


class PhoneListRestAgent(PhoneListMethods, RestCaller):
    """PhoneList over REST (``/api/v1/Agents/PhoneList/...``), synchronous."""


class AsyncPhoneListRestAgent(AsyncPhoneListMethods, AsyncRestCaller):
    """PhoneList over REST (``/api/v1/Agents/PhoneList/...``), asynchronous."""
