"""Read Swagger 2.0 files of the REST agent API: endpoints, and the docs of their types."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..diagnostics import Diagnostics
from ..model import RestEndpoint, RestParam, Source
from ..naming import clean_doc
from .page import PageError, read_text

_AGENT_PATH = re.compile(r"^/api/v\d+/Agents/(\w+)/(\w+)$")


@dataclass
class TypeDoc:
    """What Swagger says of a type: its description and its properties' descriptions."""

    doc: str = ""
    fields: dict[str, str] = field(default_factory=dict)


@dataclass
class SwaggerFile:
    path: str
    endpoints: dict[tuple[str, str], RestEndpoint] = field(default_factory=dict)
    types: dict[str, TypeDoc] = field(default_factory=dict)


def short_name(ref: str) -> str:
    """``#/definitions/SuperOffice.CRM.Services.PluginResponse`` -> ``PluginResponse``."""
    return ref.rsplit("/", 1)[-1].rsplit(".", 1)[-1]


_MAX_ITEMS = 32
"""How deep ``array of array of ...`` is followed; beyond, the item type is left unnamed."""


def _schema_type(schema: object) -> str:
    """``PluginResponse``, ``array of int32``, ``string``; "" for anything else. Iterative, so a
    schema nested thousands of arrays deep costs nothing but its length."""
    prefix = ""
    for _ in range(_MAX_ITEMS):
        if not isinstance(schema, dict):
            return prefix
        ref = schema.get("$ref")
        if isinstance(ref, str):
            return prefix + short_name(ref)
        if schema.get("type") == "array":
            prefix += "array of "
            schema = schema.get("items", {})
            continue
        kind = schema.get("format") or schema.get("type") or ""
        return prefix + (kind if isinstance(kind, str) else "")
    return prefix.rstrip()


_SURROGATE = re.compile("[\ud800-\udfff]")


def _text(value: object) -> str:
    """A string from the JSON, or "" for anything else; lone surrogates (``"\\ud800"`` in the
    JSON) become U+FFFD, as they cannot be written out as UTF-8."""
    if not isinstance(value, str):
        return ""
    return _SURROGATE.sub("\ufffd", value)


def _clean_keys(data: Any) -> Any:
    """``data`` with lone surrogates in keys replaced (values go through :func:`_text`).
    Iterative: a document nested as deep as ``json`` allows is walked without recursion."""
    root: list[Any] = [data]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        parent, key = stack.pop()
        value = parent[key]
        if isinstance(value, dict):
            if any(_SURROGATE.search(k) for k in value):
                value = {_text(k): v for k, v in value.items()}
                parent[key] = value
            stack.extend((value, k) for k in value)
        elif isinstance(value, list):
            stack.extend((value, i) for i in range(len(value)))
    return root[0]


_PATH_KEY = re.compile(r'"(/[^"\\\n]*)"\s*:')


def _path_lines(text: str) -> dict[str, int]:
    """The line of each ``"/api/..."``-like key, found in one pass over the text."""
    lines: dict[str, int] = {}
    line, pos = 1, 0
    for match in _PATH_KEY.finditer(text):
        line += text.count("\n", pos, match.start())
        pos = match.start()
        lines.setdefault(match.group(1), line)
    return lines


_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch"})


def _object(value: object, what: str, rel: str, line: int, diags: Diagnostics) -> dict[str, Any]:
    """A JSON object the Swagger must have here, or {} and a warning naming what it was."""
    if isinstance(value, dict):
        return value
    if value is not None:
        diags.warn(
            rel, line, "swagger-shape", f"{what} is {type(value).__name__}, not an object; ignored"
        )
    return {}


