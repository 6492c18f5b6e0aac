"""The generated runtime on its own: .NET dates and durations, ``xs:anyType``, open flags, and
the unknown content a record keeps (no docs needed; uses the committed generated package)."""

from __future__ import annotations

import copy
import datetime
import decimal
import json
import math
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from superoffice import runtime
from superoffice.runtime import (
    AnyElement,
    DateTime,
    DecodeError,
    TypedInt,
    TypedList,
    format_datetime,
    format_duration,
    json_duration,
    json_write_duration,
    parse_datetime,
    parse_duration,
    read_any,
    write_any,
)
from superoffice.services88.types import (
    ConfigurableScreenDelta,
    ErpActorType,
    ETableRight,
    PluginResponse,
    TableRight,
    Webhook,
)

from .strategies import ANY_VALUES, DATETIMES, DURATIONS

NS = "urn:test"
XSD = "http://www.w3.org/2001/XMLSchema"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
UTC1 = datetime.timezone(datetime.timedelta(hours=1))


# --- dates and durations ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-08-19T17:12:16.9553621", DateTime(2020, 8, 19, 17, 12, 16, 955362, extra_ticks=1)),
        ("9999-12-31T23:59:59.9999999", DateTime(9999, 12, 31, 23, 59, 59, 999999, extra_ticks=9)),
        ("0001-01-01T00:00:00", datetime.datetime(1, 1, 1)),
        ("0001-01-01T01:00:00+01:00", datetime.datetime(1, 1, 1, 1, tzinfo=UTC1)),
        ("0001-01-01T00:00:00+01:00", datetime.datetime(1, 1, 1, tzinfo=UTC1)),
        ("2020-01-01T10:00:00Z", datetime.datetime(2020, 1, 1, 10, tzinfo=datetime.UTC)),
        ("2020-01-01T10:00:00+00:00", datetime.datetime(2020, 1, 1, 10, tzinfo=datetime.UTC)),
        ("2020-01-01T10:00:00.120", datetime.datetime(2020, 1, 1, 10, 0, 0, 120000)),
        ("2020-01-01T10:00:00.12345678", DateTime(2020, 1, 1, 10, 0, 0, 123456, extra_ticks=7)),
        (
            "2020-01-01T10:00:00-05:30",
            datetime.datetime(
                2020, 1, 1, 10, tzinfo=datetime.timezone(-datetime.timedelta(hours=5, minutes=30))
            ),
        ),
    ],
)
def test_datetime_text_comes_back_exactly(text: str, expected: datetime.datetime) -> None:
    value = parse_datetime(text)
    assert value == expected
    assert getattr(value, "extra_ticks", 0) == getattr(expected, "extra_ticks", 0)
    assert format_datetime(value) == text


def test_datetime_seventh_digit_counts_in_equality_and_order() -> None:
    low = DateTime(2020, 1, 1, 0, 0, 0, 5, extra_ticks=1)
    high = DateTime(2020, 1, 1, 0, 0, 0, 5, extra_ticks=2)
    plain = datetime.datetime(2020, 1, 1, 0, 0, 0, 5)
    assert low != high and low < high and high > low and low <= high and high >= low
    assert plain < low and low > plain and plain != low
    assert DateTime(2020, 1, 1) == datetime.datetime(2020, 1, 1)
    assert hash(DateTime(2020, 1, 1)) == hash(datetime.datetime(2020, 1, 1))
    assert sorted([high, plain, low]) == [plain, low, high]


def test_datetime_keeps_ticks_and_text_through_pickle_and_copy() -> None:
    value = parse_datetime("9999-12-31T23:59:59.99999990")  # eight digits: the text is kept
    for again in (pickle.loads(pickle.dumps(value)), copy.deepcopy(value), copy.copy(value)):
        assert again == value and again.extra_ticks == 9  # type: ignore[attr-defined]
        assert format_datetime(again) == "9999-12-31T23:59:59.99999990"


def test_datetime_arithmetic_gives_values_without_the_old_text() -> None:
    value = parse_datetime("2020-01-01T10:00:00.500")
    later = value + datetime.timedelta(hours=1)
    assert format_datetime(later) == "2020-01-01T11:00:00.5"


@pytest.mark.parametrize(
    "text",
    ["2020-13-01T00:00:00", "10000-01-01T00:00:00", "2020-01-01T00:00:00+24:00", "yesterday", ""],
)
def test_bad_datetimes_raise_value_error_only(text: str) -> None:
    with pytest.raises(ValueError):
        parse_datetime(text)


