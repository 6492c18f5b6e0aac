"""Services88 SoPrincipal agent (``Remote/Services88/SoPrincipal.svc``).

``SoPrincipalAgent`` and ``AsyncSoPrincipalAgent`` call it over SOAP,
``SoPrincipalRestAgent`` and ``AsyncSoPrincipalRestAgent`` over REST; all four share the
same typed methods and dataclasses.
"""

from __future__ import annotations

import dataclasses
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
from .types.authentication_generic_data import AUTHENTICATION_GENERIC_DATA_CODEC
from .types.so_credentials import SO_CREDENTIALS_CODEC, SoCredentials
from .types.so_principal_carrier import SO_PRINCIPAL_CARRIER_CODEC, SoPrincipalCarrier
from .types.so_system_info_carrier import SO_SYSTEM_INFO_CARRIER_CODEC, SoSystemInfoCarrier

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"


@dataclasses.dataclass(kw_only=True)
class AuthenticateImplicitResult:
    """What ``AuthenticateImplicit`` returns: its 3 result elements."""

    response: SoPrincipalCarrier | None | Unset = UNSET
    credentials: SoCredentials | None | Unset = UNSET
    authentication_succeeded: bool | Unset = UNSET


@dataclasses.dataclass(kw_only=True)
class AuthenticateUsernamePasswordResult:
    """What ``AuthenticateUsernamePassword`` returns: its 3 result elements."""

    response: SoPrincipalCarrier | None | Unset = UNSET
    credentials: SoCredentials | None | Unset = UNSET
    authentication_succeeded: bool | Unset = UNSET


@dataclasses.dataclass(kw_only=True)
class AuthenticateGenericResult:
    """What ``AuthenticateGeneric`` returns: its 3 result elements."""

    response: SoPrincipalCarrier | None | Unset = UNSET
    credentials: SoCredentials | None | Unset = UNSET
    authentication_succeeded: bool | Unset = UNSET


@dataclasses.dataclass(kw_only=True)
class AuthenticateWithAccessTokenResult:
    """What ``AuthenticateWithAccessToken`` returns: its 3 result elements."""

    response: SoPrincipalCarrier | None | Unset = UNSET
    credentials: SoCredentials | None | Unset = UNSET
    authentication_succeeded: bool | Unset = UNSET


GET_SYSTEM_INFO: Operation[SoSystemInfoCarrier | None] = Operation(
    "GetSystemInfo",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/SoPrincipal/GetSystemInfo",
    results=(Param("system_info", "SystemInfo", SO_SYSTEM_INFO_CARRIER_CODEC, nillable=True),),
    headers=("ApplicationToken",),
)

AUTHENTICATE_IMPLICIT: Operation[AuthenticateImplicitResult] = Operation(
    "AuthenticateImplicit",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/SoPrincipal/AuthenticateImplicit",
    results=(
        Param("response", "Response", SO_PRINCIPAL_CARRIER_CODEC, nillable=True),
        Param("credentials", "Credentials", SO_CREDENTIALS_CODEC, nillable=True),
        Param("authentication_succeeded", "AuthenticationSucceeded", BOOL),
    ),
    response_element="AuthenticateResponse",
    headers=("ApplicationToken",),
    result=AuthenticateImplicitResult,
)

AUTHENTICATE_USERNAME_PASSWORD: Operation[AuthenticateUsernamePasswordResult] = Operation(
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
    headers=("ApplicationToken",),
    result=AuthenticateUsernamePasswordResult,
)

AUTHENTICATE_GENERIC: Operation[AuthenticateGenericResult] = Operation(
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
    headers=("ApplicationToken",),
    result=AuthenticateGenericResult,
)

AUTHENTICATE_WITH_ACCESS_TOKEN: Operation[AuthenticateWithAccessTokenResult] = Operation(
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
    headers=("ApplicationToken",),
    result=AuthenticateWithAccessTokenResult,
)

OPERATIONS: dict[str, Operation[Any]] = {
    "GetSystemInfo": GET_SYSTEM_INFO,
    "AuthenticateImplicit": AUTHENTICATE_IMPLICIT,
    "AuthenticateUsernamePassword": AUTHENTICATE_USERNAME_PASSWORD,
    "AuthenticateGeneric": AUTHENTICATE_GENERIC,
    "AuthenticateWithAccessToken": AUTHENTICATE_WITH_ACCESS_TOKEN,
}


