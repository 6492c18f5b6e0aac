"""SystemUserAuth against the stand-in: sign, exchange, check the JWT, call with its ticket,
renew before expiry and once on 401, one exchange for many concurrent calls; and every way the
exchange can go wrong. Each path runs sync and async, SOAP and REST where the call matters."""

from __future__ import annotations

import asyncio
import base64
import datetime
import hashlib
import hmac
import json
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import jwt
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID
from superoffice.auth import AuthError
from superoffice.online import (
    CLAIM_PREFIX,
    ApplicationKey,
    ExchangeRefusedError,
    InvalidKeyError,
    MissingDependencyError,
    SignatureRejectedError,
    StaticKeys,
    SystemUserAuth,
    TokenExpiredError,
    TokenValidationError,
    sign_system_user_token,
)
from superoffice.services88.erpsync import (
    AsyncErpSyncAgent,
    AsyncErpSyncRestAgent,
    ErpSyncRestAgent,
)
from superoffice.services88.types import PluginResponse
from superoffice.transport import HttpStatusError, TransportError

from .helpers import call, leaked, pem, rsa_key_value, system_user
from .standin import FakeClock, Reply, StandIn, json_reply

EXCHANGE = "POST /Login/api/PartnerSystemUser/Authenticate"
JWKS = "GET /login/.well-known/jwks"


def obtain(mode: str, auth: SystemUserAuth) -> None:
    """Get a ticket the way a call would: sync or async."""
    if mode == "sync":
        auth.credential()
    else:
        asyncio.run(auth.acredential())


# --- the flow --------------------------------------------------------------------------------


def test_one_exchange_gives_the_ticket_that_calls_carry(
    standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str, protocol: str
) -> None:
    auth = system_user(standin, app_key, clock)
    assert call(mode, protocol, standin.tenant_url, auth, standin.app_token)
    assert call(mode, protocol, standin.tenant_url, auth, standin.app_token)
    assert standin.hits[EXCHANGE] == 1
    (body,) = standin.bodies
    assert body["ApplicationToken"] == standin.app_token
    assert (body["ContextIdentifier"], body["ReturnTokenType"]) == (standin.context_id, "JWT")
    ticket = standin.issued[0]
    assert standin.seen == [(ticket, 200), (ticket, 200)]
    assert auth.claims is not None and auth.claims.ticket == ticket
    assert auth.claims.webapi_url == f"{standin.tenant_url}/api/"
    assert auth.claims.netserver_url == f"{standin.tenant_url}/Remote/Services88/"


def test_the_ticket_is_renewed_shortly_before_it_expires(
    standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str
) -> None:
    auth = system_user(standin, app_key, clock, ticket_lifetime=3600, renew_margin=300)
    assert call(mode, "rest", standin.tenant_url, auth, standin.app_token)
    clock.advance(3600 - 301)
    assert call(mode, "rest", standin.tenant_url, auth, standin.app_token)
    assert standin.hits[EXCHANGE] == 1
    clock.advance(2)  # now inside the margin
    assert call(mode, "rest", standin.tenant_url, auth, standin.app_token)
    assert standin.hits[EXCHANGE] == 2
    first, second = standin.issued
    assert standin.seen == [(first, 200), (first, 200), (second, 200)]


def test_a_refused_ticket_is_renewed_once_and_the_call_sent_again(
    standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str, protocol: str
) -> None:
    auth = system_user(standin, app_key, clock)
    assert call(mode, protocol, standin.tenant_url, auth, standin.app_token)
    standin.revoke_all()
    assert call(mode, protocol, standin.tenant_url, auth, standin.app_token)
    first, second = standin.issued
    assert standin.seen == [(first, 200), (first, 401), (second, 200)]
    assert standin.hits[EXCHANGE] == 2


def test_a_second_401_is_the_answer_the_caller_gets(
    standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str, protocol: str
) -> None:
    standin.reject_all = True
    auth = system_user(standin, app_key, clock)
    with pytest.raises(HttpStatusError) as caught:
        call(mode, protocol, standin.tenant_url, auth, standin.app_token)
    assert caught.value.status == 401
    assert standin.hits[EXCHANGE] == 2
    assert [status for _, status in standin.seen] == [401, 401]