@settings(max_examples=300, deadline=None)
@given(DATETIMES)
def test_any_datetime_survives_text(value: datetime.datetime) -> None:
    text = format_datetime(value)
    again = parse_datetime(text)
    assert again == value and format_datetime(again) == text
    assert json.loads(json.dumps(text)) == text


@pytest.mark.parametrize(
    ("text", "ticks"),
    [
        ("P1DT2H3M4.1234567S", ((26 * 60 + 3) * 60 + 4) * 10**7 + 1234567),
        ("PT0S", 0),
        ("-PT0.0000001S", -1),
        ("P10675199DT2H48M5.4775807S", 2**63 - 1),  # TimeSpan.MaxValue
        ("-P10675199DT2H48M5.4775808S", -(2**63)),  # TimeSpan.MinValue
        ("P1D", 864_000_000_000),
        ("P1DT0S", 864_000_000_000),  # not how .NET writes it: the text is kept
        ("PT90M", 54_000_000_000),
    ],
)
def test_duration_ticks_and_text(text: str, ticks: int) -> None:
    value = parse_duration(text)
    assert runtime.ticks_of(value) == ticks
    assert format_duration(value) == text


@pytest.mark.parametrize(
    ("text", "ticks"),
    [
        ("1.02:03:04.1234567", ((26 * 60 + 3) * 60 + 4) * 10**7 + 1234567),
        ("00:00:00", 0),
        ("-00:00:00.0000001", -1),
        ("10675199.02:48:05.4775807", 2**63 - 1),
        ("01:00:00.5", 36_005_000_000),  # JSON.NET writes seven digits: the text is kept
    ],
)
def test_json_timespan_ticks_and_text(text: str, ticks: int) -> None:
    value = json_duration(text, "$")
    assert runtime.ticks_of(value) == ticks
    assert json_write_duration(value) == text


def test_a_duration_read_from_one_encoding_is_written_in_the_other_canonically() -> None:
    value = parse_duration("P1DT0S")
    assert json_write_duration(value) == "1.00:00:00"
    assert format_duration(json_duration("01:00:00.5", "$")) == "PT1H0.5S"


@pytest.mark.parametrize(
    "text", ["P9999999999D", "PT99999999999999999H", "P", "PT", "P1Y", "1 day"]
)
def test_bad_or_huge_durations_raise_decode_errors(text: str) -> None:
    element = etree.Element("D")
    element.text = text
    with pytest.raises(DecodeError, match="is not a duration"):
        runtime.read_duration(element)
    with pytest.raises(DecodeError, match="is not a duration"):
        json_duration(text, "$.D")


@settings(max_examples=300, deadline=None)
@given(DURATIONS)
def test_any_duration_survives_both_texts(value: datetime.timedelta) -> None:
    assert parse_duration(format_duration(value)) == value
    assert json_duration(json_write_duration(value), "$") == value
    assert runtime.ticks_of(parse_duration(format_duration(value))) == runtime.ticks_of(value)


# --- xs:anyType ------------------------------------------------------------------------------


def any_round_trip(value: Any) -> Any:
    root = runtime.new_root(f"{{{NS}}}Root", NS)
    write_any(root, f"{{{NS}}}Value", value)
    return read_any(etree.fromstring(etree.tostring(root))[0])


@pytest.mark.parametrize(
    ("xsi_type", "text", "expected"),
    [
        ("b:int", "5", 5),
        ("b:long", "5", 5),
        ("b:short", "-3", -3),
        ("b:boolean", "true", True),
        ("b:string", "x", "x"),
        ("b:double", "1.5", 1.5),
        ("b:float", "1.5", 1.5),
        ("b:decimal", "1.250", decimal.Decimal("1.250")),
        (
            "b:dateTime",
            "2020-01-01T00:00:00.1234567Z",
            parse_datetime("2020-01-01T00:00:00.1234567Z"),
        ),
        ("b:base64Binary", "YWI=", b"ab"),
        ("b:anyURI", "http://x", "http://x"),
        ("s:guid", "0f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5b-d9cb-469f-a165-70867728950e"),
        ("s:duration", "PT1H", datetime.timedelta(hours=1)),
        ("s:char", "65", "A"),
    ],
)
def test_any_reads_its_xsi_type_and_writes_it_back(
    xsi_type: str, text: str, expected: Any
) -> None:
    document = (
        f'<Value xmlns:i="{XSI}" xmlns:b="{XSD}" '
        f'xmlns:s="http://schemas.microsoft.com/2003/10/Serialization/" i:type="{xsi_type}">'
        f"{text}</Value>"
    )
    value = read_any(etree.fromstring(document))
    assert value == expected
    assert isinstance(value, str) == isinstance(expected, str)
    root = runtime.new_root(f"{{{NS}}}Root", NS)
    write_any(root, f"{{{NS}}}Value", value)
    written = root[0]
    prefix, _, local = written.get(f"{{{XSI}}}type").partition(":")
    assert (written.nsmap[prefix], local) == (
        (
            XSD
            if xsi_type.startswith("b:")
            else "http://schemas.microsoft.com/2003/10/Serialization/"
        ),
        xsi_type.partition(":")[2],
    )
    assert read_any(etree.fromstring(etree.tostring(root))[0]) == expected


