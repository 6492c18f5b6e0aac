"""The generated clients against servers built to hurt them (issue 10, items 6-11): drips,
compressed bombs, bodies nested to the bottom of the stack, redirects that would carry the
ticket away, threads and tasks sharing one agent. Everything on 127.0.0.1, bounded in time."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import gzip
import json
import socket
import threading
import time
import tracemalloc
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from superoffice import transport
from superoffice.services88 import erpsync
from superoffice.services88.erpsync import (
    AsyncErpSyncRestAgent,
    ErpSyncAgent,
    ErpSyncRestAgent,
)

from .servers import answer, raw_server

TICKET = "7T:secret-ticket"
SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/"
NS = "http://www.superoffice.net/ws/crm/NetServer/Services88"


def soap(body: str, header: str = "") -> bytes:
    return (
        f'<s:Envelope xmlns:s="{SOAP_NS}"><s:Header>{header}</s:Header><s:Body>{body}</s:Body>'
        "</s:Envelope>"
    ).encode()


PLUGIN_OK = soap(
    f'<ForceSyncAllResponse xmlns="{NS}"><Response><IsOk>true</IsOk></Response>'
    "</ForceSyncAllResponse>"
)


def mock(reply: Any) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(reply))


# --- 6. timeouts are deadlines -----------------------------------------------------------------


def drip_headers(conn: socket.socket, _: bytes) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    for _ in range(100):
        conn.sendall(b"X")
        time.sleep(0.2)


def drip_body(conn: socket.socket, _: bytes) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 10000\r\n\r\n")
    for _ in range(100):
        conn.sendall(b"<")
        time.sleep(0.2)


@pytest.mark.parametrize("drip", [drip_headers, drip_body], ids=["headers", "body"])
@pytest.mark.parametrize("protocol", ["soap", "rest"])
def test_a_dripping_server_cannot_hold_a_sync_call_past_its_timeout(
    drip: Any, protocol: str
) -> None:
    with raw_server(drip) as url:
        cls = ErpSyncAgent if protocol == "soap" else ErpSyncRestAgent
        with cls(url, ticket=TICKET, timeout=1.0, retry=None) as agent:
            started = time.monotonic()
            with pytest.raises(transport.TimeoutError) as caught:
                agent.force_sync_all()
            took = time.monotonic() - started
    assert took < 1.6, took
    assert isinstance(caught.value, TimeoutError)  # also the builtin


@pytest.mark.parametrize("drip", [drip_headers, drip_body], ids=["headers", "body"])
def test_a_dripping_server_cannot_hold_an_async_call_past_its_timeout(drip: Any) -> None:
    async def go() -> float:
        async with httpx.AsyncClient() as client:
            agent = AsyncErpSyncRestAgent(url, ticket=TICKET, timeout=1.0, client=client)
            started = time.monotonic()
            with pytest.raises(transport.TimeoutError):
                await agent.force_sync_all()
            return time.monotonic() - started

    with raw_server(drip) as url:
        took = asyncio.run(go())
    assert took < 1.6, took


def test_a_body_drip_is_cut_off_with_your_own_sync_client_too() -> None:
    with raw_server(drip_body) as url, httpx.Client() as client:
        agent = ErpSyncRestAgent(url, ticket=TICKET, timeout=1.0, client=client, retry=None)
        started = time.monotonic()
        with pytest.raises(transport.TimeoutError):
            agent.force_sync_all()
    assert time.monotonic() - started < 2.5


# --- 7. bounded memory -------------------------------------------------------------------------


def bomb(size: int) -> bytes:
    """``size`` zero bytes, gzipped in many members (as a server may stream them)."""
    member = gzip.compress(b"\0" * (1 << 20), 9)
    return member * (size >> 20)


def test_a_gzip_bomb_stops_at_the_limit_without_inflating_it() -> None:
    body = bomb(200 << 20)  # 200 MiB of zeros in about 200 KB

    def handler(conn: socket.socket, _: bytes) -> None:
        conn.sendall(answer(200, {"Content-Encoding": "gzip"}, body))

    with raw_server(handler) as url:
        agent = ErpSyncRestAgent(url, ticket=TICKET, max_response_bytes=1 << 20)
        tracemalloc.start()
        try:
            with pytest.raises(transport.ResponseTooLargeError, match="larger than 1048576"):
                agent.force_sync_all()
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
            agent.close()
    assert peak < 16 << 20, peak


def test_many_small_unknown_elements_cost_about_their_size() -> None:
    """Unknown elements are kept to be written back; a body of 100,000 ``<u/>`` (400 KB) once
    cost about 40 MB kept as an object per element; now what stays is a few times the body."""
    unknown = "<u/>" * 100_000
    body = soap(
        f'<ForceSyncAllResponse xmlns="{NS}"><Response><IsOk>true</IsOk>{unknown}<X/>'
        "</Response></ForceSyncAllResponse>"
    )
    agent = ErpSyncAgent(
        "https://t.example", client=mock(lambda r: httpx.Response(200, content=body))
    )
    tracemalloc.start()
    try:
        result = agent.force_sync_all()
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result is not None and result.extra is not None
    assert kept < 8 * len(body) and peak < 16 * len(body), (kept, peak, len(body))
    element = result.to_xml()  # and all of it goes back, in its place
    assert [child.tag.rpartition("}")[2] for child in element][-3:] == ["u", "u", "X"]
    assert len(element) == 100_002


def test_several_gzip_members_are_one_body() -> None:
    payload = json.dumps({"IsOk": True, "UserExplanation": "x" * 5000}).encode()
    halves = gzip.compress(payload[:3000]) + gzip.compress(payload[3000:])

    def handler(conn: socket.socket, _: bytes) -> None:
        conn.sendall(answer(200, {"Content-Encoding": "gzip"}, halves))

    with raw_server(handler) as url, ErpSyncRestAgent(url, ticket=TICKET) as agent:
        result = agent.force_sync_all()
    assert result is not None and result.user_explanation == "x" * 5000


# --- 8. typed errors only ----------------------------------------------------------------------


def test_json_nested_to_the_bottom_of_the_stack_is_a_decode_error() -> None:
    agent = ErpSyncRestAgent(
        "https://t.example", client=mock(lambda r: httpx.Response(200, content=b"[" * 100_000))
    )
    with pytest.raises(transport.ResponseDecodeError, match="nested too deeply"):
        agent.force_sync_all()


def test_a_900_deep_exception_chain_is_a_typed_error() -> None:
    inner = (
        "".join(f"<InnerException><Message>level {i}</Message>" for i in range(900))
        + "</InnerException>" * 900
    )
    header = f'<ExceptionInfo xmlns="{NS}"><Message>outer</Message>{inner}</ExceptionInfo>'
    body = soap(f'<ForceSyncAllResponse xmlns="{NS}"/>', header)
    agent = ErpSyncAgent(
        "https://t.example", client=mock(lambda r: httpx.Response(200, content=body))
    )
    with pytest.raises(transport.SuperOfficeError) as caught:
        agent.force_sync_all()
    assert isinstance(caught.value, transport.ServiceError | transport.ResponseDecodeError)
    assert len(str(caught.value)) < 1000


def test_a_nine_megabyte_integer_gives_a_short_message() -> None:
    huge = "9" * 9_000_000
    body = soap(
        f'<GetConnectionResponse xmlns="{NS}"><Response><ErpConnectionId>{huge}'
        "</ErpConnectionId></Response></GetConnectionResponse>"
    )
    agent = ErpSyncAgent(
        "https://t.example", client=mock(lambda r: httpx.Response(200, content=body))
    )
    with pytest.raises(transport.ResponseDecodeError) as caught:
        agent.get_connection(erp_connection_id=1)
    assert len(str(caught.value)) < 500


# --- 9. strict where lax loses data ------------------------------------------------------------


@pytest.mark.parametrize(
    ("json_body", "problem"),
    [
        ({"ErpConnectionId": 2**100}, "out of range for xs:int"),
        ({"ErpConnectionId": " 1_000 "}, "expected an integer"),
        ({"Active": "yes"}, "expected true or false"),
    ],
)
def test_rest_values_outside_their_type_are_refused(json_body: Any, problem: str) -> None:
    agent = ErpSyncRestAgent(
        "https://t.example", client=mock(lambda r: httpx.Response(200, json=json_body))
    )
    with pytest.raises(transport.ResponseDecodeError, match=problem):
        agent.get_connection(erp_connection_id=1)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (" 1_000 ", "is not an xs:int"),
        ("\u0661\u0662\u0663", "is not an xs:int"),
        ("2147483648", "out of range"),
    ],
)
def test_soap_integers_are_ascii_digits_in_range(text: str, problem: str) -> None:
    body = soap(
        f'<GetConnectionResponse xmlns="{NS}"><Response><ErpConnectionId>{text}'
        "</ErpConnectionId></Response></GetConnectionResponse>"
    )
    agent = ErpSyncAgent(
        "https://t.example", client=mock(lambda r: httpx.Response(200, content=body))
    )
    with pytest.raises(transport.ResponseDecodeError, match=problem):
        agent.get_connection(erp_connection_id=1)


def test_invalid_base64_non_utf8_json_and_negative_flags_are_refused() -> None:
    from superoffice.runtime import DecodeError, json_bytes
    from superoffice.services88.types import TableRight

    with pytest.raises(DecodeError, match="not valid base64"):
        json_bytes("@@@@", "$.Blob")
    with pytest.raises(DecodeError, match="not a flags value"):
        TableRight.from_json({"Mask": -1})
    agent = ErpSyncRestAgent(
        "https://t.example",
        client=mock(lambda r: httpx.Response(200, content=b'{"IsOk": "\xff\xfe"}')),
    )
    with pytest.raises(transport.ResponseDecodeError, match="not JSON"):
        agent.force_sync_all()


def test_xsi_nil_one_means_nil() -> None:
    body = soap(
        f'<GetConnectionResponse xmlns="{NS}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
        '<Response i:nil="1"/></GetConnectionResponse>'
    )
    agent = ErpSyncAgent(
        "https://t.example", client=mock(lambda r: httpx.Response(200, content=body))
    )
    assert agent.get_connection(erp_connection_id=1) is None


# --- 10. credentials never leak ----------------------------------------------------------------


@pytest.mark.parametrize("option", ["ticket", "app_token", "token", "password"])
def test_control_characters_in_credentials_are_refused_without_showing_them(option: str) -> None:
    secret = "7T:abc\r\nX-Evil: 1"
    arguments: dict[str, Any] = {option: secret}
    if option == "password":
        arguments["user"] = "me"
    with pytest.raises(ValueError, match=r"control character|printable ASCII") as caught:
        ErpSyncRestAgent("https://t.example", **arguments)
    assert "abc" not in str(caught.value) and "Evil" not in repr(caught.value)


@pytest.mark.parametrize("value", [" 7T:abc", "7T:abc ", "7T:\u00e6bc", "7T:\u200babc"])
@pytest.mark.parametrize("option", ["ticket", "app_token", "token", "language", "time_zone"])
def test_header_credentials_are_printable_ascii_without_outer_spaces(
    option: str, value: str
) -> None:
    """What would be sent changed (stripped, re-encoded) or fail deep inside httpx is refused
    when the agent is made."""
    with pytest.raises(ValueError, match="printable ASCII") as caught:
        ErpSyncRestAgent("https://t.example", **{option: value})
    assert "abc" not in str(caught.value)


def test_passwords_may_hold_any_printable_character() -> None:
    seen: list[str] = []
    agent = ErpSyncRestAgent(
        "https://t.example",
        user="J\u00f8rgen",
        password=" p\u00e5ss word ",
        client=mock(lambda r: seen.append(r.headers["Authorization"]) or httpx.Response(200)),
    )
    agent.force_sync_all()
    scheme, encoded = seen[0].split()
    assert (scheme, base64.b64decode(encoded).decode()) == (
        "Basic",
        "J\u00f8rgen: p\u00e5ss word ",
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://me:secret@t.example", "user name or password"),
        ("https://t.example/Cust1 ", "printable ASCII"),
        ("https://t.ex\u00e4mple", "printable ASCII"),
        ("https://t.example/\r\nX: 1", "printable ASCII"),
        ("ftp://t.example", "http"),
        ("https://", "host"),
        ("https://t.example/?a=1", "query"),
    ],
)
def test_base_urls_that_would_leak_or_mislead_are_refused(url: str, message: str) -> None:
    for cls in (ErpSyncAgent, ErpSyncRestAgent):
        with pytest.raises(ValueError, match=message) as caught:
            cls(url, ticket=TICKET)
        assert "secret" not in str(caught.value)


def test_protocol_errors_do_not_quote_what_was_sent() -> None:
    """h11 quotes the offending header when it refuses one; the call's error must not."""

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value {TICKET!r}")

    agent = ErpSyncRestAgent("https://t.example", ticket=TICKET, client=mock(refuse))
    with pytest.raises(transport.TransportError) as caught:
        agent.force_sync_all()
    assert TICKET not in str(caught.value) and "LocalProtocolError" in str(caught.value)


