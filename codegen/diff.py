"""What changed between two Services versions, and which changes break callers.

Breaking: a removed agent, operation, parameter, result, type, field or enum member; a changed
type (of a parameter, result, field or base); a changed enum value; a parameter added to an
existing operation (a positional-minded caller or a strict server may reject the call).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from .model import EnumType, Field, Operation, RecordType, Service, TypeDef
from .render.modules import references


@dataclass(frozen=True)
class Change:
    change: str  # added | removed | changed
    what: str  # agent | operation | parameter | result | type | field | member | base
    where: str  # ErpSync.ForceResync.erpConnectionId, PluginResponse.Status, ...
    detail: str = ""
    breaking: bool = False

    def line(self) -> str:
        mark = "!" if self.breaking else " "
        detail = f": {self.detail}" if self.detail else ""
        return f"{mark} {self.change:<7} {self.what:<9} {self.where}{detail}"


def _fields(
    changes: list[Change],
    where: str,
    what: str,
    old: Iterable[Field],
    new: Iterable[Field],
    added_breaks: bool,
) -> None:
    a, b = {f.name: f for f in old}, {f.name: f for f in new}
    for name in a.keys() - b.keys():
        changes.append(Change("removed", what, f"{where}.{name}", a[name].type, True))
    for name in b.keys() - a.keys():
        changes.append(Change("added", what, f"{where}.{name}", b[name].type, added_breaks))
    for name in a.keys() & b.keys():
        if a[name].type != b[name].type:
            changes.append(
                Change(
                    "changed", what, f"{where}.{name}", f"{a[name].type} -> {b[name].type}", True
                )
            )
        elif a[name].nillable != b[name].nillable or a[name].min_occurs != b[name].min_occurs:
            detail = (
                f"nillable {a[name].nillable} -> {b[name].nillable}, "
                f"minOccurs {a[name].min_occurs} -> {b[name].min_occurs}"
            )
            changes.append(
                Change(
                    "changed",
                    what,
                    f"{where}.{name}",
                    detail,
                    b[name].min_occurs > a[name].min_occurs,
                )
            )


def _operation(changes: list[Change], where: str, old: Operation, new: Operation) -> None:
    _fields(changes, where, "parameter", old.parameters, new.parameters, added_breaks=True)
    _fields(changes, where, "result", old.results, new.results, added_breaks=False)
    if old.soap_action.rsplit("/", 2)[-2:] != new.soap_action.rsplit("/", 2)[-2:]:
        changes.append(
            Change(
                "changed", "operation", where, f"soapAction {old.soap_action} -> {new.soap_action}"
            )
        )


def _type(changes: list[Change], old: TypeDef, new: TypeDef) -> None:
    where = new.key
    if old.kind != new.kind:
        changes.append(Change("changed", "type", where, f"{old.kind} -> {new.kind}", True))
        return
    if isinstance(old, RecordType) and isinstance(new, RecordType):
        if old.base != new.base:
            changes.append(Change("changed", "base", where, f"{old.base} -> {new.base}", True))
        _fields(changes, where, "field", old.fields, new.fields, added_breaks=False)
    elif isinstance(old, EnumType) and isinstance(new, EnumType):
        a, b = {m.name: m.value for m in old.members}, {m.name: m.value for m in new.members}
        for name in a.keys() - b.keys():
            changes.append(Change("removed", "member", f"{where}.{name}", str(a[name]), True))
        for name in b.keys() - a.keys():
            changes.append(Change("added", "member", f"{where}.{name}", str(b[name])))
        for name in a.keys() & b.keys():
            if a[name] != b[name]:
                changes.append(
                    Change("changed", "member", f"{where}.{name}", f"{a[name]} -> {b[name]}", True)
                )
        if old.flags != new.flags:
            changes.append(
                Change("changed", "type", where, f"flags {old.flags} -> {new.flags}", True)
            )
    elif old != new and old.kind in ("list", "dict"):
        old_refs, new_refs = references(old), references(new)
        if old_refs != new_refs:
            detail = f"{', '.join(old_refs)} -> {', '.join(new_refs)}"
            changes.append(Change("changed", "type", where, detail, True))


def _used_types(service: Service, agent: str) -> set[str]:
    types = service.type_map()
    try:
        model = service.agent(agent)
    except KeyError:
        return set()
    todo = [f.type for op in model.operations for f in op.parameters + op.results]
    seen: set[str] = set()
    while todo:
        key = todo.pop()
        if key in seen or key not in types:
            continue
        seen.add(key)
        todo.extend(references(types[key]))
    return seen


def diff(old: Service, new: Service, agent: str | None = None) -> list[Change]:
    """Changes from ``old`` to ``new`` (optionally only one agent and the types it uses)."""
    changes: list[Change] = []
    a_agents = {a.name: a for a in old.agents if agent in (None, a.name)}
    b_agents = {a.name: a for a in new.agents if agent in (None, a.name)}
    for name in sorted(a_agents.keys() - b_agents.keys()):
        changes.append(Change("removed", "agent", name, breaking=True))
    for name in sorted(b_agents.keys() - a_agents.keys()):
        changes.append(Change("added", "agent", name))
    for name in sorted(a_agents.keys() & b_agents.keys()):
        a_ops = {o.name: o for o in a_agents[name].operations}
        b_ops = {o.name: o for o in b_agents[name].operations}
        for op in sorted(a_ops.keys() - b_ops.keys()):
            changes.append(Change("removed", "operation", f"{name}.{op}", breaking=True))
        for op in sorted(b_ops.keys() - a_ops.keys()):
            changes.append(Change("added", "operation", f"{name}.{op}"))
        for op in sorted(a_ops.keys() & b_ops.keys()):
            _operation(changes, f"{name}.{op}", a_ops[op], b_ops[op])
    a_types, b_types = old.type_map(), new.type_map()
    if agent is not None:
        keep = _used_types(old, agent) | _used_types(new, agent)
        a_types = {k: v for k, v in a_types.items() if k in keep}
        b_types = {k: v for k, v in b_types.items() if k in keep}
    for key in sorted(a_types.keys() - b_types.keys()):
        changes.append(Change("removed", "type", key, a_types[key].kind, True))
    for key in sorted(b_types.keys() - a_types.keys()):
        changes.append(Change("added", "type", key, b_types[key].kind))
    for key in sorted(a_types.keys() & b_types.keys()):
        _type(changes, a_types[key], b_types[key])
    order = {
        "agent": 0,
        "operation": 1,
        "parameter": 1,
        "result": 1,
        "type": 2,
        "base": 2,
        "field": 2,
        "member": 2,
    }
    return sorted(
        changes,
        key=lambda c: (order[c.what], c.where.split(".")[0], not c.breaking, c.where, c.change),
    )


def report(old: Service, new: Service, changes: list[Change]) -> str:
    breaking = sum(c.breaking for c in changes)
    lines = [
        f"{old.version} -> {new.version}: {len(changes)} changes, {breaking} breaking (marked !)"
    ]
    section = None
    for change in changes:
        title = (
            "Operations"
            if change.what in ("agent", "operation", "parameter", "result")
            else "Types"
        )
        if title != section:
            lines += ["", title]
            section = title
        lines.append(change.line())
    return "\n".join(lines) + "\n"


def as_json(old: Service, new: Service, changes: list[Change]) -> str:
    return (
        json.dumps(
            {"old": old.version, "new": new.version, "changes": [asdict(c) for c in changes]},
            indent=1,
        )
        + "\n"
    )
