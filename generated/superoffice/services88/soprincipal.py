"""Services88 SoPrincipal agent (``Remote/Services88/SoPrincipal.svc``): its operations."""

from __future__ import annotations

from ..runtime import BOOL, Operation, Param, STR
from .types.authentication_generic_data import AUTHENTICATION_GENERIC_DATA_CODEC
from .types.so_credentials import SO_CREDENTIALS_CODEC
from .types.so_principal_carrier import SO_PRINCIPAL_CARRIER_CODEC
from .types.so_system_info_carrier import SO_SYSTEM_INFO_CARRIER_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

GET_SYSTEM_INFO = Operation(
    "GetSystemInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/SoPrincipal/GetSystemInfo",
    results=(Param("system_info", "SystemInfo", SO_SYSTEM_INFO_CARRIER_CODEC, nillable=True),),
)
"""The ``GetSystemInfo`` operation."""

AUTHENTICATE_IMPLICIT = Operation(
    "AuthenticateImplicit",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/SoPrincipal/AuthenticateImplicit",
    results=(
        Param("response", "Response", SO_PRINCIPAL_CARRIER_CODEC, nillable=True),
        Param("credentials", "Credentials", SO_CREDENTIALS_CODEC, nillable=True),
        Param("authentication_succeeded", "AuthenticationSucceeded", BOOL),
    ),
    response_element="AuthenticateResponse",
)
"""The ``AuthenticateImplicit`` operation."""

AUTHENTICATE_USERNAME_PASSWORD = Operation(
    "AuthenticateUsernamePassword",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/SoPrincipal/AuthenticateUsernamePassword",
    params=(
        Param("user_name", "UserName", STR, nillable=True),
        Param("password", "Password", STR, nillable=True),
    ),
    results=(
        Param("response", "Response", SO_PRINCIPAL_CARRIER_CODEC, nillable=True),
        Param("credentials", "Credentials", SO_CREDENTIALS_CODEC, nillable=True),
        Param("authentication_succeeded", "AuthenticationSucceeded", BOOL),
    ),
    response_element="AuthenticateResponse",
)
"""The ``AuthenticateUsernamePassword`` operation."""

AUTHENTICATE_GENERIC = Operation(
    "AuthenticateGeneric",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/SoPrincipal/AuthenticateGeneric",
    params=(
        Param(
            "authentication_data",
            "AuthenticationData",
            AUTHENTICATION_GENERIC_DATA_CODEC,
            nillable=True,
        ),
    ),
    results=(
        Param("response", "Response", SO_PRINCIPAL_CARRIER_CODEC, nillable=True),
        Param("credentials", "Credentials", SO_CREDENTIALS_CODEC, nillable=True),
        Param("authentication_succeeded", "AuthenticationSucceeded", BOOL),
    ),
    response_element="AuthenticateResponse",
)
"""The ``AuthenticateGeneric`` operation."""

AUTHENTICATE_WITH_ACCESS_TOKEN = Operation(
    "AuthenticateWithAccessToken",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/SoPrincipal/AuthenticateWithAccessToken",
    params=(Param("access_token", "AccessToken", STR, nillable=True),),
    results=(
        Param("response", "Response", SO_PRINCIPAL_CARRIER_CODEC, nillable=True),
        Param("credentials", "Credentials", SO_CREDENTIALS_CODEC, nillable=True),
        Param("authentication_succeeded", "AuthenticationSucceeded", BOOL),
    ),
    response_element="AuthenticateResponse",
)
"""The ``AuthenticateWithAccessToken`` operation."""

OPERATIONS: dict[str, Operation] = {
    "GetSystemInfo": GET_SYSTEM_INFO,
    "AuthenticateImplicit": AUTHENTICATE_IMPLICIT,
    "AuthenticateUsernamePassword": AUTHENTICATE_USERNAME_PASSWORD,
    "AuthenticateGeneric": AUTHENTICATE_GENERIC,
    "AuthenticateWithAccessToken": AUTHENTICATE_WITH_ACCESS_TOKEN,
}
