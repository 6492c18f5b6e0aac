"""Issue 10, item 2: nothing is written outside ``--out``.

A snapshot's module names and version become file names: they are checked when the snapshot
is loaded (a ``SnapshotError`` naming the file and the JSON path), and every path is checked
again, inside the output tree (and the formatter's temporary tree), before anything is written.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from codegen import output
from codegen.api import ParseResult, generate, write_snapshots
from codegen.fsutil import OutsideError, inside
from codegen.render.format import RenderError, format_all
from codegen.snapshot import SnapshotError, load_snapshot, load_snapshots

from .test_generator_support import FIXTURE_DOCS, parse


@pytest.fixture(scope="module")
def fixture_result() -> ParseResult:
    return parse(FIXTURE_DOCS)


def tree_of(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


def edited_specs(result: ParseResult, base: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    specs = base / "specs"
    write_snapshots(result, specs)
    path = specs / "services99.json"
    data = json.loads(path.read_text())
    edit(data)
    path.write_text(json.dumps(data))
    return specs


def codegen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CODEGEN_DOCS"}  # check would read it
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args], cwd=cwd, capture_output=True, text=True, env=env
    )


def _agent(index: int, **changes: str):  # type: ignore[no-untyped-def]
    return lambda d: d["service"]["agents"][index].update(**changes)


@pytest.mark.parametrize(
    ("edit", "where", "what"),
    [
        (_agent(0, module="../../escaped"), "$.service.agents[0].module", "not a valid module"),
        (_agent(0, module="/tmp/escaped"), "$.service.agents[0].module", "not a valid module"),
        (_agent(0, module="a/b"), "$.service.agents[0].module", "not a valid module"),
        (_agent(0, module="Gadget"), "$.service.agents[0].module", "not a valid module"),
        (_agent(0, module="types"), "$.service.agents[0].module", "every package has"),
        (_agent(0, module="headers"), "$.service.agents[0].module", "every package has"),
        (_agent(1, module="gadget"), "$.service.agents[1].module", "module 'gadget' is already"),
        (
            lambda d: d["service"].update(version="../../Services99"),
            "$.service.version",
            "is not a Services version",
        ),
        (
            lambda d: d["service"].update(version="Services99/../../x"),
            "$.service.version",
            "is not a Services version",
        ),
        (
            lambda d: d["service"].update(version="Services" + "9" * 300),
            "$.service.version",
            "is not a Services version",
        ),
    ],
)
def test_paths_in_a_snapshot_are_checked_on_load(
    fixture_result: ParseResult, tmp_path: Path, edit, where: str, what: str  # type: ignore[no-untyped-def]
) -> None:
    specs = edited_specs(fixture_result, tmp_path, edit)
    with pytest.raises(SnapshotError) as caught:
        load_snapshot(specs / "services99.json")
    assert str(caught.value).startswith(f"{specs / 'services99.json'}: {where}: ")
    assert what in str(caught.value)


def test_generate_with_an_escaping_module_writes_nothing_anywhere(
    fixture_result: ParseResult, tmp_path: Path
) -> None:
    base = tmp_path / "a" / "b"
    base.mkdir(parents=True)
    out = base / "out"
    generate(edited_specs(fixture_result, base, lambda d: None), out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    edited_specs(fixture_result, base, _agent(0, module="../../../escaped"))
    everything = tree_of(tmp_path)
    cli = codegen("generate", "--specs", str(base / "specs"), "--out", str(out), cwd=base)
    assert cli.returncode == 1 and "Traceback" not in cli.stderr
    assert "services99.json: $.service.agents[0].module: '../../../escaped'" in cli.stderr
    assert f"{out} is left as it was" in cli.stderr
    assert tree_of(tmp_path) == everything
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    check = codegen("check", "--specs", str(base / "specs"), "--out", str(out), cwd=base)
    assert check.returncode == 1 and "$.service.agents[0].module" in check.stderr


def test_a_snapshot_must_hold_the_version_its_name_says(
    fixture_result: ParseResult, tmp_path: Path
) -> None:
    specs = edited_specs(
        fixture_result, tmp_path, lambda d: d["service"].update(version="Services7")
    )
    with pytest.raises(
        SnapshotError, match=r"'Services7' belongs in services7.json, not services99"
    ):
        load_snapshots(specs)


@pytest.mark.parametrize(
    "rel",
    [
        "../x.py",
        "a/../../x.py",
        "/etc/x.py",
        "a//b.py",
        "./a.py",
        "a\\..\\x.py",
        "",
        ".",
        "..",
        "a/\x00.py",
        "C:/x.py",
        "a/ b.py",
        "a/..",
    ],
)
def test_inside_refuses_anything_but_a_plain_relative_path(tmp_path: Path, rel: str) -> None:
    with pytest.raises(OutsideError):
        inside(tmp_path, rel)


def test_inside_refuses_a_link_that_leads_out(tmp_path: Path) -> None:
    root, elsewhere = tmp_path / "root", tmp_path / "elsewhere"
    root.mkdir()
    elsewhere.mkdir()
    os.symlink(elsewhere, root / "link")
    with pytest.raises(OutsideError, match="resolves outside"):
        inside(root, "link/x.py")
    assert inside(root, "superoffice/services99/x.py") == root / "superoffice/services99/x.py"


def test_the_formatters_temporary_tree_is_checked_too() -> None:
    name = f"escaped-{os.getpid()}.py"
    with pytest.raises(RenderError, match="not a plain relative path"):
        format_all({f"../../{name}": "x = 1\n", "superoffice/a.py": "y = 2\n"})
    assert not (Path(tempfile.gettempdir()) / name).exists()
    assert not (Path(tempfile.gettempdir()).parent / name).exists()


def test_write_tree_checks_every_path_before_writing_any(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    rendered = output.Rendered(
        {"superoffice/a.py": b"x = 1\n", "superoffice/../../b.py": b"y = 2\n"},
        output.Manifest(),
        [],
    )
    with pytest.raises(OutsideError):
        output.write_tree(out, rendered)
    assert tree_of(tmp_path) == {"out"} or tree_of(tmp_path) <= {"out", "out/.codegen-staging"}
    assert not (tmp_path / "b.py").exists()


@pytest.mark.parametrize(
    "name",
    [".codegen-staging", ".codegen-old", "superoffice", ".codegen-manifest.json", "README.md"],
)
def test_generate_refuses_a_link_in_out_and_writes_nothing(
    fixture_result: ParseResult, tmp_path: Path, name: str
) -> None:
    specs = edited_specs(fixture_result, tmp_path, lambda d: None)
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("mine\n")
    (out / name).symlink_to(elsewhere, target_is_directory=True)
    everything = tree_of(tmp_path)
    with pytest.raises(OutsideError, match=f"{out / name}: a symbolic link"):
        generate(specs, out)
    assert tree_of(tmp_path) == everything
    cli = codegen("generate", "--specs", str(specs), "--out", str(out), cwd=tmp_path)
    assert cli.returncode == 1 and "Traceback" not in cli.stderr
    assert f"{out / name}: a symbolic link" in cli.stderr
    assert tree_of(tmp_path) == everything
    assert (elsewhere / "keep.txt").read_text() == "mine\n"


def test_generate_refuses_a_link_inside_the_package(
    fixture_result: ParseResult, tmp_path: Path
) -> None:
    specs = edited_specs(fixture_result, tmp_path, lambda d: None)
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    generate(specs, out)
    elsewhere.mkdir()
    link = out / "superoffice" / "services99" / "gadget.py"
    link.unlink()
    link.symlink_to(elsewhere / "gadget.py")
    (specs / "services99.json").write_text(
        (specs / "services99.json").read_text().replace("Stores a gadget", "Kept a gadget")
    )
    everything = tree_of(tmp_path)
    with pytest.raises(OutsideError, match=f"{link}: a symbolic link"):
        generate(specs, out)
    assert tree_of(tmp_path) == everything and link.is_symlink()
