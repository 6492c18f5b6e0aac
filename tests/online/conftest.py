"""Fixtures of the online tests: RSA keys made here (never committed), a clock the tests move,
and the stand-in SuperOffice Online on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from .standin import FakeClock, StandIn, serve


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
