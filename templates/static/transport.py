"""Calling SuperOffice NetServer: SOAP 1.1 and REST, sync and async, over httpx.

Generated agent classes inherit one of the four callers here and add one typed method per
operation. Every failure is a :class:`SuperOfficeError`; tickets, tokens and passwords never
appear in ``repr``, exception messages or logs. httpx is imported on first use, so importing an
agent module stays cheap.
"""

from __future__ import annotations

import base64
import builtins
import contextvars
import copy
import dataclasses
import functools
import json
import logging
import re
import threading
import time
import urllib.parse
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, NamedTuple, Protocol, Self, TypeVar

from lxml import etree

from .runtime import (
    ARRAYS_NS,
    NIL,
    SOAP11_NS,
    SOAP12_NS,
    TOO_DEEP_TO_ENCODE,
    UNSET,
    XSI_NIL,
    XSI_NS,
    DecodeError,
    Element,
    EncodeError,
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

    from .sending import RateLimit

ACCEPT_ENCODING: Final = "gzip, deflate"
"""The encodings calls accept: those the transport inflates itself, in bounded steps."""

log = logging.getLogger("superoffice")
_R = TypeVar("_R")


# --- errors ----------------------------------------------------------------------------------


class SuperOfficeError(Exception):
    """Base of every error a generated client raises."""


def _short(text: str, limit: int = 300, *, escape: bool = True) -> str:
    """Text from a server, cut for an error message: messages stay short whatever it sent,
    and stay one line of what they seem (a line break, an escape sequence or a right-to-left
    override written as its escape, ``\\n``, ``\\x1b``, ``\\u202e``)."""
    text = text if len(text) <= limit else text[: limit - 3] + "..."
    if escape and not text.isprintable():
        text = "".join(
            c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text
        )
    return text


class TransportError(SuperOfficeError):
    """The request did not get an HTTP response (connection refused, DNS, TLS, ...)."""


class TimeoutError(TransportError, builtins.TimeoutError):
    """The call did not end within its timeout: a deadline for the whole call (connect, send,
    receive, retries). Also a builtin ``TimeoutError``."""


class HttpStatusError(SuperOfficeError):
    """A non-2xx HTTP status that carried no SOAP Fault or REST error body; ``headers`` are the
    response's (``Retry-After`` on 429 and 503)."""

    def __init__(
        self, status: int, reason: str, body: str, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(f"HTTP {status} {_short(reason, 100)}".rstrip())
        self.status = status
        self.body = body
        self.headers: Mapping[str, str] = headers or {}


class SoapFault(SuperOfficeError):
    """A SOAP Fault in the response body."""

    def __init__(self, code: str, message: str, detail: str, status: int) -> None:
        super().__init__(f"SOAP Fault {_short(code, 100)}: {_short(message)}")
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
        kind = f" ({_short(info.exception_type, 100)})" if info and info.exception_type else ""
        super().__init__(f"{operation}: {_short(message)}{kind}")
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
        kind = f" ({_short(error_type, 100)})" if error_type else ""
        super().__init__(f"HTTP {status}: {_short(message)}{kind}")
        self.status = status
        self.message = message
        self.error_type = error_type
        self.source = source
        self.body = body
        self.headers: Mapping[str, str] = headers or {}


_MESSAGE_KEYS = (
    "ErrorMessage",
    "ExceptionMessage",
    "Message",
    "message",
    "error_description",
    "error",
    "Error",
)


def rest_error(
    status: int, reason: str, data: dict[str, Any], headers: Mapping[str, str]
) -> RestError:
    """A :class:`RestError` from a JSON error body: the first text message it has."""
    message = next(
        (data[key] for key in _MESSAGE_KEYS if isinstance(data.get(key), str) and data[key]),
        reason,
    )
    error_type = data.get("ErrorType", data.get("ExceptionType"))
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


_NO_HEADERS: Final = ResponseHeaders()
"""The headers of a response that has none (every REST response)."""


@dataclasses.dataclass(frozen=True)
class Response(Generic[_R]):
    """A call's result with what came with it: the HTTP status, the (SOAP) response headers and,
    with ``with_options(keep_raw=True)``, the exchange as bytes."""

    value: _R
    status: int
    headers: ResponseHeaders
    raw: Raw | None = None


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
    keep_raw: bool = False


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
    """A generated ``SoExceptionInfo`` record as an :class:`ExceptionInfo` chain (built from
    the innermost out, so a long chain needs no deep recursion)."""

    def text(link: Any, name: str) -> str:
        value = getattr(link, name, None)
        return _short(value, 2000, escape=False) if isinstance(value, str) else ""

    links: list[Any] = []
    while record is not None and record is not UNSET and len(links) < 1000:
        links.append(record)
        record = getattr(record, "inner_exception", None)
    info: ExceptionInfo | None = None
    for link in reversed(links):
        info = ExceptionInfo(
            message=text(link, "message"),
            exception_type=text(link, "exception_type"),
            stack_trace=text(link, "stack_trace"),
            friendly_text=text(link, "friendly_text"),
            source=text(link, "source"),
            inner=info,
        )
    return info


# --- SOAP ------------------------------------------------------------------------------------


def _checked(operation: Operation[Any], args: Sequence[Any]) -> Sequence[Any]:
    """Arguments in WSDL order; fewer than the parameters leaves the rest absent."""
    if len(args) > len(operation.params):
        raise TypeError(
            f"{operation.name} takes {len(operation.params)} arguments, got {len(args)}"
        )
    return args


_SERVICES_PATH: Final = re.compile(
    r"/(?:Remote/Services[0-9]+(?:/[^/]+\.svc)?|api(?:/v[0-9]+(?:/Agents(?:/[^/]+)?)?)?)\Z",
    re.IGNORECASE,
)
"""The SOAP or REST path a base URL may end in (``netserver_url`` and ``webapi_url`` claims)."""


@functools.lru_cache(maxsize=64)
def _tenant_url(base_url: str) -> str:
    """``base_url`` without trailing slashes and the services path, SOAP's or REST's, it may
    end in: the tenant's URL, whichever protocol the agent speaks (worked out once for each
    base URL: every call asks)."""
    return _SERVICES_PATH.sub("", base_url.rstrip("/"))


def checked_base_url(base_url: object) -> str:
    """A tenant's URL as given, refused unless it is an http(s) URL in printable ASCII with a
    host and no user name or password in it (credentials go in ``ticket=``, ``auth=``, ...)."""
    if not isinstance(base_url, str):
        raise TypeError(f"base_url must be a str, not {type(base_url).__name__}")
    if not (base_url.isascii() and base_url.isprintable()) or " " in base_url:
        raise ValueError("base_url must be printable ASCII without spaces (IDNA hosts as xn--)")
    parts = urllib.parse.urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("base_url must be an http:// or https:// URL with a host")
    if "@" in parts.netloc:
        raise ValueError(
            "base_url must not hold a user name or password (the value is not shown);"
            " pass credentials as ticket=, user= and password=, or auth="
        )
    if parts.query or parts.fragment:
        raise ValueError("base_url must have no query string or fragment")
    return base_url


class _Soap:
    """SOAP 1.1 as the WSDL binding says, without I/O: requests out, answers in."""

    def __init__(
        self,
        path: str,
        headers: HeaderCodecs,
        *,
        ticket: str | None,
        app_token: str | None,
        time_zone_id: int | None,
        time_zone_code: str | None,
    ) -> None:
        self.path = path
        self._codecs = headers
        self._ticket = ticket
        self._app_token = app_token
        self._time_zone = (time_zone_id, time_zone_code)
        # An empty envelope, copied once for each thread, which writes each call's body in it
        # and takes the body out again: cheaper than a new document each call.
        self._empty = etree.Element(
            f"{{{SOAP11_NS}}}Envelope",
            nsmap={"s": SOAP11_NS, "so": headers.namespace, "a": ARRAYS_NS, "i": XSI_NS},
        )
        etree.SubElement(self._empty, f"{{{SOAP11_NS}}}Header")
        etree.SubElement(self._empty, f"{{{SOAP11_NS}}}Body")
        self._headers: dict[tuple[str | None, tuple[str, ...]], bytes] = {}
        self._local = threading.local()

    def url(self, base_url: str) -> str:
        """The agent's endpoint: the tenant's URL and the agent's path. A base URL that already
        ends in a SOAP services path (``.../Remote/Services88/``, any agent's ``.svc``, as
        ``netserver_url`` claims give it) is the tenant's URL with that path."""
        return f"{_tenant_url(base_url)}/{self.path}"

    def envelope(
        self, operation: Operation[Any], values: dict[str, Any], ticket: str | None
    ) -> bytes:
        """The SOAP 1.1 envelope of a call: the headers its binding declares, then the body.
        The body is written in this thread's copy of the empty envelope (and taken out again),
        whose ``<s:Header/>`` is replaced by the headers as bytes (see :meth:`header`)."""
        envelope: Element | None = getattr(self._local, "envelope", None)
        # taken while in use: a call made while this one encodes (from an argument's own
        # code) writes in an envelope of its own
        self._local.envelope = None
        if envelope is None:
            envelope = copy.deepcopy(self._empty)
        body = envelope[1]
        try:
            encode_request(operation, values, body)
            text = etree.tostring(envelope, xml_declaration=True, encoding="utf-8")
        finally:
            del body[:]
            self._local.envelope = envelope
        return text.replace(b"<s:Header/>", self.header(operation.headers, ticket), 1)

    def header(self, names: tuple[str, ...], ticket: str | None) -> bytes:
        """The ``Header`` element of an envelope, serialized: the headers among ``names`` (those
        the operation's binding declares) that the agent has values for. The same call after
        call, so it is written once for each ticket and set of names."""
        key = (ticket, names)
        header = self._headers.get(key)
        if header is not None:
            return header
        codecs = self._codecs
        envelope = copy.deepcopy(self._empty)
        ns = f"{{{codecs.namespace}}}"
        if self._app_token is not None and "ApplicationToken" in names:
            etree.SubElement(envelope[0], ns + "ApplicationToken").text = self._app_token
        if ticket is not None and "Credentials" in names:
            codecs.write_credentials(
                envelope[0], ns + "Credentials", codecs.make_credentials(ticket)
            )
        if self._time_zone != (None, None) and "TimeZone" in names:
            codecs.write_time_zone(
                envelope[0], ns + "TimeZone", codecs.make_time_zone(*self._time_zone)
            )
        # serialized in its envelope (alone, it would declare the namespaces again), where it
        # runs from its start tag up to the empty Body's
        text = etree.tostring(envelope)
        header = text[text.index(b"<s:Header") : text.index(b"<s:Body/>")]
        if len(self._headers) >= 8:  # tickets an auth flow renews: keep the latest few
            self._headers.clear()
        self._headers[key] = header
        return header

    def request(
        self, operation: Operation[Any], args: Sequence[Any], options: CallOptions, base_url: str
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
        url = self.url(base_url)
        log.debug("SOAP %s %s", operation.action, url)
        try:
            body = self.envelope(operation, values, self._ticket)
        except RecursionError:
            raise EncodeError(operation.name, TOO_DEEP_TO_ENCODE) from None
        return Outgoing(
            "POST", url, body, headers, lambda ticket: self.envelope(operation, values, ticket)
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
        except DecodeError as exc:
            if status < 300:  # an answer the server meant as one: say what is wrong with it
                raise ResponseDecodeError(operation.name, exc) from None
            root = None
        if root is None or root.tag.rpartition("}")[2] != "Envelope":
            if status >= 300:
                raise HttpStatusError(status, reason, _shown_body(content), headers)
            raise ResponseDecodeError(
                operation.name, ValueError("the response is not a SOAP envelope")
            )
        body = _child(root, "Body")
        fault = _child(body, "Fault") if body is not None else None
        if fault is not None:
            raise _fault(fault, status)
        if status >= 300:
            raise HttpStatusError(status, reason, _shown_body(content), headers)
        try:
            soap_headers = self.response_headers(root)
        except DecodeError as exc:
            raise ResponseDecodeError(operation.name, exc) from exc
        except RecursionError:
            raise ResponseDecodeError(operation.name, _too_deep()) from None
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
        except RecursionError:
            raise ResponseDecodeError(operation.name, _too_deep()) from None
        return Response(call_result(operation, values), status, soap_headers)

    def response_headers(self, envelope: Element) -> ResponseHeaders:
        """Read whichever response headers are present, in ``Header`` or (as the doc examples
        have them) directly under ``Envelope``."""
        ns = f"{{{self._codecs.namespace}}}"
        header = _child(envelope, "Header")
        found: dict[str, Element] = {}
        for place in (envelope,) if header is None else (header, envelope):
            for child in place:
                tag = child.tag
                if isinstance(tag, str) and tag.startswith(ns):
                    found.setdefault(tag[len(ns) :], child)
        if not found:
            return _NO_HEADERS

        def read(name: str, decode: Callable[[Element], Any]) -> Any:
            element = found.get(name)
            if element is None or element.get(XSI_NIL) in NIL:
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
    """The first ``local`` child of ``element`` in the SOAP 1.1 namespace, else in SOAP 1.2's
    (a loop: these elements have a child or a few, and ``find`` goes through ElementPath)."""
    soap11, soap12 = f"{{{SOAP11_NS}}}{local}", f"{{{SOAP12_NS}}}{local}"
    found = None
    for child in element:
        if child.tag == soap11:
            return child
        if found is None and child.tag == soap12:
            found = child
    return found


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
    """REST as the reference and the Swagger say, without I/O: requests out, answers in."""

    def __init__(
        self,
        *,
        authorization: str | None,
        app_token: str | None,
        language: str | None,
        culture: str | None,
        accept_language: str | None,
        time_zone: str | None,
    ) -> None:
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

    def url(self, base_url: str) -> str:
        """The tenant's URL, without the REST path it may end in (``.../api/``,
        ``.../api/v1/Agents/Contact``, as ``webapi_url`` claims give it)."""
        return _tenant_url(base_url)

    def request(
        self, operation: Operation[Any], args: Sequence[Any], options: CallOptions, base_url: str
    ) -> Outgoing:
        """Method, URL (query parameters and ``$select`` included), JSON body and HTTP headers
        of a call, as the REST reference says."""
        if not operation.rest_path:
            raise SuperOfficeError(f"{operation.name} has no REST endpoint in the documentation")
        values = {
            p.name: v for p, v in zip(operation.params, _checked(operation, args), strict=False)
        }
        if options.select and not operation.rest_select:
            raise TypeError(f"{operation.name}'s REST endpoint takes no $select")
        body = b""  # as the REST reference's samples: no body parameters, no body
        headers = {"Accept": "application/json"}
        if has_rest_body(operation):
            try:
                data = json.dumps(
                    request_json(operation, values), separators=(",", ":"), allow_nan=False
                )
            except (ValueError, OverflowError) as exc:
                raise EncodeError(operation.name, f"not JSON: {exc}") from None
            except RecursionError:
                raise EncodeError(operation.name, TOO_DEEP_TO_ENCODE) from None
            body = data.encode()
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
        url = self.url(base_url) + operation.rest_path
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
        if content.strip():
            try:
                data = json.loads(content)  # UTF-8 (or -16/-32 by its BOM), strictly
            except (ValueError, RecursionError) as exc:
                if status >= 300:
                    raise HttpStatusError(status, reason, _shown_body(content), headers) from None
                raise ResponseDecodeError(operation.name, _not_json(exc)) from None
        if status >= 300:
            if isinstance(data, dict):
                raise rest_error(status, reason, data, headers)
            raise HttpStatusError(status, reason, _shown_body(content), headers)
        if status == 204 or not operation.results:
            return Response(None, status, _NO_HEADERS)
        try:
            if operation.result is not None:
                value = call_result(operation, decode_results_json(operation, data))
            else:
                codec = operation.results[0].codec
                value = None if data is None else codec.read_json(data, "$")
        except DecodeError as exc:
            raise ResponseDecodeError(operation.name, exc) from exc
        except RecursionError:
            raise ResponseDecodeError(operation.name, _too_deep()) from None
        return Response(value, status, _NO_HEADERS)


def _shown_body(content: bytes) -> str:
    """The start of a body, for an error: text, at most 2,000 characters."""
    return content[:2000].decode("utf-8", "replace")


def _not_json(error: Exception) -> ValueError:
    if isinstance(error, RecursionError):
        return _too_deep()
    return ValueError(f"not JSON: {str(error)[:200]}")


def _too_deep() -> DecodeError:
    return DecodeError("$", "nested too deeply to decode")


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


# --- options of the agents -------------------------------------------------------------------


async def _asleep(seconds: float) -> None:
    import asyncio  # on the first retry of an async call: importing it costs 20 ms

    await asyncio.sleep(seconds)


@dataclasses.dataclass(frozen=True)
class Retry:
    """When a call is sent again: at most ``attempts`` tries in all, within the call's deadline.

    Only answers that say the server did not run the call (``statuses``: 429 Too Many Requests,
    503 Service Unavailable) and connections that failed before the request was sent are tried
    again, never a call that may have reached the server. The wait honours ``Retry-After``, else
    grows from ``backoff`` seconds, doubling up to ``max_backoff``, jittered. ``sleep``,
    ``asleep`` and ``jitter`` are there for tests."""

    attempts: int = 3
    backoff: float = 0.5
    max_backoff: float = 30.0
    statuses: frozenset[int] = frozenset({429, 503})
    sleep: Callable[[float], None] = time.sleep
    asleep: Callable[[float], Awaitable[None]] = _asleep
    jitter: Callable[[], float] | None = None


NO_RETRY: Final = Retry(attempts=1)
MAX_RESPONSE_BYTES: Final = 64 * 1024 * 1024
"""The largest response body read by default (after inflating it): 64 MiB."""


class BaseUrlSource(Protocol):
    """Where an agent finds its tenant when the base URL can change, such as
    ``superoffice.online.Tenant``: asked before each call, told when the server answered
    ``421 Misdirected Request`` (the tenant moved)."""

    def base_url(self) -> str: ...

    async def abase_url(self) -> str: ...

    def invalidate(self) -> None: ...


class ResponseTooLargeError(SuperOfficeError):
    """A response body larger than the agent's ``max_response_bytes`` (after inflating it)."""

    def __init__(self, operation: str, limit: int) -> None:
        super().__init__(f"{operation}: the response is larger than {limit} bytes; not read")
        self.operation = operation
        self.limit = limit


@dataclasses.dataclass(frozen=True)
class Raw:
    """A call's HTTP exchange as bytes (``with_options(keep_raw=True)``)."""

    method: str
    url: str
    request_headers: Mapping[str, str] = dataclasses.field(repr=False)
    request_body: bytes = dataclasses.field(repr=False)
    status: int
    response_headers: Mapping[str, str] = dataclasses.field(repr=False)
    response_body: bytes = dataclasses.field(repr=False)


_PROTECTED_HEADERS = frozenset(
    {
        "authorization",
        "so-apptoken",
        "content-type",
        "content-length",
        "soapaction",
        "accept",
        "accept-encoding",
        "host",
        "transfer-encoding",
    }
)
"""Headers ``with_options(headers=...)`` may not set: the agent sets them, once each."""


def checked_secret(name: str, value: str | None, *, text: bool = False) -> str | None:
    """A credential or header value as given, refused (without showing it) unless an HTTP
    header carries it unchanged: printable ASCII, no space at either end. ``text`` values (a
    user name, a password: sent base64-encoded) may hold any character but a control character.
    A newline in a ticket would end up in logs, or split a header."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{name} is empty (leave it out instead)")
    if text:
        if any(ord(c) < 32 or ord(c) == 127 for c in value):
            raise ValueError(f"{name} contains a control character (the value is not shown)")
    elif not (value.isascii() and value.isprintable()) or value != value.strip():
        raise ValueError(
            f"{name} must be printable ASCII with no space at either end (the value is not shown)"
        )
    return value


# --- the four callers ------------------------------------------------------------------------


class SyncCalls:
    """What generated sync method sets call: one operation, its arguments in WSDL order."""

    def _call(self, operation: Operation[_R], args: Sequence[Any]) -> _R:
        raise NotImplementedError


class AsyncCalls:
    """What generated async method sets call."""

    async def _call(self, operation: Operation[_R], args: Sequence[Any]) -> _R:
        raise NotImplementedError


_Step = Literal["done", "moved", "retry"]


class _Caller:
    """What sync and async callers share: where calls go, with which options, how a request is
    built, and what an answer means for the call (done, tenant moved, try again)."""

    _protocol: _Soap | _Rest
    _client: httpx.Client | httpx.AsyncClient
    _owns_client: bool
    _made_client: bool
    """Whether the client is one the agent made (the agent it came from, for ``with_options``)."""
    _options: CallOptions = CallOptions()

    def _setup(
        self,
        base_url: str | BaseUrlSource,
        protocol: _Soap | _Rest,
        *,
        timeout: float,
        auth: httpx.Auth | None,
        retry: Retry | None,
        rate_limit: RateLimit | None,
        max_response_bytes: int,
    ) -> None:
        if isinstance(base_url, str):
            checked_base_url(base_url)
        if not timeout > 0:
            raise ValueError("timeout must be a positive number of seconds")
        self._base = base_url
        self._protocol = protocol
        self._timeout = timeout
        self._auth = auth
        self._retry = retry or NO_RETRY
        self._rate_limit = rate_limit
        self._max_response_bytes = max_response_bytes
        self._last: contextvars.ContextVar[Response[Any] | None] = contextvars.ContextVar(
            f"{type(self).__name__}.last_response", default=None
        )

    def __repr__(self) -> str:
        where = self._base if isinstance(self._base, str) else repr(self._base)
        return f"{type(self).__name__}({self._protocol.url(where)!r})"

    @property
    def last_response(self) -> Response[Any] | None:
        """The full response of the last call made in this thread or task (each sees its own),
        or None. ``invoke`` returns the same thing directly."""
        return self._last.get()

    def with_options(
        self,
        *,
        timeout: float | None = None,
        headers: Mapping[str, str] | None = None,
        select: Sequence[str] | None = None,
        keep_raw: bool | None = None,
    ) -> Self:
        """This agent with other options for the calls made through it (the same connection
        pool and credentials): ``timeout`` in seconds, extra HTTP ``headers``, for REST
        ``select``, the fields a call returns (``$select``), and ``keep_raw`` to keep each
        exchange's bytes on the response (``Response.raw``)::

            contacts = rest.with_options(select=["Name", "Department"])
            contacts.get_contact_entity(contact_entity_id=5)
        """
        if select is not None and isinstance(self._protocol, _Soap):
            raise TypeError("select ($select) is a REST query option; SOAP has none")
        if isinstance(select, str) or not all(isinstance(f, str) for f in select or ()):
            raise TypeError("select takes a list of field names (str), not one string")
        if timeout is not None and not timeout > 0:
            raise ValueError("timeout must be a positive number of seconds")
        for name, value in (headers or {}).items():
            if name.lower() in _PROTECTED_HEADERS:
                raise ValueError(
                    f"header {name!r} is the agent's own (credentials go in ticket=, token= or"
                    " auth=; the protocol sets the rest)"
                )
            checked_secret(f"header {name!r}", value)
        options = self._options
        changed = copy.copy(self)
        changed._owns_client = False  # the agent it came from closes the connection pool
        changed._options = CallOptions(
            timeout=options.timeout if timeout is None else timeout,
            headers={**options.headers, **(headers or {})},
            select=options.select if select is None else tuple(select),
            keep_raw=options.keep_raw if keep_raw is None else keep_raw,
        )
        return changed

    def _make_request(
        self, operation: Operation[Any], args: Sequence[Any], base: str, timeout: float
    ) -> httpx.Request:
        if not isinstance(operation, Operation):
            raise TypeError(
                f"operation must be an Operation (such as erpsync.FORCE_RESYNC),"
                f" not {type(operation).__name__}"
            )
        if isinstance(args, str | bytes | Mapping) or not isinstance(args, Sequence):
            raise TypeError(
                f"{operation.name}: args is a sequence of values in WSDL order (UNSET for an"
                f" absent one), not {type(args).__name__}"
            )
        outgoing = self._protocol.request(operation, args, self._options, base)
        # httpx's timeout extension as httpx.Timeout(timeout) would write it
        extensions: dict[str, Any] = {
            "timeout": {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}
        }
        if outgoing.envelope is not None:
            extensions[SOAP_ENVELOPE] = outgoing.envelope
        url = _parsed_url(outgoing.url)
        if self._made_client:
            request = _plain_request(
                self._client, outgoing.method, url, outgoing.content, extensions
            )
        else:
            request = self._client.build_request(
                outgoing.method, url, content=outgoing.content, extensions=extensions
            )
        # The call's headers, set one by one on the built request (over the client's): merged
        # by build_request, they cost a quarter of building it.
        headers = request.headers
        headers["Accept-Encoding"] = ACCEPT_ENCODING
        for name, value in outgoing.headers.items():
            headers[name] = value
        return request

    def _call_timeout(self) -> float:
        return self._timeout if self._options.timeout is None else self._options.timeout

    def _step(
        self, answer: Any, attempt: int, moved: bool, deadline: float
    ) -> tuple[_Step, float]:
        """What an answer means: ``done`` (read it), ``moved`` (the tenant moved: ask where it
        is now and send again, once), ``retry`` after the wait returned."""
        if answer.status == 421 and not isinstance(self._base, str) and not moved:
            self._base.invalidate()
            return "moved", 0.0
        retry = self._retry
        if answer.status in retry.statuses and attempt + 1 < retry.attempts:
            wait = _retry_wait(retry, attempt, answer.headers)
            if time.monotonic() + wait < deadline:
                return "retry", wait
        return "done", 0.0

    def _finish(self, operation: Operation[Any], request: httpx.Request, answer: Any) -> Any:
        response = self._protocol.read(
            operation, answer.status, answer.reason, answer.headers, answer.content
        )
        if self._options.keep_raw:
            response = dataclasses.replace(
                response,
                raw=Raw(
                    request.method,
                    str(request.url),
                    dict(request.headers),
                    request.content,
                    answer.status,
                    dict(answer.headers),
                    answer.content,
                ),
            )
        self._last.set(response)
        return response


@functools.lru_cache(maxsize=128)
def _parsed_url(url: str) -> httpx.URL:
    """``url`` as an ``httpx.URL``, parsed once: an agent's calls go to a few URLs (a SOAP
    agent's to one), and parsing one is a third of building a request. URLs are immutable."""
    import httpx

    return httpx.URL(url)


def _plain_request(
    client: httpx.Client | httpx.AsyncClient,
    method: str,
    url: httpx.URL,
    content: bytes,
    extensions: dict[str, Any],
) -> httpx.Request:
    """The request ``client.build_request(method, url, content=content, extensions=extensions)``
    builds on a client an agent made, which adds its headers and cookies and nothing else (no
    base URL, no query parameters), built without the merging build_request does for any
    client: half the cost of building a request. The same headers in the same order: ``Host``,
    the client's, ``Cookie``, ``Content-Length`` (right after ``Host`` when it is 0)."""
    import httpx

    headers = [(b"Host", url.netloc), *client.headers.raw]
    if not content and method in ("POST", "PUT", "PATCH"):
        headers.insert(1, (b"Content-Length", b"0"))
    request = httpx.Request(
        method,
        url,
        headers=headers,
        cookies=client.cookies,
        stream=httpx.ByteStream(content),
        extensions=extensions,
    )
    if content:
        request.headers["Content-Length"] = str(len(content))
    request.read()
    return request


def _retry_wait(retry: Retry, attempt: int, headers: Any) -> float:
    from . import sending

    after = sending.retry_after(headers)
    if after is not None:
        return after
    return sending.backoff(
        attempt, retry.backoff, retry.max_backoff, retry.jitter or sending.jitter
    )


def _failure(operation: Operation[Any], request: httpx.Request, error: Exception) -> Exception:
    """The typed error for what stopped a call before it had an answer."""
    import httpx

    from . import sending

    where = f"{operation.name}: {request.method} {request.url}"
    if isinstance(error, sending.DeadlinePassed) and error.args:
        return TimeoutError(f"{where}: not sent: {error.args[0]}")
    if isinstance(error, sending.DeadlinePassed | httpx.TimeoutException):
        return TimeoutError(f"{where}: no complete answer within the call's timeout")
    if isinstance(error, sending.BodyTooLarge):
        return ResponseTooLargeError(operation.name, int(error.args[0]))
    if isinstance(error, sending.UnsupportedEncoding):
        return ResponseDecodeError(operation.name, ValueError(f"content encoding {error}"))
    if isinstance(error, httpx.NetworkError):  # connection refused, DNS, TLS: says nothing sent
        return TransportError(f"{where}: {type(error).__name__}: {_short(str(error))}")
    # Other errors (a protocol error, ...) may quote what was sent, credentials included.
    return TransportError(f"{where}: {type(error).__name__}")


def _own_sync_client() -> httpx.Client:
    from . import sending

    return sending.client()


def _own_async_client() -> httpx.AsyncClient:
    from . import sending

    return sending.async_client()


class _SyncCaller(_Caller, SyncCalls):
    _client: httpx.Client

    def _open(self, client: httpx.Client | None) -> None:
        import httpx

        if client is not None and not isinstance(client, httpx.Client):
            raise TypeError(
                f"{type(self).__name__} sends through an httpx.Client, not"
                f" {type(client).__name__} (the Async... agents take an httpx.AsyncClient)"
            )
        self._owns_client = self._made_client = client is None
        self._client = client if client is not None else _own_sync_client()

    def build_request(self, operation: Operation[Any], args: Sequence[Any]) -> httpx.Request:
        """The exact HTTP request a call sends (method, URL, headers, body), without sending
        it; credentials an ``auth`` object adds are added when it is sent."""
        timeout = self._call_timeout()
        base = self._base_by(time.monotonic() + timeout)
        return self._make_request(operation, args, base, timeout)

    def invoke(self, operation: Operation[Any], args: Sequence[Any]) -> Response[Any]:
        """Call ``operation`` with ``args`` in WSDL order (UNSET for absent); the full response."""
        import httpx

        from . import sending

        timeout = self._call_timeout()
        deadline = time.monotonic() + timeout
        attempt, moved = 0, False
        self._last.set(None)
        while True:
            request = self._make_request(operation, args, self._base_by(deadline), timeout)
            try:
                if self._rate_limit is not None:
                    self._rate_limit.acquire(deadline - time.monotonic())
                answer = sending.exchange(
                    self._client, request, self._auth, deadline, self._max_response_bytes
                )
            except httpx.HTTPError as exc:
                if sending.not_sent(exc) and attempt + 1 < self._retry.attempts:
                    wait = _retry_wait(self._retry, attempt, {})
                    if time.monotonic() + wait < deadline:
                        self._retry.sleep(wait)
                        attempt += 1
                        continue
                raise _failure(operation, request, exc) from exc
            except (
                sending.DeadlinePassed,
                sending.BodyTooLarge,
                sending.UnsupportedEncoding,
            ) as e:
                raise _failure(operation, request, e) from None
            step, wait = self._step(answer, attempt, moved, deadline)
            if step == "moved":
                moved = True
                continue
            if step == "retry":
                self._retry.sleep(wait)
                attempt += 1
                continue
            response: Response[Any] = self._finish(operation, request, answer)
            return response

    def _base_by(self, deadline: float) -> str:
        """The tenant's URL, asked of a ``BaseUrlSource`` within the call's deadline."""
        if isinstance(self._base, str):
            return self._base
        from . import sending

        with sending.deadline_of(deadline):
            return self._base.base_url()

    def _call(self, operation: Operation[_R], args: Sequence[Any]) -> _R:
        value: _R = self.invoke(operation, args).value
        return value

    def close(self) -> None:
        """Close the connection pool, if the agent made it (a client you passed in stays open:
        other agents may share it)."""
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class _AsyncCaller(_Caller, AsyncCalls):
    _client: httpx.AsyncClient

    def _open(self, client: httpx.AsyncClient | None) -> None:
        import httpx

        if client is not None and not isinstance(client, httpx.AsyncClient):
            raise TypeError(
                f"{type(self).__name__} sends through an httpx.AsyncClient, not"
                f" {type(client).__name__} (the sync agents take an httpx.Client)"
            )
        self._owns_client = self._made_client = client is None
        self._client = client if client is not None else _own_async_client()

    async def build_request(self, operation: Operation[Any], args: Sequence[Any]) -> httpx.Request:
        """The exact HTTP request a call sends (method, URL, headers, body), without sending
        it; credentials an ``auth`` object adds are added when it is sent."""
        timeout = self._call_timeout()
        base = await self._base_by(time.monotonic() + timeout)
        return self._make_request(operation, args, base, timeout)

    async def invoke(self, operation: Operation[Any], args: Sequence[Any]) -> Response[Any]:
        """Call ``operation`` with ``args`` in WSDL order (UNSET for absent); the full response."""
        import httpx

        from . import sending

        timeout = self._call_timeout()
        deadline = time.monotonic() + timeout
        attempt, moved = 0, False
        self._last.set(None)
        while True:
            base = await self._base_by(deadline)
            request = self._make_request(operation, args, base, timeout)
            try:
                if self._rate_limit is not None:
                    await self._rate_limit.aacquire(deadline - time.monotonic())
                answer = await sending.aexchange(
                    self._client, request, self._auth, deadline, self._max_response_bytes
                )
            except httpx.HTTPError as exc:
                if sending.not_sent(exc) and attempt + 1 < self._retry.attempts:
                    wait = _retry_wait(self._retry, attempt, {})
                    if time.monotonic() + wait < deadline:
                        await self._retry.asleep(wait)
                        attempt += 1
                        continue
                raise _failure(operation, request, exc) from exc
            except (
                sending.DeadlinePassed,
                sending.BodyTooLarge,
                sending.UnsupportedEncoding,
            ) as e:
                raise _failure(operation, request, e) from None
            step, wait = self._step(answer, attempt, moved, deadline)
            if step == "moved":
                moved = True
                continue
            if step == "retry":
                await self._retry.asleep(wait)
                attempt += 1
                continue
            response: Response[Any] = self._finish(operation, request, answer)
            return response

    async def _base_by(self, deadline: float) -> str:
        """The tenant's URL, asked of a ``BaseUrlSource`` within the call's deadline."""
        if isinstance(self._base, str):
            return self._base
        from . import sending

        with sending.deadline_of(deadline):
            try:
                import asyncio

                async with asyncio.timeout(deadline - time.monotonic()):
                    return await self._base.abase_url()
            except TimeoutError:
                raise
            except builtins.TimeoutError:
                raise TimeoutError(
                    "no answer from the tenant lookup within the call's timeout"
                ) from None

    async def _call(self, operation: Operation[_R], args: Sequence[Any]) -> _R:
        value: _R = (await self.invoke(operation, args)).value
        return value

    async def aclose(self) -> None:
        """Close the connection pool, if the agent made it (a client you passed in stays open)."""
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class SoapCaller(_SyncCaller):
    """Synchronous SOAP calls to one agent's ``.svc`` endpoint."""

    _PATH = ""
    _HEADERS: HeaderCodecs

    def __init__(
        self,
        base_url: str | BaseUrlSource,
        *,
        ticket: str | None = None,
        app_token: str | None = None,
        time_zone_id: int | None = None,
        time_zone_code: str | None = None,
        timeout: float = 30.0,
        client: httpx.Client | None = None,
        auth: httpx.Auth | None = None,
        retry: Retry | None = Retry(),
        rate_limit: RateLimit | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        _one_way_in(auth, ticket=ticket)
        protocol = _Soap(
            self._PATH,
            self._HEADERS,
            ticket=checked_secret("ticket", ticket),
            app_token=checked_secret("app_token", app_token),
            time_zone_id=time_zone_id,
            time_zone_code=checked_secret("time_zone_code", time_zone_code),
        )
        self._setup(
            base_url,
            protocol,
            timeout=timeout,
            auth=auth,
            retry=retry,
            rate_limit=rate_limit,
            max_response_bytes=max_response_bytes,
        )
        self._open(client)


class AsyncSoapCaller(_AsyncCaller):
    """Asynchronous SOAP calls to one agent's ``.svc`` endpoint."""

    _PATH = ""
    _HEADERS: HeaderCodecs

    def __init__(
        self,
        base_url: str | BaseUrlSource,
        *,
        ticket: str | None = None,
        app_token: str | None = None,
        time_zone_id: int | None = None,
        time_zone_code: str | None = None,
        timeout: float = 30.0,
        client: httpx.AsyncClient | None = None,
        auth: httpx.Auth | None = None,
        retry: Retry | None = Retry(),
        rate_limit: RateLimit | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        _one_way_in(auth, ticket=ticket)
        protocol = _Soap(
            self._PATH,
            self._HEADERS,
            ticket=checked_secret("ticket", ticket),
            app_token=checked_secret("app_token", app_token),
            time_zone_id=time_zone_id,
            time_zone_code=checked_secret("time_zone_code", time_zone_code),
        )
        self._setup(
            base_url,
            protocol,
            timeout=timeout,
            auth=auth,
            retry=retry,
            rate_limit=rate_limit,
            max_response_bytes=max_response_bytes,
        )
        self._open(client)


def _one_way_in(auth: httpx.Auth | None, **credentials: str | None) -> None:
    """Credentials come as arguments or as ``auth``, not both: ``auth`` would win silently."""
    given = [name for name, value in credentials.items() if value is not None]
    if auth is not None and given:
        raise ValueError(f"give {' and '.join(given)}= or auth=, not both (auth= would win)")


def _rest_protocol(
    ticket: str | None,
    token: str | None,
    user: str | None,
    password: str | None,
    app_token: str | None,
    language: str | None,
    culture: str | None,
    accept_language: str | None,
    time_zone: str | None,
) -> _Rest:
    if (user is None) != (password is None):
        raise ValueError("user= and password= go together (Basic credentials)")
    given = [
        name for name, v in (("ticket", ticket), ("token", token), ("user", user)) if v is not None
    ]
    if len(given) > 1:
        raise ValueError(
            f"give one of ticket=, token= or user= and password=, not {' and '.join(given)}"
        )
    if user is not None and ":" in user:
        raise ValueError("user must not contain ':' (Basic credentials split at the first one)")
    return _Rest(
        authorization=rest_authorization(
            checked_secret("ticket", ticket),
            checked_secret("token", token),
            checked_secret("user", user, text=True),
            checked_secret("password", password, text=True),
        ),
        app_token=checked_secret("app_token", app_token),
        language=checked_secret("language", language),
        culture=checked_secret("culture", culture),
        accept_language=checked_secret("accept_language", accept_language),
        time_zone=checked_secret("time_zone", time_zone),
    )


class RestCaller(_SyncCaller):
    """Synchronous REST calls (``POST /api/v1/Agents/<Agent>/<Operation>``)."""

    def __init__(
        self,
        base_url: str | BaseUrlSource,
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
        retry: Retry | None = Retry(),
        rate_limit: RateLimit | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        _one_way_in(auth, ticket=ticket, token=token, user=user)
        protocol = _rest_protocol(
            ticket, token, user, password, app_token, language, culture, accept_language, time_zone
        )
        self._setup(
            base_url,
            protocol,
            timeout=timeout,
            auth=auth,
            retry=retry,
            rate_limit=rate_limit,
            max_response_bytes=max_response_bytes,
        )
        self._open(client)


class AsyncRestCaller(_AsyncCaller):
    """Asynchronous REST calls (``POST /api/v1/Agents/<Agent>/<Operation>``)."""

    def __init__(
        self,
        base_url: str | BaseUrlSource,
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
        retry: Retry | None = Retry(),
        rate_limit: RateLimit | None = None,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        _one_way_in(auth, ticket=ticket, token=token, user=user)
        protocol = _rest_protocol(
            ticket, token, user, password, app_token, language, culture, accept_language, time_zone
        )
        self._setup(
            base_url,
            protocol,
            timeout=timeout,
            auth=auth,
            retry=retry,
            rate_limit=rate_limit,
            max_response_bytes=max_response_bytes,
        )
        self._open(client)
