"""Shared test fixtures: where the fixture docs and (optionally) the real corpus are."""

from __future__ import annotations

import os
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen.api import ParseResult, parse_docs

from .shared import shared_folder

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
FIXTURE_DOCS = FIXTURES / "docs"
# The real documentation corpus: $CODEGEN_DOCS (as the CLI reads it; the first folder, where it
# names several), else ../shared/corpus beside the checkout.
_DOCS = os.environ.get("CODEGEN_DOCS", "").split(os.pathsep)[0]
CORPUS = Path(_DOCS) if _DOCS else ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def fixture_parse() -> ParseResult:
    return parse_docs([FIXTURE_DOCS])


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not (CORPUS / "README.md").exists():
        pytest.skip(f"documentation corpus not found at {CORPUS} (set CODEGEN_DOCS)")
    return CORPUS


@pytest.fixture(scope="session")
def corpus_parse(corpus: Path) -> ParseResult:
    return parse_docs([corpus])


@pytest.fixture
def generated_mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One mypy cache for every mypy run over the generated package in this pytest run (the
    package's own check and the user call sites that import it), so the package is analysed
    once a run, not once a test. It starts empty each run and is used by one run at a time; mypy
    takes from it only what matches the source it reads (by content hash), and reports a cached
    module's errors again, so a run with it finds what a run without it finds."""
    with shared_folder(tmp_path_factory, "mypy-cache-generated") as folder:
        yield folder


@pytest.fixture(autouse=True, scope="session")
def _one_ssl_context() -> Iterator[None]:
    """Every httpx client builds an SSL context, reading the CA bundle (about 25 ms); the online
    flows and the client tests make short-lived clients by the hundred, and no test uses TLS
    (every server is http://127.0.0.1, every other client a MockTransport). So the clients share
    one context here: their own code paths run unchanged, in a fraction of the time."""
    import httpx._transports.default as transports

    build = transports.create_ssl_context
    shared = build()

    def create_ssl_context(
        verify: Any = True, cert: Any = None, trust_env: bool = True
    ) -> ssl.SSLContext:
        if verify is True and cert is None:
            return shared
        return build(verify=verify, cert=cert, trust_env=trust_env)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transports, "create_ssl_context", create_ssl_context)
        yield


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests marked ``heavy`` (seconds each: a subprocess running mypy, black or pip, the
    whole corpus parsed, retries waited out) run first, in the order collected. On several
    workers, one of them started last keeps its worker busy after the others have run out of
    tests, and the suite waits for it. This only orders: every test runs."""
    items.sort(key=lambda item: item.get_closest_marker("heavy") is None)
