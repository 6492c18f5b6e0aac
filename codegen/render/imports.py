"""A generated module's imports: the names its view and templates say it uses, each resolved to
its module, in the order isort (and ruff's ``I`` rules) would give them: ``..`` before ``.``,
modules case-insensitively, names by type (CONSTANTS, Classes, functions), numbers in names
compared as numbers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..reserved import EXTERNAL_IMPORTS, static_exports

_DIGITS = re.compile(r"(\d+)")


def natural(text: str) -> tuple[str | int, ...]:
    """A sort key that compares runs of digits as numbers (``item2`` before ``item10``)."""
    return tuple(int(part) if part.isdigit() else part for part in _DIGITS.split(text))


def name_key(name: str) -> tuple[int, tuple[str | int, ...], tuple[str | int, ...]]:
    """Imported names by type: CONSTANTS, then Classes, then functions and variables."""
    kind = 0 if len(name) > 1 and name.isupper() else 1 if name[:1].isupper() else 2
    return kind, natural(name.lower()), natural(name)


def all_key(name: str) -> tuple[int, tuple[str | int, ...]]:
    """``__all__`` order as ruff's RUF022 wants it: CONSTANTS, Classes, the rest; then the
    names as they are spelled, digits compared as numbers."""
    return name_key(name)[0], natural(name)


def module_key(module: str) -> tuple[int, tuple[str | int, ...], tuple[str | int, ...]]:
    """Relative modules, the furthest (most dots) first, then by name."""
    bare = module.lstrip(".")
    return -(len(module) - len(bare)), natural(bare.lower()), natural(bare)


def version_symbols() -> dict[str, str]:
    """Where each name a generated module may import from outside its version's types comes
    from, relative to the version package (``..runtime``, ``.headers``; ``typing``, and ``""``
    for a module imported whole)."""
    symbols = dict(EXTERNAL_IMPORTS)
    symbols.update(dict.fromkeys(static_exports("runtime"), "..runtime"))
    symbols.update(dict.fromkeys(static_exports("transport"), "..transport"))
    symbols["HEADERS"] = ".headers"
    return symbols


class Imports:
    """The names one generated module imports, found where they are written: the view adds
    those its annotations and parameter descriptors name, templates declare those they print
    (``{% do use("put", v.write_xml) %}``). A name the module defines itself is not imported.

    ``symbols`` maps every importable name to its module, relative to the version package
    (:func:`version_symbols` and the version's types); ``own`` is this module, the same way
    (``.types.erp_connection``, ``.erpsync``)."""

    def __init__(self, own: str, symbols: Mapping[str, str]) -> None:
        self.own = own
        self.symbols = symbols
        self.names: dict[str, str] = {}
        """name -> its module"""

    def use(self, *names: str | Iterable[str]) -> str:
        """Import ``names`` (strings, or iterables of them); returns ``""`` so that a template
        may call it in an expression."""
        for item in names:
            for name in (item,) if isinstance(item, str) else item:
                module = self.symbols.get(name)
                if module is None:
                    raise KeyError(
                        f"generated code names {name!r}, which neither the runtime, the "
                        "transport, the standard library nor this version's types define"
                    )
                if module != self.own:
                    self.names[name] = module
        return ""

    def block(self, depth: int) -> str:
        """The import lines, for a module ``depth`` packages below ``superoffice``
        (``services88/erpsync.py`` is 1, ``services88/types/erp_connection.py`` 2)."""
        whole = [f"import {n}" for n, m in sorted(self.names.items()) if m == ""]
        typing = sorted((n for n, m in self.names.items() if m == "typing"), key=name_key)
        if typing:
            whole.append(f"from typing import {', '.join(typing)}")
        third = [f"from lxml import {n}" for n, m in sorted(self.names.items()) if m == "lxml"]
        local: dict[str, list[str]] = {}
        for name in sorted(self.names, key=name_key):
            module = self.names[name]
            if module.startswith("."):
                local.setdefault(_relative(module, depth), []).append(name)
        local_lines = [
            f"from {module} import {', '.join(local[module])}"
            for module in sorted(local, key=module_key)
        ]
        blocks = ["from __future__ import annotations"]
        blocks += ["\n".join(group) for group in (whole, third, local_lines) if group]
        return "\n\n".join(blocks)


def _relative(module: str, depth: int) -> str:
    """A module named relative to the version package, named relative to a module ``depth``
    packages below ``superoffice``: at 2, ``.types.table_right`` is ``.table_right`` and
    ``..runtime`` is ``...runtime``."""
    if depth == 2 and module.startswith(".types."):
        return module[len(".types") :]
    return "." * (depth - 1) + module
