"""Hypothesis strategies for generated types, derived from the model (not from the code).

For each type key: XML-legal text, the integer range of the XSD type, nil vs absent vs empty
for fields, unknown enum values beside the known ones, bounded nesting.
"""

from __future__ import annotations

import datetime
import functools
import importlib
from typing import Any

from hypothesis import strategies as st
from superoffice.runtime import UNSET, DateTime, Duration

from codegen.model import DictType, EnumType, Field, ListType, RecordType, Service
from codegen.render.view import ServiceView

# XML 1.0 Char, without surrogates and the non-characters U+FFFE/U+FFFF.
XML_TEXT = st.text(
    st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12"
        "\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\ufffe\uffff",
    ),
    max_size=12,
)
INT_RANGES = {
    "xs:int": (-(2**31), 2**31 - 1),
    "xs:short": (-(2**15), 2**15 - 1),
    "xs:long": (-(2**63), 2**63 - 1),
    "xs:byte": (-128, 127),
    "xs:unsignedByte": (0, 255),
    "xs:unsignedShort": (0, 2**16 - 1),
    "xs:unsignedInt": (0, 2**32 - 1),
    "xs:unsignedLong": (0, 2**64 - 1),
}
OFFSETS = st.sampled_from(
    [
        None,
        datetime.UTC,
        datetime.timezone(datetime.timedelta(hours=2)),
        datetime.timezone(datetime.timedelta(hours=-5, minutes=-30)),
    ]
)


