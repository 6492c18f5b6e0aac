"""Walk documentation folders, tell each file's kind, and hand it to its reader.

Every file either yields facts or a diagnostic; nothing here raises for bad input.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostics
from ..model import Source
from .page import PageError, parse_page_text, read_text, split_front_matter
from .rest_page import RestPage, find_request_line, read_rest_page
from .soap_page import (
    AgentIndexPage,
    SoapPage,
    identify,
    read_index_page,
    read_plain_text_page,
    read_soap_page,
)
from .swagger import SwaggerFile, read_swagger
from .wsdl import WsdlFacts, read_wsdl

_NOT_DOCS = {"readme.md", "manifest.tsv", "license", "license.md"}
_WSDL_TITLE = re.compile(r"^(Services\d+)\.(\w+?)Agent WSDL$")
_LISTING_TITLE = re.compile(r"^(Services\d+ reference|\w+_Agent)$")


@dataclass
class DocFacts:
    """Everything the readers found, in a stable order (sorted by path)."""

    wsdls: list[WsdlFacts] = field(default_factory=list)
    soap_pages: list[SoapPage] = field(default_factory=list)
    index_pages: list[AgentIndexPage] = field(default_factory=list)
    rest_pages: list[RestPage] = field(default_factory=list)
    swaggers: list[SwaggerFile] = field(default_factory=list)
    files: int = 0

    def versions(self) -> list[str]:
        found = {w.version for w in self.wsdls} | {p.version for p in self.soap_pages}
        return sorted(found, key=lambda v: (len(v), v))


_SUFFIXES = (".md", ".txt", ".wsdl", ".json")


def _walk(root: Path) -> list[tuple[Path, str]]:
    """Candidate files below ``root``, following symbolic links to folders; a folder reached
    twice (a link back up the tree, two links to one place) is read once, where it is first
    met in sorted order."""
    found: list[tuple[Path, str]] = []
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, followlinks=True):
        try:
            info = os.stat(folder)
        except OSError:
            dirs.clear()
            continue
        if (info.st_dev, info.st_ino) in seen:
            dirs.clear()
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(folder)
        for name in files:
            path = base / name
            if (
                name.startswith(".")
                or name.lower() in _NOT_DOCS
                or path.suffix.lower() not in _SUFFIXES
                or not path.is_file()
            ):
                continue
            found.append((path, path.relative_to(root).as_posix()))
    return sorted(found, key=lambda item: item[1])


def iter_doc_files(roots: Iterable[Path]) -> list[tuple[Path, str]]:
    """All candidate files below the roots with their display paths (relative to the root)."""
    out: list[tuple[Path, str]] = []
    for root in roots:
        if root.is_file():
            out.append((root, root.name))
            continue
        out += _walk(root)
    return out


def read_file(path: Path, rel: str, facts: DocFacts, diags: Diagnostics) -> None:
    """Classify one file and read it into ``facts``. Whatever the file holds, this reports
    and returns: a reader that fails on input nobody foresaw is an error naming the file,
    and the other files are read as if it were not there."""
    try:
        _read_file(path, rel, facts, diags)
    except (RecursionError, MemoryError) as exc:
        diags.error(rel, 0, "too-complex", f"cannot read: {type(exc).__name__}; skipped")
    except Exception as exc:  # a reader bug on odd input: report it, go on with the rest
        diags.error(rel, 0, "internal", f"cannot read: {type(exc).__name__}: {exc}; skipped")


def _read_file(path: Path, rel: str, facts: DocFacts, diags: Diagnostics) -> None:
    suffix = path.suffix.lower()
    if suffix == ".wsdl":
        if wsdl := read_wsdl(path, rel, diags):
            facts.wsdls.append(wsdl)
        return
    if suffix == ".json":
        if swagger := read_swagger(path, rel, diags):
            facts.swaggers.append(swagger)
        return
    try:
        text = read_text(path)
    except PageError as exc:
        diags.error(rel, 0, "unreadable", str(exc))
        return
    # a WSDL page is one fence: its reader needs no markdown
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title = split_front_matter(text)[0].get("title", "")
    if _WSDL_TITLE.match(title) or "<wsdl:definitions" in text[:4000]:
        if wsdl := read_wsdl(path, rel, diags):
            facts.wsdls.append(wsdl)
        return
    try:
        page = parse_page_text(text, rel)
    except Exception as exc:  # markdown-it on pathological input: report, never crash
        diags.error(rel, 0, "page-malformed", f"cannot parse markdown: {exc}")
        return
    if page.degraded:
        diags.warn(
            rel,
            1,
            "page-too-large",
            f"{page.degraded}: read line by line, without inline markup or tables",
        )
    ident = identify(page)
    if ident is not None:
        version, agent, operation = ident
        if operation is None:
            facts.index_pages.append(read_index_page(page, version, agent))
        else:
            facts.soap_pages.append(read_soap_page(page, version, agent, operation))
        return
    request = find_request_line(page)
    if request is not None:
        rest = read_rest_page(page, *request)
        if rest is not None:
            facts.rest_pages.append(rest)
            return
    if _LISTING_TITLE.match(title):
        return  # a listing page (version index, REST agent index): nothing to model
    plain = read_plain_text_page(page.text, rel)
    if plain is not None:
        facts.soap_pages.append(plain)
        return
    diags.warn(rel, 1, "page-unrecognized", "not an operation, index, WSDL or REST page; skipped")


def read_docs(
    roots: Iterable[Path],
    diags: Diagnostics,
    progress: Callable[[int, int, str], None] | None = None,
) -> DocFacts:
    facts = DocFacts()
    files = iter_doc_files(roots)
    for index, (path, rel) in enumerate(files):
        if progress:
            progress(index + 1, len(files), rel)
        read_file(path, rel, facts, diags)
    facts.files = len(files)
    return facts


def read_roots(
    roots: Iterable[Path],
    diags: Diagnostics,
    progress: Callable[[int, int, str], None] | None = None,
) -> DocFacts:
    """:func:`read_docs`, and an error for a root that does not exist or holds no pages."""
    present = []
    for root in roots:
        if not root.exists():
            diags.error(str(root), 0, "docs-missing", "no such file or folder")
        elif root.is_dir() and not _walk(root):
            diags.error(
                str(root), 0, "docs-empty", "no pages (.md, .txt, .wsdl, .json) in this folder"
            )
        else:
            present.append(root)
    return read_docs(present, diags, progress)


def example_text(roots: Iterable[Path], source: Source) -> str:
    """The text of an example that starts at ``source`` (a fence body or a plain-text
    envelope)."""
    rel, line = source
    for root in roots:
        path = root / rel if root.is_dir() else root
        if path.is_file() and (root.is_dir() or root.name == rel):
            lines = read_text(path).replace("\r\n", "\n").split("\n")[line - 1 :]
            out = []
            for text in lines:
                if text.lstrip().startswith(("```", "~~~")):
                    break
                out.append(text)
                if text.strip().endswith(":Envelope>") and text.strip().startswith("</"):
                    break  # a plain-text page: the envelope ends the example
            return "\n".join(out)
    raise FileNotFoundError(rel)
