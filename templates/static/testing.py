"""A fake NetServer for your own tests, and hypothesis strategies for the generated types.

:class:`FakeServer` answers the calls of any agent, SOAP or REST, sync or async, through an
``httpx.MockTransport``: give an agent ``client=server.client()`` (or ``server.async_client()``),
register what each operation answers with :meth:`FakeServer.reply`, and look at what was sent in
:attr:`FakeServer.calls`. Every request is decoded with the generated codecs of the operation it
calls, so a request the real server would not understand fails your test, naming what is wrong::

    server = FakeServer()
    server.reply(erpsync.FORCE_RESYNC, PluginResponse(is_ok=True))
    agent = ErpSyncAgent("https://tenant.example", ticket="t", client=server.client())
    agent.force_resync(erp_connection_id=1)
    assert server.calls[0].args == {"erp_connection_id": 1}

:func:`strategies` gives a hypothesis strategy for any generated type (``pip install
superoffice-clients[testing]``). This module imports httpx and hypothesis only when used.
"""

from __future__ import annotations

import dataclasses
import datetime
import decimal
import enum
import functools
import importlib
import inspect
import json
import operator
import string
import sys
import threading
import types
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, Self, TypeVar, overload

from lxml import etree

from .runtime import (
    ARRAYS_NS,
    SOAP11_NS,
    UNSET,
    XSI_NS,
    Codec,
    DateTime,
    DecodeError,
    Duration,
    Element,
    EncodeError,
    Operation,
    Unset,
    adopt,
    decode_request,
    decode_request_json,
    decode_request_query,
    encode_response,
    has_rest_body,
    parse_xml,
)
from .transport import (
    ExceptionInfo,
    HttpStatusError,
    RestError,
    ServiceError,
    SoapFault,
    TransportError,
)
from .transport import TimeoutError as CallTimeoutError

if TYPE_CHECKING:
    import httpx
    from hypothesis.strategies import SearchStrategy

__all__ = [
    "Call",
    "FakeServer",
    "FakeServerError",
    "MalformedRequest",
    "UnexpectedCall",
    "service_error",
    "strategies",
]

_R = TypeVar("_R")
_T = TypeVar("_T")
_ROOT: Final = __name__.rpartition(".")[0]
"""The package this module is part of (``superoffice``): agent modules live below it."""


# --- what the fake reports -------------------------------------------------------------------


class FakeServerError(AssertionError):
    """The fake server could not answer a call as asked: it fails the test that made it."""


class UnexpectedCall(FakeServerError):
    """A call of an operation that has no reply registered."""


class MalformedRequest(FakeServerError):
    """A request the real server would not understand: not SOAP 1.1, not the operation's
    schema, a query parameter or body key the operation does not take, ..."""


@dataclasses.dataclass(frozen=True)
class Call:
    """One call the fake server answered, decoded.

    ``args`` maps Python parameter names to decoded values; a parameter the request left out is
    not in it (nil, JSON ``null``, is ``None``), so ``call.args == {"erp_connection_id": 1}``
    says exactly what was sent. Credentials are what the request carried: ``ticket`` (SOAP's
    ``Credentials`` header or REST's ``Authorization: SOTicket``), the raw ``Authorization``
    header, the application token (SOAP ``ApplicationToken`` or REST ``SO-AppToken``); they
    are left out of ``repr``.
    """

    operation: str
    """The operation's name, as in the WSDL: ``"ForceResync"``."""
    agent: str
    """The agent's name: ``"ErpSync"``."""
    protocol: Literal["soap", "rest"]
    args: dict[str, Any]
    request: httpx.Request = dataclasses.field(repr=False)
    """The HTTP request as httpx sent it (headers, URL, ``content``)."""
    descriptor: Operation[Any] = dataclasses.field(repr=False)
    """The operation's descriptor (``erpsync.FORCE_RESYNC``)."""
    ticket: str | None = dataclasses.field(default=None, repr=False)
    authorization: str | None = dataclasses.field(default=None, repr=False)
    app_token: str | None = dataclasses.field(default=None, repr=False)
    select: tuple[str, ...] = ()
    """REST's ``$select`` fields, if the call asked for some."""


def service_error(
    message: str,
    exception_type: str = "SoException",
    *,
    stack_trace: str = "",
    source: str = "",
    friendly_text: str = "",
    inner: ExceptionInfo | None = None,
    operation: str = "",
) -> ServiceError:
    """A :class:`~superoffice.transport.ServiceError` to give :meth:`FakeServer.reply`: the
    server ran the call and reports this exception (``inner`` the one it wraps)."""
    info = ExceptionInfo(message, exception_type, stack_trace, friendly_text, source, inner)
    return ServiceError(info, operation)


class _Replies:
    """The replies registered for one operation: used in order, the last one kept."""

    def __init__(self, operation: Operation[Any], replies: tuple[Any, ...]) -> None:
        self.operation = operation
        self.replies = replies
        self.used = 0

    def take(self) -> Any:
        reply = self.replies[min(self.used, len(self.replies) - 1)]
        self.used += 1
        return reply


def _agent_of(operation: Operation[Any]) -> str:
    """The agent's name, from the SOAP action (``.../Services88/ErpSync/ForceResync``)."""
    parts = operation.action.rstrip("/").split("/")
    return parts[-2] if len(parts) > 2 else ""


def _label(operation: Operation[Any]) -> str:
    agent = _agent_of(operation)
    return f"{agent}.{operation.name}" if agent else operation.name


