"""SuperOffice Online: getting and renewing credentials, and finding a tenant.

- :class:`SystemUserAuth`: a background integration's ``auth=``. It signs the system user token
  with the application's RSA key, trades it at SuperID's PartnerSystemUser endpoint for a JWT,
  checks that JWT against SuperOffice's published keys, and presents the JWT's ticket claim until
  the ticket is about to expire (or is refused), then trades again.
- :class:`OpenIdConnect`: sign-in of a user (authorization code flow with PKCE), the id_token
  checked against the metadata document's keys, and :class:`OidcAuth`, an ``auth=`` that renews
  the access token with the refresh token.
- :class:`Tenant`: a tenant's current base URL from the tenant status endpoint, kept until the
  status says to look again; ``invalidate()`` after a 421 (the tenant moved).

Signing and checking JWTs need the ``online`` extra (PyJWT, cryptography); they are imported when
first needed, so this module and the clients import without them. Every failure is an
:class:`~superoffice.auth.AuthError` (or the transport's ``TransportError`` when no answer came);
messages and reprs never show a key, token, ticket or secret. Every decision that depends on the
time reads ``clock`` (epoch seconds, ``time.time`` by default).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import dataclasses
import hashlib
import hmac
import importlib
import json
import math
import re
import secrets
import time
import types
import urllib.parse
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Final, NamedTuple, Protocol

import httpx
from lxml import etree

from . import sending, transport
from .auth import AuthError, Credential, RenewingAuth, SharedValue

__all__ = [
    "CLAIM_PREFIX",
    "ENVIRONMENTS",
    "RUNNING_STATES",
    "TENANT_STATES",
    "ApplicationKey",
    "AuthError",
    "AuthorizationError",
    "AuthorizationRequest",
    "Claims",
    "ExchangeRefusedError",
    "InvalidKeyError",
    "KeySource",
    "MissingDependencyError",
    "OidcAuth",
    "OidcMetadata",
    "OidcProvider",
    "OidcTokens",
    "OpenIdConnect",
    "ProviderError",
    "SignatureRejectedError",
    "StaticKeys",
    "SystemUserAuth",
    "Tenant",
    "TenantStatus",
    "TenantStatusError",
    "TenantUnavailableError",
    "TokenExpiredError",
    "TokenValidationError",
    "VerificationKey",
    "environment_url",
    "sign_system_user_token",
]

Clock = Callable[[], float]


# --- errors ----------------------------------------------------------------------------------


class MissingDependencyError(AuthError):
    """The ``online`` extra is not installed: signing and checking tokens need PyJWT and
    cryptography (``pip install "superoffice-clients[online]"``)."""


class InvalidKeyError(AuthError):
    """A key that cannot be used: the application's private key (not PEM or ``<RSAKeyValue>``,
    encrypted, not RSA, or a public key only), or a certificate given to check tokens with."""


class ProviderError(AuthError):
    """SuperID's metadata document or key set (JWKS) could not be fetched or read."""


class ExchangeRefusedError(AuthError):
    """SuperID gave no credentials: the PartnerSystemUser or token endpoint refused, or answered
    with something that is not credentials.

    ``status`` is the HTTP status; ``reason`` the server's message, shortened and with this
    exchange's secrets masked; ``code`` the error it names: an AuthorizeErrorCode (``Revoked``,
    ``Expired``, ``Denied``, ``NeedsReapproval``, ``InvalidTimestamp``, ``InvalidSignature``,
    ...) or an OAuth ``error`` (``invalid_grant``, ...), None when it names none.
    """

    def __init__(self, exchange: str, status: int, reason: str, code: str | None) -> None:
        super().__init__(f"{exchange} refused (HTTP {status}): {reason}")
        self.status = status
        self.reason = reason
        self.code = code


class SignatureRejectedError(ExchangeRefusedError):
    """SuperID rejected the signed system user token (``InvalidSignature`` or
    ``InvalidTimestamp``): the private key is not the one registered for the application, or
    this machine's clock is far from UTC."""


class TokenValidationError(AuthError):
    """A JWT from SuperID that must not be trusted: unreadable, not signed with SuperOffice's key,
    another issuer, audience or tenant, a nonce that is not ours, or a needed claim missing."""


class TokenExpiredError(TokenValidationError):
    """A JWT past its ``exp`` (beyond the allowed clock skew), or an access token that expired
    with no refresh token to renew it."""


class AuthorizationError(AuthError):
    """The answer to an authorization request (the redirect to ``redirect_uri``) reports an error,
    or is not the answer to this request (another ``state``), or has no code."""


class TenantUnavailableError(AuthError):
    """The tenant status says the tenant is not running (``state``: ``OfflineMaintenance``,
    ``Suspended``, ``Deleted``, ...); ``valid_until`` (epoch seconds) is when to look again."""

    def __init__(self, context_id: str, state: str, valid_until: float) -> None:
        super().__init__(f"tenant {context_id} is not running (state {state or 'unknown'})")
        self.context_id = context_id
        self.state = state
        self.valid_until = valid_until


class TenantStatusError(AuthError):
    """The tenant status endpoint failed, or answered with something that is not a status."""


# --- environments and the optional libraries -------------------------------------------------

ENVIRONMENTS: Final = {
    "sod": "sod",
    "stage": "qaonline",
    "qaonline": "qaonline",
    "online": "online",
}
"""Environment names and their subdomains: development (``sod``), stage (``qaonline``, which the
tenant status pages call ``stage``), production (``online``)."""


def environment_url(environment: str) -> str:
    """The root URL of a SuperOffice Online environment (``https://sod.superoffice.com``). A URL
    is taken as it is: a stand-in for tests, or a proxy."""
    if environment.startswith(("https://", "http://")):
        return environment.rstrip("/")
    try:
        return f"https://{ENVIRONMENTS[environment.lower()]}.superoffice.com"
    except KeyError:
        raise ValueError(
            f"unknown environment {environment!r}: sod, stage, online, or a URL"
        ) from None


_CONTEXT_ID: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")
"""A tenant's id (``Cust12345``): what may go in a URL path as it is."""

_PACKAGES: Final = {"jwt": "PyJWT", "cryptography": "cryptography"}


