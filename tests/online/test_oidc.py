"""OpenID Connect against the stand-in SuperID: the authorization URL (PKCE S256, state, nonce),
the code exchange, the id_token checked against the metadata document's JWKS, calls as the user
(REST Bearer, SOAP ticket claim), and renewal with the refresh token. Sync and async."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import hashlib
import urllib.parse
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from superoffice.auth import UnsupportedCredentialsError
from superoffice.online import (
    CLAIM_PREFIX,
    AuthorizationError,
    AuthorizationRequest,
    ExchangeRefusedError,
    OidcProvider,
    OidcTokens,
    OpenIdConnect,
    ProviderError,
    TokenExpiredError,
    TokenValidationError,
)
from superoffice.services88.erpsync import AsyncErpSyncRestAgent

from .helpers import call, leaked
from .standin import FakeClock, StandIn

TOKENS = "POST /login/common/oauth/tokens"


def connect(standin: StandIn, clock: FakeClock) -> OpenIdConnect:
    return OpenIdConnect(
        standin.client_id,
        standin.redirect_uri,
        client_secret=standin.client_secret,
        environment=standin.url,
        clock=clock,
    )


def begin(mode: str, oidc: OpenIdConnect) -> AuthorizationRequest:
    return oidc.begin() if mode == "sync" else asyncio.run(oidc.abegin())


def consent(request: AuthorizationRequest, redirect_uri: str) -> dict[str, str]:
    """The user's browser: to the authorization URL, and the redirect's parameters back."""
    reply = httpx.get(request.url)
    assert reply.status_code == 302
    location = reply.headers["Location"]
    assert location.startswith(redirect_uri + "?")
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).query))


def finish(
    mode: str, oidc: OpenIdConnect, request: AuthorizationRequest, answer: dict[str, str]
) -> OidcTokens:
    if mode == "sync":
        return oidc.finish(request, answer)
    return asyncio.run(oidc.afinish(request, answer))


def sign_in(mode: str, oidc: OpenIdConnect, standin: StandIn) -> OidcTokens:
    request = begin(mode, oidc)
    return finish(mode, oidc, request, consent(request, standin.redirect_uri))


def test_the_authorization_url_asks_for_a_code_with_pkce_state_and_nonce(
    standin: StandIn, clock: FakeClock, mode: str
) -> None:
    oidc = connect(standin, clock)
    request = begin(mode, oidc)
    url = urllib.parse.urlsplit(request.url)
    assert (
        f"{url.scheme}://{url.netloc}{url.path}" == f"{standin.url}/login/common/oauth/authorize"
    )
    query = dict(urllib.parse.parse_qsl(url.query))
    challenge = base64.urlsafe_b64encode(hashlib.sha256(request.code_verifier.encode()).digest())
    assert query == {
        "client_id": standin.client_id,
        "scope": "openid",
        "response_type": "code",
        "redirect_uri": standin.redirect_uri,
        "state": request.state,
        "nonce": request.nonce,
        "code_challenge": challenge.rstrip(b"=").decode(),
        "code_challenge_method": "S256",
    }
    assert 43 <= len(request.code_verifier) <= 128
    assert begin(mode, oidc).state != request.state
    assert "nonce" not in oidc.begin(nonce=False).url
    assert "login_hint=admin%40example.com" in oidc.begin(login_hint="admin@example.com").url


def test_sign_in_gives_checked_tokens_and_calls_as_the_user(
    standin: StandIn, clock: FakeClock, mode: str, protocol: str
) -> None:
    oidc = connect(standin, clock)
    tokens = sign_in(mode, oidc, standin)
    code_request = standin.bodies[-1]
    assert code_request["grant_type"] == "authorization_code"
    assert code_request["client_secret"] == standin.client_secret
    assert tokens.claims.context_id == standin.context_id
    assert tokens.claims.webapi_url == f"{standin.tenant_url}/api/"
    assert tokens.claims.netserver_url == f"{standin.tenant_url}/Remote/Services88/"
    assert tokens.claims.ticket is not None and tokens.refresh_token is not None
    assert tokens.expires_at == clock.now + 3600
    assert call(mode, protocol, standin.tenant_url, oidc.auth(tokens), standin.app_token)
    presented = tokens.claims.ticket if protocol == "soap" else tokens.access_token
    assert standin.seen == [(presented, 200)]


def test_the_access_token_is_refreshed_shortly_before_it_expires(
    standin: StandIn, clock: FakeClock, mode: str
) -> None:
    oidc = connect(standin, clock)
    tokens = sign_in(mode, oidc, standin)
    auth = oidc.auth(tokens)
    clock.advance(3600 - 61)
    assert call(mode, "rest", standin.tenant_url, auth, standin.app_token)
    assert standin.hits[TOKENS] == 1
    clock.advance(2)
    assert call(mode, "rest", standin.tenant_url, auth, standin.app_token)
    assert standin.hits[TOKENS] == 2 and standin.bodies[-1]["grant_type"] == "refresh_token"
    assert auth.tokens is not None
    assert standin.seen == [(tokens.access_token, 200), (auth.tokens.access_token, 200)]
    assert auth.tokens.claims.context_id == standin.context_id


def test_a_refused_access_token_is_refreshed_once_and_the_call_sent_again(
    standin: StandIn, clock: FakeClock, mode: str, protocol: str
) -> None:
    oidc = connect(standin, clock)
    tokens = sign_in(mode, oidc, standin)
    auth = oidc.auth(tokens)
    standin.revoke_all()
    assert call(mode, protocol, standin.tenant_url, auth, standin.app_token)
    assert [status for _, status in standin.seen] == [401, 200]
    assert standin.bodies[-1]["refresh_token"] == tokens.refresh_token


def test_a_stored_refresh_token_is_enough(standin: StandIn, clock: FakeClock, mode: str) -> None:
    oidc = connect(standin, clock)
    stored = sign_in(mode, oidc, standin).refresh_token
    auth = connect(standin, clock).auth(refresh_token=stored)
    assert call(mode, "soap", standin.tenant_url, auth, standin.app_token)
    assert auth.tokens is not None and auth.tokens.claims.ticket == standin.seen[0][0]


def test_without_a_refresh_token_an_expired_access_token_is_an_error(
    standin: StandIn, clock: FakeClock, mode: str
) -> None:
    oidc = connect(standin, clock)
    tokens = dataclasses.replace(sign_in(mode, oidc, standin), refresh_token=None)
    clock.advance(3600)
    with pytest.raises(TokenExpiredError, match="no refresh token"):
        call(mode, "rest", standin.tenant_url, oidc.auth(tokens), standin.app_token)


async def test_fifty_concurrent_calls_share_one_refresh(
    standin: StandIn, clock: FakeClock
) -> None:
    oidc = connect(standin, clock)
    request = await oidc.abegin()
    auth = oidc.auth(await oidc.afinish(request, consent(request, standin.redirect_uri)))
    agent = AsyncErpSyncRestAgent(standin.tenant_url, auth=auth)
    clock.advance(3600)
    answers = await asyncio.gather(*(agent.force_sync_all() for _ in range(50)))
    await agent.aclose()
    assert all(a is not None and a.is_ok for a in answers)
    assert standin.hits[TOKENS] == 2  # the code, one refresh


def test_soap_calls_need_the_ticket_claim(standin: StandIn, clock: FakeClock, mode: str) -> None:
    standin.ticket_claim = False
    oidc = connect(standin, clock)
    auth = oidc.auth(sign_in(mode, oidc, standin))
    assert call(mode, "rest", standin.tenant_url, auth, standin.app_token)
    with pytest.raises(UnsupportedCredentialsError, match="needs a ticket"):
        call(mode, "soap", standin.tenant_url, auth, standin.app_token)


# --- answers that must not be trusted --------------------------------------------------------


@pytest.mark.parametrize(
    "answer, message",
    [
        (
            lambda r: {"error": "access_denied", "error_description": "User said no"},
            "access_denied",
        ),
        (lambda r: {"code": "abc", "state": "forged"}, "state"),
        (lambda r: {"state": r.state}, "no code"),
        (lambda r: {"code": "abc", "state": "\u00e6" + r.state[1:]}, "state"),
        (lambda r: {"code": "abc"}, "state"),
        (lambda r: {"error": "x" * 100_000}, "sign-in failed: x+\\.\\.\\.$"),
    ],
)
def test_answers_that_are_not_for_this_request(
    answer: Callable[[AuthorizationRequest], dict[str, str]],
    message: str,
    standin: StandIn,
    clock: FakeClock,
    mode: str,
) -> None:
    oidc = connect(standin, clock)
    request = begin(mode, oidc)
    with pytest.raises(AuthorizationError, match=message):
        finish(mode, oidc, request, answer(request))
    assert standin.hits[TOKENS] == 0


HOSTILE_ID_TOKENS: dict[str, tuple[Callable[[dict[str, Any]], dict[str, Any]], str]] = {
    "another nonce": (lambda c: {**c, "nonce": "replayed"}, "nonce"),
    "no nonce": (lambda c: {k: v for k, v in c.items() if k != "nonce"}, "nonce"),
    "another audience": (lambda c: {**c, "aud": "someone-else"}, "audience"),
    "another issuer": (lambda c: {**c, "iss": "https://evil.example"}, "issuer"),
    "expired": (lambda c: {**c, "exp": c["nbf"] - 100}, "expired"),
}


@pytest.mark.parametrize("name", HOSTILE_ID_TOKENS)
def test_an_id_token_that_does_not_check_out_is_refused(
    name: str, standin: StandIn, clock: FakeClock, mode: str
) -> None:
    standin.shape_claims, message = HOSTILE_ID_TOKENS[name]
    oidc = connect(standin, clock)
    request = begin(mode, oidc)
    with pytest.raises(TokenValidationError, match=message) as caught:
        finish(mode, oidc, request, consent(request, standin.redirect_uri))
    assert leaked(standin, [caught.value], [request.code_verifier]) == []


def test_an_id_token_signed_with_another_key_is_refused(
    standin: StandIn, stranger_key: rsa.RSAPrivateKey, clock: FakeClock, mode: str
) -> None:
    standin.signer = stranger_key
    with pytest.raises(TokenValidationError, match="does not verify"):
        sign_in(mode, connect(standin, clock), standin)


@pytest.mark.parametrize("tamper", ["verifier", "code replayed", "secret"])
def test_the_token_endpoint_refusing_says_why_and_nothing_secret(
    tamper: str, standin: StandIn, clock: FakeClock, mode: str
) -> None:
    oidc = connect(standin, clock)
    request = begin(mode, oidc)
    answer = consent(request, standin.redirect_uri)
    if tamper == "verifier":
        request = dataclasses.replace(request, code_verifier="x" * 43)
    elif tamper == "code replayed":
        finish(mode, oidc, request, answer)
    else:
        oidc = OpenIdConnect(
            standin.client_id,
            standin.redirect_uri,
            client_secret=standin.client_secret + "-wrong",
            environment=standin.url,
            clock=clock,
        )
    with pytest.raises(ExchangeRefusedError) as caught:
        finish(mode, oidc, request, answer)
    assert caught.value.status == 400
    assert caught.value.code == ("invalid_client" if tamper == "secret" else "invalid_grant")
    assert "***" in caught.value.reason  # the stand-in echoes the form: masked
    more = [request.code_verifier, standin.client_secret + "-wrong"]
    assert leaked(standin, [caught.value, request, oidc], more) == []


def test_nothing_secret_in_the_reprs(standin: StandIn, clock: FakeClock) -> None:
    oidc = connect(standin, clock)
    request = oidc.begin()
    tokens = oidc.finish(request, consent(request, standin.redirect_uri))
    auth = oidc.auth(tokens)
    things = [oidc, request, tokens, tokens.claims, auth, auth.credential()]
    assert leaked(standin, things, [request.code_verifier]) == []
    assert CLAIM_PREFIX + "ticket" in repr(tokens.claims)  # the names are there, not the values


def test_metadata_and_key_set_that_cannot_be_used(standin: StandIn, mode: str) -> None:
    def keys(provider: OidcProvider) -> object:
        return provider.keys() if mode == "sync" else asyncio.run(provider.akeys())

    with pytest.raises(ProviderError, match="metadata document is not JSON"):
        keys(OidcProvider(standin.url + "/nowhere"))
    standin.published = []
    with pytest.raises(ProviderError, match="no RSA signing key"):
        keys(OidcProvider(standin.url))
