"""Issue 10, item 1: no input text ever becomes code.

Every string that reaches generated source goes through ``naming.literal`` (values) or
``naming.escape_doc`` (docstrings); every name printed as code is checked against the
identifier rule, whether it came from the docs, a WSDL, Swagger or a hand-edited snapshot.
"""

from __future__ import annotations

import ast
import dataclasses
import io
import json
import re
import tokenize
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codegen import model
from codegen.api import ParseResult
from codegen.diagnostics import Diagnostics
from codegen.naming import doc_line, escape_doc, is_identifier, literal, wrap_doc
from codegen.render.render import TEMPLATES, docstring_literal
from codegen.snapshot import SnapshotError, service_from_json, service_to_json

from .test_generator_support import (
    HOSTILE,
    HOSTILE_NAMES,
    PAYLOAD,
    check_module,
    generate_tree,
    import_everything,
    parse,
    render_checked,
)

ANY_TEXT = st.text(st.characters(blacklist_categories=()), max_size=60)
"""Any code points at all, lone surrogates included."""
TEXT = st.one_of(
    ANY_TEXT,
    st.sampled_from(HOSTILE_NAMES),
    st.lists(
        st.sampled_from(
            ['"', "'", "\\", '"""', "\n", "\r", "\x00", "\u2028", "a", " ", "#", "\udc80", "\t"]
        ),
        max_size=30,
    ).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_literal_is_one_ascii_string_token_that_reads_back(value: str) -> None:
    text = literal(value)
    assert text.isascii() and text.isprintable()
    tokens = [
        t
        for t in tokenize.generate_tokens(io.StringIO(text).readline)
        if t.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER)
    ]
    assert [t.type for t in tokens] == [tokenize.STRING]
    assert ast.literal_eval(text) == value


def test_literal_takes_only_strings() -> None:
    with pytest.raises(TypeError):
        literal(1)  # type: ignore[arg-type]


def _docstring_module(lines: list[str]) -> str:
    return f"def f():\n    {docstring_literal(lines, 4)}\n    return 1\n"


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_docstrings_hold_any_text_and_nothing_runs(text: str) -> None:
    twice = text + "\n\n" + text
    for lines, said in (
        (wrap_doc(text, 40), text),
        (doc_line(text), text),
        (wrap_doc(twice, 20), twice),
    ):
        source = _docstring_module(lines)
        tree = ast.parse(source)
        (function,) = tree.body
        assert isinstance(function, ast.FunctionDef) and len(function.body) == 2
        doc = ast.get_docstring(function, clean=False)
        assert doc is not None
        # the words are the text's words: whitespace may be rewrapped, nothing is lost
        assert doc.split() == said.translate(str.maketrans("\t\n\r\x0b\x0c", "     ")).split()


@pytest.mark.parametrize(
    "text",
    ["\\", '"', '""', '"""', '""""', 'a"""b"""', "\x00", "\r", "\udc80", "\u2028", '\\"', "a\\"],
)
def test_docstring_edges(text: str) -> None:
    for lines in (wrap_doc(text, 92), doc_line(text)):
        (function,) = ast.parse(_docstring_module(lines)).body
        assert isinstance(function, ast.FunctionDef)
        assert (ast.get_docstring(function, clean=False) or "").strip() == text.replace(
            "\r", " "
        ).strip()


def test_escape_doc_leaves_ordinary_text_alone() -> None:
    text = "Stores a gadget: “quoted”, 枡, no-break\xa0space and 'single' quotes."
    assert escape_doc(text) == text


def test_docstring_filter_refuses_a_bare_string() -> None:
    with pytest.raises(TypeError):
        docstring_literal("not lines", 4)  # type: ignore[arg-type]


def test_templates_print_text_only_through_the_two_filters() -> None:
    for path in sorted(TEMPLATES.rglob("*.j2")):
        text = path.read_text(encoding="utf-8")
        assert "tojson" not in text, path
        # no interpolation inside a quoted string or a docstring written in the template
        for match in re.finditer(r'"""(.*?)"""', text, re.S):
            assert "{{" not in match.group(1), (path, match.group(0))
        assert not re.search(r"""["']\{\{""", text), path
        assert not re.search(r"""\}\}["']""", text), path
        for expression in re.findall(r"\{\{(.*?)\}\}", text):
            if "literal" in expression or "docstring" in expression:
                assert re.search(r"\|\s*(literal|docstring\(\d+\))\s*$", expression), expression


def test_identifier_rule() -> None:
    for good in ["a", "_x", "Get_Url2", "A1"]:
        assert is_identifier(good)
    for bad in ["", "1a", "a-b", "a b", "café", "class", "match", "None", "x;y", "a\u2028", 5]:
        assert not is_identifier(bad), bad


