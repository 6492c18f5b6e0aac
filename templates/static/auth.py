"""Credentials as ``httpx.Auth`` objects: every way into NetServer is one ``auth=`` argument.

An agent sends each call through ``client.send(request, auth=auth)``. The objects here put the
credential where the protocol carries it (:func:`transport.with_credentials`): a SOAP call's
``Credentials`` header, a REST call's ``Authorization`` header. Onsite credentials do not change
(:class:`TicketAuth`, :class:`BasicAuth`, :class:`BearerAuth`). SuperOffice Online's expire:
:class:`RenewingAuth` is what :mod:`superoffice.online`'s flows share. It keeps the credential,
renews it shortly before it expires or once when the server answers 401, and makes concurrent
calls wait for one renewal instead of each starting its own.
"""

from __future__ import annotations

import asyncio
import dataclasses
import math
import threading
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import Generic, TypeVar

import httpx

from .transport import (
    SOAP_ENVELOPE,
    SuperOfficeError,
    basic_auth,
    checked_secret,
    with_credentials,
)

_T = TypeVar("_T")


class AuthError(SuperOfficeError):
    """Base of every failure to get, renew or present credentials, or to find a SuperOffice Online
    tenant. Messages say what failed; they never contain a key, token, ticket or secret."""


class UnsupportedCredentialsError(AuthError):
    """These credentials cannot go where the call needs them: a SOAP call carries only a ticket
    (its ``Credentials`` header), so Basic and Bearer credentials work for REST calls only."""


@dataclasses.dataclass(frozen=True, repr=False)
class Credential:
    """What a call presents, and until when (epoch seconds).

    ``ticket`` goes into a SOAP call's ``Credentials`` header, and into a REST call as
    ``SOTicket <ticket>`` unless there is an ``authorization`` value (``Basic ...``,
    ``Bearer ...``), which REST calls then send instead.
    """

    ticket: str | None = None
    authorization: str | None = None
    expires_at: float = math.inf

    def __post_init__(self) -> None:
        try:
            checked_secret("the ticket", self.ticket)
            checked_secret("the Authorization value", self.authorization)
        except (TypeError, ValueError) as exc:
            raise AuthError(str(exc)) from None

    def __repr__(self) -> str:
        return f"Credential(expires_at={self.expires_at!r})"

    def apply(self, request: httpx.Request) -> httpx.Request:
        """``request`` carrying this credential: the request an auth flow yields."""
        if SOAP_ENVELOPE in request.extensions:
            if self.ticket is None:
                raise UnsupportedCredentialsError(
                    "a SOAP call needs a ticket and these credentials have none"
                    " (Basic and Bearer credentials are for REST calls)"
                )
            return with_credentials(request, ticket=self.ticket)
        return with_credentials(request, ticket=self.ticket, authorization=self.authorization)


class _FixedAuth(httpx.Auth):
    """A credential that never changes: applied as it is, a 401 passed on to the caller."""

    def __init__(self, credential: Credential) -> None:
        self._credential = credential

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield self._credential.apply(request)


class TicketAuth(_FixedAuth):
    """A ticket you already hold (onsite, or one you renew yourself): SOAP ``Credentials``
    header, REST ``Authorization: SOTicket``."""

    def __init__(self, ticket: str) -> None:
        super().__init__(Credential(ticket=ticket))


class BasicAuth(_FixedAuth):
    """Onsite user name and password (``Authorization: Basic``): REST calls only."""

    def __init__(self, user: str, password: str) -> None:
        try:
            checked_secret("user", user, text=True)
            checked_secret("password", password, text=True)
        except (TypeError, ValueError) as exc:
            raise AuthError(str(exc)) from None
        if ":" in user:
            raise AuthError("user must not contain ':' (Basic credentials split at the first one)")
        super().__init__(Credential(authorization=basic_auth(user, password)))


class BearerAuth(_FixedAuth):
    """An access token as it is (``Authorization: Bearer``): REST calls only. It is not renewed;
    :meth:`superoffice.online.OpenIdConnect.auth` gives one that is."""

    def __init__(self, token: str) -> None:
        super().__init__(Credential(authorization=f"Bearer {token}"))


