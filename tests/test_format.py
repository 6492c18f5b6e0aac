"""The two formatters: ruff (default) and black write the same bytes; failures name the file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from codegen import api
from codegen.api import ParseResult, write_snapshots
from codegen.render.format import LINE_LENGTH, RenderError, format_all, keyword_annotation
from codegen.render.render import render_sources


@pytest.mark.heavy
def test_ruff_and_black_write_the_same_files(fixture_parse: ParseResult) -> None:
    sources = render_sources(fixture_parse.services)
    by_ruff = format_all(sources, "ruff")
    by_black = format_all(sources, "black")
    assert set(by_ruff) == set(sources)
    assert sources != by_ruff  # the templates' output does need formatting
    different = [rel for rel in sources if by_ruff[rel] != by_black[rel]]
    assert different == []


def test_a_long_conditional_in_a_comprehension_is_formatted_alike() -> None:
    # the constructs where the two disagree unless the templates add parentheses
    body = (
        "def f(data, path):\n    return [(None if item is None else "
        + "decode_json_a_rather_long_generated_type_name_here"
        + '(item, f"{path}[{index}]")) for index, item in enumerate(data)]\n'
    )
    sources = {"m.py": body}
    assert format_all(sources, "ruff") == format_all(sources, "black")


@pytest.mark.parametrize("formatter", ["ruff", "black"])
def test_code_that_does_not_parse_names_the_file(formatter: str) -> None:
    sources = {"pkg/good.py": "x = 1\n", "pkg/bad.py": "def f(:\n    pass\n"}
    with pytest.raises(RenderError, match=r"pkg/bad\.py(:1:\d+)?: generated code does not parse"):
        format_all(sources, formatter)  # type: ignore[arg-type]


def test_non_python_files_pass_through() -> None:
    sources = {"pyproject.toml": "[project]\nname='x'\n", "pkg/py.typed": ""}
    assert format_all(sources) == sources


@pytest.mark.heavy
def test_switching_formatter_reformats_but_writes_nothing_new(
    tmp_path: Path, fixture_parse: ParseResult
) -> None:
    specs, out = tmp_path / "specs", tmp_path / "out"
    write_snapshots(fixture_parse, specs)
    api.generate(specs, out, formatter="ruff")
    result = api.generate(specs, out, formatter="black")
    assert not result.up_to_date and result.formatted  # not reused across formatters
    assert result.written == []  # and the bytes are the same
    assert api.check(specs, out, formatter="ruff").ok


def test_missing_ruff_says_what_to_do(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from codegen.render import format as fmt

    monkeypatch.setattr(fmt.sysconfig, "get_path", lambda name: str(tmp_path))
    monkeypatch.setattr(fmt.shutil, "which", lambda name: None)
    with pytest.raises(RenderError, match=r"ruff is not installed.*--formatter black"):
        format_all({"m.py": "x = 1\n"}, "ruff")
    assert format_all({"m.py": "x=1\n"}, "black") == {"m.py": "x = 1\n"}


def test_a_record_with_no_docs_and_no_fields_of_its_own_is_formatted_alike(
    fixture_parse: ParseResult,
) -> None:
    """A class body that starts with a method: black keeps a blank first line, ruff drops it,
    so the template writes none (Services88's FieldInfoBlob is such a record)."""
    (service,) = fixture_parse.services
    types = tuple(
        dataclasses.replace(t, doc="", fields=()) if t.name == "Gadget" else t
        for t in service.types
    )
    sources = render_sources([dataclasses.replace(service, types=types)])
    module = next(rel for rel, text in sources.items() if "class Gadget(Carrier):" in text)
    by_ruff = format_all({module: sources[module]}, "ruff")
    assert by_ruff == format_all({module: sources[module]}, "black")
    assert "class Gadget(Carrier):\n    def to_xml" in by_ruff[module]


def test_keyword_annotation_gets_parentheses_only_when_its_line_is_too_long() -> None:
    assert keyword_annotation("ids", "list[int] | Unset") == "list[int] | Unset"
    name, ann = (
        "preference_description_lines",
        "list[PreferenceDescriptionLine | None] | None | Unset",
    )
    assert len(f"        {name}: {ann} = UNSET,") > LINE_LENGTH
    assert keyword_annotation(name, ann) == f"({ann})"
