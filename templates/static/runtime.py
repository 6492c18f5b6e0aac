"""Runtime support shared by every generated SuperOffice NetServer package.

Generated modules import what they need from here: the ``UNSET`` marker, the one decoding error
type, and the readers and writers of primitive values in their XML and JSON wire forms. It
imports only the standard library and lxml.
"""

from __future__ import annotations

import array
import base64
import binascii
import copy
import dataclasses
import datetime
import decimal
import enum
import importlib
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, Generic, NamedTuple, SupportsIndex, TypeVar, cast

from lxml import etree

XSI_NS: Final = "http://www.w3.org/2001/XMLSchema-instance"
XSI_NIL: Final = "{http://www.w3.org/2001/XMLSchema-instance}nil"
XSI_TYPE: Final = "{http://www.w3.org/2001/XMLSchema-instance}type"
XSD_NS: Final = "http://www.w3.org/2001/XMLSchema"
SER_NS: Final = "http://schemas.microsoft.com/2003/10/Serialization/"
ARRAYS_NS: Final = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
SOAP11_NS: Final = "http://schemas.xmlsoap.org/soap/envelope/"
SOAP12_NS: Final = "http://www.w3.org/2003/05/soap-envelope"

Element = etree._Element


class Unset(enum.Enum):
    """The type of :data:`UNSET`: a field that is absent from the message.

    Absent (``UNSET``), nil (``None``) and empty (``""``) are three different wire states: an
    absent element is not sent at all, a nil one is sent as ``xsi:nil="true"`` (JSON ``null``).
    """

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET: Final = Unset.UNSET


class DecodeError(ValueError):
    """A message that does not match its schema; ``path`` names the offending element or key."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{_cut(path)}: {problem}")
        self.path = path
        self.problem = problem


_SHOWN = 60
_PATH_SHOWN = 200


def _cut(path: str) -> str:
    """A path for a message: its start and end when it is longer than 200 characters."""
    if len(path) <= _PATH_SHOWN:
        return path
    return f"{path[:100]}...{path[-96:]}"


def _shown(value: object) -> str:
    """``repr(value)``, cut to a readable length: error messages stay short for any input
    (an integer past what ``repr`` converts, too)."""
    try:
        text = repr(value)
    except ValueError:
        return f"an integer of {value.bit_length()} bits" if isinstance(value, int) else "?"
    return (
        text if len(text) <= _SHOWN else f"{text[: _SHOWN - 5]}...{text[-4:]} ({len(text)} chars)"
    )


_V = TypeVar("_V")


class EncodeError(TypeError):
    """A value that cannot be written as its field's type; ``path`` names the field
    (``ExternalKeys[1]``, ``Entity.Contact.Name``)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{_cut(path)}: {problem}" if path else problem)
        self.path = path
        self.problem = problem

    def within(self, name: str) -> EncodeError:
        """This error, seen from the element or parameter ``name`` that holds the value."""
        if not self.path:
            return EncodeError(name, self.problem)
        joined = f"{name}{self.path}" if self.path.startswith("[") else f"{name}.{self.path}"
        return EncodeError(joined, self.problem)


def item_error(error: EncodeError, index: int) -> EncodeError:
    """``error`` from a list's item, seen from the list: the item's tag becomes its index."""
    rest = error.path
    cut = min((rest.find(mark) for mark in ".[" if mark in rest), default=len(rest))
    return EncodeError(f"[{index}]{rest[cut:]}", error.problem)


def checked_list(value: object) -> list[Any] | tuple[Any, ...]:
    """A list's value as given, if it is a list (or tuple): a str is not a list of its
    characters."""
    if not isinstance(value, list | tuple):
        raise wrong_value("a list", value)
    return value


def checked_dict(value: object) -> Mapping[Any, Any]:
    if not isinstance(value, Mapping):
        raise wrong_value("a dict", value)
    return value


def wrong_value(expected: str, value: object) -> EncodeError:
    """What the writers raise for a value of the wrong type or range (path filled in above)."""
    return EncodeError("", f"expected {expected}, got {type(value).__name__} {_shown(value)}")


def element_path(element: Element) -> str:
    """A readable path of local names from the document root, e.g. ``/Envelope/Body/X/Y``."""
    names = []
    node: Element | None = element
    while node is not None:
        names.append(etree.QName(node).localname)
        node = node.getparent()
    return "/" + "/".join(reversed(names))


def bad_element(element: Element, problem: str) -> DecodeError:
    return DecodeError(element_path(element), problem)


def new_root(tag: str, namespace: str) -> Element:
    """A standalone element whose descendants share one set of namespace declarations."""
    nsmap: dict[Any, str] = {None: namespace, "a": ARRAYS_NS, "i": XSI_NS}
    return etree.Element(tag, nsmap=nsmap)


def pair_elements(pair: Element, key_tag: str, value_tag: str) -> tuple[Element, Element]:
    """The key and value elements of a dictionary entry (in schema order, or found by name)."""
    if len(pair) == 2:
        key, value = pair[0], pair[1]
        if key.tag == key_tag and value.tag == value_tag:
            return key, value
    return find_element(pair, key_tag), find_element(pair, value_tag)


def find_element(root: Element, tag: str) -> Element:
    """``root`` if it is ``tag``, else its first child that is; an error naming both if none."""
    if root.tag == tag:
        return root
    found = root.find(tag)
    if found is None:
        raise bad_element(root, f"expected {etree.QName(tag).localname}")
    return found


# --- XML: reading primitives -----------------------------------------------------------------


def _text(element: Element) -> str:
    return element.text or ""


_INTEGER = re.compile(r"[+-]?[0-9]{1,40}")


def _integer(element: Element, low: int, high: int, kind: str) -> int:
    """An XSD integer in full: ASCII digits, an optional sign, whitespace around (no ``1_000``,
    no other scripts' digits), within ``low``..``high``."""
    text = (element.text or "").strip(" \t\r\n")
    if _INTEGER.fullmatch(text) is None:
        raise bad_element(element, f"{_shown(element.text)} is not an {kind}")
    value = int(text)
    if low <= value <= high:
        return value
    raise bad_element(element, f"{_shown(value)} is out of range for {kind}")


def read_str(element: Element) -> str:
    return element.text or ""


NIL: Final = ("true", "1")
"""The ``xsi:nil`` values that mean nil (an ``xs:boolean``)."""


def empty_or_nil(element: Element) -> str | None:
    """A string element without text: ``None`` when it is ``xsi:nil``, else ``""``.

    Generated decoders read a nillable string as ``child.text or empty_or_nil(child)``."""
    return None if element.keys() and element.get(XSI_NIL) in NIL else ""


# Each reader takes plain digits short enough to be in range at once, else the full form.


def read_int(element: Element) -> int:
    text = element.text
    if text is not None and len(text) < 10 and text.isdigit() and text.isascii():
        return int(text)
    return _integer(element, -(2**31), 2**31 - 1, "xs:int")


def read_short(element: Element) -> int:
    text = element.text
    if text is not None and len(text) < 5 and text.isdigit() and text.isascii():
        return int(text)
    return _integer(element, -(2**15), 2**15 - 1, "xs:short")


def read_long(element: Element) -> int:
    text = element.text
    if text is not None and len(text) < 19 and text.isdigit() and text.isascii():
        return int(text)
    return _integer(element, -(2**63), 2**63 - 1, "xs:long")


def read_integer(element: Element) -> int:
    """An unbounded ``xs:integer`` (up to 40 digits)."""
    return _integer(element, -(10**40), 10**40, "xs:integer")


def read_byte(element: Element) -> int:
    return _integer(element, -128, 127, "xs:byte")


def read_unsigned_byte(element: Element) -> int:
    return _integer(element, 0, 2**8 - 1, "xs:unsignedByte")


def read_unsigned_short(element: Element) -> int:
    return _integer(element, 0, 2**16 - 1, "xs:unsignedShort")


def read_unsigned_int(element: Element) -> int:
    return _integer(element, 0, 2**32 - 1, "xs:unsignedInt")


def read_unsigned_long(element: Element) -> int:
    return _integer(element, 0, 2**64 - 1, "xs:unsignedLong")


def read_bool(element: Element) -> bool:
    text = element.text
    if text == "true":
        return True
    if text == "false":
        return False
    text = _text(element).strip(" \t\r\n")
    if text in ("true", "1"):
        return True
    if text in ("false", "0"):
        return False
    raise bad_element(element, f"{_shown(text)} is not an xs:boolean")


_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_SPECIAL_FLOATS: Final = {"INF": math.inf, "+INF": math.inf, "-INF": -math.inf, "NaN": math.nan}


def _float(text: str) -> float:
    """An ``xs:double`` in its lexical form only (no ``1_000``, ``inf`` or other scripts'
    digits, which Python's ``float`` would take); ValueError else."""
    if text in _SPECIAL_FLOATS:
        return _SPECIAL_FLOATS[text]
    if _NUMBER.fullmatch(text) is None:
        raise ValueError(text)
    return float(text)


def _decimal(text: str) -> decimal.Decimal:
    """An ``xs:decimal`` in its lexical form only: digits, a sign, a point; ValueError else."""
    if _DECIMAL.fullmatch(text) is None:
        raise ValueError(text)
    return decimal.Decimal(text)


def read_float(element: Element) -> float:
    try:
        return _float(_text(element).strip(" \t\r\n"))
    except ValueError:
        raise bad_element(element, f"{_shown(element.text)} is not a number") from None


def read_decimal(element: Element) -> decimal.Decimal:
    try:
        return _decimal(_text(element).strip(" \t\r\n"))
    except ValueError:
        raise bad_element(element, f"{_shown(element.text)} is not an xs:decimal") from None


# --- dates and durations ---------------------------------------------------------------------
# .NET counts time in 100-nanosecond ticks; Python in microseconds. A value with a seventh
# fractional digit, or written in a form that formatting would not give back, decodes to a
# DateTime/Duration subclass that remembers it, so decode -> encode loses nothing.

_DATETIME = re.compile(
    r"(-?\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)?\Z", re.ASCII
)
_TICKS_PER_SECOND: Final = 10_000_000


def _remade(cls: type[_V], args: tuple[Any, ...], state: dict[str, Any]) -> _V:
    value = cls(*args)
    value.__dict__.update(state)
    return value


def _reduced(value: object, reduced: str | tuple[Any, ...]) -> tuple[Any, ...]:
    """Pickle and copy support that keeps the attributes a subclass of a C type adds."""
    assert isinstance(reduced, tuple)
    return _remade, (reduced[0], reduced[1], dict(value.__dict__))


