"""The committed model snapshots (``specs/``), loaded once per test process for every corpus test
module (a load takes about a second). The model is frozen dataclasses and tuples: sharing it
between the modules cannot carry a change from one into another."""

from __future__ import annotations

from pathlib import Path

from codegen.model import Service
from codegen.snapshot import load_snapshots

SPECS = Path(__file__).resolve().parents[2] / "specs"
SNAPSHOTS: tuple[Service, ...] = tuple(load_snapshots(SPECS))
SERVICE88 = next(s for s in SNAPSHOTS if s.version == "Services88")
