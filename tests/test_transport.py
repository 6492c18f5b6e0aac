"""The transport on its own: requests built and answers read, over ``httpx.MockTransport``.

Uses the committed generated package (no docs needed); the corpus-backed loopback tests check the
same clients against zeep-rendered answers over real HTTP.
"""

from __future__ import annotations

import asyncio
from collections.abc import Generator

import httpx
from lxml import etree
from superoffice import transport
from superoffice.services88.erpsync import (
    AsyncErpSyncAgent,
    AsyncErpSyncRestAgent,
    ErpSyncAgent,
    ErpSyncRestAgent,
)

SOAP11 = "{http://schemas.xmlsoap.org/soap/envelope/}"
NS = "{http://www.superoffice.net/ws/crm/NetServer/Services88}"
SOAP_OK = (
    b'<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
    b'<ForceSyncAllResponse xmlns="http://www.superoffice.net/ws/crm/NetServer/Services88">'
    b"<Response><IsOk>true</IsOk></Response></ForceSyncAllResponse></s:Body></s:Envelope>"
)


class TicketAuth(httpx.Auth):
    """A minimal auth flow of the kind ``superoffice.online`` provides: sets the credential with
    :func:`transport.with_credentials`, and renews it once on 401."""

    def __init__(self) -> None:
        self.tickets = ["7T:first", "7T:second"]

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield transport.with_credentials(request, ticket=self.tickets[0])
        if response.status_code == 401:
            self.tickets.pop(0)
            yield transport.with_credentials(request, ticket=self.tickets[0])


def soap_ticket(request: httpx.Request) -> str | None:
    root = etree.fromstring(request.content)
    ticket = root.find(f"{SOAP11}Header/{NS}Credentials/{NS}Ticket")
    return None if ticket is None else ticket.text


def test_auth_puts_the_ticket_in_the_soap_envelope_and_renews_once_on_401() -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(soap_ticket(request))
        assert request.headers.get("Authorization") is None
        assert int(request.headers["Content-Length"]) == len(request.content)
        if seen[-1] == "7T:first":
            return httpx.Response(401)
        return httpx.Response(200, content=SOAP_OK, headers={"Content-Type": "text/xml"})

    client = httpx.Client(transport=httpx.MockTransport(handler))
    agent = ErpSyncAgent("https://tenant.example/Cust1", client=client, auth=TicketAuth())
    response = agent.force_sync_all()
    assert response is not None and response.is_ok is True
    assert seen == ["7T:first", "7T:second"]


def test_auth_sets_the_rest_authorization_header() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return httpx.Response(200, json={"IsOk": True})

    client = httpx.Client(transport=httpx.MockTransport(handler))
    agent = ErpSyncRestAgent("https://tenant.example/Cust1", client=client, auth=TicketAuth())
    response = agent.force_sync_all()
    assert response is not None and response.is_ok is True
    assert seen == ["SOTicket 7T:first"]


def test_auth_async_soap_and_rest() -> None:
    async def go() -> list[str | None]:
        seen: list[str | None] = []

        def handler(request: httpx.Request) -> httpx.Response:
            if "SOAPAction" in request.headers:
                seen.append(soap_ticket(request))
                return httpx.Response(200, content=SOAP_OK)
            seen.append(request.headers["Authorization"])
            return httpx.Response(200, json={"IsOk": True})

        mock = httpx.MockTransport(handler)
        soap = AsyncErpSyncAgent(
            "https://t.example", client=httpx.AsyncClient(transport=mock), auth=TicketAuth()
        )
        rest = AsyncErpSyncRestAgent(
            "https://t.example", client=httpx.AsyncClient(transport=mock), auth=TicketAuth()
        )
        await soap.force_sync_all()
        await rest.force_sync_all()
        return seen

    assert asyncio.run(go()) == ["7T:first", "SOTicket 7T:first"]
