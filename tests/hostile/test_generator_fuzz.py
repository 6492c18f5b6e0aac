"""Issue 10, item 6: fuzzers over the fixture agents' pages, WSDLs, Swagger and snapshots.

Each example mutates one input (characters and elements inserted, deleted, duplicated; names,
types and bases swapped for hostile strings, cycles and nonsense) and asserts: no traceback
(readers report, snapshots raise ``SnapshotError``), no hang (every example is bounded by a
timer), and the code rendered from whatever comes out parses, compiles, and at import time only
defines names (:func:`check_module`); paths stay plain. One generated tree of the most hostile
names is imported for real, in a fresh interpreter, with a sentinel folder.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from codegen.api import ParseResult, parse_docs
from codegen.fsutil import inside
from codegen.render.render import render_sources
from codegen.snapshot import SnapshotError, service_from_json, service_to_json
from codegen.sources.wsdl import extract_wsdl_text

from .test_generator_support import (
    FIXTURE_DOCS,
    HOSTILE_NAMES,
    check_sources,
    generate_tree,
    import_everything,
    render_checked,
)

EXAMPLE_SECONDS = 20
"""No example may take longer: a hang fails the test instead of stalling the suite."""

FUZZ = settings(
    max_examples=60,
    deadline=None,
    # the same examples every run, so CI passes or fails on the code alone; set
    # CODEGEN_FUZZ_EXPLORE=1 to draw new ones (and fix what they find)
    derandomize=not os.environ.get("CODEGEN_FUZZ_EXPLORE"),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

PAGES = [
    "soap/Services99/Gadget/SaveGadget.md",
    "soap/Services99/Gadget/Reset.md",
    "soap/Services99/Gadget/ReadBlob.txt",
    "soap/Services99/Gadget/Vanish.md",
    "soap/Services99/Ghost/index.md",
    "rest/v1GadgetAgent_SaveGadget.md",
]
GADGET_PAGE = "soap/Services99/Services99-Gadget.md"
WIDGET = "soap/Services99/Widget.wsdl"
SWAGGER = "rest/Swagger-v1-GadgetAgent.json"

HOSTILE = st.sampled_from(HOSTILE_NAMES)
XML_HOSTILE = st.sampled_from(
    [
        "".join(c for c in n if c in "\t\n\r" or (c >= " " and not 0xD800 <= ord(c) <= 0xDFFF))
        for n in HOSTILE_NAMES
    ]
)
"""The hostile names as an XML attribute can hold them (no NUL, no control characters)."""
SNIPPETS = st.sampled_from(
    [
        "<",
        "[",
        "](",
        "`",
        '<see cref="',
        "</see>",
        "<para />",
        "**",
        "* **x:** ",
        "\n## ",
        "\n# Services99 Gadget Reset\n",
        "```xml\n",
        "\n```\n",
        "|",
        "\r",
        "\x00",
        "\ufeff",
        "---\ntitle: x\n---\n",
        '"""',
        "\\",
        "\u2028",
    ]
)


class Timeout(Exception):
    pass


@contextmanager
def bounded(seconds: float = EXAMPLE_SECONDS) -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise Timeout(f"example ran longer than {seconds}s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def assert_reported_not_crashed(result: ParseResult) -> None:
    """Readers report what they cannot read; none of them may have hit an unforeseen error."""
    kinds = {d.kind for d in result.diagnostics.items}
    assert not kinds & {"internal", "too-complex", "model-invalid"}, [
        str(d) for d in result.diagnostics.items if d.kind in ("internal", "too-complex")
    ]
    for d in result.diagnostics.items:
        str(d)  # every diagnostic prints


def parse_with(docs: Path, rel: str, data: bytes) -> ParseResult:
    """Parse a copy of the fixture docs in which ``rel`` holds ``data``; check what renders."""
    path = docs / rel
    original = path.read_bytes()
    path.write_bytes(data)
    try:
        with bounded():
            result = parse_docs([docs])
            assert_reported_not_crashed(result)
            render_checked(result)
    finally:
        path.write_bytes(original)
    return result


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy_ = tmp_path_factory.mktemp("fuzz") / "docs"
    shutil.copytree(FIXTURE_DOCS, copy_)
    return copy_


# --- text mutations --------------------------------------------------------------------------


@st.composite
def mutated_text(draw: st.DrawFn, text: str) -> str:
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "delete", "duplicate", "repeat", "line"]))
        if kind == "insert":
            text = text[:at] + draw(st.one_of(HOSTILE, SNIPPETS)) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 200)) :]
        elif kind == "duplicate":
            size = draw(st.integers(1, 400))
            text = text[:at] + text[at : at + size] * draw(st.integers(2, 4)) + text[at:]
        elif kind == "repeat":
            text = text[:at] + draw(SNIPPETS) * draw(st.integers(10, 3000)) + text[at:]
        else:
            lines = text.split("\n")
            index = draw(st.integers(0, max(0, len(lines) - 1)))
            lines[index] = draw(st.one_of(HOSTILE, SNIPPETS)) + lines[index][::-1][:20]
            text = "\n".join(lines)
    return text