class SoPrincipalMethods(SyncCalls):
    """The SoPrincipal operations, called synchronously (SOAP or REST)."""

    def get_system_info(self) -> SoSystemInfoCarrier | None:
        """Call ``GetSystemInfo``.

        Returns:
            The result.
        """
        return self._call(GET_SYSTEM_INFO, ())

    def authenticate_implicit(self) -> AuthenticateImplicitResult:
        """Call ``AuthenticateImplicit``.

        Returns:
            Every result element, as fields.
        """
        return self._call(AUTHENTICATE_IMPLICIT, ())

    def authenticate_username_password(
        self, *, user_name: str | None | Unset = UNSET, password: str | None | Unset = UNSET
    ) -> AuthenticateUsernamePasswordResult:
        """Call ``AuthenticateUsernamePassword``.

        Returns:
            Every result element, as fields.
        """
        return self._call(AUTHENTICATE_USERNAME_PASSWORD, (user_name, password))

    def authenticate_generic(
        self, *, authentication_data: dict[str, str | None] | None | Unset = UNSET
    ) -> AuthenticateGenericResult:
        """Call ``AuthenticateGeneric``.

        Returns:
            Every result element, as fields.
        """
        return self._call(AUTHENTICATE_GENERIC, (authentication_data,))

    def authenticate_with_access_token(
        self, *, access_token: str | None | Unset = UNSET
    ) -> AuthenticateWithAccessTokenResult:
        """Call ``AuthenticateWithAccessToken``.

        Returns:
            Every result element, as fields.
        """
        return self._call(AUTHENTICATE_WITH_ACCESS_TOKEN, (access_token,))


class AsyncSoPrincipalMethods(AsyncCalls):
    """The SoPrincipal operations, called asynchronously (SOAP or REST)."""

    async def get_system_info(self) -> SoSystemInfoCarrier | None:
        """Call ``GetSystemInfo``.

        Returns:
            The result.
        """
        return await self._call(GET_SYSTEM_INFO, ())

    async def authenticate_implicit(self) -> AuthenticateImplicitResult:
        """Call ``AuthenticateImplicit``.

        Returns:
            Every result element, as fields.
        """
        return await self._call(AUTHENTICATE_IMPLICIT, ())

    async def authenticate_username_password(
        self, *, user_name: str | None | Unset = UNSET, password: str | None | Unset = UNSET
    ) -> AuthenticateUsernamePasswordResult:
        """Call ``AuthenticateUsernamePassword``.

        Returns:
            Every result element, as fields.
        """
        return await self._call(AUTHENTICATE_USERNAME_PASSWORD, (user_name, password))

    async def authenticate_generic(
        self, *, authentication_data: dict[str, str | None] | None | Unset = UNSET
    ) -> AuthenticateGenericResult:
        """Call ``AuthenticateGeneric``.

        Returns:
            Every result element, as fields.
        """
        return await self._call(AUTHENTICATE_GENERIC, (authentication_data,))

    async def authenticate_with_access_token(
        self, *, access_token: str | None | Unset = UNSET
    ) -> AuthenticateWithAccessTokenResult:
        """Call ``AuthenticateWithAccessToken``.

        Returns:
            Every result element, as fields.
        """
        return await self._call(AUTHENTICATE_WITH_ACCESS_TOKEN, (access_token,))


class SoPrincipalAgent(SoPrincipalMethods, SoapCaller):
    """SoPrincipal over SOAP 1.1 (``Remote/Services88/SoPrincipal.svc``), synchronous."""

    _PATH = "Remote/Services88/SoPrincipal.svc"
    _HEADERS = HEADERS


class AsyncSoPrincipalAgent(AsyncSoPrincipalMethods, AsyncSoapCaller):
    """SoPrincipal over SOAP 1.1 (``Remote/Services88/SoPrincipal.svc``), asynchronous."""

    _PATH = "Remote/Services88/SoPrincipal.svc"
    _HEADERS = HEADERS


class SoPrincipalRestAgent(SoPrincipalMethods, RestCaller):
    """SoPrincipal over REST (``/api/v1/Agents/SoPrincipal/...``), synchronous."""


class AsyncSoPrincipalRestAgent(AsyncSoPrincipalMethods, AsyncRestCaller):
    """SoPrincipal over REST (``/api/v1/Agents/SoPrincipal/...``), asynchronous."""
