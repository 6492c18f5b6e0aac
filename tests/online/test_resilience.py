"""The agents with SuperOffice Online's moving parts, against the stand-in on 127.0.0.1: a tenant
that moves (421 Misdirected Request), throttling (429 and 503 with Retry-After), connections that
fail before anything is sent, and a client-side rate limit shared by sync and async agents.
Waits go through injected sleeps and clocks: nothing here sleeps for real."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from superoffice.auth import TicketAuth
from superoffice.online import Tenant
from superoffice.sending import RateLimit
from superoffice.services88.erpsync import (
    AsyncErpSyncAgent,
    AsyncErpSyncRestAgent,
    ErpSyncAgent,
    ErpSyncRestAgent,
)
from superoffice.transport import HttpStatusError, Retry, TimeoutError, TransportError

from .helpers import system_user
from .standin import SOAP_OK, FakeClock, StandIn, json_reply, serve

AGENTS = {
    ("sync", "soap"): ErpSyncAgent,
    ("sync", "rest"): ErpSyncRestAgent,
    ("async", "soap"): AsyncErpSyncAgent,
    ("async", "rest"): AsyncErpSyncRestAgent,
}


def force_sync_all(mode: str, protocol: str, base: Any, **options: Any) -> Any:
    agent = AGENTS[(mode, protocol)](base, **options)
    if mode == "sync":
        with agent:
            return agent.force_sync_all()

    async def go() -> Any:
        async with agent:
            return await agent.force_sync_all()

    return asyncio.run(go())


class Sleeps:
    """An injected sleep: records each wait and returns at once."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    def retry(self, **options: Any) -> Retry:
        return Retry(sleep=self, asleep=self.asleep, jitter=lambda: 0.5, **options)


# --- a tenant that moves -------------------------------------------------------------------------


def test_a_tenant_that_moved_is_found_again_and_the_call_sent_once_more(
    standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str, protocol: str
) -> None:
    """The status says the tenant is at the old address; the old address answers 421; the
    agent asks the status again (which now has the new address) and sends the call there."""
    moved = StandIn(clock, app_key.public_key(), standin.signer)
    moved.handle = lambda *request: (421, {}, b"")  # type: ignore[method-assign]
    with serve(moved) as old:
        standin.running(Endpoint=old.tenant_url)
        tenant = Tenant(standin.context_id, standin.url, clock=clock)
        auth = system_user(standin, app_key, clock)
        assert tenant.base_url() == old.tenant_url
        standin.running()  # it moved: the next look at the status gives the new address
        answer = force_sync_all(mode, protocol, tenant, auth=auth, app_token=standin.app_token)
    assert answer is not None and answer.is_ok is True
    assert standin.hits["GET /api/state/Cust12345"] == 2


def test_a_second_421_goes_back_to_the_caller(
    standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str
) -> None:
    misdirected = StandIn(clock, app_key.public_key(), standin.signer)
    misdirected.handle = lambda *request: (421, {}, b"")  # type: ignore[method-assign]
    with serve(misdirected) as old:
        standin.running(Endpoint=old.tenant_url)  # and it stays there
        tenant = Tenant(standin.context_id, standin.url, clock=clock)
        with pytest.raises(HttpStatusError) as caught:
            force_sync_all(mode, "rest", tenant, auth=TicketAuth("7T:t"))
    assert caught.value.status == 421
    assert standin.hits["GET /api/state/Cust12345"] == 2


# --- throttling --------------------------------------------------------------------------------


def throttle_then_answer(standin: StandIn, statuses: list[int], after: str = "3") -> None:
    """The tenant answers with ``statuses`` (Retry-After: ``after``), then normally."""
    answer = standin.agent

    def agent(route: str, headers: dict[str, str], body: bytes) -> Any:
        if statuses:
            return statuses.pop(0), {"Retry-After": after}, b""
        return answer(route, headers, body)

    standin.agent = agent  # type: ignore[method-assign]


def test_429_and_503_are_tried_again_after_retry_after(
    standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str, protocol: str
) -> None:
    throttle_then_answer(standin, [429, 503])
    sleeps = Sleeps()
    auth = system_user(standin, app_key, clock)
    answer = force_sync_all(
        mode,
        protocol,
        standin.tenant_url,
        auth=auth,
        app_token=standin.app_token,
        retry=sleeps.retry(),
    )
    assert answer is not None and answer.is_ok is True
    assert sleeps.waits == [3.0, 3.0]


