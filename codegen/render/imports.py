"""Import lines for a rendered module body: exactly the names the body uses."""

from __future__ import annotations

import re
from collections.abc import Mapping

# Modules generated code uses by attribute (``dataclasses.dataclass``, ``etree.SubElement``).
_STDLIB = ("dataclasses", "datetime", "decimal", "enum", "importlib")
_THIRD = {"etree": "from lxml import etree", "httpx": "import httpx"}
_TYPING = ("Any", "TYPE_CHECKING")

_STRINGS = re.compile(r'"""[\s\S]*?"""|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'')
_NAME = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]*\b")
_KEYWORD_ARGUMENT = re.compile(r"\b\w+=(?!=)")
_DEFINED = re.compile(r"^(?:def|class)\s+(\w+)|^(\w+)\s*(?::[^=\n]*)?=", re.M)


def used_names(body: str) -> set[str]:
    """Identifiers in code, outside string literals and docstrings."""
    code = _KEYWORD_ARGUMENT.sub("", _STRINGS.sub('""', body))
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
    for name in sorted(used):
        module = symbols.get(name)
        if module is not None:
            local.setdefault(module, []).append(name)
    local_lines = [
        f"from {module} import {', '.join(names)}"
        for module, names in sorted(local.items(), key=lambda item: (-item[0].count("."), item[0]))
    ]
    blocks = ["from __future__ import annotations"]
    for group in (stdlib, third, local_lines):
        if group:
            blocks.append("\n".join(group))
    return "\n\n".join(blocks)
