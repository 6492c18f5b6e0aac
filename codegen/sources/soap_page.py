"""Read SOAP operation pages and agent index pages.

Handles every era in the corpus: ``<see cref>`` and backtick markup, ``generated: 1`` and
``true``, descriptions and ``* **param:** text`` bullets present or absent, and the plain-text
rendering of a page (no markdown at all, as in seed ``003``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Example, Source
from ..naming import clean_doc
from .page import Block, Page

_TITLE_OP = re.compile(r"^(Services\d+)\.(\w+?)Agent\.(\w+) SOAP$")
_TITLE_AGENT = re.compile(r"^(Services\d+)\.(\w+?)Agent SOAP$")
_H1_OP = re.compile(r"^(Services\d+) (\w+) (\w+)(?: SOAP)?$")
_H1_AGENT = re.compile(r"^(Services\d+) (\w+) SOAP$")
_PARAM = re.compile(r"^\*\*(\w+):\*\*\s*(.*)$", re.S)
_RETURNS = re.compile(r"^\*\*Returns:\*\*\s*(.*)$", re.S)
_RESTRICTED = re.compile(r"<b>\s*Online Restricted:\s*</b>\s*(.*)", re.S | re.I)
_LINK_LINE = re.compile(r"^\[[^\]]*\]\(link\)$")


@dataclass
class ParamDoc:
    text: str
    line: int


@dataclass
class SoapPage:
    """The facts of one operation page."""

    path: str
    line: int
    version: str
    agent: str
    operation: str
    description: str = ""
    params: dict[str, ParamDoc] = field(default_factory=dict)
    returns: str = ""
    restrictions: list[str] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)


@dataclass
class AgentIndexPage:
    path: str
    line: int
    version: str
    agent: str
    operations: list[str] = field(default_factory=list)


def identify(page: Page) -> tuple[str, str, str | None] | None:
    """``(version, agent, operation-or-None)`` from the title or the first heading."""
    title = page.front.get("title", "")
    if m := _TITLE_OP.match(title):
        return m.group(1), m.group(2), m.group(3)
    if m := _TITLE_AGENT.match(title):
        return m.group(1), m.group(2), None
    for block in page.headings(1)[:1]:
        if m := _H1_AGENT.match(block.text):
            return m.group(1), m.group(2), None
        if m := _H1_OP.match(block.text):
            return m.group(1), m.group(2), m.group(3)
    return None


def read_index_page(page: Page, version: str, agent: str) -> AgentIndexPage:
    ops = []
    for block in page.blocks:
        if block.kind == "bullet" and (m := re.match(r"^\[(\w+)\]\(link\)$", block.text.strip())):
            ops.append(m.group(1))
    first = page.headings(1)
    return AgentIndexPage(page.path, first[0].line if first else 1, version, agent, ops)


def _description_blocks(page: Page, operation: str) -> list[Block]:
    """The blocks between ``## Operation`` and the examples / the WSDL link."""
    out: list[Block] = []
    inside = False
    for block in page.blocks:
        if block.kind == "heading":
            if inside:
                break
            inside = block.level == 2 and block.text == operation
            continue
        if inside:
            if block.kind == "paragraph" and (
                block.text.startswith("[WSDL file") or _LINK_LINE.match(block.text.strip())
            ):
                break
            out.append(block)
    return out


def _read_description(soap: SoapPage, blocks: list[Block]) -> None:
    texts: list[str] = []
    for block in blocks:
        if block.kind == "bullet":
            if m := _PARAM.match(block.text.strip()):
                soap.params[m.group(1)] = ParamDoc(clean_doc(m.group(2)), block.line)
            continue
        if block.kind != "paragraph":
            continue
        text = block.text.strip()
        if m := _RETURNS.match(text):
            soap.returns = clean_doc(m.group(1))
            continue
        if m := _RESTRICTED.search(text):
            soap.restrictions.append(clean_doc(m.group(1)))
            text = text[: m.start()]
        if cleaned := clean_doc(text):
            texts.append(cleaned)
    soap.description = "\n\n".join(texts)


def read_soap_page(page: Page, version: str, agent: str, operation: str) -> SoapPage:
    first = page.headings(1)
    soap = SoapPage(page.path, first[0].line if first else 1, version, agent, operation)
    _read_description(soap, _description_blocks(page, operation))
    kind: str | None = None
    for block in page.blocks:
        if block.kind == "heading":
            if block.text.endswith(" Request"):
                kind = "soap-request"
            elif block.text.endswith(" Response"):
                kind = "soap-response"
            else:
                kind = None
        elif block.kind == "fence" and kind and block.info.startswith("xml"):
            soap.examples.append(Example(kind, Source(page.path, block.line)))  # type: ignore[arg-type]
            kind = None
    return soap


_PLAIN_TITLE = re.compile(r"^(Services\d+) (\w+) (\w+)\s*$")


def read_plain_text_page(text: str, rel: str) -> SoapPage | None:
    """A page saved as plain text: title on the first line, raw XML examples, no markdown."""
    lines = text.splitlines()
    if not lines or not (m := _PLAIN_TITLE.match(lines[0].strip())):
        return None
    version, agent, operation = m.groups()
    soap = SoapPage(rel, 1, version, agent, operation)
    kind: str | None = None
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped == f"{operation} Request":
            kind = "soap-request"
        elif stripped == f"{operation} Response":
            kind = "soap-response"
        elif stripped.startswith("<?xml") and kind:
            soap.examples.append(Example(kind, Source(rel, number)))  # type: ignore[arg-type]
            kind = None
    return soap