def test_raw_exchanges_hide_headers_and_bodies_in_repr() -> None:
    agent = ErpSyncRestAgent(
        "https://t.example",
        ticket=TICKET,
        client=mock(lambda r: httpx.Response(200, json={"IsOk": True, "Secret": "s3"})),
    ).with_options(keep_raw=True)
    response = agent.invoke(erpsync.FORCE_SYNC_ALL, [])
    assert response.raw is not None and TICKET.encode() in b"".join(
        v.encode() for v in response.raw.request_headers.values()
    )
    assert TICKET not in repr(response.raw) and "s3" not in repr(response.raw)


def test_redirects_are_not_followed_so_credentials_stay_home() -> None:
    stolen: list[bytes] = []

    def thief(conn: socket.socket, request: bytes) -> None:
        stolen.append(request)
        conn.sendall(answer(200, {}, b"{}"))

    with raw_server(thief) as elsewhere:

        def redirect(conn: socket.socket, _: bytes) -> None:
            conn.sendall(answer(307, {"Location": elsewhere + "/api/v1/x"}, b""))

        with raw_server(redirect) as url, httpx.Client(follow_redirects=True) as client:
            for cls in (ErpSyncAgent, ErpSyncRestAgent):
                agent = cls(url, ticket=TICKET, app_token="app-secret", client=client)
                with pytest.raises(transport.HttpStatusError) as caught:
                    agent.force_sync_all()
                assert caught.value.status == 307
                assert caught.value.headers["Location"].startswith(elsewhere)
    assert stolen == []


