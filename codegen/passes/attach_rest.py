"""Pass 4: REST pages and Swagger add each operation's REST endpoint and REST examples.

The REST API is not versioned like the SOAP services, so an endpoint attaches to the operation
of the same agent and name in every version. The WSDL stays the authority for the result type.
"""

from __future__ import annotations

import dataclasses

from ..model import Example, Operation, RestEndpoint, Service, Source
from ..sources.rest_page import RestPage
from ..validate import wire_problem
from .context import PassContext


def _merge(op: Operation, page: RestPage | None, swagger: RestEndpoint | None) -> RestEndpoint:
    base = swagger or RestEndpoint(method="POST", path="")
    sources = base.sources
    if page is not None:
        sources = (Source(page.path, page.line),) + sources
        base = dataclasses.replace(
            base,
            method=page.method,
            path=page.url_path,
            doc=page.description or base.doc,
            # the query string is spelled as the Swagger declares it, where there is one
            query=swagger.query if swagger and swagger.query else tuple(page.query),
            headers=tuple(page.headers) or base.headers,
            body=tuple(page.body) or base.body,
            status=page.status if page.status != 200 or not swagger else swagger.status,
        )
    response = op.results[0].type if len(op.results) == 1 else base.response_type
    if not op.results:
        response = ""
    # the docs spell the body parameter camelCase; the model uses the WSDL's wire name
    by_lower = {p.name.lower(): p.name for p in op.parameters}
    named = [
        n for n in (page.body_param if page else "", swagger.body_param if swagger else "") if n
    ]
    body_param = next((by_lower[n.lower()] for n in named if n.lower() in by_lower), "")
    if named and not body_param and len(op.parameters) == 1:
        body_param = op.parameters[0].name  # the page's own name for the one parameter
    return dataclasses.replace(
        base, response_type=response, body_param=body_param, sources=sources
    )


def pair_body(op: Operation, rest: RestEndpoint) -> tuple[RestEndpoint, list[str]]:
    """Match the body properties Swagger declares to the operation's parameters: by name, and
    those whose names differ (``ActionResult`` for ``CommandActionResult``) by position. The
    REST body is keyed as Swagger says. Returns the endpoint and what could not be paired."""
    if rest.body_param or not rest.body:
        return rest, []
    query = {q.name.lower() for q in rest.query}
    params = [p.name for p in op.parameters if p.name.lower() not in query]
    by_lower = {name.lower(): name for name in params}
    unmatched_body = [b for b in rest.body if b.name.lower() not in by_lower]
    matched = {by_lower[b.name.lower()] for b in rest.body if b.name.lower() in by_lower}
    unmatched_params = [name for name in params if name not in matched]
    if not unmatched_body:
        return rest, []
    if len(unmatched_body) != len(unmatched_params):
        return rest, [b.name for b in unmatched_body]
    renamed = dict(zip((b.name for b in unmatched_body), unmatched_params, strict=True))
    body = tuple(
        dataclasses.replace(b, param=renamed[b.name]) if b.name in renamed else b
        for b in rest.body
    )
    return dataclasses.replace(rest, body=body), []


def unmatched_query(op: Operation, rest: RestEndpoint) -> list[str]:
    """Query parameters of an endpoint that are no parameter of its operation ($select is an
    option of every call, not a parameter)."""
    names = {p.name.lower() for p in op.parameters}
    return [q.name for q in rest.query if q.name != "$select" and q.name.lower() not in names]


def attach_rest(services: list[Service], context: PassContext) -> list[Service]:
    facts, diags = context.facts, context.diags
    pages: dict[tuple[str, str], RestPage] = {}
    more_examples: dict[tuple[str, str], list[Example]] = {}
    for found in sorted(facts.rest_pages, key=lambda p: p.path):
        key = (found.agent, found.operation)
        more_examples.setdefault(key, []).extend(found.examples)
        # The same endpoint documented twice (a seed copy of a reference page): the first
        # page describes it; every page's examples are kept.
        pages.setdefault(key, found)
    swagger: dict[tuple[str, str], RestEndpoint] = {}
    for file in sorted(facts.swaggers, key=lambda f: f.path):
        swagger.update(file.endpoints)
    used: set[tuple[str, str]] = set()
    out = []
    for service in services:
        agents = []
        for agent in service.agents:
            ops = []
            for op in agent.operations:
                key = (agent.name, op.name)
                page, endpoint = pages.get(key), swagger.get(key)
                if page is None and endpoint is None:
                    ops.append(op)
                    continue
                used.add(key)
                examples = tuple(more_examples.get(key, ()))
                rest, unpaired = pair_body(op, _merge(op, page, endpoint))
                path, line = rest.sources[0]
                problem = wire_problem("rest path", rest.path) or wire_problem(
                    "rest method", rest.method
                )
                if problem is not None:
                    diags.warn(
                        path,
                        line,
                        "rest-bad-endpoint",
                        f"{agent.name}.{op.name}: {problem}; no REST endpoint generated",
                    )
                    ops.append(op)
                    continue
                for name in unmatched_query(op, rest):
                    diags.warn(
                        path,
                        line,
                        "rest-query-unknown",
                        f"{rest.path}: query parameter {name!r} is no parameter of "
                        f"{agent.name}.{op.name}; not sent",
                    )
                for name in unpaired:
                    diags.warn(
                        path,
                        line,
                        "rest-body-unknown",
                        f"{rest.path}: body property {name!r} is no parameter of "
                        f"{agent.name}.{op.name}",
                    )
                for b in rest.body:
                    if b.param:
                        diags.warn(
                            path,
                            line,
                            "rest-body-renamed",
                            f"{rest.path}: REST names parameter {b.param} {b.name!r}; the body "
                            "uses REST's name",
                        )
                doc = op.doc or rest.doc
                params = op.parameters
                body_docs = {b.name: b.doc for b in rest.body if b.doc}
                if body_docs:
                    params = tuple(
                        (
                            p
                            if p.doc or p.name not in body_docs
                            else dataclasses.replace(p, doc=body_docs[p.name])
                        )
                        for p in params
                    )
                restrictions = op.restrictions + tuple(page.restrictions if page else ())
                ops.append(
                    dataclasses.replace(
                        op,
                        doc=doc,
                        parameters=params,
                        rest=rest,
                        restrictions=tuple(dict.fromkeys(r.rstrip(".") for r in restrictions)),
                        examples=op.examples + examples,
                    )
                )
            agents.append(dataclasses.replace(agent, operations=tuple(ops)))
        out.append(dataclasses.replace(service, agents=tuple(agents)))
    for key in sorted(set(pages) | set(swagger)):
        if key in used:
            continue
        if key in pages:
            page = pages[key]
            diags.warn(
                page.path,
                page.line,
                "rest-no-operation",
                f"{page.method} {page.url_path}: no SOAP operation {key[0]}.{key[1]} "
                "in any version",
            )
        else:
            path, line = swagger[key].sources[0]
            diags.warn(
                path,
                line,
                "rest-no-operation",
                f"{swagger[key].path}: no SOAP operation {key[0]}.{key[1]} in any version",
            )
    return out
