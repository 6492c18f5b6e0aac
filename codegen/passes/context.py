"""What every pass is given beside the services: the doc facts, the diagnostics, the type sources.

A pass is a function ``(services, context) -> services`` (:data:`Pass`); it reads what it needs
from the context, reports to ``context.diags``, and returns new services (or the same ones, if it
only reports). :func:`codegen.passes.link` makes one context and hands it to every pass.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeAlias

from ..diagnostics import Diagnostics
from ..model import Service, Source
from ..sources.discover import DocFacts

TypeSources: TypeAlias = Mapping[tuple[str, str, str], Source]
"""(version, agent, type key) -> where that agent's WSDL defines the type."""


def type_sources(facts: DocFacts) -> TypeSources:
    """Where each agent's WSDL defines each type, for the diagnostics of later passes (of an
    agent given twice, the WSDL first in ``path:line`` order)."""
    out: dict[tuple[str, str, str], Source] = {}
    for wsdl in sorted(facts.wsdls, key=lambda w: str(w.agent.sources[0])):
        path = wsdl.agent.sources[0].path
        for key, line in wsdl.type_lines.items():
            out.setdefault((wsdl.version, wsdl.agent.name, key), Source(path, line))
    return out


@dataclass(frozen=True)
class PassContext:
    """The inputs every pass shares; made once per parse (:meth:`of`)."""

    facts: DocFacts
    diags: Diagnostics
    type_sources: TypeSources

    @classmethod
    def of(cls, facts: DocFacts, diags: Diagnostics) -> PassContext:
        return cls(facts, diags, type_sources(facts))


Pass: TypeAlias = Callable[[list[Service], PassContext], list[Service]]
"""One step over the model: the services so far and the context in, new services out."""
