"""Issue 10, item 3: no hangs, no recursion crashes.

A complexType extending itself (or two or three extending each other round), a list or
dictionary holding itself, lists nested or records extended deeper than Python can print or
import, and Swagger files of the wrong shape or nested 100,000 deep: each is a diagnostic
with file and line, and the rest of the docs still parse and generate.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.api import ParseResult
from codegen.diagnostics import Diagnostics
from codegen.snapshot import SnapshotError, service_from_json, service_to_json
from codegen.sources.swagger import read_swagger

from .test_generator_support import (
    FIXTURE_DOCS,
    HOSTILE,
    generate_tree,
    import_everything,
    parse,
    render_checked,
)

LOOPS = HOSTILE / "cycles" / "Services76-Loops.wsdl"


def line_of(path: Path, text: str) -> int:
    return next(i for i, t in enumerate(path.read_text().splitlines(), 1) if text in t)


@pytest.fixture(scope="module")
def loops() -> ParseResult:
    return parse(HOSTILE / "cycles", FIXTURE_DOCS)


@pytest.fixture(scope="module")
def fixture_alone() -> ParseResult:
    return parse(FIXTURE_DOCS)


def test_parse_of_self_referring_types_finishes_in_a_fresh_process(tmp_path: Path) -> None:
    # the generator looped forever here; a subprocess with a timeout keeps a regression from
    # hanging the suite
    done = subprocess.run(
        [sys.executable, "-m", "codegen", "parse", "--docs", str(HOSTILE / "cycles")]
        + ["--specs", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert "6 warning wsdl-base-cycle" in done.stdout


def test_each_loop_is_a_diagnostic_at_its_type(loops: ParseResult) -> None:
    found = {(d.kind, d.line, d.message) for d in loops.diagnostics.items if d.file == LOOPS.name}

    def at(name: str) -> int:
        return line_of(LOOPS, f'<xs:complexType name="{name}">')

    expected = {
        (
            "wsdl-base-cycle",
            at("Itself"),
            "Itself extends itself (through 'Itself'); base dropped",
        ),
        ("wsdl-base-cycle", at("Ping1"), "Ping1 extends itself (through 'Pong1'); base dropped"),
        ("wsdl-base-cycle", at("Pong1"), "Pong1 extends itself (through 'Ping1'); base dropped"),
        ("wsdl-base-cycle", at("Ring3"), "Ring3 extends itself (through 'Ring1'); base dropped"),
        (
            "wsdl-holds-itself",
            at("ArrayOfItself"),
            "ArrayOfItself holds itself (through 'ArrayOfItself') with no record between; "
            "read as anyType there",
        ),
        (
            "wsdl-holds-itself",
            at("SelfDictionary"),
            "SelfDictionary holds itself (through 'SelfDictionary') with no record between; "
            "read as anyType there",
        ),
        (
            "wsdl-bad-base",
            at("ExtendsAList"),
            "ExtendsAList: base 'ArrayOfLeft' is not a record type; dropped",
        ),
    }
    assert expected <= found
    kinds = {k for k, _, _ in found}
    assert {"wsdl-too-deep", "wsdl-holds-itself"} <= kinds
    assert not loops.diagnostics.errors


def test_the_rest_of_the_docs_are_untouched(
    loops: ParseResult, fixture_alone: ParseResult
) -> None:
    (alone,) = fixture_alone.services
    beside = next(s for s in loops.services if s.version == "Services99")
    assert service_to_json(beside) == service_to_json(alone)


def test_loops_generate_and_import(loops: ParseResult, tmp_path: Path) -> None:
    render_checked(loops)
    out = generate_tree(loops, tmp_path / "tree")
    # a chain of 150 records, each holding the next, imports (deep ones share a module)
    assert import_everything(out, tmp_path / "sandbox") > 50
    check = (
        "import json\n"
        "from lxml import etree\n"
        "from superoffice.services76.types import Fine, Link0, Tree, Itself\n"
        "f = Fine(link_0=Link0(next=None), tree=Tree(children=[Tree()], parent=None),"
        " itself=Itself(note='n'), array_of_itself=[[1, 'x']])\n"
        "assert Fine.from_json(json.loads(json.dumps(f.to_json()))) == f\n"
        "assert Fine.from_xml(etree.tostring(f.to_xml())).tree == f.tree\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", check], cwd=out, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "ok", done.stderr[-2000:]


def _loops_snapshot(loops: ParseResult) -> dict:  # type: ignore[type-arg]
    service = next(s for s in loops.services if s.version == "Services76")
    data: dict = json.loads(service_to_json(service))  # type: ignore[type-arg]
    return data


def _set(data: dict, key: str, **changes: object) -> None:  # type: ignore[type-arg]
    for t in data["service"]["types"]:
        if t["key"] == key:
            t.update(changes)
            return
    raise KeyError(key)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ([("Itself", {"base": "Itself"})], r"'Itself' extends itself \(through 'Itself'\)"),
        (
            [("Ping1", {"base": "Pong1"}), ("Pong1", {"base": "Ping1"})],
            r"'Ping1' extends itself \(through 'Ping1'\)",
        ),
        ([("Itself", {"base": "ArrayOfTree"})], r"base 'ArrayOfTree' is not a record type"),
        (
            [("ArrayOfItself", {"item_type": "ArrayOfItself"})],
            r"'ArrayOfItself' holds itself \(through 'ArrayOfItself'\) with no record between",
        ),
        (
            [("SelfDictionary", {"value_type": "SelfDictionary"})],
            r"'SelfDictionary' holds itself",
        ),
        ([("ArrayOfDeep7", {"item_type": "ArrayOfDeep8"})], r"nested more than 32 deep"),
        ([("Level7", {"base": "Level8"})], r"more than 32 bases one above the other"),
    ],
)
def test_loops_in_a_hand_edited_snapshot_are_snapshot_errors(
    loops: ParseResult, changes: list[tuple[str, dict]], message: str  # type: ignore[type-arg]
) -> None:
    data = _loops_snapshot(loops)
    for key, change in changes:
        _set(data, key, **change)
    with pytest.raises(SnapshotError, match=message) as caught:
        service_from_json(json.dumps(data), "services76.json")
    assert str(caught.value).startswith("services76.json: $.service.types[")


def test_a_snapshot_nested_deeper_than_json_reads_is_a_snapshot_error() -> None:
    text = '{"format": 2, "service": ' + "[" * 100_000 + "]" * 100_000 + "}"
    with pytest.raises(SnapshotError, match="nested too deeply"):
        service_from_json(text, "deep.json")


def test_swagger_of_the_wrong_shape_is_read_as_far_as_it_goes(
    fixture_alone: ParseResult,
) -> None:
    result = parse(HOSTILE / "swagger", FIXTURE_DOCS)
    assert not result.diagnostics.errors
    shapes = [str(d) for d in result.diagnostics.items if "Swagger-v1-" in d.file]
    assert (
        "Swagger-v1-DefinitionsString.json:1: warning[swagger-shape]: 'definitions' is str, not an object; ignored"
        in shapes
    )
    assert (
        "Swagger-v1-PathsList.json:1: warning[swagger-shape]: 'paths' is list, not an object; ignored"
        in shapes
    )
    file = HOSTILE / "swagger" / "Swagger-v1-Shapes.json"
    reset = line_of(file, '"/api/v1/Agents/Gadget/Reset"')
    save = line_of(file, '"/api/v1/Agents/Gadget/SaveGadget"')
    assert (
        f"Swagger-v1-Shapes.json:{reset}: warning[swagger-path]: /api/v1/Agents/Gadget/Reset: "
        "not an agent operation path"
    ) in shapes
    assert (
        f"Swagger-v1-Shapes.json:{save}: warning[swagger-shape]: /api/v1/Agents/Gadget/SaveGadget:"
        " 'parameters' is not a list; ignored"
    ) in shapes
    assert (
        f"Swagger-v1-Shapes.json:{save}: warning[swagger-shape]: /api/v1/Agents/Gadget/SaveGadget:"
        " a parameter without a name"
    ) in shapes
    # the fixture's own Swagger still documents its operations
    service = result.services[0]
    reset_op = service.agent("Gadget").operations[1]
    assert reset_op.rest is not None and reset_op.doc == "Puts a gadget back as it came"


def test_swagger_nested_a_hundred_thousand_deep_is_an_error_and_the_rest_goes_on(
    tmp_path: Path, fixture_alone: ParseResult
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "Swagger-v1-Deep.json").write_text(
        '{"paths": {}, "definitions": ' + "[" * 100_000 + "]" * 100_000 + "}"
    )
    result = parse(docs, FIXTURE_DOCS)
    assert [str(d) for d in result.diagnostics.errors] == [
        "Swagger-v1-Deep.json:1: error[swagger-malformed]: JSON nested too deeply to read"
    ]
    (alone,) = fixture_alone.services
    assert service_to_json(result.services[0]) == service_to_json(alone)


def test_swagger_schemas_nested_deep_are_named_without_recursion(tmp_path: Path) -> None:
    path = tmp_path / "Swagger-v1-Items.json"
    items = '{"type": "array", "items": ' * 900 + '{"$ref": "#/definitions/X.Y"}' + "}" * 900
    path.write_text(
        '{"paths": {"/api/v1/Agents/A/B": {"post": {"responses": {"200": {"schema": '
        + items
        + "}}}}}}"
    )
    diags = Diagnostics()
    swagger = read_swagger(path, path.name, diags)
    assert swagger is not None and diags.items == []
    endpoint = swagger.endpoints[("A", "B")]
    assert endpoint.response_type == ("array of " * 32).rstrip()