def test_no_secret_in_repr_or_messages() -> None:
    agent = ErpSyncAgent(
        "https://t.example",
        ticket=TICKET,
        app_token="app-secret",
        client=mock(lambda r: httpx.Response(500, content=b"boom")),
    )
    with pytest.raises(transport.HttpStatusError) as caught:
        agent.force_sync_all()
    from superoffice.services88.types import SoCredentials

    shown = [repr(agent), str(caught.value), repr(SoCredentials(ticket=TICKET))]
    assert not any(TICKET in text or "app-secret" in text for text in shown), shown
    assert repr(SoCredentials(ticket=TICKET)) == "SoCredentials(ticket=<hidden>)"


# --- 11. per-call response state ---------------------------------------------------------------


def echo(request: httpx.Request) -> httpx.Response:
    """Answers a REST ForceResync with the connection id it was sent, as the explanation."""
    sent = json.loads(request.content)
    return httpx.Response(
        200, json={"IsOk": True, "UserExplanation": str(sent["ErpConnectionId"])}
    )


def test_last_response_belongs_to_each_thread() -> None:
    agent = ErpSyncRestAgent("https://t.example", client=mock(echo))
    wrong: list[tuple[int, Any]] = []

    def work(number: int) -> None:
        for i in range(100):
            mine = number * 1000 + i
            agent.force_resync(erp_connection_id=mine)
            seen = agent.last_response
            if seen is None or seen.value.user_explanation != str(mine):
                wrong.append((mine, seen))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []


