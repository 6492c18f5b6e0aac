"""Services88 Favourite agent (``Remote/Services88/Favourite.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, INT, Operation, Param, STR
from .types.archive_restriction_info import LIST_OF_ARCHIVE_RESTRICTION_INFO_CODEC
from .types.favourite import LIST_OF_FAVOURITE_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

IS_FAVOURITE = Operation(
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
"""Checks if a record in a table is a favourite for an associate"""

ADD_FAVOURITE = Operation(
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
"""Add a record in a table as a favourite for an associate"""

ADD_FAVOURITES = Operation(
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
"""Add a list of record ids as favourites for an associate"""

ADD_TICKETS_TO_FAVOURITES_BY_PROVIDER = Operation(
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
"""Add a list of tickets as favourites that are given by the ticket provider."""

REMOVE_FAVOURITES = Operation(
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
"""Remove a list of record ids from favourites for an associate"""

REMOVE_TICKETS_FROM_FAVOURITES_BY_PROVIDER = Operation(
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
"""Remove a list of tickets from favourites that are given by the ticket provider."""

GET_FAVOURITES = Operation(
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
"""Get all favourites for a table and associate"""

REMOVE_FAVOURITE = Operation(
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
"""Remove favourite for a table, record id and associate"""

REMOVE_ALL_FAVOURITES = Operation(
    "RemoveAllFavourites",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Favourite/RemoveAllFavourites",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("associate_id", "AssociateId", INT),
    ),
    rest_path="/api/v1/Agents/Favourite/RemoveAllFavourites",
)
"""Remove all favourites for a table and associate"""

TOGGLE_FAVOURITE = Operation(
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
"""Toggle a record in a table as a favourite for an associate"""

REMOVE_FAVOURITES_BY_ID = Operation(
    "RemoveFavouritesById",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Favourite/RemoveFavouritesById",
    params=(Param("favourite_ids", "FavouriteIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Favourite/RemoveFavouritesById",
)
"""Remove favourite using favourite id"""

OPERATIONS: dict[str, Operation] = {
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
