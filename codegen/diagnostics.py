"""Diagnostics: what went wrong or looked odd, and where.

Readers and passes never raise for bad input; they report a :class:`Diagnostic` and go on.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, field


class Severity(enum.Enum):
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One finding: ``file:line: severity[kind]: message``."""

    file: str
    line: int
    severity: Severity = field(compare=False)
    kind: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return printable(f"{where}: {self.severity.value}[{self.kind}]: {self.message}")


MAX_SHOWN = 2000
"""A diagnostic longer than this (a name a megabyte long) is cut when shown."""


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: control characters (escape sequences among them),
    line separators and lone surrogates as ``\\x1b``-style escapes, and at most
    :data:`MAX_SHOWN` characters."""
    if len(text) > MAX_SHOWN:
        text = text[:MAX_SHOWN] + f"... ({len(text) - MAX_SHOWN} more characters)"
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)


@dataclass
class Diagnostics:
    """A collector handed to every reader and pass."""

    items: list[Diagnostic] = field(default_factory=list)

    def warn(self, file: str, line: int, kind: str, message: str) -> None:
        self.items.append(Diagnostic(file, line, Severity.WARNING, kind, message))

    def error(self, file: str, line: int, kind: str, message: str) -> None:
        self.items.append(Diagnostic(file, line, Severity.ERROR, kind, message))

    def extend(self, other: Diagnostics) -> None:
        self.items.extend(other.items)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.ERROR]

    def counts_by_kind(self) -> Counter[tuple[str, str]]:
        return Counter((d.severity.value, d.kind) for d in self.items)

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items)
