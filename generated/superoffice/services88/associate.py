"""Services88 Associate agent (``Remote/Services88/Associate.svc``).

``AssociateAgent`` and ``AsyncAssociateAgent`` call it over SOAP, ``AssociateRestAgent`` and
``AsyncAssociateRestAgent`` over REST; all four share the same typed methods and
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
from .types.associate import ASSOCIATE_CODEC, LIST_OF_ASSOCIATE_CODEC, Associate
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_ASSOCIATE: Operation[Associate | None] = Operation(
    "GetAssociate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Associate/GetAssociate",
    params=(Param("associate_id", "AssociateId", INT, query="associateId"),),
    results=(Param("response", "Response", ASSOCIATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Associate/GetAssociate",
)

GET_ASSOCIATE_BY_PERSON_ID: Operation[Associate | None] = Operation(
    "GetAssociateByPersonId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Associate/GetAssociateByPersonId",
    params=(Param("person_id", "PersonId", INT),),
    results=(Param("response", "Response", ASSOCIATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Associate/GetAssociateByPersonId",
)

GET_NOTE: Operation[list[str | None] | None] = Operation(
    "GetNote",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Associate/GetNote",
    params=(Param("associate_id", "AssociateId", INT),),
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Associate/GetNote",
)

SAVE_NOTE: Operation[None] = Operation(
    "SaveNote",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Associate/SaveNote",
    params=(
        Param("associate_id", "AssociateId", INT),
        Param("note", "Note", LIST_OF_STR_CODEC, nillable=True),
    ),
    rest_path="/api/v1/Agents/Associate/SaveNote",
)

GET_ENCRYPTION_KEY: Operation[str | None] = Operation(
    "GetEncryptionKey",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Associate/GetEncryptionKey",
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/Associate/GetEncryptionKey",
)

GET_ASSOCIATE_LIST: Operation[list[Associate | None] | None] = Operation(
    "GetAssociateList",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Associate/GetAssociateList",
    params=(Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_ASSOCIATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Associate/GetAssociateList",
    rest_body="associate_ids",
)

GET_ASSOCIATES_BY_GROUP: Operation[list[Associate | None] | None] = Operation(
    "GetAssociatesByGroup",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Associate/GetAssociatesByGroup",
    params=(
        Param("group_id", "GroupId", INT),
        Param("type", "Type", INT),
    ),
    results=(Param("response", "Response", LIST_OF_ASSOCIATE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Associate/GetAssociatesByGroup",
)

LOG_OFF_WINDOWS_USERS: Operation[None] = Operation(
    "LogOffWindowsUsers",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Associate/LogOffWindowsUsers",
    params=(Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Associate/LogOffWindowsUsers",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "GetAssociate": GET_ASSOCIATE,
    "GetAssociateByPersonId": GET_ASSOCIATE_BY_PERSON_ID,
    "GetNote": GET_NOTE,
    "SaveNote": SAVE_NOTE,
    "GetEncryptionKey": GET_ENCRYPTION_KEY,
    "GetAssociateList": GET_ASSOCIATE_LIST,
    "GetAssociatesByGroup": GET_ASSOCIATES_BY_GROUP,
    "LogOffWindowsUsers": LOG_OFF_WINDOWS_USERS,
}


class AssociateMethods(SyncCalls):
    """The Associate operations, called synchronously (SOAP or REST)."""

    def get_associate(self, *, associate_id: int | Unset = UNSET) -> Associate | None:
        """Gets a Associate object.

        Returns:
            The result.
        """
        return self._call(GET_ASSOCIATE, (associate_id,))

    def get_associate_by_person_id(self, *, person_id: int | Unset = UNSET) -> Associate | None:
        """Returns the associate that belongs to this person if the person is an associate.

        Returns:
            The result.
        """
        return self._call(GET_ASSOCIATE_BY_PERSON_ID, (person_id,))

    def get_note(self, *, associate_id: int | Unset = UNSET) -> list[str | None] | None:
        """Returns an array of strings(notepad pages).

        Returns:
            The result.
        """
        return self._call(GET_NOTE, (associate_id,))

    def save_note(
        self, *, associate_id: int | Unset = UNSET, note: list[str | None] | None | Unset = UNSET
    ) -> None:
        """Saves an array of strings(notepad pages)."""
        return self._call(SAVE_NOTE, (associate_id, note))

    def get_encryption_key(self) -> str | None:
        """Get unique key made from AssociateId and dbTag used for local storage encryption
        operations.

        Returns:
            The result.
        """
        return self._call(GET_ENCRYPTION_KEY, ())

    def get_associate_list(
        self, *, associate_ids: list[int] | None | Unset = UNSET
    ) -> list[Associate | None] | None:
        """Gets an array of Associate objects.

        Returns:
            The result.
        """
        return self._call(GET_ASSOCIATE_LIST, (associate_ids,))

    def get_associates_by_group(
        self, *, group_id: int | Unset = UNSET, type: int | Unset = UNSET
    ) -> list[Associate | None] | None:
        """Method that returns a array of associate , based on DiaryGroupType and groupId.

        Returns:
            The result.
        """
        return self._call(GET_ASSOCIATES_BY_GROUP, (group_id, type))

    def log_off_windows_users(self, *, associate_ids: list[int] | None | Unset = UNSET) -> None:
        """Method that logs off associates that are logged on to the win client"""
        return self._call(LOG_OFF_WINDOWS_USERS, (associate_ids,))


class AsyncAssociateMethods(AsyncCalls):
    """The Associate operations, called asynchronously (SOAP or REST)."""

    async def get_associate(self, *, associate_id: int | Unset = UNSET) -> Associate | None:
        """Gets a Associate object.

        Returns:
            The result.
        """
        return await self._call(GET_ASSOCIATE, (associate_id,))

    async def get_associate_by_person_id(
        self, *, person_id: int | Unset = UNSET
    ) -> Associate | None:
        """Returns the associate that belongs to this person if the person is an associate.

        Returns:
            The result.
        """
        return await self._call(GET_ASSOCIATE_BY_PERSON_ID, (person_id,))

    async def get_note(self, *, associate_id: int | Unset = UNSET) -> list[str | None] | None:
        """Returns an array of strings(notepad pages).

        Returns:
            The result.
        """
        return await self._call(GET_NOTE, (associate_id,))

    async def save_note(
        self, *, associate_id: int | Unset = UNSET, note: list[str | None] | None | Unset = UNSET
    ) -> None:
        """Saves an array of strings(notepad pages)."""
        return await self._call(SAVE_NOTE, (associate_id, note))

    async def get_encryption_key(self) -> str | None:
        """Get unique key made from AssociateId and dbTag used for local storage encryption
        operations.

        Returns:
            The result.
        """
        return await self._call(GET_ENCRYPTION_KEY, ())

    async def get_associate_list(
        self, *, associate_ids: list[int] | None | Unset = UNSET
    ) -> list[Associate | None] | None:
        """Gets an array of Associate objects.

        Returns:
            The result.
        """
        return await self._call(GET_ASSOCIATE_LIST, (associate_ids,))

    async def get_associates_by_group(
        self, *, group_id: int | Unset = UNSET, type: int | Unset = UNSET
    ) -> list[Associate | None] | None:
        """Method that returns a array of associate , based on DiaryGroupType and groupId.

        Returns:
            The result.
        """
        return await self._call(GET_ASSOCIATES_BY_GROUP, (group_id, type))

    async def log_off_windows_users(
        self, *, associate_ids: list[int] | None | Unset = UNSET
    ) -> None:
        """Method that logs off associates that are logged on to the win client"""
        return await self._call(LOG_OFF_WINDOWS_USERS, (associate_ids,))


class AssociateAgent(AssociateMethods, SoapCaller):
    """Associate over SOAP 1.1 (``Remote/Services88/Associate.svc``), synchronous."""

    _PATH = "Remote/Services88/Associate.svc"
    _HEADERS = HEADERS


class AsyncAssociateAgent(AsyncAssociateMethods, AsyncSoapCaller):
    """Associate over SOAP 1.1 (``Remote/Services88/Associate.svc``), asynchronous."""

    _PATH = "Remote/Services88/Associate.svc"
    _HEADERS = HEADERS


class AssociateRestAgent(AssociateMethods, RestCaller):
    """Associate over REST (``/api/v1/Agents/Associate/...``), synchronous."""


class AsyncAssociateRestAgent(AsyncAssociateMethods, AsyncRestCaller):
    """Associate over REST (``/api/v1/Agents/Associate/...``), asynchronous."""
