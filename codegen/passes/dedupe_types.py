"""Pass 2: a type repeated across agents becomes one definition; real differences stay apart.

Type keys are already namespace-resolved by the WSDL reader, so two copies are "the same" when
their definitions are equal apart from which agent declared them. When copies really differ, the
variant declared by most agents (ties: the alphabetically first agent) keeps the plain key and
each other variant becomes ``Name@Agent``; references inside that agent are rewritten, and the
comparison runs again, since a type that refers to a variant now differs too.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from ..diagnostics import Diagnostics
from ..model import Agent, Field, Header, Operation, RecordType, Service, TypeDef
from .context import PassContext


def _shape(t: TypeDef) -> TypeDef:
    return dataclasses.replace(t, agents=())


def _rename_field(f: Field, mapping: dict[str, str]) -> Field:
    return dataclasses.replace(f, type=mapping.get(f.type, f.type))


def _rename_type(t: TypeDef, mapping: dict[str, str]) -> TypeDef:
    if isinstance(t, RecordType):
        return dataclasses.replace(
            t,
            fields=tuple(_rename_field(f, mapping) for f in t.fields),
            base=mapping.get(t.base, t.base) if t.base else None,
        )
    if t.kind == "list":
        return dataclasses.replace(t, item_type=mapping.get(t.item_type, t.item_type))
    if t.kind == "dict":
        return dataclasses.replace(
            t,
            key_type=mapping.get(t.key_type, t.key_type),
            value_type=mapping.get(t.value_type, t.value_type),
        )
    return t


def _rename_operation(op: Operation, mapping: dict[str, str]) -> Operation:
    def header(h: Header) -> Header:
        return Header(h.name, mapping.get(h.type, h.type))

    return dataclasses.replace(
        op,
        parameters=tuple(_rename_field(f, mapping) for f in op.parameters),
        results=tuple(_rename_field(f, mapping) for f in op.results),
        request_headers=tuple(header(h) for h in op.request_headers),
        response_headers=tuple(header(h) for h in op.response_headers),
    )


def _rename_agent(agent: Agent, mapping: dict[str, str]) -> Agent:
    if not mapping:
        return agent
    return dataclasses.replace(
        agent, operations=tuple(_rename_operation(op, mapping) for op in agent.operations)
    )


def dedupe_service(service: Service, diags: Diagnostics) -> Service:
    # Per agent: its own copy of every type it declares.
    per_agent: dict[str, dict[str, TypeDef]] = defaultdict(dict)
    for t in service.types:
        (agent,) = t.agents
        per_agent[agent][t.key] = t
    variant_of: dict[str, dict[str, str]] = defaultdict(dict)  # agent -> plain key -> variant key
    conflicts: dict[str, list[tuple[str, ...]]] = {}  # key -> the agents of each variant
    while True:
        groups: dict[str, dict[TypeDef, list[str]]] = defaultdict(lambda: defaultdict(list))
        for agent, defs in sorted(per_agent.items()):
            for key, t in defs.items():
                if "@" not in key:
                    groups[key][_shape(t)].append(agent)
        new_conflict = False
        for key, shapes in sorted(groups.items()):
            if len(shapes) < 2:
                continue
            ranked = sorted(shapes.items(), key=lambda item: (-len(item[1]), item[1][0]))
            for _, agents in ranked[1:]:
                variant = f"{key}@{agents[0]}"
                for agent in agents:
                    variant_of[agent][key] = variant
            conflicts[key] = [tuple(agents) for _, agents in ranked]
            new_conflict = True
        if not new_conflict:
            break
        # Rename each agent's variants (definitions and references), then compare again.
        for agent, mapping in variant_of.items():
            defs = per_agent[agent]
            renamed: dict[str, TypeDef] = {}
            for key, t in defs.items():
                t = _rename_type(t, mapping)
                new_key = mapping.get(key, key)
                renamed[new_key] = dataclasses.replace(t, key=new_key)
            per_agent[agent] = renamed
    merged: dict[str, TypeDef] = {}
    for agent, defs in sorted(per_agent.items()):
        for key, t in defs.items():
            if key in merged:
                merged[key] = dataclasses.replace(
                    merged[key], agents=merged[key].agents + (agent,)
                )
            else:
                merged[key] = t
    where = {a.name: a.sources[0] for a in service.agents}
    notes = []
    for key, groups_ in sorted(conflicts.items()):
        variants = sorted(k for k in merged if k.startswith(key + "@"))
        note = (
            f"{service.version} {key}: {len(groups_)} different definitions; kept apart as {key}"
        )
        note += "".join(f", {v}" for v in variants)
        notes.append(note)
        path, line = where[groups_[1][0]]
        shown = " | ".join(", ".join(agents) for agents in groups_)
        diags.warn(path, line, "type-conflict", note + f" (agents: {shown})")
    renamed_agents = tuple(_rename_agent(a, variant_of.get(a.name, {})) for a in service.agents)
    return dataclasses.replace(
        service,
        agents=renamed_agents,
        types=tuple(t for _, t in sorted(merged.items())),
        conflicts=tuple(notes),
    )


def dedupe_types(services: list[Service], context: PassContext) -> list[Service]:
    return [dedupe_service(s, context.diags) for s in services]