def test_a_long_that_fits_an_int_stays_a_long() -> None:
    value = read_any(etree.fromstring(f'<V xmlns:i="{XSI}" xmlns:b="{XSD}" i:type="b:long">5</V>'))
    assert value == 5 and isinstance(value, TypedInt) and value.xsi_type == f"{{{XSD}}}long"
    assert any_round_trip(value).xsi_type == f"{{{XSD}}}long"


def test_arrays_and_unknown_types() -> None:
    arrays = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
    strings = read_any(
        etree.fromstring(
            f'<V xmlns:i="{XSI}" xmlns:a="{arrays}" i:type="a:ArrayOfstring">'
            "<a:string>x</a:string><a:string i:nil='true'/></V>"
        )
    )
    assert strings == ["x", None] and isinstance(strings, TypedList)
    unknown = f'<V xmlns:i="{XSI}" xmlns:c="urn:c" i:type="c:Thing"><c:A>1</c:A></V>'
    kept = read_any(etree.fromstring(unknown))
    assert isinstance(kept, AnyElement) and kept.xsi_type == "{urn:c}Thing"
    assert any_round_trip(kept) == kept  # the element is written back as it came
    assert any_round_trip(strings) == ["x", None]


@settings(max_examples=400, deadline=None)
@given(ANY_VALUES)
def test_any_value_round_trips_through_xml_with_its_type(value: Any) -> None:
    again = any_round_trip(value)
    assert again == value
    assert type(again) in (type(value), TypedList) or isinstance(value, datetime.datetime)


def test_webhook_properties_keep_their_types() -> None:
    webhook = Webhook(
        properties={
            "n": 5,
            "ok": True,
            "when": datetime.datetime(2020, 1, 2, tzinfo=datetime.UTC),
            "keys": ["a", "b"],
            "ids": [1, 2],
            "plugin": PluginResponse(is_ok=True, user_explanation="hi"),
            "actor": ErpActorType.CUSTOMER,
            "none": None,
        }
    )
    again = Webhook.from_xml(etree.tostring(webhook.to_xml()))
    assert again == webhook
    assert type(again.properties["ok"]) is bool  # type: ignore[index]
    assert Webhook.from_json(json.loads(json.dumps(webhook.to_json()))).properties == {
        "n": 5,
        "ok": True,
        "when": "2020-01-02T00:00:00Z",
        "keys": ["a", "b"],
        "ids": [1, 2],
        "plugin": {"IsOk": True, "UserExplanation": "hi"},
        "actor": "Customer",
        "none": None,
    }


def test_any_rejects_what_it_cannot_write() -> None:
    root = runtime.new_root(f"{{{NS}}}Root", NS)
    with pytest.raises(runtime.EncodeError, match="object is not a type"):
        write_any(root, f"{{{NS}}}Value", object())


# --- open flags ------------------------------------------------------------------------------


def test_open_flags_change_separator_between_json_and_xml() -> None:
    right = TableRight.from_json({"Mask": "Select, FULL"})
    assert right.mask == "Select, FULL"  # a name the WSDL does not list: kept as text
    xml = right.to_xml()
    assert xml[0].text == "Select FULL"  # an xs:list: space-separated in XML
    assert TableRight.from_xml(etree.tostring(xml)).to_json() == {"Mask": "Select, FULL"}
    typed = TableRight.from_json({"Mask": "Select, Update"})
    assert typed.mask == ETableRight.SELECT | ETableRight.UPDATE


# --- what a record does not know -------------------------------------------------------------


def shape(element: Any) -> tuple[Any, ...]:
    """An element's names, attributes, text and children: what an equivalent document keeps
    (namespace prefixes, declarations and the whitespace between child elements aside)."""
    children = [shape(child) for child in element if isinstance(child.tag, str)]
    text = element.text or ""
    return (
        element.tag,
        sorted(element.attrib.items()),
        text.strip() if children else text,
        children,
    )


