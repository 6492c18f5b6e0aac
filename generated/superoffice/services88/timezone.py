"""Services88 TimeZone agent (``Remote/Services88/TimeZone.svc``).

``TimeZoneAgent`` and ``AsyncTimeZoneAgent`` call it over SOAP, ``TimeZoneRestAgent`` and
``AsyncTimeZoneRestAgent`` over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

import datetime
from typing import Any

from ..runtime import BOOL, DATETIME, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.preferred_time_zone import PREFERRED_TIME_ZONE_CODEC, PreferredTimeZone
from .types.time_zone_data import LIST_OF_TIME_ZONE_DATA_CODEC, TimeZoneData

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_DEFAULT_TIME_ZONE_INFORMATION: Operation[PreferredTimeZone | None] = Operation(
    "GetDefaultTimeZoneInformation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/GetDefaultTimeZoneInformation",
    results=(Param("response", "Response", PREFERRED_TIME_ZONE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/TimeZone/GetDefaultTimeZoneInformation",
)

INITIALIZE_TIME_ZONE_DATA: Operation[list[TimeZoneData | None] | None] = Operation(
    "InitializeTimeZoneData",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/InitializeTimeZoneData",
    results=(Param("response", "Response", LIST_OF_TIME_ZONE_DATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/TimeZone/InitializeTimeZoneData",
)

GET_BASE_TIME_ZONE_ID: Operation[int | None] = Operation(
    "GetBaseTimeZoneId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/GetBaseTimeZoneId",
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/TimeZone/GetBaseTimeZoneId",
)

UPDATE_TIME_ZONE_DATA: Operation[bool | None] = Operation(
    "UpdateTimeZoneData",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/UpdateTimeZoneData",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/TimeZone/UpdateTimeZoneData",
)

CHECK_NEW_TIME_ZONE_DATA_AVAILABLE: Operation[bool | None] = Operation(
    "CheckNewTimeZoneDataAvailable",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/CheckNewTimeZoneDataAvailable",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/TimeZone/CheckNewTimeZoneDataAvailable",
)

TOGGLE_ACTIVE_TIME_ZONE_ROW: Operation[None] = Operation(
    "ToggleActiveTimeZoneRow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/ToggleActiveTimeZoneRow",
    params=(Param("id", "Id", INT),),
    rest_path="/api/v1/Agents/TimeZone/ToggleActiveTimeZoneRow",
)

SET_ACTIVE_TIME_ZONES_BY_FILTER: Operation[None] = Operation(
    "SetActiveTimeZonesByFilter",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/SetActiveTimeZonesByFilter",
    params=(
        Param("filter", "Filter", STR, nillable=True),
        Param("active", "Active", BOOL),
    ),
    rest_path="/api/v1/Agents/TimeZone/SetActiveTimeZonesByFilter",
)

TIME_OF_LAST_TIME_ZONE_UPDATE: Operation[datetime.datetime | None] = Operation(
    "TimeOfLastTimeZoneUpdate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/TimeOfLastTimeZoneUpdate",
    results=(Param("response", "Response", DATETIME),),
    rest_path="/api/v1/Agents/TimeZone/TimeOfLastTimeZoneUpdate",
)

SET_BASE_TIME_ZONE_ID: Operation[bool | None] = Operation(
    "SetBaseTimeZoneId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/SetBaseTimeZoneId",
    params=(Param("timezone_id", "TimezoneId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/TimeZone/SetBaseTimeZoneId",
)

GET_DEFAULT_TIME_ZONE_PREFERENCE: Operation[int | None] = Operation(
    "GetDefaultTimeZonePreference",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/GetDefaultTimeZonePreference",
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/TimeZone/GetDefaultTimeZonePreference",
)

DELETE_TIME_ZONES: Operation[None] = Operation(
    "DeleteTimeZones",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/DeleteTimeZones",
    rest_path="/api/v1/Agents/TimeZone/DeleteTimeZones",
)

SET_ACTIVE_TIME_ZONE_ROW: Operation[None] = Operation(
    "SetActiveTimeZoneRow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/SetActiveTimeZoneRow",
    params=(
        Param("id", "Id", INT),
        Param("active", "Active", BOOL),
    ),
    rest_path="/api/v1/Agents/TimeZone/SetActiveTimeZoneRow",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "GetDefaultTimeZoneInformation": GET_DEFAULT_TIME_ZONE_INFORMATION,
    "InitializeTimeZoneData": INITIALIZE_TIME_ZONE_DATA,
    "GetBaseTimeZoneId": GET_BASE_TIME_ZONE_ID,
    "UpdateTimeZoneData": UPDATE_TIME_ZONE_DATA,
    "CheckNewTimeZoneDataAvailable": CHECK_NEW_TIME_ZONE_DATA_AVAILABLE,
    "ToggleActiveTimeZoneRow": TOGGLE_ACTIVE_TIME_ZONE_ROW,
    "SetActiveTimeZonesByFilter": SET_ACTIVE_TIME_ZONES_BY_FILTER,
    "TimeOfLastTimeZoneUpdate": TIME_OF_LAST_TIME_ZONE_UPDATE,
    "SetBaseTimeZoneId": SET_BASE_TIME_ZONE_ID,
    "GetDefaultTimeZonePreference": GET_DEFAULT_TIME_ZONE_PREFERENCE,
    "DeleteTimeZones": DELETE_TIME_ZONES,
    "SetActiveTimeZoneRow": SET_ACTIVE_TIME_ZONE_ROW,
}


class TimeZoneMethods(SyncCalls):
    """The TimeZone operations, called synchronously (SOAP or REST)."""

    def get_default_time_zone_information(self) -> PreferredTimeZone | None:
        """Get information about the current, preferred timezone for the current user.

        Returns:
            The result.
        """
        return self._call(GET_DEFAULT_TIME_ZONE_INFORMATION, ())

    def initialize_time_zone_data(self) -> list[TimeZoneData | None] | None:
        """Initalizes the TimeZoneData

        Returns:
            The result.
        """
        return self._call(INITIALIZE_TIME_ZONE_DATA, ())

    def get_base_time_zone_id(self) -> int | None:
        """Get the base timezone id.

        Returns:
            The result.
        """
        return self._call(GET_BASE_TIME_ZONE_ID, ())

    def update_time_zone_data(self) -> bool | None:
        """Retrieve time zone data from the SuperOffice server and update TimeZone data in the
        database

        Returns:
            The result.
        """
        return self._call(UPDATE_TIME_ZONE_DATA, ())

    def check_new_time_zone_data_available(self) -> bool | None:
        """Check to see if new timezone data is available

        Returns:
            The result.
        """
        return self._call(CHECK_NEW_TIME_ZONE_DATA_AVAILABLE, ())

    def toggle_active_time_zone_row(self, *, id: int | Unset = UNSET) -> None:
        """Toggles active state of a single row in the TZLocation table"""
        return self._call(TOGGLE_ACTIVE_TIME_ZONE_ROW, (id,))

    def set_active_time_zones_by_filter(
        self, *, filter: str | None | Unset = UNSET, active: bool | Unset = UNSET
    ) -> None:
        """Toggles active state of a single row in the TZLocation table"""
        return self._call(SET_ACTIVE_TIME_ZONES_BY_FILTER, (filter, active))

    def time_of_last_time_zone_update(self) -> datetime.datetime | None:
        """Get the time time zone data was last updated

        Returns:
            The result.
        """
        return self._call(TIME_OF_LAST_TIME_ZONE_UPDATE, ())

    def set_base_time_zone_id(self, *, timezone_id: int | Unset = UNSET) -> bool | None:
        """Set the base timezone id.

        Returns:
            The result.
        """
        return self._call(SET_BASE_TIME_ZONE_ID, (timezone_id,))

    def get_default_time_zone_preference(self) -> int | None:
        """Returns the id of the default timezone preference with deflevel system wide

        Returns:
            The result.
        """
        return self._call(GET_DEFAULT_TIME_ZONE_PREFERENCE, ())

    def delete_time_zones(self) -> None:
        """Deletes all time zone data (locations and rules) from the database"""
        return self._call(DELETE_TIME_ZONES, ())

    def set_active_time_zone_row(
        self, *, id: int | Unset = UNSET, active: bool | Unset = UNSET
    ) -> None:
        """Set active state of singe row in the TZLocation table"""
        return self._call(SET_ACTIVE_TIME_ZONE_ROW, (id, active))


class AsyncTimeZoneMethods(AsyncCalls):
    """The TimeZone operations, called asynchronously (SOAP or REST)."""

    async def get_default_time_zone_information(self) -> PreferredTimeZone | None:
        """Get information about the current, preferred timezone for the current user.

        Returns:
            The result.
        """
        return await self._call(GET_DEFAULT_TIME_ZONE_INFORMATION, ())

    async def initialize_time_zone_data(self) -> list[TimeZoneData | None] | None:
        """Initalizes the TimeZoneData

        Returns:
            The result.
        """
        return await self._call(INITIALIZE_TIME_ZONE_DATA, ())

    async def get_base_time_zone_id(self) -> int | None:
        """Get the base timezone id.

        Returns:
            The result.
        """
        return await self._call(GET_BASE_TIME_ZONE_ID, ())

    async def update_time_zone_data(self) -> bool | None:
        """Retrieve time zone data from the SuperOffice server and update TimeZone data in the
        database

        Returns:
            The result.
        """
        return await self._call(UPDATE_TIME_ZONE_DATA, ())

    async def check_new_time_zone_data_available(self) -> bool | None:
        """Check to see if new timezone data is available

        Returns:
            The result.
        """
        return await self._call(CHECK_NEW_TIME_ZONE_DATA_AVAILABLE, ())

    async def toggle_active_time_zone_row(self, *, id: int | Unset = UNSET) -> None:
        """Toggles active state of a single row in the TZLocation table"""
        return await self._call(TOGGLE_ACTIVE_TIME_ZONE_ROW, (id,))

    async def set_active_time_zones_by_filter(
        self, *, filter: str | None | Unset = UNSET, active: bool | Unset = UNSET
    ) -> None:
        """Toggles active state of a single row in the TZLocation table"""
        return await self._call(SET_ACTIVE_TIME_ZONES_BY_FILTER, (filter, active))

    async def time_of_last_time_zone_update(self) -> datetime.datetime | None:
        """Get the time time zone data was last updated

        Returns:
            The result.
        """
        return await self._call(TIME_OF_LAST_TIME_ZONE_UPDATE, ())

    async def set_base_time_zone_id(self, *, timezone_id: int | Unset = UNSET) -> bool | None:
        """Set the base timezone id.

        Returns:
            The result.
        """
        return await self._call(SET_BASE_TIME_ZONE_ID, (timezone_id,))

    async def get_default_time_zone_preference(self) -> int | None:
        """Returns the id of the default timezone preference with deflevel system wide

        Returns:
            The result.
        """
        return await self._call(GET_DEFAULT_TIME_ZONE_PREFERENCE, ())

    async def delete_time_zones(self) -> None:
        """Deletes all time zone data (locations and rules) from the database"""
        return await self._call(DELETE_TIME_ZONES, ())

    async def set_active_time_zone_row(
        self, *, id: int | Unset = UNSET, active: bool | Unset = UNSET
    ) -> None:
        """Set active state of singe row in the TZLocation table"""
        return await self._call(SET_ACTIVE_TIME_ZONE_ROW, (id, active))


class TimeZoneAgent(TimeZoneMethods, SoapCaller):
    """TimeZone over SOAP 1.1 (``Remote/Services88/TimeZone.svc``), synchronous."""

    _PATH = "Remote/Services88/TimeZone.svc"
    _HEADERS = HEADERS


class AsyncTimeZoneAgent(AsyncTimeZoneMethods, AsyncSoapCaller):
    """TimeZone over SOAP 1.1 (``Remote/Services88/TimeZone.svc``), asynchronous."""

    _PATH = "Remote/Services88/TimeZone.svc"
    _HEADERS = HEADERS


class TimeZoneRestAgent(TimeZoneMethods, RestCaller):
    """TimeZone over REST (``/api/v1/Agents/TimeZone/...``), synchronous."""


class AsyncTimeZoneRestAgent(AsyncTimeZoneMethods, AsyncRestCaller):
    """TimeZone over REST (``/api/v1/Agents/TimeZone/...``), asynchronous."""
