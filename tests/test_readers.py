"""Each reader alone, on pages and WSDLs written for these tests."""

from __future__ import annotations

from pathlib import Path

from codegen.diagnostics import Diagnostics
from codegen.model import DictType, EnumType, ListType, RecordType, Source
from codegen.sources.discover import example_text
from codegen.sources.page import parse_page
from codegen.sources.rest_page import find_request_line, read_rest_page
from codegen.sources.soap_page import identify, read_plain_text_page, read_soap_page
from codegen.sources.swagger import read_swagger
from codegen.sources.wsdl import read_wsdl

from .conftest import FIXTURE_DOCS, FIXTURES

GADGET_WSDL = FIXTURE_DOCS / "soap/Services99/Services99-Gadget.md"


def gadget() -> tuple:
    diags = Diagnostics()
    facts = read_wsdl(GADGET_WSDL, "Services99-Gadget.md", diags)
    assert facts is not None
    return facts, {t.key: t for t in facts.types}, diags


def test_wsdl_agent_binding_and_operations() -> None:
    facts, _, diags = gadget()
    assert diags.items == []
    assert facts.version == "Services99"
    agent = facts.agent
    assert agent.name == "Gadget"
    assert agent.soap_version == "1.1"
    assert agent.path == "Remote/Services99/Gadget.svc"
    save, reset, blob = agent.operations
    assert save.soap_action == "http://example.test/ws/Services99/Gadget/SaveGadget"
    assert [p.name for p in save.parameters] == ["Gadget", "Kind", "Keys"]
    assert [p.type for p in save.parameters] == ["Gadget", "GadgetKind", "arr:ArrayOfstring"]
    assert [h.name for h in save.request_headers] == [
        "ApplicationToken",
        "Credentials",
        "TimeZone",
    ]
    assert [h.type for h in save.response_headers] == [
        "SoExceptionInfo",
        "xs:boolean",
        "SoTimeZone",
    ]
    assert reset.results == () and [h.name for h in reset.request_headers] == [
        "ApplicationToken",
        "Credentials",
    ]
    assert [r.name for r in blob.results] == ["Length", "Response"]
    # the WSDL sits in a fence: sources point at lines of the page, not of the fence
    path, line = save.sources[0]
    assert path == "Services99-Gadget.md"
    assert '<wsdl:operation name="SaveGadget">' in GADGET_WSDL.read_text().splitlines()[line - 1]


def test_wsdl_types_of_every_kind() -> None:
    _, types, _ = gadget()
    gadget_t = types["Gadget"]
    assert isinstance(gadget_t, RecordType) and gadget_t.base == "Carrier"
    by_name = {f.name: f for f in gadget_t.fields}
    assert by_name["Tags"].type == "arr:ArrayOfstring" and by_name["Tags"].nillable
    assert by_name["Lifetime"].type == "ser:duration"
    assert by_name["Uid"].type == "ser:guid" and by_name["Letter"].type == "ser:char"
    assert by_name["Required"].min_occurs == 1 and by_name["Name"].min_occurs == 0
    for xs in ("unsignedLong", "QName", "anyType", "anyURI", "base64Binary", "decimal", "byte"):
        assert any(f.type == f"xs:{xs}" for f in gadget_t.fields), xs
    kind = types["GadgetKind"]
    assert isinstance(kind, EnumType) and not kind.flags and kind.backing == "xs:short"
    assert [(m.name, m.value) for m in kind.members] == [
        ("Unknown", 0),
        ("Spinner", 1),
        ("Whistle", 2),
        ("Other", 42),
    ]
    mask = types["ETableRight"]
    assert isinstance(mask, EnumType) and mask.flags
    assert [(m.name, m.value) for m in mask.members] == [
        ("Look", 1),
        ("Touch", 2),
        ("Break", 4),
        ("Everything", 7),
    ]
    assert (
        isinstance(types["ArrayOfGadget"], ListType)
        and types["ArrayOfGadget"].item_type == "Gadget"
    )
    ints = types["arr:ArrayOfint"]
    assert isinstance(ints, ListType) and (ints.item_name, ints.item_type) == ("int", "xs:int")
    d = types["FieldPropertyDictionary"]
    assert isinstance(d, DictType)
    assert (d.pair_name, d.key_type, d.value_type) == (
        "FieldPropertyDictionaryKeyValuePair",
        "xs:string",
        "FieldProperty",
    )
    assert "ser:duration" not in types  # serialization primitives are not generated types


def test_plain_wsdl_file_with_other_prefixes() -> None:
    diags = Diagnostics()
    facts = read_wsdl(FIXTURE_DOCS / "soap/Services99/Widget.wsdl", "Widget.wsdl", diags)
    assert facts is not None and facts.agent.name == "Widget"
    types = {t.key: t for t in facts.types}
    assert types["UsesDiffers"].fields[0].type == "Differs"  # type: ignore[union-attr]


def test_malformed_wsdl_is_a_diagnostic_with_a_line() -> None:
    diags = Diagnostics()
    assert read_wsdl(FIXTURES / "bad/Services99-Broken.md", "Broken.md", diags) is None
    (d,) = diags.items
    assert d.kind == "wsdl-malformed" and d.line == 8 and d.file == "Broken.md"


