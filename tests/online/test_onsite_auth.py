"""The fixed credentials of superoffice.auth (ticket, Basic, Bearer) on SOAP and REST calls, sync
and async; and that the auth modules import without the ``online`` extra."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import httpx
import pytest
from lxml import etree
from superoffice.auth import BasicAuth, BearerAuth, TicketAuth, UnsupportedCredentialsError
from superoffice.services88.erpsync import (
    AsyncErpSyncAgent,
    AsyncErpSyncRestAgent,
    ErpSyncAgent,
    ErpSyncRestAgent,
)

from .standin import NS, SOAP11, SOAP_OK


def presented(mode: str, protocol: str, auth: httpx.Auth) -> str | None:
    """The credential a ForceSyncAll call carries: the SOAP ticket or the REST Authorization."""
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if protocol == "soap":
            ticket = etree.fromstring(request.content).find(
                f"{{{SOAP11}}}Header/{{{NS}}}Credentials/{{{NS}}}Ticket"
            )
            seen.append(None if ticket is None else ticket.text)
            return httpx.Response(200, content=SOAP_OK)
        seen.append(request.headers.get("Authorization"))
        return httpx.Response(200, json={"IsOk": True})

    url = "http://127.0.0.1:9/Cust1"
    if mode == "sync":
        client = httpx.Client(transport=httpx.MockTransport(handler))
        agent = (ErpSyncAgent if protocol == "soap" else ErpSyncRestAgent)(
            url, auth=auth, client=client
        )
        agent.force_sync_all()
        agent.close()
    else:

        async def go() -> None:
            client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
            agent = (AsyncErpSyncAgent if protocol == "soap" else AsyncErpSyncRestAgent)(
                url, auth=auth, client=client
            )
            await agent.force_sync_all()
            await agent.aclose()

        asyncio.run(go())
    (credential,) = seen
    return credential


def test_a_ticket_goes_into_the_soap_header_and_the_rest_sotoken(mode: str) -> None:
    auth = TicketAuth("7T:abc")
    assert presented(mode, "soap", auth) == "7T:abc"
    assert presented(mode, "rest", auth) == "SOTicket 7T:abc"
    assert "7T:abc" not in repr(auth)


@pytest.mark.parametrize(
    "auth, header",
    [
        (BasicAuth("ADMIN", "pa:ss"), "Basic QURNSU46cGE6c3M="),
        (BearerAuth("8A:Cust1.token"), "Bearer 8A:Cust1.token"),
    ],
)
def test_basic_and_bearer_are_for_rest_calls(auth: httpx.Auth, header: str, mode: str) -> None:
    assert presented(mode, "rest", auth) == header
    with pytest.raises(UnsupportedCredentialsError, match="SOAP call needs a ticket"):
        presented(mode, "soap", auth)
    assert header.split()[1] not in repr(auth)


def test_the_auth_modules_import_without_the_online_extra() -> None:
    """Only signing and checking tokens need PyJWT and cryptography; tenant discovery and the
    onsite credentials do not."""
    code = (
        "import sys\n"
        "sys.modules.update(jwt=None, cryptography=None)\n"
        "import superoffice.auth, superoffice.online\n"
        "from superoffice.online import MissingDependencyError, StaticKeys\n"
        "try:\n"
        "    StaticKeys(b'x')\n"
        "except MissingDependencyError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy()
    )
    assert out.returncode == 0, out.stderr
    assert "pip install" in out.stdout and "superoffice-clients[online]" in out.stdout
