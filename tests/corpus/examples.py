"""Decode the corpus's doc examples with the generated packages and re-encode them.

``corpus_examples`` finds examples by scanning the pages itself (not through the model), so a
test can check that the model cites every one of them.
"""

from __future__ import annotations

import importlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree
from superoffice import runtime

from codegen.model import Service, Source
from codegen.sources.discover import example_text

SOAP_NS = (runtime.SOAP11_NS, runtime.SOAP12_NS)
_HEADING = re.compile(r"^#+\s+\w+ (Request|Response)\s*$")
_AGENT_REQUEST = re.compile(r"^(GET|POST|PUT|PATCH|DELETE) /api/v\d+/Agents/\w+/\w+", re.M)


def corpus_examples(corpus: Path) -> set[tuple[Source, str]]:
    """(where it starts, kind) of every example in the corpus, found independently."""
    found: set[tuple[Source, str]] = set()
    for path in sorted(corpus.rglob("*")):
        if not path.is_file() or path.suffix not in (".md", ".txt"):
            continue
        rel = path.relative_to(corpus).as_posix()
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        pending = ""
        plain = not any(line.startswith("```") for line in lines)
        # REST samples count on agent reference pages only (the auth pages have HTTP samples too)
        agent_page = _AGENT_REQUEST.search("\n".join(lines)) is not None
        for number, line in enumerate(lines, start=1):
            if m := _HEADING.match(line):
                pending = "soap-" + m.group(1).lower()
            elif line.startswith("```xml") and pending:
                found.add((Source(rel, number + 1), pending))
                pending = ""
            elif line.startswith("```http!") and agent_page:
                found.add((Source(rel, number + 1), "rest-request"))
            elif line.startswith("```http_") and agent_page:
                found.add((Source(rel, number + 1), "rest-response"))
            elif (
                plain and line.strip().endswith((" Request", " Response")) and " " in line.strip()
            ):
                pending = "soap-" + line.strip().rsplit(" ", 1)[1].lower()
            elif plain and line.startswith("<?xml") and pending:
                found.add((Source(rel, number), pending))
                pending = ""
    return found


@dataclass
class Outcome:
    source: Source
    kind: str
    problem: str = ""
    unknown_keys: int = 0


def tag_tree(element: Any) -> tuple[Any, ...]:
    """Element names (and nil marks) in document order: what an equivalent document keeps."""
    nil = element.get(runtime.XSI_NIL) == "true"
    return (element.tag, nil, tuple(tag_tree(c) for c in element if isinstance(c.tag, str)))


def json_shape(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: json_shape(v) for k, v in sorted(data.items())}
    if isinstance(data, list):
        return [json_shape(v) for v in data]
    return type(data).__name__ if data is not None else None


def _nil_note(original: Any, again: Any) -> str:
    """Name the element where the original says nil and the re-encoding cannot."""
    for a, b in zip(original.iter(), again.iter(), strict=False):
        if a.tag != b.tag:
            return ""
        if a.get(runtime.XSI_NIL) == "true" and b.get(runtime.XSI_NIL) != "true":
            return f" (xsi:nil on non-nillable {etree.QName(a).localname})"
    return ""


def _keys(data: Any, prefix: str = "") -> set[str]:
    if isinstance(data, dict):
        out = set()
        for k, v in data.items():
            out.add(prefix + k)
            out |= _keys(v, prefix + k + ".")
        return out
    if isinstance(data, list):
        return set().union(*(_keys(v, prefix) for v in data)) if data else set()
    return set()


def _unknown_keys(original: Any, again: Any, service: Service) -> str:
    lost = sorted(k.rsplit(".", 1)[-1] for k in _keys(original) - _keys(again))
    return f" (keys unknown to {service.version}: {', '.join(lost)})" if lost else ""


def soap_body_child(root: Any) -> Any:
    for ns in SOAP_NS:
        body = root.find(f"{{{ns}}}Body")
        if body is not None:
            children = [c for c in body if isinstance(c.tag, str)]
            return children[0] if children else None
    raise ValueError("no SOAP Body")


def http_body(text: str) -> Any:
    _head, _, body = text.replace("\r\n", "\n").partition("\n\n")
    body = body.strip()
    return json.loads(body) if body else None


def check_example(
    roots: list[Path], service: Service, agent: str, op_name: str, source: Source, kind: str
) -> Outcome:
    module = importlib.import_module(
        f"superoffice.{service.package}.{service.agent(agent).module}"
    )
    op = module.OPERATIONS[op_name]
    outcome = Outcome(source, kind)
    text = example_text(roots, source)
    try:
        if kind.startswith("soap"):
            root = etree.fromstring(text.strip().encode("utf-8"))
            wrapper = soap_body_child(root)
            if kind == "soap-request":
                values = runtime.decode_request(op, wrapper)
                again = runtime.encode_request(op, values)
                assert runtime.decode_request(op, again) == values, "values change on re-encoding"
            else:
                values = runtime.decode_response(op, wrapper)
                again = runtime.encode_response(op, values)
                assert runtime.decode_response(op, again) == values, "values change on re-encoding"
            if tag_tree(again) != tag_tree(wrapper):
                outcome.problem = "re-encoded document differs in structure" + _nil_note(
                    wrapper, again
                )
        else:
            data = http_body(text)
            if kind == "rest-request":
                values = runtime.decode_request_json(op, data)
                again_json = runtime.request_json(op, values)
                assert runtime.decode_request_json(op, again_json) == values
                if data is None and not again_json:
                    return outcome  # a call without parameters sends no body
            else:
                if not op.results:
                    if data is not None:
                        outcome.problem = "void operation with a response body"
                    return outcome
                (result,) = op.results if len(op.results) == 1 else (None,)
                if result is None:
                    outcome.problem = "REST form of a multi-result operation is not documented"
                    return outcome
                value = None if data is None else result.codec.read_json(data, "$")
                again_json = None if value is None else result.codec.write_json(value)
                assert (
                    None if again_json is None else result.codec.read_json(again_json, "$")
                ) == value
            if json_shape(again_json) != json_shape(data):
                outcome.problem = "re-encoded JSON differs in shape" + _unknown_keys(
                    data, again_json, service
                )
    except runtime.DecodeError as exc:
        outcome.problem = f"DecodeError: {exc.path}: {exc.problem}"  # the path in full
    except AssertionError as exc:
        outcome.problem = f"round trip: {exc}"
    except (ValueError, etree.XMLSyntaxError, json.JSONDecodeError) as exc:
        outcome.problem = f"{type(exc).__name__}: {exc}"
    return outcome