def test_soap_page_with_bom_see_cref_bullets_and_returns() -> None:
    page = parse_page(FIXTURE_DOCS / "soap/Services99/Gadget/SaveGadget.md", "SaveGadget.md")
    assert identify(page) == ("Services99", "Gadget", "SaveGadget")
    soap = read_soap_page(page, "Services99", "Gadget", "SaveGadget")
    assert (
        soap.description
        == "Stores a gadget and hands back the stored copy, as kept by the gadget store."
    )
    assert soap.restrictions == ["Only for gadget makers."]
    assert soap.params["gadget"].text == "The gadget to store"
    assert soap.params["colour"].line == 19
    assert soap.returns == "The stored gadget"
    assert [e.kind for e in soap.examples] == ["soap-request", "soap-response"]
    path, line = soap.examples[0].source
    text = example_text([FIXTURE_DOCS], Source("soap/Services99/Gadget/" + path, line))
    assert text.startswith("<?xml") and text.rstrip().endswith("</SOAP-ENV:Envelope>")


def test_soap_page_with_backticks_and_no_description() -> None:
    page = parse_page(FIXTURE_DOCS / "soap/Services99/Gadget/Reset.md", "Reset.md")
    soap = read_soap_page(page, *identify(page))  # type: ignore[misc]
    assert soap.description == "" and soap.params == {} and len(soap.examples) == 2


def test_plain_text_page() -> None:
    path = FIXTURE_DOCS / "soap/Services99/Gadget/ReadBlob.txt"
    soap = read_plain_text_page(path.read_text(), "ReadBlob.txt")
    assert soap is not None and (soap.version, soap.agent, soap.operation) == (
        "Services99",
        "Gadget",
        "ReadBlob",
    )
    assert [e.source for e in soap.examples] == [
        Source("ReadBlob.txt", 5),
        Source("ReadBlob.txt", 16),
    ]
    text = example_text([path.parent], soap.examples[0].source)
    assert text.splitlines()[-1] == "</SOAP-ENV:Envelope>"


def test_rest_page() -> None:
    page = parse_page(FIXTURE_DOCS / "rest/v1GadgetAgent_SaveGadget.md", "r.md")
    found = find_request_line(page)
    assert found is not None
    rest = read_rest_page(page, *found)
    assert rest is not None
    assert (rest.method, rest.url_path, rest.agent, rest.operation) == (
        "POST",
        "/api/v1/Agents/Gadget/SaveGadget",
        "Gadget",
        "SaveGadget",
    )
    assert rest.description == "Stores a gadget over REST."
    assert rest.restrictions == ["Only for gadget makers"]
    assert [q.name for q in rest.query] == ["$select"]
    assert [h.name for h in rest.headers] == ["Authorization", "SO-AppToken"]
    assert next((b.name, b.type) for b in rest.body) == ("Gadget", "Gadget")
    assert rest.status == 200 and rest.response_type == "Gadget"
    assert rest.response_props[0].doc == "Primary key of the gadget"
    assert [e.kind for e in rest.examples] == ["rest-request", "rest-response"]


def test_swagger() -> None:
    diags = Diagnostics()
    sw = read_swagger(FIXTURE_DOCS / "rest/Swagger-v1-GadgetAgent.json", "s.json", diags)
    assert sw is not None
    reset = sw.endpoints[("Gadget", "Reset")]
    assert (reset.method, reset.status, reset.doc) == (
        "POST",
        204,
        "Puts a gadget back as it came",
    )
    assert reset.body[0].name == "GadgetId" and reset.body[0].doc == "Which gadget"
    assert sw.types["Gadget"].doc == "A small thing that does one trick."
    assert "ResetRequest" not in sw.types


def test_bad_swagger_and_unreadable_page(tmp_path: Path) -> None:
    diags = Diagnostics()
    assert read_swagger(FIXTURES / "bad/Swagger-v1-Bad.json", "bad.json", diags) is None
    assert diags.items[0].kind == "swagger-malformed" and diags.items[0].line == 1


def test_swagger_with_an_integer_too_long_to_convert_is_a_diagnostic(tmp_path: Path) -> None:
    path = tmp_path / "Swagger-v1-GadgetAgent.json"
    path.write_text('{"paths": {}, "x": ' + "9" * 5000 + "}")
    diags = Diagnostics()
    assert read_swagger(path, "s.json", diags) is None
    (d,) = diags.items
    assert d.kind == "swagger-malformed" and "not valid JSON: Exceeds the limit" in d.message


def test_what_the_clients_do_not_model_is_a_diagnostic(tmp_path: Path) -> None:
    """Modelled means used: a field that repeats inside a record of several fields and a SOAP
    1.2 binding are read, and each is reported, since the clients keep one value and speak
    SOAP 1.1."""
    text = (FIXTURE_DOCS / "soap/Services99/Widget.wsdl").read_text(encoding="utf-8")
    text = text.replace(
        '<xsd:element minOccurs="0" name="Right" type="xsd:int" />',
        '<xsd:element minOccurs="0" name="Right" type="xsd:int" />'
        '<xsd:element minOccurs="0" maxOccurs="unbounded" name="Tags" type="xsd:string" />',
    )
    text = text.replace(
        "http://schemas.xmlsoap.org/wsdl/soap/", "http://schemas.xmlsoap.org/wsdl/soap12/"
    )
    path = tmp_path / "Widget.wsdl"
    path.write_text(text, encoding="utf-8")
    diags = Diagnostics()
    facts = read_wsdl(path, "Widget.wsdl", diags)
    assert facts is not None and facts.agent.soap_version == "1.2"
    messages = sorted((d.kind, d.message) for d in diags.items)
    assert messages == [
        (
            "wsdl-unsupported",
            "Differs.Tags repeats (maxOccurs > 1) beside other fields: the"
            " record keeps one value of it (its last)",
        ),
        (
            "wsdl-unsupported",
            "Widget: a SOAP 1.2 binding; the generated clients speak SOAP 1.1 only",
        ),
    ]
    assert all(d.file == "Widget.wsdl" and d.line > 0 for d in diags.items)
