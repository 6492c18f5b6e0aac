"""Calling SuperOffice NetServer: SOAP 1.1 and REST, sync and async, over httpx.

Generated agent classes inherit one of the four callers here and add one typed method per
operation. Every failure is a :class:`SuperOfficeError`; tickets, tokens and passwords never
appear in ``repr``, exception messages or logs. httpx is imported on first use, so importing an
agent module stays cheap.
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import json
import logging
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Generic, NamedTuple, Self, TypeVar

from lxml import etree

from .runtime import (
    SOAP11_NS,
    SOAP12_NS,
    UNSET,
    XSI_NIL,
    DecodeError,
    Element,
    Operation,
    call_result,
    decode_response,
    decode_results_json,
    encode_request,
    has_rest_body,
    parse_xml,
    request_json,
    request_query,
)

if TYPE_CHECKING:
    import httpx

log = logging.getLogger("superoffice")
_R = TypeVar("_R")


# --- errors ----------------------------------------------------------------------------------


class SuperOfficeError(Exception):
    """Base of every error a generated client raises."""


class TransportError(SuperOfficeError):
    """The request did not get an HTTP response (connection refused, DNS, TLS, ...)."""


class TimeoutError(TransportError):
    """The server did not answer within the client's timeout."""


class HttpStatusError(SuperOfficeError):
    """A non-2xx HTTP status that carried no SOAP Fault or REST error body; ``headers`` are the
    response's (``Retry-After`` on 429 and 503)."""

    def __init__(
        self, status: int, reason: str, body: str, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(f"HTTP {status} {reason}".rstrip())
        self.status = status
        self.body = body
        self.headers: Mapping[str, str] = headers or {}


class SoapFault(SuperOfficeError):
    """A SOAP Fault in the response body."""

    def __init__(self, code: str, message: str, detail: str, status: int) -> None:
        super().__init__(f"SOAP Fault {code}: {message}")
        self.code = code
        self.message = message
        self.detail = detail
        self.status = status


@dataclasses.dataclass(frozen=True)
class ExceptionInfo:
    """One link of the server's exception chain (``SoExceptionInfo``)."""

    message: str
    exception_type: str
    stack_trace: str
    friendly_text: str
    source: str
    inner: ExceptionInfo | None


class ServiceError(SuperOfficeError):
    """The server ran the call and reported failure: ``Succeeded`` false or ``ExceptionInfo``."""

    def __init__(self, info: ExceptionInfo | None, operation: str) -> None:
        message = info.message if info and info.message else "the server reported failure"
        kind = f" ({info.exception_type})" if info and info.exception_type else ""
        super().__init__(f"{operation}: {message}{kind}")
        self.info = info
        self.operation = operation

    @property
    def chain(self) -> list[ExceptionInfo]:
        """This exception and its inner exceptions, outermost first."""
        out = []
        info = self.info
        while info is not None:
            out.append(info)
            info = info.inner
        return out


class RestError(SuperOfficeError):
    """A REST call answered with an error status and a JSON error body, as NetServer writes it
    (``{"Error": true, "ErrorType": ..., "ErrorMessage": ..., "ErrorSource": ...}``) or as
    ASP.NET does (``{"Message": ...}``)."""

    def __init__(
        self,
        status: int,
        message: str,
        body: Any,
        *,
        error_type: str = "",
        source: str = "",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        kind = f" ({error_type})" if error_type else ""
        super().__init__(f"HTTP {status}: {message}{kind}")
        self.status = status
        self.message = message
        self.error_type = error_type
        self.source = source
        self.body = body
        self.headers: Mapping[str, str] = headers or {}


_MESSAGE_KEYS = ("ErrorMessage", "Message", "message", "error_description", "error", "Error")


def rest_error(
    status: int, reason: str, data: dict[str, Any], headers: Mapping[str, str]
) -> RestError:
    """A :class:`RestError` from a JSON error body: the first text message it has."""
    message = next(
        (data[key] for key in _MESSAGE_KEYS if isinstance(data.get(key), str) and data[key]),
        reason,
    )
    error_type = data.get("ErrorType")
    source = data.get("ErrorSource")
    return RestError(
        status,
        message,
        data,
        error_type=error_type if isinstance(error_type, str) else "",
        source=source if isinstance(source, str) else "",
        headers=headers,
    )


class ResponseDecodeError(SuperOfficeError):
    """A response that does not match the schema: nothing half-decoded is returned."""

    def __init__(self, operation: str, error: DecodeError | ValueError) -> None:
        super().__init__(f"{operation}: undecodable response: {error}")
        self.operation = operation
        self.error = error


# --- results ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class ResponseHeaders:
    """The SOAP response headers the server sent (each None when absent)."""

    succeeded: bool | None = None
    exception_info: Any = None
    extra_info: dict[str, str | None] | None = None
    time_zone: Any = None


@dataclasses.dataclass(frozen=True)
class Response(Generic[_R]):
    """A call's result with what came with it: the HTTP status and (SOAP) response headers."""

    value: _R
    status: int
    headers: ResponseHeaders


class Outgoing(NamedTuple):
    """A call as HTTP, before it is sent; ``envelope`` renders a SOAP call's envelope again with
    another ticket in its ``Credentials`` header (None for REST)."""

    method: str
    url: str
    content: bytes
    headers: dict[str, str]
    envelope: Callable[[str], bytes] | None = None


@dataclasses.dataclass(frozen=True)
class CallOptions:
    """What one call may change: ``timeout`` (seconds), extra HTTP ``headers``, and for REST
    the ``$select`` fields to return. See ``with_options`` on every agent."""

    timeout: float | None = None
    headers: Mapping[str, str] = dataclasses.field(default_factory=dict)
    select: tuple[str, ...] = ()


SOAP_ENVELOPE: Final = "superoffice.soap_envelope"
"""The ``httpx.Request.extensions`` key of a SOAP request's :attr:`Outgoing.envelope`."""


def with_credentials(
    request: httpx.Request, *, ticket: str | None = None, authorization: str | None = None
) -> httpx.Request:
    """``request`` carrying these credentials, where the protocol wants them: a SOAP request
    rendered again with ``ticket`` in its ``Credentials`` header (the binding permitting); a
    REST request with an ``Authorization`` header (``authorization``, else ``SOTicket
    <ticket>``). For ``httpx.Auth`` flows, which send the request this returns."""
    import httpx

    envelope = request.extensions.get(SOAP_ENVELOPE)
    if envelope is not None:
        if ticket is None:
            return request
        headers = httpx.Headers(request.headers)
        headers.pop("Content-Length", None)
        return httpx.Request(
            request.method,
            request.url,
            headers=headers,
            content=envelope(ticket),
            extensions=request.extensions,
        )
    value = authorization or (f"SOTicket {ticket}" if ticket else None)
    if value:
        request.headers["Authorization"] = value
    return request


@dataclasses.dataclass(frozen=True)
class HeaderCodecs:
    """How one Services version reads and writes the SOAP headers (its own header types)."""

    namespace: str
    read_exception_info: Callable[[Element], Any]
    read_extra_info: Callable[[Element], Any]
    read_time_zone: Callable[[Element], Any]
    write_credentials: Callable[[Element, str, Any], object]
    write_time_zone: Callable[[Element, str, Any], object]
    make_credentials: Callable[[str], Any]
    make_time_zone: Callable[[int | None, str | None], Any]


def _info(record: Any) -> ExceptionInfo | None:
    """A generated ``SoExceptionInfo`` record as an :class:`ExceptionInfo` chain."""
    if record is None or record is UNSET:
        return None

    def text(name: str) -> str:
        value = getattr(record, name, None)
        return value if isinstance(value, str) else ""

    return ExceptionInfo(
        message=text("message"),
        exception_type=text("exception_type"),
        stack_trace=text("stack_trace"),
        friendly_text=text("friendly_text"),
        source=text("source"),
        inner=_info(getattr(record, "inner_exception", None)),
    )


# --- SOAP ------------------------------------------------------------------------------------


def _checked(operation: Operation[Any], args: Sequence[Any]) -> Sequence[Any]:
    """Arguments in WSDL order; fewer than the parameters leaves the rest absent."""
    if len(args) > len(operation.params):
        raise TypeError(
            f"{operation.name} takes {len(operation.params)} arguments, got {len(args)}"
        )
    return args


class _Soap:
    def __init__(
        self,
        base_url: str,
        path: str,
        headers: HeaderCodecs,
        *,
        ticket: str | None,
        app_token: str | None,
        time_zone_id: int | None,
        time_zone_code: str | None,
        timeout: float,
    ) -> None:
        self.url = base_url.rstrip("/") + "/" + path
        self._codecs = headers
        self._ticket = ticket
        self._app_token = app_token
        self._time_zone = (time_zone_id, time_zone_code)
        self.timeout = timeout

    @property
    def where(self) -> str:
        return self.url

    def envelope(
        self, operation: Operation[Any], values: dict[str, Any], ticket: str | None
    ) -> bytes:
        """The SOAP 1.1 envelope of a call: the headers its binding declares, then the body."""
        codecs = self._codecs
        envelope = etree.Element(
            f"{{{SOAP11_NS}}}Envelope", nsmap={"s": SOAP11_NS, "so": codecs.namespace}
        )
        header = etree.SubElement(envelope, f"{{{SOAP11_NS}}}Header")
        ns = f"{{{codecs.namespace}}}"
        if self._app_token is not None and "ApplicationToken" in operation.headers:
            etree.SubElement(header, ns + "ApplicationToken").text = self._app_token
        if ticket is not None and "Credentials" in operation.headers:
            codecs.write_credentials(header, ns + "Credentials", codecs.make_credentials(ticket))
        if self._time_zone != (None, None) and "TimeZone" in operation.headers:
            codecs.write_time_zone(
                header, ns + "TimeZone", codecs.make_time_zone(*self._time_zone)
            )
        etree.SubElement(envelope, f"{{{SOAP11_NS}}}Body").append(
            encode_request(operation, values)
        )
        return etree.tostring(envelope, xml_declaration=True, encoding="utf-8")

    def request(
        self, operation: Operation[Any], args: Sequence[Any], options: CallOptions
    ) -> Outgoing:
        """Method, URL, body and HTTP headers of a call, as the WSDL binding says."""
        values = {
            p.name: v for p, v in zip(operation.params, _checked(operation, args), strict=False)
        }
        headers = {
            **options.headers,
            "Content-Type": "text/xml; charset=utf-8",
            "SOAPAction": f'"{operation.action}"',
        }
        log.debug("SOAP %s %s", operation.action, self.url)
        body = self.envelope(operation, values, self._ticket)
        return Outgoing(
            "POST",
            self.url,
            body,
            headers,
            lambda ticket: self.envelope(operation, values, ticket),
        )

    def read(
        self,
        operation: Operation[Any],
        status: int,
        reason: str,
        headers: Mapping[str, str],
        content: bytes,
    ) -> Response[Any]:
        """Decode a SOAP response; every way it can be a failure raises."""
        try:
            root = parse_xml(content) if content.strip() else None
        except DecodeError:
            root = None
        if root is None or etree.QName(root).localname != "Envelope":
            if status >= 300:
                raise HttpStatusError(
                    status, reason, content[:2000].decode("utf-8", "replace"), headers
                )
            raise ResponseDecodeError(
                operation.name, ValueError("the response is not a SOAP envelope")
            )
        body = _child(root, "Body")
        fault = _child(body, "Fault") if body is not None else None
        if fault is not None:
            raise _fault(fault, status)
        if status >= 300:
            raise HttpStatusError(
                status, reason, content[:2000].decode("utf-8", "replace"), headers
            )
        try:
            soap_headers = self.response_headers(root)
        except DecodeError as exc:
            raise ResponseDecodeError(operation.name, exc) from exc
        if soap_headers.exception_info is not None or soap_headers.succeeded is False:
            raise ServiceError(_info(soap_headers.exception_info), operation.name)
        if body is None:
            raise ResponseDecodeError(operation.name, ValueError("no SOAP Body"))
        wrapper = next((c for c in body if isinstance(c.tag, str)), None)
        if wrapper is None:
            if operation.results:
                raise ResponseDecodeError(operation.name, ValueError("empty SOAP Body"))
            return Response(None, status, soap_headers)
        try:
            values = decode_response(operation, wrapper)
        except DecodeError as exc:
            raise ResponseDecodeError(operation.name, exc) from exc
        return Response(call_result(operation, values), status, soap_headers)

    def response_headers(self, envelope: Element) -> ResponseHeaders:
        """Read whichever response headers are present, in ``Header`` or (as the doc examples
        have them) directly under ``Envelope``."""
        ns = f"{{{self._codecs.namespace}}}"
        places = [envelope]
        header = _child(envelope, "Header")
        if header is not None:
            places.insert(0, header)
        found: dict[str, Element] = {}
        for place in places:
            for child in place:
                if isinstance(child.tag, str) and child.tag.startswith(ns):
                    found.setdefault(child.tag[len(ns) :], child)

        def read(name: str, decode: Callable[[Element], Any]) -> Any:
            element = found.get(name)
            if element is None or element.get(XSI_NIL) == "true":
                return None
            return decode(element)

        succeeded = read("Succeeded", lambda e: (e.text or "").strip() in ("true", "1"))
        return ResponseHeaders(
            succeeded=succeeded,
            exception_info=read("ExceptionInfo", self._codecs.read_exception_info),
            extra_info=read("ExtraInfo", self._codecs.read_extra_info),
            time_zone=read("TimeZone", self._codecs.read_time_zone),
        )


def _child(element: Element, local: str) -> Element | None:
    for ns in (SOAP11_NS, SOAP12_NS):
        found = element.find(f"{{{ns}}}{local}")
        if found is not None:
            return found
    return None


def _fault(fault: Element, status: int) -> SoapFault:
    def text(*names: str) -> str:
        for name in names:
            for el in fault.iter():
                if isinstance(el.tag, str) and etree.QName(el).localname == name:
                    return "".join(str(t) for t in el.itertext()).strip()
        return ""

    detail = _child(fault, "Detail")
    detail_el = detail if detail is not None else fault.find("detail")
    detail_text = etree.tostring(detail_el, encoding="unicode") if detail_el is not None else ""
    return SoapFault(text("faultcode", "Value"), text("faultstring", "Text"), detail_text, status)


# --- REST ------------------------------------------------------------------------------------


class _Rest:
    def __init__(
        self,
        base_url: str,
        *,
        authorization: str | None,
        app_token: str | None,
        language: str | None,
        culture: str | None,
        accept_language: str | None,
        time_zone: str | None,
        timeout: float,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._authorization = authorization
        self._app_token = app_token
        self._extra = {
            k: v
            for k, v in (
                ("SO-Language", language),
                ("SO-Culture", culture),
                ("Accept-Language", accept_language),
                ("SO-TimeZone", time_zone),
            )
            if v
        }
        self.timeout = timeout

    @property
    def where(self) -> str:
        return self.base_url

    def request(
        self, operation: Operation[Any], args: Sequence[Any], options: CallOptions
    ) -> Outgoing:
        """Method, URL (query parameters and ``$select`` included), JSON body and HTTP headers
        of a call, as the REST reference says."""
        if not operation.rest_path:
            raise SuperOfficeError(f"{operation.name} has no REST endpoint in the documentation")
        values = {
            p.name: v for p, v in zip(operation.params, _checked(operation, args), strict=False)
        }
        body = b""  # as the REST reference's samples: no body parameters, no body
        headers = {"Accept": "application/json"}
        if has_rest_body(operation):
            body = json.dumps(request_json(operation, values), separators=(",", ":")).encode()
            headers["Content-Type"] = "application/json; charset=utf-8"
        if self._authorization:
            headers["Authorization"] = self._authorization
        if self._app_token:
            headers["SO-AppToken"] = self._app_token
        headers.update(self._extra)
        headers.update(options.headers)
        query = request_query(operation, values)
        if options.select:
            query.append(("$select", ",".join(options.select)))
        url = self.base_url + operation.rest_path
        if query:
            url += "?" + urllib.parse.urlencode(query, safe="$,/")
        log.debug("REST %s %s", operation.rest_method, url)
        return Outgoing(operation.rest_method, url, body, headers)

    def read(
        self,
        operation: Operation[Any],
        status: int,
        reason: str,
        headers: Mapping[str, str],
        content: bytes,
    ) -> Response[Any]:
        data: Any = None
        text = content.decode("utf-8", "replace").strip()
        if text:
            try:
                data = json.loads(text)
            except ValueError as exc:
                if status >= 300:
                    raise HttpStatusError(status, reason, text[:2000], headers) from None
                raise ResponseDecodeError(operation.name, exc) from exc
        if status >= 300:
            if isinstance(data, dict):
                raise rest_error(status, reason, data, headers)
            raise HttpStatusError(status, reason, text[:2000], headers)
        if status == 204 or not operation.results:
            return Response(None, status, ResponseHeaders())
        if operation.result is not None:
            try:
                values = decode_results_json(operation, data)
            except DecodeError as exc:
                raise ResponseDecodeError(operation.name, exc) from exc
            return Response(call_result(operation, values), status, ResponseHeaders())
        codec = operation.results[0].codec
        try:
            value = None if data is None else codec.read_json(data, "$")
        except DecodeError as exc:
            raise ResponseDecodeError(operation.name, exc) from exc
        return Response(value, status, ResponseHeaders())


def basic_auth(user: str, password: str) -> str:
    """An ``Authorization`` value for the Basic scheme."""
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def rest_authorization(
    ticket: str | None, token: str | None, user: str | None, password: str | None
) -> str | None:
    if token:
        return f"Bearer {token}"
    if ticket:
        return f"SOTicket {ticket}"
    if user is not None and password is not None:
        return basic_auth(user, password)
    return None


# --- the four callers ------------------------------------------------------------------------


class SyncCalls:
    """What generated sync method sets call: one operation, its arguments in WSDL order."""

    def _call(self, operation: Operation[_R], args: Sequence[Any]) -> _R:
        raise NotImplementedError


class AsyncCalls:
    """What generated async method sets call."""

    async def _call(self, operation: Operation[_R], args: Sequence[Any]) -> _R:
        raise NotImplementedError


def _send(client: httpx.Client, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
    import httpx

    try:
        if auth is None:
            return client.send(request)
        return client.send(request, auth=auth)
    except httpx.TimeoutException as exc:
        raise TimeoutError(f"{request.method} {request.url}: timed out") from exc
    except httpx.HTTPError as exc:
        raise TransportError(
            f"{request.method} {request.url}: {type(exc).__name__}: {exc}"
        ) from exc


async def _send_async(
    client: httpx.AsyncClient, request: httpx.Request, auth: httpx.Auth | None
) -> httpx.Response:
    import httpx

    try:
        if auth is None:
            return await client.send(request)
        return await client.send(request, auth=auth)
    except httpx.TimeoutException as exc:
        raise TimeoutError(f"{request.method} {request.url}: timed out") from exc
    except httpx.HTTPError as exc:
        raise TransportError(
            f"{request.method} {request.url}: {type(exc).__name__}: {exc}"
        ) from exc


def _sync_client(client: httpx.Client | None) -> httpx.Client:
    if client is not None:
        return client
    import httpx

    return httpx.Client()


def _async_client(client: httpx.AsyncClient | None) -> httpx.AsyncClient:
    if client is not None:
        return client
    import httpx

    return httpx.AsyncClient()


class _Caller:
    """What sync and async callers share: the protocol, per-call options, request building."""

    _protocol: _Soap | _Rest
    _client: httpx.Client | httpx.AsyncClient
    _auth: httpx.Auth | None
    _options: CallOptions = CallOptions()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._protocol.where!r})"

    def with_options(
        self,
        *,
        timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        select: Sequence[str] | None = None,
    ) -> Self:
        """This agent with other options for the calls made through it (the same connection
        pool and credentials): ``timeout`` in seconds, extra HTTP ``headers``, and for REST
        ``select``, the fields a call returns (``$select``)::

            contacts = rest.with_options(select=["Name", "Department"])
            contacts.get_contact_entity(contact_entity_id=5)
        """
        if select is not None and isinstance(self._protocol, _Soap):
            raise TypeError("select ($select) is a REST query option; SOAP has none")
        if isinstance(select, str):
            raise TypeError("select takes a list of field names, not one string")
        options = self._options
        changed = copy.copy(self)
        changed._options = CallOptions(
            timeout=options.timeout if timeout is None else timeout,
            headers={**options.headers, **(headers or {})},
            select=options.select if select is None else tuple(select),
        )
        return changed

    def build_request(self, operation: Operation[Any], args: Sequence[Any]) -> httpx.Request:
        """The exact HTTP request a call sends (method, URL, headers, body), without sending it;
        credentials an ``auth`` object adds are added when it is sent."""
        outgoing = self._protocol.request(operation, args, self._options)
        timeout = (
            self._protocol.timeout if self._options.timeout is None else self._options.timeout
        )
        request = self._client.build_request(
            outgoing.method,
            outgoing.url,
            content=outgoing.content,
            headers=outgoing.headers,
            timeout=timeout,
        )
        if outgoing.envelope is not None:
            request.extensions[SOAP_ENVELOPE] = outgoing.envelope
        return request


class _SyncCaller(_Caller, SyncCalls):
    _client: httpx.Client
    last_response: Response[Any] | None

    def invoke(self, operation: Operation[Any], args: Sequence[Any]) -> Response[Any]:
        """Call ``operation`` with ``args`` in WSDL order (UNSET for absent); the full response."""
        request = self.build_request(operation, args)
        reply = _send(self._client, request, self._auth)
        response = self._protocol.read(
            operation, reply.status_code, reply.reason_phrase, reply.headers, reply.content
        )
        self.last_response = response
        return response

    def _call(self, operation: Operation[_R], args: Sequence[Any]) -> _R:
        value: _R = self.invoke(operation, args).value
        return value

    def close(self) -> None:
        self._client.close()


class _AsyncCaller(_Caller, AsyncCalls):
    _client: httpx.AsyncClient
    last_response: Response[Any] | None

    async def invoke(self, operation: Operation[Any], args: Sequence[Any]) -> Response[Any]:
        """Call ``operation`` with ``args`` in WSDL order (UNSET for absent); the full response."""
        request = self.build_request(operation, args)
        reply = await _send_async(self._client, request, self._auth)
        response = self._protocol.read(
            operation, reply.status_code, reply.reason_phrase, reply.headers, reply.content
        )
        self.last_response = response
        return response

    async def _call(self, operation: Operation[_R], args: Sequence[Any]) -> _R:
        value: _R = (await self.invoke(operation, args)).value
        return value

    async def aclose(self) -> None:
        await self._client.aclose()


class SoapCaller(_SyncCaller):
    """Synchronous SOAP calls to one agent's ``.svc`` endpoint."""

    _PATH = ""
    _HEADERS: HeaderCodecs

    def __init__(
        self,
        base_url: str,
        *,
        ticket: str | None = None,
        app_token: str | None = None,
        time_zone_id: int | None = None,
        time_zone_code: str | None = None,
        timeout: float = 30.0,
        client: httpx.Client | None = None,
        auth: httpx.Auth | None = None,
    ) -> None:
        self._protocol = _Soap(
            base_url,
            self._PATH,
            self._HEADERS,
            ticket=ticket,
            app_token=app_token,
            time_zone_id=time_zone_id,
            time_zone_code=time_zone_code,
            timeout=timeout,
        )
        self._client = _sync_client(client)
        self._auth = auth
        self.last_response = None


class AsyncSoapCaller(_AsyncCaller):
    """Asynchronous SOAP calls to one agent's ``.svc`` endpoint."""

    _PATH = ""
    _HEADERS: HeaderCodecs

    def __init__(
        self,
        base_url: str,
        *,
        ticket: str | None = None,
        app_token: str | None = None,
        time_zone_id: int | None = None,
        time_zone_code: str | None = None,
        timeout: float = 30.0,
        client: httpx.AsyncClient | None = None,
        auth: httpx.Auth | None = None,
    ) -> None:
        self._protocol = _Soap(
            base_url,
            self._PATH,
            self._HEADERS,
            ticket=ticket,
            app_token=app_token,
            time_zone_id=time_zone_id,
            time_zone_code=time_zone_code,
            timeout=timeout,
        )
        self._client = _async_client(client)
        self._auth = auth
        self.last_response = None


class RestCaller(_SyncCaller):
    """Synchronous REST calls (``POST /api/v1/Agents/<Agent>/<Operation>``)."""

    def __init__(
        self,
        base_url: str,
        *,
        ticket: str | None = None,
        token: str | None = None,
        user: str | None = None,
        password: str | None = None,
        app_token: str | None = None,
        language: str | None = None,
        culture: str | None = None,
        accept_language: str | None = None,
        time_zone: str | None = None,
        timeout: float = 30.0,
        client: httpx.Client | None = None,
        auth: httpx.Auth | None = None,
    ) -> None:
        self._protocol = _Rest(
            base_url,
            authorization=rest_authorization(ticket, token, user, password),
            app_token=app_token,
            language=language,
            culture=culture,
            accept_language=accept_language,
            time_zone=time_zone,
            timeout=timeout,
        )
        self._client = _sync_client(client)
        self._auth = auth
        self.last_response = None


class AsyncRestCaller(_AsyncCaller):
    """Asynchronous REST calls (``POST /api/v1/Agents/<Agent>/<Operation>``)."""

    def __init__(
        self,
        base_url: str,
        *,
        ticket: str | None = None,
        token: str | None = None,
        user: str | None = None,
        password: str | None = None,
        app_token: str | None = None,
        language: str | None = None,
        culture: str | None = None,
        accept_language: str | None = None,
        time_zone: str | None = None,
        timeout: float = 30.0,
        client: httpx.AsyncClient | None = None,
        auth: httpx.Auth | None = None,
    ) -> None:
        self._protocol = _Rest(
            base_url,
            authorization=rest_authorization(ticket, token, user, password),
            app_token=app_token,
            language=language,
            culture=culture,
            accept_language=accept_language,
            time_zone=time_zone,
            timeout=timeout,
        )
        self._client = _async_client(client)
        self._auth = auth
        self.last_response = None
