"""The README's "Calling SuperOffice Online" example runs as written, against the stand-in:
the environment and secrets are swapped for the stand-in's, nothing else."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from ..conftest import ROOT
from .helpers import rsa_key_value
from .standin import FakeClock, StandIn, serve


def readme_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Calling SuperOffice Online") :]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match
    return match.group(1)


def test_the_system_user_example_runs(
    tmp_path: Path,
    app_key: rsa.RSAPrivateKey,
    superid_key: rsa.RSAPrivateKey,
    capsys: pytest.CaptureFixture[str],
) -> None:
    clock = FakeClock(time.time())  # the example reads the real clock; so does SuperID here
    with serve(StandIn(clock, app_key.public_key(), superid_key)) as standin:
        standin.running()
        (tmp_path / "private.xml").write_text(rsa_key_value(app_key), encoding="utf-8")
        code = (
            readme_example()
            .replace('"sod"', repr(standin.url))
            .replace('"<application token (client secret)>"', repr(standin.app_token))
            .replace(
                '"<system user token from the administrator\'s consent>"',
                repr(standin.system_user_token),
            )
        )
        assert code.count(standin.url) == 2
        cwd = os.getcwd()
        os.chdir(tmp_path)
        try:
            namespace: dict[str, Any] = {}
            exec(compile(code, "README.md", "exec"), namespace)
        finally:
            os.chdir(cwd)
        assert standin.hits["POST /Login/api/PartnerSystemUser/Authenticate"] == 1
        assert standin.seen == [(standin.issued[0], 200)]
    assert capsys.readouterr().out.strip() == "PluginResponse(is_ok=True)"
