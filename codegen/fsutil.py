"""Writing files safely: atomically, and only when their bytes change."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

_PART = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*\Z")


class OutsideError(Exception):
    """A path that would be written outside the folder it belongs in."""


def inside(root: Path, rel: str) -> Path:
    """``root / rel``, where ``rel`` is a plain relative path that stays below ``root``: parts
    of letters, digits, ``_``, ``.`` and ``-`` (no ``..``, no absolute path, no drive, no
    backslash), and no symbolic link on the way that leads elsewhere. Anything else is an
    :class:`OutsideError` naming it."""
    parts = PurePosixPath(rel).parts if isinstance(rel, str) else ()
    if (
        not parts
        or rel != "/".join(parts)
        or any(p in (".", "..") or not _PART.match(p) for p in parts)
    ):
        raise OutsideError(f"{rel!r}: not a plain relative path; nothing is written there")
    path = root.joinpath(*parts)
    base = root.resolve()
    if not path.resolve().is_relative_to(base):
        raise OutsideError(f"{rel!r}: resolves outside {root}; nothing is written there")
    return path


def no_links(root: Path, names: Iterable[str], trees: Iterable[str] = ()) -> None:
    """Refuse (:class:`OutsideError`, naming the path) when any of ``names`` under ``root`` is a
    symbolic link, or anything inside the folders ``trees`` is: codegen renames, replaces and
    removes these, and a link would carry its writes elsewhere. Links are looked at, never
    followed."""
    for name in names:
        path = root / name
        if path.is_symlink():
            raise OutsideError(
                f"{path}: a symbolic link (to {os.readlink(path)}); codegen writes only real "
                "files and folders there: remove it, nothing is written"
            )
    for name in trees:
        top = root / name
        if not top.is_dir() or top.is_symlink():
            continue
        for folder, dirs, files in os.walk(top):  # does not follow links
            for entry in dirs + files:
                path = Path(folder) / entry
                if path.is_symlink():
                    raise OutsideError(
                        f"{path}: a symbolic link (to {os.readlink(path)}) in generated code: "
                        "remove it, nothing is written"
                    )


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write ``data`` atomically unless ``path`` already holds exactly it; True if written."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; these are ordinary project files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def templates() -> Path:
    """The templates: installed beside the package (``codegen/templates``), or in a checkout,
    the top-level ``templates/`` folder."""
    installed = Path(__file__).resolve().parent / "templates"
    return installed if installed.is_dir() else Path(__file__).resolve().parents[1] / "templates"
