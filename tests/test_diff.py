"""codegen diff on two versions of the fixture agents: a copy with known changes."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

from codegen.api import ParseResult
from codegen.diff import diff
from codegen.model import EnumType, RecordType
from codegen.snapshot import service_to_json


def changed_copy(fixture_parse: ParseResult):  # type: ignore[no-untyped-def]
    (old,) = fixture_parse.services
    gadget = old.agent("Gadget")
    save, reset, _blob = gadget.operations
    new_reset = dataclasses.replace(
        reset,
        parameters=reset.parameters
        + (
            dataclasses.replace(
                reset.parameters[0], name="Force", py_name="force", type="xs:boolean"
            ),
        ),
    )
    new_gadget = dataclasses.replace(gadget, operations=(save, new_reset))  # ReadBlob removed
    types = []
    for t in old.types:
        if isinstance(t, EnumType) and t.key == "GadgetKind":
            t = dataclasses.replace(t, members=t.members[:-1])  # "Other" removed
        if isinstance(t, RecordType) and t.key == "FieldProperty":
            t = dataclasses.replace(
                t,
                fields=(dataclasses.replace(t.fields[0], type="xs:int"),)
                + t.fields[1:]
                + (dataclasses.replace(t.fields[1], name="Extra", py_name="extra_"),),
            )
        types.append(t)
    agents = tuple(new_gadget if a.name == "Gadget" else a for a in old.agents)
    return old, dataclasses.replace(old, version="Services100", agents=agents, types=tuple(types))


def test_breaking_changes_are_flagged(fixture_parse: ParseResult) -> None:
    old, new = changed_copy(fixture_parse)
    changes = {(c.change, c.what, c.where): c.breaking for c in diff(old, new)}
    assert changes == {
        ("removed", "operation", "Gadget.ReadBlob"): True,
        ("added", "parameter", "Gadget.Reset.Force"): True,
        ("removed", "member", "GadgetKind.Other"): True,
        ("changed", "field", "FieldProperty.FieldType"): True,
        ("added", "field", "FieldProperty.Extra"): False,
    }
    assert diff(old, old) == []


def test_cli_text_and_json(fixture_parse: ParseResult, tmp_path: Path) -> None:
    old, new = changed_copy(fixture_parse)
    (tmp_path / "a.json").write_text(service_to_json(old))
    (tmp_path / "b.json").write_text(service_to_json(new))
    text = subprocess.run(
        [sys.executable, "-m", "codegen", "diff", "a.json", "b.json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert text.returncode == 0
    assert "Services99 -> Services100: 5 changes, 4 breaking" in text.stdout
    assert "! removed operation Gadget.ReadBlob" in text.stdout
    data = json.loads(
        subprocess.run(
            [sys.executable, "-m", "codegen", "diff", "a.json", "b.json", "--json"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
        ).stdout
    )
    assert sum(c["breaking"] for c in data["changes"]) == 4
    missing = subprocess.run(
        [sys.executable, "-m", "codegen", "diff", "a.json", "nope"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert (
        missing.returncode == 2 and "nope" in missing.stderr and "Traceback" not in missing.stderr
    )


def codegen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args], cwd=cwd, capture_output=True, text=True
    )


def test_cli_for_ci(fixture_parse: ParseResult, tmp_path: Path) -> None:
    old, new = changed_copy(fixture_parse)
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "services99.json").write_text(service_to_json(old))
    (specs / "services100.json").write_text(service_to_json(new))
    # version shorthands, and a non-zero exit for breaking changes
    breaking = codegen("diff", "99", "100", "--fail-on-breaking", "-q", cwd=tmp_path)
    assert breaking.returncode == 1 and breaking.stdout == ""
    assert "4 breaking change(s)" in breaking.stderr
    fine = codegen("diff", "99", "99", "--fail-on-breaking", cwd=tmp_path)
    assert fine.returncode == 0 and "0 changes" in fine.stdout
    # an agent in any case; an unknown one is an error naming the close matches
    assert (
        "Gadget.ReadBlob" in codegen("diff", "99", "100", "--agent", "gadget", cwd=tmp_path).stdout
    )
    unknown = codegen("diff", "99", "100", "--agent", "gadet", cwd=tmp_path)
    assert unknown.returncode == 2 and "did you mean Gadget" in unknown.stderr
    assert "Traceback" not in unknown.stderr
    wrong_version = codegen("diff", "98", "100", cwd=tmp_path)
    assert wrong_version.returncode == 2
    assert "services100, services99" in wrong_version.stderr


def test_every_command_takes_quiet_and_verbose() -> None:
    from codegen.cli import build_parser

    parser = build_parser()
    for command in ("parse", "generate", "check", "diff"):
        extra = ["a", "b"] if command == "diff" else []
        assert parser.parse_args([command, *extra, "-q"]).verbosity == -1
        assert parser.parse_args([command, *extra, "-v"]).verbosity == 1


def test_cli_names_a_missing_snapshot_or_specs_folder_in_one_line(
    fixture_parse: ParseResult, tmp_path: Path
) -> None:
    (old,) = fixture_parse.services
    specs = tmp_path / "specs"
    specs.mkdir()
    (specs / "services99.json").write_text(service_to_json(old))
    gone = tmp_path / "gone" / "services99.json"
    cases = {
        (str(gone), "99"): f"codegen diff: {gone}: no such snapshot file\n",
        ("99", "gone.json"): "codegen diff: gone.json: no such snapshot file\n",
        (
            "99",
            str(tmp_path / "gone") + "/",
        ): f"codegen diff: {tmp_path / 'gone'}: no such snapshot file\n",
        ("99", str(specs)): f"codegen diff: {specs}: a folder, not a snapshot file\n",
        ("99", "99", "--specs", "nowhere"): "codegen diff: 99: no such snapshot file, and no "
        "nowhere/services99.json (nowhere: no such folder)\n",
    }
    for args, message in cases.items():
        cli = codegen("diff", *args, cwd=tmp_path)
        assert (cli.returncode, cli.stdout, cli.stderr) == (2, "", message), args
