"""superoffice.testing: the fake NetServer for users' own tests, and hypothesis strategies for
the generated types. Everything runs in memory (httpx.MockTransport), in a few seconds."""

from __future__ import annotations

import asyncio
import datetime
import json
import sys
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from superoffice import transport
from superoffice.runtime import UNSET, DateTime, DecodeError
from superoffice.services86 import erpsync as erpsync86
from superoffice.services86.types import PluginResponse as PluginResponse86
from superoffice.services88 import blobmanager, erpsync, project
from superoffice.services88.blobmanager import BlobManagerAgent, ReadBlobResult
from superoffice.services88.erpsync import (
    AsyncErpSyncAgent,
    AsyncErpSyncRestAgent,
    ErpSyncAgent,
    ErpSyncRestAgent,
)
from superoffice.services88.project import ProjectRestAgent
from superoffice.services88.types import (
    ErpActorType,
    ErpConnection,
    ETableRight,
    PluginResponse,
    ProjectEntity,
    SaleTypeEntity,
    TableRight,
    WebAppUsage,
    Webhook,
)
from superoffice.services88.types.e_table_right import E_TABLE_RIGHT_CODEC
from superoffice.testing import (
    Call,
    FakeServer,
    FakeServerError,
    MalformedRequest,
    UnexpectedCall,
    service_error,
    strategies,
)

BASE = "https://tenant.example"
SYNC_AGENTS = [ErpSyncAgent, ErpSyncRestAgent]
ASYNC_AGENTS = [AsyncErpSyncAgent, AsyncErpSyncRestAgent]
NO_WAIT = transport.Retry(sleep=lambda seconds: None)


def sync_agent(server: FakeServer, cls: Any = ErpSyncAgent, **options: Any) -> Any:
    return cls(BASE, ticket="t", client=server.client(), **options)


# --- the README example ------------------------------------------------------------------------


@pytest.mark.parametrize("cls", SYNC_AGENTS)
def test_readme_example_sync(cls: Any) -> None:
    server = FakeServer()
    server.reply(erpsync.FORCE_RESYNC, PluginResponse(is_ok=True))
    agent = cls("https://tenant.example", ticket="t", client=server.client())
    assert agent.force_resync(erp_connection_id=1) == PluginResponse(is_ok=True)
    assert server.calls[0].operation == "ForceResync"
    assert server.calls[0].args["erp_connection_id"] == 1
    call = server.calls[0]
    assert call.args == {"erp_connection_id": 1}  # left-out parameters are not in args
    assert call.agent == "ErpSync" and call.ticket == "t"
    assert call.protocol == ("soap" if cls is ErpSyncAgent else "rest")
    assert isinstance(call.request, httpx.Request) and call.descriptor is erpsync.FORCE_RESYNC


@pytest.mark.parametrize("cls", ASYNC_AGENTS)
def test_readme_example_async(cls: Any) -> None:
    server = FakeServer()
    server.reply(erpsync.FORCE_RESYNC, PluginResponse(is_ok=True))

    async def main() -> Any:
        agent = cls("https://tenant.example", ticket="t", client=server.async_client())
        return await agent.force_resync(erp_connection_id=1, internal_key_ids=[4, 5])

    assert asyncio.run(main()) == PluginResponse(is_ok=True)
    assert server.calls[0].operation == "ForceResync"
    assert server.calls[0].args == {"erp_connection_id": 1, "internal_key_ids": [4, 5]}


def test_credentials_are_recorded_and_kept_out_of_repr() -> None:
    server = FakeServer().reply(erpsync.FORCE_RESYNC, None)
    ErpSyncAgent(BASE, ticket="7T:soap", app_token="app", client=server.client()).force_resync()
    ErpSyncRestAgent(
        BASE, ticket="7T:rest", app_token="app2", client=server.client()
    ).force_resync()
    ErpSyncRestAgent(BASE, token="jwt", client=server.client()).force_resync()
    soap, rest, bearer = server.calls
    assert (soap.ticket, soap.app_token, soap.authorization) == ("7T:soap", "app", None)
    assert (rest.ticket, rest.app_token, rest.authorization) == (
        "7T:rest",
        "app2",
        "SOTicket 7T:rest",
    )
    assert (bearer.ticket, bearer.authorization) == (None, "Bearer jwt")
    assert "7T" not in repr(soap) + repr(rest) and "jwt" not in repr(bearer)


