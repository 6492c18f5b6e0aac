"""Services88 NumberAllocation agent (``Remote/Services88/NumberAllocation.svc``).

``NumberAllocationAgent`` and ``AsyncNumberAllocationAgent`` call it over SOAP,
``NumberAllocationRestAgent`` and ``AsyncNumberAllocationRestAgent`` over REST; all four
share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import BOOL, INT, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.ref_count_entity import REF_COUNT_ENTITY_CODEC, RefCountEntity

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_REF_COUNT_ENTITY: Operation[RefCountEntity | None] = Operation(
    "CreateDefaultRefCountEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/NumberAllocation/CreateDefaultRefCountEntity",
    results=(Param("response", "Response", REF_COUNT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/NumberAllocation/CreateDefaultRefCountEntity",
    rest_select=False,
)

SAVE_REF_COUNT_ENTITY: Operation[RefCountEntity | None] = Operation(
    "SaveRefCountEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/NumberAllocation/SaveRefCountEntity",
    params=(Param("ref_count_entity", "RefCountEntity", REF_COUNT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", REF_COUNT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/NumberAllocation/SaveRefCountEntity",
    rest_body="ref_count_entity",
    rest_select=False,
)

DELETE_REF_COUNT_ENTITY: Operation[None] = Operation(
    "DeleteRefCountEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/NumberAllocation/DeleteRefCountEntity",
    params=(Param("ref_count_entity_id", "RefCountEntityId", INT, query="refCountEntityId"),),
    rest_path="/api/v1/Agents/NumberAllocation/DeleteRefCountEntity",
    rest_select=False,
)

GET_REF_COUNT_ENTITY: Operation[RefCountEntity | None] = Operation(
    "GetRefCountEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/NumberAllocation/GetRefCountEntity",
    params=(Param("ref_count_entity_id", "RefCountEntityId", INT, query="refCountEntityId"),),
    results=(Param("response", "Response", REF_COUNT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/NumberAllocation/GetRefCountEntity",
)

SAVE_DEFAULT_NUMBERING: Operation[None] = Operation(
    "SaveDefaultNumbering",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/NumberAllocation/SaveDefaultNumbering",
    params=(Param("ref_count_entity", "RefCountEntity", REF_COUNT_ENTITY_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/NumberAllocation/SaveDefaultNumbering",
)

GET_NUMBER_EACH_TEMPLATE: Operation[bool | None] = Operation(
    "GetNumberEachTemplate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/NumberAllocation/GetNumberEachTemplate",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/NumberAllocation/GetNumberEachTemplate",
)

SET_NUMBER_EACH_TEMPLATE: Operation[None] = Operation(
    "SetNumberEachTemplate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/NumberAllocation/SetNumberEachTemplate",
    params=(Param("set_value", "SetValue", BOOL),),
    rest_path="/api/v1/Agents/NumberAllocation/SetNumberEachTemplate",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateDefaultRefCountEntity": CREATE_DEFAULT_REF_COUNT_ENTITY,
    "SaveRefCountEntity": SAVE_REF_COUNT_ENTITY,
    "DeleteRefCountEntity": DELETE_REF_COUNT_ENTITY,
    "GetRefCountEntity": GET_REF_COUNT_ENTITY,
    "SaveDefaultNumbering": SAVE_DEFAULT_NUMBERING,
    "GetNumberEachTemplate": GET_NUMBER_EACH_TEMPLATE,
    "SetNumberEachTemplate": SET_NUMBER_EACH_TEMPLATE,
}


class NumberAllocationMethods(SyncCalls):
    """The NumberAllocation operations, called synchronously (SOAP or REST)."""

    def create_default_ref_count_entity(self) -> RefCountEntity | None:
        """Loading default values into a new RefCountEntity.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_REF_COUNT_ENTITY, ())

    def save_ref_count_entity(
        self, *, ref_count_entity: RefCountEntity | None | Unset = UNSET
    ) -> RefCountEntity | None:
        """Updates the existing RefCountEntity or creates a new RefCountEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return self._call(SAVE_REF_COUNT_ENTITY, (ref_count_entity,))

    def delete_ref_count_entity(self, *, ref_count_entity_id: int | Unset = UNSET) -> None:
        """Deletes the RefCountEntity"""
        return self._call(DELETE_REF_COUNT_ENTITY, (ref_count_entity_id,))

    def get_ref_count_entity(
        self, *, ref_count_entity_id: int | Unset = UNSET
    ) -> RefCountEntity | None:
        """Gets a RefCountEntity object.

        Returns:
            The result.
        """
        return self._call(GET_REF_COUNT_ENTITY, (ref_count_entity_id,))

    def save_default_numbering(
        self, *, ref_count_entity: RefCountEntity | None | Unset = UNSET
    ) -> None:
        """Saves default numbering values in preferences"""
        return self._call(SAVE_DEFAULT_NUMBERING, (ref_count_entity,))

    def get_number_each_template(self) -> bool | None:
        """Returns true or false if Automatically create new counters for new document
        templates

        Returns:
            The result.
        """
        return self._call(GET_NUMBER_EACH_TEMPLATE, ())

    def set_number_each_template(self, *, set_value: bool | Unset = UNSET) -> None:
        """Saves true or false if Automatically create new counters for new document templates"""
        return self._call(SET_NUMBER_EACH_TEMPLATE, (set_value,))


class AsyncNumberAllocationMethods(AsyncCalls):
    """The NumberAllocation operations, called asynchronously (SOAP or REST)."""

    async def create_default_ref_count_entity(self) -> RefCountEntity | None:
        """Loading default values into a new RefCountEntity.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_REF_COUNT_ENTITY, ())

    async def save_ref_count_entity(
        self, *, ref_count_entity: RefCountEntity | None | Unset = UNSET
    ) -> RefCountEntity | None:
        """Updates the existing RefCountEntity or creates a new RefCountEntity if the id
        parameter is 0.

        Returns:
            The result.
        """
        return await self._call(SAVE_REF_COUNT_ENTITY, (ref_count_entity,))

    async def delete_ref_count_entity(self, *, ref_count_entity_id: int | Unset = UNSET) -> None:
        """Deletes the RefCountEntity"""
        return await self._call(DELETE_REF_COUNT_ENTITY, (ref_count_entity_id,))

    async def get_ref_count_entity(
        self, *, ref_count_entity_id: int | Unset = UNSET
    ) -> RefCountEntity | None:
        """Gets a RefCountEntity object.

        Returns:
            The result.
        """
        return await self._call(GET_REF_COUNT_ENTITY, (ref_count_entity_id,))

    async def save_default_numbering(
        self, *, ref_count_entity: RefCountEntity | None | Unset = UNSET
    ) -> None:
        """Saves default numbering values in preferences"""
        return await self._call(SAVE_DEFAULT_NUMBERING, (ref_count_entity,))

    async def get_number_each_template(self) -> bool | None:
        """Returns true or false if Automatically create new counters for new document
        templates

        Returns:
            The result.
        """
        return await self._call(GET_NUMBER_EACH_TEMPLATE, ())

    async def set_number_each_template(self, *, set_value: bool | Unset = UNSET) -> None:
        """Saves true or false if Automatically create new counters for new document templates"""
        return await self._call(SET_NUMBER_EACH_TEMPLATE, (set_value,))


class NumberAllocationAgent(NumberAllocationMethods, SoapCaller):
    """NumberAllocation over SOAP 1.1 (``Remote/Services88/NumberAllocation.svc``), synchronous."""

    _PATH = "Remote/Services88/NumberAllocation.svc"
    _HEADERS = HEADERS


class AsyncNumberAllocationAgent(AsyncNumberAllocationMethods, AsyncSoapCaller):
    """NumberAllocation over SOAP 1.1 (``Remote/Services88/NumberAllocation.svc``), asynchronous."""

    _PATH = "Remote/Services88/NumberAllocation.svc"
    _HEADERS = HEADERS


class NumberAllocationRestAgent(NumberAllocationMethods, RestCaller):
    """NumberAllocation over REST (``/api/v1/Agents/NumberAllocation/...``), synchronous."""


class AsyncNumberAllocationRestAgent(AsyncNumberAllocationMethods, AsyncRestCaller):
    """NumberAllocation over REST (``/api/v1/Agents/NumberAllocation/...``), asynchronous."""
