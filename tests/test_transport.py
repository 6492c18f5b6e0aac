"""The transport on its own: requests built and answers read, over ``httpx.MockTransport``.

Uses the committed generated package (no docs needed); the corpus-backed loopback tests check the
same clients against zeep-rendered answers over real HTTP.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator
from typing import Any

import httpx
import pytest
from lxml import etree
from superoffice import transport
from superoffice.services88.erpsync import (
    FORCE_SYNC_ALL,
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


# --- behaving like httpx clients (issue 11.4, 11.5) --------------------------------------------


def ok_handler(request: httpx.Request) -> httpx.Response:
    if "SOAPAction" in request.headers:
        return httpx.Response(200, content=SOAP_OK)
    return httpx.Response(200, json={"IsOk": True})


def test_agents_close_only_the_clients_they_made() -> None:
    shared = httpx.Client(transport=httpx.MockTransport(ok_handler))
    with ErpSyncAgent("https://t.example", client=shared) as one:
        one.force_sync_all()
    two = ErpSyncRestAgent("https://t.example", client=shared)
    assert two.force_sync_all() is not None  # the first agent left the shared client open
    two.close()
    assert not shared.is_closed
    own = ErpSyncAgent("https://t.example")
    with own:
        pass
    assert own._client.is_closed


def test_async_agents_are_async_context_managers() -> None:
    async def go() -> bool:
        shared = httpx.AsyncClient(transport=httpx.MockTransport(ok_handler))
        async with AsyncErpSyncRestAgent("https://t.example", client=shared) as agent:
            await agent.force_sync_all()
        return shared.is_closed

    assert asyncio.run(go()) is False


def test_a_base_url_ending_in_the_service_path_is_not_doubled() -> None:
    for base in (
        "https://t.example/Cust1",
        "https://t.example/Cust1/",
        "https://t.example/Cust1/Remote/Services88/ErpSync.svc",
        "https://t.example/Cust1/remote/services88/erpsync.svc/",
        "https://t.example/Cust1/Remote/Services88/",  # as a netserver_url claim gives it
        "https://t.example/Cust1/Remote/Services86/Contact.svc",
        "https://t.example/Cust1/api/v1/",  # REST's path, given to a SOAP agent
    ):
        request = ErpSyncAgent(base).build_request(FORCE_SYNC_ALL, ())
        assert str(request.url).lower() == "https://t.example/cust1/remote/services88/erpsync.svc"


def test_a_rest_base_url_ending_in_the_api_path_is_not_doubled() -> None:
    for base in (
        "https://t.example/Cust1",
        "https://t.example/Cust1/api/",  # as a webapi_url claim gives it
        "https://t.example/Cust1/api/v1",
        "https://t.example/Cust1/api/v1/Agents/ErpSync/",
        "https://t.example/Cust1/Remote/Services88/",  # SOAP's path, given to a REST agent
    ):
        request = ErpSyncRestAgent(base).build_request(FORCE_SYNC_ALL, ())
        assert str(request.url) == "https://t.example/Cust1/api/v1/Agents/ErpSync/ForceSyncAll"
    # a tenant whose own path merely contains the words keeps it
    request = ErpSyncRestAgent("https://t.example/api-tenant").build_request(FORCE_SYNC_ALL, ())
    assert str(request.url).startswith("https://t.example/api-tenant/api/v1/")


def test_copies_made_by_with_options_leave_the_pool_to_the_agent_they_came_from() -> None:
    agent = ErpSyncAgent("https://t.example")
    with agent.with_options(timeout=5) as quick:
        pass
    assert not agent._client.is_closed and quick._client is agent._client
    agent.close()
    assert agent._client.is_closed


def test_the_wrong_kind_of_client_is_refused_when_the_agent_is_made() -> None:
    with httpx.Client() as sync_client, pytest.raises(TypeError, match="AsyncClient"):
        AsyncErpSyncAgent("https://t.example", client=sync_client)  # type: ignore[arg-type]

    async def go() -> None:
        async with httpx.AsyncClient() as async_client:
            with pytest.raises(TypeError, match=r"httpx\.Client"):
                ErpSyncRestAgent("https://t.example", client=async_client)  # type: ignore[arg-type]

    asyncio.run(go())


@pytest.mark.parametrize(
    ("operation", "args", "message"),
    [
        ("ForceSyncAll", (), "must be an Operation"),
        (FORCE_SYNC_ALL, {"a": 1}, "sequence of values in WSDL order"),
        (FORCE_SYNC_ALL, "abc", "sequence of values in WSDL order"),
        (FORCE_SYNC_ALL, 5, "sequence of values in WSDL order"),
    ],
)
def test_invoke_says_what_it_takes(operation: object, args: object, message: str) -> None:
    agent = ErpSyncAgent(
        "https://t.example", client=httpx.Client(transport=httpx.MockTransport(ok_handler))
    )
    for call in (agent.invoke, agent.build_request):
        with pytest.raises(TypeError, match=message):
            call(operation, args)  # type: ignore[arg-type]


def test_last_response_is_cleared_when_a_call_fails() -> None:
    answers = iter([httpx.Response(200, content=SOAP_OK), httpx.Response(500, content=b"no")])
    agent = ErpSyncAgent(
        "https://t.example",
        client=httpx.Client(transport=httpx.MockTransport(lambda r: next(answers))),
    )
    agent.force_sync_all()
    assert agent.last_response is not None
    with pytest.raises(transport.HttpStatusError):
        agent.force_sync_all()
    assert agent.last_response is None


class SlowTenant:
    """A ``BaseUrlSource`` whose lookup takes longer than the call may."""

    def __init__(self) -> None:
        self.deadlines: list[float | None] = []

    def base_url(self) -> str:
        from superoffice import sending

        self.deadlines.append(sending.current_deadline())
        return "https://t.example"

    async def abase_url(self) -> str:
        await asyncio.sleep(5)
        return "https://t.example"

    def invalidate(self) -> None:
        pass


def test_the_tenant_lookup_is_part_of_the_call_and_its_deadline() -> None:
    tenant = SlowTenant()
    agent = ErpSyncAgent(
        tenant, timeout=2, client=httpx.Client(transport=httpx.MockTransport(ok_handler))
    )
    agent.force_sync_all()
    assert tenant.deadlines[0] is not None and 0 < tenant.deadlines[0] - time.monotonic() <= 2

    async def go() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(ok_handler)) as client:
            slow = AsyncErpSyncAgent(tenant, timeout=0.2, client=client)
            with pytest.raises(transport.TimeoutError, match="tenant lookup"):
                await slow.force_sync_all()

    started = time.monotonic()
    asyncio.run(go())
    assert time.monotonic() - started < 2


def test_build_request_is_what_is_sent_and_raw_bytes_are_kept() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return ok_handler(request)

    agent = ErpSyncAgent(
        "https://t.example",
        ticket="7T:t",
        client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    built = agent.build_request(FORCE_SYNC_ALL, ())
    assert built.method == "POST" and built.headers["SOAPAction"].endswith('/ForceSyncAll"')
    response = agent.with_options(keep_raw=True).invoke(FORCE_SYNC_ALL, ())
    (request,) = sent
    assert (request.method, request.url, request.content) == (
        built.method,
        built.url,
        built.content,
    )
    assert response.raw is not None
    assert response.raw.request_body == built.content and response.raw.response_body == SOAP_OK
    assert agent.invoke(FORCE_SYNC_ALL, ()).raw is None  # only when asked for


@pytest.mark.parametrize(
    "make",
    [ErpSyncAgent, AsyncErpSyncAgent, ErpSyncRestAgent, AsyncErpSyncRestAgent],
    ids=["soap", "async-soap", "rest", "async-rest"],
)
def test_a_client_the_agent_made_gets_the_requests_build_request_would_build(
    make: type[ErpSyncAgent | AsyncErpSyncAgent | ErpSyncRestAgent | AsyncErpSyncRestAgent],
) -> None:
    """On a client it made, an agent builds requests itself (httpx's general merging is half
    the cost): the method, URL, headers in their order, cookies, body and extensions are what
    the same kind of client's build_request gives."""
    from superoffice import sending
    from superoffice.services88.project import (
        GET_PROJECT_ENTITY,
        AsyncProjectAgent,
        AsyncProjectRestAgent,
        ProjectAgent,
        ProjectRestAgent,
    )

    project = {
        ErpSyncAgent: ProjectAgent,
        AsyncErpSyncAgent: AsyncProjectAgent,
        ErpSyncRestAgent: ProjectRestAgent,
        AsyncErpSyncRestAgent: AsyncProjectRestAgent,
    }[make]
    is_async = make in (AsyncErpSyncAgent, AsyncErpSyncRestAgent)

    async def built(agent: Any, operation: Any, args: tuple[Any, ...]) -> httpx.Request:
        request = agent.build_request(operation, args)
        return await request if is_async else request  # type: ignore[no-any-return]

    async def compare(cookies: bool) -> None:
        for kind, operation, args in (
            (make, FORCE_SYNC_ALL, ()),
            (project, GET_PROJECT_ENTITY, (5,)),
        ):
            own = kind("https://t.example/Cust1", ticket="7T:t", app_token="app")
            given = kind(
                "https://t.example/Cust1",
                ticket="7T:t",
                app_token="app",
                client=httpx.AsyncClient() if is_async else sending.client(),
            )
            if cookies:
                for agent in (own, given):
                    agent._client.cookies.set("ARRAffinity", "a1", domain="t.example")
            mine = await built(own.with_options(headers={"X-Trace": "1"}), operation, args)
            theirs = await built(given.with_options(headers={"X-Trace": "1"}), operation, args)
            assert (mine.method, mine.url, mine.content) == (
                theirs.method,
                theirs.url,
                theirs.content,
            )
            assert mine.headers.raw == theirs.headers.raw
            assert ("cookie" in mine.headers) is cookies
            assert mine.extensions.keys() == theirs.extensions.keys()
            assert mine.extensions["timeout"] == theirs.extensions["timeout"]
            envelope = mine.extensions.get(transport.SOAP_ENVELOPE)
            if envelope is not None:
                assert envelope("7T:x") == theirs.extensions[transport.SOAP_ENVELOPE]("7T:x")
            mine.read()
            assert mine.stream is not None and b"".join(mine.stream) == mine.content

    for cookies in (False, True):
        asyncio.run(compare(cookies))