@pytest.mark.heavy
@FUZZ
@given(data=st.data())
def test_fuzz_pages(docs: Path, data: st.DataObject) -> None:
    rel = data.draw(st.sampled_from(PAGES))
    text = (docs / rel).read_text(encoding="utf-8-sig")
    mutated = data.draw(mutated_text(text))
    parse_with(docs, rel, mutated.encode("utf-8", "surrogatepass"))


# --- WSDL mutations --------------------------------------------------------------------------

ATTRIBUTES = [
    "name",
    "type",
    "base",
    "element",
    "message",
    "minOccurs",
    "maxOccurs",
    "soapAction",
    "location",
    "targetNamespace",
    "value",
    "part",
    "nillable",
]


@st.composite
def mutated_wsdl(draw: st.DrawFn, xml: str) -> bytes:
    root = etree.fromstring(xml.strip().encode("utf-8"))
    for _ in range(draw(st.integers(1, 8))):
        elements = [e for e in root.iter() if isinstance(e.tag, str)]
        element = draw(st.sampled_from(elements))
        kind = draw(st.sampled_from(["rename", "retype", "delete", "duplicate", "attribute"]))
        names = [e.get("name") for e in elements if e.get("name")]
        if kind == "rename" and element.get("name") is not None:
            element.set("name", draw(st.one_of(XML_HOSTILE, st.sampled_from(names))))
        elif kind == "retype":
            # point a type or base at another type, at itself, or at nothing
            target = draw(st.one_of(st.sampled_from(names), XML_HOSTILE, st.just("Gadget")))
            attribute = draw(st.sampled_from(["type", "base"]))
            if element.get(attribute) is not None:
                prefix = element.get(attribute, "").rpartition(":")[0]
                element.set(attribute, (prefix + ":" if prefix else "") + target)
        elif kind == "delete" and element.getparent() is not None:
            element.getparent().remove(element)
        elif kind == "duplicate" and element.getparent() is not None:
            element.addnext(copy.deepcopy(element))
        elif kind == "attribute":
            attribute = draw(st.sampled_from(ATTRIBUTES))
            value = draw(
                st.one_of(XML_HOSTILE, st.sampled_from(["-1", "x", "9" * 50, "unbounded"]))
            )
            element.set(attribute, value)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


@pytest.mark.heavy
@FUZZ
@given(data=st.data())
def test_fuzz_wsdl(docs: Path, data: st.DataObject) -> None:
    if data.draw(st.booleans()):
        rel, text = WIDGET, (docs / WIDGET).read_text()
        parse_with(docs, rel, data.draw(mutated_wsdl(text)))
    else:
        page = (docs / GADGET_PAGE).read_text(encoding="utf-8-sig")
        fenced = extract_wsdl_text(page)
        assert fenced is not None
        xml = data.draw(mutated_wsdl(fenced[0])).decode("utf-8")
        body = "---\ntitle: Services99.GadgetAgent WSDL\n---\n\n```xml\n" + xml + "\n```\n"
        parse_with(docs, GADGET_PAGE, body.encode("utf-8"))


# --- Swagger mutations -----------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), HOSTILE),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(HOSTILE, inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(node: Any) -> list[tuple[Any, ...]]:
    """Every path into a JSON document (iteratively: documents here may be nested deep)."""
    out: list[tuple[Any, ...]] = []
    stack: list[tuple[Any, tuple[Any, ...]]] = [(node, ())]
    while stack:
        value, here = stack.pop()
        out.append(here)
        if isinstance(value, dict):
            stack += [(item, here + (key,)) for key, item in value.items()]
        elif isinstance(value, list):
            stack += [(item, here + (index,)) for index, item in enumerate(value)]
    return sorted(out, key=lambda p: (len(p), [str(s) for s in p]))


