"""The Python API for build scripts: the same jobs as the ``codegen`` command, as functions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostics
from .fsutil import write_if_changed
from .model import Service
from .passes import link
from .render.format import DEFAULT_FORMATTER, Formatter, Progress
from .snapshot import service_to_json, snapshot_path
from .sources.discover import read_roots
from .validate import Invalid, validate_service


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
    """Read documentation folders (or single files) into one linked model per Services version.

    A folder that does not exist or holds no pages, and docs with no agent WSDL at all, are
    errors. Every model is checked as a snapshot would be (:mod:`codegen.validate`); one that
    fails is an error and is left out, so it is never written."""
    diags = Diagnostics()
    facts = read_roots(docs, diags, progress)
    services = []
    for service in link(facts, diags):
        try:
            validate_service(service)
        except Invalid as exc:
            diags.error(
                str(docs[0]) if docs else "",
                0,
                "model-invalid",
                f"{service.version}: the parsed model cannot be rendered ({exc}); not written",
            )
            continue
        services.append(service)
    if facts.files and not facts.wsdls and not diags.errors:
        diags.error(
            ", ".join(str(d) for d in docs),
            0,
            "docs-no-wsdl",
            f"{facts.files} files read, but no agent WSDL among them: nothing to generate",
        )
    return ParseResult(services, diags, facts.files)


def write_snapshots(result: ParseResult, specs: Path) -> list[Path]:
    """Write ``specs/servicesNN.json`` for every version; unchanged files are not touched."""
    written = []
    for service in result.services:
        path = snapshot_path(specs, service.version)
        if write_if_changed(path, service_to_json(service).encode("utf-8")):
            written.append(path)
    result.written = written
    return written


def parse(
    docs: Sequence[Path], specs: Path = Path("specs"), progress: Progress | None = None
) -> ParseResult:
    """Parse the docs and write the snapshots (what ``codegen parse`` does)."""
    result = parse_docs(docs, progress)
    write_snapshots(result, specs)
    return result


@dataclass
class GenerateResult:
    files: dict[str, bytes]
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    formatted: list[str] = field(default_factory=list)
    up_to_date: bool = False


def render(
    specs: Path = Path("specs"),
    progress: Progress | None = None,
    formatter: Formatter = DEFAULT_FORMATTER,
) -> dict[str, bytes]:
    """Render the snapshots in ``specs`` from scratch to ``{relative path: bytes}``.

    Writes nothing."""
    from .render.render import render_files
    from .snapshot import load_snapshots

    return render_files(load_snapshots(specs), progress, formatter)


def generate(
    specs: Path = Path("specs"),
    out: Path = Path("generated"),
    progress: Progress | None = None,
    formatter: Formatter = DEFAULT_FORMATTER,
) -> GenerateResult:
    """Render the snapshots into ``out``. Does nothing when nothing changed; re-formats only
    modules whose source changed; swaps the new tree in whole (see :mod:`codegen.output`)."""
    from . import output

    output.is_folder(out, missing_ok=True)
    output.refuse_links(out)
    output.refuse_others(out)
    output.recover(out)
    manifest = output.Manifest.load(out)
    digest = output.inputs_digest(specs, formatter)
    if output.unchanged(out, manifest, digest):
        return GenerateResult({}, up_to_date=True)
    rendered = output.render_tree(specs, out, formatter, progress)
    written, removed = output.write_tree(out, rendered)
    return GenerateResult(rendered.files, written, removed, rendered.formatted)


@dataclass
class CheckResult:
    problems: list[str]
    """one line per file that would change, naming it"""
    hint: str = ""
    """when files differ: a likely reason, such as another formatter version"""

    @property
    def ok(self) -> bool:
        return not self.problems


def check(
    specs: Path = Path("specs"),
    out: Path = Path("generated"),
    docs: Sequence[Path] = (),
    progress: Progress | None = None,
    formatter: Formatter = DEFAULT_FORMATTER,
) -> CheckResult:
    """Would ``generate`` change ``out``, or (given ``docs``) would ``parse`` change ``specs``?
    Writes nothing. An ``out`` that is not a folder is an :class:`OSError` naming it."""
    from . import output
    from .snapshot import service_to_json, snapshot_path

    output.is_folder(out, missing_ok=False)
    problems: list[str] = []
    for folder in docs:
        if not folder.exists():
            raise FileNotFoundError(f"{folder}: no such folder (the docs)")
    if docs:
        parsed = parse_docs(docs, progress)
        problems += [str(d) for d in parsed.diagnostics.errors]
    if docs and not problems:  # docs that cannot be read say nothing about the snapshots
        wanted = {
            snapshot_path(specs, s.version): service_to_json(s).encode() for s in parsed.services
        }
        for path, data in sorted(wanted.items()):
            if not path.exists():
                problems.append(f"{path}: missing (the docs have {path.stem})")
            elif path.read_bytes() != data:
                problems.append(f"{path}: stale: the docs give a different model")
        for path in sorted(specs.glob("services*.json")):
            if path not in wanted:
                problems.append(f"{path}: no such version in the docs")
    manifest = output.Manifest.load(out)
    if not output.unchanged(out, manifest, output.inputs_digest(specs, formatter)):
        stale = output.check_tree(out, output.render_tree(specs, out, formatter, progress))
        if stale:
            return CheckResult(problems + stale, output.formatter_hint(out, manifest, formatter))
    return CheckResult(problems)