@pytest.fixture(scope="module")
def injected(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    result = parse(HOSTILE / "inject", HOSTILE / "evil")
    out = generate_tree(result, tmp_path_factory.mktemp("inject"))
    return out, result


def test_the_probe_that_ran_code_on_import_runs_nothing(
    injected: tuple[Path, object], tmp_path: Path
) -> None:
    out, _ = injected
    assert import_everything(out, tmp_path / "sandbox") > 20
    source = (out / "superoffice/services78/inject.py").read_text()
    check_module(source, "inject.py")
    # the address is there, as text
    tree = ast.parse(source)
    docs = [ast.get_docstring(n) or "" for n in tree.body if isinstance(n, ast.ClassDef)]
    assert any("Inject.svc" + PAYLOAD in " ".join(d.split()) for d in docs)


def test_a_portType_named_like_code_is_an_error_and_the_rest_goes_on(
    injected: tuple[Path, object],
) -> None:
    out, result = injected
    errors = [str(d) for d in result.diagnostics.errors]  # type: ignore[attr-defined]
    text = (HOSTILE / "inject/Services79-Named.wsdl").read_text().splitlines()
    line = next(i for i, t in enumerate(text, 1) if "<wsdl:portType" in t)
    assert errors[0] == (
        f"Services79-Named.wsdl:{line}: error[wsdl-bad-name]: portType name "
        '\'Named"""; import os; os.system("touch PWNED") #\' is not an agent name '
        "(letters, digits and _, up to 100); WSDL skipped"
    )
    assert errors[1:] == [
        "Services80-Namespace.wsdl:4: error[wsdl-bad-namespace]: targetNamespace "
        '\'http://inject.test/"""; import os; os.system("touch PWNED") \'... '
        "is not an XML namespace URI; WSDL skipped"
    ]
    assert not (out / "superoffice/services80").exists()
    assert not (out / "superoffice/services79").exists()
    assert (out / "superoffice/services78/inject.py").exists()


def test_docs_and_swagger_text_lands_in_docstrings_as_text(injected: tuple[Path, object]) -> None:
    out, _ = injected
    source = (out / "superoffice/services77/evil.py").read_text()
    check_module(source, "evil.py")
    tree = ast.parse(source)
    methods = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "EvilMethods")
    docs = {
        n.name: " ".join((ast.get_docstring(n) or "").split())
        for n in methods.body
        if isinstance(n, ast.FunctionDef)
    }
    assert 'Fetches """; import os; os.system("touch PWNED") #' in docs["get_url"]
    assert "\x1b[31m" in docs["get_url"] and "\u202e" in docs["get_url"]
    assert 'quote at the end"' in docs["get_url"]
    assert "\ufffd" in docs["get_url_"]  # Swagger's lone surrogate, replaced


def _snapshot(result: object) -> dict:  # type: ignore[type-arg]
    (service,) = [s for s in result.services if s.version == "Services77"]  # type: ignore[attr-defined]
    data: dict = json.loads(service_to_json(service))  # type: ignore[type-arg]
    return data