def test_unknown_xml_elements_go_back_in_their_place() -> None:
    ns = "http://www.superoffice.net/ws/crm/NetServer/Services88"
    document = (
        f'<PluginResponse xmlns="{ns}" xmlns:x="urn:x"><x:First>1</x:First><IsOk>true</IsOk>'
        "<Severity>High</Severity><x:Deep><x:Inner a='1'>t</x:Inner></x:Deep>"
        "<UserExplanation>why</UserExplanation><Last/></PluginResponse>"
    )
    value = PluginResponse.from_xml(document)
    assert value.is_ok is True and value.user_explanation == "why"
    assert value.extra is not None and len(value.extra.elements) == 4
    assert [kept.tag for kept in value.extra.elements] == [
        "{urn:x}First",
        f"{{{ns}}}Severity",
        "{urn:x}Deep",
        f"{{{ns}}}Last",
    ]
    assert shape(value.to_xml()) == shape(etree.fromstring(document))


def test_unknown_json_keys_are_kept_and_written_back() -> None:
    data = {"IsOk": True, "_Links": {"Self": "https://x/api/v1/1"}, "UserGroupIds": [1, 2]}
    value = PluginResponse.from_json(data)
    assert value.extra is not None and value.extra.members == {
        "_Links": {"Self": "https://x/api/v1/1"},
        "UserGroupIds": [1, 2],
    }
    value.user_explanation = "changed"
    assert value.to_json() == {**data, "UserExplanation": "changed"}
    assert PluginResponse.from_json({"IsOk": True}).extra is None


NEWER = Path(__file__).parent / "fixtures" / "newer"


def test_a_newer_servers_record_re_encodes_to_the_same_document() -> None:
    """Get -> modify nothing -> Save: what the older generated code writes back is what came."""
    xml = (NEWER / "ConfigurableScreenDelta.xml").read_bytes()
    record = ConfigurableScreenDelta.from_xml(xml)
    assert record.configurable_screen_delta_id == 42 and record.applies_to_ids == [1, 2]
    assert record.updated_date == DateTime(2020, 8, 19, 17, 12, 16, 955362, extra_ticks=1)
    assert record.extra is not None
    assert [kept.tag.rpartition("}")[2] for kept in record.extra.elements] == [
        "Priority",
        "UserGroupIds",
    ]
    assert shape(record.to_xml()) == shape(etree.fromstring(xml))

    data = json.loads((NEWER / "ConfigurableScreenDelta.json").read_text(encoding="utf-8"))
    record = ConfigurableScreenDelta.from_json(data)
    assert record.extra is not None and set(record.extra.members) == {"UserGroupIds", "_Links"}
    assert record.table_right is not None and record.table_right.mask == "Select, FULL"
    assert json.loads(json.dumps(record.to_json())) == data


# --- strict lexical forms: what Python would take but XSD and JSON do not say ---------------


def _element(text: str) -> etree._Element:
    element = etree.Element("V")
    element.text = text
    return element


@pytest.mark.parametrize("text", ["1_000", "inf", "nan", "Infinity", "\u0661\u0662", "1.5\n\n1"])
def test_floats_and_decimals_take_the_xsd_lexical_form_only(text: str) -> None:
    for read in (runtime.read_float, runtime.read_decimal):
        with pytest.raises(DecodeError):
            read(_element(text))
    with pytest.raises(DecodeError):
        runtime.json_decimal(text, "$.Amount")


@pytest.mark.parametrize(
    ("text", "value"), [(" 1.5e3 ", 1500.0), ("-INF", -math.inf), ("+.5", 0.5), ("7.", 7.0)]
)
def test_xsd_floats_are_read(text: str, value: float) -> None:
    assert runtime.read_float(_element(text)) == value


def test_decimals_keep_their_digits_and_take_no_exponent() -> None:
    assert runtime.read_decimal(_element("-0012.3400")) == decimal.Decimal("-12.34")
    assert str(runtime.json_decimal("12.3400", "$")) == "12.3400"
    with pytest.raises(DecodeError):
        runtime.read_decimal(_element("1e5"))


@pytest.mark.parametrize(
    "text",
    [
        "\u0662020-08-19T17:12:16",  # an Arabic-Indic digit
        "2020-08-19T17:12:16\u0661",
        "P\u0661D",
        "\u0661.02:03:04",
    ],
)
def test_dates_and_durations_take_ascii_digits_only(text: str) -> None:
    for read in (runtime.json_datetime, runtime.json_duration):
        with pytest.raises(DecodeError):
            read(text, "$.When")


