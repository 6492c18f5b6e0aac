"""A user's call site type-checks against the generated clients; a wrong argument does not."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

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


def mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "user.py").write_text(source)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "cache"),
            "user.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        # mypy does not follow setuptools' editable-install hook; point it at the package
        env={**os.environ, "MYPYPATH": str(Path(__file__).resolve().parents[1] / "generated")},
    )


def test_call_site_type_checks(tmp_path: Path) -> None:
    out = mypy(tmp_path, GOOD)
    assert out.returncode == 0, out.stdout


def test_wrong_argument_type_is_caught(tmp_path: Path) -> None:
    out = mypy(tmp_path, BAD)
    assert out.returncode == 1
    assert 'Argument "erp_connection_id" to "force_resync_external"' in out.stdout, out.stdout
