"""Linking passes: small steps over the model, each with one job, run in this order."""

from __future__ import annotations

from ..diagnostics import Diagnostics
from ..model import Service, Source
from ..sources.discover import DocFacts
from .attach_docs import attach_docs, undocumented
from .attach_rest import attach_rest
from .dedupe_types import dedupe_types
from .merge_wsdls import merge_wsdls
from .name_python import TypeSources, name_python
from .type_docs import attach_type_docs


def link(facts: DocFacts, diags: Diagnostics) -> list[Service]:
    """Docs facts -> one linked, named :class:`Service` per version."""
    services = merge_wsdls(facts, diags)
    services = dedupe_types(services, diags)
    services = attach_docs(services, facts, diags)
    undocumented(services, diags)
    services = attach_rest(services, facts, diags)
    services = attach_type_docs(services, facts, diags)
    return name_python(services, diags, type_sources(facts))


def type_sources(facts: DocFacts) -> TypeSources:
    """Where each agent's WSDL defines each type, for the diagnostics of later passes (of an
    agent given twice, the WSDL first in ``path:line`` order)."""
    out: dict[tuple[str, str, str], Source] = {}
    for wsdl in sorted(facts.wsdls, key=lambda w: str(w.agent.sources[0])):
        path = wsdl.agent.sources[0].path
        for key, line in wsdl.type_lines.items():
            out.setdefault((wsdl.version, wsdl.agent.name, key), Source(path, line))
    return out