class DateTime(datetime.datetime):
    """A ``datetime`` that keeps what a .NET ``DateTime`` has beyond it.

    ``extra_ticks`` is the seventh fractional digit, the 100-nanosecond ticks after
    ``microsecond`` (0-9): ``DateTime.MaxValue``, ``9999-12-31T23:59:59.9999999``, decodes to
    ``DateTime(9999, 12, 31, 23, 59, 59, 999999, extra_ticks=9)`` and encodes back the same.
    ``wire`` is the text a value was read from when formatting would not give it back (trailing
    zeros, ``+00:00`` rather than ``Z``, more than seven digits); a ``datetime`` is immutable, so
    the text stays true. Arithmetic and ``replace()`` give values without either. Equality and
    order count the extra ticks.
    """

    extra_ticks: int = 0
    wire: str | None = None

    def __new__(cls, *args: Any, extra_ticks: int = 0, **kwargs: Any) -> DateTime:
        value = super().__new__(cls, *args, **kwargs)
        if extra_ticks:
            if not 0 <= extra_ticks <= 9:
                raise ValueError(f"extra_ticks must be 0..9, not {extra_ticks}")
            value.extra_ticks = extra_ticks
        return value

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[Any, ...]:
        return _reduced(self, super().__reduce_ex__(protocol))

    def __eq__(self, other: object) -> bool:
        equal = super().__eq__(other)
        if equal is True:
            return self.extra_ticks == getattr(other, "extra_ticks", 0)
        return equal

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def _tie(self, other: datetime.date) -> int | None:
        """Extra ticks decide between two values datetime finds equal (else None)."""
        if isinstance(other, datetime.datetime) and super().__eq__(other) is True:
            return self.extra_ticks - getattr(other, "extra_ticks", 0)
        return None

    def __lt__(self, other: datetime.date) -> bool:
        tie = self._tie(other)
        return super().__lt__(cast(datetime.datetime, other)) if tie is None else tie < 0

    def __le__(self, other: datetime.date) -> bool:
        tie = self._tie(other)
        return super().__le__(cast(datetime.datetime, other)) if tie is None else tie <= 0

    def __gt__(self, other: datetime.date) -> bool:
        tie = self._tie(other)
        return super().__gt__(cast(datetime.datetime, other)) if tie is None else tie > 0

    def __ge__(self, other: datetime.date) -> bool:
        tie = self._tie(other)
        return super().__ge__(cast(datetime.datetime, other)) if tie is None else tie >= 0

    def __hash__(self) -> int:
        return super().__hash__()

    def __repr__(self) -> str:
        text = super().__repr__()
        return f"{text[:-1]}, extra_ticks={self.extra_ticks})" if self.extra_ticks else text


class Duration(datetime.timedelta):
    """A ``timedelta`` that keeps what a .NET ``TimeSpan`` has beyond it: ``extra_ticks``, the
    100-nanosecond ticks after the microseconds (0-9, added to the value, so -100 ns is
    ``Duration(microseconds=-1, extra_ticks=9)``), and the text it was read from in XML
    (``xml_wire``) or JSON (``json_wire``) when formatting would not give it back.
    ``ticks`` is the whole value in .NET ticks."""

    extra_ticks: int = 0
    xml_wire: str | None = None
    json_wire: str | None = None

    def __new__(cls, *args: Any, extra_ticks: int = 0, **kwargs: Any) -> Duration:
        value = super().__new__(cls, *args, **kwargs)
        if extra_ticks:
            if not 0 <= extra_ticks <= 9:
                raise ValueError(f"extra_ticks must be 0..9, not {extra_ticks}")
            value.extra_ticks = extra_ticks
        return value

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[Any, ...]:
        return _reduced(self, super().__reduce_ex__(protocol))

    @property
    def ticks(self) -> int:
        return ticks_of(self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, datetime.timedelta):
            return ticks_of(self) == ticks_of(other)
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __lt__(self, other: datetime.timedelta) -> bool:
        return ticks_of(self) < ticks_of(other)

    def __le__(self, other: datetime.timedelta) -> bool:
        return ticks_of(self) <= ticks_of(other)

    def __gt__(self, other: datetime.timedelta) -> bool:
        return ticks_of(self) > ticks_of(other)

    def __ge__(self, other: datetime.timedelta) -> bool:
        return ticks_of(self) >= ticks_of(other)

    def __neg__(self) -> datetime.timedelta:
        return duration_from_ticks(-ticks_of(self))

    def __pos__(self) -> datetime.timedelta:
        return self

    def __abs__(self) -> datetime.timedelta:
        return duration_from_ticks(abs(ticks_of(self)))

    def __bool__(self) -> bool:
        return ticks_of(self) != 0

    def __hash__(self) -> int:
        return hash(ticks_of(self)) if self.extra_ticks else super().__hash__()

    def __repr__(self) -> str:
        text = super().__repr__()
        return f"{text[:-1]}, extra_ticks={self.extra_ticks})" if self.extra_ticks else text


def ticks_of(value: datetime.timedelta) -> int:
    """A duration in .NET ticks (100 ns), the extra ticks of a :class:`Duration` included."""
    micro = (value.days * 86_400 + value.seconds) * 1_000_000 + value.microseconds
    return micro * 10 + getattr(value, "extra_ticks", 0)


def duration_from_ticks(ticks: int) -> datetime.timedelta:
    """A .NET tick count as a ``timedelta``, or a :class:`Duration` when it has extra ticks.
    Raises OverflowError past ``timedelta``'s range (999,999,999 days)."""
    micro, extra = divmod(ticks, 10)
    if extra:
        return Duration(microseconds=micro, extra_ticks=extra)
    return datetime.timedelta(microseconds=micro)


def parse_datetime(text: str) -> datetime.datetime:
    """ISO 8601 as .NET writes it: up to seven fractional digits, ``Z``, an offset or none.
    Raises ValueError for anything else (also for a date out of range)."""
    match = _DATETIME.match(text)
    if not match:
        match = _DATETIME.match(text.strip())
        if not match:
            raise ValueError(text)
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    tz: datetime.tzinfo | None = None
    if zone == "Z":
        tz = datetime.UTC
    elif zone:
        minutes = int(zone[1:3]) * 60 + int(zone[4:6])
        tz = datetime.timezone(datetime.timedelta(minutes=-minutes if zone[0] == "-" else minutes))
    fields = (int(year), int(month), int(day), int(hour), int(minute), int(second))
    if not fraction:
        if zone and zone[1:] == "00:00":
            value = DateTime(*fields, 0, tz)
            value.wire = text
            return value
        return datetime.datetime(*fields, 0, tz)
    micro = int(fraction[:6].ljust(6, "0"))
    extra = int(fraction[6]) if len(fraction) > 6 else 0
    if fraction[-1] == "0" or len(fraction) > 7 or (zone and zone[1:] == "00:00"):
        value = DateTime(*fields, micro, tz, extra_ticks=extra)
        value.wire = text
        return value
    if extra:
        return DateTime(*fields, micro, tz, extra_ticks=extra)
    return datetime.datetime(*fields, micro, tz)


def format_datetime(value: datetime.datetime) -> str:
    """ISO 8601 as .NET writes it: fraction to seven digits without trailing zeros, UTC as
    ``Z``; a :class:`DateTime` read from text gives that text back."""
    wire = getattr(value, "wire", None)
    if isinstance(wire, str):
        return wire
    text = (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
        f"T{value.hour:02d}:{value.minute:02d}:{value.second:02d}"
    )
    extra = getattr(value, "extra_ticks", 0)
    if value.microsecond or extra:
        text += f".{value.microsecond:06d}{extra}".rstrip("0")
    offset = value.utcoffset()
    if offset is not None:
        if value.tzinfo is datetime.UTC:
            return text + "Z"
        minutes = (offset.days * 86_400 + offset.seconds) // 60
        sign = "-" if minutes < 0 else "+"
        text += f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return text


def read_datetime(element: Element) -> datetime.datetime:
    try:
        return parse_datetime(element.text or "")
    except (ValueError, OverflowError):
        raise bad_element(element, f"{_shown(element.text)} is not an xs:dateTime") from None


_DURATION = re.compile(
    r"(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d+))?S)?)?\Z", re.ASCII
)


