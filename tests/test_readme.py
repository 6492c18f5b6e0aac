"""The README's Python API example runs as written (paths pointed at the fixtures)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from .conftest import FIXTURE_DOCS, ROOT


def readme_block(heading: str) -> str:
    text = (ROOT / "README.md").read_text()
    section = text[text.index(heading) :]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match
    return match.group(1)


def test_python_api_example_runs(tmp_path: Path, capsys: object) -> None:
    code = readme_block("### From Python").replace(
        'Path("../shared/corpus")', f"Path({str(FIXTURE_DOCS)!r})"
    )
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        exec(compile(code, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    assert (tmp_path / "specs/services99.json").exists()
    assert (tmp_path / "generated/superoffice/services99/gadget.py").exists()


def test_fake_server_example_runs() -> None:
    code = readme_block("## Testing your code with superoffice.testing")
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    from superoffice.services88.erpsync import ErpSyncAgent, ErpSyncRestAgent

    for cls in (ErpSyncAgent, ErpSyncRestAgent):
        namespace["test_resync"](cls)  # type: ignore[operator]
    namespace["test_resync_any_answer"]()  # type: ignore[operator]
