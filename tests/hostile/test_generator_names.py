"""Issue 10, item 5: name collisions are resolved, deterministically, and reported.

Operations that spell the same in Python, operations named like the agent's own methods,
types named like what generated modules import, fields named like what records and their
codecs use, types that would share a module file, a type defined twice, a reference to a
type defined nowhere; and the docs folders themselves: empty ones, symbolic links, loops.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from codegen.api import ParseResult
from codegen.model import EnumType, RecordType
from codegen.reserved import agent_members

from .test_generator_support import FIXTURE_DOCS, HOSTILE, generate_tree, parse

EVIL = HOSTILE / "evil"
WSDL = EVIL / "Services77-Evil.wsdl"


@pytest.fixture(scope="module")
def evil() -> ParseResult:
    return parse(EVIL)


@pytest.fixture(scope="module")
def evil_tree(evil: ParseResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_tree(evil, tmp_path_factory.mktemp("evil"))


def run_in(out: Path, code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def line_of(text: str) -> int:
    return next(i for i, t in enumerate(WSDL.read_text().splitlines(), 1) if text in t)


def collisions(result: ParseResult) -> list[str]:
    return [str(d) for d in result.diagnostics.items if d.kind == "name-collision"]


def test_operations_that_spell_the_same_each_get_their_own_name(evil: ParseResult) -> None:
    agent = evil.services[0].agent("Evil")
    names = {op.name: op.py_name for op in agent.operations}
    assert [names[n] for n in ("GetURL", "GetUrl", "Get_Url")] == [
        "get_url",
        "get_url_",
        "get_url__",
    ]
    assert [names[n] for n in ("Получить", "取得")] == ["value", "value_"]
    found = collisions(evil)
    at = line_of('<wsdl:operation name="GetUrl">')
    assert (
        f"Services77-Evil.wsdl:{at}: warning[name-collision]: Services77 Evil operation "
        "'GetUrl': get_url is taken (as 'GetURL' is); named get_url_"
    ) in found
    assert (
        f"Services77-Evil.wsdl:{at}: warning[name-collision]: Services77 Evil operation "
        "'GetUrl': the constant GET_URL is taken; named GET_URL_2"
    ) in found


def test_operations_named_like_agent_members_do_not_shadow_them(evil: ParseResult) -> None:
    agent = evil.services[0].agent("Evil")
    names = {op.name: op.py_name for op in agent.operations}
    for wire, expected in [
        ("Invoke", "invoke_"),
        ("Close", "close_"),
        ("Aclose", "aclose_"),
        ("WithOptions", "with_options_"),
        ("BuildRequest", "build_request_"),
        ("LastResponse", "last_response_"),
    ]:
        assert names[wire] == expected
        assert expected.rstrip("_") in agent_members()
    assert not {op.py_name for op in agent.operations} & agent_members()


def test_agent_members_follow_the_transport(tmp_path: Path) -> None:
    # read from templates/static/transport.py: everything its callers define or set on self
    members = agent_members()
    assert {
        "invoke",
        "close",
        "aclose",
        "with_options",
        "build_request",
        "last_response",
    } <= members
    assert {"_call", "_client", "_protocol", "_options", "_PATH", "_HEADERS"} <= members


def test_the_generated_agent_calls_each_operation_and_keeps_its_own_methods(
    evil_tree: Path,
) -> None:
    out = run_in(
        evil_tree,
        """
        from superoffice import transport
        from superoffice.services77 import evil
        consts = [evil.GET_URL, evil.GET_URL_2, evil.GET_URL_3, evil.VALUE, evil.VALUE_2,
                  evil.NAMESPACE_2, evil.OPERATIONS_2, evil.INT_2, evil.INT_CODEC_2]
        assert [c.name for c in consts] == ["GetURL", "GetUrl", "Get_Url", "Получить", "取得",
                                           "Namespace", "Operations", "Int", "IntCodec"], consts
        assert evil.NAMESPACE == "http://evil.test/it's'''#/Services77"
        assert len(evil.OPERATIONS) == 16 and evil.OPERATIONS["GetUrl"] is evil.GET_URL_2
        agent = evil.EvilAgent("https://x.test")
        assert type(agent).invoke is transport._SyncCaller.invoke
        assert type(agent).close is transport._SyncCaller.close
        assert type(agent).with_options is transport._Caller.with_options
        seen = []
        agent._call = lambda operation, args: seen.append(operation.name)
        for method in ["get_url", "get_url_", "get_url__", "value", "value_", "invoke_",
                       "close_", "aclose_", "with_options_", "build_request_", "last_response_"]:
            getattr(agent, method)()
        print(" ".join(seen))
        rest = evil.EvilRestAgent("https://x.test")
        assert rest.build_request(evil.INVOKE, [evil.UNSET] * 4).url.path.endswith("/Evil/Invoke")
        assert rest.build_request(evil.GET_URL_2, [evil.UNSET] * 4).url.path.endswith("/GetUrl")
        """,
    )
    assert out.split() == [
        "GetURL",
        "GetUrl",
        "Get_Url",
        "Получить",
        "取得",
        "Invoke",
        "Close",
        "Aclose",
        "WithOptions",
        "BuildRequest",
        "LastResponse",
    ]


def test_types_named_like_imported_names_are_renamed_and_import(
    evil: ParseResult, evil_tree: Path
) -> None:
    types = evil.services[0].type_map()
    renamed = {
        "Record": "Record_",
        "Unset": "Unset_",
        "Extra": "Extra_",
        "Operation": "Operation_",
        "Param": "Param_",
        "INT": "INT_",
        "NAMESPACE": "NAMESPACE_",
        "HEADERS": "HEADERS_",
        "XmlTypes": "XmlTypes_",
        "SoapCaller": "SoapCaller_",
        "EvilAgent": "EvilAgent_",
        "EvilMethods": "EvilMethods_",
        "Exception": "Exception_",
        "Any": "Any_",
        "Codec": "Codec_",
        "Element": "Element_",
    }
    assert {k: types[k].py_name for k in renamed} == renamed
    assert {k: types[k].py_name for k in ("Int", "Namespace", "Headers")} == {
        "Int": "Int",
        "Namespace": "Namespace",
        "Headers": "Headers",
    }
    at = line_of('<xs:complexType name="Record">')
    assert (
        f"Services77-Evil.wsdl:{at}: warning[name-collision]: Services77 type 'Record': Record "
        "is taken (a name generated code already uses); named Record_"
    ) in collisions(evil)
    run_in(
        evil_tree,
        """
        from superoffice import runtime
        from superoffice.services77 import types
        from superoffice.services77.types import Record_, Int, Namespace, Headers, UsesInt
        assert issubclass(Record_, runtime.Record) and Record_ is not runtime.Record
        for name in ["Unset_", "Extra_", "Operation_", "Param_", "INT_", "NAMESPACE_", "HEADERS_",
                     "XmlTypes_", "SoapCaller_", "EvilAgent_", "Exception_", "Any_", "Codec_"]:
            assert getattr(types, name).__name__ == name
        value = UsesInt(inner=Int(note="n"), ints=[1, 2])
        assert UsesInt.from_json(value.to_json()) == value
        from lxml import etree
        assert UsesInt.from_xml(etree.tostring(value.to_xml())) == value
        """,
    )


def test_fields_named_like_record_members_and_codec_locals(
    evil: ParseResult, evil_tree: Path
) -> None:
    record = evil.services[0].type_map()["Record"]
    assert isinstance(record, RecordType)
    names = {f.name: f.py_name for f in record.fields}
    assert names["ToXml"] == "to_xml_" and names["from_json"] == "from_json_"
    assert names["Extra"] == "extra_" and names["Datetime"] == "datetime_"
    for wire in ["Element", "Child", "Tag", "Value", "Data", "Path", "Result", "ReadInt"]:
        assert names[wire] == wire.lower().replace("readint", "read_int")
    # element names that no XML can hold are left out, with a warning
    assert 'We"ird' not in names and "Line\u2028Sep" not in names
    bad = [str(d) for d in evil.diagnostics.items if d.kind == "wsdl-bad-name"]
    assert any("element name 'We\"ird' is not an XML name; left out" in b for b in bad)
    run_in(
        evil_tree,
        """
        import json
        from lxml import etree
        from superoffice import runtime
        from superoffice.services77.types import Record_
        r = Record_(element=1, child=2, tag="t", read_int=3, keep_element="k", xml_missing="m",
                    isinstance="i", to_xml_="x", extra_="e", value="v", data="d", path="p",
                    result="r", from_json_="f")
        xml = etree.tostring(r.to_xml())
        assert Record_.from_xml(xml) == r, Record_.from_xml(xml)
        assert Record_.from_json(json.loads(json.dumps(r.to_json()))) == r
        assert r.to_json()["ToXml"] == "x" and r.extra is None
        try:
            Record_.from_xml(xml.replace(b"<ReadInt>3</ReadInt>", b""))
        except runtime.DecodeError as exc:
            assert "required element ReadInt is missing" in str(exc), exc
        else:
            raise AssertionError("a required field went missing silently")
        """,
    )


def test_types_that_would_share_a_module_file_do_not(evil: ParseResult, evil_tree: Path) -> None:
    files = [p.relative_to(evil_tree).as_posix() for p in evil_tree.rglob("*.py")]
    assert len({f.lower() for f in files}) == len(files)
    types_dir = evil_tree / "superoffice/services77/types"
    assert (types_dir / "url_path.py").exists() and (types_dir / "url_path_2.py").exists()
    assert "class URLPath(" in (types_dir / "url_path.py").read_text()
    assert "class UrlPath(" in (types_dir / "url_path_2.py").read_text()
    assert (types_dir / "list_of_int.py").exists() and (types_dir / "list_of_int_2.py").exists()
    at = line_of('<xs:complexType name="UrlPath">')
    assert (
        f"Services77-Evil.wsdl:{at}: warning[name-collision]: Services77 types 'URLPath' and "
        "'UrlPath' would share the module and codec names 'url_path'; 'UrlPath' uses 'url_path_2'"
    ) in collisions(evil)
    run_in(
        evil_tree,
        """
        from superoffice.services77.types import URLPath, UrlPath, ListOfInt
        assert URLPath.__module__ != UrlPath.__module__
        from superoffice.services77.types import list_of_int, list_of_int_2
        """,
    )


def test_types_named_like_keywords_get_modules_python_can_import(evil_tree: Path) -> None:
    """A type ``class`` lives in ``class_.py`` (``from .class import`` does not parse); a type
    ``None``, a field ``True`` and an enum member ``def`` get names Python takes."""
    types_dir = evil_tree / "superoffice/services77/types"
    assert (types_dir / "class_.py").exists() and not (types_dir / "class.py").exists()
    out = run_in(
        evil_tree,
        """
        from superoffice.services77.types import Class, Import, None_
        print(Class(none="x").to_xml().tag.rpartition("}")[2], None_(true="y").to_json())
        print(Import.DEF.name)
        """,
    )
    assert out.split() == ["class", "{'True':", "'y'}", "DEF"]


def test_enum_members_that_collide(evil: ParseResult) -> None:
    mode = evil.services[0].type_map()["Mode"]
    assert isinstance(mode, EnumType)
    assert [(m.name, m.py_name) for m in mode.members] == [
        ("name", "NAME_"),
        ("value", "VALUE_"),
        ("mro", "MRO_"),
        ("Foo", "FOO"),
        ("FOO", "FOO_"),
        ('Quote"""; import os #', "QUOTE_IMPORT_OS"),
        ("", "VALUE__"),
        ("Bad", "BAD"),
    ]
    text = [str(d) for d in evil.diagnostics.items]
    bad = line_of("1; import os</EnumerationValue>")
    huge = line_of('<xs:enumeration value="Huge">')
    assert (
        f"Services77-Evil.wsdl:{bad}: warning[wsdl-bad-value]: Mode: EnumerationValue '1; import os'"
        in text
    )
    assert (
        f"Services77-Evil.wsdl:{huge}: warning[wsdl-bad-value]: Mode: value 99999999999999999999 "
        "of 'Huge' is beyond 64 bits; member left out"
    ) in text


