"""The parse stage against the real documentation corpus (../shared/corpus or $CODEGEN_DOCS).

Expected counts come from lxml over the corpus files directly, not from the code under test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from codegen.api import ParseResult
from codegen.model import RecordType
from codegen.snapshot import service_to_json

WSDL = "{http://schemas.xmlsoap.org/wsdl/}"
S88 = "mintlify-docs/en/api/web-services/endpoints/soap/reference/Services88"
S86 = "superoffice-docs/docs/en/api/reference/soap/Services86"


def port_type_operations(page: Path) -> tuple[str, list[str]]:
    text = page.read_text(encoding="utf-8-sig")
    xml = text[
        text.index("<?xml") : text.rindex("</wsdl:definitions>") + len("</wsdl:definitions>")
    ]
    root = etree.fromstring(xml.encode())
    port = root.find(f"{WSDL}portType")
    assert port is not None
    return port.get("name", ""), [op.get("name", "") for op in port.findall(f"{WSDL}operation")]


def expected(corpus: Path, folder: str, version: str) -> dict[str, list[str]]:
    pages = sorted((corpus / folder).glob(f"{version}-*.md"))
    return dict(port_type_operations(p) for p in pages)


def test_every_agent_and_operation_of_services88(corpus: Path, corpus_parse: ParseResult) -> None:
    want = expected(corpus, S88, "Services88")
    assert len(want) == 58 and len(want["ErpSync"]) == 49
    assert sum(len(ops) for ops in want.values()) == 1964
    service = next(s for s in corpus_parse.services if s.version == "Services88")
    got = {a.name: [op.name for op in a.operations] for a in service.agents}
    assert got == want


def test_services86_erpsync(corpus: Path, corpus_parse: ParseResult) -> None:
    want = expected(corpus, S86, "Services86")
    service = next(s for s in corpus_parse.services if s.version == "Services86")
    assert {a.name: [op.name for op in a.operations] for a in service.agents} == want


def test_no_errors_and_the_known_agents_without_wsdl(corpus_parse: ParseResult) -> None:
    assert corpus_parse.diagnostics.errors == []
    missing = sorted(
        d.message.split()[1].rstrip(":")
        for d in corpus_parse.diagnostics.items
        if d.kind == "doc-agent-without-wsdl"
    )
    assert missing == ["Audience", "Dashboard", "Replication"]


def test_seed_pages(corpus: Path, corpus_parse: ParseResult) -> None:
    s88 = next(s for s in corpus_parse.services if s.version == "Services88")
    s86 = next(s for s in corpus_parse.services if s.version == "Services86")
    seeds = sorted(p.name for p in (corpus / "seeds").iterdir())
    cited = {
        src.path.split("/")[1]
        for s in (s86, s88)
        for a in s.agents
        for op in a.operations
        for src in op.sources
        + tuple(e.source for e in op.examples)
        + (op.rest.sources if op.rest else ())
        if src.path.startswith("seeds/")
    }
    assert cited == set(seeds)  # every seed page landed in the model

    erp88 = {op.name: op for op in s88.agent("ErpSync").operations}
    fre = erp88["ForceResyncExternal"]
    assert [p.py_name for p in fre.parameters] == [
        "erp_connection_id",
        "erp_actor_type",
        "external_keys",
    ]
    assert fre.doc  # the page has no description; REST/Swagger's summary fills in

    rest = erp88["ForceSyncAll"].rest
    assert rest is not None
    assert (rest.method, rest.path, rest.response_type) == (
        "POST",
        "/api/v1/Agents/ErpSync/ForceSyncAll",
        "PluginResponse",
    )

    force = erp88["ForceResync"]
    assert force.parameters[0].doc == "If positive, resync from the given erp connection"
    sync86 = {op.name: op for op in s86.agent("ErpSync").operations}
    assert sync86["SyncAll"].doc == "Sync all active connections"
    assert sync86["ForceResyncBatchTask"].results == ()


def test_every_parameter_bullet_in_the_corpus_lands_on_its_parameter(
    corpus: Path, corpus_parse: ParseResult
) -> None:
    ops = {
        (s.version, a.name, op.name): op
        for s in corpus_parse.services
        for a in s.agents
        for op in a.operations
    }
    checked = 0
    for page in sorted(corpus.rglob("*")):
        if not page.is_file() or page.suffix not in (".md", ".txt"):
            continue
        text = page.read_text(encoding="utf-8-sig")
        title = re.search(r"^title: (Services\d+)\.(\w+?)Agent\.(\w+) SOAP$", text, re.M)
        bullets = re.findall(r"^\* \*\*(\w+):\*\* (.*)$", text, re.M)
        if not title or not bullets:
            continue
        op = ops[title.groups()]
        docs = {p.name.lower(): p.doc for p in op.parameters}
        for name, doc in bullets:
            assert docs[name.lower()] == doc.strip(), (page, name)
            checked += 1
    assert checked >= 5


def test_shared_types_exist_once(corpus_parse: ParseResult) -> None:
    s88 = next(s for s in corpus_parse.services if s.version == "Services88")
    keys = [t.key for t in s88.types]
    for name in ("Carrier", "TableRight", "FieldProperty", "SoExceptionInfo"):
        assert keys.count(name) == 1
        assert not any(k.startswith(name + "@") for k in keys)
        assert len(s88.type_map()[name].agents) > 1
    assert isinstance(s88.type_map()["ErpConnection"], RecordType)
    assert s88.type_map()["ErpConnection"].base == "Carrier"  # type: ignore[union-attr]


@pytest.mark.parametrize("version", ["Services86", "Services88"])
def test_committed_snapshot_matches_a_fresh_parse(corpus_parse: ParseResult, version: str) -> None:
    committed = Path(__file__).resolve().parents[2] / "specs" / f"{version.lower()}.json"
    service = next(s for s in corpus_parse.services if s.version == version)
    assert committed.read_text(encoding="utf-8") == service_to_json(service)


@pytest.mark.heavy
def test_the_order_of_doc_roots_does_not_matter(corpus: Path) -> None:
    from codegen.api import parse_docs

    roots = [corpus / "seeds", corpus / "superoffice-docs", corpus / "mintlify-docs"]
    forward, backward = parse_docs(roots), parse_docs(roots[::-1])
    assert [service_to_json(s) for s in forward.services] == [
        service_to_json(s) for s in backward.services
    ]
