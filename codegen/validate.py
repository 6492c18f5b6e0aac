"""What a model must satisfy before it is rendered, whoever wrote it: the parse, or a hand-edited
snapshot.

Every name generated code prints as an identifier is one (ASCII, no keyword, none of the names
generated code already binds); module names and versions, which become file paths, are plain
lower-case names; every type reference resolves; nothing extends itself and no list or
dictionary holds itself. A problem is an :class:`Invalid` naming the JSON path of the value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from lxml import etree

from .model import (
    MAX_BASES,
    MAX_ENUM_VALUE,
    MAX_NESTING,
    MIN_ENUM_VALUE,
    PRIMITIVES,
    DictType,
    EnumType,
    Field,
    ListType,
    RecordType,
    Service,
    TypeDef,
)
from .naming import codec_const, is_identifier
from .reserved import (
    ENUM_RESERVED,
    FIELD_RESERVED,
    PACKAGE_MODULES,
    agent_class_names,
    agent_members,
    module_level_names,
)

VERSION = re.compile(r"Services[0-9]{1,6}\Z")
MODULE = re.compile(r"[a-z][a-z0-9_]*\Z")
STEM = re.compile(r"[a-z][a-z0-9_]{0,79}\Z")
"""A type's stem names its module file (so at most 80 characters) and its codec functions."""
CONST = re.compile(r"[A-Z][A-Z0-9_]*\Z")
LOWER = re.compile(r"[a-z][A-Za-z0-9_]*\Z")
"""Methods, parameters and fields: they start with a lower-case letter, so they never meet
the constants, classes and private names around them."""
UPPER = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")
AGENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,99}\Z")
"""An agent's wire name: text in docstrings and URLs, never printed as a name itself (its
class and module names are derived), so a keyword such as ``class`` is allowed."""


# --- what reaches the wire: URLs, headers, XML names ------------------------------------------

SOAP_ACTION = re.compile(r"[!#-~]+\Z")
"""A SOAPAction: a URI of printable ASCII, no space, no quote (it is sent quoted in a header)."""
REST_PATH = re.compile(r"/api/v[0-9]+(?:/[A-Za-z0-9_.\-]+)+\Z")
"""A REST endpoint's path below the tenant: plain segments under ``/api/vN/``."""
REST_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
WireKind = Literal["rest path", "rest method", "soap action", "xml name", "xml namespace"]


def wire_problem(kind: WireKind, value: str) -> str | None:
    """Why ``value`` cannot be sent as it is as a ``kind``, or None when it can. The value is
    shown cut to 60 characters, so a hostile one keeps the message short."""
    shown = repr(value[:60]) + ("..." if len(value) > 60 else "")
    if kind == "rest path":
        segments = value.split("/")
        if REST_PATH.match(value) is None or ".." in segments or "." in segments:
            return f"{shown} is not a path below /api/vN/ of plain segments"
    elif kind == "rest method":
        if value not in REST_METHODS:
            return f"{shown} is not an HTTP method ({', '.join(sorted(REST_METHODS))})"
    elif kind == "xml name":
        try:
            etree.QName(value)  # the rule lxml applies when the runtime makes the element
        except ValueError:
            return f"{shown} is not an XML element name"
    elif kind == "xml namespace":
        try:
            etree.Element(etree.QName(value or None, "x"))  # lxml checks it as it makes one
        except ValueError:
            return f"{shown} is not an XML namespace URI"
    elif SOAP_ACTION.match(value) is None:
        return f"{shown} is not a URI of printable ASCII without spaces or quotes"
    return None


def _wire(kind: WireKind, value: str, path: str) -> None:
    problem = wire_problem(kind, value)
    if problem is not None:
        raise Invalid(path, problem)