def _type(data: dict, key: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    types = data["service"]["types"]
    index = next(i for i, t in enumerate(types) if t["key"] == key)
    return index, types[index]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda d: _type(d, "Mode")[1]["members"][0].update(value="1; import os"),
            r"\$\.service\.types\[\d+\]\.members\[0\]\.value: expected an integer, not str",
        ),
        (
            lambda d: _type(d, "Mode")[1]["members"][0].update(value=True),
            r"members\[0\]\.value: expected an integer, not bool",
        ),
        (
            lambda d: _type(d, "Mode")[1]["members"][0].update(value=2**70),
            r"members\[0\]\.value: \d+ is out of the 64-bit range",
        ),
        (
            lambda d: _type(d, "Mode")[1]["members"][0].update(py_name="X = 1; import os #"),
            r"members\[0\]\.py_name: 'X = 1; import os #' is not a valid enum member name",
        ),
        (
            lambda d: _type(d, "Mode")[1]["members"][0].update(py_name="_missing_"),
            r"members\[0\]\.py_name: '_missing_' is not a valid enum member name",
        ),
        (
            lambda d: _type(d, "Mode")[1]["members"][1].update(py_name="name"),
            r"members\[1\]\.py_name: 'name' means something else in an enum",
        ),
        (
            lambda d: _type(d, "Mode")[1].update(py_name="Mode(object): pass\nimport os\nclass X"),
            r"types\[\d+\]\.py_name: .* is not a valid class name",
        ),
        (
            lambda d: _type(d, "Mode")[1].update(py_name="Café"),
            r"is not a valid class name",
        ),
        (
            lambda d: _type(d, "UsesInt")[1].update(py_name="Record"),
            r"class 'Record' would shadow a name generated code uses",
        ),
        (
            lambda d: _type(d, "UsesInt")[1]["fields"][0].update(py_name="to_xml"),
            r"fields\[0\]\.py_name: 'to_xml' is reserved",
        ),
        (
            lambda d: _type(d, "UsesInt")[1]["fields"][0].update(py_name="class"),
            r"fields\[0\]\.py_name: 'class' is not a valid parameter or field name",
        ),
        (
            lambda d: d["service"]["agents"][0]["operations"][0].update(py_name="invoke"),
            r"operations\[0\]\.py_name: 'invoke' would shadow the agent's own 'invoke'",
        ),
        (
            lambda d: d["service"]["agents"][0]["operations"][0].update(py_name="_call"),
            r"operations\[0\]\.py_name: '_call' is not a valid method name",
        ),
        (
            lambda d: d["service"]["agents"][0]["operations"][1].update(
                py_name=d["service"]["agents"][0]["operations"][0]["py_name"]
            ),
            r"operations\[1\]\.py_name: method 'get_url' is already used at",
        ),
        (
            lambda d: d["service"]["agents"][0].update(name='Evil"""'),
            r"agents\[0\]\.name: 'Evil\"\"\"' is not a valid agent name",
        ),
        (
            lambda d: d["service"]["agents"][0].update(py_name="SoapCaller"),
            r"agents\[0\]\.py_name: class 'SoapCaller' would shadow",
        ),
        (
            lambda d: _type(d, "UsesInt")[1]["fields"][0].update(type="Nowhere"),
            r"fields\[0\]\.type: type 'Nowhere' is not defined",
        ),
        (
            lambda d: _type(d, "Mode")[1].update(stem="../../evil"),
            r"types\[\d+\]\.stem: '\.\./\.\./evil' is not a valid module and codec name",
        ),
        (
            lambda d: _type(d, "Mode")[1].update(stem="m" * 81),
            r"types\[\d+\]\.stem: 'm+' is not a valid module and codec name",
        ),
        (
            lambda d: _type(d, "Mode")[1].update(stem=_type(d, "UsesInt")[1]["stem"]),
            r"types\[\d+\]\.stem: stem 'uses_int' is already used at",
        ),
        (
            lambda d: _type(d, "Mode")[1].update(py_name="USES_INT_CODEC"),
            r"py_name: class 'USES_INT_CODEC' would shadow a types module or codec",
        ),
        (
            lambda d: _type(d, "Mode")[1].update(py_name="uses_int"),
            r"py_name: class 'uses_int' would shadow a types module or codec",
        ),
        (
            lambda d: d["service"]["agents"][0].update(namespace=""),
            r"agents\[0\]\.namespace: empty",
        ),
        (
            lambda d: d["service"]["agents"][0]["operations"][0].update(const="get_url"),
            r"operations\[0\]\.const: 'get_url' is not a valid constant name",
        ),
        (
            lambda d: d["service"]["agents"][0]["operations"][0].update(const="OPERATIONS"),
            r"operations\[0\]\.const: 'OPERATIONS' would shadow a name generated code uses",
        ),
        (
            lambda d: d["service"]["agents"][0]["operations"][0].update(const="MODE_CODEC"),
            r"operations\[0\]\.const: 'MODE_CODEC' would shadow a name generated code uses",
        ),
        (
            lambda d: d["service"]["agents"][0]["operations"][1].update(
                const=d["service"]["agents"][0]["operations"][0]["const"]
            ),
            r"operations\[1\]\.const: name 'GET_URL' is already used at",
        ),
        (
            lambda d: d["service"]["agents"][0]["operations"][0].update(result_class="Extra"),
            r"operations\[0\]\.result_class: only an operation with several results has one",
        ),
        (
            lambda d: d["service"]["agents"][0].update(surprise=1),
            r"agents\[0\]\.surprise: Agent has no such key",
        ),
        (
            lambda d: d["service"]["agents"][0].update(address=["x"]),
            r"agents\[0\]\.address: expected a string, not list",
        ),
    ],
)
def test_a_hand_edited_snapshot_is_checked_before_anything_is_printed(
    injected: tuple[Path, object], edit, message: str  # type: ignore[no-untyped-def]
) -> None:
    _, result = injected
    data = _snapshot(result)
    edit(data)
    with pytest.raises(SnapshotError, match=message) as caught:
        service_from_json(json.dumps(data), "services77.json")
    assert str(caught.value).startswith("services77.json: $.service.")


def test_the_snapshot_of_the_hostile_docs_renders_clean_code(
    injected: tuple[Path, object],
) -> None:
    _, result = injected
    files = render_checked(result)  # type: ignore[arg-type]
    assert "superoffice/services77/evil.py" in files


