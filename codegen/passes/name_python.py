"""Pass 6: decide every Python name, once.

snake_case operations, parameters and fields; PascalCase classes; CONSTANT_CASE enum members;
keyword-safe. A variant type ``Name@Agent`` is called ``AgentName`` (a meaningful name, never a
numeric suffix); an element sharing its type's name is the normal WCF case and changes nothing.

Two names that spell the same in Python (``GetURL`` and ``GetUrl``, ``Foo`` and ``FOO``), and a
name generated code already uses (an operation ``Invoke``, a type ``Record``, a field
``ToXml``), are resolved the same way every time, in the order of the WSDL (types: of their
keys), and each is reported: the first keeps the name, the others get underscores.
"""

from __future__ import annotations

import dataclasses
import hashlib
import keyword
from collections.abc import Iterable

from ..diagnostics import Diagnostics
from ..model import (
    Agent,
    EnumType,
    Field,
    ListType,
    Operation,
    RecordType,
    Service,
    Source,
    TypeDef,
)
from ..naming import codec_const, constant_case, module_name, numbered, pascal_case, snake_case
from ..reserved import (
    FIELD_RESERVED,
    PACKAGE_MODULES,
    agent_class_names,
    agent_members,
    module_level_names,
)
from ..reserved import RECORD_MEMBERS as RECORD_MEMBERS  # re-exported: what records have
from .context import PassContext, TypeSources

NOWHERE = Source("", 0)
"""Where a diagnostic points when the model does not say (a hand-made model without sources)."""


@dataclasses.dataclass(frozen=True)
class Renamed:
    wire: str
    wanted: str
    given: str
    why: str


def _unique(
    names: Iterable[tuple[str, str]], taken: Iterable[str] = (), fold: bool = False
) -> tuple[list[str], list[Renamed]]:
    """Make names unique by appending underscores (``url``, ``url_``); order decides. ``names``
    are (wire name, wanted name); ``fold`` compares them case-insensitively."""
    reserved = {n.lower() if fold else n for n in taken}
    owners: dict[str, str] = {}
    out: list[str] = []
    notes: list[Renamed] = []

    def key(name: str) -> str:
        return name.lower() if fold else name

    for wire, wanted in names:
        name = wanted
        while key(name) in reserved or key(name) in owners:
            name += "_"
        if name != wanted:
            if key(wanted) in owners:
                why = f"as {owners[key(wanted)]!r} is"
            else:
                why = "a name generated code already uses"
            notes.append(Renamed(wire, wanted, name, why))
        owners[key(name)] = wire
        out.append(name)
    return out, notes


def _class_name(t: TypeDef) -> str:
    name = pascal_case(t.name)
    if "@" in t.key:
        name = pascal_case(t.key.split("@", 1)[1]) + name
    prefix = t.key.split(":", 1)[0] if ":" in t.key.split("@", 1)[0] else ""
    if prefix not in ("", "arr"):
        name = pascal_case(prefix.rsplit(".", 1)[-1]) + name
    return name


class _Namer:
    def __init__(self, service: Service, diags: Diagnostics, sources: TypeSources) -> None:
        self.service = service
        self.diags = diags
        self.sources = sources
        self.where_agent = {a.name: _where(a.sources) for a in service.agents}

    def type_where(self, t: TypeDef) -> Source:
        agent = t.agents[0] if t.agents else ""
        found = self.sources.get((self.service.version, agent, t.key.split("@", 1)[0]))
        return found or self.where_agent.get(agent, NOWHERE)

    def report(self, where: Source, what: str, notes: list[Renamed]) -> None:
        for n in notes:
            self.diags.warn(
                where.path,
                where.line,
                "name-collision",
                f"{self.service.version} {what} {n.wire!r}: {n.wanted} is taken ({n.why}); "
                f"named {n.given}",
            )

    def fields(
        self, fields: tuple[Field, ...], taken: set[str], what: str, where: Source
    ) -> tuple[Field, ...]:
        names, notes = _unique(((f.name, snake_case(f.name)) for f in fields), taken)
        self.report(where, what, notes)
        return tuple(dataclasses.replace(f, py_name=n) for f, n in zip(fields, names, strict=True))