def test_a_type_defined_twice_and_a_type_defined_nowhere(evil: ParseResult) -> None:
    types = evil.services[0].type_map()
    twice = types["Twice"]
    assert isinstance(twice, RecordType) and [f.name for f in twice.fields] == ["First"]
    dangling = types["Dangling"]
    assert isinstance(dangling, RecordType)
    assert [f.type for f in dangling.fields] == ["xs:anyType", "xs:anyType"]
    text = [str(d) for d in evil.diagnostics.items]
    lines = [i for i, t in enumerate(WSDL.read_text().splitlines(), 1) if 'name="Twice"' in t]
    assert (
        f"Services77-Evil.wsdl:{lines[1]}: warning[wsdl-duplicate-type]: type 'Twice' is defined "
        f"again (first at line {lines[0]}); the first definition is kept"
    ) in text
    at = line_of('<xs:complexType name="Dangling">')
    assert (
        f"Services77-Evil.wsdl:{at}: warning[wsdl-undefined-type]: Dangling: type 'Nowhere' is "
        "not defined; read as anyType"
    ) in text


def test_naming_is_the_same_every_time(evil: ParseResult) -> None:
    again = parse(EVIL)
    assert again.services == evil.services
    assert [str(d) for d in again.diagnostics.sorted()] == [
        str(d) for d in evil.diagnostics.sorted()
    ]


