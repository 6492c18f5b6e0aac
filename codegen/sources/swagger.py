"""Read Swagger 2.0 files of the REST agent API: endpoints, and the docs of their types."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..diagnostics import Diagnostics
from ..model import RestEndpoint, RestParam
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


def _schema_type(schema: dict[str, Any]) -> str:
    if "$ref" in schema:
        return short_name(schema["$ref"])
    if schema.get("type") == "array":
        return f"array of {_schema_type(schema.get('items', {}))}"
    return str(schema.get("format") or schema.get("type") or "")


def _line_of(text: str, needle: str) -> int:
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else 0


def read_swagger(path: Path, rel: str, diags: Diagnostics) -> SwaggerFile | None:
    try:
        text = read_text(path)
        data = json.loads(text)
    except PageError as exc:
        diags.error(rel, 0, "unreadable", str(exc))
        return None
    except json.JSONDecodeError as exc:
        diags.error(rel, exc.lineno, "swagger-malformed", f"not valid JSON: {exc.msg}")
        return None
    if not isinstance(data, dict) or "paths" not in data:
        diags.error(rel, 1, "swagger-malformed", "no 'paths' object: not a Swagger file")
        return None
    out = SwaggerFile(rel)
    definitions = data.get("definitions") or {}
    for name, schema in sorted(definitions.items()):
        if ".Carriers." in name and name.endswith("Request"):
            continue  # request-body wrappers: their properties are the operation's parameters
        if not isinstance(schema, dict):
            continue
        props = schema.get("properties") or {}
        out.types[short_name(name)] = TypeDoc(
            clean_doc(schema.get("description") or ""),
            {
                p: clean_doc(v.get("description") or "")
                for p, v in props.items()
                if isinstance(v, dict)
            },
        )
    for url_path, methods in (data.get("paths") or {}).items():
        m = _AGENT_PATH.match(url_path)
        if not m or not isinstance(methods, dict):
            diags.warn(
                rel,
                _line_of(text, f'"{url_path}"'),
                "swagger-path",
                f"{url_path}: not an agent operation path",
            )
            continue
        for method, op in methods.items():
            if not isinstance(op, dict):
                continue
            body: list[RestParam] = []
            body_param = ""
            query: list[RestParam] = []
            headers: list[RestParam] = []
            for param in op.get("parameters") or []:
                where = param.get("in")
                if where == "body":
                    ref = (param.get("schema") or {}).get("$ref", "")
                    if not (".Carriers." in ref and ref.endswith("Request")):
                        body_param = str(param.get("name", ""))
                    props = (definitions.get(ref.rsplit("/", 1)[-1]) or {}).get("properties") or {}
                    body = [
                        RestParam(p, _schema_type(s), clean_doc(s.get("description") or ""))
                        for p, s in props.items()
                    ]
                elif where == "query":
                    query.append(
                        RestParam(
                            param["name"],
                            param.get("type", ""),
                            clean_doc(param.get("description") or ""),
                        )
                    )
                elif where == "header":
                    headers.append(
                        RestParam(
                            param["name"],
                            param.get("type", ""),
                            clean_doc(param.get("description") or ""),
                        )
                    )
            responses = op.get("responses") or {}
            status = min((int(code) for code in responses if str(code).isdigit()), default=200)
            response = responses.get(str(status)) or {}
            doc = clean_doc(op.get("summary") or op.get("description") or "")
            out.endpoints[(m.group(1), m.group(2))] = RestEndpoint(
                method=method.upper(),
                path=url_path,
                doc=doc,
                query=tuple(query),
                headers=tuple(headers),
                body=tuple(body),
                status=status,
                response_type=_schema_type(response.get("schema") or {}),
                body_param=body_param,
                sources=(f"{rel}:{_line_of(text, chr(34) + url_path + chr(34))}",),
            )
    return out
