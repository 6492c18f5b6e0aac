"""The ``codegen`` command line."""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import time
from collections import Counter
from pathlib import Path

from . import __version__, api, diff
from .diagnostics import Severity, printable
from .fsutil import OutsideError
from .model import Service
from .render.format import DEFAULT_FORMATTER, FORMATTERS, RenderError
from .snapshot import SnapshotError, load_snapshot, snapshot_path

DOCS_ENV = "CODEGEN_DOCS"


class Reporter:
    """Progress on a terminal, quiet otherwise; ``--quiet`` and ``--verbose`` adjust."""

    def __init__(self, verbosity: int) -> None:
        self.verbosity = verbosity
        self.tty = sys.stderr.isatty()

    def progress(self, index: int, total: int, label: str) -> None:
        if self.tty and self.verbosity >= 0:
            sys.stderr.write(f"\r\x1b[K[{index}/{total}] {label[-70:]}")
            if index == total:
                sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()

    def info(self, text: str) -> None:
        if self.verbosity >= 0:
            print(text)

    def detail(self, text: str) -> None:
        if self.verbosity > 0:
            print(text)


def _path(text: str) -> str:
    """A folder or file named on the command line: an empty one (``--out ""``) would mean the
    current folder, which nobody asks for that way."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path; name a folder")
    return text


def _docs_dirs(args: argparse.Namespace) -> list[Path] | None:
    if args.docs:
        return [Path(d) for d in args.docs]
    if os.environ.get(DOCS_ENV):
        return [Path(d) for d in os.environ[DOCS_ENV].split(os.pathsep) if d]
    return None


def cmd_parse(args: argparse.Namespace) -> int:
    out = Reporter(args.verbosity)
    docs = _docs_dirs(args)
    if not docs:
        print(f"codegen parse: no docs given: pass --docs DIR or set {DOCS_ENV}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    result = api.parse(docs, Path(args.specs), out.progress)
    elapsed = time.perf_counter() - started
    for service in result.services:
        ops = sum(len(a.operations) for a in service.agents)
        kinds = Counter(t.kind for t in service.types)
        by_kind = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        out.info(
            f"{service.version}: {len(service.agents)} agents, {ops} operations, "
            f"{len(service.types)} types ({by_kind})"
        )
        for note in service.conflicts:
            out.info(printable(f"  conflict: {note}"))
    diags = result.diagnostics
    for d in diags.sorted():
        if d.severity is Severity.ERROR:
            print(d, file=sys.stderr)
        else:
            out.detail(str(d))
    counts = diags.counts_by_kind()
    if counts:
        summary = ", ".join(f"{n} {sev} {kind}" for (sev, kind), n in sorted(counts.items()))
        out.info(f"diagnostics: {summary}" + ("" if args.verbosity > 0 else " (-v lists them)"))
    else:
        out.info("diagnostics: none")
    written = ", ".join(str(p) for p in result.written) or "none (snapshots unchanged)"
    out.info(f"read {result.files_read} files in {elapsed:.2f}s; wrote {written}")
    return 1 if diags.errors else 0


def cmd_generate(args: argparse.Namespace) -> int:
    out = Reporter(args.verbosity)
    started = time.perf_counter()
    try:
        result = api.generate(Path(args.specs), Path(args.out), out.progress, args.formatter)
    except (SnapshotError, RenderError, OutsideError, OSError) as exc:
        print(printable(f"codegen generate: {exc}; {args.out} is left as it was"), file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    if result.up_to_date:
        out.info(f"{args.out} is up to date ({elapsed:.2f}s)")
        return 0
    lines = sum(data.count(b"\n") for data in result.files.values())
    for rel in result.written:
        out.detail(f"wrote {rel}")
    for rel in result.removed:
        out.detail(f"removed {rel}")
    out.info(
        f"{len(result.files)} files ({lines} lines) in {args.out}: {len(result.written)} written, "
        f"{len(result.removed)} removed, {len(result.formatted)} formatted ({elapsed:.2f}s)"
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    out = Reporter(args.verbosity)
    docs = _docs_dirs(args) or []
    try:
        result = api.check(
            Path(args.specs), Path(args.out), docs or (), out.progress, args.formatter
        )
    except (SnapshotError, RenderError, OutsideError, OSError) as exc:
        print(printable(f"codegen check: {exc}"), file=sys.stderr)
        return 1
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.hint:
        print(f"codegen check: {result.hint}", file=sys.stderr)
    if result.problems:
        print(
            f"codegen check: {len(result.problems)} file(s) out of date; run 'codegen "
            f"{'parse' if docs else 'generate'}'",
            file=sys.stderr,
        )
        return 1
    out.info(f"{args.out}{' and ' + args.specs if docs else ''} up to date")
    return 0


def _load_version(name: str, specs: Path) -> Service:
    """A snapshot file, or a version in ``specs``: ``services88``, ``Services88`` or ``88``."""
    path = Path(name)
    if not path.is_file() and (path.suffix == ".json" or "/" in name or os.sep in name):
        what = "a folder, not a snapshot file" if path.is_dir() else "no such snapshot file"
        raise SnapshotError(f"{path}: {what}")
    if not path.is_file():
        version = f"services{name}" if name.isdigit() else name
        path = snapshot_path(specs, version)
        if not path.is_file():
            known = sorted(p.stem for p in specs.glob("services*.json"))
            where = f"versions in {specs}: {', '.join(known) or 'none'}"
            if not specs.is_dir():
                where = f"{specs}: no such folder"
            raise SnapshotError(f"{name}: no such snapshot file, and no {path} ({where})")
    return load_snapshot(path)


def _agent_name(name: str, old: Service, new: Service) -> str:
    """The agent ``name`` names in either version (any case), or a SnapshotError naming the
    close matches."""
    agents = sorted({a.name for a in old.agents} | {a.name for a in new.agents})
    by_lower = {a.lower(): a for a in agents}
    if name in agents:
        return name
    if name.lower() in by_lower:
        return by_lower[name.lower()]
    close = difflib.get_close_matches(name.lower(), list(by_lower), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(by_lower[c] for c in close)}?" if close else ""
    raise SnapshotError(f"--agent {name}: no such agent in {old.version} or {new.version}{hint}")


def cmd_diff(args: argparse.Namespace) -> int:
    try:
        old = _load_version(args.old, Path(args.specs))
        new = _load_version(args.new, Path(args.specs))
        agent = _agent_name(args.agent, old, new) if args.agent else None
    except SnapshotError as exc:
        print(printable(f"codegen diff: {exc}"), file=sys.stderr)
        return 2
    changes = diff.diff(old, new, agent)
    if args.verbosity >= 0:
        sys.stdout.write(
            diff.as_json(old, new, changes) if args.json else diff.report(old, new, changes)
        )
    if args.fail_on_breaking and any(c.breaking for c in changes):
        breaking = sum(1 for c in changes if c.breaking)
        print(f"codegen diff: {breaking} breaking change(s)", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="codegen",
        description="Generate typed Python clients for SuperOffice NetServer web services.",
    )
    parser.add_argument("--version", action="version", version=f"codegen {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        group = p.add_mutually_exclusive_group()
        group.add_argument(
            "-q",
            "--quiet",
            dest="verbosity",
            action="store_const",
            const=-1,
            default=0,
            help="print only errors",
        )
        group.add_argument(
            "-v",
            "--verbose",
            dest="verbosity",
            action="store_const",
            const=1,
            help="more detail: every diagnostic, every file written",
        )

    def formatter(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--formatter",
            choices=FORMATTERS,
            default=DEFAULT_FORMATTER,
            help="what formats the generated code to black style: ruff (fast) or black; both "
            f"write the same bytes (default: {DEFAULT_FORMATTER})",
        )

    p = sub.add_parser(
        "parse",
        help="read documentation into specs/servicesNN.json snapshots",
        description="Read SOAP operation pages, WSDL pages, REST pages and Swagger files into one "
        "model snapshot per Services version. Exits 1 on errors, 0 with only warnings.",
    )
    p.add_argument(
        "--docs",
        action="append",
        metavar="DIR",
        type=_path,
        help=f"a docs folder or file (repeatable; default: ${DOCS_ENV})",
    )
    p.add_argument(
        "--specs",
        default="specs",
        metavar="OUT",
        type=_path,
        help="where snapshots go (default: specs)",
    )
    common(p)
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser(
        "generate",
        help="render specs/ snapshots into packages under generated/",
        description="Render every snapshot in --specs into one package per Services version "
        "(superoffice.servicesNN) under --out. Needs no docs. Unchanged files are not rewritten.",
    )
    p.add_argument(
        "--specs",
        default="specs",
        metavar="DIR",
        type=_path,
        help="snapshot folder (default: specs)",
    )
    p.add_argument(
        "--out",
        default="generated",
        metavar="DIR",
        type=_path,
        help="output folder (default: generated)",
    )
    formatter(p)
    common(p)
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser(
        "check",
        help="fail (exit 1, naming the files) if generate, or with --docs parse, would change "
        "anything",
        description="For CI and pre-commit: exit 1 and name the files when --out (and, with "
        f"--docs or ${DOCS_ENV}, the snapshots in --specs) are not what the inputs generate. "
        "Writes nothing.",
    )
    p.add_argument(
        "--docs",
        action="append",
        metavar="DIR",
        type=_path,
        help=f"also check specs/ against these docs (repeatable; default: ${DOCS_ENV}, if set)",
    )
    p.add_argument(
        "--specs",
        default="specs",
        metavar="DIR",
        type=_path,
        help="snapshot folder (default: specs)",
    )
    p.add_argument(
        "--out",
        default="generated",
        metavar="DIR",
        type=_path,
        help="generated folder (default: generated)",
    )
    formatter(p)
    common(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "diff",
        help="what changed between two versions, breaking changes flagged",
        description="Compare two versions (names in --specs such as services86, or snapshot "
        "files): agents, operations, parameters, types, fields and enum members added, removed or "
        "changed. Breaking changes are marked '!'.",
    )
    p.add_argument("old", help="a version in --specs (services86 or 86) or a snapshot file")
    p.add_argument("new", help="a version in --specs (services88 or 88) or a snapshot file")
    p.add_argument(
        "--specs",
        default="specs",
        metavar="DIR",
        type=_path,
        help="snapshot folder (default: specs)",
    )
    p.add_argument(
        "--agent", metavar="NAME", help="only this agent and the types it uses (any case)"
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument(
        "--fail-on-breaking",
        action="store_true",
        help="exit 1 when any change is breaking (for CI)",
    )
    common(p)
    p.set_defaults(func=cmd_diff)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("codegen: interrupted; files already written are complete", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
