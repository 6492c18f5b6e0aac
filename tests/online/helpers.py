"""What the online tests share: keys in the forms the docs use, agent calls run sync or async,
and the check that nothing secret shows in a message, repr or traceback."""

from __future__ import annotations

import asyncio
import base64
import traceback
from collections.abc import Sequence
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from superoffice.online import SystemUserAuth
from superoffice.services88.erpsync import (
    AsyncErpSyncAgent,
    AsyncErpSyncRestAgent,
    ErpSyncAgent,
    ErpSyncRestAgent,
)

from .standin import FakeClock, StandIn


def pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def rsa_key_value(key: rsa.RSAPrivateKey, *, public_only: bool = False) -> str:
    """The key as .NET's ``RSA.ToXmlString`` writes it (what application registration gives)."""

    def b64(number: int) -> str:
        return base64.b64encode(number.to_bytes((number.bit_length() + 7) // 8, "big")).decode()

    numbers = key.private_numbers()
    parts = {"Modulus": numbers.public_numbers.n, "Exponent": numbers.public_numbers.e}
    if not public_only:
        parts.update(
            P=numbers.p,
            Q=numbers.q,
            DP=numbers.dmp1,
            DQ=numbers.dmq1,
            InverseQ=numbers.iqmp,
            D=numbers.d,
        )
    return (
        "<RSAKeyValue>"
        + "".join(f"<{k}>{b64(v)}</{k}>" for k, v in parts.items())
        + "</RSAKeyValue>"
    )


def system_user(
    standin: StandIn, key: rsa.RSAPrivateKey | str | bytes, clock: FakeClock, **options: Any
) -> SystemUserAuth:
    return SystemUserAuth(
        context_id=standin.context_id,
        system_user_token=standin.system_user_token,
        private_key=pem(key) if isinstance(key, rsa.RSAPrivateKey) else key,
        application_token=standin.app_token,
        environment=standin.url,
        clock=clock,
        **options,
    )


def call(mode: str, protocol: str, base_url: str, auth: httpx.Auth, app_token: str) -> bool:
    """``ForceSyncAll`` through a generated ErpSync agent; whether the answer says IsOk."""
    if mode == "sync":
        agent = (ErpSyncAgent if protocol == "soap" else ErpSyncRestAgent)(
            base_url, auth=auth, app_token=app_token
        )
        try:
            response = agent.force_sync_all()
        finally:
            agent.close()
        return response is not None and response.is_ok is True
    return asyncio.run(acall(protocol, base_url, auth, app_token))


async def acall(protocol: str, base_url: str, auth: httpx.Auth, app_token: str) -> bool:
    agent = (AsyncErpSyncAgent if protocol == "soap" else AsyncErpSyncRestAgent)(
        base_url, auth=auth, app_token=app_token
    )
    try:
        response = await agent.force_sync_all()
    finally:
        await agent.aclose()
    return response is not None and response.is_ok is True


def leaked(standin: StandIn, things: Sequence[object], more: Sequence[str] = ()) -> list[str]:
    """The secrets of this test run that show in the messages, reprs or (for exceptions) the
    formatted tracebacks, causes included, of ``things``."""
    secrets = [
        standin.app_token,
        standin.system_user_token,
        standin.client_secret,
        *standin.issued,
    ]
    for body in standin.bodies:
        signed = body.get("SignedSystemToken")
        if signed:
            secrets += [signed, signed.rsplit(".", 1)[-1]]
        secrets += [body[k] for k in ("code", "code_verifier", "refresh_token") if k in body]
    text = []
    for thing in things:
        text += [str(thing), repr(thing)]
        if isinstance(thing, BaseException):
            text += traceback.format_exception(thing)
    rendered = "\n".join(text)
    return [s for s in [*secrets, *more] if s and s in rendered]
