"""The generated tree on disk: incremental, atomic writes and the checks a build step needs.

``generated/.codegen-manifest.json`` records a digest of everything rendering depends on (the
snapshots, the templates, the generator's code, the formatter and its version) and, per file, the
hash of its source before and after formatting. So:

- nothing changed: the digests match and nothing is rendered, formatted or written;
- one agent changed: every module is re-rendered (about a second), but the formatter runs only on
  the modules whose source changed; the rest reuse the formatted file on disk;
- a write builds the complete new tree beside the old one and swaps it in, so an interrupted run
  leaves either the old tree or the new one, and a failed run leaves the old one untouched.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .fsutil import OutsideError, inside, no_links, write_if_changed
from .render.format import Formatter, Progress, format_all, formatter_id
from .render.render import TEMPLATES, render_sources
from .snapshot import load_snapshots

MANIFEST = ".codegen-manifest.json"
PACKAGE = "superoffice"
_STAGING = ".codegen-staging"
TOP_FILES = ("pyproject.toml", "README.md", "LICENSE")
"""The generated files beside the package (the project's metadata)."""
_OLD = ".codegen-old"
CODE = Path(__file__).resolve().parent


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


INPUT_SUFFIXES = frozenset({".j2", ".py", ".toml"})
"""What the templates and the generator's code are made of (what the package ships)."""


def input_files(root: Path) -> list[tuple[str, Path]]:
    """The files below ``root`` rendering reads, by relative path in a fixed order: templates,
    static modules and code, not what running or editing them leaves beside them (``__pycache__``,
    ``*.pyc``, dot-files such as editor swap files, backups)."""
    found = []
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        hidden = any(part.startswith(".") or part == "__pycache__" for part in rel.parts)
        if not hidden and path.suffix in INPUT_SUFFIXES and path.is_file():
            found.append((rel.as_posix(), path))
    return sorted(found)


def inputs_digest(
    specs: Path, formatter: Formatter, templates: Path = TEMPLATES, code: Path = CODE
) -> str:
    """One hash of every input of rendering: snapshots, templates, the generator's code and the
    formatter. The same checkout gives the same digest wherever it is and whatever has run in it:
    only files rendering reads count, by their path relative to their root and their bytes."""
    h = hashlib.sha256(f"{__version__}\n{formatter_id(formatter)}".encode())
    files = [(f"specs/{p.name}", p) for p in sorted(specs.glob("services*.json"))]
    files += [(f"templates/{rel}", p) for rel, p in input_files(templates)]
    files += [(f"codegen/{rel}", p) for rel, p in input_files(code)]
    for rel, path in files:
        h.update(f"{rel}\n".encode())
        h.update(sha(path.read_bytes()).encode())
    return h.hexdigest()


@dataclass
class Manifest:
    inputs: str = ""
    files: dict[str, tuple[str, str]] = field(default_factory=dict)
    """relative path -> (hash of the unformatted source, hash of the file as written)"""
    formatter: str = ""
    """the formatter and version that wrote the files, e.g. ``ruff 0.17.6``"""

    @classmethod
    def load(cls, out: Path) -> Manifest:
        try:
            data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
            files = {k: (v[0], v[1]) for k, v in data["files"].items()}
            return cls(data["inputs"], files, str(data.get("formatter", "")))
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return cls()

    def dump(self) -> bytes:
        data = {
            "inputs": self.inputs,
            "formatter": self.formatter,
            "files": {k: list(v) for k, v in sorted(self.files.items())},
        }
        return (json.dumps(data, indent=0, sort_keys=True) + "\n").encode("utf-8")


def on_disk(out: Path) -> dict[str, Path]:
    """Generated files now under ``out`` (not caches, not build metadata)."""
    found = {}
    package = out / PACKAGE
    if package.is_dir():
        for path in package.rglob("*"):
            generated = path.suffix in (".py", ".typed") and "__pycache__" not in path.parts
            if generated and path.is_file():
                found[path.relative_to(out).as_posix()] = path
    for name in TOP_FILES:
        if (out / name).is_file():
            found[name] = out / name
    return found


def unchanged(out: Path, manifest: Manifest, digest: str) -> bool:
    """True when the inputs are those of the last run and every file is as that run wrote it."""
    if manifest.inputs != digest:
        return False
    disk = on_disk(out)
    if set(disk) != set(manifest.files):
        return False
    return all(sha(disk[rel].read_bytes()) == manifest.files[rel][1] for rel in disk)


@dataclass
class Rendered:
    files: dict[str, bytes]
    manifest: Manifest
    formatted: list[str]
    """files the formatter had to format this time (the rest reused the file on disk)"""


def render_tree(
    specs: Path,
    out: Path,
    formatter: Formatter,
    progress: Progress | None = None,
) -> Rendered:
    """Render and format every file, reusing formatted files on disk whose source is unchanged."""
    manifest = Manifest.load(out)
    sources = render_sources(load_snapshots(specs), progress)
    disk = on_disk(out)
    reuse: dict[str, str] = {}
    todo: dict[str, str] = {}
    salt = formatter_id(formatter) + "\n"  # a file formatted by another formatter is not reused
    source_sha = {rel: sha((salt + text).encode("utf-8")) for rel, text in sources.items()}
    for rel, text in sources.items():
        entry = manifest.files.get(rel)
        path = disk.get(rel)
        if entry and path and entry[0] == source_sha[rel]:
            current = path.read_bytes()
            if sha(current) == entry[1]:
                reuse[rel] = current.decode("utf-8")
                continue
        todo[rel] = text
    formatted = format_all(todo, formatter, progress)
    texts = {**reuse, **formatted}
    files = {rel: texts[rel].encode("utf-8") for rel in sorted(texts)}
    new_manifest = Manifest(
        inputs_digest(specs, formatter),
        {rel: (source_sha[rel], sha(data)) for rel, data in files.items()},
        formatter_id(formatter),
    )
    return Rendered(files, new_manifest, sorted(r for r in todo if r.endswith(".py")))


def is_folder(out: Path, missing_ok: bool) -> None:
    """An :class:`OSError` naming ``out`` unless it is a folder (or, with ``missing_ok``, does
    not exist yet: generate makes it)."""
    if out.is_dir():
        return
    if out.exists() or out.is_symlink():
        raise NotADirectoryError(f"{out}: not a folder")
    if not missing_ok:
        raise FileNotFoundError(f"{out}: no such folder (run 'codegen generate')")


def refuse_links(out: Path) -> None:
    """An :class:`~codegen.fsutil.OutsideError` naming the first symbolic link among what a
    run renames, replaces or removes in ``out`` (the package, the staging and old trees, the
    top files, the manifest), or inside the package. Checked before anything is written."""
    no_links(out, (PACKAGE, _STAGING, _OLD, MANIFEST, *TOP_FILES), (PACKAGE,))


class NotOursError(OutsideError):
    """Files in ``--out`` that a run would replace or remove but that ``generate`` did not
    write: a folder of someone else's, or a file added inside the package."""


def refuse_others(out: Path) -> None:
    """A :class:`NotOursError` when a run would write into a folder it did not write or remove
    what it did not write: a folder that holds anything but hidden files (``.git``) and no
    manifest of a run (so not ``/`` or a home folder), or a file inside the package the last
    run did not write (``superoffice/mine.py``; the package is swapped whole). Checked before
    anything is written."""
    if not out.is_dir():
        return
    if not (out / MANIFEST).is_file():
        # the files a run writes first, then whatever else is there (hidden ones, such as
        # .git, are left alone and do not count)
        guarded = [name for name in (PACKAGE, *TOP_FILES) if (out / name).exists()]
        others = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
        theirs = guarded + [name for name in others if name not in guarded]
        if theirs:
            shown = ", ".join(theirs[:3]) + (
                f" and {len(theirs) - 3} more" if len(theirs) > 3 else ""
            )
            raise NotOursError(
                f"{out}: holds {shown} but no {MANIFEST}, so codegen did not write it; generate"
                " into an empty or new folder, or one codegen wrote"
            )
    package = out / PACKAGE
    if package.is_dir():
        ours = Manifest.load(out).files
        strays = sorted(
            rel
            for rel in (p.relative_to(out).as_posix() for p in package.rglob("*") if p.is_file())
            if rel not in ours and not rel.endswith(".pyc") and "__pycache__/" not in rel
        )
        if strays:
            shown = ", ".join(strays[:3]) + (
                f" and {len(strays) - 3} more" if len(strays) > 3 else ""
            )
            raise NotOursError(
                f"{out}: {shown} would be lost: generate replaces {PACKAGE}/ whole; move"
                " your files out of it"
            )


def recover(out: Path) -> None:
    """Finish or undo a swap an earlier run was interrupted in."""
    refuse_links(out)
    old, staging = out / _OLD, out / _STAGING
    if old.is_dir() and not (out / PACKAGE).exists():
        os.rename(old, out / PACKAGE)
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)


