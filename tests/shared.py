"""A folder that every test of one pytest run shares, on every xdist worker, one test at a time.

For work that several tests would otherwise each redo from nothing (mypy analysing the generated
package). The folder is made inside this run's own temporary folder, so it starts empty every
run and nothing from an earlier run can be in it; an exclusive lock (``flock``, released by the
system if a worker dies) lets one test use it at a time.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def run_folder(factory: pytest.TempPathFactory) -> Path:
    """This run's temporary folder: an xdist worker's own (``popen-gwN``) is made inside it."""
    base = factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextmanager
def shared_folder(factory: pytest.TempPathFactory, name: str) -> Iterator[Path]:
    """``name``'s folder in this run's temporary folder, held under its lock while in use."""
    root = run_folder(factory)
    with open(root / f"{name}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            folder = root / name
            folder.mkdir(exist_ok=True)
            yield folder
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