async def test_fifty_concurrent_calls_share_one_exchange(
    standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, protocol: str
) -> None:
    auth = system_user(standin, app_key, clock)
    agent = (AsyncErpSyncAgent if protocol == "soap" else AsyncErpSyncRestAgent)(
        standin.tenant_url, auth=auth, app_token=standin.app_token
    )

    async def fifty() -> None:
        answers = await asyncio.gather(*(agent.force_sync_all() for _ in range(50)))
        assert all(a is not None and a.is_ok for a in answers)

    await fifty()  # no ticket yet
    assert standin.hits[EXCHANGE] == 1
    clock.advance(7 * 3600)  # the ticket has expired
    await fifty()
    assert standin.hits[EXCHANGE] == 2
    assert all(status == 200 for _, status in standin.seen)
    standin.revoke_all()  # every call in flight is answered 401
    await fifty()
    assert standin.hits[EXCHANGE] == 3
    await agent.aclose()


def test_threads_share_one_exchange(
    standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock
) -> None:
    auth = system_user(standin, app_key, clock)
    agent = ErpSyncRestAgent(standin.tenant_url, auth=auth, app_token=standin.app_token)
    with ThreadPoolExecutor(max_workers=10) as pool:
        answers = list(pool.map(lambda _: agent.force_sync_all(), range(30)))
    agent.close()
    assert all(a is not None and a.is_ok for a in answers)
    assert standin.hits[EXCHANGE] == 1


# --- the application's key and the signed token ----------------------------------------------


def test_the_signed_token_is_token_utc_minute_and_rsa_sha256_signature(
    app_key: rsa.RSAPrivateKey,
) -> None:
    now = datetime.datetime(2025, 6, 15, 12, 30, 59, tzinfo=datetime.UTC).timestamp()
    signed = sign_system_user_token("My App-x.y", ApplicationKey.load(pem(app_key)), now)
    token, stamp, signature = signed.rsplit(".", 2)
    assert (token, stamp) == ("My App-x.y", "202506151230")
    app_key.public_key().verify(
        base64.b64decode(signature),
        f"{token}.{stamp}".encode(),
        padding.PKCS1v15(),
        hashes.SHA256(),
    )


def test_xml_and_both_pem_forms_are_the_same_key(app_key: rsa.RSAPrivateKey) -> None:
    pkcs1 = app_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    xml = "\ufeff  " + rsa_key_value(app_key) + "\n"  # as saved by Windows tools
    signatures = {ApplicationKey.load(k).sign(b"data") for k in (pem(app_key), pkcs1, xml)}
    assert len(signatures) == 1  # PKCS#1 v1.5 signatures are deterministic


def test_the_xml_key_works_end_to_end(
    standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str
) -> None:
    auth = system_user(standin, rsa_key_value(app_key), clock)
    assert call(mode, "soap", standin.tenant_url, auth, standin.app_token)


def _encrypted(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"pass"),
    )


def _ec_key() -> bytes:
    return ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


BAD_KEYS: dict[str, tuple[Callable[[rsa.RSAPrivateKey], str | bytes], str]] = {
    "not a key": (lambda k: "secret-ish text", "neither PEM nor"),
    "truncated PEM": (lambda k: pem(k)[:300], "cannot be read"),
    "encrypted PEM": (_encrypted, "encrypted"),
    "EC key": (lambda k: _ec_key(), "not an RSA key"),
    "public XML key": (
        lambda k: rsa_key_value(k, public_only=True),
        "signing needs the private key",
    ),
    "broken XML": (lambda k: rsa_key_value(k)[:-5], "not well-formed"),
    "other XML": (lambda k: "<Key><Modulus>AQAB</Modulus></Key>", "not an <RSAKeyValue>"),
    "XML not base64": (lambda k: rsa_key_value(k).replace("<D>", "<D>!!"), "not base64"),
    "XML numbers that are no key": (
        lambda k: rsa_key_value(k).replace("<Exponent>AQAB<", "<Exponent>Aw==<"),
        "do not make an RSA key",
    ),
}