def _with_wire(value: datetime.timedelta, attribute: str, text: str) -> datetime.timedelta:
    kept = Duration(microseconds=ticks_of(value) // 10, extra_ticks=ticks_of(value) % 10)
    setattr(kept, attribute, text)
    return kept


def parse_duration(text: str) -> datetime.timedelta:
    """An ``xs:duration`` as .NET writes a TimeSpan (days, hours, minutes, seconds to seven
    fractional digits). Raises ValueError for anything else, OverflowError past the range."""
    stripped = text.strip()
    match = _DURATION.match(stripped)
    if not match or stripped in ("P", "-P") or stripped.endswith(("P", "T")):
        raise ValueError(text)
    sign, days, hours, minutes, seconds, fraction = match.groups()
    whole = ((int(days or 0) * 24 + int(hours or 0)) * 60 + int(minutes or 0)) * 60
    whole += int(seconds or 0)
    ticks = whole * _TICKS_PER_SECOND + int((fraction or "0")[:7].ljust(7, "0"))
    value = duration_from_ticks(-ticks if sign else ticks)
    if format_duration(value) != text:
        return _with_wire(value, "xml_wire", text)
    return value


def format_duration(value: datetime.timedelta) -> str:
    """An ``xs:duration`` as .NET's XmlConvert writes a TimeSpan: ``P1DT2H3M4.5S``, ``PT0S``."""
    wire = getattr(value, "xml_wire", None)
    if isinstance(wire, str):
        return wire
    ticks = ticks_of(value)
    sign = "-" if ticks < 0 else ""
    seconds, fraction = divmod(abs(ticks), _TICKS_PER_SECOND)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    text = f"{sign}P{days}D" if days else f"{sign}P"
    time = f"{hours}H" if hours else ""
    time += f"{minutes}M" if minutes else ""
    if seconds or fraction:
        time += f"{seconds}.{fraction:07d}".rstrip("0").rstrip(".") + "S"
    if time:
        return f"{text}T{time}"
    return text if days else f"{sign}PT0S"


def read_duration(element: Element) -> datetime.timedelta:
    try:
        return parse_duration(element.text or "")
    except (ValueError, OverflowError):
        raise bad_element(element, f"{_shown(element.text)} is not a duration") from None


def _base64(text: str) -> bytes:
    """Strict base64 (whitespace between the characters allowed, as in XML); ValueError else."""
    return base64.b64decode("".join(text.split()), validate=True)


def read_bytes(element: Element) -> bytes:
    try:
        return _base64(_text(element))
    except (binascii.Error, ValueError):
        raise bad_element(element, "not valid base64") from None


def read_char(element: Element) -> str:
    return chr(_integer(element, 0, 0xFFFF, "ser:char"))


# Each writer checks its value first: a wrong one is an EncodeError naming the field (``put``
# adds the path), not text lxml refuses or, worse, a wrong value sent.


def write_str(parent: Element, tag: str, value: str) -> None:
    if not isinstance(value, str):
        raise wrong_value("a str", value)
    try:
        etree.SubElement(parent, tag).text = value
    except ValueError:
        raise EncodeError(
            "",
            "text XML cannot carry (a control character, NUL, U+FFFE, U+FFFF or a lone surrogate)",
        ) from None


def _is_int(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def write_int(parent: Element, tag: str, value: int) -> None:
    if not _is_int(value, -(2**31), 2**31 - 1):
        raise wrong_value("an int in xs:int's range", value)
    etree.SubElement(parent, tag).text = str(value)


def write_short(parent: Element, tag: str, value: int) -> None:
    if not _is_int(value, -(2**15), 2**15 - 1):
        raise wrong_value("an int in xs:short's range", value)
    etree.SubElement(parent, tag).text = str(value)


def write_long(parent: Element, tag: str, value: int) -> None:
    if not _is_int(value, -(2**63), 2**63 - 1):
        raise wrong_value("an int in xs:long's range", value)
    etree.SubElement(parent, tag).text = str(value)


def write_byte(parent: Element, tag: str, value: int) -> None:
    if not _is_int(value, -128, 127):
        raise wrong_value("an int in xs:byte's range", value)
    etree.SubElement(parent, tag).text = str(value)


def write_unsigned_byte(parent: Element, tag: str, value: int) -> None:
    if not _is_int(value, 0, 2**8 - 1):
        raise wrong_value("an int in xs:unsignedByte's range", value)
    etree.SubElement(parent, tag).text = str(value)


def write_unsigned_short(parent: Element, tag: str, value: int) -> None:
    if not _is_int(value, 0, 2**16 - 1):
        raise wrong_value("an int in xs:unsignedShort's range", value)
    etree.SubElement(parent, tag).text = str(value)


def write_unsigned_int(parent: Element, tag: str, value: int) -> None:
    if not _is_int(value, 0, 2**32 - 1):
        raise wrong_value("an int in xs:unsignedInt's range", value)
    etree.SubElement(parent, tag).text = str(value)


def write_unsigned_long(parent: Element, tag: str, value: int) -> None:
    if not _is_int(value, 0, 2**64 - 1):
        raise wrong_value("an int in xs:unsignedLong's range", value)
    etree.SubElement(parent, tag).text = str(value)


def write_bool(parent: Element, tag: str, value: bool) -> None:
    if type(value) is not bool:
        raise wrong_value("a bool", value)
    etree.SubElement(parent, tag).text = "true" if value else "false"


def format_float(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    return repr(float(value))


def write_float(parent: Element, tag: str, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, float | int):
        raise wrong_value("a float", value)
    etree.SubElement(parent, tag).text = format_float(value)


def write_decimal(parent: Element, tag: str, value: decimal.Decimal) -> None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = decimal.Decimal(value)
    if not isinstance(value, decimal.Decimal) or not value.is_finite():
        raise wrong_value("a finite Decimal (or an int)", value)
    etree.SubElement(parent, tag).text = format(value, "f")


def write_datetime(parent: Element, tag: str, value: datetime.datetime) -> None:
    if not isinstance(value, datetime.datetime):
        raise wrong_value("a datetime", value)
    etree.SubElement(parent, tag).text = format_datetime(value)


def write_duration(parent: Element, tag: str, value: datetime.timedelta) -> None:
    if not isinstance(value, datetime.timedelta):
        raise wrong_value("a timedelta", value)
    etree.SubElement(parent, tag).text = format_duration(value)


def write_bytes(parent: Element, tag: str, value: bytes) -> None:
    if not isinstance(value, bytes | bytearray | memoryview):
        raise wrong_value("bytes", value)
    etree.SubElement(parent, tag).text = base64.b64encode(value).decode("ascii")


def write_char(parent: Element, tag: str, value: str) -> None:
    if not isinstance(value, str) or len(value) != 1 or ord(value) > 0xFFFF:
        raise wrong_value("one character", value)
    etree.SubElement(parent, tag).text = str(ord(value))


# JSON writers of the values JSON carries as they are: checked, returned as they are.


def json_write_str(value: str) -> str:
    if not isinstance(value, str):
        raise wrong_value("a str", value)
    return value


def json_write_bool(value: bool) -> bool:
    if type(value) is not bool:
        raise wrong_value("a bool", value)
    return value


def json_write_int(value: int) -> int:
    if not _is_int(value, -(2**31), 2**31 - 1):
        raise wrong_value("an int in xs:int's range", value)
    return value


def json_write_short(value: int) -> int:
    if not _is_int(value, -(2**15), 2**15 - 1):
        raise wrong_value("an int in xs:short's range", value)
    return value


def json_write_long(value: int) -> int:
    if not _is_int(value, -(2**63), 2**63 - 1):
        raise wrong_value("an int in xs:long's range", value)
    return value


def json_write_byte(value: int) -> int:
    if not _is_int(value, -128, 127):
        raise wrong_value("an int in xs:byte's range", value)
    return value


def json_write_unsigned_byte(value: int) -> int:
    if not _is_int(value, 0, 2**8 - 1):
        raise wrong_value("an int in xs:unsignedByte's range", value)
    return value


def json_write_unsigned_short(value: int) -> int:
    if not _is_int(value, 0, 2**16 - 1):
        raise wrong_value("an int in xs:unsignedShort's range", value)
    return value


def json_write_unsigned_int(value: int) -> int:
    if not _is_int(value, 0, 2**32 - 1):
        raise wrong_value("an int in xs:unsignedInt's range", value)
    return value


def json_write_unsigned_long(value: int) -> int:
    if not _is_int(value, 0, 2**64 - 1):
        raise wrong_value("an int in xs:unsignedLong's range", value)
    return value


def json_write_float(value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, float | int):
        raise wrong_value("a float", value)
    return value


def json_write_char(value: str) -> str:
    if not isinstance(value, str) or len(value) != 1 or ord(value) > 0xFFFF:
        raise wrong_value("one character", value)
    return value


def json_object(data: Any, path: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise DecodeError(path, f"expected an object, got {type(data).__name__}")
    return data


def json_list(data: Any, path: str) -> list[Any]:
    if not isinstance(data, list):
        raise DecodeError(path, f"expected an array, got {type(data).__name__}")
    return data


def json_str(data: Any, path: str) -> str:
    if not isinstance(data, str):
        raise DecodeError(path, f"expected a string, got {type(data).__name__}")
    return data


def _json_integer(data: Any, path: str, low: int, high: int, kind: str) -> int:
    value: int
    if isinstance(data, int) and not isinstance(data, bool):
        value = data
    elif isinstance(data, float) and data.is_integer():
        value = int(data)
    else:
        raise DecodeError(path, f"expected an integer, got {type(data).__name__}")
    if low <= value <= high:
        return value
    raise DecodeError(path, f"{_shown(value)} is out of range for {kind}")


def json_int(data: Any, path: str) -> int:
    if type(data) is int and -2147483648 <= data <= 2147483647:
        return data
    return _json_integer(data, path, -(2**31), 2**31 - 1, "xs:int")


def json_short(data: Any, path: str) -> int:
    return _json_integer(data, path, -(2**15), 2**15 - 1, "xs:short")


def json_long(data: Any, path: str) -> int:
    return _json_integer(data, path, -(2**63), 2**63 - 1, "xs:long")


def json_byte(data: Any, path: str) -> int:
    return _json_integer(data, path, -128, 127, "xs:byte")


def json_unsigned_byte(data: Any, path: str) -> int:
    return _json_integer(data, path, 0, 2**8 - 1, "xs:unsignedByte")


def json_unsigned_short(data: Any, path: str) -> int:
    return _json_integer(data, path, 0, 2**16 - 1, "xs:unsignedShort")


def json_unsigned_int(data: Any, path: str) -> int:
    return _json_integer(data, path, 0, 2**32 - 1, "xs:unsignedInt")


def json_unsigned_long(data: Any, path: str) -> int:
    return _json_integer(data, path, 0, 2**64 - 1, "xs:unsignedLong")


def json_bool(data: Any, path: str) -> bool:
    if not isinstance(data, bool):
        raise DecodeError(path, f"expected true or false, got {type(data).__name__}")
    return data


def json_float(data: Any, path: str) -> float:
    if isinstance(data, bool) or not isinstance(data, int | float):
        if isinstance(data, str):
            try:
                return _float(data)
            except ValueError:
                pass
        raise DecodeError(path, f"expected a number, got {type(data).__name__}")
    try:
        return float(data)
    except OverflowError:
        raise DecodeError(path, f"{_shown(data)} is out of range for xs:double") from None


def json_decimal(data: Any, path: str) -> decimal.Decimal:
    if isinstance(data, bool) or not isinstance(data, int | float | str):
        raise DecodeError(path, f"expected a number, got {type(data).__name__}")
    try:
        return _decimal(data) if isinstance(data, str) else decimal.Decimal(str(data))
    except (ValueError, decimal.InvalidOperation):
        raise DecodeError(path, f"{_shown(data)} is not a decimal") from None


def json_write_decimal(value: decimal.Decimal) -> int | float:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if not isinstance(value, decimal.Decimal) or not value.is_finite():
        raise wrong_value("a finite Decimal (or an int)", value)
    return int(value) if value == value.to_integral_value() else float(value)


def json_datetime(data: Any, path: str) -> datetime.datetime:
    try:
        return parse_datetime(json_str(data, path))
    except (ValueError, OverflowError):
        raise DecodeError(path, f"{_shown(data)} is not a date and time") from None


_TIMESPAN = re.compile(r"(-)?(?:(\d+)\.)?(\d+):(\d\d):(\d\d)(?:\.(\d+))?\Z", re.ASCII)


def json_duration(data: Any, path: str) -> datetime.timedelta:
    """A .NET TimeSpan as JSON.NET writes it (``[-][d.]hh:mm:ss[.fffffff]``), or ISO 8601."""
    text = json_str(data, path)
    match = _TIMESPAN.match(text)
    try:
        if match is None:
            return parse_duration(text)
        sign, days, hours, minutes, seconds, fraction = match.groups()
        if int(minutes) > 59 or int(seconds) > 59:
            raise ValueError(text)
        whole = ((int(days or 0) * 24 + int(hours)) * 60 + int(minutes)) * 60 + int(seconds)
        ticks = whole * _TICKS_PER_SECOND + int((fraction or "0")[:7].ljust(7, "0"))
        value = duration_from_ticks(-ticks if sign else ticks)
    except (ValueError, OverflowError):
        raise DecodeError(path, f"{_shown(text)} is not a duration") from None
    if json_write_duration(value) != text:
        return _with_wire(value, "json_wire", text)
    return value


def json_write_duration(value: datetime.timedelta) -> str:
    """A TimeSpan as JSON.NET writes it: ``[-][d.]hh:mm:ss[.fffffff]``."""
    if not isinstance(value, datetime.timedelta):
        raise wrong_value("a timedelta", value)
    wire = getattr(value, "json_wire", None)
    if isinstance(wire, str):
        return wire
    ticks = ticks_of(value)
    sign = "-" if ticks < 0 else ""
    seconds, fraction = divmod(abs(ticks), _TICKS_PER_SECOND)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    text = f"{sign}{days}." if days else sign
    text += f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    return text + f".{fraction:07d}" if fraction else text


def json_bytes(data: Any, path: str) -> bytes:
    try:
        return _base64(json_str(data, path))
    except (binascii.Error, ValueError):
        raise DecodeError(path, "not valid base64") from None


def json_write_bytes(value: bytes) -> str:
    if not isinstance(value, bytes | bytearray | memoryview):
        raise wrong_value("bytes", value)
    return base64.b64encode(value).decode("ascii")


def json_write_datetime(value: datetime.datetime) -> str:
    if not isinstance(value, datetime.datetime):
        raise wrong_value("a datetime", value)
    return format_datetime(value)


def json_char(data: Any, path: str) -> str:
    if isinstance(data, int) and not isinstance(data, bool):
        return chr(_json_integer(data, path, 0, 0xFFFF, "ser:char"))
    text = json_str(data, path)
    if len(text) != 1:
        raise DecodeError(path, f"expected one character, got {text!r}")
    return text


def json_missing(path: str, key: str) -> DecodeError:
    return DecodeError(path, f"required key {key!r} is missing")


def xml_missing(element: Element, name: str) -> DecodeError:
    return bad_element(element, f"required element {name} is missing")


# --- enums -----------------------------------------------------------------------------------
# Enums are open: a name the generated enum does not know (a newer server, a doc placeholder)
# decodes to the plain string and encodes back unchanged.

_E = TypeVar("_E", bound=enum.Enum)
_F = TypeVar("_F", bound=enum.Flag)


def enum_from_text(text: str, by_name: Mapping[str, _E]) -> _E | str:
    return by_name.get(text.strip(), text)


_FLAG_SEPARATORS = re.compile(r"[\s,]+")


def flags_from_text(text: str, by_name: Mapping[str, _F], none: _F) -> _F | str:
    """Flag names to a flag value: space-separated (XML's ``xs:list``) or comma-separated (as
    JSON.NET writes them), either is read in either encoding. A name the enum does not know
    makes the value open: the text, kept as it is."""
    value = none
    for name in _FLAG_SEPARATORS.split(text):
        if name:
            member = by_name.get(name)
            if member is None:
                return text
            value |= member
    return value


def flags_from_xml(
    text: str, by_name: Mapping[str, _F], none: _F, seen: dict[str, _F | str]
) -> _F | str:
    """:func:`flags_from_text`, remembering the (few) combinations a server sends."""
    value = seen.get(text)
    if value is None:
        value = flags_from_text(text, by_name, none)
        if len(seen) < 1024:
            seen[text] = value
    return value


def enum_to_text(value: _E | str | int, names: Mapping[_E, str]) -> str:
    """An enum value as its name: a member, an open value (a name, as it is), or a member's
    number (the WSDL's numeric value)."""
    if isinstance(value, str):
        return value
    if isinstance(value, enum.Enum):
        name = names.get(value)
        if name is not None:
            return name
    elif isinstance(value, int) and not isinstance(value, bool):
        for member, text in names.items():
            if member.value == value:
                return text
        raise wrong_value("a number one of the enum's members has", value)
    raise wrong_value("a member of the enum, its name or its number", value)


def flags_to_text(value: _F | str, names: Mapping[_F, str], separator: str) -> str:
    """Flags as names joined by ``separator``: ``" "`` in XML (an ``xs:list``), ``", "`` in
    JSON (as JSON.NET writes them). An open value (a name the enum does not know, such as
    REST's ``"FULL"``) keeps its names, written with this encoding's separator. Bits no name
    stands for cannot be written as names: an :class:`EncodeError`."""
    if isinstance(value, str):
        return separator.join(name for name in _FLAG_SEPARATORS.split(value) if name)
    value = _as_flags(value, names)
    name = names.get(value)
    if name is not None:
        return name
    if _unnamed_bits(value, names):
        raise EncodeError(type(value).__name__, f"{value.value} has bits no flag name stands for")
    return separator.join(names[member] for member in value)


def _as_flags(value: _F | int, names: Mapping[_F, str]) -> _F:
    """A flags value; a non-negative number (the WSDL's values or'ed together) as one."""
    if isinstance(value, enum.Flag):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0 and names:
        return type(next(iter(names)))(value)
    raise wrong_value("flags of the enum, their names or a non-negative number", value)


def _unnamed_bits(value: enum.Flag, names: Mapping[Any, str]) -> int:
    named = 0
    for member in names:
        named |= member.value
    return int(value.value) & ~named


def flags_to_json(value: _F | str, names: Mapping[_F, str]) -> str | int:
    """Flags as JSON.NET writes them: names, comma-separated; a number where some bits have
    no name (a newer server's flag), so nothing is lost."""
    if not isinstance(value, str):
        value = _as_flags(value, names)
        if _unnamed_bits(value, names):
            return int(value.value)
    return flags_to_text(value, names, ", ")


def json_enum(
    data: Any, path: str, by_name: Mapping[str, _E], by_value: Mapping[int, _E]
) -> _E | str:
    if type(data) is str:
        member = by_name.get(data)
        return member if member is not None else enum_from_text(data, by_name)
    if isinstance(data, int) and not isinstance(data, bool) and data in by_value:
        return by_value[data]
    return enum_from_text(json_str(data, path), by_name)


def json_flags(
    data: Any, path: str, by_name: Mapping[str, _F], none: _F, seen: dict[str, _F | str]
) -> _F | str:
    if type(data) is str:
        value = seen.get(data)
        if value is not None:
            return value
        text = data
    elif isinstance(data, int) and not isinstance(data, bool):
        if not 0 <= data < 2**64:
            raise DecodeError(path, f"{_shown(data)} is not a flags value")
        return type(none)(data)
    else:
        text = json_str(data, path)
    return flags_from_xml(text, by_name, none, seen)


# --- field helpers used by generated codecs --------------------------------------------------
# Each keeps the three wire states apart: UNSET (absent), None (nil / null) and a value.

_T = TypeVar("_T")
_Writer = Callable[[Element, str, _T], object]
_JsonReader = Callable[[Any, str], _T]


def nillable(read: Callable[[Element], _T], element: Element) -> _T | None:
    """``None`` for an ``xsi:nil="true"`` element, else what ``read`` makes of it."""
    return None if element.keys() and element.get(XSI_NIL) in NIL else read(element)


def put(element: Element, tag: str, value: Any, write: _Writer[Any]) -> None:
    """Append ``value`` as a ``tag`` child: nothing if UNSET, ``xsi:nil`` if None. A value its
    writer refuses is an :class:`EncodeError` naming the path to it."""
    if value is UNSET:
        return
    if value is None:
        etree.SubElement(element, tag).set(XSI_NIL, "true")
        return
    try:
        write(element, tag, value)
    except EncodeError as exc:
        raise exc.within(tag.rpartition("}")[2]) from None


def put_items(
    element: Element, tag: str, items: list[Any] | tuple[Any, ...], write: _Writer[Any]
) -> None:
    """Each of ``items`` as a ``tag`` child of ``element``, as :func:`put` writes one value (a
    list's loop in one call); an item ``write`` refuses is an :class:`EncodeError` naming its
    index. A longer list of strings or ints is written in one step (:func:`_put_texts`)."""
    if len(items) >= _ONE_STEP and (write is write_str or write is write_int):
        texts = _plain_texts(items, write)
        if texts is not None and _put_texts(element, tag, texts):
            return
    for index, item in enumerate(items):
        if item is None:
            etree.SubElement(element, tag).set(XSI_NIL, "true")
        elif item is not UNSET:
            try:
                write(element, tag, item)
            except EncodeError as exc:
                raise item_error(exc.within(tag.rpartition("}")[2]), index) from None


_ONE_STEP: Final = 8
"""From this many items, writing them in one step is cheaper than a SubElement each."""
_FRAGMENT: Final = "fragment"
_FRAGMENT_PARSER: Final = etree.XMLParser(
    resolve_entities=False, no_network=True, collect_ids=False
)


def _plain_texts(items: list[Any] | tuple[Any, ...], write: _Writer[Any]) -> list[str] | None:
    """The texts ``write`` (write_str or write_int) would give ``items``, where every item is a
    non-empty str or an int within xs:int's range (checked by builtins, not an item at a time);
    None where any is something else."""
    if write is write_str:
        if set(map(type, items)) != {str} or "" in items:
            return None
        return list(items)
    if set(map(type, items)) != {int} or not -(2**31) <= min(items) <= max(items) < 2**31:
        return None
    return list(map(str, items))


def _put_texts(element: Element, tag: str, texts: list[str]) -> bool:
    """``tag`` children of the empty ``element`` holding ``texts``, made by parsing them as one
    fragment that is moved in: lxml spends most of a SubElement on checking the tag's namespace
    URI and searching for its prefix, so a list written this way costs a third. False, with
    nothing written, where the document could differ from what SubElements make: the tag's
    namespace not declared where the children go (they would each declare it), a NUL in a text
    or text XML cannot carry (a SubElement refuses those)."""
    namespace, _, name = tag[1:].partition("}")
    if not tag.startswith("{") or len(element) or namespace not in element.nsmap.values():
        return False
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:
        return False
    escaped = joined.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    items = escaped.replace("\r", "&#13;").replace("\x00", f"</p:{name}><p:{name}>")
    uri = namespace.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    fragment = f'<{_FRAGMENT} xmlns:p="{uri}"><p:{name}>{items}</p:{name}></{_FRAGMENT}>'
    try:
        wrapper = etree.fromstring(fragment.encode("utf-8"), _FRAGMENT_PARSER)
    except (etree.XMLSyntaxError, UnicodeEncodeError):
        return False
    element.append(wrapper)  # the declaration in scope is found, the wrapper's dropped
    etree.strip_tags(element, _FRAGMENT)  # the texts' elements in its place
    return True


def new_child(parent: Element | None, tag: str) -> Element:
    """A ``tag`` child of ``parent``, or a new root declaring the tag's namespace."""
    if parent is None:
        return new_root(tag, etree.QName(tag).namespace or "")
    return etree.SubElement(parent, tag)


def json_items(data: Any, path: str, read: _JsonReader[_T]) -> list[_T]:
    """A JSON array decoded item by item (item paths built only for a bad item, as in
    :func:`take`)."""
    items = data if type(data) is list else json_list(data, path)
    try:
        return [read(item, path) for item in items]
    except DecodeError:
        return [read(item, f"{path}[{index}]") for index, item in enumerate(items)]


def json_items_nillable(data: Any, path: str, read: _JsonReader[_T]) -> list[_T | None]:
    """:func:`json_items` where an item may be null."""
    items = data if type(data) is list else json_list(data, path)
    try:
        return [None if item is None else read(item, path) for item in items]
    except DecodeError:
        return [
            None if item is None else read(item, f"{path}[{index}]")
            for index, item in enumerate(items)
        ]


class _SharedText(dict[str, str]):
    """Strings decoded from JSON, each its own key (see ``SHARED``)."""

    def __missing__(self, text: str) -> str:
        if len(text) <= _SHARED_LENGTH:
            if len(self) >= _SHARED_COUNT:
                self.clear()
            self[text] = text
        return text


_SHARED_LENGTH: Final = 256
_SHARED_COUNT: Final = 1024
SHARED: Final = _SharedText()
"""``SHARED[text]``: an equal string decoded before, or ``text`` itself. Names, codes and types
repeat across the records of a message, and ``json.loads`` makes a new string for every one;
records decoded from JSON keep one copy of each instead (10,000 ErpConnections hold a third
less). Only strings of up to 256 characters are remembered, and only the last thousand or so
(the table starts over when full), so it keeps little alive."""


def _shared_items(items: list[Any]) -> list[Any]:
    """A copy of a list of strings (or None), each the shared copy (``SHARED``)."""
    return [None if item is None else SHARED[item] for item in items]


def _shared_values(pairs: dict[str, Any]) -> dict[str, Any]:
    """A copy of a dict of strings (or None), each value the shared copy (``SHARED``)."""
    copied = pairs.copy()
    for key, item in copied.items():
        if item is not None:
            copied[key] = SHARED[item]
    return copied


_INT_RANGE: Final = (-(2**31), 2**31 - 1)


def _in_int_range(items: Iterable[Any]) -> bool:
    values = list(items)
    return not values or _INT_RANGE[0] <= min(values) <= max(values) <= _INT_RANGE[1]


def json_plain_items(data: Any, path: str, kind: type[_T], read: _JsonReader[_T]) -> list[_T]:
    """A JSON array of strings, ``xs:int`` integers or booleans: copied as it is when every item
    is a ``kind`` already (the usual case, checked without a call per item; integers also for
    their range), else :func:`json_items`."""
    items = data if type(data) is list else json_list(data, path)
    for item in items:
        if type(item) is not kind:
            return json_items(items, path, read)
    if kind is int and items and not _INT_RANGE[0] <= min(items) <= max(items) <= _INT_RANGE[1]:
        return json_items(items, path, read)
    return _shared_items(items) if kind is str else items.copy()


def json_plain_items_nillable(
    data: Any, path: str, kind: type[_T], read: _JsonReader[_T]
) -> list[_T | None]:
    """:func:`json_plain_items` where an item may be null."""
    items = data if type(data) is list else json_list(data, path)
    for item in items:
        if type(item) is not kind and item is not None:
            return json_items_nillable(items, path, read)
    if kind is int and not _in_int_range(item for item in items if item is not None):
        return json_items_nillable(items, path, read)
    return _shared_items(items) if kind is str else items.copy()


def json_plain_values(
    data: Any, path: str, kind: type[_T], read: _JsonReader[_T]
) -> dict[str, _T]:
    """A JSON object of strings, integers or booleans: :func:`json_plain_items` for objects."""
    pairs = data if type(data) is dict else json_object(data, path)
    for item in pairs.values():
        if type(item) is not kind:
            return json_values(pairs, path, read)
    if kind is int and not _in_int_range(pairs.values()):
        return json_values(pairs, path, read)
    return _shared_values(pairs) if kind is str else pairs.copy()


def json_plain_values_nillable(
    data: Any, path: str, kind: type[_T], read: _JsonReader[_T]
) -> dict[str, _T | None]:
    """:func:`json_plain_values` where a value may be null."""
    pairs = data if type(data) is dict else json_object(data, path)
    for item in pairs.values():
        if type(item) is not kind and item is not None:
            return json_values_nillable(pairs, path, read)
    if kind is int and not _in_int_range(item for item in pairs.values() if item is not None):
        return json_values_nillable(pairs, path, read)
    return _shared_values(pairs) if kind is str else pairs.copy()


def json_values(data: Any, path: str, read: _JsonReader[_T]) -> dict[str, _T]:
    """A JSON object with string keys decoded value by value (paths as in :func:`take`)."""
    pairs = (data if type(data) is dict else json_object(data, path)).items()
    try:
        return {key: read(item, path) for key, item in pairs}
    except DecodeError:
        return {key: read(item, f"{path}.{key}") for key, item in pairs}


def json_values_nillable(data: Any, path: str, read: _JsonReader[_T]) -> dict[str, _T | None]:
    """:func:`json_values` where a value may be null."""
    pairs = (data if type(data) is dict else json_object(data, path)).items()
    try:
        return {key: None if item is None else read(item, path) for key, item in pairs}
    except DecodeError:
        return {key: None if item is None else read(item, f"{path}.{key}") for key, item in pairs}


def blank(cls: type[_T]) -> _T:
    """An instance of a record class made without ``__init__``, for a JSON decoder that then
    sets every field itself: that is about half the cost of passing them all by keyword."""
    return object.__new__(cls)


def take(data: dict[str, Any], key: str, path: str, read: _JsonReader[_T]) -> _T | Unset:
    """``data[key]`` decoded; UNSET if the key is absent.

    The item's path, ``f"{path}.{key}"``, is only built when the item is bad: decoding is pure,
    so a failed decode is run again with the full path, and the error then says where."""
    item = data.get(key, UNSET)
    if item is UNSET:
        return item
    try:
        return read(item, path)
    except DecodeError:
        return read(item, f"{path}.{key}")


def take_nillable(
    data: dict[str, Any], key: str, path: str, read: _JsonReader[_T]
) -> _T | Unset | None:
    """``data[key]`` decoded; UNSET if absent, None if null (the path as for :func:`take`)."""
    item = data.get(key, UNSET)
    if item is UNSET or item is None:
        return item
    try:
        return read(item, path)
    except DecodeError:
        return read(item, f"{path}.{key}")


def take_required(data: dict[str, Any], key: str, path: str, read: _JsonReader[_T]) -> _T:
    if key not in data:
        raise json_missing(path, key)
    return read(data[key], f"{path}.{key}")


def take_required_nillable(
    data: dict[str, Any], key: str, path: str, read: _JsonReader[_T]
) -> _T | None:
    if key not in data:
        raise json_missing(path, key)
    item = data[key]
    return None if item is None else read(item, f"{path}.{key}")


def json_write_items(value: Any, write: Callable[[Any], Any]) -> list[Any]:
    """A list as JSON, each item written (and checked) by ``write``."""
    items = checked_list(value)
    try:
        return [write(item) for item in items]
    except EncodeError:
        raise _item_at_fault(items, write) from None


def json_write_items_nillable(value: Any, write: Callable[[Any], Any]) -> list[Any]:
    """:func:`json_write_items` where an item may be None (JSON ``null``)."""
    items = checked_list(value)
    try:
        return [None if item is None else write(item) for item in items]
    except EncodeError:
        raise _item_at_fault(items, write) from None


def _item_at_fault(items: Iterable[Any], write: Callable[[Any], Any]) -> EncodeError:
    """The error of the first item ``write`` refuses, naming its index (found again only on
    failure, so writing a list costs no index)."""
    for index, item in enumerate(items):
        if item is not None:
            try:
                write(item)
            except EncodeError as exc:
                return item_error(exc.within("item"), index)
    return EncodeError("", "an item could not be written")


def put_json(
    result: dict[str, Any], key: str, value: Any, write: Callable[[Any], Any] | None = None
) -> None:
    """Set ``result[key]``: nothing if UNSET, ``null`` if None, else ``write(value)`` (a value
    it refuses is an :class:`EncodeError` naming the path to it)."""
    if value is UNSET:
        return
    if value is None or write is None:
        result[key] = value
        return
    try:
        result[key] = write(value)
    except EncodeError as exc:
        raise exc.within(key) from None


def identity(value: _T) -> _T:
    return value


def parse_xml(data: Element | str | bytes) -> Element:
    """An element as it is, or XML text parsed without network access or entity expansion. A
    document type declaration is refused (SOAP 1.1 forbids one): its entities, left unexpanded,
    would drop text silently."""
    if isinstance(data, str | bytes):
        if isinstance(data, str):
            data = data.encode("utf-8")
        try:
            root = etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as exc:
            raise DecodeError(f"line {exc.lineno}", f"not well-formed XML: {exc.msg}") from None
        if root.getroottree().docinfo.internalDTD is not None:
            raise DecodeError("/", "a document type declaration (DOCTYPE) is not allowed")
        return root
    return data


_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, remove_comments=True, huge_tree=True
)
"""``huge_tree``: a text node may pass 10,000,000 characters (a blob of 8 MB, in base64);
what bounds a response is ``max_response_bytes``, and a DOCTYPE is refused, so no entity
expands."""


TOO_DEEP_TO_ENCODE: Final = "a value holds itself, or is nested too deeply to encode"


def record_to_xml(
    encode: Callable[[Element | None, str, _T], Element], tag: str, value: _T
) -> Element:
    """``encode`` applied to a record as a new ``tag`` element; an :class:`EncodeError` for a
    record that holds itself (however far down) or is nested too deeply."""
    try:
        return encode(None, tag, value)
    except RecursionError:
        raise EncodeError("", TOO_DEEP_TO_ENCODE) from None


def record_to_json(encode: Callable[[_T], dict[str, Any]], value: _T) -> dict[str, Any]:
    """``encode`` applied to a record; an :class:`EncodeError` as :func:`record_to_xml` says."""
    try:
        return encode(value)
    except RecursionError:
        raise EncodeError("", TOO_DEEP_TO_ENCODE) from None


def record_from_xml(decode: Callable[[Element], _T], data: Element | str | bytes) -> _T:
    """``decode`` applied to an element or XML text; a :class:`DecodeError` for anything wrong,
    a document nested too deeply included."""
    try:
        return decode(parse_xml(data))
    except RecursionError:
        raise DecodeError("/", "nested too deeply to decode") from None


def record_from_json(decode: Callable[[Any, str], _T], data: Any) -> _T:
    """``decode`` applied to decoded JSON (``json.loads``'s result); a :class:`DecodeError` for
    anything wrong, data nested too deeply included."""
    try:
        return decode(data, "$")
    except RecursionError:
        raise DecodeError("$", "nested too deeply to decode") from None


# --- xs:anyType ------------------------------------------------------------------------------
# A value typed ``xs:anyType`` says what it is with ``xsi:type``: a primitive, an array, or a
# type of this version. It decodes to the Python value; a primitive whose type is not the one
# Python's type is written as (``xs:long`` 5 is an int, written back as ``xs:int``) decodes to an
# int/float/str/list subclass that remembers its ``xsi_type``; a type nobody here knows stays the
# element it came as (:class:`AnyElement`). So decode -> encode keeps every value and its type.


class AnyElement:
    """An element this package cannot read (an unknown ``xsi:type``, or content without one),
    kept as it came and written back unchanged under whatever tag it is written as."""

    __slots__ = ("xml",)

    def __init__(self, xml: bytes) -> None:
        self.xml = xml

    @classmethod
    def of(cls, element: Element) -> AnyElement:
        return cls(etree.tostring(element, with_tail=False))

    def element(self) -> Element:
        return etree.fromstring(self.xml, _PARSER)

    def write(self, parent: Element, tag: str) -> Element:
        """Append the kept element to ``parent`` as ``tag``: its attributes, text and children,
        and the namespace prefixes they may use in values (``xsi:type="b:int"``)."""
        source = self.element()
        prefixes = {p: ns for p, ns in source.nsmap.items() if p is not None}
        child = etree.SubElement(parent, tag, nsmap=prefixes)
        xsi_type = _resolve_qname(source, source.get(XSI_TYPE))
        for name, text in source.attrib.items():
            if name != XSI_TYPE:
                child.set(name, text)
        child.text = source.text
        for node in list(source):
            adopt(child, node)
        return child if xsi_type is None else _set_type(child, xsi_type)

    @property
    def xsi_type(self) -> str | None:
        """The ``xsi:type`` the element carried, in Clark notation (``{namespace}name``)."""
        element = self.element()
        return _resolve_qname(element, element.get(XSI_TYPE))

    def __eq__(self, other: object) -> bool:
        """The same content: attributes, text and children, QName values by namespace; the
        element's own tag and prefixes do not matter."""
        if not isinstance(other, AnyElement):
            return NotImplemented
        return other.xml == self.xml or _meaning(other.element()) == _meaning(self.element())

    def __hash__(self) -> int:
        return hash(_meaning(self.element()))

    def __repr__(self) -> str:
        return f"AnyElement({self.xml!r})"


def _meaning(element: Element, tag: str = "") -> tuple[Any, ...]:
    attributes = sorted(
        (name, _resolve_qname(element, str(text)) if name == XSI_TYPE else text)
        for name, text in element.attrib.items()
    )
    children = tuple(_meaning(child, child.tag) for child in element if isinstance(child.tag, str))
    return (tag, tuple(attributes), element.text or "", children)


class TypedInt(int):
    """An int whose ``xsi:type`` (Clark notation) is not ``xs:int``/``xs:long`` as its value
    would be written: ``xs:short``, ``xs:unsignedByte``, or an ``xs:long`` that fits an int."""

    xsi_type: str = ""


class TypedFloat(float):
    """A float read as ``xs:float`` (written back as such, not as ``xs:double``)."""

    xsi_type: str = ""


class TypedStr(str):
    """A str read as ``xs:anyURI``, ``xs:QName``, ``ser:guid``, ``ser:char`` and the like."""

    xsi_type: str = ""


class TypedList(list[Any]):
    """A list read from a WCF array (``ArrayOfstring``, ``ArrayOfanyType``, ...); written back
    as the same array type."""

    xsi_type: str = ""


_X = f"{{{XSD_NS}}}"
_S = f"{{{SER_NS}}}"
_A = f"{{{ARRAYS_NS}}}"


def _read_text(element: Element) -> str:
    return element.text or ""


_ANY_READERS: dict[str, Callable[[Element], Any]] = {
    _X + "string": _read_text,
    _X + "int": read_int,
    _X + "long": read_long,
    _X + "integer": read_integer,
    _X + "short": read_short,
    _X + "byte": read_byte,
    _X + "unsignedByte": read_unsigned_byte,
    _X + "unsignedShort": read_unsigned_short,
    _X + "unsignedInt": read_unsigned_int,
    _X + "unsignedLong": read_unsigned_long,
    _X + "boolean": read_bool,
    _X + "double": read_float,
    _X + "float": read_float,
    _X + "decimal": read_decimal,
    _X + "dateTime": read_datetime,
    _X + "base64Binary": read_bytes,
    _X + "anyURI": _read_text,
    _X + "QName": _read_text,
    _S + "guid": _read_text,
    _S + "char": read_char,
    _S + "duration": read_duration,
}
# WCF's arrays of primitives (``a:ArrayOfstring`` holds ``a:string`` items)
_ARRAY_ITEMS = {
    _A + "ArrayOf" + local: local
    for local in (
        "string",
        "int",
        "long",
        "short",
        "boolean",
        "double",
        "float",
        "decimal",
        "dateTime",
        "guid",
        "duration",
        "char",
        "anyType",
    )
}


def _resolve_qname(element: Element, text: str | None) -> str | None:
    if not text:
        return None
    prefix, _, local = text.strip().rpartition(":")
    namespace = element.nsmap.get(prefix or None)
    return None if namespace is None else f"{{{namespace}}}{local}"


def _canonical_type(value: object) -> str:
    """The ``xsi:type`` a plain Python value is written as."""
    if isinstance(value, bool):
        return _X + "boolean"
    if isinstance(value, int):
        if -(2**31) <= value < 2**31:
            return _X + "int"
        return _X + "long" if -(2**63) <= value < 2**63 else _X + "integer"
    if isinstance(value, float):
        return _X + "double"
    if isinstance(value, decimal.Decimal):
        return _X + "decimal"
    if isinstance(value, str):
        return _X + "string"
    if isinstance(value, datetime.datetime):
        return _X + "dateTime"
    if isinstance(value, datetime.timedelta):
        return _S + "duration"
    if isinstance(value, bytes):
        return _X + "base64Binary"
    if isinstance(value, list):
        return _A + "ArrayOf" + _list_item_type(value)
    return ""


def _list_item_type(items: list[Any]) -> str:
    kinds = {_canonical_type(item) for item in items if item is not None}
    if len(kinds) == 1 and None not in items:
        (kind,) = kinds
        local = kind.rpartition("}")[2]
        if _A + "ArrayOf" + local in _ARRAY_ITEMS and kind.startswith((_X, _S)):
            return local
    return "anyType"


def _typed(value: Any, xsi_type: str) -> Any:
    """``value`` remembering ``xsi_type`` when that is not how it would be written anyway."""
    if _canonical_type(value) == xsi_type:
        return value
    for plain, typed in ((int, TypedInt), (float, TypedFloat), (str, TypedStr)):
        if type(value) is plain:
            kept = typed(value)
            kept.xsi_type = xsi_type
            return kept
    return value


def read_any(element: Element) -> object:
    """An ``xs:anyType`` element as the Python value its ``xsi:type`` says; untyped text as a
    str; anything else as an :class:`AnyElement`."""
    xsi_type = _resolve_qname(element, element.get(XSI_TYPE))
    if xsi_type is None:
        if len(element) or any(name != XSI_NIL for name in element.attrib):
            return AnyElement.of(element)
        return element.text or ""
    read = _ANY_READERS.get(xsi_type)
    if read is not None:
        return _typed(read(element), xsi_type)
    item = _ARRAY_ITEMS.get(xsi_type)
    if item is not None:
        read = (
            read_any
            if item == "anyType"
            else _ANY_READERS[_X + item if _X + item in _ANY_READERS else _S + item]
        )
        items = TypedList(
            None if child.get(XSI_NIL) in NIL else read(child)
            for child in element
            if isinstance(child.tag, str)
        )
        items.xsi_type = xsi_type
        return items
    codec = _xml_type_codec(xsi_type)
    if codec is not None:
        return codec.read_xml(element)
    return AnyElement.of(element)


_PREFIXES = {XSD_NS: "xs", SER_NS: "ser", ARRAYS_NS: "arr"}


def adopt(parent: Element, element: Element) -> None:
    """Append ``element`` (with its subtree) to ``parent``, its ``xsi:type`` values still
    naming the same types. lxml moves namespace declarations about when an element moves, and
    knows nothing of the prefixes inside attribute values, so each is written again with a
    prefix that holds where the element now is."""
    typed = [
        (node, _resolve_qname(node, node.get(XSI_TYPE)))
        for node in element.iter()
        if isinstance(node.tag, str) and node.get(XSI_TYPE) is not None
    ]
    parent.append(element)
    for node, xsi_type in typed:
        if xsi_type is None:
            continue
        namespace, _, local = xsi_type[1:].partition("}")
        bound = [prefix for prefix, ns in node.nsmap.items() if ns == namespace]
        prefix = next((p for p in bound if p is not None), None)
        if prefix is not None:
            node.set(XSI_TYPE, f"{prefix}:{local}")
        elif bound:
            node.set(XSI_TYPE, local)  # the default namespace


def _declared(element: Element, namespace: str) -> tuple[Element, str]:
    """A prefix bound to ``namespace`` at ``element``: one in scope, else one declared on it.
    lxml declares namespaces only as an element is made, so that takes a new element in its
    place; ``element`` must be its parent's last child (it always is here)."""
    for prefix, bound in element.nsmap.items():
        if bound == namespace and prefix is not None:
            return element, prefix
    prefix = _PREFIXES.get(namespace, "q")
    while prefix in element.nsmap:
        prefix += "_"
    parent = element.getparent()
    if parent is None:
        merged: dict[Any, str] = dict(element.nsmap)
        merged[prefix] = namespace
        declared = etree.Element(element.tag, nsmap=merged)
    else:
        declared = etree.SubElement(parent, element.tag, nsmap={prefix: namespace})
        parent.remove(element)
    for name, text in element.attrib.items():
        declared.set(name, text)
    declared.text = element.text
    for child in list(element):
        adopt(declared, child)
    return declared, prefix


def _set_type(element: Element, xsi_type: str) -> Element:
    """Mark ``element`` with ``xsi:type``; returns the element now in its place."""
    namespace, _, local = xsi_type[1:].partition("}")
    element, prefix = _declared(element, namespace)
    element.set(XSI_TYPE, f"{prefix}:{local}")
    return element


def write_any(parent: Element, tag: str, value: object) -> None:
    """``value`` as an ``xs:anyType`` element with the ``xsi:type`` that says what it is."""
    if isinstance(value, AnyElement):
        value.write(parent, tag)
        return
    xsi_type = getattr(value, "xsi_type", "") or _canonical_type(value)
    if not xsi_type:
        registered = _xml_type_of(value)
        if registered is None:
            raise EncodeError(tag, f"{type(value).__name__} is not a type xs:anyType can carry")
        xsi_type, codec = registered
        codec.write_xml(parent, tag, value)
        _set_type(parent[-1], xsi_type)
        return
    child = _set_type(etree.SubElement(parent, tag), xsi_type)
    item = _ARRAY_ITEMS.get(xsi_type)
    if item is None:
        child.text = _any_text(value)
        return
    assert isinstance(value, list)
    item_tag = _A + item
    for entry in value:
        if entry is None:
            etree.SubElement(child, item_tag).set(XSI_NIL, "true")
        elif item == "anyType":
            write_any(child, item_tag, entry)
        else:
            etree.SubElement(child, item_tag).text = _any_text(entry)


def _any_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return format_float(value)
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if isinstance(value, datetime.timedelta):
        return format_duration(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if getattr(value, "xsi_type", "") == _S + "char" and isinstance(value, str):
        return str(ord(value))
    return str(value)


def json_any(data: Any, path: str) -> object:
    """JSON carries its own types: an ``xs:anyType`` value is the JSON value as it is."""
    return data


def json_write_any(value: Any) -> Any:
    """A Python value of an ``xs:anyType`` field as JSON."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list):
        return [json_write_any(item) for item in value]
    if isinstance(value, dict):
        return {json_key_text(key): json_write_any(item) for key, item in value.items()}
    if isinstance(value, decimal.Decimal):
        return json_write_decimal(value)
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if isinstance(value, datetime.timedelta):
        return json_write_duration(value)
    if isinstance(value, bytes):
        return json_write_bytes(value)
    if isinstance(value, AnyElement):
        return "".join(str(text) for text in value.element().itertext())
    registered = _xml_type_of(value)
    if registered is None:
        raise EncodeError("$", f"{type(value).__name__} is not a type JSON can carry")
    return registered[1].write_json(value)


class XmlTypes:
    """The types of one version, by wire name, for ``xsi:type``: ``table`` maps a type's name
    to (module below ``package``, codec constant, class name or ""); modules load on first use."""

    def __init__(
        self, package: str, namespace: str, table: Mapping[str, tuple[str, str, str]]
    ) -> None:
        self.package = package
        self.namespace = namespace
        self.table = table
        self._by_class: dict[tuple[str, str], str] | None = None

    def codec(self, name: str) -> Codec[Any] | None:
        entry = self.table.get(name)
        if entry is None:
            return None
        module = importlib.import_module(f"{self.package}.{entry[0]}")
        codec: Codec[Any] = getattr(module, entry[1])
        return codec

    def name_of(self, cls: type) -> str | None:
        if self._by_class is None:
            self._by_class = {
                (f"{self.package}.{module}", name): wire
                for wire, (module, _, name) in self.table.items()
                if name
            }
        return self._by_class.get((cls.__module__, cls.__qualname__))


_XML_TYPES: dict[str, XmlTypes] = {}


def register_xml_types(types: XmlTypes) -> None:
    """Make a version's types known to ``xs:anyType`` (its ``types`` package does this)."""
    _XML_TYPES[types.namespace] = types


def _xml_type_codec(xsi_type: str) -> Codec[Any] | None:
    namespace, _, local = xsi_type[1:].partition("}")
    types = _XML_TYPES.get(namespace)
    return None if types is None else types.codec(local)


def _xml_type_of(value: object) -> tuple[str, Codec[Any]] | None:
    for types in _XML_TYPES.values():
        name = types.name_of(type(value))
        if name is not None:
            codec = types.codec(name)
            if codec is not None:
                return f"{{{types.namespace}}}{name}", codec
    return None


# --- records and what their schema does not know ---------------------------------------------
# A newer server sends fields this package does not know (JSON keys such as ``_Links``, XML
# elements). A decoded record keeps them in ``extra`` and an encode writes them back, XML
# elements in their place, so reading an entity and saving it back loses nothing.


class KeptElement(NamedTuple):
    """An XML child element a record's schema does not know: how many of the record's own
    elements came before it (``slot``), its tag, and the element itself."""

    slot: int
    tag: str
    content: AnyElement


_KEPT = "kept"


class Extra:
    """What a decoded record carried beyond its schema: unknown JSON keys and their values
    (``members``), unknown XML child elements (``elements``).

    The unknown elements are kept as one document (namespace declarations written once) and
    their positions: a message of many small unknown elements costs about its own size, not a
    hundred times it as an object per element would."""

    __slots__ = ("_indices", "_record", "_xml", "members")

    def __init__(self, members: dict[str, Any] | None = None) -> None:
        self.members: dict[str, Any] = {} if members is None else members
        self._xml = b""
        """``<kept>`` holding a copy of the record's element with only the unknown children"""
        self._indices = array.array("i")
        """the position of each unknown child among all the children of the record's element"""
        self._record: Element | None = None
        """the record's element while it is decoded (see :meth:`seal`)"""

    def keep(self, child: Element, index: int) -> None:
        """Keep ``child``, the ``index``-th child of the record's element."""
        if self._record is None:
            if self._xml:
                raise RuntimeError("the record's elements were kept already")
            self._record = child.getparent()
        self._indices.append(index)

    def seal(self) -> None:
        """Copy what was kept, once the record is decoded (its decoder calls this)."""
        record, self._record = self._record, None
        if record is None:
            return
        # the prefixes in scope at the record, so the values using them still resolve (lxml
        # takes None for the default namespace; its stubs do not say so)
        kept = etree.Element(_KEPT, nsmap=cast("dict[str, str]", record.nsmap))
        copied = copy.deepcopy(record)  # in one go: an element at a time is ten times slower
        unknown = iter(self._indices)  # ascending, as they were kept
        next_unknown = next(unknown, -1)
        known = []
        for index, child in enumerate(copied):
            if index == next_unknown:
                next_unknown = next(unknown, -1)
            else:
                known.append(child)
        for child in known:
            copied.remove(child)  # unlinks it: no walk along the children, as del [i] would
        kept.append(copied)
        self._xml = etree.tostring(kept)

    @property
    def _slots(self) -> list[int]:
        """For each kept element, how many of the record's own children came before it."""
        return [index - count for count, index in enumerate(self._indices)]

    def _kept(self) -> list[Element]:
        self.seal()
        return list(etree.fromstring(self._xml, _PARSER)[0]) if self._xml else []

    @property
    def elements(self) -> list[KeptElement]:
        """The unknown elements, each with the number of the record's own that came before."""
        return [
            KeptElement(slot, str(child.tag), AnyElement.of(child))
            for slot, child in zip(self._slots, self._kept(), strict=True)
        ]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Extra):
            return NotImplemented
        return self.members == other.members and self.elements == other.elements

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Extra(members={self.members!r}, elements={self.elements!r})"


@dataclasses.dataclass(kw_only=True, repr=False, slots=True)
class Record:
    """The base of every generated record: ``extra`` holds what a decoded message carried that
    this version's schema does not know (None when there was nothing)."""

    extra: Extra | None = dataclasses.field(default=None, repr=False)

    def __repr__(self) -> str:
        """The fields that are set: a 48-field entity with three set shows three. A secret
        (a ticket, a password) shows that it is set, not what it is."""
        shown = []
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if value is UNSET or field.name == "extra":
                continue
            hidden = not field.repr and value is not None
            shown.append(f"{field.name}=<hidden>" if hidden else f"{field.name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"


def keep_element(extra: Extra | None, child: Element, index: int) -> Extra | None:
    """Add the ``index``-th child of a record's element, one its decoder does not know, to
    ``extra`` (made on first use)."""
    if not isinstance(child.tag, str):
        return extra  # a processing instruction: nothing to keep
    if extra is None:
        extra = Extra()
    extra.keep(child, index)
    return extra


def restore_elements(element: Element, extra: Extra) -> None:
    """Put kept XML children back where they were: each after as many of the record's own
    elements as came before it (so an unchanged record encodes to the document it came from)."""
    kept = extra._kept()
    if not kept:
        return
    own = list(element)
    slots: dict[int, list[Element]] = {}
    for slot, node in zip(extra._slots, kept, strict=True):
        slots.setdefault(min(slot, len(own)), []).append(node)
    order = slots.get(0, [])
    for position, child in enumerate(own, start=1):
        order.append(child)
        order += slots.get(position, ())
    for node in order:
        adopt(element, node)


def json_extra(data: dict[str, Any], known: frozenset[str]) -> Extra | None:
    """The members of a JSON object its record does not know; None when there are none."""
    members = {key: item for key, item in data.items() if key not in known}
    return Extra(members=members) if members else None


def restore_members(result: dict[str, Any], extra: Extra) -> None:
    """Put kept JSON members back beside the record's own (which win)."""
    for key, item in extra.members.items():
        result.setdefault(key, item)


class Codec(NamedTuple, Generic[_T]):
    """The four functions that read and write one type in XML and JSON."""

    read_xml: Callable[[Element], _T]
    write_xml: Callable[[Element, str, _T], object]
    read_json: Callable[[Any, str], _T]
    write_json: Callable[[_T], Any]


STR: Final = Codec(read_str, write_str, json_str, json_write_str)
INT: Final = Codec(read_int, write_int, json_int, json_write_int)
SHORT: Final = Codec(read_short, write_short, json_short, json_write_short)
LONG: Final = Codec(read_long, write_long, json_long, json_write_long)
BYTE: Final = Codec(read_byte, write_byte, json_byte, json_write_byte)
UNSIGNED_BYTE: Final = Codec(
    read_unsigned_byte, write_unsigned_byte, json_unsigned_byte, json_write_unsigned_byte
)
UNSIGNED_SHORT: Final = Codec(
    read_unsigned_short, write_unsigned_short, json_unsigned_short, json_write_unsigned_short
)
UNSIGNED_INT: Final = Codec(
    read_unsigned_int, write_unsigned_int, json_unsigned_int, json_write_unsigned_int
)
UNSIGNED_LONG: Final = Codec(
    read_unsigned_long, write_unsigned_long, json_unsigned_long, json_write_unsigned_long
)
BOOL: Final = Codec(read_bool, write_bool, json_bool, json_write_bool)
FLOAT: Final = Codec(read_float, write_float, json_float, json_write_float)
DECIMAL: Final = Codec(read_decimal, write_decimal, json_decimal, json_write_decimal)
DATETIME: Final = Codec(read_datetime, write_datetime, json_datetime, json_write_datetime)
DURATION: Final = Codec(read_duration, write_duration, json_duration, json_write_duration)
BYTES: Final = Codec(read_bytes, write_bytes, json_bytes, json_write_bytes)
CHAR: Final = Codec(read_char, write_char, json_char, json_write_char)
ANY: Final = Codec(read_any, write_any, json_any, json_write_any)


# --- operations ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Param:
    """One parameter or result of an operation: its Python name, wire name and codec; ``query``
    is its name in the REST query string when REST sends it there (Swagger's ``in: query``)."""

    name: str
    wire: str
    codec: Codec[Any]
    nillable: bool = False
    optional: bool = True
    query: str = ""
    json: str = ""
    """Its key in a REST body where REST spells it otherwise than the WSDL."""


_R = TypeVar("_R")
DEFAULT_HEADERS = ("ApplicationToken", "Credentials", "TimeZone")


@dataclasses.dataclass(frozen=True)
class Operation(Generic[_R]):
    """What the WSDL binding and the REST reference say about one operation; ``_R`` is what
    a call returns."""

    name: str
    namespace: str
    agent: str
    params: tuple[Param, ...] = ()
    results: tuple[Param, ...] = ()
    action: str = ""
    """The SOAPAction; given empty, WCF's ``{namespace}/{agent}/{name}``."""
    rest_path: str | None = ""
    """The REST endpoint's path; given empty, ``/api/v1/Agents/{agent}/{name}``; None where the
    operation has no REST endpoint."""
    rest_method: str = "POST"
    request_element: str = ""
    response_element: str = ""
    rest_body: str = ""
    """The parameter sent as the whole REST body; empty when the body holds every parameter."""
    rest_select: bool = True
    """Whether the REST endpoint takes ``$select`` (most do)."""
    headers: tuple[str, ...] = DEFAULT_HEADERS
    """The SOAP request headers the binding declares for this operation."""
    result: Callable[..., Any] | None = None
    """The class that holds the results of an operation with several (``ReadBlobResult``)."""

    def __post_init__(self) -> None:
        if not self.action:
            object.__setattr__(self, "action", f"{self.namespace}/{self.agent}/{self.name}")
        if self.rest_path == "":
            object.__setattr__(self, "rest_path", f"/api/v1/Agents/{self.agent}/{self.name}")

    @property
    def request_tag(self) -> str:
        return f"{{{self.namespace}}}{self.request_element or self.name}"

    @property
    def response_tag(self) -> str:
        return f"{{{self.namespace}}}{self.response_element or self.name + 'Response'}"

    def tag(self, param: Param) -> str:
        return f"{{{self.namespace}}}{param.wire}"


def _message_element(tag: str, namespace: str, parent: Element | None) -> Element:
    # Made in place inside an envelope, never moved into one: a move would let lxml rewrite
    # the namespace prefixes that xsi:type values depend on.
    if parent is None:
        return new_root(tag, namespace)
    return etree.SubElement(parent, tag)


def encode_request(
    operation: Operation[Any], values: Mapping[str, Any], parent: Element | None = None
) -> Element:
    """The SOAP body element of a call (made in ``parent``, a SOAP ``Body``, where given);
    parameters missing from ``values`` are not sent. A value of the wrong type is an
    :class:`EncodeError` naming the parameter and the path inside it."""
    element = _message_element(operation.request_tag, operation.namespace, parent)
    for param in operation.params:
        value = values.get(param.name, UNSET)
        try:
            put(element, operation.tag(param), value, param.codec.write_xml)
        except EncodeError as exc:
            raise _parameter_error(operation, param, exc) from None
    return element


def _parameter_error(operation: Operation[Any], param: Param, error: EncodeError) -> EncodeError:
    """``error`` (its path starting at the parameter's element) as the caller sees it: the
    operation, the parameter's Python name and the path inside the value."""
    wire = param.json or param.wire
    inside = error.path[len(wire) :] if error.path.startswith(wire) else ""
    return EncodeError(f"{operation.name}: {param.name}{inside}", error.problem)


def _decode_fields(
    operation: Operation[Any], element: Element, params: tuple[Param, ...]
) -> dict[str, Any]:
    by_tag = {operation.tag(p): p for p in params}
    values: dict[str, Any] = {p.name: UNSET for p in params}
    for child in element:
        param = by_tag.get(child.tag)
        if param is not None:
            values[param.name] = (
                nillable(param.codec.read_xml, child)
                if param.nillable
                else param.codec.read_xml(child)
            )
    for param in params:
        if not param.optional and values[param.name] is UNSET:
            raise xml_missing(element, param.wire)
    return values


def decode_request(operation: Operation[Any], element: Element) -> dict[str, Any]:
    """A request body element back to ``{parameter name: value}`` (UNSET where absent)."""
    return _decode_fields(
        operation, find_element(element, operation.request_tag), operation.params
    )


def decode_response(operation: Operation[Any], element: Element) -> dict[str, Any]:
    """A response body element to ``{result name: value}`` (UNSET where absent)."""
    return _decode_fields(
        operation, find_element(element, operation.response_tag), operation.results
    )


def call_result(operation: Operation[Any], values: dict[str, Any]) -> Any:
    """What a call returns from its decoded results: the one result (absent reads as None),
    the operation's result class holding several, or None for a void operation."""
    if operation.result is not None:
        return operation.result(**values)
    if not operation.results:
        return None
    value = values[operation.results[0].name]
    return None if value is UNSET else value


def decode_results_json(operation: Operation[Any], data: Any) -> dict[str, Any]:
    """The results of an operation with several, from a JSON object keyed by wire name."""
    data = {} if data is None else json_object(data, "$")
    return {
        param.name: take_nillable(data, param.wire, "$", param.codec.read_json)
        for param in operation.results
    }


def encode_response(
    operation: Operation[Any], values: Mapping[str, Any], parent: Element | None = None
) -> Element:
    """The SOAP body element of an answer (made in ``parent`` where given)."""
    element = _message_element(operation.response_tag, operation.namespace, parent)
    for param in operation.results:
        put(element, operation.tag(param), values.get(param.name, UNSET), param.codec.write_xml)
    return element


def request_json(operation: Operation[Any], values: Mapping[str, Any]) -> Any:
    """The REST body of a call: the body parameters by wire name, absent ones left out (or the
    one parameter that is the whole body). Query parameters are not in it."""
    result: dict[str, Any] = {}
    for param in operation.params:
        if param.query or (operation.rest_body and param.name != operation.rest_body):
            continue
        value = values.get(param.name, UNSET)
        try:
            if operation.rest_body:
                if value is UNSET or value is None:
                    return None
                try:
                    return param.codec.write_json(value)
                except EncodeError as exc:
                    raise exc.within(param.wire) from None
            put_json(result, param.json or param.wire, value, param.codec.write_json)
        except EncodeError as exc:
            raise _parameter_error(operation, param, exc) from None
    return result


def has_rest_body(operation: Operation[Any]) -> bool:
    """Whether the REST request has a body: it has parameters that are not in the query."""
    return any(not param.query for param in operation.params)


def request_query(operation: Operation[Any], values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The REST query parameters of a call as text, in declaration order; absent ones left out."""
    pairs = []
    for param in operation.params:
        if param.query:
            value = values.get(param.name, UNSET)
            if value is not UNSET and value is not None:
                try:
                    pairs.append((param.query, query_text(param.codec.write_json(value))))
                except EncodeError as exc:
                    raise _parameter_error(operation, param, exc.within(param.wire)) from None
    return pairs


def query_text(value: Any) -> str:
    """A JSON value as query-string text: strings as they are, ``true``/``false``, numbers."""
    return value if isinstance(value, str) else json.dumps(value)


def decode_request_query(operation: Operation[Any], query: Mapping[str, str]) -> dict[str, Any]:
    """REST query parameters back to ``{parameter name: value}`` (UNSET where absent)."""
    values: dict[str, Any] = {}
    for param in operation.params:
        if param.query:
            text = query.get(param.query)
            values[param.name] = (
                UNSET
                if text is None
                else param.codec.read_json(_query_json(text), f"?{param.query}")
            )
    return values


def _query_json(text: str) -> Any:
    """Query text as the JSON value it stands for: a number or boolean, else the text."""
    if text in ("true", "false") or text[:1].isdigit() or text[:1] == "-":
        try:
            return json.loads(text)
        except ValueError:
            pass
    return text


def decode_request_json(operation: Operation[Any], data: Any) -> dict[str, Any]:
    """A REST request body back to ``{parameter name: value}`` of its body parameters; no
    body means none of them."""
    if operation.rest_body:
        (param,) = (p for p in operation.params if p.name == operation.rest_body)
        return {param.name: None if data is None else param.codec.read_json(data, "$")}
    data = {} if data is None else json_object(data, "$")
    values: dict[str, Any] = {}
    for param in operation.params:
        if not param.query:
            key = param.json or param.wire
            values[param.name] = take_nillable(data, key, "$", param.codec.read_json)
    return values


def json_key_text(value: Any) -> str:
    """A dictionary key as JSON wants it: text (``3`` -> ``"3"``, ``True`` -> ``"true"``)."""
    return value if isinstance(value, str) else json.dumps(value)


def json_key_value(text: str) -> Any:
    """A JSON object key back to the number or boolean it stands for."""
    try:
        return json.loads(text)
    except ValueError:
        return text


# Fast paths for the common JSON primitives: no path string is built unless the value is wrong.


def take_str(data: dict[str, Any], key: str, path: str) -> str | Unset:
    value = data.get(key, UNSET)
    return value if value is UNSET or type(value) is str else json_str(value, f"{path}.{key}")


def take_str_nillable(data: dict[str, Any], key: str, path: str) -> str | Unset | None:
    value = data.get(key, UNSET)
    if value is UNSET or value is None or type(value) is str:
        return value
    return json_str(value, f"{path}.{key}")


def take_int(data: dict[str, Any], key: str, path: str) -> int | Unset:
    value = data.get(key, UNSET)
    if value is UNSET or (type(value) is int and -2147483648 <= value <= 2147483647):
        return value
    return json_int(value, f"{path}.{key}")


def take_int_nillable(data: dict[str, Any], key: str, path: str) -> int | Unset | None:
    value = data.get(key, UNSET)
    if (
        value is UNSET
        or value is None
        or (type(value) is int and -2147483648 <= value <= 2147483647)
    ):
        return value
    return json_int(value, f"{path}.{key}")


def take_bool(data: dict[str, Any], key: str, path: str) -> bool | Unset:
    value = data.get(key, UNSET)
    return value if value is UNSET or type(value) is bool else json_bool(value, f"{path}.{key}")


def take_bool_nillable(data: dict[str, Any], key: str, path: str) -> bool | Unset | None:
    value = data.get(key, UNSET)
    if value is UNSET or value is None or type(value) is bool:
        return value
    return json_bool(value, f"{path}.{key}")