def test_numbers_past_a_double_and_huge_flags_are_decode_errors() -> None:
    with pytest.raises(DecodeError, match="out of range"):
        runtime.json_float(10**400, "$.Rate")
    with pytest.raises(DecodeError, match="flags"):
        runtime.json_flags(2**64, "$.Rights", {}, ETableRight(0), {})


def test_error_messages_stay_short_whatever_the_path() -> None:
    path = "$" + "[0]" * 10_000
    assert len(str(DecodeError(path, "nested too deeply"))) < 300
    assert len(str(runtime.EncodeError(path, "not a str"))) < 300
    assert DecodeError(path, "x").path == path


# --- lists written in one step ---------------------------------------------------------------

STRING = f"{{{runtime.ARRAYS_NS}}}string"
INT = f"{{{runtime.ARRAYS_NS}}}int"


def _list_document(items: list[Any], tag: str, one_step: bool, root: etree._Element) -> bytes:
    """``items`` written into a copy of ``root`` by put_items, or one put each."""
    element = etree.SubElement(copy.deepcopy(root), f"{{{NS}}}List")
    write = runtime.write_str if tag == STRING else runtime.write_int
    try:
        if one_step:
            runtime.put_items(element, tag, items, write)
        else:
            for index, item in enumerate(items):
                try:
                    runtime.put(element, tag, item, write)
                except runtime.EncodeError as exc:
                    raise runtime.item_error(exc, index) from None
    except runtime.EncodeError as exc:
        return f"EncodeError {exc}".encode()
    return etree.tostring(element.getroottree())


ENVELOPE = runtime.new_root(f"{{{NS}}}Envelope", NS)


@pytest.mark.parametrize(
    ("tag", "items"),
    [
        (STRING, [f"EXT-{i}" for i in range(10)]),
        (STRING, ["a & b", "<x/>", "]]>", "a\rb", "a\r\nb", "\t", " ", "'\"", "\U0001f600", "é"]),
        (STRING, ["x"] * 8 + [""]),  # an empty string: written one by one
        (STRING, ["x"] * 8 + [None]),  # nil
        (STRING, ["x"] * 8 + [runtime.UNSET]),
        (STRING, ["x"] * 8 + ["a\x00b"]),  # a NUL: refused, naming the item
        (STRING, ["x"] * 8 + ["a\x01b"]),
        (STRING, ["x"] * 8 + ["\ufffe"]),
        (STRING, ["x"] * 8 + ["\ud800"]),
        (STRING, ["x"] * 8 + [5]),
        (INT, list(range(-5, 5))),
        (INT, [-(2**31), 2**31 - 1] * 4),
        (INT, [1] * 8 + [2**31]),
        (INT, [1] * 8 + [True]),
        (INT, [1] * 8 + ["1"]),
    ],
)
def test_a_list_written_in_one_step_is_the_document_one_put_each_writes(
    tag: str, items: list[Any]
) -> None:
    expected = _list_document(items, tag, False, ENVELOPE)
    assert _list_document(items, tag, True, ENVELOPE) == expected


def test_a_list_whose_namespace_is_not_declared_around_it_is_written_one_by_one() -> None:
    bare = etree.Element(f"{{{NS}}}Envelope")
    items = [f"EXT-{i}" for i in range(10)]
    document = _list_document(items, STRING, True, bare)
    assert document == _list_document(items, STRING, False, bare)
    assert document.count(b"xmlns:ns") == 11  # each item declares it, as SubElement does


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(), min_size=8, max_size=20))
def test_any_list_of_strings_in_one_step_is_the_same_document(items: list[str]) -> None:
    expected = _list_document(items, STRING, False, ENVELOPE)
    assert _list_document(items, STRING, True, ENVELOPE) == expected


# --- strings shared between decoded records --------------------------------------------------


def test_equal_strings_decoded_from_json_are_one_string() -> None:
    description = "Nightly sync of customers with the ledger"
    text = json.dumps(
        [{"Reason": description}, {"Reason": description}, {"Reason": "x" * 257}] * 2
    )
    first, second, long, _, _, long_again = (
        TableRight.from_json(item) for item in json.loads(text)
    )
    assert first.reason == description and first.reason is second.reason
    assert long.reason == long_again.reason and long.reason is not long_again.reason


def test_the_shared_strings_start_over_when_full() -> None:
    for number in range(5000):
        assert runtime.SHARED[f"name {number}"] == f"name {number}"
        assert len(runtime.SHARED) <= 1024
    assert runtime.SHARED["x" * 300] == "x" * 300 and "x" * 300 not in runtime.SHARED