# --- the fake server ---------------------------------------------------------------------------


class FakeServer:
    """A NetServer stand-in for tests: it decodes each call with the generated codecs and
    answers with the reply registered for its operation. Thread-safe; one server can serve any
    number of agents (SOAP and REST, any Services version) through :meth:`client` and
    :meth:`async_client`."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        """Every call answered, in order (a malformed or unexpected one is not in it)."""
        self._soap: dict[str, _Replies] = {}
        self._rest: dict[str, _Replies] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        names = ", ".join(sorted(self._registered())) or "nothing"
        return f"FakeServer(replies for {names}; {len(self.calls)} calls)"

    # -- what it answers

    def reply(
        self,
        operation: Operation[_R],
        *replies: _R | Callable[[Call], Any] | BaseException,
    ) -> Self:
        """Answer calls of ``operation`` (an agent module's descriptor, ``erpsync.FORCE_RESYNC``)
        with ``replies``, replacing what was registered for it before.

        A reply is one of:

        - a value: the operation's result (the generated result class for an operation with
          several, ``ReadBlobResult``); ``None`` for a void operation or an absent result;
        - a callable receiving the :class:`Call`: it returns a value (or, for
          :meth:`async_client`, an awaitable of one) or raises one of the exceptions below;
        - an exception, sent as the server would send it: ``ServiceError`` (SOAP: an
          ``ExceptionInfo`` response header; REST: status 500 and NetServer's error body),
          ``SoapFault`` (a SOAP Fault; REST: an error body), ``RestError`` and
          ``HttpStatusError`` (their status, headers and body), ``transport.TimeoutError`` and
          ``TransportError`` (no answer: raised as ``httpx.ReadTimeout``/``httpx.ReadError``),
          an ``httpx`` error (raised as it is). Any other exception is raised to the caller
          unchanged (so is a failed assertion in a callable).

        Several replies answer the calls in order, and the last one every call after them
        (``HttpStatusError(429, ...)`` then a value tests a retry). No reply answers ``None``.
        """
        if not isinstance(operation, Operation):
            raise TypeError(
                f"reply() takes an operation descriptor (erpsync.FORCE_RESYNC), not {operation!r}"
            )
        for reply in replies:
            if isinstance(reply, type) and issubclass(reply, BaseException):
                raise TypeError(
                    f"reply with an exception instance, not the class {reply.__name__}"
                )
        registered = _Replies(operation, replies or (None,))
        with self._lock:
            self._soap[operation.action] = registered
            if operation.rest_path:
                self._rest[operation.rest_path.lower()] = registered
        return self

    def reset(self) -> None:
        """Forget every reply and every call."""
        with self._lock:
            self._soap.clear()
            self._rest.clear()
            self.calls.clear()

    def calls_to(self, operation: Operation[Any]) -> list[Call]:
        """The calls of ``operation`` (a descriptor), in order."""
        with self._lock:
            return [call for call in self.calls if call.descriptor is operation]

    # -- how it is reached

    def transport(self) -> httpx.MockTransport:
        """An ``httpx.MockTransport`` answering as this server, for an ``httpx.Client`` of your
        own (``httpx.Client(transport=server.transport())``)."""
        import httpx

        return httpx.MockTransport(self._handle)

    def async_transport(self) -> httpx.MockTransport:
        """:meth:`transport` for ``httpx.AsyncClient``: callables may return awaitables."""
        import httpx

        return httpx.MockTransport(self._ahandle)

    def client(self, **kwargs: Any) -> httpx.Client:
        """A sync ``httpx.Client`` whose requests this server answers (``kwargs`` go to it)."""
        import httpx

        return httpx.Client(transport=self.transport(), **kwargs)

    def async_client(self, **kwargs: Any) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` whose requests this server answers."""
        import httpx

        return httpx.AsyncClient(transport=self.async_transport(), **kwargs)

    # -- answering

    def _handle(self, request: httpx.Request) -> httpx.Response:
        call, reply = self._receive(request)
        outcome: Any = reply
        if callable(reply) and not isinstance(reply, BaseException):
            try:
                outcome = reply(call)
            except Exception as exc:
                outcome = exc
            if inspect.isawaitable(outcome):
                if inspect.iscoroutine(outcome):
                    outcome.close()
                raise FakeServerError(
                    f"the reply to {call.operation} is async: call it through async_client()"
                )
        return self._respond(call, outcome)

    async def _ahandle(self, request: httpx.Request) -> httpx.Response:
        call, reply = self._receive(request)
        outcome: Any = reply
        if callable(reply) and not isinstance(reply, BaseException):
            try:
                outcome = reply(call)
                if inspect.isawaitable(outcome):
                    outcome = await outcome
            except Exception as exc:
                outcome = exc
        return self._respond(call, outcome)

    def _registered(self) -> list[str]:
        return [_label(r.operation) for r in self._soap.values()]

    def _receive(self, request: httpx.Request) -> tuple[Call, Any]:
        """The call a request makes, decoded, and the reply it gets; recorded in ``calls``."""
        content_type = request.headers.get("Content-Type", "")
        if (
            "SOAPAction" in request.headers
            or request.url.path.lower().endswith(".svc")
            or content_type.startswith(("text/xml", "application/soap+xml"))
        ):
            registered, call = self._receive_soap(request)
        else:
            registered, call = self._receive_rest(request)
        with self._lock:
            reply = registered.take()
            self.calls.append(call)
        return call, reply

    def _unexpected(self, what: str, found: list[tuple[str, Operation[Any]]]) -> UnexpectedCall:
        with self._lock:
            names = sorted(self._registered())
        registered = ", ".join(names) if names else "nothing"
        hint = ""
        if found:
            module, operation = found[0]
            constant = _constant_name(module, operation)
            hint = f" Register one with server.reply({module.rpartition('.')[2]}.{constant}, ...)."
        return UnexpectedCall(
            f"FakeServer: no reply registered for {what}. Registered: {registered}.{hint}"
        )

    # -- SOAP

    def _receive_soap(self, request: httpx.Request) -> tuple[_Replies, Call]:
        header_action = request.headers.get("SOAPAction")
        if header_action is None:
            raise MalformedRequest(
                f"FakeServer: a SOAP request to {request.url.path} without a SOAPAction header"
            )
        action = header_action.strip().strip('"')
        with self._lock:
            registered = self._soap.get(action)
        if registered is None:
            found = _find_operations(lambda op: op.action == action)
            name = _label(found[0][1]) if found else action.rpartition("/")[2]
            raise self._unexpected(f"{name} (SOAP action {action})", found)
        operation = registered.operation

        def bad(problem: str) -> MalformedRequest:
            return MalformedRequest(f"FakeServer: {_label(operation)} over SOAP: {problem}")

        if request.method != "POST":
            raise bad(f"sent with {request.method}; SOAP calls are POSTs")
        content_type = request.headers.get("Content-Type", "")
        if not content_type.startswith("text/xml"):
            raise bad(f"Content-Type {content_type!r}; SOAP 1.1 is sent as text/xml")
        parts = operation.action.rstrip("/").split("/")
        if len(parts) > 3 and parts[-3].startswith("Services"):
            endpoint = f"/Remote/{parts[-3]}/{parts[-2]}.svc"
            if not request.url.path.lower().endswith(endpoint.lower()):
                raise bad(f"sent to {request.url.path}, not the agent's endpoint {endpoint}")
        try:
            envelope = parse_xml(request.content)
        except DecodeError as exc:
            raise bad(f"the body is not XML: {exc}") from None
        if envelope.tag != f"{{{SOAP11_NS}}}Envelope":
            raise bad(f"the document is {envelope.tag}, not a SOAP 1.1 Envelope")
        body = envelope.find(f"{{{SOAP11_NS}}}Body")
        if body is None:
            raise bad("the envelope has no Body")
        elements = [child for child in body if isinstance(child.tag, str)]
        if len(elements) != 1:
            raise bad(f"the Body holds {len(elements)} elements, not the one request element")
        (element,) = elements
        if element.tag != operation.request_tag:
            raise bad(f"the SOAPAction names {operation.name}, the Body holds {element.tag}")
        known = {operation.tag(param) for param in operation.params}
        for child in element:
            if isinstance(child.tag, str) and child.tag not in known:
                raise bad(f"{child.tag} is not a parameter of {operation.name}")
        try:
            values = decode_request(operation, element)
        except DecodeError as exc:
            raise bad(f"the request does not match the schema: {exc}") from None
        except RecursionError:
            raise bad("the request is nested too deeply to decode") from None
        ticket, app_token = self._soap_headers(operation, envelope)
        return registered, Call(
            operation=operation.name,
            agent=_agent_of(operation),
            protocol="soap",
            args={name: value for name, value in values.items() if value is not UNSET},
            request=request,
            descriptor=operation,
            ticket=ticket,
            authorization=request.headers.get("Authorization"),
            app_token=app_token,
        )

    def _soap_headers(
        self, operation: Operation[Any], envelope: Element
    ) -> tuple[str | None, str | None]:
        """The ticket (``Credentials`` header) and ``ApplicationToken`` of a SOAP request."""
        header = envelope.find(f"{{{SOAP11_NS}}}Header")
        ticket: str | None = None
        app_token: str | None = None
        if header is None:
            return None, None
        ns = f"{{{operation.namespace}}}"
        credentials = header.find(ns + "Credentials")
        if credentials is not None:
            record = _version_type(operation, "SoCredentials")
            try:
                value = (
                    record.from_xml(credentials).ticket
                    if record is not None
                    else credentials.findtext(ns + "Ticket")
                )
            except DecodeError as exc:
                raise MalformedRequest(
                    f"FakeServer: {_label(operation)} over SOAP: the Credentials header: {exc}"
                ) from None
            ticket = value if isinstance(value, str) else None
        token = header.find(ns + "ApplicationToken")
        if token is not None:
            app_token = token.text or ""
        return ticket, app_token

    # -- REST

    def _receive_rest(self, request: httpx.Request) -> tuple[_Replies, Call]:
        path = request.url.path.lower().rstrip("/")
        with self._lock:
            registered = next(
                (replies for key, replies in self._rest.items() if path.endswith(key)), None
            )
        if registered is None:
            found = _find_operations(
                lambda op: op.rest_path is not None and path.endswith(op.rest_path.lower())
            )
            name = f"{_label(found[0][1])} " if found else ""
            raise self._unexpected(f"{name}(REST {request.method} {request.url.path})", found)
        operation = registered.operation

        def bad(problem: str) -> MalformedRequest:
            return MalformedRequest(f"FakeServer: {_label(operation)} over REST: {problem}")

        if request.method != operation.rest_method:
            raise bad(f"sent with {request.method}, not {operation.rest_method}")
        declared = {param.query for param in operation.params if param.query}
        query: dict[str, str] = {}
        select: tuple[str, ...] = ()
        for key, text in request.url.params.multi_items():
            if key in query or (key == "$select" and select):
                raise bad(f"the query parameter {key!r} is given twice")
            if key == "$select":
                if not operation.rest_select:
                    raise bad("the endpoint takes no $select")
                select = tuple(name for name in text.split(",") if name)
            elif key in declared:
                query[key] = text
            else:
                takes = ", ".join(sorted(declared)) or "none"
                raise bad(f"{key!r} is not one of its query parameters (it takes: {takes})")
        try:
            values = decode_request_query(operation, query)
        except DecodeError as exc:
            raise bad(f"a query parameter does not match the schema: {exc}") from None
        values.update(self._rest_body(operation, request, bad))
        authorization = request.headers.get("Authorization")
        scheme, _, credential = (authorization or "").partition(" ")
        return registered, Call(
            operation=operation.name,
            agent=_agent_of(operation),
            protocol="rest",
            args={name: value for name, value in values.items() if value is not UNSET},
            request=request,
            descriptor=operation,
            ticket=credential.strip() if scheme.lower() == "soticket" else None,
            authorization=authorization,
            app_token=request.headers.get("SO-AppToken"),
            select=select,
        )

    @staticmethod
    def _rest_body(
        operation: Operation[Any],
        request: httpx.Request,
        bad: Callable[[str], MalformedRequest],
    ) -> dict[str, Any]:
        """The body parameters of a REST call, decoded (none when it takes no body)."""
        content = request.content
        if not has_rest_body(operation):
            if content.strip():
                raise bad("the endpoint takes no body (its parameters are in the query)")
            return {}
        data: Any = None
        if content.strip():
            content_type = request.headers.get("Content-Type", "")
            if not content_type.startswith("application/json"):
                raise bad(f"Content-Type {content_type!r}; the body is JSON")
            try:
                data = json.loads(content)
            except (ValueError, RecursionError) as exc:
                raise bad(f"the body is not JSON: {str(exc)[:200]}") from None
        body_params = [param for param in operation.params if not param.query]
        if not operation.rest_body and isinstance(data, dict):
            keys = {param.json or param.wire for param in body_params}
            for key in data:
                if key not in keys:
                    takes = ", ".join(sorted(keys))
                    raise bad(f"{key!r} is not one of its body keys (it takes: {takes})")
        try:
            values = decode_request_json(operation, data)
        except DecodeError as exc:
            raise bad(f"the body does not match the schema: {exc}") from None
        except RecursionError:
            raise bad("the body is nested too deeply to decode") from None
        for param in body_params:
            if not param.optional and values.get(param.name, UNSET) is UNSET:
                raise bad(f"the required key {param.json or param.wire!r} is missing")
        return values

    # -- the answer

    def _respond(self, call: Call, outcome: Any) -> httpx.Response:
        if isinstance(outcome, BaseException):
            return self._fail(call, outcome)
        if call.protocol == "soap":
            return self._soap_answer(call, outcome)
        return self._rest_answer(call, outcome)

    @staticmethod
    def _results(operation: Operation[Any], value: Any) -> dict[str, Any]:
        """A reply as ``{result name: value}`` for the operation's encoder."""
        if not operation.results:
            if value is not None and value is not UNSET:
                raise FakeServerError(
                    f"FakeServer: {operation.name} returns nothing, but its reply is"
                    f" {type(value).__name__}; reply None"
                )
            return {}
        if operation.result is not None:
            if value is None or value is UNSET:
                return {}
            if isinstance(operation.result, type) and not isinstance(value, operation.result):
                raise FakeServerError(
                    f"FakeServer: {operation.name} returns a {operation.result.__name__}, but its"
                    f" reply is {type(value).__name__}"
                )
            return {param.name: getattr(value, param.name, UNSET) for param in operation.results}
        param = operation.results[0]
        if value is None and not param.nillable:
            return {param.name: UNSET}  # nil is not allowed: an absent result reads as None
        return {param.name: value}

    def _soap_answer(self, call: Call, value: Any) -> httpx.Response:
        operation = call.descriptor
        envelope, header, body = _envelope(operation.namespace)
        etree.SubElement(header, f"{{{operation.namespace}}}Succeeded").text = "true"
        try:
            encode_response(operation, self._results(operation, value), body)
        except (EncodeError, TypeError, ValueError, AttributeError) as exc:
            raise _unencodable(operation, value, exc) from exc
        return _xml_response(200, envelope)

    def _rest_answer(self, call: Call, value: Any) -> httpx.Response:
        import httpx

        operation = call.descriptor
        values = self._results(operation, value)
        if not operation.results:
            return httpx.Response(204)
        try:
            data: Any
            if operation.result is not None:
                data = {
                    param.wire: (
                        None
                        if values[param.name] is None
                        else param.codec.write_json(values[param.name])
                    )
                    for param in operation.results
                    if values.get(param.name, UNSET) is not UNSET
                }
            else:
                result = values[operation.results[0].name]
                data = (
                    None
                    if result is None or result is UNSET
                    else operation.results[0].codec.write_json(result)
                )
            content = json.dumps(data, separators=(",", ":"), allow_nan=False).encode()
        except (EncodeError, TypeError, ValueError, AttributeError) as exc:
            raise _unencodable(operation, value, exc) from exc
        return _json_response(200, content)

    def _fail(self, call: Call, error: BaseException) -> httpx.Response:
        """An exception as the server (or the network) would deliver it."""
        import httpx

        request, soap = call.request, call.protocol == "soap"
        if isinstance(error, httpx.RequestError):
            try:
                _ = error.request  # set when the test made it with one
            except RuntimeError:
                error.request = request
            raise error
        if isinstance(error, CallTimeoutError):
            raise httpx.ReadTimeout(str(error) or "no answer (FakeServer)", request=request)
        if isinstance(error, TransportError):
            raise httpx.ReadError(str(error) or "no answer (FakeServer)", request=request)
        if isinstance(error, ServiceError):
            info = error.info
            if soap:
                return _soap_service_error(call.descriptor, info)
            return _rest_error(
                500,
                info.message if info else "the server reported failure",
                info.exception_type if info else "",
                info.source if info else "",
            )
        if isinstance(error, SoapFault):
            status = error.status or 500
            if soap:
                return _soap_fault(status, error.code, error.message, error.detail)
            return _rest_error(status, error.message, error.code, "")
        if isinstance(error, RestError):
            if soap:
                return _soap_fault(error.status, "s:Server", error.message, "", error.headers)
            if isinstance(error.body, dict | list):
                content = json.dumps(error.body).encode()
                return _json_response(error.status, content, error.headers)
            return _rest_error(
                error.status, error.message, error.error_type, error.source, error.headers
            )
        if isinstance(error, HttpStatusError):
            extensions = {"reason_phrase": str(error).partition(f"{error.status} ")[2].encode()}
            return httpx.Response(
                error.status,
                headers=dict(error.headers),
                content=error.body.encode("utf-8"),
                extensions=extensions if extensions["reason_phrase"] else {},
            )
        raise error


def _unencodable(operation: Operation[Any], value: Any, error: Exception) -> FakeServerError:
    expected = ", ".join(param.name for param in operation.results)
    return FakeServerError(
        f"FakeServer: the reply to {operation.name} ({type(value).__name__}) cannot be encoded"
        f" as its result ({expected}): {type(error).__name__}: {error}"
    )


def _envelope(namespace: str) -> tuple[Element, Element, Element]:
    envelope = etree.Element(
        f"{{{SOAP11_NS}}}Envelope",
        nsmap={"s": SOAP11_NS, "so": namespace, "a": ARRAYS_NS, "i": XSI_NS},
    )
    header = etree.SubElement(envelope, f"{{{SOAP11_NS}}}Header")
    body = etree.SubElement(envelope, f"{{{SOAP11_NS}}}Body")
    return envelope, header, body


def _xml_response(
    status: int, envelope: Element, headers: Mapping[str, str] | None = None
) -> httpx.Response:
    import httpx

    content = etree.tostring(envelope, xml_declaration=True, encoding="utf-8")
    return httpx.Response(
        status,
        headers={**(headers or {}), "Content-Type": "text/xml; charset=utf-8"},
        content=content,
    )


def _json_response(
    status: int, content: bytes, headers: Mapping[str, str] | None = None
) -> httpx.Response:
    import httpx

    return httpx.Response(
        status,
        headers={**(headers or {}), "Content-Type": "application/json; charset=utf-8"},
        content=content,
    )


def _rest_error(
    status: int,
    message: str,
    error_type: str,
    source: str,
    headers: Mapping[str, str] | None = None,
) -> httpx.Response:
    """NetServer's REST error body."""
    body = {"Error": True, "ErrorType": error_type, "ErrorMessage": message, "ErrorSource": source}
    return _json_response(status, json.dumps(body).encode(), headers)


def _soap_fault(
    status: int, code: str, message: str, detail: str, headers: Mapping[str, str] | None = None
) -> httpx.Response:
    envelope, header, body = _envelope(SOAP11_NS)
    envelope.remove(header)
    fault = etree.SubElement(body, f"{{{SOAP11_NS}}}Fault")
    etree.SubElement(fault, "faultcode").text = code or "s:Server"
    etree.SubElement(fault, "faultstring").text = message
    if detail:
        try:
            element = parse_xml(detail)
        except DecodeError:
            etree.SubElement(fault, "detail").text = detail
        else:
            if etree.QName(element).localname.lower() != "detail":
                wrapper = etree.SubElement(fault, "detail")
                adopt(wrapper, element)
            else:
                adopt(fault, element)
    return _xml_response(status, envelope, headers)


def _soap_service_error(operation: Operation[Any], info: ExceptionInfo | None) -> httpx.Response:
    """A SOAP answer whose headers say the call failed: ``ExceptionInfo`` and ``Succeeded``."""
    envelope, header, body = _envelope(operation.namespace)
    ns = f"{{{operation.namespace}}}"
    record_type = _version_type(operation, "SoExceptionInfo")
    if info is not None and record_type is not None:
        links: list[ExceptionInfo] = []
        link: ExceptionInfo | None = info
        while link is not None:
            links.append(link)
            link = link.inner
        record: Any = UNSET
        for link in reversed(links):
            record = record_type(
                message=link.message,
                exception_type=link.exception_type,
                stack_trace=link.stack_trace,
                friendly_text=link.friendly_text,
                source=link.source,
                inner_exception=record,
            )
        element = record.to_xml()
        element.tag = ns + "ExceptionInfo"
        adopt(header, element)
    etree.SubElement(header, ns + "Succeeded").text = "false"
    etree.SubElement(body, operation.response_tag)
    return _xml_response(200, envelope)


# --- finding the generated modules of an operation ---------------------------------------------


def _find_operations(match: Callable[[Operation[Any]], bool]) -> list[tuple[str, Operation[Any]]]:
    """Operations of the agent modules loaded so far that ``match``, with their module."""
    found = []
    for name, module in list(sys.modules.items()):
        if not name.startswith(_ROOT + "."):
            continue
        operations = getattr(module, "OPERATIONS", None)
        if isinstance(operations, dict):
            found += [
                (name, op) for op in operations.values() if isinstance(op, Operation) and match(op)
            ]
    return found


def _constant_name(module: str, operation: Operation[Any]) -> str:
    for name, value in vars(sys.modules[module]).items():
        if value is operation and name.isupper():
            return name
    return operation.name


@functools.cache
def _version_types(namespace: str) -> Any:
    """The ``types`` package of the Services version whose namespace this is, or None."""
    for name, module in list(sys.modules.items()):
        if (
            name.startswith(_ROOT + ".")
            and name.endswith(".headers")
            and getattr(module, "NAMESPACE", None) == namespace
        ):
            return importlib.import_module(name.rpartition(".")[0] + ".types")
    return None


def _version_type(operation: Operation[Any], name: str) -> Any:
    package = _version_types(operation.namespace)
    return None if package is None else getattr(package, name, None)


# --- hypothesis strategies ---------------------------------------------------------------------

_INT32: Final = (-(2**31), 2**31 - 1)
_LOWS: Final = (-(10**40), -(2**63), -(2**31), -(2**15), -(2**7), 0)
_HIGHS: Final = (
    10**40,
    2**64 - 1,
    2**63 - 1,
    2**32 - 1,
    2**31 - 1,
    2**16 - 1,
    2**15 - 1,
    255,
    127,
)
_MARK: Final = 97  # fits every XSD integer type, so encoding it never fails on range


@overload
def strategies(
    type_: type[_T], *, max_depth: int = 2, any_values: SearchStrategy[Any] | None = None
) -> SearchStrategy[_T]: ...


@overload
def strategies(
    type_: Any, *, max_depth: int = 2, any_values: SearchStrategy[Any] | None = None
) -> SearchStrategy[Any]: ...


def strategies(
    type_: Any, *, max_depth: int = 2, any_values: SearchStrategy[Any] | None = None
) -> SearchStrategy[Any]:
    """A hypothesis strategy for values of a generated type, or of any annotation built of them
    (``list[ErpConnection]``, ``ETableRight | str``, ``int``).

    Derived from the generated classes themselves (their type annotations, and their codecs for
    what annotations cannot say): records with every field ``UNSET``, ``None`` or a value as the
    field allows; enums (known members, and names no member has, as the open enums decode them)
    and flags (combinations); lists, dictionaries; integers in their XSD range (``xs:short``,
    ``xs:unsignedInt``, ...; ``xs:int`` where nothing says otherwise); XML-legal text; floats
    and decimals JSON can carry; .NET dates (with a seventh fractional digit, the MinValue and
    MaxValue sentinels, offsets) and durations; ``xs:anyType`` values (``any_values`` to draw
    others). Records nest ``max_depth`` levels; below that, optional fields are left out.
    Every value drawn round-trips through ``to_xml``/``from_xml`` and (compared as JSON where
    ``xs:anyType`` is involved) ``to_json``/``from_json``. Needs hypothesis (the ``testing``
    extra).
    """
    try:
        import hypothesis  # noqa: F401
    except ImportError:
        raise ModuleNotFoundError(
            'strategies() needs hypothesis: pip install "superoffice-clients[testing]"'
        ) from None
    return _Strategies(max_depth, any_values).of(type_, 0, _INT32)


class _Strategies:
    def __init__(self, max_depth: int, any_values: SearchStrategy[Any] | None) -> None:
        self.max_depth = max_depth
        self.any_values = any_values if any_values is not None else _any_values()
        self.records: dict[tuple[type, int], SearchStrategy[Any]] = {}

    def of(self, annotation: Any, depth: int, ints: tuple[int, int]) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin in (typing.Union, types.UnionType):
            return self.union(args, depth, ints)
        if origin is list:
            item = self.of(args[0], depth + 1, ints) if args else self.any_values
            return st.lists(item, max_size=0 if depth > self.max_depth + 1 else 3)
        if origin is dict:
            key = self.of(args[0], depth + 1, ints)
            value = self.of(args[1], depth + 1, ints)
            return st.dictionaries(key, value, max_size=0 if depth > self.max_depth + 1 else 2)
        if annotation is None or annotation is type(None):
            return st.none()
        if annotation is Unset:
            return st.just(UNSET)
        if annotation in (Any, object):
            return self.any_values
        if isinstance(annotation, type):
            if issubclass(annotation, enum.Enum):
                return _enum_strategy(annotation, open_=False)
            if dataclasses.is_dataclass(annotation):
                return self.record(annotation, depth)
            primitive = _primitives().get(annotation)
            if primitive is not None:
                return primitive
            if annotation is int:
                return st.integers(*ints)
        raise TypeError(f"no strategy for {annotation!r}: not a generated type")

    def union(
        self, args: tuple[Any, ...], depth: int, ints: tuple[int, int]
    ) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        absent = [st.just(UNSET)] if Unset in args else []
        nil = [st.none()] if type(None) in args else []
        values = [arg for arg in args if arg not in (Unset, type(None))]
        enums = [arg for arg in values if isinstance(arg, type) and issubclass(arg, enum.Enum)]
        if enums and str in values:  # an open enum: a member, or a name none of them has
            values.remove(str)
            values = [arg for arg in values if arg not in enums]
            choices = [_enum_strategy(cls, open_=True) for cls in enums]
        else:
            choices = []
        if values and (absent or nil) and depth > self.max_depth and _nests(values):
            return st.one_of(*absent, *nil)
        choices += [self.of(arg, depth, ints) for arg in values]
        return st.one_of(*absent, *nil, *choices)

    def record(self, cls: type, depth: int) -> SearchStrategy[Any]:
        from hypothesis import strategies as st

        key = (cls, min(depth, self.max_depth + 1))
        strategy = self.records.get(key)
        if strategy is None:
            if depth > self.max_depth + 8:
                raise TypeError(f"{cls.__name__} nests itself through required fields")
            fields = {
                field.name: st.deferred(self._field(cls, field.name, depth + 1))
                for field in dataclasses.fields(cls)
                if field.init and field.name != "extra"
            }
            strategy = st.builds(cls, **fields)
            self.records[key] = strategy
        return strategy

    def _field(self, cls: type, name: str, depth: int) -> Callable[[], SearchStrategy[Any]]:
        """A field's strategy, made when first drawn from (integers probed then)."""

        def make() -> SearchStrategy[Any]:
            return self.of(_hints(cls)[name], depth, _int_range(cls, name))

        return make


def _nests(annotations: list[Any]) -> bool:
    """Whether a field holds records, lists or dictionaries (left out below the last level)."""
    return any(
        typing.get_origin(a) in (list, dict)
        or (isinstance(a, type) and dataclasses.is_dataclass(a))
        for a in annotations
    )


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@functools.cache
def _primitives() -> dict[Any, SearchStrategy[Any]]:
    from hypothesis import strategies as st

    return {
        bool: st.booleans(),
        str: _xml_text(),
        # JSON has no NaN or infinities
        float: st.floats(allow_nan=False, allow_infinity=False),
        # REST carries decimals as JSON numbers (doubles): 15 significant digits survive
        decimal.Decimal: st.decimals(
            allow_nan=False, allow_infinity=False, places=4, min_value=-(10**10), max_value=10**10
        ),
        datetime.datetime: _datetimes(),
        datetime.timedelta: _durations(),
        bytes: st.binary(max_size=16),
    }


def _xml_text() -> SearchStrategy[str]:
    """Text XML 1.0 can carry: no control characters but tab, newline and carriage return, no
    surrogates, no U+FFFE/U+FFFF."""
    from hypothesis import strategies as st

    controls = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r")
    surrogates: tuple[Literal["Cs"]] = ("Cs",)
    return st.text(
        st.characters(exclude_categories=surrogates, exclude_characters=controls + "\ufffe\uffff"),
        max_size=12,
    )


def _datetimes() -> SearchStrategy[datetime.datetime]:
    """.NET DateTime values: naive, UTC (``Z``) or with an offset; some with a seventh fractional
    digit (:class:`~superoffice.runtime.DateTime`); the MinValue and MaxValue sentinels."""
    from hypothesis import strategies as st

    offsets = st.sampled_from(
        [
            None,
            datetime.UTC,
            datetime.timezone(datetime.timedelta(hours=2)),
            datetime.timezone(datetime.timedelta(hours=-5, minutes=-30)),
        ]
    )
    inner = st.datetimes(datetime.datetime(1, 1, 2), datetime.datetime(9999, 12, 30))

    def ticked(dt: datetime.datetime, tz: datetime.tzinfo | None, ticks: int) -> DateTime:
        fields = (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond)
        return DateTime(*fields, tz, extra_ticks=ticks)

    sentinels = [
        datetime.datetime.min,
        datetime.datetime(1, 1, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=1))),
        DateTime(9999, 12, 31, 23, 59, 59, 999999, extra_ticks=9),
        DateTime(9999, 12, 31, 23, 59, 59, 999999, datetime.UTC, extra_ticks=9),
    ]
    return st.one_of(
        st.builds(lambda dt, tz: dt.replace(tzinfo=tz), inner, offsets),
        st.builds(ticked, inner, offsets, st.integers(1, 9)),
        st.sampled_from(sentinels),
    )