class Invalid(Exception):
    """A value that must not reach generated code: its JSON path and what is wrong."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


def _name(value: str, path: str, pattern: re.Pattern[str], what: str) -> None:
    if not is_identifier(value) or not pattern.match(value):
        raise Invalid(path, f"{value!r} is not a valid {what} name")


def _unique(names: Iterable[tuple[str, str]], what: str, fold: bool = False) -> None:
    seen: dict[str, str] = {}
    for name, path in names:
        key = name.lower() if fold else name
        if key in seen:
            raise Invalid(path, f"{what} {name!r} is already used at {seen[key]}")
        seen[key] = path


def _ref(key: str, types: dict[str, TypeDef], path: str) -> None:
    if key not in PRIMITIVES and key not in types:
        raise Invalid(path, f"type {key!r} is not defined")


def _fields(
    fields: tuple[Field, ...], types: dict[str, TypeDef], path: str, reserved: frozenset[str]
) -> None:
    for i, f in enumerate(fields):
        where = f"{path}[{i}]"
        _name(f.py_name, f"{where}.py_name", LOWER, "parameter or field")
        _wire("xml name", f.name, f"{where}.name")
        if f.py_name in reserved:
            raise Invalid(f"{where}.py_name", f"{f.py_name!r} is reserved: generated code uses it")
        _ref(f.type, types, f"{where}.type")
        if f.min_occurs < 0:
            raise Invalid(f"{where}.min_occurs", f"{f.min_occurs} is negative")
    _unique(((f.py_name, f"{path}[{i}].py_name") for i, f in enumerate(fields)), "name")


def _held(t: TypeDef) -> list[str]:
    if isinstance(t, ListType):
        return [t.item_type]
    if isinstance(t, DictType):
        return [t.key_type, t.value_type]
    return []


def _no_cycles(types: dict[str, TypeDef], where: dict[str, str]) -> None:
    """No record extends itself (however far round) or more than :data:`MAX_BASES` records one
    above the other; no list or dictionary holds itself without a record between (its
    annotation would never end) or nests more than :data:`MAX_NESTING` deep. Linear."""
    levels: dict[str, int] = {}
    for key in sorted(types):
        chain: dict[str, None] = {}
        current: str | None = key
        while current is not None and current not in levels:
            if current in chain:
                raise Invalid(
                    f"{where[key]}.base", f"{key!r} extends itself (through {current!r})"
                )
            chain[current] = None
            t = types[current]
            base = t.base if isinstance(t, RecordType) else None
            if base is not None and not isinstance(types.get(base), RecordType):
                raise Invalid(f"{where[current]}.base", f"base {base!r} is not a record type")
            current = base
        level = levels[current] if current is not None else 0
        for member in reversed(chain):
            level += 1
            levels[member] = level
            if level > MAX_BASES:
                raise Invalid(
                    f"{where[member]}.base", f"more than {MAX_BASES} bases one above the other"
                )
    depth: dict[str, int] = {}
    for root in sorted(k for k, t in types.items() if isinstance(t, ListType | DictType)):
        if root in depth:
            continue
        grey = {root}
        stack = [root]
        while stack:
            node = stack[-1]
            pending = [
                r
                for r in _held(types[node])
                if isinstance(types.get(r), ListType | DictType) and r not in depth
            ]
            if pending:
                child = pending[0]
                if child in grey:
                    raise Invalid(
                        where[node],
                        f"{node!r} holds itself (through {child!r}) with no record between",
                    )
                grey.add(child)
                stack.append(child)
                continue
            depth[node] = 1 + max((depth[r] for r in _held(types[node]) if r in depth), default=0)
            if depth[node] > MAX_NESTING:
                raise Invalid(
                    where[node], f"lists and dictionaries nested more than {MAX_NESTING} deep"
                )
            stack.pop()
            grey.discard(node)


def _operation_names(service: Service, agent_classes: dict[str, str]) -> None:
    """Each operation's constant, and its result class where it has several results: names
    of the agent's module, so none may be another name the module binds."""
    module_names = set(module_level_names()) | set(agent_classes)
    for t in service.types:
        module_names |= {t.py_name, codec_const(t.stem)}
    for i, agent in enumerate(service.agents):
        names: list[tuple[str, str]] = []
        for j, op in enumerate(agent.operations):
            path = f"$.service.agents[{i}].operations[{j}]"
            _name(op.const, f"{path}.const", CONST, "constant")
            names.append((op.const, f"{path}.const"))
            if len(op.results) > 1:
                _name(op.result_class, f"{path}.result_class", UPPER, "class")
                names.append((op.result_class, f"{path}.result_class"))
            elif op.result_class:
                raise Invalid(
                    f"{path}.result_class", "only an operation with several results has one"
                )
        for name, path in names:
            if name in module_names:
                raise Invalid(path, f"{name!r} would shadow a name generated code uses")
        _unique(names, "name")


