"""Pass 3: operation pages add descriptions, parameter docs, restrictions and examples.

The WSDL is the authority: a page for an operation the WSDL lacks, a documented parameter the
WSDL lacks, and an agent index page with no WSDL are warnings, never guesses.
"""

from __future__ import annotations

import dataclasses

from ..diagnostics import Diagnostics
from ..model import Operation, Service, Source
from ..sources.soap_page import SoapPage
from .context import PassContext


def _apply_page(op: Operation, page: SoapPage, diags: Diagnostics) -> Operation:
    by_lower = {p.name.lower(): p for p in op.parameters}
    docs: dict[str, str] = {}
    for name, param in page.params.items():
        target = by_lower.get(name.lower())
        if target is None:
            diags.warn(
                page.path,
                param.line,
                "doc-unknown-parameter",
                f"{page.agent}.{page.operation}: documented parameter {name!r} is not in the WSDL",
            )
            continue
        docs[target.name] = param.text
    params = tuple(
        dataclasses.replace(p, doc=docs[p.name]) if p.name in docs else p for p in op.parameters
    )
    return dataclasses.replace(
        op,
        parameters=params,
        doc=op.doc or page.description,
        returns_doc=op.returns_doc or page.returns,
        restrictions=tuple(dict.fromkeys(op.restrictions + tuple(page.restrictions))),
        examples=op.examples + tuple(page.examples),
        sources=op.sources + (Source(page.path, page.line),),
    )


def attach_docs(services: list[Service], context: PassContext) -> list[Service]:
    facts, diags = context.facts, context.diags
    pages: dict[tuple[str, str, str], list[SoapPage]] = {}
    for page in sorted(facts.soap_pages, key=lambda p: p.path):
        pages.setdefault((page.version, page.agent, page.operation), []).append(page)
    used: set[tuple[str, str, str]] = set()
    out = []
    for service in services:
        agents = []
        for agent in service.agents:
            ops = []
            for op in agent.operations:
                key = (service.version, agent.name, op.name)
                for page in pages.get(key, []):
                    op = _apply_page(op, page, diags)
                    used.add(key)
                ops.append(op)
            agents.append(dataclasses.replace(agent, operations=tuple(ops)))
        out.append(dataclasses.replace(service, agents=tuple(agents)))
    known_agents = {(s.version, a.name) for s in services for a in s.agents}
    for key, found in sorted(pages.items()):
        if key in used:
            continue
        for page in found:
            if (key[0], key[1]) in known_agents:
                message = f"{key[0]} {key[1]}.{key[2]}: the agent's WSDL has no such operation"
            else:
                message = f"{key[0]} {key[1]}.{key[2]}: no WSDL for agent {key[1]}"
            diags.warn(page.path, page.line, "doc-no-wsdl-operation", message)
    for index in sorted(facts.index_pages, key=lambda p: p.path):
        if (index.version, index.agent) not in known_agents:
            diags.warn(
                index.path,
                index.line,
                "doc-agent-without-wsdl",
                f"{index.version} {index.agent}: agent index page has no WSDL; agent left out",
            )
    return out


def undocumented(services: list[Service], context: PassContext) -> list[Service]:
    """Operations no page describes: reported so gaps in the docs are visible. The services
    are returned as they came."""
    for service in services:
        for agent in service.agents:
            for op in agent.operations:
                if len(op.sources) == 1:
                    path, line = op.sources[0]
                    context.diags.warn(
                        path,
                        line,
                        "doc-missing-page",
                        f"{service.version} {agent.name}.{op.name}: no operation page",
                    )
    return services
