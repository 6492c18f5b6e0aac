"""A user's call site type-checks against the generated clients; a wrong argument does not."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

GOOD = textwrap.dedent("""
    import asyncio
    from superoffice.services88.erpsync import AsyncErpSyncAgent, ErpSyncAgent, ErpSyncRestAgent
    from superoffice.services88.types import ErpActorType, PluginResponse

    agent = ErpSyncAgent("https://sod.superoffice.com/Cust12345", ticket="t", app_token="a")
    resp: PluginResponse | None = agent.force_resync_external(
        erp_connection_id=3, erp_actor_type=ErpActorType.CUSTOMER, external_keys=["A1"]
    )
    if resp is not None and not resp.is_ok:
        print(resp.user_explanation)
    agent.force_resync_batch_task(erp_connection_id=1, internal_key_ids=[1, 2])
    rest = ErpSyncRestAgent("https://sod.superoffice.com/Cust12345", ticket="t")
    also: PluginResponse | None = rest.force_sync_all()

    async def main() -> None:
        async_agent = AsyncErpSyncAgent("https://x", ticket="t")
        result: PluginResponse | None = await async_agent.force_resync(erp_connection_id=1)
        print(result)

    asyncio.run(main())
    """)
BAD = GOOD.replace("erp_connection_id=3,", 'erp_connection_id="3",')


def mypy(tmp_path: Path, source: str, cache: Path) -> subprocess.CompletedProcess[str]:
    (tmp_path / "user.py").write_text(source)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(cache),
            "user.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        # the package as the README installs it: no MYPYPATH, mypy finds what pip installed
        env={k: v for k, v in os.environ.items() if k != "MYPYPATH"},
    )


@pytest.mark.heavy
def test_call_site_type_checks(tmp_path: Path, generated_mypy_cache: Path) -> None:
    out = mypy(tmp_path, GOOD, generated_mypy_cache)
    assert out.returncode == 0, out.stdout


def readme_python_blocks(heading: str, until: str) -> list[str]:
    text = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = text[text.index(heading) : text.index(until)]
    return re.findall(r"```python\n(.*?)```", section, re.S)


@pytest.mark.heavy
def test_the_readme_usage_examples_type_check(tmp_path: Path, generated_mypy_cache: Path) -> None:
    blocks = readme_python_blocks("## Using the generated clients", "**Errors**")
    assert len(blocks) >= 3
    out = mypy(tmp_path, "\n".join(blocks), generated_mypy_cache)
    assert out.returncode == 0, out.stdout


@pytest.mark.heavy
def test_wrong_argument_type_is_caught(tmp_path: Path, generated_mypy_cache: Path) -> None:
    out = mypy(tmp_path, BAD, generated_mypy_cache)
    assert out.returncode == 1
    assert 'Argument "erp_connection_id" to "force_resync_external"' in out.stdout, out.stdout