@pytest.mark.parametrize("cls", SYNC_AGENTS)
def test_credentials_an_auth_flow_adds(cls: Any) -> None:
    from superoffice.auth import TicketAuth

    server = FakeServer().reply(erpsync.FORCE_RESYNC, None)
    cls(BASE, auth=TicketAuth("7T:flow"), client=server.client()).force_resync()
    assert server.calls[0].ticket == "7T:flow"


def test_soap_and_rest_requests_decode_every_parameter() -> None:
    server = FakeServer().reply(erpsync.FORCE_RESYNC_EXTERNAL, None)
    for cls in SYNC_AGENTS:
        sync_agent(server, cls).force_resync_external(
            erp_connection_id=3,
            erp_actor_type=ErpActorType.CUSTOMER,
            external_keys=["A1", None],
        )
    soap, rest = server.calls
    expected = {
        "erp_connection_id": 3,
        "erp_actor_type": ErpActorType.CUSTOMER,
        "external_keys": ["A1", None],
    }
    assert soap.args == expected and rest.args == expected


def test_nil_is_none_and_absent_is_left_out() -> None:
    server = FakeServer().reply(erpsync.TEST_CONNECTION_BY_CONFIG, True)
    for cls in SYNC_AGENTS:
        assert sync_agent(server, cls).test_connection_by_config(config_fields=None) is True
    assert [call.args for call in server.calls] == [{"config_fields": None}] * 2


def test_a_rest_query_parameter_is_decoded() -> None:
    server = FakeServer()
    server.reply(project.GET_PROJECT_ENTITY, ProjectEntity(project_id=5, name="Moon"))
    agent = ProjectRestAgent(BASE, ticket="t", client=server.client())
    assert agent.get_project_entity(project_entity_id=5) == ProjectEntity(
        project_id=5, name="Moon"
    )
    selected = agent.with_options(select=["Name", "ProjectId"])
    selected.get_project_entity(project_entity_id=6)
    first, second = server.calls
    assert first.args == {"project_entity_id": 5} and first.select == ()
    assert first.request.url.params["projectEntityId"] == "5" and first.request.content == b""
    assert second.args == {"project_entity_id": 6} and second.select == ("Name", "ProjectId")


def test_any_version_and_the_tenant_path() -> None:
    server = FakeServer()
    server.reply(erpsync86.FORCE_RESYNC, PluginResponse86(is_ok=False))
    agent = erpsync86.ErpSyncAgent(f"{BASE}/Cust1234", ticket="t", client=server.client())
    assert agent.force_resync(erp_connection_id=2) == PluginResponse86(is_ok=False)
    assert server.calls[0].request.url.path == "/Cust1234/Remote/Services86/ErpSync.svc"


# --- replies of each kind ----------------------------------------------------------------------


@pytest.mark.parametrize("cls", SYNC_AGENTS)
def test_a_callable_reply_gets_the_call(cls: Any) -> None:
    seen: list[Call] = []

    def answer(call: Call) -> PluginResponse:
        seen.append(call)
        return PluginResponse(is_ok=call.args["erp_connection_id"] > 1)

    server = FakeServer().reply(erpsync.FORCE_RESYNC, answer)
    agent = sync_agent(server, cls)
    assert agent.force_resync(erp_connection_id=2) == PluginResponse(is_ok=True)
    assert agent.force_resync(erp_connection_id=1) == PluginResponse(is_ok=False)
    assert seen == server.calls and len(seen) == 2