def read_swagger(path: Path, rel: str, diags: Diagnostics) -> SwaggerFile | None:
    """Read one Swagger file. A part of the wrong shape (``"definitions": "x"``, a path that is
    a list, a parameter without a name) is a warning and is skipped; the rest is read."""
    try:
        text = read_text(path)
        data = json.loads(text)
    except PageError as exc:
        diags.error(rel, 0, "unreadable", str(exc))
        return None
    except json.JSONDecodeError as exc:
        diags.error(rel, exc.lineno, "swagger-malformed", f"not valid JSON: {exc.msg}")
        return None
    except RecursionError:
        diags.error(rel, 1, "swagger-malformed", "JSON nested too deeply to read")
        return None
    except ValueError as exc:  # an integer of more digits than int() converts
        diags.error(rel, 1, "swagger-malformed", f"not valid JSON: {str(exc).split(';')[0]}")
        return None
    if not isinstance(data, dict) or "paths" not in data:
        diags.error(rel, 1, "swagger-malformed", "no 'paths' object: not a Swagger file")
        return None
    if "\\u" in text:
        data = _clean_keys(data)
    lines = _path_lines(text)
    out = SwaggerFile(rel)
    definitions = _object(data.get("definitions"), "'definitions'", rel, 1, diags)
    for name, schema in sorted(definitions.items()):
        if ".Carriers." in name and name.endswith("Request"):
            continue  # request-body wrappers: their properties are the operation's parameters
        if not isinstance(schema, dict):
            continue
        props = schema.get("properties")
        props = props if isinstance(props, dict) else {}
        out.types[short_name(name)] = TypeDoc(
            clean_doc(_text(schema.get("description"))),
            {
                p: clean_doc(_text(v.get("description")))
                for p, v in props.items()
                if isinstance(v, dict)
            },
        )
    paths = _object(data.get("paths"), "'paths'", rel, 1, diags)
    for url_path, methods in paths.items():
        line = lines.get(url_path, 0)
        m = _AGENT_PATH.match(url_path)
        if not m or not isinstance(methods, dict):
            diags.warn(rel, line, "swagger-path", f"{url_path}: not an agent operation path")
            continue
        for method, op in methods.items():
            if method.lower() not in _METHODS or not isinstance(op, dict):
                continue
            endpoint = _endpoint(url_path, method, op, definitions, rel, line, diags)
            out.endpoints[(m.group(1), m.group(2))] = endpoint
    return out


def _endpoint(
    url_path: str,
    method: str,
    op: dict[str, Any],
    definitions: dict[str, Any],
    rel: str,
    line: int,
    diags: Diagnostics,
) -> RestEndpoint:
    body: list[RestParam] = []
    body_ref: str | None = None
    body_param = ""
    query: list[RestParam] = []
    headers: list[RestParam] = []
    params = op.get("parameters")
    if params is not None and not isinstance(params, list):
        diags.warn(rel, line, "swagger-shape", f"{url_path}: 'parameters' is not a list; ignored")
    for param in params if isinstance(params, list) else []:
        if not isinstance(param, dict) or not _text(param.get("name")):
            diags.warn(rel, line, "swagger-shape", f"{url_path}: a parameter without a name")
            continue
        where = param.get("in")
        name = _text(param.get("name"))
        if where == "body":
            schema = param.get("schema")
            body_ref = _text(schema.get("$ref")) if isinstance(schema, dict) else ""
            if not (".Carriers." in body_ref and body_ref.endswith("Request")):
                body_param = name
        elif where in ("query", "header"):
            item = RestParam(
                name, _text(param.get("type")), clean_doc(_text(param.get("description")))
            )
            (query if where == "query" else headers).append(item)
    if body_ref is not None:  # the last body parameter's wrapper, read once
        wrapper = definitions.get(body_ref.rsplit("/", 1)[-1])
        props = wrapper.get("properties") if isinstance(wrapper, dict) else None
        body = [
            RestParam(_text(p), _schema_type(s), clean_doc(_text(s.get("description"))))
            for p, s in (props.items() if isinstance(props, dict) else ())
            if isinstance(s, dict)
        ]
    responses = op.get("responses")
    responses = responses if isinstance(responses, dict) else {}
    codes = [int(code) for code in responses if re.fullmatch(r"[1-5][0-9][0-9]", code)]
    status = min(codes, default=200)
    response = responses.get(str(status))
    schema = response.get("schema") if isinstance(response, dict) else None
    doc = clean_doc(_text(op.get("summary")) or _text(op.get("description")))
    return RestEndpoint(
        method=method.upper(),
        path=url_path,
        doc=doc,
        query=tuple(query),
        headers=tuple(headers),
        body=tuple(body),
        status=status,
        response_type=_schema_type(schema) if isinstance(schema, dict) else "",
        body_param=body_param,
        sources=(Source(rel, line),),
    )
