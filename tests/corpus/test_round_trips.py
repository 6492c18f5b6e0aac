"""XML and JSON round trips of every generated type of every committed version (hypothesis)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from codegen.model import RecordType

from ..strategies import XML_TEXT, Strategies
from .committed import SNAPSHOTS

SERVICES = {s.version: Strategies(s) for s in SNAPSHOTS}
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


def json_form(strategies: Strategies, key: str, value: Any) -> Any:
    """The JSON document of a value, as it goes over the wire."""
    _, _, _, encode_json = strategies.codec(key)
    return json.loads(json.dumps(encode_json(value)))


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
        again = json_round_trip(strategies, key, value)
        if strategies.reaches_any(key):
            # JSON keeps JSON's types (a date in an xs:anyType comes back as its text): the
            # document must survive decode -> encode unchanged
            assert json_form(strategies, key, again) == json_form(strategies, key, value)
        else:
            assert again == value

    check()


def test_cases_cover_every_type() -> None:
    total = sum(len(s.service.types) for s in SERVICES.values())
    assert len(CASES) == total and total > 800
    kinds = {type(s.types[k]).__name__ for v, k in CASES for s in [SERVICES[v]]}
    assert kinds == {"RecordType", "EnumType", "ListType", "DictType"}


RECORDS = [
    (version, key) for version, key in CASES if SERVICES[version].types[key].kind == "record"
]
XML_TEXT_SHORT = XML_TEXT.map(lambda text: text[:5])
UNKNOWN_TAG = st.sampled_from(["Added", "Severity", "UserGroupIds", "_Links"])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=2)
    | st.dictionaries(st.text(max_size=3), inner, max_size=2),
    max_leaves=4,
)


def shape(element: Any) -> tuple[Any, ...]:
    """Names, attributes, text and children: what an equivalent document keeps."""
    return (
        element.tag,
        sorted(element.attrib.items()),
        element.text or "",
        [shape(child) for child in element if isinstance(child.tag, str)],
    )


@pytest.mark.parametrize(("version", "key"), RECORDS, ids=[f"{v}-{k}" for v, k in RECORDS])
def test_unknown_content_survives_a_round_trip(version: str, key: str) -> None:
    """A newer server's record: elements and keys this version does not know, anywhere among
    the known ones, come back from decode -> encode in their place (XML) and by key (JSON)."""
    strategies = SERVICES[version]
    t = strategies.types[key]
    namespace = t.namespace
    known = {f.name for f, _ in strategies.view.record_fields(t)}  # type: ignore[arg-type]

    @settings(
        max_examples=3,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.data())
    def check(data: st.DataObject) -> None:
        value = data.draw(strategies.for_type(key))
        element = etree.fromstring(etree.tostring(value.to_xml()))
        for _ in range(data.draw(st.integers(1, 3))):
            name = data.draw(UNKNOWN_TAG.filter(lambda n: n not in known))
            where = data.draw(st.sampled_from([namespace, "urn:newer"]))
            added = etree.Element(f"{{{where}}}{name}")
            added.text = data.draw(XML_TEXT_SHORT)
            if data.draw(st.booleans()):
                etree.SubElement(added, f"{{{where}}}Inner").set("a", "1")
            element.insert(data.draw(st.integers(0, len(element))), added)
        document = etree.tostring(element)
        decoded = type(value).from_xml(document)
        assert shape(decoded.to_xml()) == shape(etree.fromstring(document))

        members = data.draw(
            st.dictionaries(UNKNOWN_TAG.filter(lambda n: n not in known), JSON_VALUES, min_size=1)
        )
        wire = {**json.loads(json.dumps(value.to_json())), **members}
        again = type(value).from_json(wire)
        assert json.loads(json.dumps(again.to_json())) == wire

    check()