def test_an_async_callable_reply() -> None:
    async def answer(call: Call) -> PluginResponse:
        await asyncio.sleep(0)
        return PluginResponse(user_explanation=str(call.args["erp_connection_id"]))

    server = FakeServer().reply(erpsync.FORCE_RESYNC, answer)

    async def main() -> Any:
        agent = AsyncErpSyncRestAgent(BASE, ticket="t", client=server.async_client())
        return await agent.force_resync(erp_connection_id=8)

    assert asyncio.run(main()) == PluginResponse(user_explanation="8")
    with pytest.raises(FakeServerError, match="async_client"):
        sync_agent(server).force_resync(erp_connection_id=8)


def test_service_error_soap() -> None:
    inner = transport.ExceptionInfo("Inner", "SqlException", "", "", "", None)
    error = service_error("Outer", stack_trace="at X", source="NetServer", inner=inner)
    server = FakeServer().reply(erpsync.FORCE_RESYNC, error)
    with pytest.raises(transport.ServiceError) as caught:
        sync_agent(server).force_resync(erp_connection_id=1)
    assert str(caught.value) == "ForceResync: Outer (SoException)"
    assert [(i.message, i.exception_type) for i in caught.value.chain] == [
        ("Outer", "SoException"),
        ("Inner", "SqlException"),
    ]
    assert caught.value.chain[0].stack_trace == "at X"


def test_service_error_rest_is_netservers_error_body() -> None:
    server = FakeServer()
    server.reply(erpsync.FORCE_RESYNC, service_error("Denied", "SoSecurityException"))
    with pytest.raises(transport.RestError) as caught:
        sync_agent(server, ErpSyncRestAgent).force_resync(erp_connection_id=1)
    error = caught.value
    assert (error.status, error.message, error.error_type) == (
        500,
        "Denied",
        "SoSecurityException",
    )
    assert error.body["Error"] is True and error.body["ErrorMessage"] == "Denied"


def test_soap_fault() -> None:
    fault = transport.SoapFault("s:Client", "Invalid ticket", "<detail>because</detail>", 500)
    server = FakeServer().reply(erpsync.FORCE_RESYNC, fault)
    with pytest.raises(transport.SoapFault) as caught:
        sync_agent(server).force_resync(erp_connection_id=1)
    assert (caught.value.code, caught.value.message) == ("s:Client", "Invalid ticket")
    assert "because" in caught.value.detail and caught.value.status == 500
    with pytest.raises(transport.RestError, match="Invalid ticket"):
        sync_agent(server, ErpSyncRestAgent).force_resync(erp_connection_id=1)


@pytest.mark.parametrize("cls", SYNC_AGENTS)
def test_http_status_with_retry_after(cls: Any) -> None:
    busy = transport.HttpStatusError(429, "Too Many Requests", "slow down", {"Retry-After": "7"})
    server = FakeServer().reply(erpsync.FORCE_RESYNC, busy)
    with pytest.raises(transport.HttpStatusError) as caught:
        sync_agent(server, cls, retry=None).force_resync(erp_connection_id=1)
    assert caught.value.status == 429 and caught.value.headers["Retry-After"] == "7"
    assert caught.value.body == "slow down" and str(caught.value) == "HTTP 429 Too Many Requests"


@pytest.mark.parametrize("cls", SYNC_AGENTS)
def test_a_sequence_of_replies_tests_a_retry(cls: Any) -> None:
    waits: list[float] = []
    busy = transport.HttpStatusError(503, "", "", {"Retry-After": "2"})
    server = FakeServer().reply(erpsync.FORCE_RESYNC, busy, PluginResponse(is_ok=True))
    agent = sync_agent(server, cls, retry=transport.Retry(sleep=waits.append))
    assert agent.force_resync(erp_connection_id=1) == PluginResponse(is_ok=True)
    assert waits == [2.0] and len(server.calls) == 2
    # the last reply answers every call after the sequence
    assert agent.force_resync(erp_connection_id=1) == PluginResponse(is_ok=True)