def test_last_response_belongs_to_each_task() -> None:
    async def go() -> list[int]:
        client = httpx.AsyncClient(transport=httpx.MockTransport(echo))
        agent = AsyncErpSyncRestAgent("https://t.example", client=client)

        async def one(number: int) -> int:
            await agent.force_resync(erp_connection_id=number)
            await asyncio.sleep(0)
            seen = agent.last_response
            return int(seen.value.user_explanation) if seen is not None else -1

        return list(await asyncio.gather(*(one(n) for n in range(200))))

    assert asyncio.run(go()) == list(range(200))


# --- fuzzing: response bodies ------------------------------------------------------------------

VALID_JSON = json.dumps(
    {"IsOk": True, "UserExplanation": "x", "TableRight": {"Mask": "Select, Update", "Reason": ""}}
).encode()
MUTATIONS = st.lists(
    st.tuples(
        st.integers(0, 10_000),
        st.sampled_from(["delete", "insert", "replace"]),
        st.binary(max_size=4),
    ),
    max_size=6,
)


def mutate(data: bytes, edits: list[tuple[int, str, bytes]]) -> bytes:
    out = bytearray(data)
    for position, how, chunk in edits:
        at = position % (len(out) + 1)
        if how == "delete":
            del out[at : at + len(chunk) + 1]
        elif how == "insert":
            out[at:at] = chunk
        else:
            out[at : at + len(chunk)] = chunk
    return bytes(out)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MUTATIONS, st.sampled_from([200, 400, 500, 503]), st.booleans())
