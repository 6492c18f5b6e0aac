"""codegen generate / check as a build step: incremental, atomic, and loud about drift."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import api, output
from codegen.api import ParseResult, write_snapshots

from .conftest import FIXTURE_DOCS


@pytest.fixture
def tree(tmp_path: Path, fixture_parse: ParseResult) -> tuple[Path, Path]:
    specs, out = tmp_path / "specs", tmp_path / "out"
    write_snapshots(fixture_parse, specs)
    api.generate(specs, out)
    return specs, out


def codegen(*args: str, cwd: Path, docs: str = "") -> subprocess.CompletedProcess[str]:
    """The CLI, with ``$CODEGEN_DOCS`` set to ``docs`` (by default unset: check would read it)."""
    env = {k: v for k, v in os.environ.items() if k != "CODEGEN_DOCS"}
    if docs:
        env["CODEGEN_DOCS"] = docs
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args], cwd=cwd, capture_output=True, text=True, env=env
    )


def test_no_change_rewrites_nothing(tree: tuple[Path, Path]) -> None:
    specs, out = tree
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*.py")}
    result = api.generate(specs, out)
    assert result.up_to_date and result.written == []
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.py")} == before


def test_one_agent_changed_reformats_only_what_it_affects(tree: tuple[Path, Path]) -> None:
    specs, out = tree
    path = specs / "services99.json"
    data = json.loads(path.read_text())
    widget = next(a for a in data["service"]["agents"] if a["name"] == "Widget")
    widget["operations"][0]["doc"] = "Pings the widget."
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    result = api.generate(specs, out)
    assert result.formatted == ["superoffice/services99/widget.py"]
    # the project's metadata too: its version is a digest of what it holds
    assert result.written == ["README.md", "pyproject.toml", "superoffice/services99/widget.py"]
    assert "Pings the widget." in (out / "superoffice/services99/widget.py").read_text()


def test_check_names_a_hand_edited_file_and_passes_when_clean(tree: tuple[Path, Path]) -> None:
    specs, out = tree
    assert api.check(specs, out).ok
    edited = out / "superoffice/services99/types/shared.py"
    edited.write_text(edited.read_text() + "# hand edit\n")
    problems = api.check(specs, out).problems
    assert problems == [f"{edited}: differs from what the snapshots generate"]
    cli = codegen("check", "--specs", str(specs), "--out", str(out), cwd=out)
    assert cli.returncode == 1 and str(edited) in cli.stderr
    api.generate(specs, out)
    assert api.check(specs, out).ok


def test_check_with_docs_names_a_stale_snapshot(tree: tuple[Path, Path]) -> None:
    specs, out = tree
    assert api.check(specs, out, [FIXTURE_DOCS]).ok
    path = specs / "services99.json"
    path.write_text(path.read_text().replace("Stores a gadget", "Kept a gadget"))
    api.generate(specs, out)  # generated/ follows the stale snapshot; only --docs can tell
    problems = api.check(specs, out, [FIXTURE_DOCS]).problems
    assert problems == [f"{path}: stale: the docs give a different model"]


def test_check_reads_the_docs_from_codegen_docs_as_parse_does(tree: tuple[Path, Path]) -> None:
    specs, out = tree
    clean = codegen(
        "check", "--specs", str(specs), "--out", str(out), cwd=out, docs=str(FIXTURE_DOCS)
    )
    assert clean.returncode == 0, clean.stderr
    assert clean.stdout == f"{out} and {specs} up to date\n"
    path = specs / "services99.json"
    path.write_text(path.read_text().replace("Stores a gadget", "Kept a gadget"))
    api.generate(specs, out)
    stale = codegen(
        "check", "--specs", str(specs), "--out", str(out), cwd=out, docs=str(FIXTURE_DOCS)
    )
    assert stale.returncode == 1
    assert f"{path}: stale: the docs give a different model" in stale.stderr
    assert "run 'codegen parse'" in stale.stderr
    without = codegen("check", "--specs", str(specs), "--out", str(out), cwd=out)
    assert without.returncode == 0 and without.stdout == f"{out} up to date\n"


def test_check_names_a_missing_out_or_specs_folder_in_one_line(
    tree: tuple[Path, Path], tmp_path: Path
) -> None:
    specs, out = tree
    gone, file = tmp_path / "gone", specs / "services99.json"
    cases = {
        ("--out", str(gone)): f"{gone}: no such folder (run 'codegen generate')",
        ("--out", str(file)): f"{file}: not a folder",
        ("--specs", str(gone)): f"{gone}: no such folder (run 'codegen parse --docs DIR')",
        ("--specs", str(file)): f"{file}: not a folder (run 'codegen parse --docs DIR')",
    }
    for args, message in cases.items():
        where = {"--specs": str(specs), "--out": str(out), **dict([args])}
        cli = codegen("check", *(a for kv in where.items() for a in kv), cwd=tmp_path)
        assert (cli.returncode, cli.stdout, cli.stderr) == (1, "", f"codegen check: {message}\n")
    with pytest.raises(FileNotFoundError, match=f"{gone}: no such folder"):
        api.check(specs, gone)
    cli = codegen(
        "check", "--specs", str(specs), "--out", str(out), "--docs", str(gone), cwd=tmp_path
    )
    assert (cli.returncode, cli.stderr) == (
        1,
        f"codegen check: {gone}: no such folder (the docs)\n",
    )
    generate = codegen("generate", "--specs", str(specs), "--out", str(file), cwd=tmp_path)
    assert generate.returncode == 1
    assert generate.stderr == f"codegen generate: {file}: not a folder; {file} is left as it was\n"


def test_generate_replaces_only_what_it_wrote(tree: tuple[Path, Path], tmp_path: Path) -> None:
    """A folder of someone else's (a pyproject.toml, no manifest), or a file added inside the
    package, is refused with one line naming it, and left as it was."""
    specs, out = tree
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "pyproject.toml").write_text("[project]\nname = 'mine'\n")
    cli = codegen("generate", "--specs", str(specs), "--out", str(theirs), cwd=tmp_path)
    assert cli.returncode == 1
    assert cli.stderr.startswith(f"codegen generate: {theirs}: holds pyproject.toml but no ")
    assert cli.stderr.count("\n") == 1
    assert [p.name for p in theirs.iterdir()] == ["pyproject.toml"]
    assert (theirs / "pyproject.toml").read_text() == "[project]\nname = 'mine'\n"

    elsewhere = tmp_path / "elsewhere"  # a folder of other things: not a place to write into
    for name in ("bin", "etc", "src", ".git"):
        (elsewhere / name).mkdir(parents=True)
    (elsewhere / "notes.txt").touch()
    cli = codegen("generate", "--specs", str(specs), "--out", str(elsewhere), cwd=tmp_path)
    assert cli.returncode == 1
    assert f"{elsewhere}: holds bin, etc, notes.txt and 1 more but no " in cli.stderr
    assert sorted(p.name for p in elsewhere.iterdir()) == [
        ".git",
        "bin",
        "etc",
        "notes.txt",
        "src",
    ]
    only_git = tmp_path / "repo"  # hidden files (a fresh git repository) do not count
    (only_git / ".git").mkdir(parents=True)
    cli = codegen("generate", "--specs", str(specs), "--out", str(only_git), cwd=tmp_path)
    assert cli.returncode == 0, cli.stderr
    assert (only_git / "pyproject.toml").is_file()

    mine = out / "superoffice" / "data.json"
    mine.write_text("{}")
    cli = codegen("generate", "--specs", str(specs), "--out", str(out), cwd=tmp_path)
    assert cli.returncode == 1 and "superoffice/data.json would be lost" in cli.stderr
    assert mine.read_text() == "{}"
    mine.unlink()
    code = out / "superoffice" / "services99" / "mine.py"  # a module of yours, not the run's
    code.write_text("X = 1\n")
    cli = codegen("generate", "--specs", str(specs), "--out", str(out), cwd=tmp_path)
    assert cli.returncode == 1 and "superoffice/services99/mine.py would be lost" in cli.stderr
    code.unlink()
    again = codegen("generate", "--specs", str(specs), "--out", str(out), cwd=tmp_path)
    assert again.returncode == 0


def test_failed_run_leaves_previous_output(tree: tuple[Path, Path]) -> None:
    specs, out = tree
    before = {p: p.read_bytes() for p in out.rglob("*.py")}
    (specs / "services99.json").write_text("{broken")
    cli = codegen("generate", "--specs", str(specs), "--out", str(out), cwd=out)
    assert cli.returncode == 1 and "services99.json:1: not valid JSON" in cli.stderr
    assert "Traceback" not in cli.stderr
    assert {p: p.read_bytes() for p in out.rglob("*.py")} == before


def test_interrupted_swap_is_recovered(tree: tuple[Path, Path]) -> None:
    specs, out = tree
    # as if a run stopped between moving the old tree aside and moving the new one in
    (out / "superoffice").rename(out / ".codegen-old")
    result = api.generate(specs, out)
    assert (out / "superoffice/services99/gadget.py").exists() and not (
        out / ".codegen-old"
    ).exists()
    assert result.up_to_date


def test_check_says_when_another_formatter_version_wrote_the_tree(tree: tuple[Path, Path]) -> None:
    specs, out = tree
    manifest = out / ".codegen-manifest.json"
    data = json.loads(manifest.read_text())
    assert data["formatter"].startswith("ruff ")
    data["formatter"] = "ruff 0.0.1"
    manifest.write_text(json.dumps(data))
    assert api.check(specs, out).ok  # same bytes: no complaint, whoever formatted them
    edited = out / "superoffice/services99/gadget.py"
    edited.write_text(edited.read_text().replace("\n\n\n", "\n\n", 1))
    result = api.check(specs, out)
    assert result.problems == [f"{edited}: differs from what the snapshots generate"]
    assert "was written by ruff 0.0.1" in result.hint and "formats with ruff " in result.hint
    cli = codegen("check", "--specs", str(specs), "--out", str(out), cwd=out)
    assert cli.returncode == 1 and "ruff 0.0.1" in cli.stderr


def test_inputs_digest_ignores_what_running_and_editing_leave_beside_the_inputs(
    tree: tuple[Path, Path], tmp_path: Path
) -> None:
    """A fresh clone and a worked-in checkout agree: caches, compiled files and editor files
    under templates/ or codegen/ are no input; a template, its place and the code are."""
    specs, _ = tree
    templates, code = tmp_path / "t", tmp_path / "c"
    shutil.copytree(output.TEMPLATES, templates)
    shutil.copytree(output.CODE, code, ignore=shutil.ignore_patterns("__pycache__"))
    fresh = output.inputs_digest(specs, "ruff", templates, code)
    assert fresh == output.inputs_digest(specs, "ruff")  # where the checkout is does not count
    for junk in (
        templates / "static/__pycache__/runtime.cpython-311.pyc",
        templates / "macros/__pycache__/x.pyc",
        templates / ".agent_module.py.j2.swp",
        templates / ".DS_Store",
        templates / "agent_module.py.j2.orig",
        templates / "static/runtime.py~",
        code / "__pycache__/cli.cpython-311.pyc",
        code / "render/__pycache__/view.cpython-311.pyc",
        code / ".#cli.py",
        code / ".mypy_cache/x.py",
    ):
        junk.parent.mkdir(parents=True, exist_ok=True)
        junk.write_bytes(b"junk")
    assert output.inputs_digest(specs, "ruff", templates, code) == fresh
    (templates / "macros" / "new.j2").write_text("{# a template #}\n")
    moved = output.inputs_digest(specs, "ruff", templates, code)
    assert moved != fresh
    (templates / "macros" / "new.j2").rename(templates / "new.j2")
    assert output.inputs_digest(specs, "ruff", templates, code) not in (fresh, moved)


@pytest.mark.parametrize(
    "args",
    [
        ("parse", "--docs", ""),
        ("generate", "--out", ""),
        ("check", "--specs", " "),
        ("diff", "86", "88", "--specs", ""),
    ],
)
def test_an_empty_path_is_an_error_not_the_current_folder(
    args: tuple[str, ...], tmp_path: Path
) -> None:
    cli = codegen(*args, cwd=tmp_path)
    assert cli.returncode == 2 and "an empty path; name a folder" in cli.stderr
    assert list(tmp_path.iterdir()) == []
