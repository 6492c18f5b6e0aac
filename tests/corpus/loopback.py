"""A real HTTP server on 127.0.0.1 for client tests.

The SOAP side answers with envelopes rendered by zeep from the agent's WSDL in the corpus (not by
our encoder) and checks what it receives: SOAPAction, the SOAP 1.1 envelope, headers inside
``soap:Header``, and the body against the WSDL's schema with xmlschema.
"""

from __future__ import annotations

import atexit
import functools
import http.server
import json
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import xmlschema
import zeep
from lxml import etree

SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Reply = tuple[int, dict[str, str], bytes]


@dataclass
class Loopback:
    """The server: ``respond`` decides each reply; ``received`` keeps every request."""

    respond: Callable[[Received], Reply] = lambda r: (500, {}, b"no responder")
    received: list[Received] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    url: str = ""


def serve() -> Iterator[Loopback]:
    state = Loopback()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            request = Received(
                "POST", self.path, dict(self.headers.items()), self.rfile.read(length)
            )
            state.received.append(request)
            status, headers, body = state.respond(request)
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    # polling every 10 ms, not 0.5 s: shutdown() waits for the next poll, once per test
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


_WORKDIR = Path(tempfile.mkdtemp(prefix="codegen-wsdl-"))
atexit.register(shutil.rmtree, _WORKDIR, ignore_errors=True)  # the process's WSDL copies


@functools.cache
def wsdl_peers(corpus: Path, wsdl_page: str) -> tuple[xmlschema.XMLSchema, zeep.Client]:
    """xmlschema (the WSDL's schemas) and zeep (the WSDL) for one agent page; built once."""
    workdir = _WORKDIR
    text = (corpus / wsdl_page).read_text(encoding="utf-8-sig")
    xml = text[
        text.index("<?xml") : text.rindex("</wsdl:definitions>") + len("</wsdl:definitions>")
    ]
    root = etree.fromstring(xml.encode("utf-8"))
    sources = [
        etree.tostring(s).decode() for s in root.iter("{http://www.w3.org/2001/XMLSchema}schema")
    ]
    schema = xmlschema.XMLSchema(sources[0], build=False)
    for other in sources[1:]:
        schema.add_schema(other)
    schema.build()
    path = workdir / (wsdl_page.replace("/", "_") + ".wsdl")
    path.write_text(xml, encoding="utf-8")
    return schema, zeep.Client(str(path))


def soap_responder(
    state: Loopback,
    schema: xmlschema.XMLSchema,
    client: zeep.Client,
    operation: str,
    action: str,
    result: dict[str, Any] | None,
    headers: dict[str, Any] | None = None,
    status: int = 200,
    expect_ticket: str | None = None,
    expect_app_token: str | None = None,
) -> Callable[[Received], Reply]:
    """Check a SOAP request as the WSDL binding says it must look; answer with zeep's rendering
    of ``result`` (the response wrapper's content) and of the response ``headers``."""
    bound = client.service._binding._operations[operation]
    namespace = client.wsdl.types.prefix_map.get("ns0", "")

    def respond(request: Received) -> Reply:
        problems = state.problems
        if request.headers.get("SOAPAction") != f'"{action}"':
            problems.append(f"SOAPAction {request.headers.get('SOAPAction')!r}")
        if not request.headers.get("Content-Type", "").startswith("text/xml"):
            problems.append(f"Content-Type {request.headers.get('Content-Type')!r}")
        envelope = etree.fromstring(request.body)
        if envelope.tag != f"{{{SOAP11}}}Envelope":
            problems.append(f"envelope {envelope.tag}")
        header = envelope.find(f"{{{SOAP11}}}Header")
        body = envelope.find(f"{{{SOAP11}}}Body")
        if body is None or len(body) != 1:
            problems.append("no single body element")
        else:
            errors = list(schema.iter_errors(etree.tostring(body[0]).decode()))
            problems.extend(f"schema: {e.reason} at {e.path}" for e in errors[:3])
            bound.input.body.parse(body[0], client.wsdl.types)  # zeep reads it too
        found = {etree.QName(h).localname: h for h in (header if header is not None else [])}
        if expect_app_token is not None and (
            found.get("ApplicationToken") is None
            or found["ApplicationToken"].text != expect_app_token
        ):
            problems.append("ApplicationToken header missing or wrong")
        if expect_ticket is not None:
            ticket = found.get("Credentials")
            texts = (
                [t.text for t in ticket.iter() if etree.QName(t).localname == "Ticket"]
                if ticket is not None
                else []
            )
            if texts != [expect_ticket]:
                problems.append("Credentials/Ticket header missing or wrong")
        reply = etree.Element(f"{{{SOAP11}}}Envelope", nsmap={"s": SOAP11})
        out_header = etree.SubElement(reply, f"{{{SOAP11}}}Header")
        for name, value in (headers or {}).items():
            client.get_element(f"{{{namespace}}}{name}").render(out_header, value)
        out_body = etree.SubElement(reply, f"{{{SOAP11}}}Body")
        if result is not None:
            bound.output.body.render(out_body, result)
        return status, {"Content-Type": "text/xml; charset=utf-8"}, etree.tostring(reply)

    return respond


def fault_reply(code: str, text: str, status: int = 500) -> Reply:
    body = (
        f'<s:Envelope xmlns:s="{SOAP11}"><s:Body><s:Fault><faultcode>{code}</faultcode>'
        f"<faultstring>{text}</faultstring><detail><Why>because</Why></detail></s:Fault></s:Body></s:Envelope>"
    )
    return status, {"Content-Type": "text/xml"}, body.encode()


def json_reply(data: Any, status: int = 200) -> Reply:
    body = b"" if data is None else json.dumps(data).encode()
    return status, {"Content-Type": "application/json; charset=utf-8"}, body


def slow(reply: Reply, seconds: float) -> Callable[[Received], Reply]:
    def respond(request: Received) -> Reply:
        time.sleep(seconds)
        return reply

    return respond