def test_an_envelope_after_one_that_failed_to_encode_is_whole_and_alone() -> None:
    """Each thread writes its calls' bodies in one envelope it keeps: a body that failed midway
    (an item of the wrong type) leaves nothing behind for the next call."""
    from superoffice.runtime import EncodeError
    from superoffice.services88.erpsync import FORCE_RESYNC_EXTERNAL
    from superoffice.services88.types import ErpActorType

    agent = ErpSyncAgent("https://t.example", ticket="7T:t")
    good = (3, ErpActorType.CUSTOMER, ["A1", "A2"])
    expected = ErpSyncAgent("https://t.example", ticket="7T:t").build_request(
        FORCE_RESYNC_EXTERNAL, good
    )
    for _ in range(2):
        with pytest.raises(EncodeError, match="external_keys"):
            agent.build_request(FORCE_RESYNC_EXTERNAL, (3, ErpActorType.CUSTOMER, ["A1", 5]))
        assert agent.build_request(FORCE_RESYNC_EXTERNAL, good).content == expected.content


def test_httpx_event_hooks_see_every_call() -> None:
    seen: list[str] = []
    client = httpx.Client(
        transport=httpx.MockTransport(ok_handler),
        event_hooks={
            "request": [lambda r: seen.append(f"-> {r.method} {r.url.path}")],
            "response": [lambda r: seen.append(f"<- {r.status_code}")],
        },
    )
    ErpSyncRestAgent("https://t.example", client=client).force_sync_all()
    assert seen == ["-> POST /api/v1/Agents/ErpSync/ForceSyncAll", "<- 200"]


def test_with_options_refuses_what_it_cannot_honour() -> None:
    rest = ErpSyncRestAgent("https://t.example")
    for bad in (
        {"select": "Name"},
        {"select": [1]},
        {"timeout": -1},
        {"headers": {"authorization": "x"}},
    ):
        with pytest.raises((TypeError, ValueError)):
            rest.with_options(**bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="SOAP has none"):
        ErpSyncAgent("https://t.example").with_options(select=["Name"])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        ("\u0661\u0662", None),  # digits of another script: unreadable, not a crash
        ("Sun, 06 Nov 1994 08:49:37 GMT", 0.0),
        ("Sun Nov  6 08:49:37 1994", 0.0),  # asctime: no zone, UTC
        ("Fri, 31 Dec 99999 23:59:59 GMT", None),
        ("Mon, 01 Jan 0001 00:00:00 +2359", 0.0),
        ("soon", None),
    ],
)
def test_retry_after_is_read_or_ignored_never_raised(value: str, expected: float | None) -> None:
    from superoffice import sending

    headers = httpx.Headers({"Retry-After": value.encode()})  # as servers send: bytes
    assert sending.retry_after(headers) == expected
