"""Services88 Favourite agent (``Remote/Services88/Favourite.svc``).

``FavouriteAgent`` and ``AsyncFavouriteAgent`` call it over SOAP, ``FavouriteRestAgent`` and
``AsyncFavouriteRestAgent`` over REST; all four share the same typed methods and
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
from .types.archive_restriction_info import (
    LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC,
    ArchiveRestrictionInfo,
)
from .types.favourite import LIST_OF_FAVOURITE_CODEC, Favourite
from .types.list_of_int import LIST_OF_INT_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

IS_FAVOURITE: Operation[bool | None] = Operation(
    "IsFavourite",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Favourite/IsFavourite",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("record_id", "RecordId", INT),
        Param("associate_id", "AssociateId", INT),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Favourite/IsFavourite",
)

ADD_FAVOURITE: Operation[None] = Operation(
    "AddFavourite",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Favourite/AddFavourite",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("record_id", "RecordId", INT),
        Param("associate_id", "AssociateId", INT),
        Param("extra_info", "ExtraInfo", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Favourite/AddFavourite",
)

ADD_FAVOURITES: Operation[None] = Operation(
    "AddFavourites",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Favourite/AddFavourites",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("record_ids", "RecordIds", LIST_OF_INT_CODEC, nillable=True),
        Param("associate_id", "AssociateId", INT),
        Param("extra_info", "ExtraInfo", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Favourite/AddFavourites",
)

ADD_TICKETS_TO_FAVOURITES_BY_PROVIDER: Operation[None] = Operation(
    "AddTicketsToFavouritesByProvider",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Favourite/AddTicketsToFavouritesByProvider",
    params=(
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param(
            "restrictions", "Restrictions", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True
        ),
        Param("associate_id", "AssociateId", INT),
        Param("extra_info", "ExtraInfo", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Favourite/AddTicketsToFavouritesByProvider",
)

REMOVE_FAVOURITES: Operation[None] = Operation(
    "RemoveFavourites",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Favourite/RemoveFavourites",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("record_ids", "RecordIds", LIST_OF_INT_CODEC, nillable=True),
        Param("associate_id", "AssociateId", INT),
    ),
    rest_path="/api/v1/Agents/Favourite/RemoveFavourites",
)

REMOVE_TICKETS_FROM_FAVOURITES_BY_PROVIDER: Operation[None] = Operation(
    "RemoveTicketsFromFavouritesByProvider",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Favourite/RemoveTicketsFromFavouritesByProvider",
    params=(
        Param("provider_name", "ProviderName", STR, nillable=True),
        Param(
            "restrictions", "Restrictions", LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC, nillable=True
        ),
        Param("associate_id", "AssociateId", INT),
    ),
    rest_path="/api/v1/Agents/Favourite/RemoveTicketsFromFavouritesByProvider",
)

GET_FAVOURITES: Operation[list[Favourite | None] | None] = Operation(
    "GetFavourites",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Favourite/GetFavourites",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("associate_id", "AssociateId", INT),
    ),
    results=(Param("response", "Response", LIST_OF_FAVOURITE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Favourite/GetFavourites",
)

REMOVE_FAVOURITE: Operation[None] = Operation(
    "RemoveFavourite",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Favourite/RemoveFavourite",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("record_id", "RecordId", INT),
        Param("associate_id", "AssociateId", INT),
    ),
    rest_path="/api/v1/Agents/Favourite/RemoveFavourite",
)

REMOVE_ALL_FAVOURITES: Operation[None] = Operation(
    "RemoveAllFavourites",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Favourite/RemoveAllFavourites",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("associate_id", "AssociateId", INT),
    ),
    rest_path="/api/v1/Agents/Favourite/RemoveAllFavourites",
)

TOGGLE_FAVOURITE: Operation[bool | None] = Operation(
    "ToggleFavourite",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Favourite/ToggleFavourite",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("record_id", "RecordId", INT),
        Param("associate_id", "AssociateId", INT),
        Param("extra_info", "ExtraInfo", STR, nillable=True),
    ),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Favourite/ToggleFavourite",
)

REMOVE_FAVOURITES_BY_ID: Operation[None] = Operation(
    "RemoveFavouritesById",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Favourite/RemoveFavouritesById",
    params=(Param("favourite_ids", "FavouriteIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Favourite/RemoveFavouritesById",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "IsFavourite": IS_FAVOURITE,
    "AddFavourite": ADD_FAVOURITE,
    "AddFavourites": ADD_FAVOURITES,
    "AddTicketsToFavouritesByProvider": ADD_TICKETS_TO_FAVOURITES_BY_PROVIDER,
    "RemoveFavourites": REMOVE_FAVOURITES,
    "RemoveTicketsFromFavouritesByProvider": REMOVE_TICKETS_FROM_FAVOURITES_BY_PROVIDER,
    "GetFavourites": GET_FAVOURITES,
    "RemoveFavourite": REMOVE_FAVOURITE,
    "RemoveAllFavourites": REMOVE_ALL_FAVOURITES,
    "ToggleFavourite": TOGGLE_FAVOURITE,
    "RemoveFavouritesById": REMOVE_FAVOURITES_BY_ID,
}


class FavouriteMethods(SyncCalls):
    """The Favourite operations, called synchronously (SOAP or REST)."""

    def is_favourite(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> bool | None:
        """Checks if a record in a table is a favourite for an associate

        Returns:
            The result.
        """
        return self._call(IS_FAVOURITE, (table_name, record_id, associate_id))

    def add_favourite(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        extra_info: str | None | Unset = UNSET,
    ) -> None:
        """Add a record in a table as a favourite for an associate"""
        return self._call(ADD_FAVOURITE, (table_name, record_id, associate_id, extra_info))

    def add_favourites(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        record_ids: list[int] | None | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        extra_info: str | None | Unset = UNSET,
    ) -> None:
        """Add a list of record ids as favourites for an associate"""
        return self._call(ADD_FAVOURITES, (table_name, record_ids, associate_id, extra_info))

    def add_tickets_to_favourites_by_provider(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        extra_info: str | None | Unset = UNSET,
    ) -> None:
        """Add a list of tickets as favourites that are given by the ticket provider."""
        return self._call(
            ADD_TICKETS_TO_FAVOURITES_BY_PROVIDER,
            (provider_name, restrictions, associate_id, extra_info),
        )

    def remove_favourites(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        record_ids: list[int] | None | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> None:
        """Remove a list of record ids from favourites for an associate"""
        return self._call(REMOVE_FAVOURITES, (table_name, record_ids, associate_id))

    def remove_tickets_from_favourites_by_provider(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> None:
        """Remove a list of tickets from favourites that are given by the ticket provider."""
        return self._call(
            REMOVE_TICKETS_FROM_FAVOURITES_BY_PROVIDER, (provider_name, restrictions, associate_id)
        )

    def get_favourites(
        self, *, table_name: str | None | Unset = UNSET, associate_id: int | Unset = UNSET
    ) -> list[Favourite | None] | None:
        """Get all favourites for a table and associate

        Returns:
            The result.
        """
        return self._call(GET_FAVOURITES, (table_name, associate_id))

    def remove_favourite(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> None:
        """Remove favourite for a table, record id and associate"""
        return self._call(REMOVE_FAVOURITE, (table_name, record_id, associate_id))

    def remove_all_favourites(
        self, *, table_name: str | None | Unset = UNSET, associate_id: int | Unset = UNSET
    ) -> None:
        """Remove all favourites for a table and associate"""
        return self._call(REMOVE_ALL_FAVOURITES, (table_name, associate_id))

    def toggle_favourite(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        extra_info: str | None | Unset = UNSET,
    ) -> bool | None:
        """Toggle a record in a table as a favourite for an associate

        Returns:
            The result.
        """
        return self._call(TOGGLE_FAVOURITE, (table_name, record_id, associate_id, extra_info))

    def remove_favourites_by_id(self, *, favourite_ids: list[int] | None | Unset = UNSET) -> None:
        """Remove favourite using favourite id"""
        return self._call(REMOVE_FAVOURITES_BY_ID, (favourite_ids,))


class AsyncFavouriteMethods(AsyncCalls):
    """The Favourite operations, called asynchronously (SOAP or REST)."""

    async def is_favourite(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> bool | None:
        """Checks if a record in a table is a favourite for an associate

        Returns:
            The result.
        """
        return await self._call(IS_FAVOURITE, (table_name, record_id, associate_id))

    async def add_favourite(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        extra_info: str | None | Unset = UNSET,
    ) -> None:
        """Add a record in a table as a favourite for an associate"""
        return await self._call(ADD_FAVOURITE, (table_name, record_id, associate_id, extra_info))

    async def add_favourites(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        record_ids: list[int] | None | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        extra_info: str | None | Unset = UNSET,
    ) -> None:
        """Add a list of record ids as favourites for an associate"""
        return await self._call(ADD_FAVOURITES, (table_name, record_ids, associate_id, extra_info))

    async def add_tickets_to_favourites_by_provider(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        extra_info: str | None | Unset = UNSET,
    ) -> None:
        """Add a list of tickets as favourites that are given by the ticket provider."""
        return await self._call(
            ADD_TICKETS_TO_FAVOURITES_BY_PROVIDER,
            (provider_name, restrictions, associate_id, extra_info),
        )

    async def remove_favourites(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        record_ids: list[int] | None | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> None:
        """Remove a list of record ids from favourites for an associate"""
        return await self._call(REMOVE_FAVOURITES, (table_name, record_ids, associate_id))

    async def remove_tickets_from_favourites_by_provider(
        self,
        *,
        provider_name: str | None | Unset = UNSET,
        restrictions: list[ArchiveRestrictionInfo | None] | None | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> None:
        """Remove a list of tickets from favourites that are given by the ticket provider."""
        return await self._call(
            REMOVE_TICKETS_FROM_FAVOURITES_BY_PROVIDER, (provider_name, restrictions, associate_id)
        )

    async def get_favourites(
        self, *, table_name: str | None | Unset = UNSET, associate_id: int | Unset = UNSET
    ) -> list[Favourite | None] | None:
        """Get all favourites for a table and associate

        Returns:
            The result.
        """
        return await self._call(GET_FAVOURITES, (table_name, associate_id))

    async def remove_favourite(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
        associate_id: int | Unset = UNSET,
    ) -> None:
        """Remove favourite for a table, record id and associate"""
        return await self._call(REMOVE_FAVOURITE, (table_name, record_id, associate_id))

    async def remove_all_favourites(
        self, *, table_name: str | None | Unset = UNSET, associate_id: int | Unset = UNSET
    ) -> None:
        """Remove all favourites for a table and associate"""
        return await self._call(REMOVE_ALL_FAVOURITES, (table_name, associate_id))

    async def toggle_favourite(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        record_id: int | Unset = UNSET,
        associate_id: int | Unset = UNSET,
        extra_info: str | None | Unset = UNSET,
    ) -> bool | None:
        """Toggle a record in a table as a favourite for an associate

        Returns:
            The result.
        """
        return await self._call(
            TOGGLE_FAVOURITE, (table_name, record_id, associate_id, extra_info)
        )

    async def remove_favourites_by_id(
        self, *, favourite_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Remove favourite using favourite id"""
        return await self._call(REMOVE_FAVOURITES_BY_ID, (favourite_ids,))


class FavouriteAgent(FavouriteMethods, SoapCaller):
    """Favourite over SOAP 1.1 (``Remote/Services88/Favourite.svc``), synchronous."""

    _PATH = "Remote/Services88/Favourite.svc"
    _HEADERS = HEADERS


class AsyncFavouriteAgent(AsyncFavouriteMethods, AsyncSoapCaller):
    """Favourite over SOAP 1.1 (``Remote/Services88/Favourite.svc``), asynchronous."""

    _PATH = "Remote/Services88/Favourite.svc"
    _HEADERS = HEADERS


class FavouriteRestAgent(FavouriteMethods, RestCaller):
    """Favourite over REST (``/api/v1/Agents/Favourite/...``), synchronous."""


class AsyncFavouriteRestAgent(AsyncFavouriteMethods, AsyncRestCaller):
    """Favourite over REST (``/api/v1/Agents/Favourite/...``), asynchronous."""