@pytest.mark.parametrize("name", BAD_KEYS)
def test_unusable_private_keys_fail_fast_without_showing_the_key(
    name: str, standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock
) -> None:
    make, message = BAD_KEYS[name]
    key = make(app_key)
    with pytest.raises(InvalidKeyError, match=message) as caught:
        system_user(standin, key, clock)
    material = key.decode() if isinstance(key, bytes) else key
    chunks = [c for c in material.replace("<", ">").split(">") if len(c) > 20]
    chunks += [line for line in material.splitlines() if len(line) > 20]
    assert leaked(standin, [caught.value], chunks) == []


# --- the exchange refused --------------------------------------------------------------------


def test_a_wrong_private_key_is_rejected_by_superid(
    standin: StandIn, stranger_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str
) -> None:
    auth = system_user(standin, stranger_key, clock)
    with pytest.raises(SignatureRejectedError) as caught:
        obtain(mode, auth)
    assert (caught.value.code, caught.value.status) == ("InvalidSignature", 200)
    assert leaked(standin, [caught.value, auth]) == []


def test_a_clock_far_from_utc_is_rejected_by_superid(
    standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str
) -> None:
    auth = system_user(standin, app_key, FakeClock(clock.now + 3600))
    with pytest.raises(SignatureRejectedError) as caught:
        obtain(mode, auth)
    assert caught.value.code == "InvalidTimestamp"


def _echo(body: dict[str, Any]) -> Reply:
    """A careless server that repeats what it was sent in its error message."""
    return json_reply(400, {"IsSuccessful": False, "ErrorMessage": f"Rejected {json.dumps(body)}"})


REFUSALS: dict[str, tuple[Callable[[dict[str, Any]], Reply], int, str, str | None]] = {
    "server error": (
        lambda b: json_reply(500, {"Message": "An error has occurred."}),
        500,
        "An error has occurred.",
        None,
    ),
    "revoked": (
        lambda b: json_reply(200, {"IsSuccessful": False, "ErrorMessage": "Error: Revoked (1)"}),
        200,
        "Error: Revoked (1)",
        "Revoked",
    ),
    "html": (
        lambda b: (502, {"Content-Type": "text/html"}, b"<html>Bad gateway</html>"),
        502,
        "the answer is not a JSON object",
        None,
    ),
    "no token": (
        lambda b: json_reply(200, {"IsSuccessful": True, "ErrorMessage": "", "Token": ""}),
        200,
        "the answer has no Token",
        None,
    ),
    "echoed secrets": (_echo, 400, "Rejected {", None),
}


@pytest.mark.parametrize("name", REFUSALS)
def test_a_refused_exchange_says_why_and_nothing_secret(
    name: str, standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str
) -> None:
    reply, status, reason, code = REFUSALS[name]
    standin.exchange_reply = reply
    auth = system_user(standin, app_key, clock)
    with pytest.raises(ExchangeRefusedError) as caught:
        obtain(mode, auth)
    assert type(caught.value) is ExchangeRefusedError
    assert (caught.value.status, caught.value.code) == (status, code)
    assert caught.value.reason.startswith(reason)
    assert leaked(standin, [caught.value, auth]) == []
    if name == "echoed secrets":
        assert "***" in caught.value.reason


# --- the JWT checked -------------------------------------------------------------------------