def _optional(module: str) -> types.ModuleType:
    """A module of the ``online`` extra, imported on first use: the clients work without it, and
    only the flows that sign or check tokens load it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        package = _PACKAGES.get(module.partition(".")[0], module)
        raise MissingDependencyError(
            f"{package} is not installed (import {module} failed); install the extra:"
            ' pip install "superoffice-clients[online]"'
        ) from exc


def _require_extra() -> None:
    """Fail when a flow is made, not after its first request, if the extra is missing."""
    _optional("jwt")
    _optional("cryptography.hazmat.primitives.asymmetric.rsa")


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64url_int(text: object) -> int:
    if not isinstance(text, str):
        raise ValueError("not a base64url string")
    return int.from_bytes(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)), "big")


# --- the application's key and the signed system user token ----------------------------------


class ApplicationKey:
    """The application's RSA private key, which signs the system user token (RSA PKCS#1 v1.5
    with SHA-256, as SuperID verifies it against the public key registered for the
    application). :meth:`load` reads one; the constructor wraps a ``cryptography``
    ``RSAPrivateKey`` you already hold. Its repr shows the key size only."""

    def __init__(self, key: Any) -> None:
        self._key = key

    def __repr__(self) -> str:
        return f"ApplicationKey(RSA {self._key.key_size} bits)"

    @classmethod
    def load(cls, key: str | bytes) -> ApplicationKey:
        """Read a key in PEM (PKCS#1 ``RSA PRIVATE KEY`` or PKCS#8 ``PRIVATE KEY``, not
        encrypted) or in the ``<RSAKeyValue>`` XML that application registration hands out."""
        data = key.encode("utf-8") if isinstance(key, str) else key
        data = data.lstrip(b"\xef\xbb\xbf").strip()
        if data.startswith(b"-----BEGIN"):
            return cls(_pem_private_key(data))
        if data.startswith(b"<"):
            return cls(_xml_private_key(data))
        raise InvalidKeyError("the private key is neither PEM nor <RSAKeyValue> XML")

    def sign(self, data: bytes) -> bytes:
        """The RSA-SHA256 (PKCS#1 v1.5) signature of ``data``."""
        hashes = _optional("cryptography.hazmat.primitives.hashes")
        padding = _optional("cryptography.hazmat.primitives.asymmetric.padding")
        signature: bytes = self._key.sign(data, padding.PKCS1v15(), hashes.SHA256())
        return signature


def _pem_private_key(data: bytes) -> Any:
    serialization = _optional("cryptography.hazmat.primitives.serialization")
    rsa = _optional("cryptography.hazmat.primitives.asymmetric.rsa")
    unsupported = _optional("cryptography.exceptions").UnsupportedAlgorithm
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError:
        raise InvalidKeyError("the PEM private key is encrypted; decrypt it first") from None
    except (ValueError, unsupported):
        raise InvalidKeyError("the PEM private key cannot be read") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise InvalidKeyError("the private key is not an RSA key")
    return key


def _xml_private_key(data: bytes) -> Any:
    """A .NET ``RSA.ToXmlString(true)`` key: base64 big-endian numbers by element name."""
    rsa = _optional("cryptography.hazmat.primitives.asymmetric.rsa")
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        raise InvalidKeyError("the private key is not well-formed XML") from None
    if etree.QName(root).localname != "RSAKeyValue":
        raise InvalidKeyError("the XML private key is not an <RSAKeyValue>")
    texts = {
        etree.QName(child).localname: (child.text or "").strip()
        for child in root
        if isinstance(child.tag, str)
    }

    def number(name: str) -> int:
        if not texts.get(name):
            raise InvalidKeyError(
                f"the <RSAKeyValue> key has no <{name}>: signing needs the private key"
            )
        try:
            return int.from_bytes(base64.b64decode(texts[name], validate=True), "big")
        except binascii.Error:
            raise InvalidKeyError(f"<{name}> of the <RSAKeyValue> key is not base64") from None

    try:
        return rsa.RSAPrivateNumbers(
            p=number("P"),
            q=number("Q"),
            d=number("D"),
            dmp1=number("DP"),
            dmq1=number("DQ"),
            iqmp=number("InverseQ"),
            public_numbers=rsa.RSAPublicNumbers(number("Exponent"), number("Modulus")),
        ).private_key()
    except ValueError:
        raise InvalidKeyError("the <RSAKeyValue> numbers do not make an RSA key") from None


def sign_system_user_token(system_user_token: str, key: ApplicationKey, now: float) -> str:
    """``<system user token>.<yyyyMMddHHmm, UTC>.<base64 signature of the two before>``: what
    the PartnerSystemUser endpoint takes; the timestamp keeps a signed token from being replayed
    later."""
    data = f"{system_user_token}.{time.strftime('%Y%m%d%H%M', time.gmtime(now))}"
    signature = base64.b64encode(key.sign(data.encode("utf-8"))).decode("ascii")
    return f"{data}.{signature}"


# --- claims ----------------------------------------------------------------------------------

CLAIM_PREFIX: Final = "http://schemes.superoffice.net/identity/"
"""The prefix of SuperOffice's own claims (``ctx``, ``ticket``, ``webapi_url``, ...)."""


class Claims(Mapping[str, Any]):
    """A checked JWT's claims: every claim by its full name, and SuperOffice's own as properties.
    The repr names the claims and shows no values (``ticket`` and ``system_token`` are
    credentials)."""

    def __init__(self, claims: Mapping[str, Any]) -> None:
        self._claims = dict(claims)

    def __getitem__(self, name: str) -> Any:
        return self._claims[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._claims)

    def __len__(self) -> int:
        return len(self._claims)

    def __repr__(self) -> str:
        return f"Claims({sorted(self._claims)!r})"

    def superoffice(self, name: str) -> str | None:
        """SuperOffice's claim ``name`` (without the prefix) as text, None when absent."""
        value = self._claims.get(CLAIM_PREFIX + name)
        return None if value is None else str(value)

    @property
    def context_id(self) -> str | None:
        """The tenant (``ctx``), e.g. ``Cust12345``."""
        return self.superoffice("ctx")

    @property
    def ticket(self) -> str | None:
        """The user's ticket: the credential of SOAP calls."""
        return self.superoffice("ticket")

    @property
    def webapi_url(self) -> str | None:
        """The tenant's REST base URL."""
        return self.superoffice("webapi_url")

    @property
    def netserver_url(self) -> str | None:
        """The tenant's SOAP base URL."""
        return self.superoffice("netserver_url")

    @property
    def system_token(self) -> str | None:
        """The system user token (in the id_token of an administrator who approved the app)."""
        return self.superoffice("system_token")

    @property
    def serial(self) -> str | None:
        """The tenant database's serial number."""
        return self.superoffice("serial")

    @property
    def email(self) -> str | None:
        return self.superoffice("email")


# --- keys that SuperID signs with ------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class VerificationKey:
    """A public key SuperID signs JWTs with (a ``cryptography`` RSA public key). ``kid`` and
    ``x5t`` (the certificate's SHA-1 thumbprint) match it to the key a token's header names."""

    key: Any
    kid: str | None = None
    x5t: str | None = None


class KeySource(Protocol):
    """Where the keys that tokens are checked against come from. ``refresh=True`` asks for them
    anew: a token named a key the known ones lack (SuperID rotated its keys)."""

    def keys(self, *, refresh: bool = False) -> Sequence[VerificationKey]: ...

    async def akeys(self, *, refresh: bool = False) -> Sequence[VerificationKey]: ...


class StaticKeys:
    """Keys given up front: SuperOffice's certificate for the environment (the ``.crt`` from
    SuperOffice's download, PEM or DER) or PEM public keys. There is nothing to refresh."""

    def __init__(self, *keys: str | bytes) -> None:
        self._keys = tuple(_verification_key(k) for k in keys)

    def __repr__(self) -> str:
        return f"StaticKeys({len(self._keys)} keys)"

    def keys(self, *, refresh: bool = False) -> Sequence[VerificationKey]:
        return self._keys

    async def akeys(self, *, refresh: bool = False) -> Sequence[VerificationKey]:
        return self._keys


def _verification_key(key: str | bytes) -> VerificationKey:
    x509 = _optional("cryptography.x509")
    serialization = _optional("cryptography.hazmat.primitives.serialization")
    rsa = _optional("cryptography.hazmat.primitives.asymmetric.rsa")
    unsupported = _optional("cryptography.exceptions").UnsupportedAlgorithm
    data = key.encode("ascii") if isinstance(key, str) else key
    x5t = None
    try:
        if b"-----BEGIN" in data and b"-----BEGIN CERTIFICATE-----" not in data:
            public = serialization.load_pem_public_key(data)
        else:
            certificate = (
                x509.load_pem_x509_certificate(data)
                if data.lstrip().startswith(b"-----BEGIN")
                else x509.load_der_x509_certificate(data)
            )
            public = certificate.public_key()
            der = certificate.public_bytes(serialization.Encoding.DER)
            x5t = _b64url(hashlib.sha1(der).digest())
    except (ValueError, unsupported):
        raise InvalidKeyError("a key to check tokens with cannot be read") from None
    if not isinstance(public, rsa.RSAPublicKey):
        raise InvalidKeyError("a key to check tokens with is not an RSA key")
    return VerificationKey(public, None, x5t)


@dataclasses.dataclass(frozen=True)
class OidcMetadata:
    """The parts of SuperID's OpenID Connect metadata document these flows use."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str


class OidcProvider:
    """SuperID's metadata document (``/login/.well-known/openid-configuration``) and signing keys
    (its ``jwks_uri``) for one environment: fetched on first use and kept; the keys are fetched
    again when a token names one they lack. It is a :class:`KeySource`, the default one for
    both flows."""

    def __init__(
        self,
        environment: str = "online",
        *,
        timeout: float = 30.0,
        client: httpx.Client | None = None,
        async_client: httpx.AsyncClient | None = None,
    ) -> None:
        self.metadata_url = (
            environment_url(environment) + "/login/.well-known/openid-configuration"
        )
        self._http = _Http(client, async_client, timeout)
        self._metadata: SharedValue[OidcMetadata] = SharedValue()
        self._keys: SharedValue[tuple[VerificationKey, ...]] = SharedValue()

    def __repr__(self) -> str:
        return f"OidcProvider({self.metadata_url!r})"

    def metadata(self) -> OidcMetadata:
        return self._metadata.get(
            _always, lambda: _read_metadata(self._http.send("GET", self.metadata_url))
        )

    async def ametadata(self) -> OidcMetadata:
        async def load() -> OidcMetadata:
            return _read_metadata(await self._http.asend("GET", self.metadata_url))

        return await self._metadata.aget(_always, load)

    def keys(self, *, refresh: bool = False) -> Sequence[VerificationKey]:
        def load() -> tuple[VerificationKey, ...]:
            return _read_jwks(self._http.send("GET", self.metadata().jwks_uri))

        return self._keys.get(_always, load, self._keys.current if refresh else None)

    async def akeys(self, *, refresh: bool = False) -> Sequence[VerificationKey]:
        async def load() -> tuple[VerificationKey, ...]:
            metadata = await self.ametadata()
            return _read_jwks(await self._http.asend("GET", metadata.jwks_uri))

        return await self._keys.aget(_always, load, self._keys.current if refresh else None)


def _always(value: object) -> bool:
    return True


def _read_metadata(response: httpx.Response) -> OidcMetadata:
    data = _json_object(response) if response.is_success else None
    if data is None:
        raise ProviderError(
            f"the OpenID Connect metadata document is not JSON (HTTP {response.status_code})"
        )
    fields = ("issuer", "authorization_endpoint", "token_endpoint", "jwks_uri")
    missing = [f for f in fields if not isinstance(data.get(f), str) or not data[f]]
    if missing:
        raise ProviderError(f"the OpenID Connect metadata document lacks {', '.join(missing)}")
    return OidcMetadata(*(str(data[f]) for f in fields))


def _read_jwks(response: httpx.Response) -> tuple[VerificationKey, ...]:
    """The RSA signing keys of a JWKS; keys of other kinds or uses are left out."""
    rsa = _optional("cryptography.hazmat.primitives.asymmetric.rsa")
    data = _json_object(response) if response.is_success else None
    entries = data.get("keys") if data is not None else None
    if not isinstance(entries, list):
        raise ProviderError(f"the key set is not a JWKS (HTTP {response.status_code})")
    keys = []
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("kty") != "RSA":
            continue
        if entry.get("use", "sig") != "sig":
            continue
        try:
            numbers = rsa.RSAPublicNumbers(
                _b64url_int(entry.get("e")), _b64url_int(entry.get("n"))
            )
            public = numbers.public_key()
        except ValueError:
            continue
        kid, x5t = entry.get("kid"), entry.get("x5t")
        keys.append(
            VerificationKey(
                public,
                kid if isinstance(kid, str) else None,
                x5t if isinstance(x5t, str) else None,
            )
        )
    if not keys:
        raise ProviderError("the key set has no RSA signing key")
    return tuple(keys)


# --- checking JWTs ---------------------------------------------------------------------------

_SIGNATURE_ONLY: Final = {
    "verify_signature": True,
    "verify_exp": False,
    "verify_nbf": False,
    "verify_iat": False,
    "verify_aud": False,
    "verify_iss": False,
    "verify_sub": False,
    "verify_jti": False,
}
"""PyJWT checks the signature; the claims are checked here, against ``clock`` (PyJWT reads the
system clock) and accepting numbers sent as strings, as SuperID's tokens have them."""


def _verified(token: str, keys: Sequence[VerificationKey]) -> dict[str, Any] | None:
    """The claims of ``token`` if one of ``keys`` verifies its RS256 signature; None when none of
    them is the key its header names (the caller may fetch the keys anew)."""
    jwt = _optional("jwt")
    try:
        header = jwt.get_unverified_header(token)
    except jwt.InvalidTokenError:
        raise TokenValidationError("the token is not a JWT") from None
    if header.get("alg") != "RS256":
        raise TokenValidationError(f"the token is signed with {header.get('alg')!r}, not RS256")
    kid, x5t = header.get("kid"), header.get("x5t")

    def named(key: VerificationKey) -> bool:
        """Whether ``key`` may be the one the header names: it is, or nothing tells."""
        if (kid is not None and key.kid == kid) or (x5t is not None and key.x5t == x5t):
            return True
        comparable = (kid is not None and key.kid is not None) or (
            x5t is not None and key.x5t is not None
        )
        return not comparable

    candidates = [k for k in keys if named(k)]
    if not candidates:
        return None
    for candidate in candidates:
        try:
            claims = jwt.decode(
                token, candidate.key, algorithms=["RS256"], options=_SIGNATURE_ONLY
            )
        except jwt.InvalidSignatureError:
            continue
        except jwt.InvalidTokenError as exc:
            raise TokenValidationError(
                f"the token cannot be read ({type(exc).__name__})"
            ) from None
        if not isinstance(claims, dict):
            raise TokenValidationError("the token's payload is not a JSON object")
        return claims
    raise TokenValidationError("the token's signature does not verify with SuperOffice's keys")


def _no_key() -> TokenValidationError:
    return TokenValidationError("no key of SuperOffice's is the one the token is signed with")


def _signed_claims(token: str, source: KeySource) -> dict[str, Any]:
    claims = _verified(token, source.keys())
    if claims is None:
        claims = _verified(token, source.keys(refresh=True))
    if claims is None:
        raise _no_key()
    return claims


async def _asigned_claims(token: str, source: KeySource) -> dict[str, Any]:
    claims = _verified(token, await source.akeys())
    if claims is None:
        claims = _verified(token, await source.akeys(refresh=True))
    if claims is None:
        raise _no_key()
    return claims


def _seconds(claims: Mapping[str, Any], name: str) -> float | None:
    """A time claim in epoch seconds: a number, or a number as text (SuperID sends ``iat`` so)."""
    value = claims.get(name)
    if value is None:
        return None
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            value = float(value)
    try:
        seconds = float(value)
    except (TypeError, ValueError, OverflowError):
        seconds = math.nan
    if isinstance(value, bool) or not math.isfinite(seconds):
        raise TokenValidationError(f"the token's {name} is not a time")
    return seconds


def _checked(
    claims: dict[str, Any], *, issuer: str, audience: str, now: float, leeway: float
) -> Claims:
    """Claims whose issuer, audience and validity period are right, allowing ``leeway`` seconds
    of clock difference either way."""
    if claims.get("iss") != issuer:
        raise TokenValidationError(
            f"the token's issuer is {claims.get('iss')!r}, expected {issuer!r}"
        )
    aud = claims.get("aud")
    audiences = aud if isinstance(aud, list) else [aud]
    if audience not in audiences:
        raise TokenValidationError(f"the token's audience is {aud!r}, expected {audience!r}")
    expires = _seconds(claims, "exp")
    if expires is None:
        raise TokenValidationError("the token has no expiry (exp)")
    if now > expires + leeway:
        raise TokenExpiredError(f"the token expired {now - expires:.0f} s ago")
    not_before = _seconds(claims, "nbf")
    if not_before is not None and now + leeway < not_before:
        raise TokenValidationError(f"the token is valid only in {not_before - now:.0f} s (nbf)")
    return Claims(claims)


# --- HTTP of the flows' own ------------------------------------------------------------------


class _Http:
    """The few requests the flows make of their own: through the caller's client when given,
    else a short-lived one (they are rare: once per ticket, refresh or status period). They go
    without the client's default auth: that may be the very flow asking."""

    def __init__(
        self,
        client: httpx.Client | None,
        async_client: httpx.AsyncClient | None,
        timeout: float,
    ) -> None:
        self._client = client
        self._async_client = async_client
        self._timeout = timeout

    def send(
        self,
        method: str,
        url: str,
        *,
        json: Any = None,
        data: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """The answer, its body bounded and read by the deadline of the call this serves (or
        this flow's own timeout)."""
        deadline = sending.current_deadline() or time.monotonic() + self._timeout
        try:
            if self._client is not None:
                return self._exchange(self._client, method, url, json, data, deadline)
            with sending.client() as client:
                return self._exchange(client, method, url, json, data, deadline)
        except (httpx.HTTPError, sending.TransferError) as exc:
            raise _transport_error(method, url, exc) from None

    @staticmethod
    def _exchange(
        client: httpx.Client,
        method: str,
        url: str,
        json: Any,
        data: Mapping[str, str] | None,
        deadline: float,
    ) -> httpx.Response:
        request = client.build_request(method, url, json=json, data=data, headers=_HEADERS)
        answer = sending.exchange(client, request, sending.NO_AUTH, deadline, _BODY_LIMIT)
        return answer.response()

    async def asend(
        self,
        method: str,
        url: str,
        *,
        json: Any = None,
        data: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        """:meth:`send` for coroutines."""
        deadline = sending.current_deadline() or time.monotonic() + self._timeout
        try:
            if self._async_client is not None:
                return await self._aexchange(self._async_client, method, url, json, data, deadline)
            async with sending.async_client() as client:
                return await self._aexchange(client, method, url, json, data, deadline)
        except (httpx.HTTPError, sending.TransferError) as exc:
            raise _transport_error(method, url, exc) from None

    @staticmethod
    async def _aexchange(
        client: httpx.AsyncClient,
        method: str,
        url: str,
        json: Any,
        data: Mapping[str, str] | None,
        deadline: float,
    ) -> httpx.Response:
        request = client.build_request(method, url, json=json, data=data, headers=_HEADERS)
        answer = await sending.aexchange(client, request, sending.NO_AUTH, deadline, _BODY_LIMIT)
        return answer.response()


_HEADERS: Final = {"Accept": "application/json", "Accept-Encoding": sending.ACCEPT_ENCODING}
_BODY_LIMIT: Final = 1 << 20
"""What the flows read of an answer at most: JWKS, metadata, tokens and status are small."""


def _transport_error(method: str, url: str, exc: Exception) -> transport.TransportError:
    """A failed request of the flows' own as the clients' error (as the agents raise them);
    the message says what failed, never what was sent."""
    if isinstance(exc, httpx.TimeoutException | sending.DeadlinePassed):
        return transport.TimeoutError(f"{method} {url}: no complete answer in time")
    if isinstance(exc, sending.BodyTooLarge):
        return transport.TransportError(f"{method} {url}: the answer is larger than {exc} bytes")
    return transport.TransportError(f"{method} {url}: {type(exc).__name__}")


def _json_object(response: httpx.Response) -> dict[str, Any] | None:
    try:
        data = json.loads(response.content)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


_AUTHORIZE_ERRORS: Final = re.compile(
    r"\b(InvalidSignature|InvalidTimestamp|InvalidRedirectUrl|NeedsReapproval|Revoked|Expired"
    r"|Denied)\b"
)


def _refused(
    exchange: str, status: int, reason: str, code: str | None, hidden: Sequence[str]
) -> ExchangeRefusedError:
    """The error for a refused exchange: the server's ``reason`` with every secret of the
    exchange masked (a server may echo what it was sent) and cut to a readable length."""
    for secret in sorted((s for s in hidden if s), key=len, reverse=True):
        reason = reason.replace(secret, "***")
    reason = transport._short(" ".join(reason.split())) or "no reason given"
    if code is None:
        named = _AUTHORIZE_ERRORS.search(reason)
        code = named.group(1) if named else None
    kind = (
        SignatureRejectedError
        if code in ("InvalidSignature", "InvalidTimestamp")
        else ExchangeRefusedError
    )
    return kind(exchange, status, reason, code)


# --- system user -----------------------------------------------------------------------------


class SystemUserAuth(RenewingAuth):
    """Calls as the application's system user in one tenant (background integrations).

    The ticket comes from SuperID's PartnerSystemUser endpoint
    (``/Login/api/PartnerSystemUser/Authenticate``), in exchange for the system user token
    signed with the application's private key (PEM or ``<RSAKeyValue>`` XML). The JWT that
    carries it is checked against ``keys`` (by default the keys SuperID publishes for the
    environment): signature, issuer ``SuperOffice AS``, audience ``spn:<tenant serial>``,
    expiry, and that it is for ``context_id``.

    A ticket lives about six hours, and each exchange is a round trip to SuperID and a signing,
    so the ticket is kept for ``ticket_lifetime`` seconds and renewed ``renew_margin`` seconds
    before that, or once when a call is answered 401. SOAP calls carry it in the
    ``Credentials`` header, REST calls as ``SOTicket`` (REST also needs the agent's
    ``app_token``: the ``SO-AppToken`` header).
    """

    ISSUER: Final = "SuperOffice AS"

    def __init__(
        self,
        *,
        context_id: str,
        system_user_token: str,
        private_key: str | bytes | ApplicationKey,
        application_token: str,
        environment: str = "online",
        keys: KeySource | None = None,
        ticket_lifetime: float = 6 * 3600.0,
        renew_margin: float = 600.0,
        leeway: float = 60.0,
        clock: Clock = time.time,
        timeout: float = 30.0,
        client: httpx.Client | None = None,
        async_client: httpx.AsyncClient | None = None,
    ) -> None:
        _require_extra()
        super().__init__(clock=clock, renew_margin=renew_margin)
        self.context_id = context_id
        self.environment = environment
        self.exchange_url = (
            environment_url(environment) + "/Login/api/PartnerSystemUser/Authenticate"
        )
        self._system_user_token = system_user_token
        self._key = (
            private_key
            if isinstance(private_key, ApplicationKey)
            else ApplicationKey.load(private_key)
        )
        self._application_token = application_token
        self._keys: KeySource = (
            keys
            if keys is not None
            else OidcProvider(
                environment, timeout=timeout, client=client, async_client=async_client
            )
        )
        self._ticket_lifetime = ticket_lifetime
        self._leeway = leeway
        self._http = _Http(client, async_client, timeout)
        self.claims: Claims | None = None
        """The claims of the last JWT the exchange gave (tenant URLs, serial, ...)."""

    def __repr__(self) -> str:
        return f"SystemUserAuth(context_id={self.context_id!r}, environment={self.environment!r})"

    def _exchange(self) -> tuple[dict[str, str], list[str]]:
        """The exchange's JSON body, and the secrets in it (masked in error messages)."""
        signed = sign_system_user_token(self._system_user_token, self._key, self._clock())
        body = {
            "SignedSystemToken": signed,
            "ApplicationToken": self._application_token,
            "ContextIdentifier": self.context_id,
            "ReturnTokenType": "JWT",
        }
        return body, [
            signed,
            signed.rsplit(".", 1)[-1],
            self._system_user_token,
            self._application_token,
        ]

    def _token(self, response: httpx.Response, hidden: list[str]) -> str:
        """The JWT of the exchange's answer (``{"IsSuccessful": true, "Token": ...}``)."""

        def refused(reason: str) -> ExchangeRefusedError:
            return _refused(
                "the PartnerSystemUser exchange", response.status_code, reason, None, hidden
            )

        data = _json_object(response)
        if data is None:
            raise refused("the answer is not a JSON object")
        if not response.is_success or data.get("IsSuccessful") is not True:
            raise refused(
                str(data.get("ErrorMessage") or data.get("Message") or response.reason_phrase)
            )
        token = data.get("Token")
        if not isinstance(token, str) or not token:
            raise refused("the answer has no Token")
        return token

    def _credential(self, raw: dict[str, Any]) -> Credential:
        serial = raw.get(CLAIM_PREFIX + "serial")
        if serial is None:
            raise TokenValidationError("the system user token has no serial claim")
        claims = _checked(
            raw,
            issuer=self.ISSUER,
            audience=f"spn:{serial}",
            now=self._clock(),
            leeway=self._leeway,
        )
        if (claims.context_id or "").lower() != self.context_id.lower():
            raise TokenValidationError(
                f"the system user token is for tenant {claims.context_id!r},"
                f" not {self.context_id!r}"
            )
        ticket = claims.ticket
        if not ticket:
            raise TokenValidationError("the system user token has no ticket claim")
        credential = Credential(ticket=ticket, expires_at=self._clock() + self._ticket_lifetime)
        self.claims = claims
        return credential

    def _obtain(self) -> Credential:
        body, hidden = self._exchange()
        token = self._token(self._http.send("POST", self.exchange_url, json=body), hidden)
        return self._credential(_signed_claims(token, self._keys))

    async def _aobtain(self) -> Credential:
        body, hidden = self._exchange()
        token = self._token(await self._http.asend("POST", self.exchange_url, json=body), hidden)
        return self._credential(await _asigned_claims(token, self._keys))


# --- OpenID Connect --------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, repr=False)
class AuthorizationRequest:
    """One sign-in under way. Send the user to ``url``; keep the rest (server side, in the
    session) to finish it: ``state`` ties the answer to this request, ``nonce`` the id_token to
    this sign-in, ``code_verifier`` (PKCE) the code exchange to this client."""

    url: str
    state: str
    nonce: str | None
    code_verifier: str

    def __repr__(self) -> str:
        return f"AuthorizationRequest(url={self.url!r})"


@dataclasses.dataclass(frozen=True, repr=False)
class OidcTokens:
    """What the token endpoint gave: the access token (REST ``Bearer``), the refresh token that
    renews it, the checked id_token's claims (tenant, URLs, and the ticket SOAP calls need when
    SuperID includes one), and when the access token expires (epoch seconds)."""

    access_token: str
    refresh_token: str | None
    id_token: str | None
    claims: Claims
    expires_at: float

    def __repr__(self) -> str:
        return (
            f"OidcTokens(context_id={self.claims.context_id!r}, expires_at={self.expires_at!r},"
            f" refresh_token={'present' if self.refresh_token else 'absent'})"
        )

    def credential(self) -> Credential:
        return Credential(
            ticket=self.claims.ticket,
            authorization=f"Bearer {self.access_token}",
            expires_at=self.expires_at,
        )


class OpenIdConnect:
    """Signing users in to one registered application with SuperID (authorization code flow,
    PKCE ``S256``, ``state`` and ``nonce``), and the tokens that gives.

    :meth:`begin` makes the URL to send the user to; :meth:`finish` takes the parameters of the
    redirect back to ``redirect_uri``, exchanges the code and checks the id_token (signature
    against the metadata document's JWKS, issuer, audience ``client_id``, expiry, nonce);
    :meth:`auth` gives the ``auth=`` for calls as that user. ``client_secret`` is for web apps;
    native apps rely on PKCE alone.
    """

    def __init__(
        self,
        client_id: str,
        redirect_uri: str,
        *,
        client_secret: str | None = None,
        environment: str = "online",
        provider: OidcProvider | None = None,
        leeway: float = 60.0,
        renew_margin: float = 60.0,
        clock: Clock = time.time,
        timeout: float = 30.0,
        client: httpx.Client | None = None,
        async_client: httpx.AsyncClient | None = None,
    ) -> None:
        _require_extra()
        self.client_id = client_id
        self.redirect_uri = redirect_uri
        self._client_secret = client_secret
        self.provider = provider or OidcProvider(
            environment, timeout=timeout, client=client, async_client=async_client
        )
        self._leeway = leeway
        self._renew_margin = renew_margin
        self._clock = clock
        self._http = _Http(client, async_client, timeout)

    def __repr__(self) -> str:
        return f"OpenIdConnect(client_id={self.client_id!r}, provider={self.provider!r})"

    # the authorization request

    def begin(
        self,
        *,
        nonce: bool = True,
        login_hint: str | None = None,
        response_mode: str | None = None,
    ) -> AuthorizationRequest:
        """A new authorization request: the URL (with a fresh ``state``, ``nonce`` unless
        ``nonce=False``, and PKCE challenge) and what :meth:`finish` needs to check the answer.
        ``login_hint`` is the SuperID user name; ``response_mode`` ``query`` (the default),
        ``fragment`` or ``form_post``."""
        return _authorization(self, self.provider.metadata(), nonce, login_hint, response_mode)

    async def abegin(
        self,
        *,
        nonce: bool = True,
        login_hint: str | None = None,
        response_mode: str | None = None,
    ) -> AuthorizationRequest:
        metadata = await self.provider.ametadata()
        return _authorization(self, metadata, nonce, login_hint, response_mode)

    # the code exchange and the refresh

    def finish(self, request: AuthorizationRequest, answer: Mapping[str, str]) -> OidcTokens:
        """The tokens for the answer to ``request``: the query (or form) parameters of the
        redirect to ``redirect_uri``."""
        return self._exchange(self._code_form(request, answer), request.nonce, None)

    async def afinish(
        self, request: AuthorizationRequest, answer: Mapping[str, str]
    ) -> OidcTokens:
        return await self._aexchange(self._code_form(request, answer), request.nonce, None)

    def refresh(self, refresh_token: str, previous: OidcTokens | None = None) -> OidcTokens:
        """New tokens for a refresh token (which is kept when the answer brings no new one);
        the claims of ``previous`` stay when the answer has no id_token."""
        return self._exchange(self._refresh_form(refresh_token), None, previous)

    async def arefresh(self, refresh_token: str, previous: OidcTokens | None = None) -> OidcTokens:
        return await self._aexchange(self._refresh_form(refresh_token), None, previous)

    def auth(
        self, tokens: OidcTokens | None = None, *, refresh_token: str | None = None
    ) -> OidcAuth:
        """The ``auth=`` for calls as the signed-in user, from the tokens :meth:`finish` gave, or
        from a stored refresh token alone (the first call then refreshes)."""
        return OidcAuth(
            self, tokens, refresh_token, clock=self._clock, renew_margin=self._renew_margin
        )

    # the pieces

    def _exchange(
        self, form: dict[str, str], nonce: str | None, previous: OidcTokens | None
    ) -> OidcTokens:
        metadata = self.provider.metadata()
        reply = _token_answer(self._http.send("POST", metadata.token_endpoint, data=form), form)
        raw = _signed_claims(reply.id_token, self.provider) if reply.id_token else None
        return self._tokens(form, reply, raw, metadata, nonce, previous)

    async def _aexchange(
        self, form: dict[str, str], nonce: str | None, previous: OidcTokens | None
    ) -> OidcTokens:
        metadata = await self.provider.ametadata()
        response = await self._http.asend("POST", metadata.token_endpoint, data=form)
        reply = _token_answer(response, form)
        raw = await _asigned_claims(reply.id_token, self.provider) if reply.id_token else None
        return self._tokens(form, reply, raw, metadata, nonce, previous)

    def _code_form(
        self, request: AuthorizationRequest, answer: Mapping[str, str]
    ) -> dict[str, str]:
        if answer.get("error"):
            error, description = answer.get("error"), answer.get("error_description") or ""
            raise AuthorizationError(
                transport._short(f"the sign-in failed: {error} {description}".strip())
            )
        state = answer.get("state")
        if not (
            isinstance(state, str)
            and state.isascii()
            and hmac.compare_digest(state, request.state)
        ):
            raise AuthorizationError("the answer's state is not this request's")
        code = answer.get("code")
        if not isinstance(code, str) or not code:
            raise AuthorizationError("the answer has no code")
        form = {"grant_type": "authorization_code", "code": code}
        return self._form(form, code_verifier=request.code_verifier)

    def _refresh_form(self, refresh_token: str) -> dict[str, str]:
        return self._form({"grant_type": "refresh_token", "refresh_token": refresh_token})

    def _form(self, form: dict[str, str], **more: str) -> dict[str, str]:
        """A token request: the grant, this client, and its secret when it has one (sent in
        the form: the metadata's ``client_secret_post``)."""
        form.update(more, redirect_uri=self.redirect_uri, client_id=self.client_id)
        if self._client_secret is not None:
            form["client_secret"] = self._client_secret
        return form

    def _tokens(
        self,
        form: Mapping[str, str],
        reply: _TokenAnswer,
        raw: dict[str, Any] | None,
        metadata: OidcMetadata,
        nonce: str | None,
        previous: OidcTokens | None,
    ) -> OidcTokens:
        """Tokens from a checked answer: a code exchange must bring an id_token (for this
        client, with this sign-in's nonce); a refresh may, else the earlier claims stay."""
        now = self._clock()
        if raw is not None:
            claims = _checked(
                raw, issuer=metadata.issuer, audience=self.client_id, now=now, leeway=self._leeway
            )
            if nonce is not None and not hmac.compare_digest(str(raw.get("nonce", "")), nonce):
                raise TokenValidationError("the id_token's nonce is not this sign-in's")
            id_token = reply.id_token
        elif form["grant_type"] == "authorization_code":
            raise TokenValidationError("the token endpoint's answer has no id_token")
        elif previous is not None:
            claims, id_token = previous.claims, previous.id_token
        else:
            claims, id_token = Claims({}), None
        refresh_token = reply.refresh_token or form.get("refresh_token")
        expires_at = now + reply.expires_in if reply.expires_in is not None else math.inf
        return OidcTokens(reply.access_token, refresh_token, id_token, claims, expires_at)


class _TokenAnswer(NamedTuple):
    access_token: str
    refresh_token: str | None
    id_token: str | None
    expires_in: float | None


def _token_answer(response: httpx.Response, form: Mapping[str, str]) -> _TokenAnswer:
    """The token endpoint's answer; an OAuth error (``{"error": ...}``) or anything that is not
    tokens raises :class:`ExchangeRefusedError`."""
    hidden = [v for k, v in form.items() if k not in ("grant_type", "redirect_uri", "client_id")]

    def refused(reason: str, code: str | None = None) -> ExchangeRefusedError:
        return _refused("the token request", response.status_code, reason, code, hidden)

    data = _json_object(response)
    if data is None:
        raise refused("the answer is not a JSON object")
    if not response.is_success or "error" in data:
        error = data.get("error")
        reason = data.get("error_description") or error or response.reason_phrase
        raise refused(str(reason), str(error) if error else None)
    access, refresh, id_token, expires_in = (
        data.get(k) for k in ("access_token", "refresh_token", "id_token", "expires_in")
    )
    if not isinstance(access, str) or not access:
        raise refused("the answer has no access_token")
    lifetime = None
    if expires_in is not None:
        try:
            lifetime = float(expires_in)
        except (TypeError, ValueError, OverflowError):
            lifetime = math.nan
        if isinstance(expires_in, bool | str) or not math.isfinite(lifetime):
            raise refused("the answer's expires_in is not a number")
    return _TokenAnswer(
        access,
        refresh if isinstance(refresh, str) and refresh else None,
        id_token if isinstance(id_token, str) and id_token else None,
        lifetime,
    )


def _authorization(
    oidc: OpenIdConnect,
    metadata: OidcMetadata,
    use_nonce: bool,
    login_hint: str | None,
    response_mode: str | None,
) -> AuthorizationRequest:
    state = secrets.token_urlsafe(32)
    nonce = secrets.token_urlsafe(32) if use_nonce else None
    verifier = secrets.token_urlsafe(64)  # 86 characters of [A-Za-z0-9_-]: RFC 7636 wants 43-128
    params = {
        "client_id": oidc.client_id,
        "scope": "openid",
        "response_type": "code",
        "redirect_uri": oidc.redirect_uri,
        "state": state,
        "code_challenge": _b64url(hashlib.sha256(verifier.encode("ascii")).digest()),
        "code_challenge_method": "S256",
    }
    optional = {"nonce": nonce, "login_hint": login_hint, "response_mode": response_mode}
    params.update({k: v for k, v in optional.items() if v is not None})
    separator = "&" if "?" in metadata.authorization_endpoint else "?"
    url = metadata.authorization_endpoint + separator + urllib.parse.urlencode(params)
    return AuthorizationRequest(url, state, nonce, verifier)


class OidcAuth(RenewingAuth):
    """Calls as a signed-in user: REST with ``Bearer <access token>``, SOAP with the id_token's
    ticket claim (SOAP calls fail with ``UnsupportedCredentialsError`` when SuperID put none
    there). The access token is renewed with the refresh token ``renew_margin`` seconds before
    it expires, or once when a call is answered 401."""

    def __init__(
        self,
        oidc: OpenIdConnect,
        tokens: OidcTokens | None,
        refresh_token: str | None,
        *,
        clock: Clock,
        renew_margin: float,
    ) -> None:
        super().__init__(
            clock=clock,
            renew_margin=renew_margin,
            credential=tokens.credential() if tokens is not None else None,
        )
        self._oidc = oidc
        self._tokens = tokens
        self._refresh_token = refresh_token

    def __repr__(self) -> str:
        return f"OidcAuth(client_id={self._oidc.client_id!r})"

    @property
    def tokens(self) -> OidcTokens | None:
        """The tokens calls use now (None before the first refresh of a refresh-token-only
        auth); store ``tokens.refresh_token`` to sign in again later without the user."""
        return self._tokens

    def _refresh_token_now(self) -> str:
        token = self._tokens.refresh_token if self._tokens is not None else self._refresh_token
        if token is None:
            raise TokenExpiredError("the access token expired and there is no refresh token")
        return token

    def _obtain(self) -> Credential:
        self._tokens = self._oidc.refresh(self._refresh_token_now(), self._tokens)
        return self._tokens.credential()

    async def _aobtain(self) -> Credential:
        self._tokens = await self._oidc.arefresh(self._refresh_token_now(), self._tokens)
        return self._tokens.credential()


# --- tenant discovery ------------------------------------------------------------------------

TENANT_STATES: Final = {
    0: "Unknown",
    1: "Provisioning",
    2: "Running",
    3: "Deleted",
    4: "Suspended",
    5: "OnlineMaintenance",
    6: "OfflineMaintenance",
    8: "ProvisioningFailed",
    10: "Deleting",
    11: "DeleteFailed",
    12: "MigrationPending",
}
"""The tenant states by number; the status endpoint sends their names."""

RUNNING_STATES: Final = frozenset({"Running", "OnlineMaintenance"})
"""The states in which the tenant's APIs answer."""


@dataclasses.dataclass(frozen=True)
class TenantStatus:
    """A tenant status: ``endpoint`` is the tenant's current base URL (the agents' ``base_url``),
    good until ``valid_until`` (epoch seconds); ``api`` is the ``Api`` field as sent."""

    context_id: str
    endpoint: str
    state: str
    is_running: bool
    valid_until: float
    api: Any = None


class Tenant:
    """Where a tenant is now, from the tenant status endpoint (``/api/state/<context id>``).

    The endpoint (``sod2.superoffice.com/Cust12345``, ...) moves between servers, so it is not
    hard-coded: it is fetched on first use and kept until the status's ``ValidUntil``;
    :meth:`invalidate` drops it early (after ``421 Misdirected Request``). A tenant that is not
    running raises :class:`TenantUnavailableError` until then. Concurrent callers share one
    fetch.
    """

    def __init__(
        self,
        context_id: str,
        environment: str = "online",
        *,
        clock: Clock = time.time,
        timeout: float = 30.0,
        client: httpx.Client | None = None,
        async_client: httpx.AsyncClient | None = None,
    ) -> None:
        if not isinstance(context_id, str) or not _CONTEXT_ID.fullmatch(context_id):
            raise ValueError("context_id must be a tenant's id, letters and digits: Cust12345")
        self.context_id = context_id
        self.status_url = environment_url(environment) + "/api/state/" + context_id
        self._clock = clock
        self._http = _Http(client, async_client, timeout)
        self._status: SharedValue[TenantStatus] = SharedValue()

    def __repr__(self) -> str:
        return f"Tenant({self.context_id!r}, status_url={self.status_url!r})"

    def _current(self, status: TenantStatus) -> bool:
        return self._clock() < status.valid_until

    def status(self) -> TenantStatus:
        """The tenant's status, fetched when the kept one is past its ``ValidUntil``."""
        return self._status.get(
            self._current, lambda: self._read(self._http.send("GET", self.status_url))
        )

    async def astatus(self) -> TenantStatus:
        async def load() -> TenantStatus:
            return self._read(await self._http.asend("GET", self.status_url))

        return await self._status.aget(self._current, load)

    def base_url(self) -> str:
        """The tenant's current base URL, for the agents' ``base_url``."""
        return self._running(self.status())

    async def abase_url(self) -> str:
        return self._running(await self.astatus())

    def invalidate(self) -> None:
        """Forget the status: the next call fetches it (the tenant moved: 421)."""
        self._status.clear()

    def _running(self, status: TenantStatus) -> str:
        if not status.is_running:
            raise TenantUnavailableError(self.context_id, status.state, status.valid_until)
        return status.endpoint

    def _read(self, response: httpx.Response) -> TenantStatus:
        where = f"the status of tenant {self.context_id}"
        if not response.is_success:
            raise TenantStatusError(f"{where}: HTTP {response.status_code}")
        data = _json_object(response)
        if data is None:
            raise TenantStatusError(f"{where} is not a JSON object")
        fields = {k.lower(): v for k, v in data.items()}
        context_id = fields.get("contextidentifier")
        if isinstance(context_id, str) and context_id.lower() != self.context_id.lower():
            raise TenantStatusError(f"{where} is about another tenant ({context_id!r})")
        try:
            endpoint = transport.checked_base_url(fields.get("endpoint"))
        except (TypeError, ValueError):
            raise TenantStatusError(f"{where} has no usable Endpoint URL") from None
        state = fields.get("state")
        if isinstance(state, int) and not isinstance(state, bool):
            state = TENANT_STATES.get(state, str(state))
        if not isinstance(state, str | None):
            raise TenantStatusError(f"{where} has a State that is not a name or number")
        is_running = fields.get("isrunning")
        if is_running is None:
            is_running = state in RUNNING_STATES
        if not isinstance(is_running, bool):
            raise TenantStatusError(f"{where} has an IsRunning that is not true or false")
        valid_until = _instant(fields.get("validuntil"))
        if valid_until is None:
            raise TenantStatusError(f"{where} has no ValidUntil time")
        return TenantStatus(
            context_id=self.context_id,
            endpoint=endpoint.rstrip("/"),
            state=state or "",
            is_running=is_running,
            valid_until=valid_until,
            api=fields.get("api"),
        )


def _instant(value: object) -> float | None:
    """An ISO 8601 time (UTC when it names no offset) in epoch seconds; None if it is not one."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()
