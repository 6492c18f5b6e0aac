"""Every REST endpoint in the corpus Swagger, called through the generated REST agents against a
server on 127.0.0.1 that checks each request against that endpoint's own declaration: method,
path, query string (``in: query`` parameters in Swagger's spelling, ``$select``) and body.

The declarations are read from the Swagger files here, independently of the generator.
"""

from __future__ import annotations

import datetime
import decimal
import http.server
import importlib
import json
import threading
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from superoffice import runtime

from codegen.model import DictType, EnumType, ListType, RecordType, Service

from .committed import SERVICE88

SWAGGER = "mintlify-docs/api-sources/openapi/agent"
SERVICE = SERVICE88
SELECT = ("Name", "Department")


def endpoints(corpus: Path) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(method, path, operation object, definitions) of every endpoint in every Swagger file."""
    out = []
    for path in sorted((corpus / SWAGGER).glob("*.json")):
        swagger = json.loads(path.read_text(encoding="utf-8-sig"))
        for url, methods in swagger["paths"].items():
            for method, operation in methods.items():
                out.append((method.upper(), url, operation, swagger.get("definitions", {})))
    return out


def sample(service: Service, key: str) -> Any:
    """A valid value of a type: enough for a request to be encoded."""
    primitives: dict[str, Any] = {
        "xs:string": "text",
        "xs:boolean": True,
        "xs:double": 1.5,
        "xs:float": 1.5,
        "xs:decimal": decimal.Decimal("2.5"),
        "xs:dateTime": datetime.datetime(2024, 5, 6, 7, 8, 9),
        "ser:duration": datetime.timedelta(hours=1),
        "xs:base64Binary": b"bytes",
        "ser:char": "c",
        "xs:anyType": 7,
    }
    if key in primitives:
        return primitives[key]
    if key.startswith(("xs:", "ser:")):
        return (
            5 if "int" in key.lower() or "long" in key or "short" in key or "byte" in key else "s"
        )
    t = service.type_map()[key]
    if isinstance(t, ListType):
        return [sample(service, t.item_type)]
    if isinstance(t, DictType):
        return {}
    module = importlib.import_module(f"superoffice.{service.package}.types")
    cls = getattr(module, t.py_name)
    if isinstance(t, EnumType):
        return next(iter(cls))
    assert isinstance(t, RecordType)
    return cls()


class Server:
    """HTTP/1.1 on 127.0.0.1: keeps each request and answers JSON ``null`` (204 when void)."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.void = False
        state = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            disable_nagle_algorithm = True

            def handle_any(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                state.requests.append((self.command, self.path, dict(self.headers), body))
                if state.void:
                    self.send_response(204)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "4")
                self.end_headers()
                self.wfile.write(b"null")

            do_POST = do_GET = do_PUT = do_DELETE = do_PATCH = handle_any

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.http = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    running = Server()
    yield running
    running.http.shutdown()
    running.http.server_close()


def declared_body(operation: dict[str, Any], definitions: dict[str, Any]) -> tuple[bool, Any]:
    """(whether a body is declared, the schema of the body)."""
    for param in operation.get("parameters", []):
        if param.get("in") == "body":
            schema = param.get("schema", {})
            ref = schema.get("$ref", "")
            return True, definitions.get(ref.rsplit("/", 1)[-1], schema)
    return False, None


def test_every_rest_endpoint_is_called_as_the_swagger_declares(
    corpus: Path, server: Server
) -> None:
    found = endpoints(corpus)
    assert len(found) > 1900
    client = httpx.Client()
    checked = 0
    problems: list[str] = []
    for method, url, operation, definitions in found:
        agent_name, op_name = url.split("/")[-2:]
        agent = SERVICE.agent(agent_name)
        module = importlib.import_module(f"superoffice.services88.{agent.module}")
        descriptor = module.OPERATIONS[op_name]
        rest = getattr(module, f"{agent_name}RestAgent")(
            server.url, ticket="7T:t", app_token="app", client=client
        )
        query = {p["name"]: p for p in operation.get("parameters", []) if p.get("in") == "query"}
        if "$select" in query:
            rest = rest.with_options(select=SELECT)
        model_op = next(o for o in agent.operations if o.name == op_name)
        args = [sample(SERVICE, p.type) for p in model_op.parameters]
        server.void = not model_op.results
        server.requests.clear()
        rest.invoke(descriptor, args)
        ((got_method, target, headers, body),) = server.requests
        parsed = urllib.parse.urlsplit(target)
        got_query = urllib.parse.parse_qs(parsed.query, keep_blank_values=True)
        where = f"{method} {url}"
        if got_method != method:
            problems.append(f"{where}: sent {got_method}")
        if parsed.path != url:
            problems.append(f"{where}: sent to {parsed.path}")
        want_query = {}
        for name in query:
            if name == "$select":
                want_query[name] = [",".join(SELECT)]
            else:
                (value,) = (
                    a
                    for p, a in zip(model_op.parameters, args, strict=True)
                    if p.name.lower() == name.lower()
                )
                want_query[name] = [str(value)]
        if got_query != want_query:
            problems.append(f"{where}: query {got_query}, declared {sorted(query)}")
        has_body, schema = declared_body(operation, definitions)
        if not has_body:
            if body:
                problems.append(f"{where}: a body where none is declared")
        else:
            data = json.loads(body)
            if schema.get("type") == "array":
                ok = isinstance(data, list)
            elif "properties" in schema and isinstance(data, dict):
                ok = set(data) <= set(schema["properties"])
                if any(".Carriers." in name for name in [str(schema.get("title", ""))]):
                    ok = ok and bool(data)
            else:
                ok = data is not None
            if not ok:
                problems.append(f"{where}: body {body[:80]!r} does not fit {schema}")
        if headers.get("Authorization") != "SOTicket 7T:t" or headers.get("SO-AppToken") != "app":
            problems.append(f"{where}: credentials missing")
        checked += 1
    client.close()
    assert not problems, "\n".join(problems[:20]) + f"\n({len(problems)} problems)"
    assert checked == len(found)


def test_query_values_are_the_parameters_in_swaggers_spelling() -> None:
    from superoffice.services88.project import GET_PROJECT_ENTITY, ProjectRestAgent

    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=None)

    client = httpx.Client(transport=httpx.MockTransport(handler))
    agent = ProjectRestAgent("https://tenant.example/Cust1", client=client)
    agent.with_options(select=["Name", "Department"]).get_project_entity(project_entity_id=5)
    (request,) = sent
    assert str(request.url) == (
        "https://tenant.example/Cust1/api/v1/Agents/Project/GetProjectEntity"
        "?projectEntityId=5&$select=Name,Department"
    )
    assert request.content == b"" and "Content-Type" not in request.headers
    values = runtime.decode_request_query(GET_PROJECT_ENTITY, {"projectEntityId": "5"})
    assert values == {"project_entity_id": 5}
