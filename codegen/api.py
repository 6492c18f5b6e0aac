"""The Python API for build scripts: the same jobs as the ``codegen`` command, as functions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostics
from .fsutil import write_if_changed
from .model import Service
from .passes import link
from .snapshot import service_to_json, snapshot_path
from .sources.discover import read_docs

Progress = Callable[[int, int, str], None]


@dataclass
class ParseResult:
    services: list[Service]
    diagnostics: Diagnostics
    files_read: int
    written: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.diagnostics.errors


def parse_docs(docs: Sequence[Path], progress: Progress | None = None) -> ParseResult:
    """Read documentation folders (or single files) into one linked model per Services version."""
    diags = Diagnostics()
    for root in docs:
        if not root.exists():
            diags.error(str(root), 0, "docs-missing", "no such file or folder")
    facts = read_docs([r for r in docs if r.exists()], diags, progress)
    return ParseResult(link(facts, diags), diags, facts.files)


def write_snapshots(result: ParseResult, specs: Path) -> list[Path]:
    """Write ``specs/servicesNN.json`` for every version; unchanged files are not touched."""
    written = []
    for service in result.services:
        path = snapshot_path(specs, service.version)
        if write_if_changed(path, service_to_json(service).encode("utf-8")):
            written.append(path)
    result.written = written
    return written


def parse(docs: Sequence[Path], specs: Path = Path("specs"), progress: Progress | None = None) -> ParseResult:
    """Parse the docs and write the snapshots (what ``codegen parse`` does)."""
    result = parse_docs(docs, progress)
    write_snapshots(result, specs)
    return result
