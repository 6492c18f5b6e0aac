"""The generated SOAP and REST clients, sync and async, over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import importlib
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from superoffice import transport
from superoffice.services86 import erpsync as erpsync86
from superoffice.services88 import erpsync as erpsync88
from superoffice.services88.types import ErpActorType, ETableRight, PluginResponse

from .committed import SERVICE88
from .loopback import (
    Loopback,
    Received,
    fault_reply,
    json_reply,
    serve,
    slow,
    soap_responder,
    wsdl_peers,
)

S88 = "mintlify-docs/en/api/web-services/endpoints/soap/reference/Services88"
WSDL88 = f"{S88}/Services88-ErpSync.md"
WSDL86 = "superoffice-docs/docs/en/api/reference/soap/Services86/Services86-ErpSync.md"
TICKET, APP_TOKEN = "7T:secret-ticket==", "app-token-123"
OK = {"Succeeded": True}
PLUGIN = {
    "IsOk": False,
    "UserExplanation": "Connection is disabled",
    "TechExplanation": "",
    "TableRight": {"Mask": ["Select", "Delete"], "Reason": ""},
    "Changes": {"AddedRecords": {"ChangedDataItem": [{"Tablename": "contact", "RecordId": 5}]}},
}


@pytest.fixture
def server() -> Iterator[Loopback]:
    yield from serve()


@pytest.fixture(scope="module")
def peers88(corpus: Path) -> Any:
    return wsdl_peers(corpus, WSDL88)


@pytest.fixture(scope="module")
def peers86(corpus: Path) -> Any:
    return wsdl_peers(corpus, WSDL86)


def run(flavour: str, make: Any, call: Any) -> Any:
    """Call through the sync class or (in an event loop) the async one."""
    if flavour == "sync":
        agent = make(False)
        try:
            return call(agent)
        finally:
            agent.close()

    async def go() -> Any:
        agent = make(True)
        try:
            return await call(agent)
        finally:
            await agent.aclose()

    return asyncio.run(go())


def soap88(server: Loopback, **kw: Any) -> Any:
    def make(is_async: bool) -> Any:
        cls = erpsync88.AsyncErpSyncAgent if is_async else erpsync88.ErpSyncAgent
        return cls(server.url, ticket=TICKET, app_token=APP_TOKEN, **kw)

    return make


FLAVOURS = ["sync", "async"]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_services88_force_resync_external(server: Loopback, peers88: Any, flavour: str) -> None:
    schema, zclient = peers88
    server.respond = soap_responder(
        server,
        schema,
        zclient,
        "ForceResyncExternal",
        erpsync88.FORCE_RESYNC_EXTERNAL.action,
        {"Response": PLUGIN},
        OK,
        expect_ticket=TICKET,
        expect_app_token=APP_TOKEN,
    )
    result = run(
        flavour,
        soap88(server),
        lambda a: a.force_resync_external(
            erp_connection_id=3, erp_actor_type=ErpActorType.CUSTOMER, external_keys=["A1", "A2"]
        ),
    )
    assert server.problems == []
    assert isinstance(result, PluginResponse)
    assert result.is_ok is False and result.user_explanation == "Connection is disabled"
    assert result.table_right.mask == ETableRight.SELECT | ETableRight.DELETE  # type: ignore[union-attr]
    assert result.changes.added_records[0].record_id == 5  # type: ignore[union-attr,index]
    request = server.received[0]
    assert request.path == "/Remote/Services88/ErpSync.svc"
    keys = etree.fromstring(request.body).find(f".//{{{erpsync88.NAMESPACE}}}ExternalKeys")
    assert keys is not None and [k.text for k in keys] == ["A1", "A2"]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_services88_force_resync_and_response_headers(
    server: Loopback, peers88: Any, flavour: str
) -> None:
    schema, zclient = peers88
    server.respond = soap_responder(
        server,
        schema,
        zclient,
        "ForceResync",
        erpsync88.FORCE_RESYNC.action,
        {"Response": {"IsOk": True}},
        {
            "Succeeded": True,
            "ExtraInfo": {"ExtraInfoNameValuePair": [{"Key": "k", "Value": "v"}]},
            "TimeZone": {"SoTimeZoneId": 1, "SoTimeZoneLocationCode": "UTC"},
        },
        expect_ticket=TICKET,
    )

    def call(agent: Any) -> Any:
        if isinstance(agent, erpsync88.AsyncErpSyncAgent):

            async def go() -> Any:
                return await agent.invoke(erpsync88.FORCE_RESYNC, (7, [1, 2]))

            return go()
        return agent.invoke(erpsync88.FORCE_RESYNC, (7, [1, 2]))

    response = run(flavour, soap88(server, time_zone_id=1, time_zone_code="UTC"), call)
    assert server.problems == []
    assert response.value.is_ok is True and response.status == 200
    assert response.headers.succeeded is True and response.headers.extra_info == {"k": "v"}
    assert response.headers.time_zone.so_time_zone_location_code == "UTC"
    assert response.headers.exception_info is None
    sent = etree.fromstring(server.received[0].body)
    zone = sent.find(
        f"{{http://schemas.xmlsoap.org/soap/envelope/}}Header/{{{erpsync88.NAMESPACE}}}TimeZone"
    )
    assert zone is not None and [c.text for c in zone] == ["1", "UTC"]


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_services86_sync_all_and_void_force_resync_batch_task(
    server: Loopback, peers86: Any, flavour: str
) -> None:
    schema, zclient = peers86
    server.respond = soap_responder(
        server,
        schema,
        zclient,
        "SyncAll",
        erpsync86.SYNC_ALL.action,
        {"Response": {"IsOk": True}},
        OK,
    )

    def make(is_async: bool) -> Any:
        cls = erpsync86.AsyncErpSyncAgent if is_async else erpsync86.ErpSyncAgent
        return cls(server.url, ticket=TICKET)

    assert run(flavour, make, lambda a: a.sync_all()).is_ok is True
    server.respond = soap_responder(
        server,
        schema,
        zclient,
        "ForceResyncBatchTask",
        erpsync86.FORCE_RESYNC_BATCH_TASK.action,
        {},
        OK,
    )
    assert (
        run(
            flavour,
            make,
            lambda a: a.force_resync_batch_task(erp_connection_id=1, internal_key_ids=[4]),
        )
        is None
    )
    assert server.problems == []
    assert server.received[-1].path == "/Remote/Services86/ErpSync.svc"


def rest_check(
    server: Loopback, path: str, expect_body: Any, reply: Any, status: int = 200
) -> None:
    def respond(request: Received) -> Any:
        if request.path != path:
            server.problems.append(f"path {request.path}")
        h = request.headers
        if h.get("Authorization") != f"SOTicket {TICKET}":
            server.problems.append("Authorization")
        for name, value in (
            ("SO-AppToken", APP_TOKEN),
            ("SO-Language", "en"),
            ("SO-Culture", "nb"),
            ("Accept-Language", "de"),
            ("SO-TimeZone", "UTC"),
        ):
            if h.get(name) != value:
                server.problems.append(f"{name}: {h.get(name)!r}")
        body = json.loads(request.body) if request.body else None
        if body != expect_body:
            server.problems.append(f"body {body!r}")
        return json_reply(reply, status)

    server.respond = respond


def rest88(server: Loopback) -> Any:
    def make(is_async: bool) -> Any:
        cls = erpsync88.AsyncErpSyncRestAgent if is_async else erpsync88.ErpSyncRestAgent
        return cls(
            server.url,
            ticket=TICKET,
            app_token=APP_TOKEN,
            language="en",
            culture="nb",
            accept_language="de",
            time_zone="UTC",
        )

    return make


@pytest.mark.parametrize("flavour", FLAVOURS)
def test_rest_force_sync_all_and_friends(server: Loopback, flavour: str) -> None:
    sample = {
        "IsOk": True,
        "UserExplanation": "done",
        "Status": "OkWithInfo",
        "TableRight": {"Mask": "Select, Update", "Reason": ""},
        "FieldProperties": {"Name": {"FieldLength": 3}},
    }
    rest_check(server, "/api/v1/Agents/ErpSync/ForceSyncAll", None, sample)
    result = run(flavour, rest88(server), lambda a: a.force_sync_all())
    assert server.problems == []
    assert (
        result.is_ok is True and result.table_right.mask == ETableRight.SELECT | ETableRight.UPDATE
    )
    assert result.field_properties["Name"].field_length == 3
    rest_check(
        server,
        "/api/v1/Agents/ErpSync/ForceResyncExternal",
        {"ErpConnectionId": 3, "ErpActorType": "Customer", "ExternalKeys": ["A1"]},
        {"IsOk": False},
    )
    result = run(
        flavour,
        rest88(server),
        lambda a: a.force_resync_external(
            erp_connection_id=3, erp_actor_type=ErpActorType.CUSTOMER, external_keys=["A1"]
        ),
    )
    assert server.problems == [] and result.is_ok is False
    rest_check(
        server,
        "/api/v1/Agents/ErpSync/ForceResyncBatchTask",
        {"ErpConnectionId": 1},
        None,
        status=204,
    )
    assert (
        run(flavour, rest88(server), lambda a: a.force_resync_batch_task(erp_connection_id=1))
        is None
    )
    assert server.problems == []


# --- failures --------------------------------------------------------------------------------


def expect_failure(flavour: str, make: Any, call: Any, kind: type[Exception]) -> Exception:
    with pytest.raises(kind) as info:
        run(flavour, make, call)
    text = str(info.value) + repr(info.value) + repr(make(False))
    assert TICKET not in text and APP_TOKEN not in text
    return info.value


@pytest.mark.heavy
@pytest.mark.parametrize("flavour", FLAVOURS)
def test_failures_are_typed(server: Loopback, peers88: Any, flavour: str) -> None:
    schema, zclient = peers88
    call = lambda a: a.force_resync(erp_connection_id=1)  # noqa: E731

    server.respond = lambda r: (503, {"Content-Type": "text/plain"}, b"maintenance")
    error = expect_failure(flavour, soap88(server), call, transport.HttpStatusError)
    assert error.status == 503 and error.body == "maintenance"  # type: ignore[attr-defined]

    server.respond = lambda r: fault_reply("s:Client", "Invalid ticket")
    error = expect_failure(flavour, soap88(server), call, transport.SoapFault)
    assert error.code == "s:Client" and error.message == "Invalid ticket"  # type: ignore[attr-defined]
    assert "because" in error.detail  # type: ignore[attr-defined]

    server.respond = soap_responder(
        server,
        schema,
        zclient,
        "ForceResync",
        erpsync88.FORCE_RESYNC.action,
        {},
        {
            "Succeeded": False,
            "ExceptionInfo": {
                "Message": "Outer",
                "ExceptionType": "SoException",
                "StackTrace": "at X",
                "InnerException": {"Message": "Inner", "ExceptionType": "SqlException"},
            },
        },
    )
    error = expect_failure(flavour, soap88(server), call, transport.ServiceError)
    assert [i.message for i in error.chain] == ["Outer", "Inner"]  # type: ignore[attr-defined]
    assert error.info.stack_trace == "at X" and "SoException" in str(error)  # type: ignore[attr-defined]

    server.respond = soap_responder(
        server,
        schema,
        zclient,
        "ForceResync",
        erpsync88.FORCE_RESYNC.action,
        {},
        {"Succeeded": False},
    )
    expect_failure(flavour, soap88(server), call, transport.ServiceError)

    bad = b'<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><ForceResyncResponse xmlns="http://www.superoffice.net/ws/crm/NetServer/Services88"><Response><IsOk>maybe</IsOk></Response></ForceResyncResponse></s:Body></s:Envelope>'
    server.respond = lambda r: (200, {"Content-Type": "text/xml"}, bad)
    error = expect_failure(flavour, soap88(server), call, transport.ResponseDecodeError)
    assert "/Envelope/Body/ForceResyncResponse/Response/IsOk" in str(error)

    server.respond = lambda r: (200, {"Content-Type": "text/xml"}, b"<html>not soap</html>")
    expect_failure(flavour, soap88(server), call, transport.ResponseDecodeError)

    server.respond = lambda r: json_reply(
        {"Error": "Ticket expired", "ErrorType": "SoSecurity"}, 401
    )
    error = expect_failure(flavour, rest88(server), call, transport.RestError)
    assert error.status == 401 and error.message == "Ticket expired"  # type: ignore[attr-defined]

    server.respond = lambda r: json_reply({"IsOk": "yes"})
    expect_failure(flavour, rest88(server), call, transport.ResponseDecodeError)

    server.respond = slow(json_reply({"IsOk": True}), 1.0)
    expect_failure(flavour, soap88(server, timeout=0.2), call, transport.TimeoutError)

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"

    def dead(is_async: bool) -> Any:
        agent = erpsync88.AsyncErpSyncAgent if is_async else erpsync88.ErpSyncAgent
        return agent(closed, ticket=TICKET, app_token=APP_TOKEN)

    error = expect_failure(flavour, dead, call, transport.TransportError)
    assert not isinstance(error, transport.TimeoutError)


# --- one operation of every Services88 agent -------------------------------------------------


def zeep_value(xsd_type: Any, depth: int = 0) -> Any:
    """A value zeep can render, built from zeep's own view of the schema."""
    from zeep.xsd import ComplexType
    from zeep.xsd.types.builtins import Boolean, DateTime, Integer, String

    if isinstance(xsd_type, ComplexType):
        if depth > 1:
            return None
        out = {}
        for name, element in xsd_type.elements:
            if getattr(element, "max_occurs", 1) != 1 and element.max_occurs is not None:
                continue
            value = zeep_value(element.type, depth + 1)
            if value is not None:
                out[name] = value
        return out
    if isinstance(xsd_type, Boolean):
        return True
    if isinstance(xsd_type, Integer):
        return 7
    if isinstance(xsd_type, String):
        return "text"
    if isinstance(xsd_type, DateTime):
        import datetime

        return datetime.datetime(2024, 5, 6, 7, 8, 9)
    return None


@pytest.mark.parametrize("agent", [a.name for a in SERVICE88.agents])
def test_first_operation_of_every_agent(server: Loopback, corpus: Path, agent: str) -> None:
    model = SERVICE88.agent(agent)
    op = next((o for o in model.operations if not o.parameters), model.operations[0])
    schema, zclient = wsdl_peers(corpus, model.sources[0].path)
    bound = zclient.service._binding._operations[op.name]
    result = zeep_value(bound.output.body.type)
    bound_headers = {
        h.name for h in op.request_headers
    }  # SoPrincipal's binding has no Credentials
    server.respond = soap_responder(
        server,
        schema,
        zclient,
        op.name,
        op.soap_action,
        result,
        OK,
        expect_ticket=TICKET if "Credentials" in bound_headers else None,
        expect_app_token=APP_TOKEN if "ApplicationToken" in bound_headers else None,
    )
    module = importlib.import_module(f"superoffice.services88.{model.module}")
    client = getattr(module, model.py_name)(server.url, ticket=TICKET, app_token=APP_TOKEN)
    response = client.invoke(module.OPERATIONS[op.name], [])
    client.close()
    assert server.problems == []
    assert response.status == 200 and response.headers.succeeded is True
    if op.results and result:
        assert response.value is not None