def _where(sources: tuple[Source, ...]) -> Source:
    """The first of ``sources``, or :data:`NOWHERE` when there is none."""
    return sources[0] if sources else NOWHERE


def name_service(
    service: Service, diags: Diagnostics, sources: TypeSources | None = None
) -> Service:
    namer = _Namer(service, diags, sources or {})
    types = {t.key: t for t in service.types}
    agent_names = [pascal_case(a.name) + "Agent" for a in service.agents]
    reserved_classes = set(module_level_names())
    for py_name in agent_names:
        reserved_classes.update(agent_class_names(py_name))
    keys = sorted(types)
    class_names, notes = _unique(((k, _class_name(types[k])) for k in keys), reserved_classes)
    for note in notes:
        namer.report(namer.type_where(types[note.wire]), "type", [note])
    class_of = dict(zip(keys, class_names, strict=True))

    def inherited(t: TypeDef) -> set[str]:
        names: set[str] = set()
        seen = {t.key}
        base = t.base if isinstance(t, RecordType) else None
        while base and base not in seen and isinstance(types.get(base), RecordType):
            seen.add(base)
            parent = types[base]
            assert isinstance(parent, RecordType)
            names.update(snake_case(f.name) for f in parent.fields)
            base = parent.base
        return names

    named: list[TypeDef] = []
    for key in keys:
        t = types[key]
        where = namer.type_where(t)
        if isinstance(t, RecordType):
            taken = inherited(t) | FIELD_RESERVED
            t = dataclasses.replace(
                t, fields=namer.fields(t.fields, taken, f"field of {t.key}", where)
            )
        elif isinstance(t, EnumType):
            member_names, notes = _unique((m.name, constant_case(m.name)) for m in t.members)
            namer.report(where, f"member of {t.key}", notes)
            t = dataclasses.replace(
                t,
                members=tuple(
                    dataclasses.replace(m, py_name=n)
                    for m, n in zip(t.members, member_names, strict=True)
                ),
            )
        named.append(dataclasses.replace(t, py_name=class_of[key]))
    agents = []
    modules, notes = _unique(
        ((a.name, module_name(a.name)) for a in service.agents), PACKAGE_MODULES, fold=True
    )
    for note in notes:
        namer.report(namer.where_agent[note.wire], "agent", [note])
    members = agent_members()
    for agent, module, py_name in zip(service.agents, modules, agent_names, strict=True):
        op_names, notes = _unique(
            ((op.name, snake_case(op.name)) for op in agent.operations), members
        )
        by_name = {op.name: op for op in agent.operations}
        for note in notes:
            namer.report(_op_where(by_name[note.wire]), f"{agent.name} operation", [note])
        ops = tuple(
            dataclasses.replace(
                op,
                py_name=name,
                parameters=namer.fields(
                    op.parameters, set(), f"parameter of {agent.name}.{op.name}", _op_where(op)
                ),
                results=namer.fields(
                    op.results, set(), f"result of {agent.name}.{op.name}", _op_where(op)
                ),
            )
            for op, name in zip(agent.operations, op_names, strict=True)
        )
        agents.append(dataclasses.replace(agent, py_name=py_name, module=module, operations=ops))
    named = _with_stems(named, namer, service.version)
    taken = _agent_module_names(named, agents)
    agents = [_with_consts(agent, taken, namer, service.version) for agent in agents]
    return dataclasses.replace(service, types=tuple(named), agents=tuple(agents))


def _op_where(op: Operation) -> Source:
    return _where(op.sources)


MAX_STEM = 80
"""The longest stem: it names a file, and file names have a length limit."""

_ITEM_STEMS = {
    "xs:int": "int",
    "xs:short": "int",
    "xs:long": "int",
    "xs:byte": "int",
    "xs:unsignedByte": "int",
    "xs:unsignedShort": "int",
    "xs:unsignedInt": "int",
    "xs:unsignedLong": "int",
    "xs:boolean": "bool",
    "xs:double": "float",
    "xs:float": "float",
    "xs:decimal": "decimal",
    "xs:dateTime": "datetime",
    "ser:duration": "timedelta",
    "xs:base64Binary": "bytes",
}
"""A list of primitives is named after the Python type of its items (``list_of_int``);
strings and ``xs:anyType`` as ``str`` and ``object``."""


