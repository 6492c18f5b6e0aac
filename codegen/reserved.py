"""Names generated code already binds, so that no name from the docs may take them.

A generated module imports from ``superoffice.runtime`` and ``superoffice.transport``, from the
standard library and from lxml and httpx, and defines a few names of its own (``NAMESPACE``,
``OPERATIONS``, ``HEADERS``). An agent class inherits the members of the transport's callers
(``invoke``, ``close``, ``with_options``, ...). A record has ``extra`` and its codec methods.
The runtime and transport are read from ``templates/static`` as they are, so a member added
there is reserved the moment it exists.
"""

from __future__ import annotations

import ast
import builtins
from functools import cache

from .fsutil import templates

STATIC = templates() / "static"

EXTERNAL_IMPORTS = {
    "dataclasses": "",
    "datetime": "",
    "decimal": "",
    "enum": "",
    "importlib": "",
    "TYPE_CHECKING": "typing",
    "Any": "typing",
    "etree": "lxml",
}
"""What generated modules import besides runtime, transport and their own version's modules,
and from where (``""``: the module itself, ``import dataclasses``)."""

STDLIB_NAMES = frozenset(EXTERNAL_IMPORTS) | {"annotations", "typing", "lxml", "httpx"}
"""Modules and names generated modules bind besides runtime and transport (``annotations``:
``from __future__ import annotations`` binds it)."""

TEMPLATE_NAMES = frozenset({"NAMESPACE", "OPERATIONS", "HEADERS"})
"""Module-level names the templates define in agent modules and ``headers.py``."""

AGENT_MEMBERS_BASELINE = frozenset(
    {"invoke", "close", "aclose", "with_options", "build_request", "last_response"}
)
"""What every agent class has, whatever ``transport.py`` holds today."""

CALLER_CLASSES = (
    "SyncCalls",
    "AsyncCalls",
    "SoapCaller",
    "AsyncSoapCaller",
    "RestCaller",
    "AsyncRestCaller",
)
"""The transport classes generated method sets and agent classes derive from."""

RECORD_MEMBERS = frozenset({"extra", "to_xml", "from_xml", "to_json", "from_json"})
"""What every generated record has besides its fields."""

FIELD_RESERVED = RECORD_MEMBERS | frozenset(
    {"dataclasses", "datetime", "decimal", "enum", "etree", "typing"}
)
"""Field names that would shadow, in the class body, a module its annotations name."""

ENUM_RESERVED = frozenset({"name", "value", "mro"})
"""Enum member names Python's ``enum`` gives another meaning (compared case-insensitively)."""

PACKAGE_MODULES = frozenset({"types", "headers", "__init__"})
"""Module names a version package has besides its agents."""


@cache
def _tree(name: str) -> ast.Module:
    return ast.parse((STATIC / f"{name}.py").read_text(encoding="utf-8"))


@cache
def static_exports(name: str) -> frozenset[str]:
    """The public top-level names of ``templates/static/<name>.py``."""
    names = set()
    for node in _tree(name).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return frozenset(n for n in names if not n.startswith("_"))


def _class_members(node: ast.ClassDef) -> set[str]:
    names: set[str] = set()
    for item in node.body:
        if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(item.name)
            for sub in ast.walk(item):
                if (
                    isinstance(sub, ast.Attribute)
                    and isinstance(sub.ctx, ast.Store)
                    and isinstance(sub.value, ast.Name)
                    and sub.value.id == "self"
                ):
                    names.add(sub.attr)
        elif isinstance(item, ast.Assign):
            names.update(t.id for t in item.targets if isinstance(t, ast.Name))
        elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            names.add(item.target.id)
    return names


@cache
def agent_members() -> frozenset[str]:
    """Every attribute and method an agent class has from the transport: its callers and their
    bases, methods, class attributes and what their methods set on ``self``."""
    classes = {n.name: n for n in _tree("transport").body if isinstance(n, ast.ClassDef)}
    names = set(AGENT_MEMBERS_BASELINE) | set(dir(object))
    todo = [c for c in CALLER_CLASSES if c in classes]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        node = classes[name]
        names |= _class_members(node)
        todo += [b.id for b in node.bases if isinstance(b, ast.Name) and b.id in classes]
    return frozenset(names)


@cache
def module_level_names() -> frozenset[str]:
    """Names a generated module may bind that are not its own types: runtime and transport
    exports, standard-library and third-party names, template names and builtins."""
    return (
        static_exports("runtime")
        | static_exports("transport")
        | STDLIB_NAMES
        | TEMPLATE_NAMES
        | frozenset(dir(builtins))
    )


def agent_class_names(py_name: str) -> tuple[str, ...]:
    """The classes an agent module defines: method sets, SOAP and REST agents, sync and async."""
    prefix = agent_prefix(py_name)
    return (
        f"{prefix}Methods",
        f"Async{prefix}Methods",
        py_name,
        f"Async{py_name}",
        f"{prefix}RestAgent",
        f"Async{prefix}RestAgent",
    )


def agent_prefix(py_name: str) -> str:
    """``ErpSyncAgent`` -> ``ErpSync``: what the method sets and REST agents are named after."""
    return py_name.removesuffix("Agent") or py_name