def test_mutated_answers_give_a_value_or_a_typed_error(
    edits: list[tuple[int, str, bytes]], status: int, rest: bool
) -> None:
    body = mutate(VALID_JSON if rest else PLUGIN_OK, edits)
    client = mock(lambda r: httpx.Response(status, content=body))
    cls = ErpSyncRestAgent if rest else ErpSyncAgent
    agent = cls("https://t.example", client=client, retry=None)
    with contextlib.suppress(transport.SuperOfficeError):
        agent.force_sync_all()


def test_many_unknown_elements_are_kept_in_linear_time() -> None:
    from superoffice.services88.types import PluginResponse

    def run(count: int) -> float:
        """Seconds to decode and encode a record with ``count`` unknown elements."""
        unknown = "".join(f"<U{i % 7}>x</U{i % 7}>" for i in range(count))
        document = f'<PluginResponse xmlns="{NS}"><IsOk>true</IsOk>{unknown}</PluginResponse>'
        started = time.perf_counter()
        value = PluginResponse.from_xml(document)
        assert len(value.to_xml()) == count + 1
        return time.perf_counter() - started

    # quadratic keeping took 35 s here for 20,000; linear takes well under one
    assert run(20_000) < 3.0


@pytest.mark.parametrize("kind", ["rest", "soap"])
def test_server_text_in_messages_cannot_fake_lines_or_reorder_them(kind: str) -> None:
    """A server's message with a line break, an ANSI escape and a right-to-left override: the
    error's message shows each as its escape, so logs and terminals show what was sent."""
    evil = "denied\nINFO all good\x1b[2J\u202eKO"  # XML cannot carry the escape: SOAP has \t
    if kind == "soap":
        evil = evil.replace("\x1b", "\t")
    if kind == "rest":
        reply = httpx.Response(500, json={"Error": True, "ErrorType": "X", "Message": evil})
        agent: Any = ErpSyncRestAgent("https://t.example", client=mock(lambda r: reply))
    else:
        fault = soap(
            "<s:Fault><faultcode>s:Client</faultcode>"
            f"<faultstring>{evil}</faultstring></s:Fault>"
        )
        reply = httpx.Response(500, content=fault)
        agent = ErpSyncAgent("https://t.example", client=mock(lambda r: reply))
    with pytest.raises(transport.SuperOfficeError) as caught:
        agent.force_sync_all()
    message = str(caught.value)
    assert message.isprintable(), message
    shown = "denied\\nINFO all good\\x1b[2J\\u202eKO"
    assert (shown if kind == "rest" else shown.replace("\\x1b", "\\t")) in message


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"password": "p"}, "user= and password= go together"),
        ({"user": "me"}, "user= and password= go together"),
        ({"ticket": "7T:a", "token": "t"}, "not ticket and token"),
        ({"ticket": "7T:a", "user": "me", "password": "p"}, "not ticket and user"),
        ({"user": "dom:me", "password": "p"}, "must not contain ':'"),
        ({"ticket": ""}, "ticket is empty"),
        ({"app_token": ""}, "app_token is empty"),
        ({"ticket": "7T:a", "auth": httpx.Auth()}, "give ticket= or auth=, not both"),
    ],
)
def test_credentials_that_would_be_dropped_or_misread_are_refused(
    arguments: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        ErpSyncRestAgent("https://t.example", **arguments)


def test_keeping_one_unknown_element_beside_many_known_ones_is_linear() -> None:
    """One unknown element and N known ones: keeping it once walked the children for each known
    one (100,000 took 23 s); four times the elements must take about four times as long."""
    from superoffice import runtime

    from .test_generator_linear import growth

    def envelope(n: int) -> etree._Element:
        body = soap(
            f'<ForceSyncAllResponse xmlns="{NS}"><Response><u/>'
            + "<IsOk>true</IsOk>" * n
            + "</Response></ForceSyncAllResponse>"
        )
        return etree.fromstring(body)[-1][0]

    ratio = growth(envelope, lambda e: runtime.decode_response(erpsync.FORCE_SYNC_ALL, e), 20_000)
    assert ratio < 8, f"{ratio:.1f}x the time for 4x the elements"
    response = runtime.decode_response(erpsync.FORCE_SYNC_ALL, envelope(3))["response"]
    assert [child.tag.rpartition("}")[2] for child in response.to_xml()] == ["u", "IsOk"]


def test_a_document_type_declaration_is_refused_not_half_read() -> None:
    """With entities left unexpanded, ``a&x;b`` read as ``a``: text lost without a word. SOAP
    1.1 forbids a DOCTYPE, so an answer with one is a ResponseDecodeError."""
    body = b'<!DOCTYPE s:Envelope [<!ENTITY x "hello">]>' + soap(
        f'<ForceSyncAllResponse xmlns="{NS}"><Response><IsOk>true</IsOk>'
        "<UserExplanation>a&x;b</UserExplanation></Response></ForceSyncAllResponse>"
    )
    agent = ErpSyncAgent(
        "https://t.example", client=mock(lambda r: httpx.Response(200, content=body))
    )
    with pytest.raises(transport.ResponseDecodeError, match="DOCTYPE"):
        agent.force_sync_all()


def test_an_argument_that_holds_itself_is_an_encode_error_not_a_recursion_error() -> None:
    """A record that holds itself (or a chain deeper than the stack) cannot be sent: every way
    of encoding it says so with the EncodeError the README promises, and the agent goes on."""
    from superoffice.runtime import EncodeError
    from superoffice.services88 import archive
    from superoffice.services88.types import ArchiveRestrictionInfo

    looped = ArchiveRestrictionInfo(name="x")
    looped.sub_restrictions = [looped]
    deep = ArchiveRestrictionInfo(name="0")
    for n in range(1, 5000):
        deep = ArchiveRestrictionInfo(name=str(n), sub_restrictions=[deep])
    for value in (looped, deep):
        for encode in (value.to_xml, value.to_json):
            with pytest.raises(EncodeError, match="holds itself, or is nested too deeply"):
                encode()
        args = ("p", ["c"], None, [value], None, 0, 10)
        for cls in (archive.ArchiveAgent, archive.ArchiveRestAgent):
            agent = cls("https://example.test/Cust1", ticket="7T:t")
            with pytest.raises(EncodeError, match="GetArchiveListByColumns: a value holds"):
                agent.build_request(archive.GET_ARCHIVE_LIST_BY_COLUMNS, args)
            fine = ("p", ["c"], None, [], None, 0, 10)
            assert agent.build_request(archive.GET_ARCHIVE_LIST_BY_COLUMNS, fine).content


def test_a_text_node_past_ten_million_characters_decodes() -> None:
    """libxml2 stops at 10,000,000 characters in one text node unless told otherwise; an 8 MB
    blob is 10.7 million in base64, well within max_response_bytes."""
    from superoffice.runtime import parse_xml

    text = "A" * 11_000_000
    root = parse_xml(f"<a>{text}</a>".encode())
    assert len(root.text or "") == 11_000_000


def test_secrets_decoded_from_json_are_not_kept_in_the_shared_strings() -> None:
    from superoffice import runtime
    from superoffice.services88.types import SoCredentials

    credentials = SoCredentials.from_json({"Ticket": "7T:secret-ticket-xyz"})
    assert credentials.ticket == "7T:secret-ticket-xyz"
    assert "7T:secret-ticket-xyz" not in runtime.SHARED


def test_a_request_built_while_another_encodes_leaves_both_whole() -> None:
    """An argument whose own code builds a request on the same agent (odd, but Python lets
    it) must not take the envelope the outer request is being written in."""
    agent = erpsync.ErpSyncAgent("https://example.test/Cust1", ticket="7T:t")
    inner: list[bytes] = []

    class Keys(list[str]):
        def __iter__(self) -> Any:
            if not inner:
                sent = agent.build_request(erpsync.FORCE_RESYNC_EXTERNAL, (1, "Customer", ["in"]))
                inner.append(sent.content)
            return super().__iter__()

    outer = agent.build_request(
        erpsync.FORCE_RESYNC_EXTERNAL, (2, "Customer", Keys(["out-1", "out-2"]))
    )
    assert b">in<" in inner[0] and b"ErpConnectionId>1<" in inner[0]
    assert b">out-1<" in outer.content and b">out-2<" in outer.content
    assert b"ErpConnectionId>2<" in outer.content and b">in<" not in outer.content


def test_an_integer_past_what_repr_converts_is_a_decode_error() -> None:
    """Python's JSON input may hold an int of more digits than ``repr`` converts (4,300); the
    message says how big it is instead of failing to say it."""
    from superoffice.runtime import DecodeError
    from superoffice.services88.types import ErpConnection

    with pytest.raises(DecodeError, match=r"ErpConnectionId: an integer of 16610 bits"):
        ErpConnection.from_json({"ErpConnectionId": 10**5000})
