"""The linking passes on the fixture docs: each pass's one job."""

from __future__ import annotations

import shutil
from pathlib import Path

from codegen.api import ParseResult, parse_docs
from codegen.diagnostics import Diagnostics
from codegen.model import EnumType, RecordType
from codegen.passes import PASSES, PassContext, link
from codegen.passes.attach_docs import undocumented
from codegen.passes.dedupe_types import dedupe_types
from codegen.passes.merge_wsdls import merge_wsdls
from codegen.snapshot import service_to_json
from codegen.sources.discover import read_docs

from .conftest import FIXTURE_DOCS, FIXTURES


def kinds(result: ParseResult) -> set[str]:
    return {d.kind for d in result.diagnostics.items}


def fixture_context() -> PassContext:
    diags = Diagnostics()
    return PassContext.of(read_docs([FIXTURE_DOCS], diags), diags)


def test_link_is_merge_wsdls_then_every_pass_in_order() -> None:
    context = fixture_context()
    services = merge_wsdls(context)
    for step in PASSES:
        services = step(services, context)
        assert isinstance(services, list)
    again = fixture_context()
    linked = link(again.facts, again.diags)
    assert [service_to_json(s) for s in services] == [service_to_json(s) for s in linked]
    assert context.diags.items == again.diags.items


def test_undocumented_reports_operations_without_a_page_and_changes_nothing() -> None:
    context = fixture_context()
    services = merge_wsdls(context)
    before = len(context.diags.items)
    assert undocumented(services, context) == services
    missing = [d for d in context.diags.items[before:] if d.kind == "doc-missing-page"]
    assert len(missing) == sum(len(a.operations) for s in services for a in s.agents)


def test_one_service_per_version_with_sorted_agents(fixture_parse: ParseResult) -> None:
    (service,) = fixture_parse.services
    assert service.version == "Services99"
    assert [a.name for a in service.agents] == ["Gadget", "Widget"]


def test_dedupe_merges_equal_types_and_keeps_real_differences_apart() -> None:
    context = fixture_context()
    merged = merge_wsdls(context)
    assert [t.key for t in merged[0].types].count("Shared") == 2  # one copy per agent before
    (service,) = dedupe_types(merged, context)
    types = service.type_map()
    assert [t.key for t in service.types].count("Shared") == 1
    assert types["Shared"].agents == ("Gadget", "Widget")
    # Differs really differs; UsesDiffers is textually equal but refers to the other Differs
    assert {"Differs", "Differs@Widget", "UsesDiffers", "UsesDiffers@Widget"} <= set(types)
    widget = types["UsesDiffers@Widget"]
    assert isinstance(widget, RecordType) and widget.fields[0].type == "Differs@Widget"
    ping = service.agent("Widget").operations[0]
    assert ping.results[0].type == "UsesDiffers@Widget"
    assert len(service.conflicts) == 2
    conflicts = [d for d in context.diags.items if d.kind == "type-conflict"]
    assert len(conflicts) == 2
    # at the WSDL of the first agent of the variant kept apart; each variant's agents listed
    assert conflicts[0].file == "soap/Services99/Widget.wsdl"
    assert conflicts[0].message.endswith("(agents: Gadget | Widget)")


def test_docs_attach_to_operations_and_mismatches_warn(fixture_parse: ParseResult) -> None:
    (service,) = fixture_parse.services
    save = service.agent("Gadget").operations[0]
    assert save.doc.startswith("Stores a gadget")
    # the SOAP page's text wins over the REST body table's ("The gadget to keep")
    assert [p.doc for p in save.parameters] == [
        "The gadget to store",
        "What sort of gadget it is",
        "",
    ]
    assert save.returns_doc == "The stored gadget"
    assert save.restrictions == ("Only for gadget makers",)
    assert [e.kind for e in save.examples] == [
        "soap-request",
        "soap-response",
        "rest-request",
        "rest-response",
    ]
    assert {
        "doc-unknown-parameter",
        "doc-no-wsdl-operation",
        "doc-agent-without-wsdl",
        "rest-no-operation",
    } <= kinds(fixture_parse)
    assert fixture_parse.ok


