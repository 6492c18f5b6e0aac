"""A documentation page as blocks: front matter, headings, paragraphs, bullets, tables, fences.

Every reader of markdown pages starts here. Lines are 1-based line numbers in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token

_md = MarkdownIt("commonmark").enable("table")

BlockKind = Literal["heading", "paragraph", "bullet", "fence", "table"]


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    line: int
    text: str
    level: int = 0
    info: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Page:
    path: str
    front: dict[str, str]
    blocks: tuple[Block, ...]
    text: str = field(repr=False)
    degraded: str = ""
    """why the page was read line by line instead of as markdown ("" when it was not)"""

    def headings(self, level: int | None = None) -> list[Block]:
        return [
            b for b in self.blocks if b.kind == "heading" and (level is None or b.level == level)
        ]


class PageError(Exception):
    """The file cannot be read as a page at all (not UTF-8, unreadable)."""


def read_text(path: Path) -> str:
    """Read UTF-8 text, dropping a byte-order mark; a bad file raises :class:`PageError`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PageError(f"cannot read file: {exc.strerror}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PageError(f"not UTF-8 text (byte {exc.start}, line {line})") from exc


_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Front matter as lower-cased keys, and the text with the front matter blanked out (so line
    numbers in the rest stay those of the file)."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    front: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            front[key.strip().lower()] = value.strip().strip("\"'")
    consumed = match.group(0)
    return front, "\n" * consumed.count("\n") + text[match.end() :]


def _inline_text(token_children: list[Token]) -> str:
    parts: list[str] = []
    for child in token_children:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "strong_open" or child.type == "strong_close":
            parts.append("**")
        elif child.type == "link_open":
            parts.append("[")
        elif child.type == "link_close":
            parts.append("](link)")
    return "".join(parts)


MAX_MARKUP = 40_000
"""Markup characters a page may hold and still be parsed as markdown (real pages: 10,000)."""
MAX_LINES = 10_000
"""Lines a page may have and still be parsed as markdown (real pages: 1,500)."""
_MARKUP = "!#$%&*+-:<=>@[\\]^_`{}~|"
"""Where markdown-it's inline parser stops to try every rule (and ``|``, table cells)."""

# markdown-it is linear but spends some microseconds on every token: a page of a million ``[``
# or table rows would take tens of seconds. Real pages hold a few thousand at most; a page
# beyond these limits is read line by line instead (headings, fences, bullets, paragraphs,
# no inline markup), which takes well under a second for any megabyte.


def markup_cost(body: str) -> tuple[int, int]:
    """(inline markup characters, lines) of a page body: what markdown-it spends its time on."""
    return sum(body.count(c) for c in _MARKUP), body.count("\n") + 1


def parse_page(path: Path, rel: str) -> Page:
    """Parse one markdown page into blocks; raises :class:`PageError` only when unreadable."""
    text = read_text(path)
    return parse_page_text(text, rel)


def parse_page_text(text: str, rel: str) -> Page:
    """Parse the text of a markdown page into blocks (see :func:`parse_page`)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front, body = split_front_matter(text)
    markup, lines = markup_cost(body)
    if markup > MAX_MARKUP or lines > MAX_LINES:
        reason = (
            f"{markup} inline markup characters (more than {MAX_MARKUP})"
            if markup > MAX_MARKUP
            else f"{lines} lines (more than {MAX_LINES})"
        )
        return Page(rel, front, tuple(scan_lines(body)), text, degraded=reason)
    tokens = _md.parse(body)
    blocks: list[Block] = []
    i = 0
    in_bullet = 0
    while i < len(tokens):
        tok = tokens[i]
        line = (tok.map[0] + 1) if tok.map else 0
        if tok.type == "heading_open":
            inline = tokens[i + 1]
            blocks.append(
                Block(
                    "heading", line, _inline_text(inline.children or []).strip(), int(tok.tag[1])
                )
            )
            i += 3
            continue
        if tok.type == "bullet_list_open":
            in_bullet += 1
        elif tok.type == "bullet_list_close":
            in_bullet -= 1
        elif tok.type == "paragraph_open":
            inline = tokens[i + 1]
            kind: BlockKind = "bullet" if in_bullet else "paragraph"
            blocks.append(Block(kind, line, _inline_text(inline.children or [])))
            i += 3
            continue
        elif tok.type == "html_block":
            blocks.append(Block("paragraph", line, tok.content))
        elif tok.type in ("fence", "code_block"):
            blocks.append(Block("fence", line + 1, tok.content, info=tok.info.strip()))
        elif tok.type == "table_open":
            rows: list[tuple[str, ...]] = []
            row: list[str] = []
            j = i + 1
            while j < len(tokens) and tokens[j].type != "table_close":
                t = tokens[j]
                if t.type == "tr_open":
                    row = []
                elif t.type == "inline":
                    row.append(_inline_text(t.children or []).strip())
                elif t.type == "tr_close":
                    rows.append(tuple(row))
                j += 1
            blocks.append(Block("table", line, "", rows=tuple(rows)))
            i = j + 1
            continue
        i += 1
    return Page(rel, front, tuple(blocks), text)


_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)(.*)")
_FENCE_OPEN = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")
_BULLET = re.compile(r" {0,3}[-*+][ \t]+(.*)")


def scan_lines(body: str) -> list[Block]:
    """Blocks read line by line, for a page too large for markdown: ATX headings, fences,
    bullets and paragraphs, their text as it stands (no inline markup). Linear."""
    blocks: list[Block] = []
    paragraph: list[str] = []
    start = 0
    fence: tuple[str, int, str, list[str]] | None = None  # marker, first line, info, lines

    def flush() -> None:
        if paragraph:
            blocks.append(Block("paragraph", start, "\n".join(paragraph)))
            paragraph.clear()

    for number, line in enumerate(body.split("\n"), start=1):
        if fence is not None:
            marker, first, info, content = fence
            stripped = line.strip()
            if stripped.startswith(marker) and stripped == marker[0] * len(stripped):
                blocks.append(Block("fence", first, "".join(content), info=info))
                fence = None
            else:
                content.append(line + "\n")
            continue
        if m := _FENCE_OPEN.match(line):
            flush()
            fence = (m.group(1), number + 1, m.group(2).strip(), [])
        elif m := _ATX.match(line):
            flush()
            text = m.group(2).rstrip(" \t")
            unclosed = text.rstrip("#")  # a closing run of # (after a space) is not the text
            if unclosed != text and (not unclosed or unclosed[-1] in " \t"):
                text = unclosed
            text = text.strip()
            blocks.append(Block("heading", number, text, len(m.group(1))))
        elif m := _BULLET.match(line):
            flush()
            blocks.append(Block("bullet", number, m.group(1)))
        elif line.strip():
            if not paragraph:
                start = number
            paragraph.append(line.strip())
        else:
            flush()
    if fence is not None:
        blocks.append(Block("fence", fence[1], "".join(fence[3]), info=fence[2]))
    flush()
    return blocks
