"""How a call gets to NetServer and back: deadlines, bounded bodies, retries and rate limits.

:mod:`superoffice.transport` builds each request and reads each answer; this module moves the
bytes. A call's ``timeout`` is a deadline for the whole call, connect, send, receive and any
retries: asynchronous calls run under ``asyncio.timeout``; synchronous ones on a client this
package made (or one built on :class:`DeadlineTransport`) give every socket operation only the
time left, so a server dripping a byte at a time cannot hold a call past it. A body is read as
raw bytes and inflated here, in steps, so a compressed bomb stops at ``max_response_bytes``.
Only answers that say the server did not run the call (429, 503) and connections that failed
before anything was sent are tried again; nothing that may have reached the server is.

Imported on a client's first call (it imports httpx and httpcore, httpx's own transport).
"""

from __future__ import annotations

import asyncio
import contextvars
import datetime
import email.utils
import math
import random
import threading
import time
import zlib
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Final

import httpcore
import httpx

_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "superoffice_deadline", default=None
)
"""When the call in progress in this context must end (``time.monotonic()``), or None."""


class TransferError(Exception):
    """What stopped reading an answer here (mapped to the transport's errors by the caller)."""


class DeadlinePassed(TransferError):
    """The call's deadline passed while it waited or read (mapped to the transport's
    ``TimeoutError`` by the caller)."""


def current_deadline() -> float | None:
    """The deadline of the call in progress in this context (``time.monotonic()``), if any:
    requests made on its behalf (an auth flow's exchange, a tenant lookup) end by it too."""
    return _DEADLINE.get()


class deadline_of:
    """Run a block as part of a call that must end by ``deadline``: ``with
    deadline_of(deadline): ...`` (a class, not a generator: entered on every call)."""

    __slots__ = ("_deadline", "_token")

    def __init__(self, deadline: float) -> None:
        self._deadline = deadline

    def __enter__(self) -> None:
        self._token = _DEADLINE.set(self._deadline)

    def __exit__(self, *exc_info: object) -> None:
        _DEADLINE.reset(self._token)


# --- deadlines on every socket operation -----------------------------------------------------


def _time_left(timeout: float | None) -> float | None:
    """The time a socket operation may take: its own timeout, cut to what the call has left."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _time_left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _time_left(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._stream.start_tls(ssl_context, server_hostname, _time_left(timeout))
        return _DeadlineStream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._backend = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(
            host, port, _time_left(timeout), local_address, socket_options
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_unix_socket(path, _time_left(timeout), socket_options)
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


class DeadlineTransport(httpx.HTTPTransport):
    """An ``httpx.HTTPTransport`` whose every socket operation ends by the deadline of the call
    it serves. Agents use it for the clients they make; give it to your own client to keep the
    same guarantee: ``httpx.Client(transport=DeadlineTransport(), event_hooks=...)``."""

    def __init__(
        self,
        *,
        verify: Any = True,
        cert: Any = None,
        trust_env: bool = True,
        limits: httpx.Limits = _LIMITS,
    ) -> None:
        super().__init__(verify=verify, cert=cert, trust_env=trust_env, limits=limits)
        # the pool httpx built, again, on sockets that know the deadline
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_DeadlineBackend(),
        )


def client(**options: Any) -> httpx.Client:
    """An ``httpx.Client`` on a :class:`DeadlineTransport`; ``options`` are ``httpx.Client``'s
    (``event_hooks``, ``headers``, ``verify``, ...)."""
    transport = DeadlineTransport(
        verify=options.get("verify", True),
        cert=options.get("cert"),
        trust_env=options.get("trust_env", True),
    )
    return httpx.Client(transport=transport, **options)


def async_client(**options: Any) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` (async calls keep their deadline with any client)."""
    return httpx.AsyncClient(**options)


# --- bounded bodies --------------------------------------------------------------------------


class BodyTooLarge(TransferError):
    """A response body past the limit (mapped to ``ResponseTooLargeError`` by the caller)."""


class UnsupportedEncoding(TransferError):
    """A ``Content-Encoding`` this package does not inflate."""


ACCEPT_ENCODING = "gzip, deflate"
"""What calls accept: the encodings inflated here, step by step."""


class _Body:
    """Collects a response body from raw chunks: inflated in bounded steps, at most ``limit``
    bytes, and (for clients without a deadline transport) no read past the deadline."""

    def __init__(self, encoding: str, limit: int, deadline: float) -> None:
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._inflater = None
        elif encoding in ("gzip", "x-gzip"):
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._inflater = zlib.decompressobj()
        else:
            raise UnsupportedEncoding(encoding)
        self._limit = limit
        self._deadline = deadline
        self._parts: list[bytes] = []
        self._size = 0

    def _keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise BodyTooLarge(self._limit)
        self._parts.append(data)

    def add(self, chunk: bytes) -> None:
        if time.monotonic() > self._deadline:
            raise DeadlinePassed
        if self._inflater is None:
            self._keep(chunk)
            return
        try:
            self._inflate(chunk)
        except zlib.error as exc:
            raise UnsupportedEncoding(f"a broken compressed body: {exc}") from None

    def _inflate(self, data: bytes) -> None:
        """Inflate ``data`` at most to the limit's worth at a time; a gzip body may be several
        members one after another."""
        while data:
            inflater = self._inflater
            assert inflater is not None
            self._keep(inflater.decompress(data, self._limit - self._size + 1))
            data = inflater.unconsumed_tail
            if inflater.eof and inflater.unused_data:
                data = inflater.unused_data
                self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def bytes(self) -> bytes:
        if self._inflater is not None:
            self._keep(self._inflater.flush())
        return b"".join(self._parts)


