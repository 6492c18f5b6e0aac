"""Tenant discovery against the stand-in status endpoint: the base URL, kept until ValidUntil,
invalidate() after a move, a tenant that is not running, and status answers that are not a
status. Sync and async."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from superoffice.online import (
    OidcProvider,
    SystemUserAuth,
    Tenant,
    TenantStatusError,
    TenantUnavailableError,
    environment_url,
)

from .helpers import pem
from .standin import FakeClock, Reply, StandIn, iso, json_reply

STATUS = "GET /api/state/Cust12345"


def base_url(mode: str, tenant: Tenant) -> str:
    return tenant.base_url() if mode == "sync" else asyncio.run(tenant.abase_url())


def test_the_base_url_is_the_status_endpoint_and_kept_until_valid_until(
    standin: StandIn, clock: FakeClock, mode: str
) -> None:
    tenant = Tenant(standin.context_id, standin.url, clock=clock)
    assert tenant.status_url == f"{standin.url}/api/state/Cust12345"
    standin.running(valid_for=120)
    assert base_url(mode, tenant) == standin.tenant_url
    clock.advance(119)
    assert base_url(mode, tenant) == standin.tenant_url
    assert standin.hits[STATUS] == 1
    standin.running(Endpoint="http://127.0.0.1:1/Cust12345/")  # moved (trailing slash dropped)
    clock.advance(1)
    assert base_url(mode, tenant) == "http://127.0.0.1:1/Cust12345"
    assert standin.hits[STATUS] == 2


def test_invalidate_fetches_the_status_again(
    standin: StandIn, clock: FakeClock, mode: str
) -> None:
    tenant = Tenant(standin.context_id, standin.url, clock=clock)
    assert base_url(mode, tenant) == standin.tenant_url
    standin.running(Endpoint="http://127.0.0.1:2/Cust12345")  # a 421 would tell the caller
    assert base_url(mode, tenant) == standin.tenant_url
    tenant.invalidate()
    assert base_url(mode, tenant) == "http://127.0.0.1:2/Cust12345"
    assert standin.hits[STATUS] == 2


def test_a_tenant_that_is_not_running_is_unavailable_until_valid_until(
    standin: StandIn, clock: FakeClock, mode: str
) -> None:
    tenant = Tenant(standin.context_id, standin.url, clock=clock)
    standin.running(valid_for=60, State="OfflineMaintenance", IsRunning=False)
    for _ in range(2):
        with pytest.raises(TenantUnavailableError, match="not running") as caught:
            base_url(mode, tenant)
    assert (caught.value.state, caught.value.context_id) == ("OfflineMaintenance", "Cust12345")
    assert caught.value.valid_until == pytest.approx(clock.now + 60, abs=0.001)
    assert standin.hits[STATUS] == 1  # the status says when to look again
    standin.running()
    clock.advance(60)
    assert base_url(mode, tenant) == standin.tenant_url


@pytest.mark.parametrize(
    "state, name, running",
    [
        (2, "Running", True),
        (5, "OnlineMaintenance", True),
        (6, "OfflineMaintenance", False),
        (4, "Suspended", False),
        ("MigrationPending", "MigrationPending", False),
        (99, "99", False),
    ],
)
def test_without_is_running_the_state_decides(
    state: object, name: str, running: bool, standin: StandIn, clock: FakeClock
) -> None:
    standin.running(State=state, IsRunning=None)
    status = Tenant(standin.context_id, standin.url, clock=clock).status()
    assert (status.state, status.is_running) == (name, running)


def _status(clock: FakeClock, **fields: object) -> Reply:
    data = {
        "ContextIdentifier": "Cust12345",
        "Endpoint": "https://sod2.superoffice.com/Cust12345",
        "State": "Running",
        "IsRunning": True,
        "ValidUntil": iso(clock.now + 60),
    }
    data.update(fields)
    return json_reply(200, {k: v for k, v in data.items() if v is not None})


MALFORMED: dict[str, tuple[Callable[[FakeClock], Reply], str]] = {
    "not JSON": (lambda c: (200, {}, b"<html>maintenance</html>"), "not a JSON object"),
    "a list": (lambda c: (200, {}, b"[]"), "not a JSON object"),
    "server error": (lambda c: (500, {}, b'{"Message": "oops"}'), "HTTP 500"),
    "no endpoint": (lambda c: _status(c, Endpoint=None), "no usable Endpoint"),
    "endpoint not a URL": (
        lambda c: _status(c, Endpoint="sod2.superoffice.com/C"),
        "no usable Endpoint",
    ),
    "endpoint with a password": (
        lambda c: _status(c, Endpoint="https://u:p@sod2.superoffice.com/C"),
        "no usable Endpoint",
    ),
    "endpoint with a line break": (
        lambda c: _status(c, Endpoint="https://sod2.superoffice.com/C\r\nX: 1"),
        "no usable Endpoint",
    ),
    "nested past recursion": (lambda c: (200, {}, b"[" * 100_000), "not a JSON object"),
    "no valid until": (lambda c: _status(c, ValidUntil=None), "no ValidUntil"),
    "valid until not a time": (lambda c: _status(c, ValidUntil="tomorrow"), "no ValidUntil"),
    "is running not a bool": (lambda c: _status(c, IsRunning="yes"), "IsRunning"),
    "state a list": (lambda c: _status(c, State=["Running"]), "State"),
    "another tenant": (lambda c: _status(c, ContextIdentifier="Cust99999"), "another tenant"),
}


@pytest.mark.parametrize("name", MALFORMED)
def test_a_status_that_is_not_one_is_an_error(
    name: str, standin: StandIn, clock: FakeClock, mode: str
) -> None:
    answer, message = MALFORMED[name]
    standin.status = answer(clock)
    tenant = Tenant(standin.context_id, standin.url, clock=clock)
    with pytest.raises(TenantStatusError, match=message):
        base_url(mode, tenant)


def test_valid_until_without_an_offset_is_utc(standin: StandIn, clock: FakeClock) -> None:
    standin.status = _status(clock, ValidUntil=iso(clock.now + 60).rstrip("Z"))
    assert Tenant(standin.context_id, standin.url, clock=clock).status().valid_until == (
        pytest.approx(clock.now + 60, abs=0.001)
    )


async def test_fifty_concurrent_lookups_share_one_fetch(
    standin: StandIn, clock: FakeClock
) -> None:
    tenant = Tenant(standin.context_id, standin.url, clock=clock)
    urls = await asyncio.gather(*(tenant.abase_url() for _ in range(50)))
    assert set(urls) == {standin.tenant_url}
    assert standin.hits[STATUS] == 1


def test_environment_names_and_urls(app_key: rsa.RSAPrivateKey) -> None:
    assert environment_url("sod") == "https://sod.superoffice.com"
    assert environment_url("stage") == "https://qaonline.superoffice.com"
    assert environment_url("Online") == "https://online.superoffice.com"
    assert environment_url("http://127.0.0.1:8080/") == "http://127.0.0.1:8080"
    with pytest.raises(ValueError, match="unknown environment"):
        environment_url("production")
    assert (
        Tenant("Cust1", "stage").status_url == "https://qaonline.superoffice.com/api/state/Cust1"
    )
    assert OidcProvider("sod").metadata_url == (
        "https://sod.superoffice.com/login/.well-known/openid-configuration"
    )
    auth = SystemUserAuth(
        context_id="Cust1",
        system_user_token="t",
        private_key=pem(app_key),
        application_token="a",
    )
    assert auth.exchange_url == (
        "https://online.superoffice.com/Login/api/PartnerSystemUser/Authenticate"
    )


@pytest.mark.parametrize("context_id", ["../../x", "Cust1/../../admin", "Cust 1", "", "Cust1?x=1"])
def test_a_context_id_that_is_not_one_is_refused(context_id: str) -> None:
    """It goes into the status URL's path: only a tenant's id can, not a way to other paths."""
    with pytest.raises(ValueError, match="tenant's id"):
        Tenant(context_id, "sod")
