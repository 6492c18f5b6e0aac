"""A stand-in for SuperOffice Online on 127.0.0.1: SuperID (PartnerSystemUser exchange, OpenID
Connect metadata, JWKS, authorize and token endpoints), the tenant status endpoint, and one
tenant's ErpSync agent (SOAP and REST) that answers 401 to a ticket or access token it did not
issue, revoked, or considers too old.

It checks what it is sent the way SuperID does: the signed system user token's RSA-SHA256
signature against the application's public key and its timestamp against its clock, the PKCE
verifier against the challenge, the client secret. Tests reshape its answers (``shape_claims``,
``exchange_reply``, ``status``) to play a hostile or broken server.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import itertools
import json
import secrets
import threading
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import jwt
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from lxml import etree
from superoffice.online import CLAIM_PREFIX

SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
NS = "http://www.superoffice.net/ws/crm/NetServer/Services88"
SOAP_OK = (
    f'<s:Envelope xmlns:s="{SOAP11}"><s:Body><ForceSyncAllResponse xmlns="{NS}">'
    "<Response><IsOk>true</IsOk></Response></ForceSyncAllResponse></s:Body></s:Envelope>"
).encode()

Reply = tuple[int, dict[str, str], bytes]


class FakeClock:
    """The time every party reads: tests move it instead of sleeping."""

    def __init__(self, now: float = 1_750_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def json_reply(status: int, data: Any) -> Reply:
    return status, {"Content-Type": "application/json"}, json.dumps(data).encode()


def iso(moment: float) -> str:
    """A ``ValidUntil`` as the status endpoint writes it: UTC, seven fractional digits."""
    text = datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")
    return text + "0Z"


class StandIn:
    """SuperID, the status endpoint and one tenant, answering from one thread per request."""

    context_id = "Cust12345"
    serial = "1801550193"
    app_token = "app-token-5f2c9e0b7d41a8c3"
    system_user_token = "Test App-pzqc70604i"
    client_id = "0f6ec1c5b2d84a0aa4c2b1f0e9d8c7b6"
    client_secret = "client-secret-83d0f3bcb9afbc7e"
    redirect_uri = "http://127.0.0.1:7890/callback"

    def __init__(
        self, clock: FakeClock, app_public_key: rsa.RSAPublicKey, signer: rsa.RSAPrivateKey
    ) -> None:
        self.clock = clock
        self.app_public_key = app_public_key
        self.url = ""
        self.lock = threading.Lock()
        self.hits: Counter[str] = Counter()
        self.bodies: list[dict[str, Any]] = []
        self.seen: list[tuple[str, int]] = []  # the agent: credential presented, status
        self.issued: list[str] = []  # every secret handed out (for the no-leak checks)
        self.numbers = itertools.count(1)
        # SuperID's keys: the one it signs with, and the JWKS it publishes
        self.signer = signer
        self.kid = "superid-1"
        self.published: list[tuple[str, rsa.RSAPublicKey]] = [(self.kid, signer.public_key())]
        self.shape_claims: Callable[[dict[str, Any]], dict[str, Any]] = lambda c: c
        self.token_headers: dict[str, Any] = {}
        self.exchange_reply: Callable[[dict[str, Any]], Reply] | None = None
        self.token_reply: Reply | None = None
        # credentials the tenant accepts: ticket or access token -> valid until
        self.valid: dict[str, float] = {}
        self.reject_all = False
        self.ticket_claim = True
        self.codes: dict[str, dict[str, str]] = {}
        self.refresh_tokens: set[str] = set()
        self.status: Reply | None = None

    # --- helpers for tests

    @property
    def tenant_url(self) -> str:
        return f"{self.url}/{self.context_id}"

    def running(self, valid_for: float = 300.0, **fields: Any) -> None:
        data = {
            "ContextIdentifier": self.context_id,
            "Endpoint": self.tenant_url,
            "State": "Running",
            "IsRunning": True,
            "ValidUntil": iso(self.clock() + valid_for),
            "Api": f"{self.tenant_url}/api",
        }
        data.update(fields)
        self.status = json_reply(200, data)

    def revoke_all(self) -> None:
        with self.lock:
            self.valid.clear()

    def sign(self, claims: dict[str, Any]) -> str:
        headers = {"kid": self.kid, **self.token_headers}
        return jwt.encode(self.shape_claims(claims), self.signer, "RS256", headers=headers)

    def new(self, prefix: str) -> str:
        secret = f"{prefix}{next(self.numbers)}-{secrets.token_hex(8)}"
        self.issued.append(secret)
        return secret

    def identity(self, now: float) -> dict[str, Any]:
        claims = {
            CLAIM_PREFIX + "ctx": self.context_id,
            CLAIM_PREFIX + "serial": self.serial,
            CLAIM_PREFIX + "netserver_url": f"{self.tenant_url}/Remote/Services88/",
            CLAIM_PREFIX + "webapi_url": f"{self.tenant_url}/api/",
            CLAIM_PREFIX + "email": "admin@example.com",
            "iat": str(int(now)),  # as SuperID sends it: a number in a string
            "nbf": int(now) - 60,
            "exp": int(now) + 300,
        }
        if self.ticket_claim:
            ticket = self.new("7T:ticket")
            self.valid[ticket] = now + 6 * 3600
            claims[CLAIM_PREFIX + "ticket"] = ticket
        return claims

    # --- dispatch

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Reply:
        route = urllib.parse.urlsplit(path).path
        with self.lock:
            self.hits[f"{method} {route}"] += 1
        if method == "POST" and route == "/Login/api/PartnerSystemUser/Authenticate":
            return self.partner_system_user(body)
        if method == "GET" and route == "/login/.well-known/openid-configuration":
            return self.metadata()
        if method == "GET" and route == "/login/.well-known/jwks":
            return self.jwks()
        if method == "GET" and route == "/login/common/oauth/authorize":
            return self.authorize(path)
        if method == "POST" and route == "/login/common/oauth/tokens":
            return self.tokens(body)
        if method == "GET" and route == f"/api/state/{self.context_id}":
            return self.status or json_reply(500, {"Message": "no status set"})
        if method == "POST" and route.startswith(f"/{self.context_id}/"):
            return self.agent(route, headers, body)
        return json_reply(404, {"Message": f"no route {method} {route}"})

    # --- SuperID

    def partner_system_user(self, body: bytes) -> Reply:
        data = json.loads(body)
        with self.lock:
            self.bodies.append(data)
        if self.exchange_reply is not None:
            return self.exchange_reply(data)

        def refuse(message: str) -> Reply:
            return json_reply(200, {"IsSuccessful": False, "ErrorMessage": message, "Token": None})

        if data.get("ApplicationToken") != self.app_token:
            return refuse("Unknown application")
        if (
            data.get("ContextIdentifier") != self.context_id
            or data.get("ReturnTokenType") != "JWT"
        ):
            return refuse("Bad request")
        token, stamp, signature = data["SignedSystemToken"].rsplit(".", 2)
        if token != self.system_user_token:
            return refuse("Authorization error: Denied (4)")
        try:
            self.app_public_key.verify(
                base64.b64decode(signature),
                f"{token}.{stamp}".encode(),
                padding.PKCS1v15(),
                hashes.SHA256(),
            )
        except InvalidSignature:
            return refuse("Authorization error: InvalidSignature (7)")
        signed_at = datetime.strptime(stamp, "%Y%m%d%H%M").replace(tzinfo=UTC).timestamp()
        now = self.clock()
        if abs(now - signed_at) > 600:
            return refuse("Authorization error: InvalidTimestamp (6)")
        claims = self.identity(now)
        claims.update(iss="SuperOffice AS", aud=f"spn:{self.serial}")
        return json_reply(
            200, {"IsSuccessful": True, "ErrorMessage": "", "Token": self.sign(claims)}
        )

    def metadata(self) -> Reply:
        login = f"{self.url}/login"
        return json_reply(
            200,
            {
                "issuer": self.url,
                "authorization_endpoint": f"{login}/common/oauth/authorize",
                "token_endpoint": f"{login}/common/oauth/tokens",
                "jwks_uri": f"{login}/.well-known/jwks",
                "id_token_signing_alg_values_supported": ["RS256"],
            },
        )

    def jwks(self) -> Reply:
        keys = []
        for kid, public in self.published:
            key = jwt.algorithms.RSAAlgorithm.to_jwk(public, as_dict=True)
            keys.append({**key, "kid": kid, "use": "sig", "alg": "RS256"})
        return json_reply(200, {"keys": keys})

    def authorize(self, path: str) -> Reply:
        """The user signs in and consents: a code, bound to the PKCE challenge and nonce."""
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(path).query))
        assert query["client_id"] == self.client_id and query["scope"] == "openid"
        assert query["response_type"] == "code" and query["code_challenge_method"] == "S256"
        code = self.new("code")
        self.codes[code] = query
        answer = urllib.parse.urlencode({"code": code, "state": query["state"]})
        return 302, {"Location": f"{query['redirect_uri']}?{answer}"}, b""

    def tokens(self, body: bytes) -> Reply:
        form = dict(urllib.parse.parse_qsl(body.decode()))
        with self.lock:
            self.bodies.append(form)
        if self.token_reply is not None:
            return self.token_reply

        def refuse(error: str) -> Reply:  # echoes the form, secrets and all: a careless server
            return json_reply(400, {"error": error, "error_description": f"{error} for {form}"})

        if (
            form.get("client_id") != self.client_id
            or form.get("client_secret") != self.client_secret
        ):
            return refuse("invalid_client")
        claims: dict[str, Any] = {}
        if form.get("grant_type") == "authorization_code":
            request = self.codes.pop(form.get("code", ""), None)
            if request is None or form.get("redirect_uri") != request["redirect_uri"]:
                return refuse("invalid_grant")
            verifier = form.get("code_verifier", "").encode()
            challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier).digest())
            if challenge.rstrip(b"=").decode() != request["code_challenge"]:
                return refuse("invalid_grant")
            if "nonce" in request:
                claims["nonce"] = request["nonce"]
        elif form.get("grant_type") == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return refuse("invalid_grant")
        else:
            return refuse("unsupported_grant_type")
        now = self.clock()
        access = self.new("8A:Cust12345.access")
        self.valid[access] = now + 3600
        refresh = self.new("refresh")
        self.refresh_tokens.add(refresh)
        claims.update(
            self.identity(now), iss=self.url, aud=self.client_id, sub="admin@example.com"
        )
        answer = {
            "token_type": "Bearer",
            "access_token": access,
            "expires_in": 3600,
            "refresh_token": refresh,
            "id_token": self.sign(claims),
        }
        return json_reply(200, answer)

    # --- the tenant

    def agent(self, route: str, headers: dict[str, str], body: bytes) -> Reply:
        if route.endswith("/Remote/Services88/ErpSync.svc"):
            envelope = etree.fromstring(body)
            found = envelope.find(f"{{{SOAP11}}}Header/{{{NS}}}Credentials/{{{NS}}}Ticket")
            credential = "" if found is None else found.text or ""
            ok: Reply = (200, {"Content-Type": "text/xml"}, SOAP_OK)
        else:
            assert route.endswith("/api/v1/Agents/ErpSync/ForceSyncAll"), route
            scheme, _, credential = headers.get("Authorization", "").partition(" ")
            assert scheme in ("SOTicket", "Bearer"), scheme
            ok = json_reply(200, {"IsOk": True})
        with self.lock:
            accepted = not self.reject_all and self.clock() < self.valid.get(credential, 0.0)
            status = ok[0] if accepted else 401
            self.seen.append((credential, status))
        return ok if accepted else (401, {}, b"")


@contextmanager
def serve(standin: StandIn) -> Iterator[StandIn]:
    """Run ``standin`` on a free port of 127.0.0.1 for the duration of the block."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def answer(self, method: str) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            status, headers, content = standin.handle(
                method, self.path, dict(self.headers.items()), body
            )
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        def do_GET(self) -> None:
            self.answer("GET")

        def do_POST(self) -> None:
            self.answer("POST")

        def log_message(self, format: str, *args: Any) -> None:
            pass

    class Server(http.server.ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 128  # fifty calls at once

    server = Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    standin.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield standin
    finally:
        server.shutdown()
        server.server_close()