def _natural_stem(t: TypeDef, types: dict[str, TypeDef]) -> str:
    """The snake_case stem of a type's module and codec functions (``table_right``,
    ``list_of_int``), before :func:`_with_stems` makes them unique; a long one is cut to
    :data:`MAX_STEM`, ending in a digest of the whole."""
    name = _long_stem(t, types)
    if len(name) <= MAX_STEM:
        return name
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    return f"{name[: MAX_STEM - 11].rstrip('_')}_{digest}"


def _long_stem(t: TypeDef, types: dict[str, TypeDef]) -> str:
    prefix = ""
    seen: set[str] = set()
    while isinstance(t, ListType) and t.key not in seen:
        seen.add(t.key)
        prefix += "list_of_"
        item = types.get(t.item_type)
        if item is None:
            if t.item_type in _ITEM_STEMS:
                return prefix + _ITEM_STEMS[t.item_type]
            text = t.item_type in ("xs:string", "xs:anyURI", "xs:QName", "ser:guid", "ser:char")
            return prefix + ("str" if text else "object")
        t = item
    name = prefix + snake_case(t.py_name).rstrip("_")
    return name + "_" if keyword.iskeyword(name) else name  # a module named class_, not class


def _with_stems(named: list[TypeDef], namer: _Namer, version: str) -> list[TypeDef]:
    """Every type's stem, unique in the version: it names the type's module file and its
    codec functions, so two types may not share one (``UrlPath`` and ``URLPath`` are both
    ``url_path``). Types take their natural stem in key order; a later one gets ``_2``,
    ``_3``, ..., and is reported."""
    types = {t.key: t for t in named}
    natural = {key: _natural_stem(t, types) for key, t in sorted(types.items())}
    taken = set(natural.values())
    owner: dict[str, str] = {}
    given: dict[str, str] = {}
    for key, name in natural.items():
        if name not in owner:
            owner[name], given[key] = key, name
            continue
        new = numbered(name, taken, "_")
        taken.add(new)
        given[key] = new
        where = namer.type_where(types[key])
        namer.diags.warn(
            where.path,
            where.line,
            "name-collision",
            f"{version} types {owner[name]!r} and {key!r} would share the module and codec "
            f"names {name!r}; {key!r} uses {new!r}",
        )
    return [dataclasses.replace(t, stem=given[t.key]) for t in named]


def _agent_module_names(types: list[TypeDef], agents: list[Agent]) -> set[str]:
    """What an agent module binds besides its operations and result classes: what it imports
    (runtime, transport, the version's types and codecs) and its own classes."""
    names = set(module_level_names())
    for t in types:
        names.add(t.py_name)
        names.add(codec_const(t.stem))
    for agent in agents:
        names.update(agent_class_names(agent.py_name))
    return names


def _with_consts(agent: Agent, module_names: set[str], namer: _Namer, version: str) -> Agent:
    """Each operation's constant and result class (for one with several results), unique in
    the agent's module: ``GetURL``, ``GetUrl`` and ``Get_Url`` are ``GET_URL``, ``GET_URL_2``
    and ``GET_URL_3``, in the WSDL's order; each renamed one is reported."""
    taken = set(module_names)
    ops = []
    for op in agent.operations:
        result = ""
        if len(op.results) > 1:
            result = pascal_case(op.name) + "Result"
            while result in taken:
                result += "_"
            taken.add(result)
        wanted = constant_case(op.name).rstrip("_")
        const = numbered(wanted, taken, "_")
        taken.add(const)
        if const != wanted:
            where = _op_where(op)
            namer.diags.warn(
                where.path,
                where.line,
                "name-collision",
                f"{version} {agent.name} operation {op.name!r}: the constant {wanted} is "
                f"taken; named {const}",
            )
        ops.append(dataclasses.replace(op, const=const, result_class=result))
    return dataclasses.replace(agent, operations=tuple(ops))


def name_python(services: list[Service], context: PassContext) -> list[Service]:
    return [name_service(s, context.diags, context.type_sources) for s in services]
