"""Pass 1: one Service per version from the agents' WSDLs (types still repeated per agent).

The same agent and version may be documented twice (two doc trees, or an older edition beside a
newer one). Which one is kept must not depend on the order the docs were given in, so it is
chosen by content: the one with more operations (a newer edition adds operations), then more
types, then a content digest and the path, which decide only between editions that differ in
nothing countable. A diagnostic says whether the two are identical or how they differ.

This is the step before the passes, not one of :data:`~codegen.passes.PASSES`: it makes the
services (from ``context.facts``) where every pass takes services and returns them. Given a
list of services to ignore, it would have a pass's signature but not its meaning, and a caller
handing it services would lose them without a word; so it takes the context alone.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import defaultdict

from ..model import Service
from ..sources.wsdl import WsdlFacts
from .context import PassContext


def _content(wsdl: WsdlFacts) -> str:
    """What a WSDL says, without where it was read from."""
    agent = dataclasses.replace(
        wsdl.agent,
        sources=(),
        operations=tuple(dataclasses.replace(op, sources=()) for op in wsdl.agent.operations),
    )
    return repr((agent, sorted(wsdl.types, key=lambda t: t.key)))


def _rank(wsdl: WsdlFacts) -> tuple[int, int, str, str]:
    """Sort key, best first: more operations, more types; then content and path decide
    between editions that tie, so the choice never depends on the order they were read (the
    path as ``path:line`` text, the order it has always been compared in)."""
    digest = hashlib.sha256(_content(wsdl).encode("utf-8")).hexdigest()
    return -len(wsdl.agent.operations), -len(wsdl.types), digest, str(wsdl.agent.sources[0])


def _difference(kept: WsdlFacts, other: WsdlFacts) -> str:
    if _content(kept) == _content(other):
        return "identical"
    parts = []
    kept_ops = {op.name for op in kept.agent.operations}
    other_ops = {op.name for op in other.agent.operations}
    kept_types = {t.key: t for t in kept.types}
    other_types = {t.key: t for t in other.types}
    for label, names in (
        ("operations only in the kept one", sorted(kept_ops - other_ops)),
        ("operations only in the other", sorted(other_ops - kept_ops)),
        ("types only in the kept one", sorted(set(kept_types) - set(other_types))),
        ("types only in the other", sorted(set(other_types) - set(kept_types))),
        (
            "types that differ",
            sorted(
                key
                for key in set(kept_types) & set(other_types)
                if dataclasses.replace(kept_types[key], agents=())
                != dataclasses.replace(other_types[key], agents=())
            ),
        ),
    ):
        if names:
            shown = ", ".join(names[:8]) + (
                f" and {len(names) - 8} more" if len(names) > 8 else ""
            )
            parts.append(f"{label}: {shown}")
    return "; ".join(parts) or "they differ in operation details"


def merge_wsdls(context: PassContext) -> list[Service]:
    """One Service per version from ``context.facts``' WSDLs, sorted by version."""
    by_agent: dict[tuple[str, str], list[WsdlFacts]] = defaultdict(list)
    for wsdl in context.facts.wsdls:
        by_agent[(wsdl.version, wsdl.agent.name)].append(wsdl)
    chosen: dict[str, list[WsdlFacts]] = defaultdict(list)
    for (version, name), editions in sorted(by_agent.items()):
        editions.sort(key=_rank)
        kept = editions[0]
        chosen[version].append(kept)
        for other in editions[1:]:
            path, line = other.agent.sources[0]
            context.diags.warn(
                path,
                line,
                "wsdl-duplicate-agent",
                f"{version} {name} is also defined at {kept.agent.sources[0]}, which is kept; "
                f"the two: {_difference(kept, other)}",
            )
    return [
        Service(
            version=version,
            agents=tuple(w.agent for w in chosen[version]),
            types=tuple(t for w in chosen[version] for t in w.types),
        )
        for version in sorted(chosen, key=lambda v: (len(v), v))
    ]
