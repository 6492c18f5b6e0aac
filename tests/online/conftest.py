"""Fixtures of the online tests: RSA keys made here (never committed), a clock the tests move,
and the stand-in SuperOffice Online on 127.0.0.1."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from .standin import FakeClock, StandIn, serve


@pytest.fixture(autouse=True, scope="session")
def _one_ssl_context() -> Iterator[None]:
    """Every httpx client builds an SSL context, reading the CA bundle (about 25 ms); the flows
    make short-lived clients, and these tests never use TLS (everything is http://127.0.0.1).
    So the clients share one context here: the flows' own code paths run unchanged, in a
    fraction of the time."""
    import httpx._transports.default as transports

    build = transports.create_ssl_context
    shared = build()

    def create_ssl_context(
        verify: Any = True, cert: Any = None, trust_env: bool = True
    ) -> ssl.SSLContext:
        if verify is True and cert is None:
            return shared
        return build(verify=verify, cert=cert, trust_env=trust_env)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transports, "create_ssl_context", create_ssl_context)
        yield


def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def app_key() -> rsa.RSAPrivateKey:
    """The application's key pair: it signs, the stand-in SuperID verifies."""
    return _new_key()


@pytest.fixture(scope="session")
def superid_key() -> rsa.RSAPrivateKey:
    """SuperID's key pair: the stand-in signs JWTs with it and publishes its public half."""
    return _new_key()


@pytest.fixture(scope="session")
def stranger_key() -> rsa.RSAPrivateKey:
    """A key nobody registered or published."""
    return _new_key()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def standin(
    clock: FakeClock, app_key: rsa.RSAPrivateKey, superid_key: rsa.RSAPrivateKey
) -> Iterator[StandIn]:
    with serve(StandIn(clock, app_key.public_key(), superid_key)) as server:
        server.running()
        yield server


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=["soap", "rest"])
def protocol(request: pytest.FixtureRequest) -> str:
    return str(request.param)