def test_rest_endpoints_from_pages_and_swagger(fixture_parse: ParseResult) -> None:
    (service,) = fixture_parse.services
    save, reset, _ = service.agent("Gadget").operations
    assert save.rest is not None and save.rest.path == "/api/v1/Agents/Gadget/SaveGadget"
    assert save.rest.response_type == "Gadget"
    assert reset.rest is not None and reset.rest.status == 204 and reset.rest.response_type == ""
    assert reset.doc == "Puts a gadget back as it came"  # no page text: Swagger's summary
    assert reset.parameters[0].doc == "Which gadget"


def test_type_docs_from_swagger_and_rest_tables(fixture_parse: ParseResult) -> None:
    (service,) = fixture_parse.services
    gadget = service.type_map()["Gadget"]
    assert isinstance(gadget, RecordType)
    assert gadget.doc == "A small thing that does one trick."
    docs = {f.name: f.doc for f in gadget.fields}
    assert (
        docs["Weight"] == "How heavy, in grams" and docs["GadgetId"] == "Primary key of the gadget"
    )


def test_python_names(fixture_parse: ParseResult) -> None:
    (service,) = fixture_parse.services
    types = service.type_map()
    agent = service.agent("Gadget")
    assert (agent.py_name, agent.module) == ("GadgetAgent", "gadget")
    assert [op.py_name for op in agent.operations] == ["save_gadget", "reset", "read_blob"]
    assert types["UsesDiffers@Widget"].py_name == "WidgetUsesDiffers"
    assert types["Differs"].py_name == "Differs"
    gadget = types["Gadget"]
    assert isinstance(gadget, RecordType)
    names = {f.name: f.py_name for f in gadget.fields}
    assert names["GadgetId"] == "gadget_id" and names["class"] == "class_"
    kind = types["GadgetKind"]
    assert isinstance(kind, EnumType) and [m.py_name for m in kind.members] == [
        "UNKNOWN",
        "SPINNER",
        "WHISTLE",
        "OTHER",
    ]


def test_an_agent_documented_twice_keeps_the_fuller_edition_whatever_the_order() -> None:
    edition = FIXTURES / "edition"
    one, other = parse_docs([FIXTURE_DOCS, edition]), parse_docs([edition, FIXTURE_DOCS])
    assert [service_to_json(s) for s in one.services] == [
        service_to_json(s) for s in other.services
    ]
    widget = one.services[0].agent("Widget")
    assert [op.name for op in widget.operations] == ["Ping", "Pong"]
    (note,) = [d for d in one.diagnostics.items if d.kind == "wsdl-duplicate-agent"]
    assert (
        "operations only in the kept one: Pong; types only in the kept one: Echo" in note.message
    )
    twice = parse_docs([FIXTURE_DOCS, FIXTURE_DOCS])
    notes = [d.message for d in twice.diagnostics.items if d.kind == "wsdl-duplicate-agent"]
    assert len(notes) == 2 and all(n.endswith("the two: identical") for n in notes)


def test_a_rest_endpoint_that_cannot_be_sent_as_it_is_is_left_out(tmp_path: Path) -> None:
    """A Swagger path the readers take (their patterns allow any script's digits) but that is
    not plain ASCII below /api/vN/ gives a diagnostic and no REST endpoint; the operation
    stays, over SOAP. (Paths with ``..`` never match an operation at all.)"""
    docs = tmp_path / "docs"
    shutil.copytree(FIXTURE_DOCS, docs)
    swagger = docs / "rest/Swagger-v1-GadgetAgent.json"
    swagger.write_text(
        swagger.read_text().replace(
            "/api/v1/Agents/Gadget/Reset", "/api/v\u0661/Agents/Gadget/Reset"
        )
    )
    result = parse_docs([docs])
    (bad,) = [d for d in result.diagnostics.items if d.kind == "rest-bad-endpoint"]
    assert bad.file.endswith("Swagger-v1-GadgetAgent.json") and bad.line > 0
    assert bad.message.startswith("Gadget.Reset: '/api/v\u0661/Agents/Gadget/Reset' is not a path")
    (service,) = [s for s in result.services if s.version == "Services99"]
    reset = next(op for op in service.agent("Gadget").operations if op.name == "Reset")
    assert reset.rest is None
