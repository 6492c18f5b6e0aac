"""Services88 Sentry agent (``Remote/Services88/Sentry.svc``).

``SentryAgent`` and ``AsyncSentryAgent`` call it over SOAP, ``SentryRestAgent`` and
``AsyncSentryRestAgent`` over REST; all four share the same typed methods and dataclasses.
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
from .types.list_of_bool import LIST_OF_BOOL_CODEC
from .types.list_of_int import LIST_OF_INT_CODEC
from .types.list_of_str import LIST_OF_STR_CODEC
from .types.table_right import TABLE_RIGHT_CODEC, TableRight

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_NEW_TABLE_RIGHT: Operation[TableRight | None] = Operation(
    "GetNewTableRight",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sentry/GetNewTableRight",
    params=(Param("table_name", "TableName", STR, nillable=True),),
    results=(Param("response", "Response", TABLE_RIGHT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sentry/GetNewTableRight",
)

GET_TABLE_RIGHT_BY_OWNERSHIP: Operation[TableRight | None] = Operation(
    "GetTableRightByOwnership",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sentry/GetTableRightByOwnership",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("contact_group_id", "ContactGroupId", INT),
        Param("contact_associate_id", "ContactAssociateId", INT),
    ),
    results=(Param("response", "Response", TABLE_RIGHT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sentry/GetTableRightByOwnership",
)

GET_FUNCTION_RIGHTS: Operation[list[str | None] | None] = Operation(
    "GetFunctionRights",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sentry/GetFunctionRights",
    results=(Param("response", "Response", LIST_OF_STR_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sentry/GetFunctionRights",
)

HAS_FUNCTION_RIGHT: Operation[bool | None] = Operation(
    "HasFunctionRight",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sentry/HasFunctionRight",
    params=(Param("function_right", "FunctionRight", STR, nillable=True),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Sentry/HasFunctionRight",
)

CAN_CREATE_APPOINTMENT_IN_ASSOCIATE_DIARIES: Operation[bool | None] = Operation(
    "CanCreateAppointmentInAssociateDiaries",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sentry/CanCreateAppointmentInAssociateDiaries",
    params=(Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Sentry/CanCreateAppointmentInAssociateDiaries",
)

CAN_CREATE_APPOINTMENT_IN_EACH_ASSOCIATES_DIARY: Operation[list[bool] | None] = Operation(
    "CanCreateAppointmentInEachAssociatesDiary",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sentry/CanCreateAppointmentInEachAssociatesDiary",
    params=(Param("associate_ids", "AssociateIds", LIST_OF_INT_CODEC, nillable=True),),
    results=(Param("response", "Response", LIST_OF_BOOL_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sentry/CanCreateAppointmentInEachAssociatesDiary",
)

CAN_CREATE_APPOINTMENT_IN_ALL_DIARIES: Operation[bool | None] = Operation(
    "CanCreateAppointmentInAllDiaries",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sentry/CanCreateAppointmentInAllDiaries",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/Sentry/CanCreateAppointmentInAllDiaries",
)

GET_TABLE_RIGHT_BY_CONTACT_OWNERSHIP: Operation[TableRight | None] = Operation(
    "GetTableRightByContactOwnership",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/Sentry/GetTableRightByContactOwnership",
    params=(
        Param("table_name", "TableName", STR, nillable=True),
        Param("contact_id", "ContactId", INT),
    ),
    results=(Param("response", "Response", TABLE_RIGHT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/Sentry/GetTableRightByContactOwnership",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "GetNewTableRight": GET_NEW_TABLE_RIGHT,
    "GetTableRightByOwnership": GET_TABLE_RIGHT_BY_OWNERSHIP,
    "GetFunctionRights": GET_FUNCTION_RIGHTS,
    "HasFunctionRight": HAS_FUNCTION_RIGHT,
    "CanCreateAppointmentInAssociateDiaries": CAN_CREATE_APPOINTMENT_IN_ASSOCIATE_DIARIES,
    "CanCreateAppointmentInEachAssociatesDiary": CAN_CREATE_APPOINTMENT_IN_EACH_ASSOCIATES_DIARY,
    "CanCreateAppointmentInAllDiaries": CAN_CREATE_APPOINTMENT_IN_ALL_DIARIES,
    "GetTableRightByContactOwnership": GET_TABLE_RIGHT_BY_CONTACT_OWNERSHIP,
}


class SentryMethods(SyncCalls):
    """The Sentry operations, called synchronously (SOAP or REST)."""

    def get_new_table_right(self, *, table_name: str | None | Unset = UNSET) -> TableRight | None:
        """Returns a TableRight for a new row based on tableName parameter.

        Returns:
            The result.
        """
        return self._call(GET_NEW_TABLE_RIGHT, (table_name,))

    def get_table_right_by_ownership(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        contact_group_id: int | Unset = UNSET,
        contact_associate_id: int | Unset = UNSET,
    ) -> TableRight | None:
        """Return the TableRight from the relationship between the current user and the given
        user and group.

        Returns:
            The result.
        """
        return self._call(
            GET_TABLE_RIGHT_BY_OWNERSHIP, (table_name, contact_group_id, contact_associate_id)
        )

    def get_function_rights(self) -> list[str | None] | None:
        """Get a string array of all functions rights for the role of the current associate.

        Returns:
            The result.
        """
        return self._call(GET_FUNCTION_RIGHTS, ())

    def has_function_right(self, *, function_right: str | None | Unset = UNSET) -> bool | None:
        """Get a boolean value indicating if the current user has the functional right.

        Returns:
            The result.
        """
        return self._call(HAS_FUNCTION_RIGHT, (function_right,))

    def can_create_appointment_in_associate_diaries(
        self, *, associate_ids: list[int] | None | Unset = UNSET
    ) -> bool | None:
        """CanCreateAppointmentInAssociateDiaries will check if the current associate can
        create appointments in diaries belonging to the associates listed in associateIds.

        Returns:
            The result.
        """
        return self._call(CAN_CREATE_APPOINTMENT_IN_ASSOCIATE_DIARIES, (associate_ids,))

    def can_create_appointment_in_each_associates_diary(
        self, *, associate_ids: list[int] | None | Unset = UNSET
    ) -> list[bool] | None:
        """CanCreateAppointmentInEachAssociateDiary will check if the current associate can
        create appointments in diaries belonging to the associates listed in associateIds.

        Returns:
            The result.
        """
        return self._call(CAN_CREATE_APPOINTMENT_IN_EACH_ASSOCIATES_DIARY, (associate_ids,))

    def can_create_appointment_in_all_diaries(self) -> bool | None:
        """CanCreateAppointmentInAllDiaries will check if the current associate can create
        appointments in diaries belonging all other associates.

        Returns:
            The result.
        """
        return self._call(CAN_CREATE_APPOINTMENT_IN_ALL_DIARIES, ())

    def get_table_right_by_contact_ownership(
        self, *, table_name: str | None | Unset = UNSET, contact_id: int | Unset = UNSET
    ) -> TableRight | None:
        """Return the TableRight from the relationship between the current user and the given
        user and group.

        Returns:
            The result.
        """
        return self._call(GET_TABLE_RIGHT_BY_CONTACT_OWNERSHIP, (table_name, contact_id))


class AsyncSentryMethods(AsyncCalls):
    """The Sentry operations, called asynchronously (SOAP or REST)."""

    async def get_new_table_right(
        self, *, table_name: str | None | Unset = UNSET
    ) -> TableRight | None:
        """Returns a TableRight for a new row based on tableName parameter.

        Returns:
            The result.
        """
        return await self._call(GET_NEW_TABLE_RIGHT, (table_name,))

    async def get_table_right_by_ownership(
        self,
        *,
        table_name: str | None | Unset = UNSET,
        contact_group_id: int | Unset = UNSET,
        contact_associate_id: int | Unset = UNSET,
    ) -> TableRight | None:
        """Return the TableRight from the relationship between the current user and the given
        user and group.

        Returns:
            The result.
        """
        return await self._call(
            GET_TABLE_RIGHT_BY_OWNERSHIP, (table_name, contact_group_id, contact_associate_id)
        )

    async def get_function_rights(self) -> list[str | None] | None:
        """Get a string array of all functions rights for the role of the current associate.

        Returns:
            The result.
        """
        return await self._call(GET_FUNCTION_RIGHTS, ())

    async def has_function_right(
        self, *, function_right: str | None | Unset = UNSET
    ) -> bool | None:
        """Get a boolean value indicating if the current user has the functional right.

        Returns:
            The result.
        """
        return await self._call(HAS_FUNCTION_RIGHT, (function_right,))

    async def can_create_appointment_in_associate_diaries(
        self, *, associate_ids: list[int] | None | Unset = UNSET
    ) -> bool | None:
        """CanCreateAppointmentInAssociateDiaries will check if the current associate can
        create appointments in diaries belonging to the associates listed in associateIds.

        Returns:
            The result.
        """
        return await self._call(CAN_CREATE_APPOINTMENT_IN_ASSOCIATE_DIARIES, (associate_ids,))

    async def can_create_appointment_in_each_associates_diary(
        self, *, associate_ids: list[int] | None | Unset = UNSET
    ) -> list[bool] | None:
        """CanCreateAppointmentInEachAssociateDiary will check if the current associate can
        create appointments in diaries belonging to the associates listed in associateIds.

        Returns:
            The result.
        """
        return await self._call(CAN_CREATE_APPOINTMENT_IN_EACH_ASSOCIATES_DIARY, (associate_ids,))

    async def can_create_appointment_in_all_diaries(self) -> bool | None:
        """CanCreateAppointmentInAllDiaries will check if the current associate can create
        appointments in diaries belonging all other associates.

        Returns:
            The result.
        """
        return await self._call(CAN_CREATE_APPOINTMENT_IN_ALL_DIARIES, ())

    async def get_table_right_by_contact_ownership(
        self, *, table_name: str | None | Unset = UNSET, contact_id: int | Unset = UNSET
    ) -> TableRight | None:
        """Return the TableRight from the relationship between the current user and the given
        user and group.

        Returns:
            The result.
        """
        return await self._call(GET_TABLE_RIGHT_BY_CONTACT_OWNERSHIP, (table_name, contact_id))


class SentryAgent(SentryMethods, SoapCaller):
    """Sentry over SOAP 1.1 (``Remote/Services88/Sentry.svc``), synchronous."""

    _PATH = "Remote/Services88/Sentry.svc"
    _HEADERS = HEADERS


class AsyncSentryAgent(AsyncSentryMethods, AsyncSoapCaller):
    """Sentry over SOAP 1.1 (``Remote/Services88/Sentry.svc``), asynchronous."""

    _PATH = "Remote/Services88/Sentry.svc"
    _HEADERS = HEADERS


class SentryRestAgent(SentryMethods, RestCaller):
    """Sentry over REST (``/api/v1/Agents/Sentry/...``), synchronous."""


class AsyncSentryRestAgent(AsyncSentryMethods, AsyncRestCaller):
    """Sentry over REST (``/api/v1/Agents/Sentry/...``), asynchronous."""
