"""Walk documentation folders, tell each file's kind, and hand it to its reader.

Every file either yields facts or a diagnostic; nothing here raises for bad input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostics
from .page import PageError, parse_page, read_text
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


def iter_doc_files(roots: Iterable[Path]) -> list[tuple[Path, str]]:
    """All candidate files below the roots with their display paths (relative to the root)."""
    out: list[tuple[Path, str]] = []
    for root in roots:
        if root.is_file():
            out.append((root, root.name))
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix.lower() in (".md", ".txt", ".wsdl", ".json"):
                rel = path.relative_to(root)
                if path.name.lower() not in _NOT_DOCS and not any(
                    p.startswith(".") for p in rel.parts
                ):
                    out.append((path, rel.as_posix()))
    return out


def read_file(path: Path, rel: str, facts: DocFacts, diags: Diagnostics) -> None:
    """Classify one file and read it into ``facts``."""
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
        page = parse_page(path, rel)
    except PageError as exc:
        diags.error(rel, 0, "unreadable", str(exc))
        return
    except Exception as exc:  # markdown-it on pathological input: report, never crash
        diags.error(rel, 0, "page-malformed", f"cannot parse markdown: {exc}")
        return
    title = page.front.get("title", "")
    if _WSDL_TITLE.match(title) or "<wsdl:definitions" in page.text[:4000]:
        if wsdl := read_wsdl(path, rel, diags):
            facts.wsdls.append(wsdl)
        return
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


def example_text(roots: Iterable[Path], source: str) -> str:
    """The text of an example given as ``path:line`` (a fence body or a plain-text envelope)."""
    rel, _, line_s = source.rpartition(":")
    line = int(line_s)
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
