"""Services88 TimeZone agent (``Remote/Services88/TimeZone.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, DATETIME, INT, Operation, Param, STR
from .types.preferred_time_zone import PREFERRED_TIME_ZONE_CODEC
from .types.time_zone_data import LIST_OF_TIME_ZONE_DATA_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_DEFAULT_TIME_ZONE_INFORMATION = Operation(
    "GetDefaultTimeZoneInformation",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/GetDefaultTimeZoneInformation",
    results=(Param("response", "Response", PREFERRED_TIME_ZONE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/TimeZone/GetDefaultTimeZoneInformation",
)
"""Get information about the current, preferred timezone for the current user."""

INITIALIZE_TIME_ZONE_DATA = Operation(
    "InitializeTimeZoneData",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/InitializeTimeZoneData",
    results=(Param("response", "Response", LIST_OF_TIME_ZONE_DATA_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/TimeZone/InitializeTimeZoneData",
)
"""Initalizes the TimeZoneData"""

GET_BASE_TIME_ZONE_ID = Operation(
    "GetBaseTimeZoneId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/GetBaseTimeZoneId",
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/TimeZone/GetBaseTimeZoneId",
)
"""Get the base timezone id."""

UPDATE_TIME_ZONE_DATA = Operation(
    "UpdateTimeZoneData",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/UpdateTimeZoneData",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/TimeZone/UpdateTimeZoneData",
)
"""Retrieve time zone data from the SuperOffice server and update TimeZone data in the database"""

CHECK_NEW_TIME_ZONE_DATA_AVAILABLE = Operation(
    "CheckNewTimeZoneDataAvailable",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/CheckNewTimeZoneDataAvailable",
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/TimeZone/CheckNewTimeZoneDataAvailable",
)
"""Check to see if new timezone data is available"""

TOGGLE_ACTIVE_TIME_ZONE_ROW = Operation(
    "ToggleActiveTimeZoneRow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/ToggleActiveTimeZoneRow",
    params=(Param("id", "Id", INT),),
    rest_path="/api/v1/Agents/TimeZone/ToggleActiveTimeZoneRow",
)
"""Toggles active state of a single row in the TZLocation table"""

SET_ACTIVE_TIME_ZONES_BY_FILTER = Operation(
    "SetActiveTimeZonesByFilter",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/SetActiveTimeZonesByFilter",
    params=(
        Param("filter", "Filter", STR, nillable=True),
        Param("active", "Active", BOOL),
    ),
    rest_path="/api/v1/Agents/TimeZone/SetActiveTimeZonesByFilter",
)
"""Toggles active state of a single row in the TZLocation table"""

TIME_OF_LAST_TIME_ZONE_UPDATE = Operation(
    "TimeOfLastTimeZoneUpdate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/TimeOfLastTimeZoneUpdate",
    results=(Param("response", "Response", DATETIME),),
    rest_path="/api/v1/Agents/TimeZone/TimeOfLastTimeZoneUpdate",
)
"""Get the time time zone data was last updated"""

SET_BASE_TIME_ZONE_ID = Operation(
    "SetBaseTimeZoneId",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/SetBaseTimeZoneId",
    params=(Param("timezone_id", "TimezoneId", INT),),
    results=(Param("response", "Response", BOOL),),
    rest_path="/api/v1/Agents/TimeZone/SetBaseTimeZoneId",
)
"""Set the base timezone id."""

GET_DEFAULT_TIME_ZONE_PREFERENCE = Operation(
    "GetDefaultTimeZonePreference",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/GetDefaultTimeZonePreference",
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/TimeZone/GetDefaultTimeZonePreference",
)
"""Returns the id of the default timezone preference with deflevel system wide"""

DELETE_TIME_ZONES = Operation(
    "DeleteTimeZones",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/DeleteTimeZones",
    rest_path="/api/v1/Agents/TimeZone/DeleteTimeZones",
)
"""Deletes all time zone data (locations and rules) from the database"""

SET_ACTIVE_TIME_ZONE_ROW = Operation(
    "SetActiveTimeZoneRow",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/TimeZone/SetActiveTimeZoneRow",
    params=(
        Param("id", "Id", INT),
        Param("active", "Active", BOOL),
    ),
    rest_path="/api/v1/Agents/TimeZone/SetActiveTimeZoneRow",
)
"""Set active state of singe row in the TZLocation table"""

OPERATIONS: dict[str, Operation] = {
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