def test_replies_are_used_in_order() -> None:
    server = FakeServer()
    server.reply(erpsync.TEST_CONNECTION_BY_ID, True, False, lambda call: None)
    agent = sync_agent(server)
    results = [agent.test_connection_by_id(erp_connection_id=i) for i in range(4)]
    assert results == [True, False, None, None]
    assert [
        call.args["erp_connection_id"] for call in server.calls_to(erpsync.TEST_CONNECTION_BY_ID)
    ] == [0, 1, 2, 3]


def test_rest_error_reply() -> None:
    body = {"Error": True, "ErrorType": "NotFound", "ErrorMessage": "No such connection"}
    error = transport.RestError(404, "No such connection", body, headers={"X-Why": "gone"})
    server = FakeServer().reply(erpsync.FORCE_RESYNC, error)
    with pytest.raises(transport.RestError) as caught:
        sync_agent(server, ErpSyncRestAgent).force_resync(erp_connection_id=1)
    assert (caught.value.status, caught.value.error_type) == (404, "NotFound")
    assert caught.value.body == body and caught.value.headers["X-Why"] == "gone"
    with pytest.raises(transport.SoapFault, match="No such connection"):
        sync_agent(server).force_resync(erp_connection_id=1)


@pytest.mark.parametrize("cls", SYNC_AGENTS)
def test_no_answer_replies(cls: Any) -> None:
    server = FakeServer().reply(erpsync.FORCE_RESYNC, transport.TimeoutError("slow"))
    with pytest.raises(transport.TimeoutError):
        sync_agent(server, cls).force_resync(erp_connection_id=1)
    server.reply(erpsync.FORCE_RESYNC, transport.TransportError("reset"))
    with pytest.raises(transport.TransportError, match="reset"):
        sync_agent(server, cls).force_resync(erp_connection_id=1)
    # an httpx error as it is: a refused connection is tried again, then fails
    server.reply(erpsync.FORCE_RESYNC, httpx.ConnectError("refused"))
    with pytest.raises(transport.TransportError, match="refused"):
        sync_agent(server, cls, retry=NO_WAIT).force_resync(erp_connection_id=1)
    assert len(server.calls_to(erpsync.FORCE_RESYNC)) == 2 + 3


def test_a_callable_may_raise_a_failure_or_fail_the_test() -> None:
    def deny(call: Call) -> PluginResponse:
        raise service_error(f"no {call.args['erp_connection_id']}")

    server = FakeServer().reply(erpsync.FORCE_RESYNC, deny)
    with pytest.raises(transport.ServiceError, match="no 4"):
        sync_agent(server).force_resync(erp_connection_id=4)

    def check(call: Call) -> PluginResponse:
        assert call.args["erp_connection_id"] == 1, "wrong connection"
        return PluginResponse()

    server.reply(erpsync.FORCE_RESYNC, check)
    with pytest.raises(AssertionError, match="wrong connection"):
        sync_agent(server, ErpSyncRestAgent).force_resync(erp_connection_id=2)


@pytest.mark.parametrize("cls", SYNC_AGENTS)
def test_void_operations_and_absent_results(cls: Any) -> None:
    server = FakeServer()
    server.reply(erpsync.DELETE_CONNECTION)
    server.reply(erpsync.TEST_CONNECTION_BY_ID, None)
    agent = sync_agent(server, cls)
    assert agent.delete_connection(erp_connection_id=3) is None
    assert agent.test_connection_by_id(erp_connection_id=3) is None


