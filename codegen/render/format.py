"""Formatting rendered sources into black style: with ruff (the default) or with black itself.

Both write the same bytes for everything the templates produce (``tests/test_format.py`` checks
it on the fixture agents; ``tests/test_generated_package.py`` runs ``black --check`` over the
committed tree). ruff formats the whole Services88 tree in a fraction of a second in one
process; black needs about a minute on two cores, so it is the fallback where ruff cannot run.
"""

from __future__ import annotations

import concurrent.futures
import os
import re
import shutil
import subprocess
import sysconfig
import tempfile
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..fsutil import OutsideError, inside

if TYPE_CHECKING:
    import black

LINE_LENGTH = 99
"""The line length generated code is formatted to."""

Formatter = Literal["ruff", "black"]
FORMATTERS: tuple[Formatter, ...] = ("ruff", "black")
DEFAULT_FORMATTER: Formatter = "ruff"
TARGET = "py311"

Progress = Callable[[int, int, str], None]


# --- shapes the two formatters would write differently, given so they agree -----------------


def keyword_annotation(name: str, annotation: str) -> str:
    """A keyword parameter's annotation, in parentheses when its line would be too long.

    The parameter stands alone on a line in an exploded signature (``        name: ann =
    UNSET,``). black adds parentheses to split a long annotation and ruff does not, so
    giving them here makes both formatters write the same code."""
    if len(f"        {name}: {annotation} = UNSET,") > LINE_LENGTH:
        return f"({annotation})"
    return annotation


class RenderError(Exception):
    """Generated code that cannot be formatted (a template bug), or no formatter to run."""


@cache
def formatter_id(formatter: Formatter) -> str:
    """Name and version: part of what decides the output bytes, so part of the inputs digest."""
    try:
        return f"{formatter} {metadata.version(formatter)}"
    except metadata.PackageNotFoundError:
        return f"{formatter} (not installed)"


def format_all(
    sources: dict[str, str],
    formatter: Formatter = DEFAULT_FORMATTER,
    progress: Progress | None = None,
) -> dict[str, str]:
    """Every ``.py`` source formatted; other files as they are. Same input, same output."""
    items = {path: text for path, text in sources.items() if path.endswith(".py")}
    if formatter == "ruff":
        formatted = _ruff(items, progress)
    elif formatter == "black":
        formatted = _black(items, progress)
    else:
        raise RenderError(
            f"unknown formatter {formatter!r}; choose one of {', '.join(FORMATTERS)}"
        )
    return {**sources, **formatted}


# --- ruff: one process over a temporary copy of the tree ------------------------------------


def ruff_binary() -> str:
    """The ruff installed beside codegen (its dependency), else the first on ``PATH``."""
    name = "ruff.exe" if os.name == "nt" else "ruff"
    beside = Path(sysconfig.get_path("scripts")) / name
    found = str(beside) if beside.is_file() else shutil.which("ruff")
    if not found:
        raise RenderError("ruff is not installed: pip install ruff, or use --formatter black")
    return found


_RUFF_ERROR = re.compile(
    r"^error: Failed to \w+ (?P<path>\S+?\.py)(?P<where>:\d+:\d+)?: (?P<what>.*)$"
)


_BATCH = 200
"""files per ruff process: keeps the command line short on every platform"""


def _ruff(items: dict[str, str], progress: Progress | None) -> dict[str, str]:
    if not items:
        return {}
    binary = ruff_binary()
    rels = list(items)
    with tempfile.TemporaryDirectory(prefix="codegen-format-") as tmp:
        root = Path(tmp)
        for rel, text in items.items():
            try:
                path = inside(root, rel)  # a module name from a snapshot must not lead out
            except OutsideError as exc:
                raise RenderError(str(exc)) from None
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))  # bytes: "\n" stays "\n" on every platform
        for start in range(0, len(rels), _BATCH):
            if progress:
                progress(start, len(rels), "ruff format")
            command = [
                binary,
                "format",
                "--isolated",  # no user or project configuration: the output must not depend on it
                "--no-cache",
                f"--line-length={LINE_LENGTH}",
                f"--target-version={TARGET}",
                *rels[start : start + _BATCH],  # named one by one: no exclude rule can skip one
            ]
            done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise RenderError(_ruff_failure(done.stderr, root))
        formatted = {rel: (root / rel).read_bytes().decode("utf-8") for rel in rels}
    if progress:
        progress(len(rels), len(rels), "ruff format")
    return formatted


def _ruff_failure(stderr: str, root: Path) -> str:
    """ruff's complaints with any temporary folder cut from the paths, so they name our files."""
    prefix = str(root) + os.sep
    lines = []
    for line in stderr.splitlines():
        match = _RUFF_ERROR.match(line)
        if match:
            rel = match["path"].removeprefix(prefix)
            where = match["where"] or ""
            lines.append(f"{rel}{where}: generated code does not parse: {match['what']}")
    return "\n".join(lines) or f"ruff format failed: {stderr.strip()[-2000:]}"


# --- black: in-process, spread over the cores -------------------------------------------------


@cache
def _black_mode() -> black.Mode:
    import black

    return black.Mode(
        line_length=LINE_LENGTH, target_versions={black.mode.TargetVersion[TARGET.upper()]}
    )


def _black_one(item: tuple[str, str]) -> str:
    import black

    try:
        return black.format_str(item[1], mode=_black_mode())
    except Exception as exc:  # a template bug: say which file
        raise RenderError(f"{item[0]}: generated code does not parse: {exc}") from exc


def _black(items: dict[str, str], progress: Progress | None) -> dict[str, str]:
    pairs = list(items.items())
    workers = os.cpu_count() or 1
    formatted: list[str] = []
    if workers > 1 and len(pairs) > 8:
        with concurrent.futures.ProcessPoolExecutor(workers) as pool:
            for text in pool.map(_black_one, pairs, chunksize=16):
                formatted.append(text)
                if progress:
                    progress(len(formatted), len(pairs), "black " + pairs[len(formatted) - 1][0])
    else:
        for pair in pairs:
            formatted.append(_black_one(pair))
            if progress:
                progress(len(formatted), len(pairs), "black " + pair[0])
    return dict(zip(items, formatted, strict=True))
