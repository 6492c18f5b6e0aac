from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.api import ParseResult
from codegen.model import Source
from codegen.snapshot import SnapshotError, load_snapshot, service_from_json, service_to_json

from .conftest import FIXTURE_DOCS, FIXTURES


def test_snapshot_round_trip_is_equal_and_stable(fixture_parse: ParseResult) -> None:
    (service,) = fixture_parse.services
    text = service_to_json(service)
    assert service_from_json(text) == service
    assert service_to_json(service_from_json(text)) == text


def test_sources_are_path_line_text_in_the_snapshot_only(fixture_parse: ParseResult) -> None:
    (service,) = fixture_parse.services
    save = service.agent("Gadget").operations[0]
    assert isinstance(save.sources[0], Source) and save.sources[0].line > 0
    data = json.loads(service_to_json(service))
    text = data["service"]["agents"][0]["operations"][0]["sources"][0]
    assert text == f"{save.sources[0].path}:{save.sources[0].line}"
    assert Source.parse("a:b/c.md:12") == Source("a:b/c.md", 12)
    for bad in ("c.md", "c.md:", ":3", "c.md:-1", "c.md:07", "c.md:3 "):
        with pytest.raises(ValueError):
            Source.parse(bad)
    data["service"]["agents"][0]["operations"][0]["sources"][0] = "c.md:07"
    with pytest.raises(SnapshotError, match=r"operations\[0\]\.sources\[0\]: 'c.md:07' is not"):
        service_from_json(json.dumps(data))
    data["service"]["agents"][0]["operations"][0]["sources"][0] = 7
    with pytest.raises(SnapshotError, match=r"sources\[0\]: expected a string 'path:line'"):
        service_from_json(json.dumps(data))


def test_bad_snapshot_names_file_and_problem(tmp_path: Path) -> None:
    path = tmp_path / "services1.json"
    path.write_text('{"format": 2, "service": {"version": "S", "agents": 3}}')
    with pytest.raises(SnapshotError, match=r"services1.json.*agents: expected a list"):
        load_snapshot(path)
    path.write_text("{nope")
    with pytest.raises(SnapshotError, match=r"services1.json:1: not valid JSON"):
        load_snapshot(path)


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # without $CODEGEN_DOCS, which would stand in for the --docs these tests leave out
    env = {k: v for k, v in os.environ.items() if k != "CODEGEN_DOCS"}
    return subprocess.run(
        [sys.executable, "-m", "codegen", *args], cwd=cwd, capture_output=True, text=True, env=env
    )


def test_cli_parse_twice_gives_identical_bytes(tmp_path: Path) -> None:
    first = run("parse", "--docs", str(FIXTURE_DOCS), "--specs", str(tmp_path / "a"), cwd=tmp_path)
    run("parse", "--docs", str(FIXTURE_DOCS), "--specs", str(tmp_path / "b"), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Services99: 2 agents, 4 operations" in first.stdout
    assert "2 warning type-conflict" in first.stdout
    a = (tmp_path / "a/services99.json").read_bytes()
    assert a == (tmp_path / "b/services99.json").read_bytes()
    again = run("parse", "--docs", str(FIXTURE_DOCS), "--specs", str(tmp_path / "a"), cwd=tmp_path)
    assert "snapshots unchanged" in again.stdout


def test_cli_parse_bad_input_reports_and_exits_1_without_traceback(tmp_path: Path) -> None:
    out = run(
        "parse",
        "--docs",
        str(FIXTURES / "bad"),
        "--docs",
        str(FIXTURE_DOCS),
        "--specs",
        str(tmp_path),
        cwd=tmp_path,
    )
    assert out.returncode == 1
    assert "Traceback" not in out.stderr + out.stdout
    assert "Services99-Broken.md:8: error[wsdl-malformed]" in out.stderr
    assert "NotText.md: error[unreadable]: not UTF-8" in out.stderr
    # the good docs beside the bad ones still land
    assert (tmp_path / "services99.json").exists()


def test_cli_parse_without_docs_is_a_usage_error(tmp_path: Path) -> None:
    out = run("parse", "--specs", str(tmp_path), cwd=tmp_path)
    assert out.returncode == 2 and "--docs" in out.stderr


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"format": 2, "service": "\xff\xfe"}', r"not UTF-8 \(byte 26\)"),
        (b'{"format": 2, "service": ' + b"9" * 5000 + b"}", "not valid JSON: Exceeds the limit"),
    ],
    ids=["not UTF-8", "5000 digits"],
)
def test_unreadable_snapshot_is_an_error_naming_the_file(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "services1.json"
    path.write_bytes(data)
    with pytest.raises(SnapshotError, match=rf"^{re.escape(str(path))}: {message}"):
        load_snapshot(path)
    cli = run("diff", str(path), str(path), cwd=tmp_path)
    assert cli.returncode == 2 and "Traceback" not in cli.stderr
    assert str(path) in cli.stderr


def test_a_snapshot_of_an_older_format_says_to_parse_again(tmp_path: Path) -> None:
    path = tmp_path / "services86.json"
    path.write_text('{"format": 1, "service": {"version": "Services86", "agents": []}}')
    with pytest.raises(SnapshotError, match=r"\$\.format: 1, not 2; .*run codegen parse again"):
        load_snapshot(path)