def test_a_reply_of_the_wrong_type_fails_clearly() -> None:
    server = FakeServer().reply(erpsync.DELETE_CONNECTION, PluginResponse())  # type: ignore[misc]
    with pytest.raises(FakeServerError, match="DeleteConnection returns nothing"):
        sync_agent(server).delete_connection(erp_connection_id=3)
    server.reply(erpsync.FORCE_RESYNC, "yes")  # type: ignore[misc]
    with pytest.raises(FakeServerError, match=r"reply to ForceResync \(str\) cannot be encoded"):
        sync_agent(server).force_resync(erp_connection_id=3)
    with pytest.raises(TypeError, match="instance"):
        server.reply(erpsync.FORCE_RESYNC, transport.ServiceError)  # type: ignore[misc]


def test_several_results_read_blob() -> None:
    server = FakeServer()
    server.reply(blobmanager.READ_BLOB, ReadBlobResult(length=3, response="abc"))
    agent = BlobManagerAgent(BASE, ticket="t", client=server.client())
    assert agent.read_blob(blob_id=9) == ReadBlobResult(length=3, response="abc")
    assert server.calls[0].args == {"blob_id": 9}
    server.reply(blobmanager.READ_BLOB, ReadBlobResult(length=0))
    assert agent.read_blob(blob_id=9) == ReadBlobResult(length=0, response=UNSET)
    server.reply(blobmanager.READ_BLOB, {"length": 0})  # type: ignore[misc]
    with pytest.raises(
        FakeServerError, match="ReadBlob returns a ReadBlobResult, but its reply is dict"
    ):
        agent.read_blob(blob_id=9)


# --- what the fake refuses ---------------------------------------------------------------------


def test_a_call_without_a_reply_names_it_and_what_is_registered() -> None:
    server = FakeServer().reply(erpsync.FORCE_RESYNC, None)
    server.reply(blobmanager.READ_BLOB, ReadBlobResult())
    with pytest.raises(UnexpectedCall) as caught:
        sync_agent(server).get_connection(erp_connection_id=1)
    message = str(caught.value)
    assert "ErpSync.GetConnection" in message
    assert "Registered: BlobManager.ReadBlob, ErpSync.ForceResync" in message
    assert "server.reply(erpsync.GET_CONNECTION, ...)" in message
    with pytest.raises(UnexpectedCall, match=r"ErpSync.GetConnection \(REST POST /api/v1/"):
        sync_agent(server, ErpSyncRestAgent).get_connection(erp_connection_id=1)
    assert server.calls == []
    server.reset()
    with pytest.raises(UnexpectedCall, match="Registered: nothing"):
        sync_agent(server).force_resync(erp_connection_id=1)


def envelope(body: str, namespace: str = "http://schemas.xmlsoap.org/soap/envelope/") -> bytes:
    ns = erpsync.NAMESPACE
    return (
        f'<s:Envelope xmlns:s="{namespace}" xmlns:so="{ns}"><s:Body>{body}</s:Body></s:Envelope>'
    ).encode()


SOAP_URL = f"{BASE}/Remote/Services88/ErpSync.svc"
SOAP_HEADERS = {"SOAPAction": f'"{erpsync.FORCE_RESYNC.action}"', "Content-Type": "text/xml"}


@pytest.mark.parametrize(
    ("content", "headers", "problem"),
    [
        (b"<not xml", SOAP_HEADERS, "not XML"),
        (
            envelope("<so:ForceResync/>", "http://www.w3.org/2003/05/soap-envelope"),
            SOAP_HEADERS,
            "not a SOAP 1.1 Envelope",
        ),
        (envelope("<so:GetConnection/>"), SOAP_HEADERS, "the Body holds .*GetConnection"),
        (
            envelope(
                "<so:ForceResync><so:ErpConnectionId>one</so:ErpConnectionId></so:ForceResync>"
            ),
            SOAP_HEADERS,
            "ErpConnectionId: 'one' is not an xs:int",
        ),
        (
            envelope("<so:ForceResync><so:ErpConectionId>1</so:ErpConectionId></so:ForceResync>"),
            SOAP_HEADERS,
            "ErpConectionId is not a parameter of ForceResync",
        ),
        (
            envelope("<so:ForceResync/>"),
            {**SOAP_HEADERS, "Content-Type": "application/soap+xml"},
            "SOAP 1.1 is sent as text/xml",
        ),
        (envelope("<so:ForceResync/>"), {"Content-Type": "text/xml"}, "without a SOAPAction"),
    ],
)
def test_a_malformed_soap_request_fails_clearly(
    content: bytes, headers: dict[str, str], problem: str
) -> None:
    server = FakeServer().reply(erpsync.FORCE_RESYNC, None)
    with pytest.raises(MalformedRequest, match=problem):
        server.client().post(SOAP_URL, content=content, headers=headers)
    assert server.calls == []


