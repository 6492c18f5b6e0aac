"""The committed generated/ tree: reproducible from specs/, black-formatted, lint- and
mypy --strict clean.

These read only the repository (no docs corpus)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.api import render
from codegen.render.format import ruff_binary

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"


@pytest.mark.heavy
def test_generate_recreates_the_committed_tree_byte_for_byte() -> None:
    files = render(ROOT / "specs")
    committed = {
        p.relative_to(GENERATED).as_posix()
        for p in GENERATED.rglob("*")
        if p.is_file()
        and (p.suffix in (".py", ".typed", ".toml", ".md") or p.name == "LICENSE")
        and not any(part.startswith(".") or part.endswith(".egg-info") for part in p.parts)
    }
    assert set(files) == committed
    stale = [rel for rel, data in files.items() if (GENERATED / rel).read_bytes() != data]
    assert stale == []


@pytest.mark.heavy
def test_black_check_passes() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "black",
            "--check",
            "-q",
            "-l",
            "99",
            "--target-version",
            "py311",
            "--workers",
            str(os.cpu_count() or 1),
            "superoffice",
        ],
        cwd=GENERATED,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr[-2000:]


def test_ruff_lint_passes() -> None:
    """pyflakes (no unused or undefined names), isort order, pyupgrade, bugbear, comprehensions.

    Left out: RUF036 (``None`` last in a union; ours read ``X | None | Unset``), E501 (URLs and
    SOAP actions longer than a line), RUF001/RUF002 (characters quoted from the docs), RUF100
    (the ``noqa: A001`` is for flake8-builtins, which this selection leaves out)."""
    out = subprocess.run(
        [
            ruff_binary(),
            "check",
            "--isolated",
            "--no-cache",
            "--select=F,E,W,I,UP,B,SIM,C4,RUF",
            "--ignore=RUF036,E501,RUF001,RUF002,RUF100",
            "--line-length=99",
            "--target-version=py311",
            "superoffice",
        ],
        cwd=GENERATED,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout[-3000:]


@pytest.mark.heavy
def test_mypy_strict_passes(generated_mypy_cache: Path) -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(generated_mypy_cache),
            "superoffice",
        ],
        cwd=GENERATED,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout[-3000:]
    assert "Success: no issues found" in out.stdout


# httpcore is httpx's own transport, installed with it; the optional extras (superoffice-clients
# [online], [testing]) may be imported only inside functions of the modules that need them.
REQUIRED = set(sys.stdlib_module_names) | {"lxml", "httpx", "httpcore"}
OPTIONAL = {"online.py": {"jwt", "cryptography"}, "testing.py": {"hypothesis"}}


@pytest.mark.heavy
def test_generated_code_imports_only_stdlib_lxml_and_httpx() -> None:
    bad = []
    for path in GENERATED.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top_level = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""]
            else:
                continue
            allowed = set(REQUIRED)
            if id(node) not in top_level:
                allowed |= OPTIONAL.get(path.name, set())
            bad += [f"{path}: {n}" for n in names if n.split(".")[0] not in allowed]
    assert bad == []


@pytest.mark.heavy
def test_generator_itself_is_mypy_strict_clean(tmp_path: Path) -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--ignore-missing-imports",
            "--cache-dir",
            str(tmp_path),
            "codegen",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout[-3000:]


def test_the_generated_project_says_what_it_is() -> None:
    import tomllib

    project = tomllib.loads((GENERATED / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "Typing :: Typed" in project["classifiers"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert project["readme"] == "README.md" and (GENERATED / "LICENSE").is_file()
    assert "+g" in project["version"]  # a digest of what it holds: see test_output
    assert (GENERATED / "README.md").read_text(encoding="utf-8").count("superoffice.services") >= 2
    for path in GENERATED.rglob("*.py"):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        assert first.startswith("# Generated by superoffice-codegen from "), path


def test_agent_modules_export_their_public_names_and_records_show_what_is_set() -> None:
    from superoffice.services88 import erpsync
    from superoffice.services88.types import ErpConnection, SoCredentials

    assert set(erpsync.__all__) >= {"ErpSyncAgent", "AsyncErpSyncRestAgent", "OPERATIONS"}
    assert all(hasattr(erpsync, name) for name in erpsync.__all__)
    assert repr(ErpConnection(erp_connection_id=3, active=True)) == (
        "ErpConnection(erp_connection_id=3, active=True)"
    )
    assert "secret" not in repr(SoCredentials(ticket="secret"))


def test_record_writers_name_what_they_expected_with_its_article() -> None:
    from superoffice.runtime import EncodeError
    from superoffice.services88.types.erp_connection import encode_json_erp_connection
    from superoffice.services88.types.so_credentials import encode_xml_so_credentials

    with pytest.raises(EncodeError, match="expected an ErpConnection, got int"):
        encode_json_erp_connection(3)  # type: ignore[arg-type]
    with pytest.raises(EncodeError, match="expected a SoCredentials, got str"):
        encode_xml_so_credentials(None, "{urn:x}Credentials", "secret")  # type: ignore[arg-type]


def test_importing_an_agent_loads_no_transport_machinery() -> None:
    """A cold import stays cheap (the benchmark's goal is 100 ms): httpx, httpcore and asyncio
    (20-30 ms each) are imported on the first call, not by the import."""
    code = (
        "import sys; import superoffice.services88.erpsync; "
        "print(sorted(m for m in ('asyncio', 'httpx', 'httpcore') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
