"""Issue 10, item 4: linear time on adversarial text.

Any one-megabyte page parses in about a second: the doc-cleaning scans are linear (and give
exactly what the regular expressions they replace gave), the request-line and fence patterns
cannot backtrack, and a page with more markup than any real page is read line by line instead
of by markdown-it (a warning says so). A WSDL sequence of thousands of elements, a Swagger
operation of thousands of body parameters and a module of thousands of tags cost linear time:
four times the input takes about four times as long (a ratio, so a busy machine passes too).
"""

from __future__ import annotations

import gc
import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.diagnostics import Diagnostics
from codegen.naming import _see_with_body, _strip_tags, _unlink_markdown, clean_doc, numbered
from codegen.render.view import Tags
from codegen.sources.discover import DocFacts, read_file
from codegen.sources.page import MAX_MARKUP, parse_page_text
from codegen.sources.swagger import read_swagger
from codegen.sources.wsdl import read_wsdl

from .test_generator_support import FIXTURE_DOCS


def growth(prepare: Callable[[int], object], run: Callable[[Any], object], n: int) -> float:
    """How many times longer ``run`` takes on ``prepare(4 * n)`` than on ``prepare(n)``, each
    the best of five, the two sizes taking turns: about 4 when the work is linear, about 16
    when it is quadratic. A ratio, not a time limit, and the turns make a busy moment of the
    machine fall on both sizes, so a busy machine does not fail it."""
    sizes = (prepare(n), prepare(4 * n))
    best = [float("inf"), float("inf")]
    gc.collect()
    gc.disable()  # a collection falling in one run only would skew the ratio
    try:
        for _ in range(5):
            for i, given in enumerate(sizes):
                started = time.perf_counter()
                run(given)
                best[i] = min(best[i], time.perf_counter() - started)
    finally:
        gc.enable()
    return best[1] / best[0]


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


@pytest.mark.parametrize(
    "char",
    ["<", "[", "(", "`", '<see cref="', "](", ">", '<see cref="a">']
    + ["&", "&lt;", "&amp;lt;", "&lt;see cref=&quot;", "&lt;see cref=&quot;a&quot;&gt;", "&#"],
)
def test_clean_doc_of_a_megabyte_is_linear(char: str) -> None:
    ratio = growth(lambda size: char * (size // len(char)), clean_doc, MB // 4)
    assert ratio < 8, f"{ratio:.1f}x the time for 4x the text"


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


def test_a_sequence_of_many_elements_reads_in_linear_time(tmp_path: Path) -> None:
    """The duplicate check of a sequence is a set, not a scan of the fields read so far."""
    wsdl = (FIXTURE_DOCS / "soap/Services99/Widget.wsdl").read_text(encoding="utf-8")
    one = '<xsd:element minOccurs="0" name="Right" type="xsd:int" />'

    def prepare(n: int) -> Path:
        many = "".join(
            f'<xsd:element minOccurs="0" name="F{i}" type="xsd:int" />' for i in range(n)
        )
        path = tmp_path / f"Widget{n}.wsdl"
        path.write_text(wsdl.replace(one, one + many + one), encoding="utf-8")
        return path

    ratio = growth(prepare, lambda path: read_wsdl(path, "Widget.wsdl", Diagnostics()), 3_000)
    assert ratio < 8, f"{ratio:.1f}x the time for 4x the elements"
    diags = Diagnostics()
    facts = read_wsdl(prepare(12_000), "Widget.wsdl", diags)
    assert facts is not None
    (differs,) = [t for t in facts.types if t.key == "Differs"]
    assert len(differs.fields) == 12_001  # type: ignore[union-attr]
    (duplicate,) = [d for d in diags.items if d.kind == "wsdl-duplicate-element"]
    assert "'Right' is declared twice" in duplicate.message


def test_an_endpoint_of_many_body_parameters_reads_its_wrapper_once(tmp_path: Path) -> None:
    """Each body parameter names the wrapper; its properties become parameters once, not once
    per body parameter (the last body parameter's wrapper is the one kept, as before)."""
    wrapper = "Example.Carriers.GadgetCarriers.ResetRequest"

    def prepare(n: int) -> Path:
        path = tmp_path / f"Swagger-v1-GadgetAgent{n}.json"
        path.write_text(json.dumps(swagger_of(n)), encoding="utf-8")
        return path

    def swagger_of(n: int) -> dict[str, Any]:
        return {
            "swagger": "2.0",
            "paths": {
                "/api/v1/Agents/Gadget/Reset": {
                    "post": {
                        "parameters": [
                            {
                                "in": "body",
                                "name": f"r{i}",
                                "schema": {"$ref": f"#/definitions/{wrapper}"},
                            }
                            for i in range(n)
                        ],
                        "responses": {"204": {"description": "No Content"}},
                    }
                }
            },
            "definitions": {
                wrapper: {"properties": {f"P{i}": {"type": "string"} for i in range(n)}}
            },
        }

    ratio = growth(prepare, lambda path: read_swagger(path, "s.json", Diagnostics()), 1_000)
    assert ratio < 8, f"{ratio:.1f}x the time for 4x the parameters"
    n = 1_500
    swagger = read_swagger(prepare(n), "s.json", Diagnostics())
    assert swagger is not None
    body = swagger.endpoints[("Gadget", "Reset")].body
    assert [p.name for p in body] == [f"P{i}" for i in range(n)]


def test_tag_constants_of_many_elements_are_linear() -> None:
    """Tags keeps the names it has given in one set, and per name where its numbering got to:
    what ``numbered`` over every name taken would give, without rebuilding or rescanning."""

    def fill(n: int) -> None:
        tags = Tags(["_A"])
        for i in range(n):
            tags.const("urn:x", f"Name{i}")
            tags.const(f"urn:{i}", "A")

    ratio = growth(lambda n: n, fill, 8_000)  # long enough runs that a busy moment tells less
    assert ratio < 8, f"{ratio:.1f}x the time for 4x the tags"
    tags = Tags(["_A"])
    consts = [tags.const("urn:x", f"Name{i}") for i in range(20_000)]
    same = [tags.const(f"urn:{i}", "A") for i in range(3_000)]
    assert consts[:2] == ["_NAME_0", "_NAME_1"] and len(set(consts)) == 20_000
    assert same[:3] == ["_A_2", "_A_3", "_A_4"] and same[-1] == "_A_3001"
    assert tags.const("urn:7", "A") == "_A_9"  # the same element, the same constant
    small = Tags(["_B_3"])
    expected: list[str] = []
    for i in range(5):
        expected.append(numbered("_B", {"_B_3", *expected}, "_"))
        assert small.const(f"urn:{i}", "B") == expected[-1]
    assert expected == ["_B", "_B_2", "_B_4", "_B_5", "_B_6"]