def test_a_soap_request_to_another_endpoint_is_malformed() -> None:
    server = FakeServer().reply(erpsync.FORCE_RESYNC, None)
    with pytest.raises(MalformedRequest, match="not the agent's endpoint"):
        server.client().post(
            f"{BASE}/Remote/Services88/Project.svc",
            content=envelope("<so:ForceResync/>"),
            headers=SOAP_HEADERS,
        )


REST_URL = f"{BASE}/api/v1/Agents/ErpSync/ForceResync"


@pytest.mark.parametrize(
    ("url", "content", "problem"),
    [
        (REST_URL, b"{not json", "the body is not JSON"),
        (REST_URL, b'{"ErpConectionId": 1}', "'ErpConectionId' is not one of its body keys"),
        (REST_URL, b'{"ErpConnectionId": "one"}', r"\$.ErpConnectionId: expected an integer"),
        (REST_URL + "?x=1", b"{}", "'x' is not one of its query parameters"),
        (REST_URL, b"[1]", "expected an object"),
    ],
)
def test_a_malformed_rest_request_fails_clearly(url: str, content: bytes, problem: str) -> None:
    server = FakeServer().reply(erpsync.FORCE_RESYNC, None)
    with pytest.raises(MalformedRequest, match=problem):
        server.client().post(url, content=content, headers={"Content-Type": "application/json"})


def test_a_malformed_rest_query_fails_clearly() -> None:
    server = FakeServer().reply(project.GET_PROJECT_ENTITY, None)
    url = f"{BASE}/api/v1/Agents/Project/GetProjectEntity"
    with pytest.raises(MalformedRequest, match=r"\?projectEntityId: expected an integer"):
        server.client().post(url, params={"projectEntityId": "five"})
    with pytest.raises(MalformedRequest, match="takes no body"):
        server.client().post(url, params={"projectEntityId": "5"}, content=b"{}")
    with pytest.raises(MalformedRequest, match="sent with GET, not POST"):
        server.client().get(url, params={"projectEntityId": "5"})
    response = server.client().post(url, params={"projectEntityId": "5"})
    assert response.status_code == 200 and response.json() is None
    assert server.calls[0].args == {"project_entity_id": 5}


# --- hypothesis strategies ---------------------------------------------------------------------

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("cls", [ErpConnection, PluginResponse, TableRight, SaleTypeEntity])
def test_strategies_round_trip(cls: Any) -> None:
    @FAST
    @given(strategies(cls))
    def round_trip(value: Any) -> None:
        assert type(value) is cls
        assert cls.from_xml(value.to_xml()) == value
        data = json.loads(json.dumps(value.to_json(), allow_nan=False))
        assert cls.from_json(data) == value

    round_trip()


def test_strategies_of_a_type_with_an_any_type_dictionary() -> None:
    @FAST
    @given(strategies(Webhook))
    def round_trip(value: Webhook) -> None:
        assert Webhook.from_xml(value.to_xml()) == value
        data = json.loads(json.dumps(value.to_json(), allow_nan=False))
        assert Webhook.from_json(data).to_json() == data  # JSON keeps JSON's types only

    round_trip()


