"""Shared test fixtures: where the fixture docs and (optionally) the real corpus are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from codegen.api import ParseResult, parse_docs

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
