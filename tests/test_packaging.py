"""The generator installs like any package: its sdist and wheel carry the templates, and a fresh
virtual environment with only the wheel installed parses docs and generates a package that
imports."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from .conftest import FIXTURE_DOCS, ROOT

SDIST = "from setuptools import build_meta as b; import sys; print(b.build_sdist(sys.argv[1]))"


def run(*command: str | Path, cwd: Path) -> str:
    # without $PYTHONPATH, which could put a checkout before the wheel in the fresh venv
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run(
        [str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=300, env=env
    )
    assert out.returncode == 0, f"{command}:\n{out.stdout[-2000:]}\n{out.stderr[-3000:]}"
    return out.stdout


def build_sdist(project: Path, into: Path) -> Path:
    """An sdist, built by setuptools' PEP 517 hook (what ``python -m build`` calls)."""
    name = run(sys.executable, "-c", SDIST, into, cwd=project).strip()
    return into / name.splitlines()[-1]


def build_wheel(project: Path, into: Path) -> Path:
    """A wheel, built by pip in an isolated build environment, as a user's pip would."""
    run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", into, project, cwd=into)
    (wheel,) = into.glob("*.whl")
    return wheel


@pytest.mark.heavy
def test_sdist_and_wheel_carry_the_templates_and_generate_from_a_fresh_venv(
    tmp_path: Path,
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    for name in ("pyproject.toml", "README.md", "MANIFEST.in"):
        shutil.copy(ROOT / name, project / name)
    for folder in ("codegen", "templates"):
        shutil.copytree(
            ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__")
        )

    sdist = build_sdist(project, tmp_path)
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
        archive.extractall(tmp_path / "unpacked", filter="data")
    assert any(n.endswith("/templates/agent_module.py.j2") for n in names)
    assert any(n.endswith("/templates/static/runtime.py") for n in names)
    assert any(n.endswith("/codegen/py.typed") for n in names)

    # the wheel built from the sdist, as pip does for an sdist from an index
    (unpacked,) = (tmp_path / "unpacked").iterdir()
    (tmp_path / "wheels").mkdir()
    wheel = build_wheel(unpacked, tmp_path / "wheels")
    with zipfile.ZipFile(wheel) as archive:
        files = archive.namelist()
    for template in (
        "codegen/templates/agent_module.py.j2",
        "codegen/templates/macros/record.j2",
        "codegen/templates/static/runtime.py",
        "codegen/templates/pyproject.toml.j2",
        "codegen/templates/README.md.j2",
        "codegen/py.typed",  # PEP 561: build scripts type-check their calls of codegen.api
    ):
        assert template in files, template
    assert not any(f.startswith("templates/") for f in files)  # nothing at the top level

    venv = tmp_path / "venv"
    # without a pip of its own (ensurepip takes seconds): the venv's python runs the pip it sees
    # in the system site-packages, which installs into the venv, where that python looks first
    run(
        sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", venv, cwd=tmp_path
    )
    python = venv / "bin" / "python"
    run(python, "-m", "pip", "install", "-q", "--no-deps", "--no-index", wheel, cwd=tmp_path)
    where = run(python, "-c", "import codegen; print(codegen.__file__)", cwd=tmp_path)
    assert where.startswith(str(venv)), where  # the wheel, not this checkout

    codegen = venv / "bin" / "codegen"
    run(codegen, "parse", "--docs", FIXTURE_DOCS, "--specs", tmp_path / "specs", cwd=tmp_path)
    run(
        codegen, "generate", "--specs", tmp_path / "specs", "--out", tmp_path / "out", cwd=tmp_path
    )
    imported = run(
        python,
        "-c",
        "import sys; sys.path.insert(0, 'out');"
        "import superoffice.services99.gadget as g; print(g.__file__, len(g.OPERATIONS))",
        cwd=tmp_path,
    )
    assert imported.startswith(str(tmp_path / "out")) and imported.split()[-1] == "3", imported