# --- retries ---------------------------------------------------------------------------------


def retry_after(headers: httpx.Headers, now: Callable[[], float] = time.time) -> float | None:
    """``Retry-After`` in seconds from now (delay-seconds or an HTTP date), None if absent or
    unreadable."""
    value = headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:  # asctime dates, and "-0000", are UTC in HTTP
            when = when.replace(tzinfo=datetime.UTC)
        return max(0.0, when.timestamp() - now())
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def backoff(attempt: int, first: float, longest: float, jitter: Callable[[], float]) -> float:
    """The wait before try ``attempt + 1``: ``first`` doubled each time up to ``longest``, the
    upper half jittered, so that clients throttled together do not come back together."""
    step: float = min(longest, first * 2.0**attempt)
    return step / 2 + jitter() * step / 2


# --- rate limits -----------------------------------------------------------------------------


class RateLimit:
    """At most ``per_second`` calls a second on average, in bursts of up to ``burst``: a token
    bucket. Give every agent of one tenant (sync and async alike) the same object and they keep
    to it together; a call that would have to wait past its deadline fails at once instead.

    ``clock``, ``sleep`` and ``asleep`` are there for tests."""

    def __init__(
        self,
        per_second: float = 10.0,
        burst: int | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        asleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if not per_second > 0 or math.isinf(per_second):
            raise ValueError("per_second must be a positive number")
        self.per_second = per_second
        self.burst = max(1, int(per_second) if burst is None else burst)
        self._clock = clock
        self._sleep = sleep
        self._asleep = asleep
        self._lock = threading.Lock()
        self._tokens = float(self.burst)
        self._at = clock()

    def __repr__(self) -> str:
        return f"RateLimit(per_second={self.per_second}, burst={self.burst})"

    def _reserve(self, budget: float) -> float:
        """Take a token (or a place in the queue for one); the wait until it is due."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self.burst, self._tokens + (now - self._at) * self.per_second)
            self._at = now
            wait = max(0.0, (1 - self._tokens) / self.per_second)
            if wait > budget:
                raise DeadlinePassed("the rate limit's wait is longer than the call has left")
            self._tokens -= 1
            return wait

    def acquire(self, budget: float = math.inf) -> None:
        """Wait for this call's turn (at most ``budget`` seconds)."""
        wait = self._reserve(budget)
        if wait:
            self._sleep(wait)

    async def aacquire(self, budget: float = math.inf) -> None:
        """:meth:`acquire` for coroutines."""
        wait = self._reserve(budget)
        if wait:
            await self._asleep(wait)


# --- one exchange ----------------------------------------------------------------------------


class Answer:
    """An HTTP answer read whole: status, reason, headers and the (inflated) body."""

    __slots__ = ("content", "headers", "reason", "status")

    def __init__(self, status: int, reason: str, headers: httpx.Headers, content: bytes) -> None:
        self.status = status
        self.reason = reason
        self.headers = headers
        self.content = content

    def response(self) -> httpx.Response:
        """The answer as an ``httpx.Response`` already read (its body inflated here)."""
        headers = [(k, v) for k, v in self.headers.items() if k.lower() != "content-encoding"]
        return httpx.Response(self.status, headers=headers, content=self.content)


NO_AUTH: Final = httpx.Auth()
"""Send without any auth, the client's default auth included (an auth flow's own requests)."""


def _open(client: httpx.Client, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
    if auth is None:
        return client.send(request, stream=True, follow_redirects=False)
    return client.send(request, stream=True, follow_redirects=False, auth=auth)


def _loaded(response: httpx.Response, limit: int) -> bytes:
    """The body of a response that arrived read already (one an ``httpx.MockTransport`` or an
    event hook made): httpx has inflated it."""
    if len(response.content) > limit:
        raise BodyTooLarge(limit)
    return response.content


def exchange(
    client: httpx.Client,
    request: httpx.Request,
    auth: httpx.Auth | None,
    deadline: float,
    limit: int,
) -> Answer:
    """Send ``request`` and read its answer by ``deadline`` (``time.monotonic()``)."""
    with deadline_of(deadline):
        response = _open(client, request, auth)
        try:
            if response.is_stream_consumed:
                content = _loaded(response, limit)
            else:
                body = _Body(response.headers.get("Content-Encoding", ""), limit, deadline)
                for chunk in response.iter_raw():
                    body.add(chunk)
                content = body.bytes()
        finally:
            response.close()
    return Answer(response.status_code, response.reason_phrase, response.headers, content)


async def aexchange(
    client: httpx.AsyncClient,
    request: httpx.Request,
    auth: httpx.Auth | None,
    deadline: float,
    limit: int,
) -> Answer:
    """:func:`exchange` for coroutines: the whole of it under ``asyncio.timeout``."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise DeadlinePassed
    try:
        with deadline_of(deadline):  # for requests an auth flow makes on the call's behalf
            async with asyncio.timeout(left):
                if auth is None:
                    response = await client.send(request, stream=True, follow_redirects=False)
                else:
                    response = await client.send(
                        request, stream=True, follow_redirects=False, auth=auth
                    )
                try:
                    if response.is_stream_consumed:
                        content = _loaded(response, limit)
                    else:
                        body = _Body(response.headers.get("Content-Encoding", ""), limit, deadline)
                        async for chunk in response.aiter_raw():
                            body.add(chunk)
                        content = body.bytes()
                finally:
                    await response.aclose()
    except TimeoutError:
        raise DeadlinePassed from None
    return Answer(response.status_code, response.reason_phrase, response.headers, content)


def not_sent(error: httpx.HTTPError) -> bool:
    """Whether a failed request never reached the server, so sending it again is safe."""
    return isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def jitter() -> float:
    return random.random()
