"""Issue 10, item 4: linear time on adversarial text.

Any one-megabyte page parses in about a second: the doc-cleaning scans are linear (and give
exactly what the regular expressions they replace gave), the request-line and fence patterns
cannot backtrack, and a page with more markup than any real page is read line by line instead
of by markdown-it (a warning says so).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.diagnostics import Diagnostics
from codegen.naming import _see_with_body, _strip_tags, _unlink_markdown, clean_doc
from codegen.sources.discover import DocFacts, read_file
from codegen.sources.page import MAX_MARKUP, parse_page_text

MB = 1_000_000
OP_PAGE = "---\ntitle: Services99.GadgetAgent.Reset SOAP\n---\n\n# Services99 Gadget Reset\n\n## Reset\n\n"

PAGES = {
    "<": "<" * MB,
    "[": "[" * MB,
    "(": "(" * MB,
    "backticks": "`" * MB,
    "see cref": '<see cref="' * (MB // 11),
    "see cref body": '<see cref="x">' * (MB // 14),
    "image": "![" * (MB // 2),
    "emphasis": "*a" * (MB // 2),
    "link openers": "](" * (MB // 2),
    "braces": "{" * MB,
    "hashes": "#" * MB,
    "backslashes": "\\" * MB,
    "entities": "&" * MB,
    "one long line": "word " * (MB // 5),
    "empty lines": "\n" * MB,
    "fences": "```\n" * (MB // 4),
    "table": "| a | b |\n|---|---|\n" + "| x | y |\n" * (MB // 10),
    "nested quotes": "".join(">" * i + " x\n" for i in range(1, 1400)),
    "nested lists": "".join("  " * i + "- x\n" for i in range(1, 1000)),
    "quote nesting": ">" * MB,
    "list nesting": "- " * (MB // 2),
    "operation page of [": OP_PAGE + "[" * (MB - len(OP_PAGE)),
    "operation page of tags": OP_PAGE + "<b>Online Restricted:</b>" * (MB // 25),
    "parameters": OP_PAGE + "* **a:** " * (MB // 9),
    "REST request line": "# x\n\n```http\nPOST /api/" + "?" * MB + " x\n```\n",
    "REST request line of slashes": "# x\n\n```http\nPOST /api/" + "/" * MB + "?\n```\n",
    "WSDL fence": "```" + " " * MB + "\n",
    "WSDL page of <": "---\ntitle: Services99.GadgetAgent WSDL\n---\n\n```xml\n" + "<" * MB,
    "heading spaces": "#" + " " * MB + "x",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_megabyte_page_parses_in_about_a_second(name: str, tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text(PAGES[name], encoding="utf-8")
    diags = Diagnostics()
    started = time.perf_counter()
    read_file(path, "page.md", DocFacts(), diags)
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0, f"{name}: {elapsed:.2f}s"
    assert not {"internal", "too-complex"} & {d.kind for d in diags.items}


@pytest.mark.parametrize("char", ["<", "[", "(", "`", '<see cref="', "](", ">", '<see cref="a">'])
def test_clean_doc_of_a_megabyte_is_fast(char: str) -> None:
    text = char * (MB // len(char))
    started = time.perf_counter()
    clean_doc(text)
    assert time.perf_counter() - started < 0.5


TAGS = re.compile(r"<[^>]+>")
MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
SEE_BODY = re.compile(r"""<see\s+cref=["'][^"']*["']\s*>(.*?)</see>""", re.S)
PIECES = list("<>[]()ab \"'\n") + ['<see cref="x">', "</see>", "](", "<>", "<see cref='"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_the_linear_scans_give_what_the_regular_expressions_gave(text: str) -> None:
    assert _strip_tags(text) == TAGS.sub("", text)
    assert _unlink_markdown(text) == MD_LINK.sub(lambda m: m.group(1), text)
    assert _see_with_body(text) == SEE_BODY.sub(lambda m: m.group(1), text)


def test_a_page_within_the_budget_is_markdown_and_one_beyond_is_read_line_by_line(
    tmp_path: Path,
) -> None:
    body = "Stores `a` [gadget](x).\n\n"
    inside = OP_PAGE + body * 4000  # 16,000 markup characters, 8,000 lines
    page = parse_page_text(inside, "p.md")
    assert not page.degraded
    assert [b.text for b in page.blocks if b.kind == "paragraph"][:1] == [
        "Stores a [gadget](link)."
    ]
    beyond = inside + "[" * MAX_MARKUP
    path = tmp_path / "Reset.md"
    path.write_text(beyond)
    diags = Diagnostics()
    facts = DocFacts()
    read_file(path, "Reset.md", facts, diags)
    (warning,) = diags.items
    assert str(warning).startswith("Reset.md:1: warning[page-too-large]: ")
    assert "read line by line, without inline markup or tables" in str(warning)
    # still an operation page: identified, described from its raw text
    (soap,) = facts.soap_pages
    assert (soap.agent, soap.operation) == ("Gadget", "Reset")
    assert soap.description.startswith("Stores a gadget.")
