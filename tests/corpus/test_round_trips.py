"""XML and JSON round trips of every generated type of every committed version (hypothesis)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from codegen.model import RecordType
from codegen.snapshot import load_snapshots

from ..strategies import Strategies

SPECS = Path(__file__).resolve().parents[2] / "specs"
SERVICES = {s.version: Strategies(s) for s in load_snapshots(SPECS)}
CASES = [(version, t.key) for version, s in SERVICES.items() for t in s.service.types]
TAG = "{urn:test}Value"


def xml_round_trip(strategies: Strategies, key: str, value: Any) -> Any:
    t = strategies.types[key]
    decode_xml, encode_xml, _, _ = strategies.codec(key)
    if isinstance(t, RecordType):
        data = etree.tostring(value.to_xml())
        return type(value).from_xml(data)
    root = etree.Element("{urn:test}Root")
    encode_xml(root, TAG, value)
    parsed = etree.fromstring(etree.tostring(root))
    return decode_xml(parsed[0])


def json_round_trip(strategies: Strategies, key: str, value: Any) -> Any:
    _, _, decode_json, encode_json = strategies.codec(key)
    text = json.dumps(encode_json(value))
    return decode_json(json.loads(text), "$")


@pytest.mark.parametrize(("version", "key"), CASES, ids=[f"{v}-{k}" for v, k in CASES])
def test_round_trip(version: str, key: str) -> None:
    strategies = SERVICES[version]

    @settings(
        max_examples=6,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.data())
    def check(data: st.DataObject) -> None:
        value = data.draw(strategies.for_type(key))
        assert xml_round_trip(strategies, key, value) == value
        assert json_round_trip(strategies, key, value) == value

    check()


def test_cases_cover_every_type() -> None:
    total = sum(len(s.service.types) for s in SERVICES.values())
    assert len(CASES) == total and total > 800
    kinds = {type(s.types[k]).__name__ for v, k in CASES for s in [SERVICES[v]]}
    assert kinds == {"RecordType", "EnumType", "ListType", "DictType"}
