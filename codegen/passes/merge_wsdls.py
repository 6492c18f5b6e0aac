"""Pass 1: one Service per version from the agents' WSDLs (types still repeated per agent)."""

from __future__ import annotations

from collections import defaultdict

from ..diagnostics import Diagnostics
from ..model import Agent, Service, TypeDef
from ..sources.discover import DocFacts


def merge_wsdls(facts: DocFacts, diags: Diagnostics) -> list[Service]:
    agents: dict[str, dict[str, Agent]] = defaultdict(dict)
    types: dict[str, list[TypeDef]] = defaultdict(list)
    for wsdl in facts.wsdls:
        seen = agents[wsdl.version].get(wsdl.agent.name)
        if seen is not None:
            diags.warn(
                wsdl.agent.sources[0].rpartition(":")[0],
                int(wsdl.agent.sources[0].rpartition(":")[2]),
                "wsdl-duplicate-agent",
                f"{wsdl.version} {wsdl.agent.name} also defined at {seen.sources[0]}; first kept",
            )
            continue
        agents[wsdl.version][wsdl.agent.name] = wsdl.agent
        types[wsdl.version].extend(wsdl.types)
    return [
        Service(
            version=version,
            agents=tuple(a for _, a in sorted(agents[version].items())),
            types=tuple(types[version]),
        )
        for version in sorted(agents, key=lambda v: (len(v), v))
    ]