def _durations() -> SearchStrategy[datetime.timedelta]:
    """.NET TimeSpan values: any tick count in its range (as :class:`Duration` where it has
    ticks beyond microseconds), zero, whole days."""
    from hypothesis import strategies as st

    limit = 2**63 - 1
    return st.one_of(
        st.timedeltas(datetime.timedelta(days=-(10**5)), datetime.timedelta(days=10**5)),
        st.integers(-limit, limit).map(
            lambda ticks: Duration(microseconds=ticks // 10, extra_ticks=ticks % 10)
        ),
        st.sampled_from([datetime.timedelta(0), datetime.timedelta(days=1)]),
    )


@functools.cache
def _any_values() -> SearchStrategy[Any]:
    """``xs:anyType`` values as NetServer sends them with an ``xsi:type``: integers, booleans,
    text, doubles, decimals, dates, arrays of them."""
    from hypothesis import strategies as st

    text = _xml_text()
    ints = st.integers(*_INT32)
    return st.one_of(
        st.integers(-(2**63), 2**63 - 1),
        st.booleans(),
        text,
        st.floats(allow_nan=False, allow_infinity=False),
        st.decimals(
            allow_nan=False, allow_infinity=False, places=3, min_value=-(10**9), max_value=10**9
        ),
        _datetimes(),
        st.lists(text, max_size=3),
        st.lists(ints, max_size=3),
        st.lists(st.none() | st.booleans() | ints | text, max_size=3),
    )


@functools.cache
def _enum_strategy(cls: type[enum.Enum], open_: bool) -> SearchStrategy[Any]:
    """Members (for flags: combinations of them, none included), and with ``open_`` names
    that no member has, which the generated codecs keep as text."""
    from hypothesis import strategies as st

    members = list(cls)
    known: SearchStrategy[Any]
    if issubclass(cls, enum.Flag):
        known = st.lists(st.sampled_from(members), max_size=3, unique=True).map(
            lambda chosen: functools.reduce(operator.or_, chosen, cls(0))
        )
    else:
        known = st.sampled_from(members) if members else st.nothing()
    codec = _codec_of(cls)
    if not open_ or codec is None:
        return known

    def unknown(name: str) -> bool:
        try:
            return isinstance(codec.read_json(name, "$"), str)
        except DecodeError:
            return False

    names = st.text(string.ascii_letters, min_size=1, max_size=8).filter(unknown)
    return known | names


def _codec_of(cls: type[enum.Enum]) -> Codec[Any] | None:
    """The generated codec of an enum: the one in its module that writes a member as a name
    and reads that name back as the member."""
    members = list(cls)
    if not members:
        return None
    module = sys.modules.get(cls.__module__)
    for value in vars(module).values() if module is not None else ():
        if isinstance(value, Codec):
            try:
                name = value.write_json(members[0])
                if isinstance(name, str) and value.read_json(name, "$") == members[0]:
                    return value
            except Exception:  # another type's codec: not this one
                continue
    return None


# Integer ranges: an annotation says ``int``, the codec knows xs:short from xs:long. A record
# field is probed by decoding the record with the field's integers at each range's bounds.


class _NoInt(Exception):
    pass


@functools.cache
def _int_range(cls: type, name: str) -> tuple[int, int]:
    """The range of the integers a field of a record (or result class) holds; xs:int when
    nothing tells."""
    annotation = _hints(cls)[name]
    try:
        marked = _marked(annotation)
    except _NoInt:
        return _INT32
    encode_decode: Callable[[int], object] | None = None
    if hasattr(cls, "to_xml") and hasattr(cls, "from_xml"):
        try:
            required = {
                f.name: _simple(_hints(cls)[f.name])
                for f in dataclasses.fields(cls)
                if f.init
                and f.name not in (name, "extra")
                and f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING
            }
            element = cls(**required, **{name: marked}).to_xml()
        except Exception:
            return _INT32
        encode_decode = functools.partial(_decodes, element, cls.from_xml)
    else:
        codec = _result_codec(cls, name)
        if codec is not None:
            root = etree.Element("probe")
            try:
                codec.write_xml(root, "value", marked)
            except Exception:
                return _INT32
            encode_decode = functools.partial(_decodes, root[0], codec.read_xml)
    if encode_decode is None:
        return _INT32
    low = next((bound for bound in _LOWS if encode_decode(bound)), None)
    high = next((bound for bound in _HIGHS if encode_decode(bound)), None)
    if low is None or high is None:
        return _INT32
    return low, high


def _decodes(element: Element, decode: Callable[[Element], object], bound: int) -> bool:
    marks = [node for node in element.iter() if node.text == str(_MARK)]
    if not marks:
        return False
    saved = [node.text for node in marks]
    for node in marks:
        node.text = str(bound)
    try:
        decode(element)
        return True
    except (DecodeError, ValueError, OverflowError):
        return False
    finally:
        for node, text in zip(marks, saved, strict=True):
            node.text = text


def _result_codec(cls: type, name: str) -> Codec[Any] | None:
    """The codec of a field of an operation's result class (``ReadBlobResult.length``)."""
    module = sys.modules.get(cls.__module__)
    operations = getattr(module, "OPERATIONS", {})
    for operation in operations.values():
        if isinstance(operation, Operation) and operation.result is cls:
            for param in operation.results:
                if param.name == name:
                    return param.codec
    return None


def _marked(annotation: Any) -> Any:
    """A value of ``annotation`` with :data:`_MARK` wherever it holds an integer."""
    if annotation is int:
        return _MARK
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        for arg in args:
            try:
                return _marked(arg)
            except _NoInt:
                pass
    elif origin is list and args:
        return [_marked(args[0])]
    elif origin is dict and len(args) == 2:
        try:
            key = _marked(args[0])
        except _NoInt:
            return {_simple(args[0]): _marked(args[1])}
        try:
            return {key: _marked(args[1])}
        except _NoInt:
            return {key: _simple(args[1])}
    raise _NoInt


def _simple(annotation: Any) -> Any:
    """Some valid value of ``annotation``: absent or nil where it may be."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        if Unset in args:
            return UNSET
        if type(None) in args:
            return None
        return _simple(args[0])
    if origin is list:
        return []
    if origin is dict:
        return {}
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return next(iter(annotation))
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        hints = _hints(annotation)
        return annotation(
            **{
                f.name: _simple(hints[f.name])
                for f in dataclasses.fields(annotation)
                if f.init
                and f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING
            }
        )
    simple: dict[Any, Any] = {
        int: 0,
        bool: False,
        str: "",
        float: 0.0,
        decimal.Decimal: decimal.Decimal(0),
        datetime.datetime: datetime.datetime(2000, 1, 1),
        datetime.timedelta: datetime.timedelta(0),
        bytes: b"",
    }
    return simple.get(annotation, "")