def test_strategies_of_a_flags_enum() -> None:
    codec = E_TABLE_RIGHT_CODEC
    from lxml import etree

    @FAST
    @given(strategies(ETableRight), strategies(ETableRight | str))
    def round_trip(flags: ETableRight, open_flags: ETableRight | str) -> None:
        assert isinstance(flags, ETableRight)
        for value in (flags, open_flags):
            root = etree.Element("root")
            codec.write_xml(root, "Mask", value)
            assert codec.read_xml(root[0]) == value
            assert codec.read_json(codec.write_json(value), "$") == value

    round_trip()


def test_strategies_reach_what_the_types_allow() -> None:
    from hypothesis import find

    rights = strategies(TableRight)
    assert find(rights, lambda r: r.reason is None).reason is None
    assert find(rights, lambda r: r.reason is UNSET).mask is UNSET
    assert isinstance(find(rights, lambda r: isinstance(r.mask, str)).mask, str)  # open enum
    combined = find(strategies(ETableRight), lambda f: len(list(f)) >= 2)
    assert len(list(combined)) == 2
    # integer ranges from the codecs (the annotations say only int): never past the bounds
    ranks: list[int] = []
    versions: list[int] = []

    @settings(max_examples=100, database=None, phases=[Phase.generate], deadline=None)
    @given(strategies(SaleTypeEntity), strategies(WebAppUsage))
    def draw(sale_type: SaleTypeEntity, usage: WebAppUsage) -> None:
        if isinstance(sale_type.rank, int):
            ranks.append(sale_type.rank)  # xs:short
        if isinstance(usage.version, int):
            versions.append(usage.version)  # xs:unsignedInt

    draw()
    assert ranks and all(-(2**15) <= rank < 2**15 for rank in ranks)
    assert versions and all(0 <= version < 2**32 for version in versions)
    # .NET's seventh fractional digit
    ticked = find(strategies(datetime.datetime), lambda d: getattr(d, "extra_ticks", 0) > 0)
    assert isinstance(ticked, DateTime)


def test_strategies_of_annotations_and_result_classes() -> None:
    @FAST
    @given(
        strategies(ReadBlobResult),
        strategies(list[int]),
        strategies(dict[str, str | None]),
        st.data(),
    )
    def check(
        result: ReadBlobResult, ints: list[int], texts: dict[str, str | None], data: Any
    ) -> None:
        assert isinstance(result, ReadBlobResult)
        assert all(-(2**31) <= i < 2**31 for i in ints)
        assert all(v is None or isinstance(v, str) for v in texts.values())
        # a drawn value is a valid reply: through the fake server and back
        server = FakeServer().reply(blobmanager.READ_BLOB, result)
        agent = BlobManagerAgent(BASE, ticket="t", client=server.client())
        assert agent.read_blob(blob_id=data.draw(st.integers(0, 9))) == result

    check()
    with pytest.raises(TypeError, match="no strategy"):
        strategies(set[int])


def test_importing_the_module_is_cheap() -> None:
    import subprocess
    import sys

    code = (
        "import sys, superoffice.testing; "
        "print(sorted(m for m in ('httpx', 'hypothesis', 'superoffice.services88') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_decode_errors_name_the_path() -> None:
    # the MalformedRequest carries the runtime's DecodeError text (element path)
    server = FakeServer().reply(erpsync.FORCE_RESYNC, None)
    body = envelope("<so:ForceResync><so:ErpConnectionId>x</so:ErpConnectionId></so:ForceResync>")
    with pytest.raises(MalformedRequest) as caught:
        server.client().post(SOAP_URL, content=body, headers=SOAP_HEADERS)
    assert "/Envelope/Body/ForceResync/ErpConnectionId" in str(caught.value)
    assert issubclass(MalformedRequest, AssertionError) and not issubclass(
        MalformedRequest, DecodeError
    )


def test_strategies_without_hypothesis_say_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from superoffice.testing import strategies

    monkeypatch.setitem(sys.modules, "hypothesis", None)  # import hypothesis now fails
    with pytest.raises(ModuleNotFoundError, match=r"superoffice-clients\[testing\]"):
        strategies(int)
