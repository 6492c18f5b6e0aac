"""The generator's own code: black-formatted and clean under the ruff rules in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from codegen.render.format import ruff_binary

ROOT = Path(__file__).resolve().parent.parent
CODE = ["codegen", "tests", "benchmarks", "examples", "templates/static"]


def test_ruff_check_passes() -> None:
    out = subprocess.run(
        [ruff_binary(), "check", "--no-cache", *CODE], cwd=ROOT, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stdout[-3000:]


@pytest.mark.heavy
def test_black_check_passes() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "black", "--check", "-q", *CODE],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr[-2000:]
