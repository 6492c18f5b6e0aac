"""Services88 Relation agent (``Remote/Services88/Relation.svc``).

``RelationAgent`` and ``AsyncRelationAgent`` call it over SOAP, ``RelationRestAgent`` and
``AsyncRelationRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import INT, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.contact_relation_entity import CONTACT_RELATION_ENTITY_CODEC, ContactRelationEntity

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_CONTACT_RELATION_ENTITY: Operation[ContactRelationEntity | None] = Operation(
    "CreateDefaultContactRelationEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Relation/CreateDefaultContactRelationEntity",
    results=(Param("response", "Response", CONTACT_RELATION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Relation/CreateDefaultContactRelationEntity",
    rest_select=False,
)

GET_CONTACT_RELATION_ENTITY: Operation[ContactRelationEntity | None] = Operation(
    "GetContactRelationEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Relation/GetContactRelationEntity",
    params=(
        Param(
            "contact_relation_entity_id",
            "ContactRelationEntityId",
            INT,
            query="contactRelationEntityId",
        ),
    ),
    results=(Param("response", "Response", CONTACT_RELATION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Relation/GetContactRelationEntity",
)

SAVE_CONTACT_RELATION: Operation[ContactRelationEntity | None] = Operation(
    "SaveContactRelation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Relation/SaveContactRelation",
    params=(
        Param(
            "contact_relation_entity",
            "ContactRelationEntity",
            CONTACT_RELATION_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", CONTACT_RELATION_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Relation/SaveContactRelation",
)

DELETE_CONTACT_RELATION: Operation[None] = Operation(
    "DeleteContactRelation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Relation/DeleteContactRelation",
    params=(Param("contact_relation_entity_id", "ContactRelationEntityId", INT),),
    rest_path="/api/v1/Agents/Relation/DeleteContactRelation",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateDefaultContactRelationEntity": CREATE_DEFAULT_CONTACT_RELATION_ENTITY,
    "GetContactRelationEntity": GET_CONTACT_RELATION_ENTITY,
    "SaveContactRelation": SAVE_CONTACT_RELATION,
    "DeleteContactRelation": DELETE_CONTACT_RELATION,
}


class RelationMethods(SyncCalls):
    """The Relation operations, called synchronously (SOAP or REST)."""

    def create_default_contact_relation_entity(self) -> ContactRelationEntity | None:
        """Loading default values into a new ContactRelationEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_CONTACT_RELATION_ENTITY, ())

    def get_contact_relation_entity(
        self, *, contact_relation_entity_id: int | Unset = UNSET
    ) -> ContactRelationEntity | None:
        """Gets a ContactRelationEntity object.

        Returns:
            The result.
        """
        return self._call(GET_CONTACT_RELATION_ENTITY, (contact_relation_entity_id,))

    def save_contact_relation(
        self, *, contact_relation_entity: ContactRelationEntity | None | Unset = UNSET
    ) -> ContactRelationEntity | None:
        """Creates a new or updates an existing contact relation.

        Returns:
            The result.
        """
        return self._call(SAVE_CONTACT_RELATION, (contact_relation_entity,))

    def delete_contact_relation(self, *, contact_relation_entity_id: int | Unset = UNSET) -> None:
        """Deletes the spesified contact relation."""
        return self._call(DELETE_CONTACT_RELATION, (contact_relation_entity_id,))


class AsyncRelationMethods(AsyncCalls):
    """The Relation operations, called asynchronously (SOAP or REST)."""

    async def create_default_contact_relation_entity(self) -> ContactRelationEntity | None:
        """Loading default values into a new ContactRelationEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_CONTACT_RELATION_ENTITY, ())

    async def get_contact_relation_entity(
        self, *, contact_relation_entity_id: int | Unset = UNSET
    ) -> ContactRelationEntity | None:
        """Gets a ContactRelationEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_CONTACT_RELATION_ENTITY, (contact_relation_entity_id,))

    async def save_contact_relation(
        self, *, contact_relation_entity: ContactRelationEntity | None | Unset = UNSET
    ) -> ContactRelationEntity | None:
        """Creates a new or updates an existing contact relation.

        Returns:
            The result.
        """
        return await self._call(SAVE_CONTACT_RELATION, (contact_relation_entity,))

    async def delete_contact_relation(
        self, *, contact_relation_entity_id: int | Unset = UNSET
    ) -> None:
        """Deletes the spesified contact relation."""
        return await self._call(DELETE_CONTACT_RELATION, (contact_relation_entity_id,))


class RelationAgent(RelationMethods, SoapCaller):
    """Relation over SOAP 1.1 (``Remote/Services88/Relation.svc``), synchronous."""

    _PATH = "Remote/Services88/Relation.svc"
    _HEADERS = HEADERS


class AsyncRelationAgent(AsyncRelationMethods, AsyncSoapCaller):
    """Relation over SOAP 1.1 (``Remote/Services88/Relation.svc``), asynchronous."""

    _PATH = "Remote/Services88/Relation.svc"
    _HEADERS = HEADERS


class RelationRestAgent(RelationMethods, RestCaller):
    """Relation over REST (``/api/v1/Agents/Relation/...``), synchronous."""


class AsyncRelationRestAgent(AsyncRelationMethods, AsyncRestCaller):
    """Relation over REST (``/api/v1/Agents/Relation/...``), asynchronous."""