def write_tree(out: Path, rendered: Rendered) -> tuple[list[str], list[str]]:
    """Swap the rendered tree in; returns (written, removed) relative paths."""
    recover(out)
    disk = on_disk(out)
    written = [
        rel
        for rel, data in rendered.files.items()
        if rel not in disk or disk[rel].read_bytes() != data
    ]
    removed = sorted(set(disk) - set(rendered.files))
    if written or removed:
        staging = out / _STAGING
        paths = {rel: inside(staging, rel) for rel in rendered.files}  # all checked, then written
        for rel, data in rendered.files.items():
            path = paths[rel]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        if (out / PACKAGE).exists():
            os.rename(out / PACKAGE, out / _OLD)
        os.rename(staging / PACKAGE, out / PACKAGE)
        for name in TOP_FILES:
            os.replace(staging / name, out / name)
        recover(out)
    write_if_changed(out / MANIFEST, rendered.manifest.dump())
    return written, removed


def formatter_hint(out: Path, manifest: Manifest, formatter: Formatter) -> str:
    """Why files may differ when nobody changed an input: another formatter version wrote them."""
    before, now = manifest.formatter, formatter_id(formatter)
    if before and before != now:
        return (
            f"{out} was written by {before}, this run formats with {now}: the differences may be"
            " formatting alone; use the same version as whoever generated it, or regenerate"
        )
    return ""


def check_tree(out: Path, rendered: Rendered) -> list[str]:
    """What a fresh generate would change, one line per file."""
    disk = on_disk(out)
    problems = []
    for rel, data in rendered.files.items():
        if rel not in disk:
            problems.append(f"{out / rel}: missing")
        elif disk[rel].read_bytes() != data:
            problems.append(f"{out / rel}: differs from what the snapshots generate")
    problems += [
        f"{out / rel}: not generated from the snapshots"
        for rel in sorted(set(disk) - set(rendered.files))
    ]
    return problems
