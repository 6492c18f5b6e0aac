"""Pass 6: decide every Python name, once.

snake_case operations, parameters and fields; PascalCase classes; CONSTANT_CASE enum members;
keyword-safe. A variant type ``Name@Agent`` is called ``AgentName`` (a meaningful name, never a
numeric suffix); an element sharing its type's name is the normal WCF case and changes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from ..diagnostics import Diagnostics
from ..model import EnumType, Field, RecordType, Service, TypeDef
from ..naming import constant_case, module_name, pascal_case, snake_case

# What every generated record has besides its fields: a field may not take these names.
RECORD_MEMBERS = frozenset({"extra", "to_xml", "from_xml", "to_json", "from_json"})


def _unique(names: Iterable[str], taken: set[str] | None = None) -> list[str]:
    """Make names unique by appending underscores (``url``, ``url_``); order decides."""
    seen = set(taken or ())
    out = []
    for name in names:
        while name in seen:
            name += "_"
        seen.add(name)
        out.append(name)
    return out


def _name_fields(fields: tuple[Field, ...], taken: set[str]) -> tuple[Field, ...]:
    names = _unique((snake_case(f.name) for f in fields), taken)
    return tuple(dataclasses.replace(f, py_name=n) for f, n in zip(fields, names, strict=True))


def _class_name(t: TypeDef) -> str:
    name = pascal_case(t.name)
    if "@" in t.key:
        name = pascal_case(t.key.split("@", 1)[1]) + name
    prefix = t.key.split(":", 1)[0] if ":" in t.key.split("@", 1)[0] else ""
    if prefix not in ("", "arr"):
        name = pascal_case(prefix.rsplit(".", 1)[-1]) + name
    return name


def name_service(service: Service, diags: Diagnostics) -> Service:
    types = {t.key: t for t in service.types}
    class_names = dict(
        zip(sorted(types), _unique(_class_name(types[k]) for k in sorted(types)), strict=True)
    )

    def inherited(t: TypeDef) -> set[str]:
        names: set[str] = set()
        base = t.base if isinstance(t, RecordType) else None
        while base and isinstance(types.get(base), RecordType):
            parent = types[base]
            assert isinstance(parent, RecordType)
            names.update(snake_case(f.name) for f in parent.fields)
            base = parent.base
        return names

    named: list[TypeDef] = []
    for key in sorted(types):
        t = types[key]
        if isinstance(t, RecordType):
            taken = inherited(t) | RECORD_MEMBERS
            t = dataclasses.replace(t, fields=_name_fields(t.fields, taken))
        elif isinstance(t, EnumType):
            member_names = _unique(constant_case(m.name) for m in t.members)
            t = dataclasses.replace(
                t,
                members=tuple(
                    dataclasses.replace(m, py_name=n)
                    for m, n in zip(t.members, member_names, strict=True)
                ),
            )
        named.append(dataclasses.replace(t, py_name=class_names[key]))
    agents = []
    modules = _unique(module_name(a.name) for a in service.agents)
    for agent, module in zip(service.agents, modules, strict=True):
        op_names = _unique(snake_case(op.name) for op in agent.operations)
        ops = tuple(
            dataclasses.replace(
                op,
                py_name=name,
                parameters=_name_fields(op.parameters, set()),
                results=_name_fields(op.results, set()),
            )
            for op, name in zip(agent.operations, op_names, strict=True)
        )
        agents.append(
            dataclasses.replace(
                agent, py_name=pascal_case(agent.name) + "Agent", module=module, operations=ops
            )
        )
    return dataclasses.replace(service, types=tuple(named), agents=tuple(agents))


def name_python(services: list[Service], diags: Diagnostics) -> list[Service]:
    return [name_service(s, diags) for s in services]