def codegen_parse(docs: Path, specs: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", "parse", "--docs", str(docs), "--specs", str(specs)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_an_empty_docs_folder_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "README.md").write_text("# not a page\n")
    (empty / ".hidden").mkdir()
    (empty / ".hidden" / "x.md").write_text("# hidden\n")
    done = codegen_parse(empty, tmp_path / "specs")
    assert done.returncode == 1
    assert (
        f"{empty}: error[docs-empty]: no pages (.md, .txt, .wsdl, .json) in this folder"
        in done.stderr
    )
    assert "diagnostics: none" not in done.stdout
    assert not (tmp_path / "specs").exists()


def test_docs_without_any_wsdl_are_an_error(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(FIXTURE_DOCS / "rest", docs)
    done = codegen_parse(docs, tmp_path / "specs")
    assert done.returncode == 1
    assert "error[docs-no-wsdl]: 2 files read, but no agent WSDL among them" in done.stderr


def test_symlinked_folders_are_read_once_and_loops_end(tmp_path: Path) -> None:
    root = tmp_path / "root"
    root.mkdir()
    os.symlink(FIXTURE_DOCS / "soap", root / "soap")  # a linked folder
    os.symlink(FIXTURE_DOCS / "rest", root / "rest")
    os.symlink(root, root / "soap-again")  # a loop back up
    (root / "z").mkdir()
    os.symlink(FIXTURE_DOCS / "rest", root / "z" / "same-rest")  # one folder, two links
    os.symlink(tmp_path / "nowhere", root / "broken")  # a dangling link
    linked = parse(root)
    direct = parse(FIXTURE_DOCS)
    # each folder read once, where it is first met in sorted order (rest/ before z/same-rest/)
    assert linked.services == direct.services
    assert linked.files_read == direct.files_read