@st.composite
def mutated_json(draw: st.DrawFn, document: Any) -> Any:
    document = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 6))):
        path = draw(st.sampled_from(list(_paths(document))))
        if not path:
            continue
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        kind = draw(st.sampled_from(["replace", "delete", "rename", "nest"]))
        if kind == "replace":
            parent[last] = draw(JSON_VALUES)
        elif kind == "delete":
            del parent[last]
        elif kind == "rename" and isinstance(parent, dict):
            parent[draw(HOSTILE)] = parent.pop(last)
        elif kind == "nest":
            depth = draw(st.integers(1, 300))
            value: Any = parent[last]
            for _ in range(depth):
                value = [value] if depth % 2 else {"items": value, "type": "array"}
            parent[last] = value
    if draw(st.integers(0, 19)) == 0:
        return None  # stands for a document nested 100,000 deep (see dump)
    return document


def dump(document: Any) -> bytes:
    if document is None:
        return b'{"paths": {"x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}"
    return json.dumps(document, ensure_ascii=True).encode("ascii")


@pytest.mark.heavy
@FUZZ
@given(data=st.data())
def test_fuzz_swagger(docs: Path, data: st.DataObject) -> None:
    document = json.loads((docs / SWAGGER).read_text())
    parse_with(docs, SWAGGER, dump(data.draw(mutated_json(document))))


# --- snapshot mutations ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def snapshot() -> dict:  # type: ignore[type-arg]
    (service,) = parse_docs([FIXTURE_DOCS]).services
    data: dict = json.loads(service_to_json(service))  # type: ignore[type-arg]
    return data


NAME_KEYS = ["py_name", "module", "version", "name", "key", "type", "base", "item_type"]


@st.composite
def mutated_snapshot(draw: st.DrawFn, document: Any) -> Any:
    document = copy.deepcopy(document)
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(document) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        kind = draw(st.sampled_from(["hostile", "name", "value", "delete", "duplicate"]))
        if kind == "hostile":
            parent[last] = draw(HOSTILE)
        elif kind == "name" and isinstance(parent, dict):
            # a name somewhere near: swap it for a hostile one, or another name of the model
            key = draw(st.sampled_from(NAME_KEYS))
            if key in parent:
                parent[key] = draw(
                    st.one_of(
                        HOSTILE,
                        st.sampled_from(
                            [
                                "Gadget",
                                "Shared",
                                "ArrayOfGadget",
                                "xs:int",
                                "gadget",
                                "invoke",
                                "types",
                                "Services99",
                                "Services1",
                                "../gadget",
                                "Record",
                                "INT",
                                "NAMESPACE",
                            ]
                        ),
                    )
                )
        elif kind == "value":
            parent[last] = draw(JSON_VALUES)
        elif kind == "delete":
            del parent[last]
        elif kind == "duplicate" and isinstance(parent, list):
            parent.insert(last, copy.deepcopy(parent[last]))
    return document


@FUZZ
@given(data=st.data())
def test_fuzz_snapshots(snapshot: dict, data: st.DataObject) -> None:  # type: ignore[type-arg]
    document = data.draw(mutated_snapshot(snapshot))
    with bounded():
        try:
            service = service_from_json(dump(document).decode("ascii"), "services99.json")
        except SnapshotError as exc:
            assert str(exc).startswith("services99.json")
            return
        files = render_sources([service])
        check_sources(files)
        out = Path("/nonexistent/out")
        for rel in files:
            inside(out, rel)


# --- one real import ---------------------------------------------------------------------------


def test_the_fixture_with_every_name_hostile_generates_and_imports_cleanly(
    docs: Path, tmp_path: Path
) -> None:
    """Every element, type and operation name of the Widget WSDL replaced, in turn, by the
    hostile names; generated with the formatter, imported in a fresh interpreter."""
    root = etree.fromstring((docs / WIDGET).read_bytes())
    names = iter(n for n in HOSTILE_NAMES * 4 if n and "\x00" not in n and "\udc80" not in n)
    for element in root.iter():
        if (
            isinstance(element.tag, str)
            and element.get("name")
            and element.tag.endswith("element")
        ):
            element.set("name", next(names))
    for element in root.iter():
        if isinstance(element.tag, str) and element.get("location"):
            element.set("location", HOSTILE_NAMES[0])
    started = time.perf_counter()
    result = parse_with(docs, WIDGET, etree.tostring(root, xml_declaration=True, encoding="utf-8"))
    out = generate_tree(result, tmp_path / "tree")
    assert import_everything(out, tmp_path / "sandbox") > 10
    assert time.perf_counter() - started < 30