def test_without_retry_after_the_waits_grow_jittered(
    standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str
) -> None:
    throttle_then_answer(standin, [503, 503, 503], after="soon")  # an unreadable Retry-After
    sleeps = Sleeps()
    auth = system_user(standin, app_key, clock)
    answer = force_sync_all(
        mode,
        "rest",
        standin.tenant_url,
        auth=auth,
        app_token=standin.app_token,
        retry=sleeps.retry(attempts=4, backoff=1.0),
    )
    assert answer is not None
    assert sleeps.waits == [0.75, 1.5, 3.0]  # halves of 1, 2, 4 plus half of the jitter


def test_throttling_past_the_attempts_or_the_deadline_is_the_callers(
    standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str
) -> None:
    throttle_then_answer(standin, [429] * 5)
    sleeps = Sleeps()
    auth = system_user(standin, app_key, clock)
    with pytest.raises(HttpStatusError) as caught:
        force_sync_all(
            mode,
            "rest",
            standin.tenant_url,
            auth=auth,
            app_token=standin.app_token,
            retry=sleeps.retry(attempts=3),
        )
    assert caught.value.status == 429 and caught.value.headers["Retry-After"] == "3"
    assert sleeps.waits == [3.0, 3.0]
    throttle_then_answer(standin, [429], after="100")  # longer than the call's 5 s timeout
    with pytest.raises(HttpStatusError):
        force_sync_all(
            mode,
            "rest",
            standin.tenant_url,
            auth=auth,
            app_token=standin.app_token,
            retry=sleeps.retry(),
            timeout=5,
        )
    assert sleeps.waits == [3.0, 3.0]  # no wait it could not finish


def test_a_500_is_never_sent_again(standin: StandIn, mode: str) -> None:
    calls: list[str] = []

    def agent(route: str, headers: dict[str, str], body: bytes) -> Any:
        calls.append(route)
        return json_reply(500, {"Error": True, "ErrorMessage": "boom"})

    standin.agent = agent  # type: ignore[method-assign]
    sleeps = Sleeps()
    with pytest.raises(Exception, match="boom"):
        force_sync_all(mode, "rest", standin.tenant_url, ticket="7T:t", retry=sleeps.retry())
    assert len(calls) == 1 and sleeps.waits == []


def test_a_refused_connection_is_tried_again(mode: str) -> None:
    """Nothing listens: the request was never sent, so trying again is safe."""
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    sleeps = Sleeps()
    with pytest.raises(TransportError) as caught:
        force_sync_all(mode, "rest", f"http://127.0.0.1:{port}", retry=sleeps.retry())
    assert not isinstance(caught.value, TimeoutError)
    assert sleeps.waits == [0.375, 0.75]


# --- rate limit ----------------------------------------------------------------------------------


def test_a_rate_limit_is_shared_by_sync_and_async_agents(standin: StandIn) -> None:
    clock = FakeClock(0.0)
    sleeps = Sleeps()

    def sleep(seconds: float) -> None:
        sleeps(seconds)
        clock.advance(seconds)

    async def asleep(seconds: float) -> None:
        sleep(seconds)

    limit = RateLimit(per_second=2, burst=2, clock=clock, sleep=sleep, asleep=asleep)
    standin.agent = lambda *request: json_reply(200, {"IsOk": True})  # type: ignore[method-assign]
    for mode in ("sync", "async", "sync", "async", "sync"):
        force_sync_all(mode, "rest", standin.tenant_url, ticket="7T:t", rate_limit=limit)
    assert sleeps.waits == [0.5, 0.5, 0.5]  # two at once, then one every half second
    assert "per_second=2" in repr(limit)


def test_a_rate_limit_wait_past_the_deadline_fails_at_once(standin: StandIn) -> None:
    limit = RateLimit(per_second=0.01, burst=1, sleep=lambda s: pytest.fail("no wait"))
    standin.agent = lambda *request: json_reply(200, {"IsOk": True})  # type: ignore[method-assign]
    force_sync_all("sync", "rest", standin.tenant_url, ticket="7T:t", rate_limit=limit)
    hits = sum(standin.hits.values())
    with pytest.raises(TimeoutError, match="not sent: the rate limit's wait is longer"):
        force_sync_all("sync", "rest", standin.tenant_url, ticket="7T:t", rate_limit=limit)
    assert sum(standin.hits.values()) == hits


def test_soap_answers_pass_through_the_same_policy(standin: StandIn) -> None:
    throttle_then_answer(standin, [503])
    sleeps = Sleeps()
    standin.agent = (  # type: ignore[method-assign]
        lambda *request: (
            (503, {"Retry-After": "1"}, b"")
            if not sleeps.waits
            else (200, {"Content-Type": "text/xml"}, SOAP_OK)
        )
    )
    answer = force_sync_all(
        "sync", "soap", standin.tenant_url, ticket="7T:t", retry=sleeps.retry()
    )
    assert answer is not None and answer.is_ok is True and sleeps.waits == [1.0]
