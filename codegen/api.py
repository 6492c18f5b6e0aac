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


@dataclass
class GenerateResult:
    files: dict[str, bytes]
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)


def render(specs: Path = Path("specs"), progress: Progress | None = None) -> dict[str, bytes]:
    """Render the snapshots in ``specs`` to ``{relative path: bytes}`` without writing anything."""
    from .render.render import render_files
    from .snapshot import load_snapshots

    return render_files(load_snapshots(specs), progress)


def generate(
    specs: Path = Path("specs"), out: Path = Path("generated"), progress: Progress | None = None
) -> GenerateResult:
    """Render the snapshots into ``out``: changed files are replaced atomically, unchanged ones
    are not touched, and generated files no longer produced are removed."""
    files = render(specs, progress)
    result = GenerateResult(files)
    for rel, data in files.items():
        path = out / rel
        if write_if_changed(path, data):
            result.written.append(path)
    package = out / "superoffice"
    if package.is_dir():
        for path in sorted(package.rglob("*")):
            rel = path.relative_to(out).as_posix()
            if path.is_file() and rel not in files and path.suffix in (".py", ".typed"):
                path.unlink()
                result.removed.append(path)
    return result