class SharedValue(Generic[_T]):
    """One value that many callers use and one of them renews when it is no longer usable.

    Callers that find the value unusable queue on a lock, and the first to get it loads a new
    value; the others find that one usable and take it. ``stale`` names a value the caller saw
    fail (a ticket answered with 401): it is replaced even if it still looks usable, unless
    someone has replaced it already. Sync callers share a ``threading.Lock``, async callers an
    ``asyncio.Lock`` per event loop (a lock cannot be shared across loops); the two kinds do not
    wait for each other.
    """

    def __init__(self, value: _T | None = None) -> None:
        self._value = value
        self._lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    @property
    def current(self) -> _T | None:
        """The value as it is now, usable or not (None before the first load)."""
        return self._value

    def clear(self) -> None:
        """Forget the value: the next caller loads a new one."""
        self._value = None

    def _reusable(self, usable: Callable[[_T], bool], stale: _T | None) -> _T | None:
        value = self._value
        if value is not None and value is not stale and usable(value):
            return value
        return None

    def get(
        self, usable: Callable[[_T], bool], load: Callable[[], _T], stale: _T | None = None
    ) -> _T:
        """The value if ``usable``, else a new one from ``load`` (once, however many threads
        ask at the same time)."""
        value = self._reusable(usable, stale)
        if value is not None:
            return value
        with self._lock:
            value = self._reusable(usable, stale)
            if value is None:
                value = self._value = load()
        return value

    async def aget(
        self,
        usable: Callable[[_T], bool],
        load: Callable[[], Awaitable[_T]],
        stale: _T | None = None,
    ) -> _T:
        """:meth:`get` for coroutines: one ``load`` however many tasks ask at the same time."""
        value = self._reusable(usable, stale)
        if value is not None:
            return value
        loop = asyncio.get_running_loop()
        lock = self._async_locks.get(loop)
        if lock is None:
            lock = self._async_locks[loop] = asyncio.Lock()
        async with lock:
            value = self._reusable(usable, stale)
            if value is None:
                value = self._value = await load()
        return value


class RenewingAuth(httpx.Auth):
    """A credential that expires: obtained on first use, renewed ``renew_margin`` seconds before
    ``expires_at`` (by ``clock``), and renewed once when a call is answered 401, which is then
    sent again once. A second 401 goes back to the caller as the call's answer.

    Subclasses say how to obtain a credential, in both worlds: :meth:`_obtain` (sync, may block)
    and :meth:`_aobtain` (async). Concurrent calls share one renewal (see :class:`SharedValue`).
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float],
        renew_margin: float,
        credential: Credential | None = None,
    ) -> None:
        self._clock = clock
        self._renew_margin = renew_margin
        self._shared: SharedValue[Credential] = SharedValue(credential)

    def _obtain(self) -> Credential:
        raise NotImplementedError

    async def _aobtain(self) -> Credential:
        raise NotImplementedError

    def _fresh(self, credential: Credential) -> bool:
        return self._clock() < credential.expires_at - self._renew_margin

    def credential(self, stale: Credential | None = None) -> Credential:
        """The credential calls present now, obtained or renewed when needed; ``stale`` is one
        the server refused, to be replaced."""
        return self._shared.get(self._fresh, self._obtain, stale)

    async def acredential(self, stale: Credential | None = None) -> Credential:
        """:meth:`credential` for coroutines."""
        return await self._shared.aget(self._fresh, self._aobtain, stale)

    def invalidate(self) -> None:
        """Forget the credential: the next call obtains a new one."""
        self._shared.clear()

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        credential = self.credential()
        response = yield credential.apply(request)
        if response.status_code == 401:
            yield self.credential(stale=credential).apply(request)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        credential = await self.acredential()
        response = yield credential.apply(request)
        if response.status_code == 401:
            yield (await self.acredential(stale=credential)).apply(request)