# .NET DateTime: a seventh fractional digit (100 ns ticks), the MinValue/MaxValue sentinels
# (MinValue also shifted by an offset, as servers write it), with Z, an offset or none.
_MIN, _MAX = datetime.datetime.min, datetime.datetime.max
DATETIMES: st.SearchStrategy[datetime.datetime] = st.one_of(
    st.builds(
        lambda dt, tz: dt.replace(tzinfo=tz),
        st.datetimes(datetime.datetime(1, 1, 2), datetime.datetime(9999, 12, 30)),
        OFFSETS,
    ),
    st.builds(
        lambda dt, tz, ticks: DateTime(
            dt.year,
            dt.month,
            dt.day,
            dt.hour,
            dt.minute,
            dt.second,
            dt.microsecond,
            tz,
            extra_ticks=ticks,
        ),
        st.datetimes(datetime.datetime(1, 1, 2), datetime.datetime(9999, 12, 30)),
        OFFSETS,
        st.integers(1, 9),
    ),
    st.sampled_from(
        [
            _MIN,
            datetime.datetime(1, 1, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=1))),
            DateTime(9999, 12, 31, 23, 59, 59, 999999, extra_ticks=9),
            DateTime(9999, 12, 31, 23, 59, 59, 999999, datetime.UTC, extra_ticks=9),
        ]
    ),
)
# .NET TimeSpan: any tick count in its range (MinValue..MaxValue), zero, whole days
_TIMESPAN_TICKS = 2**63 - 1
DURATIONS: st.SearchStrategy[datetime.timedelta] = st.one_of(
    st.timedeltas(datetime.timedelta(days=-(10**5)), datetime.timedelta(days=10**5)),
    st.integers(-_TIMESPAN_TICKS, _TIMESPAN_TICKS).map(
        lambda ticks: Duration(microseconds=ticks // 10, extra_ticks=ticks % 10)
    ),
    st.sampled_from([datetime.timedelta(0), datetime.timedelta(days=1)]),
)
# xs:anyType: what NetServer sends with an xsi:type (int, long, boolean, string, double, decimal,
# dateTime, arrays), drawn as Python values
ANY_VALUES: st.SearchStrategy[Any] = st.deferred(
    lambda: st.one_of(
        st.integers(-(2**31), 2**31 - 1),
        st.integers(2**31, 2**63 - 1),
        st.booleans(),
        XML_TEXT,
        st.floats(allow_nan=False, allow_infinity=False),
        st.decimals(
            allow_nan=False, allow_infinity=False, places=3, max_value=10**9, min_value=-(10**9)
        ),
        DATETIMES,
        st.lists(XML_TEXT, max_size=3),
        st.lists(st.integers(-(2**31), 2**31 - 1), max_size=3),
        st.lists(st.none() | st.booleans() | st.integers(0, 9) | XML_TEXT, max_size=3),
    )
)


def primitive(key: str) -> st.SearchStrategy[Any]:
    if key in INT_RANGES:
        low, high = INT_RANGES[key]
        return st.integers(low, high)
    if key in ("xs:string", "xs:anyURI", "xs:QName", "ser:guid"):
        return XML_TEXT
    if key == "xs:anyType":
        return ANY_VALUES
    if key == "xs:boolean":
        return st.booleans()
    if key in ("xs:double", "xs:float"):
        # JSON has no NaN or infinities; those are covered by the runtime's own tests
        return st.floats(allow_nan=False, allow_infinity=False)
    if key == "xs:decimal":
        # REST carries decimals as JSON numbers: 15 significant digits survive a double
        return st.decimals(
            allow_nan=False, allow_infinity=False, places=4, min_value=-(10**10), max_value=10**10
        )
    if key == "xs:dateTime":
        return DATETIMES
    if key == "ser:duration":
        return DURATIONS
    if key == "xs:base64Binary":
        return st.binary(max_size=16)
    if key == "ser:char":
        return st.characters(max_codepoint=0xFFFF, blacklist_categories=("Cs",))
    raise KeyError(key)


UNKNOWN_NAME = st.text(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8
)


class Strategies:
    """Strategies for one generated version package."""

    def __init__(self, service: Service, any_values: st.SearchStrategy[Any] | None = None) -> None:
        self.service = service
        self.any_values = any_values
        self.view = ServiceView(service)
        self.types = service.type_map()
        # Every types module now, not one by one as tests reach them: hypothesis draws strings
        # from the constants of the modules loaded, and forgets the ones it had sorted for
        # reuse whenever an import brings new ones; re-sorting them after each first import
        # took a tenth of the round-trip tests' time. The values drawn come from the same
        # strategies either way.
        for module in sorted(set(self.view.module_of.values())):
            importlib.import_module(f"superoffice.{service.package}.types.{module}")

    @functools.cache  # noqa: B019 - one Strategies object lives as long as the test session
    def reaches_any(self, key: str) -> bool:
        """Whether a value of this type can hold ``xs:anyType`` content (whose JSON form keeps
        JSON's types only, so a decoded value may differ from the drawn one)."""
        seen: set[str] = set()
        todo = [key]
        while todo:
            current = todo.pop()
            if current == "xs:anyType":
                return True
            if current in seen or current not in self.types:
                continue
            seen.add(current)
            t = self.types[current]
            if isinstance(t, RecordType):
                todo += [f.type for f, _ in self.view.record_fields(t)]
            elif isinstance(t, ListType):
                todo.append(t.item_type)
            elif isinstance(t, DictType):
                todo += [t.key_type, t.value_type]
        return False

    def module(self, key: str) -> Any:
        return importlib.import_module(
            f"superoffice.{self.service.package}.types.{self.view.module_of[key]}"
        )

    def codec(self, key: str) -> tuple[Any, Any, Any, Any]:
        module, s = self.module(key), self.types[key].stem
        return tuple(getattr(module, f"{kind}_{s}") for kind in ("decode_xml", "encode_xml", "decode_json", "encode_json"))  # type: ignore[return-value]

    @functools.cache  # noqa: B019 - one Strategies object lives as long as the test session
    def for_type(self, key: str, depth: int = 0) -> st.SearchStrategy[Any]:
        t = self.types.get(key)
        if t is None:
            if key == "xs:anyType" and self.any_values is not None:
                return self.any_values
            return primitive(key)
        if isinstance(t, EnumType):
            cls = getattr(self.module(key), t.py_name)
            names = {m.name for m in t.members}
            unknown = UNKNOWN_NAME.filter(lambda n: n not in names)
            if t.flags:
                known = st.lists(st.sampled_from(list(cls)), max_size=3).map(
                    lambda ms: functools.reduce(lambda a, b: a | b, ms, cls(0))
                )
            else:
                known = st.sampled_from(list(cls))
            return known | unknown
        if isinstance(t, ListType):
            item = self.for_type(t.item_type, depth + 1)
            if t.item_nillable:
                item = st.none() | item
            return st.lists(item, max_size=0 if depth > 3 else 3)
        if isinstance(t, DictType):
            value = self.for_type(t.value_type, depth + 1)
            if t.value_nillable:
                value = st.none() | value
            return st.dictionaries(
                self.for_type(t.key_type, depth + 1), value, max_size=0 if depth > 3 else 2
            )
        assert isinstance(t, RecordType)
        cls = getattr(self.module(key), t.py_name)
        fields = {
            f.py_name: self.field(f, depth) for f in self.view.record_fields(t) for f in [f[0]]
        }
        return st.builds(cls, **fields)

    def field(self, f: Field, depth: int) -> st.SearchStrategy[Any]:
        nested = f.type in self.types and not isinstance(self.types[f.type], EnumType)
        if nested and depth >= 2 and f.optional:
            return st.just(UNSET) | (st.none() if f.nillable else st.nothing())
        value = st.deferred(lambda: self.for_type(f.type, depth + 1))
        if f.nillable:
            value = st.none() | value
        if f.optional:
            value = st.just(UNSET) | value
        return value