def _without(name: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda c: {k: v for k, v in c.items() if k != name}


HOSTILE_CLAIMS: dict[
    str, tuple[Callable[[dict[str, Any]], dict[str, Any]], type[Exception], str]
] = {
    "expired": (lambda c: {**c, "exp": c["nbf"] - 100}, TokenExpiredError, "expired"),
    "not valid yet": (lambda c: {**c, "nbf": c["exp"] + 600}, TokenValidationError, "nbf"),
    "no expiry": (_without("exp"), TokenValidationError, "no expiry"),
    "expiry not a time": (lambda c: {**c, "exp": "soon"}, TokenValidationError, "exp is not"),
    "expiry past any float": (
        lambda c: {**c, "exp": 10**400},
        TokenValidationError,
        "exp is not",
    ),
    "ticket a header cannot carry": (
        lambda c: {**c, CLAIM_PREFIX + "ticket": "7T:a\r\nX-Evil: 1"},
        AuthError,
        "ticket",
    ),
    "another issuer": (
        lambda c: {**c, "iss": "https://evil.example"},
        TokenValidationError,
        "issuer",
    ),
    "another audience": (lambda c: {**c, "aud": "spn:999"}, TokenValidationError, "audience"),
    "serial not the audience's": (
        lambda c: {**c, CLAIM_PREFIX + "serial": "999"},
        TokenValidationError,
        "audience",
    ),
    "no serial": (_without(CLAIM_PREFIX + "serial"), TokenValidationError, "serial"),
    "another tenant": (
        lambda c: {**c, CLAIM_PREFIX + "ctx": "Cust99999"},
        TokenValidationError,
        "Cust99999",
    ),
    "no ticket": (_without(CLAIM_PREFIX + "ticket"), TokenValidationError, "no ticket"),
}


@pytest.mark.parametrize("name", HOSTILE_CLAIMS)
def test_a_jwt_with_wrong_claims_is_refused(
    name: str, standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str
) -> None:
    shape, error, message = HOSTILE_CLAIMS[name]
    standin.shape_claims = shape
    auth = system_user(standin, app_key, clock)
    with pytest.raises(error, match=message) as caught:
        obtain(mode, auth)
    assert leaked(standin, [caught.value, auth]) == []
    assert auth.claims is None


def test_a_little_clock_skew_is_allowed(
    standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str
) -> None:
    standin.shape_claims = lambda c: {**c, "exp": c["nbf"] + 60 - 30}  # expired 30 s ago
    obtain(mode, system_user(standin, app_key, clock))


def test_a_jwt_signed_with_another_key_is_refused(
    standin: StandIn,
    app_key: rsa.RSAPrivateKey,
    stranger_key: rsa.RSAPrivateKey,
    clock: FakeClock,
    mode: str,
) -> None:
    standin.signer = stranger_key  # same kid as SuperID's published key
    auth = system_user(standin, app_key, clock)
    with pytest.raises(TokenValidationError, match="does not verify") as caught:
        obtain(mode, auth)
    assert leaked(standin, [caught.value]) == []


def test_a_jwt_naming_an_unknown_key_makes_one_new_key_fetch(
    standin: StandIn,
    app_key: rsa.RSAPrivateKey,
    stranger_key: rsa.RSAPrivateKey,
    clock: FakeClock,
    mode: str,
) -> None:
    standin.signer, standin.kid = stranger_key, "nobody-knows"
    with pytest.raises(TokenValidationError, match="no key"):
        obtain(mode, system_user(standin, app_key, clock))
    assert standin.hits[JWKS] == 2


def test_rotated_superid_keys_are_fetched_again(
    standin: StandIn,
    app_key: rsa.RSAPrivateKey,
    stranger_key: rsa.RSAPrivateKey,
    clock: FakeClock,
    mode: str,
) -> None:
    auth = system_user(standin, app_key, clock)
    assert call(mode, "rest", standin.tenant_url, auth, standin.app_token)
    standin.signer, standin.kid = stranger_key, "superid-2"  # SuperID rotates its key
    standin.published.append(("superid-2", stranger_key.public_key()))
    standin.revoke_all()
    assert call(mode, "rest", standin.tenant_url, auth, standin.app_token)
    assert (standin.hits[EXCHANGE], standin.hits[JWKS]) == (2, 2)


def _forged_hs256(claims: dict[str, Any], secret: bytes) -> str:
    """An HS256 token keyed with the public key: the algorithm-confusion forgery."""

    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    signing_input = part({"alg": "HS256", "typ": "JWT"}) + "." + part(claims)
    mac = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return signing_input + "." + base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


@pytest.mark.parametrize("forgery", ["hs256", "none", "garbage"])
def test_tokens_not_signed_rs256_are_refused(
    forgery: str,
    standin: StandIn,
    app_key: rsa.RSAPrivateKey,
    superid_key: rsa.RSAPrivateKey,
    clock: FakeClock,
    mode: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    public_pem = superid_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    sign = {
        "hs256": lambda c: _forged_hs256(c, public_pem),
        "none": lambda c: jwt.encode(c, None, algorithm="none"),
        "garbage": lambda c: "not.a-jwt",
    }[forgery]
    monkeypatch.setattr(standin, "sign", sign)
    with pytest.raises(TokenValidationError, match=r"not RS256|not a JWT"):
        obtain(mode, system_user(standin, app_key, clock))


def _certificate(key: rsa.RSAPrivateKey) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "SuperOffice Federated Login")])
    now = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )


