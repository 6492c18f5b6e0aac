"""Import lines for a rendered module body: exactly the names the body uses, in the order isort
(and ruff's ``I`` rules) would give them: ``..`` before ``.``, modules case-insensitively, names
by type (CONSTANTS, Classes, functions), numbers in names compared as numbers."""

from __future__ import annotations

import re
from collections.abc import Mapping

# Modules generated code uses by attribute (``dataclasses.dataclass``, ``etree.SubElement``).
_STDLIB = ("dataclasses", "datetime", "decimal", "enum", "importlib")
_THIRD = {"etree": "from lxml import etree", "httpx": "import httpx"}
_TYPING = ("TYPE_CHECKING", "Any")

_STRINGS = re.compile(r'"""[\s\S]*?"""|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'')
_NAME = re.compile(r"(?<![.\w])[A-Za-z_][A-Za-z0-9_]*")  # not an attribute (``Kind.BOOL``)
_KEYWORD_ARGUMENT = re.compile(r"\b\w+=(?!=)")
_INDENTED_TARGET = re.compile(r"^(\s+)\w+(?=\s*(?::|=(?!=)))", re.M)  # ``    BOOL = 3``
_DEFINED = re.compile(r"^(?:def|class)\s+(\w+)|^(\w+)\s*(?::[^=\n]*)?=", re.M)


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


def used_names(body: str) -> set[str]:
    """Identifiers in code, outside string literals and docstrings."""
    code = _KEYWORD_ARGUMENT.sub("", _STRINGS.sub('""', body))
    code = _INDENTED_TARGET.sub(r"\1", code)  # a class attribute or local, not a use
    return set(_NAME.findall(code))


def defined_names(body: str) -> set[str]:
    return {a or b for a, b in _DEFINED.findall(body)}


def import_block(body: str, symbols: Mapping[str, str]) -> str:
    """``symbols`` maps an importable name to its module (``...runtime``, ``.table_right``)."""
    used = used_names(body) - defined_names(body)
    stdlib = [f"import {name}" for name in _STDLIB if name in used]
    typing = [name for name in _TYPING if name in used]
    if typing:
        stdlib.append(f"from typing import {', '.join(typing)}")
    third = sorted(line for name, line in _THIRD.items() if name in used)
    local: dict[str, list[str]] = {}
    for name in sorted(used, key=name_key):
        module = symbols.get(name)
        if module is not None:
            local.setdefault(module, []).append(name)
    local_lines = [
        f"from {module} import {', '.join(local[module])}"
        for module in sorted(local, key=module_key)
    ]
    blocks = ["from __future__ import annotations"]
    for group in (stdlib, third, local_lines):
        if group:
            blocks.append("\n".join(group))
    return "\n\n".join(blocks)