def validate_service(service: Service) -> None:
    """Raise :class:`Invalid` for the first value of ``service`` that must not be rendered."""
    if not VERSION.match(service.version):
        raise Invalid("$.service.version", f"{service.version!r} is not a Services version")
    types: dict[str, TypeDef] = {}
    where: dict[str, str] = {}
    for i, t in enumerate(service.types):
        path = f"$.service.types[{i}]"
        if t.key in types:
            raise Invalid(f"{path}.key", f"type {t.key!r} is defined twice ({where[t.key]})")
        if not t.key:
            raise Invalid(f"{path}.key", "empty type key")
        types[t.key] = t
        where[t.key] = path
    reserved_classes = set(module_level_names())
    agent_classes: dict[str, str] = {}
    modules: list[tuple[str, str]] = []
    for i, agent in enumerate(service.agents):
        path = f"$.service.agents[{i}]"
        if not isinstance(agent.name, str) or not AGENT.match(agent.name):
            raise Invalid(f"{path}.name", f"{agent.name!r} is not a valid agent name")
        _name(agent.py_name, f"{path}.py_name", UPPER, "agent class")
        _wire("xml namespace", agent.namespace, f"{path}.namespace")
        if not agent.namespace:  # its prefix is declared on every request
            raise Invalid(f"{path}.namespace", "empty: an agent's operations are in a namespace")
        _name(agent.module, f"{path}.module", MODULE, "module")
        if agent.module in PACKAGE_MODULES:
            raise Invalid(f"{path}.module", f"{agent.module!r} is a module every package has")
        modules.append((agent.module, f"{path}.module"))
        for cls in agent_class_names(agent.py_name):
            if cls in reserved_classes:
                raise Invalid(
                    f"{path}.py_name", f"class {cls!r} would shadow a name generated code uses"
                )
            agent_classes.setdefault(cls, f"{path}.py_name")
    _unique(modules, "module", fold=True)  # one file each, on case-insensitive file systems too
    _unique(
        ((a.name, f"$.service.agents[{i}].name") for i, a in enumerate(service.agents)), "agent"
    )
    members = agent_members()
    for i, agent in enumerate(service.agents):
        for j, op in enumerate(agent.operations):
            path = f"$.service.agents[{i}].operations[{j}]"
            _name(op.py_name, f"{path}.py_name", LOWER, "method")
            if op.py_name in members:
                raise Invalid(
                    f"{path}.py_name",
                    f"{op.py_name!r} would shadow the agent's own {op.py_name!r}",
                )
            _wire("xml name", op.name, f"{path}.name")  # the request element's name too
            for side, headers in (
                ("request", op.request_headers),
                ("response", op.response_headers),
            ):
                for k, h in enumerate(headers):
                    _wire("xml name", h.name, f"{path}.{side}_headers[{k}].name")
                    _ref(h.type, types, f"{path}.{side}_headers[{k}].type")
            if op.soap_action:  # empty: the default, derived when the call is made
                _wire("soap action", op.soap_action, f"{path}.soap_action")
            for side, element in (("input", op.input_element), ("output", op.output_element)):
                if element:
                    _wire("xml name", element, f"{path}.{side}_element")
            if op.rest is not None:
                _wire("rest path", op.rest.path, f"{path}.rest.path")
                _wire("rest method", op.rest.method, f"{path}.rest.method")
            _fields(op.parameters, types, f"{path}.parameters", frozenset({"self"}))
            _fields(op.results, types, f"{path}.results", frozenset())
        ops = agent.operations
        _unique(
            (
                (op.py_name, f"$.service.agents[{i}].operations[{j}].py_name")
                for j, op in enumerate(ops)
            ),
            "method",
        )
        _unique(
            ((op.name, f"$.service.agents[{i}].operations[{j}].name") for j, op in enumerate(ops)),
            "operation",
        )
    class_names: list[tuple[str, str]] = []
    stems: list[tuple[str, str]] = []
    for key, t in types.items():
        path = where[key]
        _name(t.py_name, f"{path}.py_name", UPPER, "class")
        _wire("xml name", t.name, f"{path}.name")
        _wire("xml namespace", t.namespace, f"{path}.namespace")
        if t.py_name in reserved_classes:
            raise Invalid(
                f"{path}.py_name", f"class {t.py_name!r} would shadow a name generated code uses"
            )
        if t.py_name in agent_classes:
            raise Invalid(
                f"{path}.py_name",
                f"class {t.py_name!r} is an agent class ({agent_classes[t.py_name]})",
            )
        class_names.append((t.py_name, f"{path}.py_name"))
        _name(t.stem, f"{path}.stem", STEM, "module and codec")
        stems.append((t.stem, f"{path}.stem"))
        if isinstance(t, RecordType):
            if t.base is not None:
                _ref(t.base, types, f"{path}.base")
            _fields(t.fields, types, f"{path}.fields", FIELD_RESERVED)
            _unique(
                ((f.name, f"{path}.fields[{j}].name") for j, f in enumerate(t.fields)), "element"
            )
        elif isinstance(t, EnumType):
            for j, m in enumerate(t.members):
                mpath = f"{path}.members[{j}]"
                _name(m.py_name, f"{mpath}.py_name", UPPER, "enum member")
                if m.py_name.lower() in ENUM_RESERVED:
                    raise Invalid(
                        f"{mpath}.py_name", f"{m.py_name!r} means something else in an enum"
                    )
                if not MIN_ENUM_VALUE <= m.value <= MAX_ENUM_VALUE:
                    raise Invalid(f"{mpath}.value", f"{m.value} is out of the 64-bit range")
            _unique(
                ((m.py_name, f"{path}.members[{j}].py_name") for j, m in enumerate(t.members)),
                "member",
            )
            _unique(
                ((m.name, f"{path}.members[{j}].name") for j, m in enumerate(t.members)), "value"
            )
        elif isinstance(t, ListType):
            _ref(t.item_type, types, f"{path}.item_type")
        else:
            _ref(t.key_type, types, f"{path}.key_type")
            _ref(t.value_type, types, f"{path}.value_type")
    _unique(class_names, "class")
    _unique(stems, "stem")
    # a types module binds its classes, its codec constants and, once imported, its name
    module_level = {codec_const(stem): path for stem, path in stems} | dict(stems)
    for name, path in class_names:
        if name in module_level:
            raise Invalid(
                path, f"class {name!r} would shadow a types module or codec ({module_level[name]})"
            )
    _no_cycles(types, where)
    _operation_names(service, agent_classes)
    # a record's fields together with those it inherits: one attribute each
    for t in types.values():
        if not isinstance(t, RecordType):
            continue
        chain: list[tuple[str, str]] = []
        current: TypeDef | None = t
        while isinstance(current, RecordType):
            path = where[current.key]
            chain += [
                (f.py_name, f"{path}.fields[{j}].py_name") for j, f in enumerate(current.fields)
            ]
            current = types.get(current.base) if current.base else None
        _unique(chain, "field")
