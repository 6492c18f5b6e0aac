"""Services88 Resource agent (``Remote/Services88/Resource.svc``).

``ResourceAgent`` and ``AsyncResourceAgent`` call it over SOAP, ``ResourceRestAgent`` and
``AsyncResourceRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import BOOL, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.resource_override import LIST_OF_RESOURCE_OVERRIDE_CODEC, ResourceOverride

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

SET_RESOURCE_SUBSTITUTION: Operation[None] = Operation(
    "SetResourceSubstitution",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Resource/SetResourceSubstitution",
    params=(
        Param("resource_name", "ResourceName", STR, nillable=True),
        Param("resource_values", "ResourceValues", STR, nillable=True),
        Param("culture", "Culture", STR, nillable=True),
        Param("is_active", "IsActive", BOOL),
    ),
    rest_path="/api/v1/Agents/Resource/SetResourceSubstitution",
)

DELETE_RESOURCE_SUBSTITUTION: Operation[None] = Operation(
    "DeleteResourceSubstitution",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Resource/DeleteResourceSubstitution",
    params=(
        Param("resource_name", "ResourceName", STR, nillable=True),
        Param("culture", "Culture", STR, nillable=True),
    ),
    rest_path="/api/v1/Agents/Resource/DeleteResourceSubstitution",
)

ACTIVATE_RESOURCE_SUBSTITUTION: Operation[None] = Operation(
    "ActivateResourceSubstitution",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Resource/ActivateResourceSubstitution",
    params=(
        Param("resource_name", "ResourceName", STR, nillable=True),
        Param("culture", "Culture", STR, nillable=True),
        Param("is_active", "IsActive", BOOL),
    ),
    rest_path="/api/v1/Agents/Resource/ActivateResourceSubstitution",
)

GET_RESOURCE_SUBSTITUTIONS: Operation[list[ResourceOverride | None] | None] = Operation(
    "GetResourceSubstitutions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Resource/GetResourceSubstitutions",
    params=(
        Param("resource_names", "ResourceNames", LIST_OF_STR_CODEC, nillable=True),
        Param("culture", "Culture", STR, nillable=True),
        Param("active_only", "ActiveOnly", BOOL),
    ),
    results=(Param("response", "Response", LIST_OF_RESOURCE_OVERRIDE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Resource/GetResourceSubstitutions",
)

IS_RESOURCE_SUBSTITUTION_ACTIVE: Operation[list[ResourceOverride | None] | None] = Operation(
    "IsResourceSubstitutionActive",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Resource/IsResourceSubstitutionActive",
    params=(
        Param("resource_names", "ResourceNames", LIST_OF_STR_CODEC, nillable=True),
        Param("culture", "Culture", STR, nillable=True),
    ),
    results=(Param("response", "Response", LIST_OF_RESOURCE_OVERRIDE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Resource/IsResourceSubstitutionActive",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "SetResourceSubstitution": SET_RESOURCE_SUBSTITUTION,
    "DeleteResourceSubstitution": DELETE_RESOURCE_SUBSTITUTION,
    "ActivateResourceSubstitution": ACTIVATE_RESOURCE_SUBSTITUTION,
    "GetResourceSubstitutions": GET_RESOURCE_SUBSTITUTIONS,
    "IsResourceSubstitutionActive": IS_RESOURCE_SUBSTITUTION_ACTIVE,
}


class ResourceMethods(SyncCalls):
    """The Resource operations, called synchronously (SOAP or REST)."""

    def set_resource_substitution(
        self,
        *,
        resource_name: str | None | Unset = UNSET,
        resource_values: str | None | Unset = UNSET,
        culture: str | None | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> None:
        """Create or update a resource substitution"""
        return self._call(
            SET_RESOURCE_SUBSTITUTION, (resource_name, resource_values, culture, is_active)
        )

    def delete_resource_substitution(
        self, *, resource_name: str | None | Unset = UNSET, culture: str | None | Unset = UNSET
    ) -> None:
        """Permanentely delete a resource substitution for one or more cultures"""
        return self._call(DELETE_RESOURCE_SUBSTITUTION, (resource_name, culture))

    def activate_resource_substitution(
        self,
        *,
        resource_name: str | None | Unset = UNSET,
        culture: str | None | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> None:
        """Activate or deactive a resource substitution for one or more cultures"""
        return self._call(ACTIVATE_RESOURCE_SUBSTITUTION, (resource_name, culture, is_active))

    def get_resource_substitutions(
        self,
        *,
        resource_names: list[str | None] | None | Unset = UNSET,
        culture: str | None | Unset = UNSET,
        active_only: bool | Unset = UNSET,
    ) -> list[ResourceOverride | None] | None:
        """Get substitutions for some or all resources for one culture

        Returns:
            The result.
        """
        return self._call(GET_RESOURCE_SUBSTITUTIONS, (resource_names, culture, active_only))

    def is_resource_substitution_active(
        self,
        *,
        resource_names: list[str | None] | None | Unset = UNSET,
        culture: str | None | Unset = UNSET,
    ) -> list[ResourceOverride | None] | None:
        """Determine if resource substitution/override is active, globally or for a subset of
        resources/cultures

        Returns:
            The result.
        """
        return self._call(IS_RESOURCE_SUBSTITUTION_ACTIVE, (resource_names, culture))


class AsyncResourceMethods(AsyncCalls):
    """The Resource operations, called asynchronously (SOAP or REST)."""

    async def set_resource_substitution(
        self,
        *,
        resource_name: str | None | Unset = UNSET,
        resource_values: str | None | Unset = UNSET,
        culture: str | None | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> None:
        """Create or update a resource substitution"""
        return await self._call(
            SET_RESOURCE_SUBSTITUTION, (resource_name, resource_values, culture, is_active)
        )

    async def delete_resource_substitution(
        self, *, resource_name: str | None | Unset = UNSET, culture: str | None | Unset = UNSET
    ) -> None:
        """Permanentely delete a resource substitution for one or more cultures"""
        return await self._call(DELETE_RESOURCE_SUBSTITUTION, (resource_name, culture))

    async def activate_resource_substitution(
        self,
        *,
        resource_name: str | None | Unset = UNSET,
        culture: str | None | Unset = UNSET,
        is_active: bool | Unset = UNSET,
    ) -> None:
        """Activate or deactive a resource substitution for one or more cultures"""
        return await self._call(
            ACTIVATE_RESOURCE_SUBSTITUTION, (resource_name, culture, is_active)
        )

    async def get_resource_substitutions(
        self,
        *,
        resource_names: list[str | None] | None | Unset = UNSET,
        culture: str | None | Unset = UNSET,
        active_only: bool | Unset = UNSET,
    ) -> list[ResourceOverride | None] | None:
        """Get substitutions for some or all resources for one culture

        Returns:
            The result.
        """
        return await self._call(GET_RESOURCE_SUBSTITUTIONS, (resource_names, culture, active_only))

    async def is_resource_substitution_active(
        self,
        *,
        resource_names: list[str | None] | None | Unset = UNSET,
        culture: str | None | Unset = UNSET,
    ) -> list[ResourceOverride | None] | None:
        """Determine if resource substitution/override is active, globally or for a subset of
        resources/cultures

        Returns:
            The result.
        """
        return await self._call(IS_RESOURCE_SUBSTITUTION_ACTIVE, (resource_names, culture))


class ResourceAgent(ResourceMethods, SoapCaller):
    """Resource over SOAP 1.1 (``Remote/Services88/Resource.svc``), synchronous."""

    _PATH = "Remote/Services88/Resource.svc"
    _HEADERS = HEADERS


class AsyncResourceAgent(AsyncResourceMethods, AsyncSoapCaller):
    """Resource over SOAP 1.1 (``Remote/Services88/Resource.svc``), asynchronous."""

    _PATH = "Remote/Services88/Resource.svc"
    _HEADERS = HEADERS


class ResourceRestAgent(ResourceMethods, RestCaller):
    """Resource over REST (``/api/v1/Agents/Resource/...``), synchronous."""


class AsyncResourceRestAgent(AsyncResourceMethods, AsyncRestCaller):
    """Resource over REST (``/api/v1/Agents/Resource/...``), asynchronous."""