WIRE_CHECKED = (
    "name",
    "namespace",
    "soap_action",
    "input_element",
    "output_element",
    "path",
    "method",
)
"""What goes on the wire as it is (element names and namespaces, the SOAPAction header, the
REST path and method): checked when a snapshot is loaded, not escaped."""


@pytest.mark.parametrize("namespace", ['urn:a"b', "urn:a\nb", "http://é", "urn:a b"])
def test_a_namespace_lxml_would_refuse_is_refused_on_load(
    injected: tuple[Path, object], namespace: str
) -> None:
    _, result = injected
    (service,) = [s for s in result.services if s.version == "Services77"]  # type: ignore[attr-defined]
    agent, *others = service.agents
    changed = dataclasses.replace(
        service, agents=(dataclasses.replace(agent, namespace=namespace), *others)
    )
    with pytest.raises(SnapshotError, match=r"agents\[0\]\.namespace: .* is not an XML namespace"):
        service_from_json(service_to_json(changed))
    first = dataclasses.replace(service.types[0], namespace=namespace)
    changed = dataclasses.replace(service, types=(first, *service.types[1:]))
    with pytest.raises(SnapshotError, match=r"types\[0\]\.namespace: .* is not an XML namespace"):
        service_from_json(service_to_json(changed))


@pytest.mark.parametrize(
    ("where", "edit"),
    [
        ("operations[0].name", lambda op: dataclasses.replace(op, name="Ping Pong")),
        (
            "operations[0].soap_action",
            lambda op: dataclasses.replace(op, soap_action="urn:a\r\nX: 1"),
        ),
        (
            "operations[0].rest.path",
            lambda op: dataclasses.replace(
                op, rest=model.RestEndpoint(method="POST", path="/api/v1/../../etc/passwd")
            ),
        ),
        (
            "operations[0].rest.path",
            lambda op: dataclasses.replace(
                op, rest=model.RestEndpoint(method="POST", path="https://evil.example/x")
            ),
        ),
        (
            "operations[0].rest.method",
            lambda op: dataclasses.replace(
                op, rest=model.RestEndpoint(method="BREW", path="/api/v1/Agents/A/B")
            ),
        ),
        (
            "operations[0].parameters[0].name",
            lambda op: dataclasses.replace(
                op,
                parameters=(dataclasses.replace(op.parameters[0], name="<x>"),)
                + op.parameters[1:],
            ),
        ),
    ],
)
def test_what_goes_on_the_wire_as_it_is_is_checked(
    injected: tuple[Path, object], where: str, edit: Any
) -> None:
    _, result = injected
    (service,) = [s for s in result.services if s.version == "Services77"]  # type: ignore[attr-defined]
    agent, *others = service.agents
    index = next(i for i, op in enumerate(agent.operations) if op.parameters)
    ops = list(agent.operations)
    ops[index] = edit(ops[index])
    changed = dataclasses.replace(
        service, agents=(dataclasses.replace(agent, operations=tuple(ops)), *others)
    )
    with pytest.raises(SnapshotError, match=re.escape(where.replace("[0]", f"[{index}]", 1))):
        service_from_json(service_to_json(changed))


def test_names_in_every_field_of_the_model_stay_text(injected: tuple[Path, object]) -> None:
    """Every string of the model that is not a name (wire names, docs, addresses, actions,
    REST paths and parameter names) set to the payload: the code still only defines names."""
    _, result = injected
    (service,) = [s for s in result.services if s.version == "Services77"]  # type: ignore[attr-defined]

    def poison(value: object) -> object:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            changes = {}
            for f in dataclasses.fields(value):
                item = getattr(value, f.name)
                names = ("py_name", "stem", "const", "result_class", "module", "version")
                if f.name in (*names, "kind", "key", "type", "base"):
                    continue
                if f.name in WIRE_CHECKED:  # sent as they are, so checked: see the next test
                    continue
                if f.name in ("item_type", "key_type", "value_type", "backing"):
                    continue
                if isinstance(item, str):
                    changes[f.name] = item + PAYLOAD + "\u2028\\"
                elif isinstance(item, tuple):
                    changes[f.name] = tuple(poison(i) for i in item)
                elif dataclasses.is_dataclass(item):
                    changes[f.name] = poison(item)
            return dataclasses.replace(value, **changes)  # type: ignore[arg-type]
        return value

    poisoned = poison(service)
    # agent names must stay names: they are checked, not escaped
    poisoned = dataclasses.replace(
        poisoned,
        agents=tuple(
            dataclasses.replace(a, name=b.name)
            for a, b in zip(poisoned.agents, service.agents, strict=True)  # type: ignore[attr-defined]
        ),
    )
    loaded = service_from_json(service_to_json(poisoned))  # type: ignore[arg-type]
    render_checked(ParseResult([loaded], Diagnostics(), 0))