@pytest.mark.parametrize("form", ["PEM certificate", "DER certificate", "PEM public key"])
def test_superoffice_certificate_instead_of_the_jwks(
    form: str,
    standin: StandIn,
    app_key: rsa.RSAPrivateKey,
    superid_key: rsa.RSAPrivateKey,
    stranger_key: rsa.RSAPrivateKey,
    clock: FakeClock,
    mode: str,
) -> None:
    def published(key: rsa.RSAPrivateKey) -> bytes:
        if form == "PEM public key":
            return key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        encoding = (
            serialization.Encoding.PEM if form == "PEM certificate" else serialization.Encoding.DER
        )
        return _certificate(key).public_bytes(encoding)

    auth = system_user(standin, app_key, clock, keys=StaticKeys(published(superid_key)))
    assert call(mode, "rest", standin.tenant_url, auth, standin.app_token)
    assert standin.hits[JWKS] == 0
    wrong = system_user(standin, app_key, clock, keys=StaticKeys(published(stranger_key)))
    with pytest.raises(TokenValidationError, match="does not verify"):
        obtain(mode, wrong)


def test_unreadable_certificates_are_refused() -> None:
    with pytest.raises(InvalidKeyError):
        StaticKeys(b"not a certificate")


# --- without the online extra ----------------------------------------------------------------


def test_checking_tokens_without_pyjwt_says_what_to_install(
    standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    auth = system_user(standin, app_key, clock)
    monkeypatch.setitem(sys.modules, "jwt", None)  # import jwt now fails
    with pytest.raises(MissingDependencyError, match=r"superoffice-clients\[online\]"):
        auth.credential()
    # and a flow made without it says so at once, naming the package, before any request
    sent = sum(standin.hits.values())
    with pytest.raises(MissingDependencyError, match=r"^PyJWT is not installed") as caught:
        system_user(standin, app_key, clock)
    assert "superoffice-clients[online]" in str(caught.value)
    assert sum(standin.hits.values()) == sent


# --- the caller's own clients, and no answer at all ------------------------------------------


def test_the_callers_client_carries_the_exchange_without_its_default_auth(
    standin: StandIn, app_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str
) -> None:
    """The flow as the client's default auth, and its own requests through that client: they
    must not go through the flow again."""
    if mode == "sync":
        with httpx.Client() as client:
            client.auth = system_user(standin, app_key, clock, client=client)
            agent = ErpSyncRestAgent(
                standin.tenant_url, client=client, app_token=standin.app_token
            )
            answer = agent.force_sync_all()
    else:

        async def go() -> PluginResponse | None:
            async with httpx.AsyncClient() as client:
                client.auth = system_user(standin, app_key, clock, async_client=client)
                agent = AsyncErpSyncRestAgent(
                    standin.tenant_url, client=client, app_token=standin.app_token
                )
                return await agent.force_sync_all()

        answer = asyncio.run(go())
    assert answer is not None and answer.is_ok
    assert standin.hits[EXCHANGE] == 1


def test_no_answer_from_superid_is_a_transport_error(
    app_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str
) -> None:
    auth = SystemUserAuth(
        context_id="Cust1",
        system_user_token="t",
        private_key=pem(app_key),
        application_token="a",
        environment="http://127.0.0.1:1",
        clock=clock,
    )
    with pytest.raises(TransportError, match="ConnectError"):
        obtain(mode, auth)
